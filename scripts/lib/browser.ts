/**
 * Chromium with the built extension loaded (playwright-core, Debian's Chromium). Used by the
 * end-to-end tests, the demo and the browser benchmarks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from './chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

const QUIET = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check'];

export async function launchBrowser(opts: { extension?: boolean; headless?: boolean; lang?: string } = {}): Promise<ExtensionBrowser> {
  const withExtension = opts.extension ?? true;
  const profile = mkdtempSync(join(tmpdir(), 'footnote-profile-'));
  const args = [...QUIET, `--lang=${opts.lang ?? 'en-US'}`];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: opts.headless ?? true,
    args,
    locale: opts.lang ?? 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  let worker = context.serviceWorkers()[0];
  if (withExtension && !worker) worker = await context.waitForEvent('serviceworker', { timeout: 30000 });
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the background has seeded the store and published the trigger index. */
export async function waitForSeeded(b: ExtensionBrowser): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const n = await b.worker.evaluate(async () => ((await chrome.storage.local.get('triggerIndex')).triggerIndex as { patterns?: string[] } | undefined)?.patterns?.length ?? 0);
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The extension did not publish its trigger index within 10 s.');
}

export async function badgeText(b: ExtensionBrowser, page: Page): Promise<string> {
  const tabId = await tabIdOf(b, page);
  return b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * The tab id of a page. Footnote has no "tabs" permission, so the extension cannot see tab
 * URLs: bring the page to the front and ask for the active tab.
 */
export async function tabIdOf(b: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await b.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (id === undefined) throw new Error(`No tab found for ${page.url()}`);
  return id;
}

/** Names and range counts of the page's CSS highlights (the page's own world sees them). */
export async function highlightsOf(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights.entries()].map(([name, h]) => [name, h.size])));
}

export async function openPopup(b: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
