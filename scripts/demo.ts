/**
 * `npm run demo`: build Footnote, serve the demo news pages on 127.0.0.1 and open Chromium
 * with the extension loaded. With a display, the browser stays open for you to read. Without
 * one, it runs headless, prints each page's flags next to what the page should show, and
 * saves screenshots of the flagged pages, an open footnote card and the popup.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { side } from '../lib/quality/corpus';
import type { TabReport } from '../lib/report';
import { launchBrowser, messageTab, openPopup, reportOf, tabIdOf, waitForSeeded, type ExtensionBrowser } from './lib/browser';
import { ensureChromium, ensureCjkFonts } from './lib/chromium';
import { startServer } from './lib/server';

const PAGES_DIR = 'tests/pages/demo';
type Expected = Record<string, Array<{ topic: string; stance: string }>>;

/** Waits until the page's scan has settled: its report stops changing, or nothing came. */
async function settle(b: ExtensionBrowser, page: Page): Promise<TabReport | null> {
  let last = '';
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const now = JSON.stringify((await reportOf(b, page))?.flags.length ?? -1);
    if (now === last && i >= 4) break;
    last = now;
  }
  return reportOf(b, page);
}

async function headless(origin: string, outDir: string): Promise<void> {
  const expected = JSON.parse(readFileSync(join(PAGES_DIR, 'expected.json'), 'utf8')) as Expected;
  const b = await launchBrowser();
  try {
    await waitForSeeded(b);
    const rows: string[][] = [];
    let popupShot = false;
    for (const file of Object.keys(expected).filter((f) => f !== 'index.html')) {
      const page = await b.context.newPage();
      await page.goto(`${origin}/demo/${file}`);
      const report = await settle(b, page);
      const got = new Map((report?.topics ?? []).map((t) => [t.topic, t.stance]));
      const want = new Map(expected[file].map((e) => [e.topic, e.stance]));
      const agree = [...want].every(([t, s]) => got.has(t) && side(got.get(t)!) === side(s)) && [...got.keys()].every((t) => want.has(t));
      rows.push([
        agree ? '✔' : '✘',
        file,
        String(report?.flags.length ?? 0),
        [...got].map(([t, s]) => `${t} (${s})`).join(', ') || '—',
        [...want].map(([t, s]) => `${t} (${s})`).join(', ') || '—',
      ]);
      if (report?.flags.length) {
        await page.screenshot({ path: join(outDir, `${file.replace('.html', '')}.png`) });
        const marker = report.flags[0].key;
        await messageTab(b, page, 'showFlag', marker);
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(outDir, `${file.replace('.html', '')}-card.png`) });
        if (!popupShot || file.startsWith('zh-hant')) {
          const popup = await openPopup(b, await tabIdOf(b, page));
          await popup.setViewportSize({ width: 420, height: 760 });
          await popup.waitForTimeout(600);
          await popup.screenshot({ path: join(outDir, `popup-${file.replace('.html', '')}.png`) });
          await popup.close();
          popupShot = true;
        }
      }
      await page.close();
    }
    const widths = [1, 28, 5, 60, 60];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
    console.log(`\n${line(['', 'page', 'flags', 'topics found (stance)', 'expected'])}`);
    for (const r of rows) console.log(line(r));
    const wrong = rows.filter((r) => r[0] !== '✔').length;
    console.log(`\n${rows.length - wrong} of ${rows.length} pages show what they should.`);
    console.log(`Screenshots: ${outDir}`);
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  ensureChromium();
  ensureCjkFonts();
  const server = await startServer('tests/pages');
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';
  console.log(`Demo pages: ${server.origin}/demo/`);
  if (hasDisplay && !process.argv.includes('--headless')) {
    const b = await launchBrowser({ headless: false });
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/demo/`);
    console.log('Chromium is open with Footnote loaded. Close the browser window (or press Ctrl+C) to stop.');
    await new Promise<void>((done) => {
      b.context.on('close', () => done());
      process.on('SIGINT', () => done());
    });
    await b.close().catch(() => undefined);
  } else {
    const outDir = resolve('.demo', `screenshots-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}`);
    mkdirSync(outDir, { recursive: true });
    console.log('No display: running headless.');
    await headless(server.origin, outDir);
  }
  await server.close();
}

await main();
