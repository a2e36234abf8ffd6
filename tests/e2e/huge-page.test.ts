/**
 * A page of 1,000,000 elements with one claim near the end: the claim is found, and no task
 * Footnote runs on the page's main thread lasts over 50 ms (every piece of its work is sliced).
 */
import { describe, expect, it } from 'vitest';
import { highlightsOf } from '../../scripts/lib/browser';
import { benchRoutes } from '../../scripts/bench/pages';
import { useExtension } from './session';

const session = useExtension(undefined, { routes: benchRoutes() });
const ELEMENTS = 1_000_000;

describe('a 1,000,000-element page', () => {
  it('gets its flag without a long task from Footnote', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      const tasks: Array<{ start: number; end: number }> = [];
      (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${session.server.origin}/bench/big.html?n=${ELEMENTS}&hits=1`, { waitUntil: 'load', timeout: 480000 });
    await expect.poll(async () => (await highlightsOf(page))['footnote-claim'] ?? 0, { timeout: 240000, interval: 1000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    const { work, tasks, scanned } = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const draw = performance.getEntriesByName('footnote-draw').at(-1) as PerformanceMeasure | undefined;
      return {
        // Footnote's work on the page: it starts after the load event (the stub waits for it) and
        // ends with its last drawing. The bare page has no long task in that span.
        work: { start: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd, end: draw ? draw.startTime + draw.duration : NaN },
        scanned: at('footnote-scan-end') > 0,
        tasks: (window as unknown as { __tasks: Array<{ start: number; end: number }> }).__tasks,
      };
    });
    expect(scanned).toBe(true);
    expect(work.end).toBeGreaterThan(work.start);
    // Tasks that began after the load event (the one that fires it is the page's own parsing).
    const during = tasks.filter((t) => t.start >= work.start && t.start < work.end);
    expect(during.map((t) => Math.round(t.end - t.start))).toEqual([]);
    await page.close();
  }, 900000);
});
