/**
 * An update or removal of Footnote leaves no orphaned script: Chromium does not tell the old
 * content script, so it must notice by itself, and take its highlights and markers with it.
 */
import { describe, expect, it } from 'vitest';
import { highlightsOf } from '../../scripts/lib/browser';
import { useExtension } from './session';

const session = useExtension();

describe('an extension update', () => {
  it('removes the old script\'s highlights and markers from open pages within seconds', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/demo/en-traffic-collapse.html`);
    const claims = async () => (await highlightsOf(page))['footnote-claim'] ?? 0;
    const hosts = () => page.evaluate(() => document.querySelectorAll('footnote-host').length);
    await expect.poll(claims, { timeout: 15000 }).toBeGreaterThan(0);
    expect(await hosts()).toBe(1);
    // The worker goes away with the reload, so its evaluation may not answer.
    await session.browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(claims, { timeout: 10000, interval: 250 }).toBe(0);
    await expect.poll(hosts, { timeout: 2000 }).toBe(0);
    await page.close();
  });
});
