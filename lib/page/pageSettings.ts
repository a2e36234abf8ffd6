/**
 * The settings the page side reads, straight from storage.local: the same keys and fallbacks as
 * lib/settings.ts, without its storage library, which every page would otherwise load.
 */
import { browser } from 'wxt/browser';
import type { TriggerIndex } from '../detect/triggerIndex';
import type { Preferences } from '../settings';

export interface PageSettings {
  triggerIndex: TriggerIndex;
  disabledSites: string[];
  preferences: Preferences;
}

/** Keys in storage.local (lib/settings.ts defines its items on the same ones), with what a missing key stands for. */
export const PAGE_FALLBACKS: PageSettings = {
  triggerIndex: { patterns: [], keys: [] },
  disabledSites: [],
  preferences: { language: 'auto', highlight: 'underline' },
};

export async function readPageSettings(): Promise<PageSettings> {
  const got = (await browser.storage.local.get(Object.keys(PAGE_FALLBACKS) as (keyof PageSettings)[])) as Partial<PageSettings>;
  return {
    triggerIndex: got.triggerIndex ?? PAGE_FALLBACKS.triggerIndex,
    disabledSites: got.disabledSites ?? PAGE_FALLBACKS.disabledSites,
    preferences: got.preferences ?? PAGE_FALLBACKS.preferences,
  };
}

/** Calls back with each new trigger index; returns the unwatch function. */
export function watchTriggerIndex(callback: (index: TriggerIndex | undefined) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && 'triggerIndex' in changes) callback(changes.triggerIndex.newValue as TriggerIndex | undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
