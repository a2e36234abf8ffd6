/**
 * Browser benchmarks in real Chromium with the built extension: the scan of a 200,000-element
 * page (time to scan end, longest task it causes, memory); page-load time with Footnote against
 * an extension whose content script is one empty statement and against none (alternated), on
 * the test pages and on the same pages with slow images and scripts; long tasks on a
 * 1,000,000-element page; install to first flag on an open tab; CSS.highlights against mark.js.
 */

/** An extension that injects one empty statement where Footnote injects its stub: the browser's own cost. */
function emptyScriptExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'footnote-empty-ext-'));
  const manifest = { manifest_version: 3, name: 'Empty content script', version: '1.0', content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle' }] };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'empty.js'), ';');
  return dir;
}

/** Milliseconds from installing Footnote to its first highlight on a tab that was already open. */
async function firstFlagAfterInstall(url: string): Promise<number> {
  const b = await launchBrowser({ extension: 'later' });
  try {
    const page = await b.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const started = performance.now();
    await installExtension(b.context);
    for (;;) {
      if (((await highlightsOf(page))['footnote-claim'] ?? 0) > 0) return performance.now() - started;
      if (performance.now() - started > 30000) return NaN;
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    await b.close();
  }
}
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { highlightsOf, installExtension, launchBrowser, messageTab, waitForSeeded, type ExtensionBrowser } from '../lib/browser';
import { startServer } from '../lib/server';
import { benchRoutes } from './pages';
import { fmt, summarize } from './stats';

/** Long tasks are recorded from the first moment of the page. */
const LONG_TASKS = `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;

async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

async function scanRun(b: ExtensionBrowser, url: string) {
  const page = await b.context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(url, { waitUntil: 'load', timeout: 180000 });
  await page.waitForFunction(() => performance.getEntriesByName('footnote-scan-end').length > 0, undefined, { timeout: 120000, polling: 50 });
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const start = performance.getEntriesByName('footnote-scan-start')[0].startTime;
    const end = performance.getEntriesByName('footnote-scan-end')[0].startTime;
    const tasks = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks.filter((t) => t.start + t.duration >= start);
    return { loadToScanEnd: end - nav.loadEventEnd, scanMs: end - start, longTaskAfterScanStart: Math.max(0, ...tasks.map((t) => t.duration)) };
  });
  const status = await messageTab(b, page, 'ping');
  return { page, ...timing, longestSlice: status?.scan?.longestSliceMs ?? NaN, candidates: status?.scan?.candidates ?? NaN, blocks: status?.scan?.blocks ?? NaN };
}

/**
 * Long tasks on a huge page from its load event until Footnote's scan ends (and a second more),
 * with Footnote and, over the same span, without it: what Footnote adds, and whether the claim
 * was still found.
 */
async function hugePageTasks(withExt: ExtensionBrowser, without: ExtensionBrowser, url: string) {
  const afterLoad = (page: Page, until: number) =>
    page.evaluate((ms) => {
      const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart;
      return new Promise<number[]>((resolve) =>
        setTimeout(() => resolve((window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks.filter((t) => t.start >= load && t.start <= load + ms).map((t) => t.duration)), Math.max(0, load + ms - performance.now())),
      );
    }, until);
  const run = await scanRun(withExt, url);
  const span = run.loadToScanEnd + 1000;
  const found = (await messageTab(withExt, run.page, 'ping'))?.flags ?? 0;
  const withTasks = await afterLoad(run.page, span);
  await run.page.close();
  const bare = await without.context.newPage();
  await bare.addInitScript(LONG_TASKS);
  await bare.goto(url, { waitUntil: 'load', timeout: 180000 });
  const withoutTasks = await afterLoad(bare, span);
  await bare.close();
  return { found, added: withTasks.length - withoutTasks.length, longestWith: Math.max(0, ...withTasks), longestWithout: Math.max(0, ...withoutTasks) };
}

/** A pause before each measured load, for every browser alike: the previous tab's work (Footnote reading it after its load, or the browser tearing it down) is over, as it is when a reader opens the next article. */
const SETTLE_MS = 300;

async function loadTime(context: BrowserContext, url: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const t = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await page.close();
  return t;
}

/**
 * Load-event time per browser over the same pages, after a warm-up round, the browsers' order rotated each round: the
 * median of each page, then the geometric mean over pages, so that the ratio of two browsers is
 * the geometric mean of their per-page ratios (a median pooled over pages of different sizes
 * lands in whichever page's cluster holds the middle, and jumps between runs).
 */
async function compareLoads(browsers: ExtensionBrowser[], urls: string[], rounds: number): Promise<number[]> {
  const times: number[][][] = browsers.map(() => urls.map(() => []));
  // One round first that is not counted: each browser's caches and compiled code warm up.
  for (const url of urls) for (const b of browsers) await loadTime(b.context, url);
  for (let r = 0; r < rounds; r++) {
    for (const [u, url] of urls.entries()) {
      for (let k = 0; k < browsers.length; k++) {
        const i = (k + r) % browsers.length;
        times[i][u].push(await loadTime(browsers[i].context, url));
      }
    }
  }
  return times.map((perPage) => Math.exp(perPage.reduce((sum, t) => sum + Math.log(summarize(t).median), 0) / perPage.length));
}

export async function runBrowserBenchmarks(quick: boolean) {
  const server = await startServer('tests/pages', benchRoutes());
  const withExt = await launchBrowser();
  const without = await launchBrowser({ extension: false });
  const emptyDir = emptyScriptExtension();
  const empty = await launchBrowser({ extensionDir: emptyDir });
  try {
    await waitForSeeded(withExt);
    const elements = quick ? 20000 : 200000;
    const reps = quick ? 2 : 5;
    console.log(`\nIn Chromium: a ${elements.toLocaleString('en')}-element page (median of ${reps})`);

    const runs = { noHit: [] as Awaited<ReturnType<typeof scanRun>>[], hits: [] as Awaited<ReturnType<typeof scanRun>>[] };
    let memoryDelta = 0;
    for (let r = 0; r < reps; r++) {
      for (const [kind, hits] of [['noHit', 0], ['hits', 100]] as const) {
        const run = await scanRun(withExt, `${server.origin}/bench/big.html?n=${elements}&hits=${hits}`);
        if (kind === 'noHit' && r === 0) {
          const bare = await without.context.newPage();
          await bare.goto(`${server.origin}/bench/big.html?n=${elements}&hits=0`, { waitUntil: 'load', timeout: 120000 });
          memoryDelta = (await heapUsed(withExt.context, run.page)) - (await heapUsed(without.context, bare));
          await bare.close();
        }
        await run.page.close();
        runs[kind].push(run);
      }
    }
    const med = (xs: number[]) => summarize(xs).median;
    const noHitScan = med(runs.noHit.map((r) => r.loadToScanEnd));
    const hitScan = med(runs.hits.map((r) => r.loadToScanEnd));
    const longest = Math.max(...[...runs.noHit, ...runs.hits].map((r) => Math.max(r.longTaskAfterScanStart, r.longestSlice)));
    console.log(`  nothing to flag: load → scan end ${fmt(noHitScan)} ms (${runs.noHit[0].blocks} blocks, ${runs.noHit[0].candidates} candidates)`);
    console.log(`  100 claims:      load → scan end ${fmt(hitScan)} ms (${runs.hits[0].candidates} candidate blocks)`);
    console.log(`  longest task the content script causes: ${fmt(longest)} ms; its heap on the page: ${(memoryDelta / 1024).toFixed(0)} kB`);

    // Page load with Footnote, with an empty content script, and with no extension: the same pages, rotated.
    const pages = ['demo/en-traffic-collapse.html', 'demo/zh-hant-goldman.html', 'demo/en-negative-markets.html', `bench/big.html?n=${quick ? 5000 : 50000}&hits=0`];
    const loads = await compareLoads([withExt, empty, without], pages.map((p) => `${server.origin}/${p}`), quick ? 2 : 16);
    const slowPages = pages.slice(0, 3).map((p) => `${server.origin}/bench/slow/${p}`);
    const slow = await compareLoads([withExt, empty, without], slowPages, quick ? 1 : 6);
    const loadRatio = loads[0] / loads[2];
    const loadRatioVsEmptyScript = loads[0] / loads[1];
    const loadRatioVsEmptyScriptSlow = slow[0] / slow[1];
    console.log(`  page load (load event): Footnote ${fmt(loads[0])} ms, empty script ${fmt(loads[1])} ms, none ${fmt(loads[2])} ms: ÷ empty ${loadRatioVsEmptyScript.toFixed(3)}, ÷ none ${loadRatio.toFixed(3)}`);
    console.log(`  slow images and scripts: Footnote ${fmt(slow[0])} ms, empty script ${fmt(slow[1])} ms, none ${fmt(slow[2])} ms: ÷ empty ${loadRatioVsEmptyScriptSlow.toFixed(3)}`);

    const installs: number[] = [];
    for (let r = 0; r < (quick ? 1 : 3); r++) installs.push(await firstFlagAfterInstall(`${server.origin}/demo/en-traffic-collapse.html`));
    const firstFlagAfterInstallMs = summarize(installs).median;
    console.log(`  install → first flag on an open tab: ${fmt(firstFlagAfterInstallMs)} ms (median of ${installs.length})`);

    // A page ten times the size above: long tasks Footnote adds after load, against the bare page.
    const huge = quick ? 50000 : 1000000;
    const tasks = await hugePageTasks(withExt, without, `${server.origin}/bench/big.html?n=${huge}&hits=1`);
    console.log(`  ${huge.toLocaleString('en')} elements, one claim: ${tasks.found} flag(s); long tasks after load with Footnote ${tasks.added >= 0 ? '+' : ''}${tasks.added} against the bare page, longest ${fmt(tasks.longestWith)} ms (bare ${fmt(tasks.longestWithout)} ms)`);

    // Highlighting 1,000 matches: ranges in CSS.highlights against mark.js wrapping elements.
    const markjs = readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');
    const highlightTimes: number[] = [];
    const markTimes: number[] = [];
    for (let r = 0; r < (quick ? 3 : 9); r++) {
      const page = await without.context.newPage();
      await page.goto(`${server.origin}/bench/marks.html?n=1000`);
      await page.addScriptTag({ content: markjs });
      const measure = (which: 'highlight' | 'mark') =>
        page.evaluate(async (w) => {
          const t = performance.now();
          if (w === 'highlight') {
            const ranges: Range[] = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const at = (n as Text).data.indexOf('ChatGPT traffic');
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(n, at);
              range.setEnd(n, at + 15);
              ranges.push(range);
            }
            CSS.highlights.set('bench', new Highlight(...ranges));
          } else {
            new (window as unknown as { Mark: new (el: Element) => { mark(s: string, o: object): void } }).Mark(document.body).mark('ChatGPT traffic', { separateWordSearch: false });
          }
          void document.body.offsetHeight;
          await new Promise(requestAnimationFrame);
          return performance.now() - t;
        }, which);
      if (r % 2 === 0) {
        highlightTimes.push(await measure('highlight'));
        await page.evaluate(() => CSS.highlights.clear());
        markTimes.push(await measure('mark'));
      } else {
        markTimes.push(await measure('mark'));
        await page.reload();
        await page.addScriptTag({ content: markjs });
        highlightTimes.push(await measure('highlight'));
      }
      await page.close();
    }
    const highlightVsMarkjsRatio = summarize(highlightTimes).median / summarize(markTimes).median;
    console.log(`  1,000 matches: CSS.highlights ${fmt(summarize(highlightTimes).median)} ms, mark.js ${fmt(summarize(markTimes).median)} ms, ratio ${highlightVsMarkjsRatio.toFixed(2)}`);

    return {
      pageElements: elements,
      scanToEndNoHitMs: noHitScan,
      scanToEndHitsMs: hitScan,
      longestTaskMs: longest,
      hugePageElements: huge,
      hugePageFlags: tasks.found,
      longTasksAdded1M: tasks.added,
      longestTaskMs1M: tasks.longestWith,
      contentScriptHeapBytes: memoryDelta,
      loadWithMs: loads[0],
      loadEmptyScriptMs: loads[1],
      loadWithoutMs: loads[2],
      loadRatio,
      loadRatioVsEmptyScript,
      loadSlowWithMs: slow[0],
      loadSlowEmptyScriptMs: slow[1],
      loadRatioVsEmptyScriptSlow,
      firstFlagAfterInstallMs,
      highlightMs: summarize(highlightTimes).median,
      markjsMs: summarize(markTimes).median,
      highlightVsMarkjsRatio,
    };
  } finally {
    await withExt.close();
    await without.close();
    await empty.close();
    rmSync(emptyDir, { recursive: true, force: true });
    await server.close();
  }
}
