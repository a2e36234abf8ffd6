/**
 * Sites, hidden flags and preferences, read from extension storage and followed while the page
 * is open (the popup may switch a site off or hide a flag meanwhile).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '../../../components/options/Notice';
import type { OptionsStrings } from '../../i18n/optionsStrings';
import { sendMessage } from '../../messages';
import { disabledSitesItem, hiddenFlagsItem, preferencesItem, type HiddenFlag, type HighlightStyle, type Preferences, type UiLanguage } from '../../settings';

export function useSettings(t: OptionsStrings, onLanguage: () => void) {
  const [disabledSites, setDisabledSites] = useState<string[]>([]);
  const [hiddenFlags, setHiddenFlags] = useState<Record<string, HiddenFlag[]>>({});
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [sitesNotice, setSitesNotice] = useState<Notice>(null);
  // Kept as what happened, not as text: a change of language re-words it.
  const [prefsStatus, setPrefsStatus] = useState<{ saved: true } | { error: string } | null>(null);
  const fail = (set: (n: Notice) => void) => (e: unknown) => set({ kind: 'error', text: t.common.failed((e as Error).message) });

  useEffect(() => {
    void disabledSitesItem.getValue().then(setDisabledSites);
    void hiddenFlagsItem.getValue().then(setHiddenFlags);
    void preferencesItem.getValue().then(setPrefs);
    const stops = [
      disabledSitesItem.watch((v) => setDisabledSites(v ?? [])),
      hiddenFlagsItem.watch((v) => setHiddenFlags(v ?? {})),
      preferencesItem.watch((v) => v && setPrefs(v)),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);

  const savePrefs = async (next: Preferences) => {
    setPrefs(next);
    try {
      await preferencesItem.setValue(next);
      setPrefsStatus({ saved: true });
    } catch (e) {
      setPrefsStatus({ error: (e as Error).message });
    }
  };

  const actions = {
    enableSite: async (site: string) => {
      try {
        await sendMessage('setSiteEnabled', { site, enabled: true });
        setDisabledSites(await disabledSitesItem.getValue());
        setSitesNotice({ kind: 'ok', text: t.sites.turnedOn(site) });
      } catch (e) {
        fail(setSitesNotice)(e);
      }
    },
    bringBack: async (site: string, key: string) => {
      try {
        const all = await hiddenFlagsItem.getValue();
        const { [site]: flags = [], ...others } = all;
        const left = flags.filter((h) => h.key !== key);
        const next = left.length ? { ...others, [site]: left } : others;
        await hiddenFlagsItem.setValue(next);
        setHiddenFlags(next);
        setSitesNotice({ kind: 'ok', text: t.sites.broughtBack });
      } catch (e) {
        fail(setSitesNotice)(e);
      }
    },
    setLanguage: async (language: UiLanguage) => {
      if (!prefs) return;
      await savePrefs({ ...prefs, language });
      onLanguage();
    },
    setHighlight: (highlight: HighlightStyle) => {
      if (prefs) void savePrefs({ ...prefs, highlight });
    },
  };

  const prefsNotice: Notice = !prefsStatus ? null : 'saved' in prefsStatus ? { kind: 'ok', text: t.prefs.saved } : { kind: 'error', text: t.common.failed(prefsStatus.error) };
  return { state: { disabledSites, hiddenFlags, prefs, sitesNotice, prefsNotice }, actions };
}
