/**
 * Tabs open when Footnote is installed are read once its store is ready, without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightsOf, installExtension, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startServer, type PageServer } from '../../scripts/lib/server';

let browser: ExtensionBrowser;
let server: PageServer;
beforeAll(async () => {
  server = await startServer('tests/pages');
  browser = await launchBrowser({ extension: 'later' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('installing Footnote', () => {
  it('reads the tabs that were already open, and leaves pages with no claim alone', async () => {
    const claim = await browser.context.newPage();
    await claim.goto(`${server.origin}/demo/en-traffic-collapse.html`);
    const quiet = await browser.context.newPage();
    await quiet.goto(`${server.origin}/demo/en-negative-markets.html`);
    expect((await highlightsOf(claim))['footnote-claim'] ?? 0).toBe(0);

    await installExtension(browser.context);
    await expect.poll(async () => (await highlightsOf(claim))['footnote-claim'] ?? 0, { timeout: 15000 }).toBeGreaterThan(0);
    expect(await claim.evaluate(() => document.querySelectorAll('footnote-host').length)).toBe(1);
    expect(await quiet.evaluate(() => document.querySelectorAll('footnote-host').length)).toBe(0);
  });
});
