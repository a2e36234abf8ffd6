/** The interface language: the user's choice, else the browser's. */
import { browser } from 'wxt/browser';
import { langFromTag } from '../i18n/cardStrings';
import type { Lang } from '../schema/correction';
import { preferencesItem } from '../settings';

export async function uiLanguage(): Promise<Lang> {
  const prefs = await preferencesItem.getValue();
  if (prefs.language !== 'auto') return prefs.language;
  return langFromTag(browser.i18n?.getUILanguage?.() ?? navigator.language);
}
