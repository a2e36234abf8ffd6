/**
 * The background: owns the store, answers the content script and the extension pages, keeps
 * the trigger index and the tab reports up to date. Everything here is wiring of lib/ parts.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messages';
import { siteOf } from '../report';
import { disabledSitesItem, hiddenFlagsItem } from '../settings';
import { deleteCorrection, getCorrection, listCorrections, restoreCorrection, saveCorrection, storeStatus } from '../store/corrections';
import { openStore } from '../store/db';
import { commitImport, exportStore, previewImport } from '../store/exchange';
import { allProducts, deleteProduct, saveProduct } from '../store/products';
import { addFeed, listFeeds, refreshFeeds, removeFeed, FEED_ALARM, scheduleFeeds } from '../store/feeds';
import { shippedTimeline, writtenSeeds } from '../timeline/shipped';
import { arrangeFlags, judgeCandidates, judgeChartFrame, mergeFrameFlags, mergeReport } from './check';
import { ensureReady, publishTriggerIndex, seedStore } from './ready';
import { readOpenTabs } from './openTabs';
import { clearReport, getReport, updateReport } from './reports';
import { registerHandlers } from './router';

/** After any change to the store: rebuild what the content script reads. */
async function changed<T>(result: T): Promise<T> {
  await publishTriggerIndex(await openStore());
  return result;
}

async function hiddenKeys(site: string): Promise<Set<string>> {
  return new Set(((await hiddenFlagsItem.getValue())[site] ?? []).map((h) => h.key));
}

async function tellTab(tabId: number, enabled: boolean): Promise<void> {
  const report = await getReport(tabId);
  await sendMessage('refreshFlags', { flags: report?.flags ?? [], enabled }, tabId).catch(() => undefined);
}

export function startBackground(): void {
  const seeds = writtenSeeds();
  const timeline = shippedTimeline();

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    const db = await openStore();
    await seedStore(db, seeds, timeline);
    await publishTriggerIndex(db);
    await scheduleFeeds();
    await readOpenTabs();
    // A first install opens the options page once: what Footnote holds, and where to manage it.
    if (reason === 'install') await browser.runtime.openOptionsPage().catch(() => undefined);
  });
  // Every start of the worker: a deleted store is seeded again, a missing or corrupt trigger index rebuilt.
  void openStore().then((db) => ensureReady(db, seeds, timeline));

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === FEED_ALARM) await changed(await refreshFeeds(await openStore()));
  });

  // A tab that loads a new page starts with no flags and no badge.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void clearReport(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void updateReport(tabId, () => null));

  registerHandlers({
    async checkPage(req, sender) {
      const tabId = sender.tab!.id!;
      const site = siteOf(req.url);
      if ((await disabledSitesItem.getValue()).includes(site)) return [];
      const flags = await judgeCandidates(await openStore(), req);
      const hidden = await hiddenKeys(site);
      const report = await updateReport(tabId, (current) => mergeReport(current, req, flags, hidden));
      // All the page's flags, each with the page's decision on its topic, which new passages may have changed.
      return report?.flags ?? [];
    },
    async resetPage(_req, sender) {
      await updateReport(sender.tab!.id!, () => null);
    },
    async checkChartFrame(req, sender) {
      const tabId = sender.tab!.id!;
      const current = await getReport(tabId);
      const site = current?.site || siteOf(sender.tab?.url ?? '');
      if (site && (await disabledSitesItem.getValue()).includes(site)) return;
      const flags = await judgeChartFrame(await openStore(), { url: sender.url ?? req.url, text: req.text }, current?.published ?? null);
      if (flags.length === 0) return;
      const hidden = site ? await hiddenKeys(site) : new Set<string>();
      await updateReport(tabId, (now) => mergeFrameFlags(now, flags[0].frame!, flags, hidden, sender.tab));
      await tellTab(tabId, true);
    },
    getTabReport: (tabId) => getReport(tabId),
    async getStoreStatus() {
      return storeStatus(await openStore());
    },
    async setFlagHidden({ tabId, key, hidden }) {
      const report = await getReport(tabId);
      if (!report) return null;
      const all = await hiddenFlagsItem.getValue();
      const flag = [...report.flags, ...report.hidden].find((f) => f.key === key);
      const list = (all[report.site] ?? []).filter((h) => h.key !== key);
      if (hidden && flag) list.push({ key, correctionId: flag.correctionId, quote: flag.quote, hiddenAt: new Date().toISOString() });
      await hiddenFlagsItem.setValue({ ...all, [report.site]: list });
      const keys = new Set(list.map((h) => h.key));
      const next = await updateReport(tabId, (current) => {
        if (!current) return null;
        return arrangeFlags(current, [...current.flags, ...current.hidden], keys);
      });
      await tellTab(tabId, true);
      return next;
    },
    async setSiteEnabled({ site, enabled, tabId }) {
      const sites = new Set(await disabledSitesItem.getValue());
      if (enabled) sites.delete(site);
      else sites.add(site);
      await disabledSitesItem.setValue([...sites]);
      if (tabId !== undefined) {
        if (!enabled) await updateReport(tabId, () => null);
        await tellTab(tabId, enabled);
      }
    },
    listCorrections: async (query) => listCorrections(await openStore(), query),
    getCorrection: async (id) => getCorrection(await openStore(), id),
    saveCorrection: async (input) => changed(await saveCorrection(await openStore(), input)),
    deleteCorrection: async (id) => changed(await deleteCorrection(await openStore(), id)),
    restoreCorrection: async (record) => changed(await restoreCorrection(await openStore(), record)),
    async resetSeeds() {
      const db = await openStore();
      await seedStore(db, seeds, timeline, { reset: true });
      await publishTriggerIndex(db);
      return storeStatus(db);
    },
    previewImport: async ({ text, name }) => previewImport(await openStore(), text, name),
    commitImport: async ({ text, name }) => changed(await commitImport(await openStore(), text, name)),
    exportCorrections: async ({ format, ids }) => exportStore(await openStore(), format, ids),
    listFeeds: async () => listFeeds(await openStore()),
    addFeed: async ({ url, publicKey }) => changed(await addFeed(await openStore(), url, publicKey)),
    removeFeed: async (url) => changed(await removeFeed(await openStore(), url)),
    updateFeeds: async (url) => changed(await refreshFeeds(await openStore(), url)),
    listProducts: async () => allProducts(await openStore()),
    saveProduct: async (input) => changed(await saveProduct(await openStore(), input, timeline.breakTexts)),
    deleteProduct: async (id) => changed(await deleteProduct(await openStore(), id)),
  });
}
