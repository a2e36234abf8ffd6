/**
 * Small state kept in extension storage (not IndexedDB): what the content script reads at
 * page load, the user's preferences, and per-tab reports that must outlive a stopped worker.
 */
import { storage } from 'wxt/utils/storage';
import type { TriggerIndex } from './detect/triggerIndex';
import { PAGE_FALLBACKS } from './page/pageSettings';
import type { TabReport } from './report';
import type { Lang } from './schema/correction';

export type UiLanguage = 'auto' | Lang;
export type HighlightStyle = 'underline' | 'background';

export interface Preferences {
  language: UiLanguage;
  highlight: HighlightStyle;
}

export const triggerIndexItem = storage.defineItem<TriggerIndex>('local:triggerIndex', { fallback: PAGE_FALLBACKS.triggerIndex });
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: PAGE_FALLBACKS.disabledSites });
/** A flag the user marked "not relevant" on a site, with enough to show it in the options page. */
export interface HiddenFlag {
  key: string;
  correctionId: string;
  quote: string;
  hiddenAt: string;
}

/** site → flags the user marked "not relevant" there. */
export const hiddenFlagsItem = storage.defineItem<Record<string, HiddenFlag[]>>('local:hiddenFlags', { fallback: {} });
export const preferencesItem = storage.defineItem<Preferences>('local:preferences', { fallback: PAGE_FALLBACKS.preferences });

/** A tab's report lives in session storage under this prefix and the tab's id. */
export const REPORT_KEY_PREFIX = 'report:';
export const reportItem = (tabId: number) => storage.defineItem<TabReport | null>(`session:${REPORT_KEY_PREFIX}${tabId}`, { fallback: null });
