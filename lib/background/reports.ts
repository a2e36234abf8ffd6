/**
 * Per-tab reports in storage.session (they survive the service worker being stopped) and the
 * toolbar badge that mirrors them. Updates to one tab's report are queued so that two
 * messages from the same page cannot overwrite each other.
 */
import { browser } from 'wxt/browser';
import { isWarning, type TabReport } from '../report';
import { reportItem } from '../settings';

const queues = new Map<number, Promise<unknown>>();

export function updateReport(tabId: number, change: (current: TabReport | null) => TabReport | null): Promise<TabReport | null> {
  const run = async () => {
    const item = reportItem(tabId);
    const next = change(await item.getValue());
    if (next) await item.setValue(next);
    else await item.removeValue();
    await showBadge(tabId, next);
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
