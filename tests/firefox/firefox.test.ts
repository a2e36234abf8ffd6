/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi, the build loaded as a temporary add-on): the core path on the page — the claim flagged and
 * highlighted, the page-level stance drawn (a correcting page gets the "corrected" style), Chinese
 * pages, a page without triggers left alone, and the marker and card from the keyboard.
 *
 * The extension's own pages: WebDriver BiDi refuses to navigate to moz-extension:// pages, but
 * Footnote opens its options page itself on first install, and from there the test imports a
 * file, reads the badge through the extension's API, and moves that tab to the popup.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../scripts/lib/chromium';
import { startServer, type PageServer } from '../../scripts/lib/server';

let browser: Browser;
let server: PageServer;
/** The options page Footnote opened on install: an extension page the test can drive. */
let extensionPage: Page;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 20000): Promise<T> {
  const until = Date.now() + timeout;
  let last = await read();
  while (!ok(last) && Date.now() < until) {
    await sleep(250);
    last = await read();
  }
  if (!ok(last)) throw new Error(`never settled: ${JSON.stringify(last)}`);
  return last;
}

beforeAll(async () => {
  server = await startServer('tests/pages');
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: ensureFirefox(), headless: true });
  await browser.installExtension(resolve('.output/firefox-mv2'));
  const href = (p: Page) => p.evaluate(() => location.href).catch(() => '');
  extensionPage = await poll(
    async () => {
      for (const p of await browser.pages()) if ((await href(p)).endsWith('/options.html')) return p;
      return undefined;
    },
    (p) => p !== undefined,
  ).then((p) => p!);
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

  it('imports a ClaimReview file in the options page, counts the page on the badge, and explains it in the popup', async () => {
    const page = await open('fixtures/strict.csp.html');
    await waitForHighlights(page, (x) => (x['footnote-claim'] ?? 0) > 0);
    const ext = extensionPage;
    await ext.waitForSelector('[data-testid="import-input"]');
    const input = (await ext.$('input[data-testid="import-input"]')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(resolve('tests/fixtures/claimreview.json'));
    await poll(() => ext.evaluate(() => document.querySelector('[data-testid="import-preview"]')?.textContent ?? ''), (t) => t.includes('ClaimReview'));
    await ext.evaluate(() => (document.querySelector('[data-testid="import-commit"]') as HTMLButtonElement).click());
    await poll(() => ext.evaluate(() => document.querySelector('[data-testid="import-result"]')?.textContent ?? ''), (t) => t.includes('1 record written'));

    type Api = { browser: { tabs: { query(q: object): Promise<Array<{ id: number }>> }; browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } } };
    const badges = await ext.evaluate(async () => {
      const api = (globalThis as unknown as Api).browser;
      return Promise.all((await api.tabs.query({})).map(async (t) => [t.id, await api.browserAction.getBadgeText({ tabId: t.id })] as const));
    });
    const [tabId, badge] = badges.find(([, text]) => text !== '')!;
    expect(badge).toMatch(/^[1-9]\d*$/);

    const base = await ext.evaluate(() => location.href);
    await ext.evaluate((url) => (location.href = url), base.replace(/options\.html.*$/, `popup.html?tab=${tabId}`));
    const text = await poll(() => ext.evaluate(() => document.body.innerText).catch(() => ''), (t) => t.includes('What this page does'.toUpperCase()) || t.includes('What this page does'));
    expect(text).toMatch(/Misread/);
    expect(text).toContain('chatgpt.com');
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
