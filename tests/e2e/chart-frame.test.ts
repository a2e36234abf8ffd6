/**
 * A chart drawn where newsrooms draw them: a Datawrapper embed, a cross-origin frame on a chart
 * host, read by the chart-frame script and flagged on the article that embeds it. Chromium maps
 * the chart host (datawrapper.dwcdn.net) to the local test server, so nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badgeText, overlayElements, reportOf } from '../../scripts/lib/browser';
import { useExtension } from './session';

const CHART_HOST = 'datawrapper.dwcdn.net';

const session = useExtension(undefined, {
  routes: [
    (req, res) => {
      if (!req.headers.host?.startsWith(CHART_HOST)) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync('tests/pages/charts/datawrapper-frame.html'));
      return true;
    },
  ],
  args: (server) => [`--host-resolver-rules=MAP ${CHART_HOST} ${new URL(server.origin).host}`],
});

describe('a chart embed on a second origin', () => {
  it('is read in its frame and flagged on the article, with a marker beside the embed', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/charts/article-with-embed.html`);
    await expect
      .poll(async () => ((await reportOf(session.browser, page))?.flags ?? []).filter((f) => f.frame).map((f) => f.topic).sort(), { timeout: 20000 })
      .toEqual(expect.arrayContaining(['traffic-chart']));
    const report = (await reportOf(session.browser, page))!;
    const chart = report.flags.find((f) => f.frame && f.topic === 'traffic-chart')!;
    expect(chart.frame).toBe(`${CHART_HOST}/abc12/1`);
    expect(chart.quote).toContain('chat.openai.com');
    expect(report.url).toContain('/charts/article-with-embed.html');
    await expect.poll(() => badgeText(session.browser, page), { timeout: 10000 }).toMatch(/^[1-9]\d*$/);
    await expect.poll(async () => (await overlayElements(page, '.marker')).length, { timeout: 10000 }).toBeGreaterThan(0);
    const [marker] = await overlayElements(page, '.marker');
    const frame = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().toJSON());
    expect(marker.rect.y).toBeGreaterThanOrEqual(frame.y - 30);
    expect(marker.rect.y).toBeLessThanOrEqual(frame.y + frame.height);
    expect(session.server.requests.every((r) => !/^https?:\/\/(?!127\.0\.0\.1)/.test(r))).toBe(true);
    await page.close();
  });
});
