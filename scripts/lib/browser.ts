/**
 * Chromium with the built extension loaded (playwright-core, Debian's Chromium). Used by the
 * end-to-end tests, the demo and the browser benchmarks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ProtocolMap } from '../../lib/messages';
import type { TabReport } from '../../lib/report';
import { ensureChromium } from './chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

const QUIET = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check'];

/**
 * `extension: 'later'` starts without Footnote but able to install it while tabs are open, as a
 * user does from the store: see `installExtension`.
 */
export async function launchBrowser(opts: { extension?: boolean | 'later'; extensionDir?: string; headless?: boolean; lang?: string; args?: string[] } = {}): Promise<ExtensionBrowser> {
  const withExtension = opts.extension ?? true;
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'footnote-profile-'));
  const args = [...QUIET, `--lang=${opts.lang ?? 'en-US'}`, ...(opts.args ?? [])];
  if (withExtension === true) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  if (withExtension === 'later') args.push('--enable-unsafe-extension-debugging');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: opts.headless ?? true,
    args,
    ignoreDefaultArgs: withExtension === 'later' ? ['--disable-extensions'] : undefined,
    locale: opts.lang ?? 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  let first = context.serviceWorkers()[0];
  if (withExtension === true && !opts.extensionDir && !first) first = await context.waitForEvent('serviceworker', { timeout: 30000 });
  const extensionId = first ? new URL(first.url()).host : '';
  return {
    context,
    // The worker can be stopped and restarted by the browser: always the live one.
    get worker() {
      return context.serviceWorkers().at(-1) ?? first;
    },
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Installs the built extension into a browser launched with `extension: 'later'`; returns its worker. */
export async function installExtension(context: BrowserContext): Promise<{ worker: Worker; extensionId: string }> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const worker = context.waitForEvent('serviceworker', { timeout: 30000 });
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as { id: string };
  await cdp.detach();
  return { worker: await worker, extensionId: id };
}

/**
 * The store seeded and its trigger index published — and, on a first install, the options page
 * Footnote opens once already open, so that it cannot take over a tab a test opens next.
 */
export async function waitForSeeded(b: ExtensionBrowser): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const n = await b.worker.evaluate(async () => ((await chrome.storage.local.get('triggerIndex')).triggerIndex as { patterns?: string[] } | undefined)?.patterns?.length ?? 0);
    if (n > 0) return waitForOptionsTab(b);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The extension did not publish its trigger index within 10 s.');
}

async function waitForOptionsTab(b: ExtensionBrowser, ms = 5000): Promise<void> {
  const opened = () => b.context.pages().some((p) => p.url().endsWith('/options.html'));
  for (let waited = 0; waited < ms && !opened(); waited += 100) await new Promise((r) => setTimeout(r, 100));
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

export interface ShadowElement {
  key: string;
  text: string;
  rect: { x: number; y: number; width: number; height: number };
  style: { position: string; background: string; display: string };
  focused: boolean;
}

/**
 * Elements inside Footnote's closed shadow root, read over the DevTools protocol (which sees
 * closed roots; page scripts cannot).
 */
export async function overlayElements(page: Page, selector: string): Promise<ShadowElement[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (n: { nodeName: string; children?: unknown[]; shadowRoots?: unknown[]; nodeId: number }): number | undefined => {
      if (n.nodeName === 'FOOTNOTE-HOST') return (n.shadowRoots?.[0] as { nodeId: number } | undefined)?.nodeId;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])] as Array<typeof n>) {
        const found = find(c);
        if (found) return found;
      }
      return undefined;
    };
    const shadowId = find(root as never);
    if (!shadowId) return [];
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadowId, selector });
    const out: ShadowElement[] = [];
    for (const nodeId of nodeIds) {
      const { object } = await cdp.send('DOM.resolveNode', { nodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        returnByValue: true,
        functionDeclaration: `function () {
          const cs = getComputedStyle(this);
          const r = this.getBoundingClientRect();
          return { key: this.getAttribute('data-key') || '', text: this.textContent, rect: { x: r.x, y: r.y, width: r.width, height: r.height },
            style: { position: cs.position, background: cs.backgroundColor, display: cs.display }, focused: this.getRootNode().activeElement === this };
        }`,
      });
      out.push(result.value as ShadowElement);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** The tab's report as the background keeps it (storage.session). */
export async function reportOf(b: ExtensionBrowser, page: Page): Promise<TabReport | null> {
  const tabId = await tabIdOf(b, page);
  return b.worker.evaluate(async (id) => ((await chrome.storage.session.get(`report:${id}`))[`report:${id}`] as TabReport | undefined) ?? null, tabId);
}

/**
 * Sends one of the protocol's messages to the page's content script from inside the extension
 * (as the popup would), in the messaging library's envelope; resolves to the handler's answer.
 */
export async function messageTab<K extends 'showFlag' | 'ping'>(b: ExtensionBrowser, page: Page, type: K, data?: Parameters<ProtocolMap[K]>[0]): Promise<ReturnType<ProtocolMap[K]> | undefined> {
  const tabId = await tabIdOf(b, page);
  return b.worker.evaluate(
    ([id, t, d]) => chrome.tabs.sendMessage(id as number, { id: Date.now(), type: t, data: d, timestamp: Date.now() }).then((r: { res?: unknown }) => r?.res as never, () => undefined),
    [tabId, type, data] as const,
  );
}
