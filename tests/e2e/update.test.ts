/**
 * An update or removal of Footnote leaves no orphaned script. Chromium does not tell the old
 * content script, so it must notice by itself and take its highlights and markers with it; after
 * an update, the new Footnote reads the open page again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightsOf, installExtension, launchBrowser, waitForSeeded, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startServer, type PageServer } from '../../scripts/lib/server';

let browser: ExtensionBrowser;
let server: PageServer;
let extensionId = '';
beforeAll(async () => {
  server = await startServer('tests/pages');
  browser = await launchBrowser({ extension: 'later' });
  extensionId = (await installExtension(browser.context)).extensionId;
  await waitForSeeded(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const claims = async (page: Page) => (await highlightsOf(page))['footnote-claim'] ?? 0;
const hosts = (page: Page, selector = 'footnote-host') => page.evaluate((s) => document.querySelectorAll(s).length, selector);

/** A flagged page whose Footnote element the page has tagged, so the test can tell old from new. */
async function flaggedPage(): Promise<{ page: Page; before: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/en-traffic-collapse.html`);
  await expect.poll(() => claims(page), { timeout: 15000 }).toBeGreaterThan(0);
  expect(await hosts(page)).toBe(1);
  await page.evaluate(() => document.querySelector('footnote-host')!.setAttribute('data-before', ''));
  return { page, before: await claims(page) };
}

describe('an extension update', () => {
  it('replaces the old script\'s highlights and markers on open pages, nothing doubled', async () => {
    const { page, before } = await flaggedPage();
    // Loading the same unpacked extension again is an update (same id, reason "update").
    await installExtension(browser.context);
    await expect.poll(() => hosts(page, 'footnote-host[data-before]'), { timeout: 10000, interval: 250 }).toBe(0);
    await expect.poll(() => hosts(page), { timeout: 10000 }).toBe(1);
    await expect.poll(() => claims(page), { timeout: 5000 }).toBe(before);
    await page.close();
  });
});

describe('removing the extension', () => {
  it('takes the highlights and markers off open pages within seconds', async () => {
    const { page } = await flaggedPage();
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.uninstall' as never, { id: extensionId } as never);
    await expect.poll(() => claims(page), { timeout: 10000, interval: 250 }).toBe(0);
    await expect.poll(() => hosts(page), { timeout: 2000 }).toBe(0);
    await page.close();
  });
});
