/**
 * Tabs already open when Footnote is installed or updated never got its content script (Chrome
 * injects declared scripts only into pages loaded afterwards). Once the store is ready, give each
 * one the same stub a new page gets. Firefox injects declared scripts into open tabs itself, and
 * its build has no `scripting`: there this does nothing. A tab it cannot reach (discarded, or a
 * page the browser keeps to itself) is skipped; its popup says to reload it.
 */
import { browser } from 'wxt/browser';

export const PAGE_STUB = '/page-stub.js';

/** Returns how many tabs were given the stub. */
export async function readOpenTabs(): Promise<number> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return 0;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'], discarded: false });
  const done = await Promise.all(
    tabs.map((tab) =>
      scripting
        .executeScript({ target: { tabId: tab.id! }, files: [PAGE_STUB] })
        .then(() => true)
        .catch(() => false),
    ),
  );
  return done.filter(Boolean).length;
}
