/**
 * Per-tab reports in storage.session (they survive the service worker being stopped) and the
 * toolbar badge that mirrors them. Updates to one tab's report are queued so that two
 * messages from the same page cannot overwrite each other.
 */
import { browser } from 'wxt/browser';
import { isWarning, type TabReport } from '../report';
import { reportItem } from '../settings';

const queues = new Map<number, Promise<unknown>>();
/** Tabs this worker knows hold no report and no badge: a new page there needs nothing cleared. */
const clean = new Set<number>();

export function updateReport(tabId: number, change: (current: TabReport | null) => TabReport | null, opts: { unlessClean?: boolean } = {}): Promise<TabReport | null> {
  const run = async () => {
    if (opts.unlessClean && clean.has(tabId)) return null;
    const item = reportItem(tabId);
    const next = change(await item.getValue());
    if (next) await item.setValue(next);
    else await item.removeValue();
    await showBadge(tabId, next);
    if (next) clean.delete(tabId);
    else clean.add(tabId);
    return next;
  };
  const queued = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
  queues.set(tabId, queued.catch(() => undefined));
  return queued;
}

export function getReport(tabId: number): Promise<TabReport | null> {
  return reportItem(tabId).getValue();
}

/** The badge counts the claims a reader should look at; a page that corrects what it carries shows ✓; context alone shows nothing. */
export function badgeFor(report: TabReport | null): { text: string; color: string } {
  if (!report) return { text: '', color: '#b45309' };
  const warnings = report.flags.filter(isWarning).length;
  if (warnings > 0) return { text: String(warnings), color: '#b45309' };
  if (report.flags.some((f) => (f.pageStance ?? f.stance) === 'debunks')) return { text: '✓', color: '#15803d' };
  return { text: '', color: '#b45309' };
}

export async function showBadge(tabId: number, report: TabReport | null): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const { text, color } = badgeFor(report);
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/**
 * A tab starts a new page: its report and badge go, unless this worker already knows it has
 * none, so that ordinary browsing costs the browser no storage round trip while a page loads.
 * (A restarted worker knows nothing yet and clears once per tab.)
 */
export function clearReport(tabId: number): Promise<TabReport | null> {
  return updateReport(tabId, () => null, { unlessClean: true });
}
