/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi, the build loaded as a temporary add-on): the core path on the page — the claim flagged and
 * highlighted, the page-level stance drawn (a correcting page gets the "corrected" style), Chinese
 * pages, a page without triggers left alone, and the marker and card from the keyboard.
 *
 * Not covered here: the popup, the options page and the badge. WebDriver BiDi refuses to navigate
 * to moz-extension:// pages, and the background page is not exposed as a browsing context, so
 * they are tested in Chromium only (tests/e2e/).
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../scripts/lib/chromium';
import { startServer, type PageServer } from '../../scripts/lib/server';

let browser: Browser;
let server: PageServer;

beforeAll(async () => {
  server = await startServer('tests/pages');
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: ensureFirefox(), headless: true });
  await browser.installExtension(resolve('.output/firefox-mv2'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const highlights = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.entries()].map(([name, h]) => [name, h.size])));

/** Polls until the page's highlights satisfy `ok`, or fails with what they were. */
async function waitForHighlights(page: Page, ok: (h: Record<string, number>) => boolean, timeout = 20000): Promise<Record<string, number>> {
  const until = Date.now() + timeout;
  let last: Record<string, number> = {};
  while (Date.now() < until) {
    last = await highlights(page);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`highlights never settled: ${JSON.stringify(last)}`);
}

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/${path}`);
  return page;
}

describe('Footnote in Firefox', () => {
  it('flags the headline claim and draws it with the warning style', async () => {
    const page = await open('fixtures/strict.csp.html');
    const h = await waitForHighlights(page, (x) => (x['footnote-claim'] ?? 0) > 0);
    expect(h['footnote-claim']).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('footnote-host').length)).toBe(1);
    await page.close();
  });

  it('draws a page that corrects every claim it carries with the corrected style only', async () => {
    const page = await open('demo/en-debunk.html');
    const h = await waitForHighlights(page, (x) => (x['footnote-corrected'] ?? 0) > 0);
    expect(h['footnote-claim'] ?? 0).toBe(0);
    await page.close();
  });

  it('reads Traditional and Simplified Chinese pages', async () => {
    for (const path of ['demo/zh-hant-goldman.html', 'demo/zh-hans-sora.html']) {
      const page = await open(path);
      await waitForHighlights(page, (x) => (x['footnote-claim'] ?? 0) > 0);
      await page.close();
    }
  });

  it('leaves a page without any claim alone', async () => {
    const page = await open('demo/en-negative-markets.html');
    await new Promise((r) => setTimeout(r, 3000));
    const h = await highlights(page);
    expect((h['footnote-claim'] ?? 0) + (h['footnote-corrected'] ?? 0)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('footnote-host').length)).toBe(0);
    await page.close();
  });

  it('opens the card from the keyboard and closes it with Escape', async () => {
    const page = await open('fixtures/strict.csp.html');
    await waitForHighlights(page, (x) => (x['footnote-claim'] ?? 0) > 0);
    await new Promise((r) => setTimeout(r, 300));
    const before = await page.screenshot({ encoding: 'base64' });
    await page.keyboard.press('Tab'); // the marker is the first focusable thing on this page
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('FOOTNOTE-HOST');
    await page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    const open_ = await page.screenshot({ encoding: 'base64' });
    expect(open_).not.toBe(before); // the card is drawn on the page
    await page.keyboard.press('Escape');
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('FOOTNOTE-HOST'); // focus back on the marker
    await page.close();
  });
});
