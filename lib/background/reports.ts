/**
 * Per-tab reports in storage.session (they survive the service worker being stopped) and the
 * toolbar badge that mirrors them. Updates to one tab's report are queued so that two
 * messages from the same page cannot overwrite each other.
 */
import { browser } from 'wxt/browser';
import { isWarning, type TabReport } from '../report';
import { REPORT_KEY_PREFIX, reportItem } from '../settings';

const queues = new Map<number, Promise<unknown>>();
let withReport: Promise<Set<number>> | undefined;

/**
 * The tabs that hold a report (and so a badge), as this worker knows them: read from storage
 * once when the worker starts (reports outlive a stopped worker), then kept as it writes them.
 * Any other tab has nothing to clear when it starts a new page.
 */
function tabsWithReport(): Promise<Set<number>> {
  withReport ??= browser.storage.session
    .get(null)
    .then((all) => new Set(Object.keys(all).flatMap((k) => (k.startsWith(REPORT_KEY_PREFIX) ? [Number(k.slice(REPORT_KEY_PREFIX.length))] : []))));
  return withReport;
}

export function updateReport(tabId: number, change: (current: TabReport | null) => TabReport | null, opts: { onlyIfHeld?: boolean } = {}): Promise<TabReport | null> {
  const run = async () => {
    const known = await tabsWithReport();
    if (opts.onlyIfHeld && !known.has(tabId)) return null;
    const item = reportItem(tabId);
    const next = change(await item.getValue());
    if (next) await item.setValue(next);
    else await item.removeValue();
    await showBadge(tabId, next);
    if (next) known.add(tabId);
    else known.delete(tabId);
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
 * A tab starts a new page: its report and badge go. A tab that holds none (a new tab, or one
 * whose last page had nothing to flag) costs the browser no storage access while a page loads.
 */
export function clearReport(tabId: number): Promise<TabReport | null> {
  return updateReport(tabId, () => null, { onlyIfHeld: true });
}
