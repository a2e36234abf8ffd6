/**
 * The popup's state and its conversation with the background and the page. It works as the
 * toolbar popup and as a tab (`popup.html?tab=<id>`), where the tab to report on is given.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupActions, type PopupPage } from '../../components/Popup';
import { strings } from '../i18n/strings';
import { sendMessage } from '../messages';
import type { Lang } from '../schema/correction';
import type { StoreStatus } from '../store/types';

async function targetTab(): Promise<number | undefined> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadPage(tabId: number | undefined): Promise<PopupPage> {
  if (tabId === undefined) return { kind: 'cannot-read' };
  const report = await sendMessage('getTabReport', tabId);
  const status = await sendMessage('ping', undefined, tabId).catch(() => undefined);
  if (!status) return report ? { kind: 'report', report } : { kind: 'cannot-read' };
  const site = status.site;
  if (!status.enabled) return { kind: 'off', site };
  if (report) return { kind: 'report', report };
  return status.scanning ? { kind: 'scanning', site } : { kind: 'nothing', site };
}

export function PopupApp({ lang }: { lang: Lang }) {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PopupPage>({ kind: 'loading' });
  const [store, setStore] = useState<StoreStatus | null>(null);
  const [updating, setUpdating] = useState(false);
  const [justHidden, setJustHidden] = useState<string[]>([]);
  const [site, setSite] = useState('');

  const refresh = async (id = tabId) => {
    const next = await loadPage(id);
    setPage(next);
    setSite(next.kind === 'report' ? next.report.site : 'site' in next ? next.site : '');
    setStore(await sendMessage('getStoreStatus', undefined));
  };

  useEffect(() => {
    void (async () => {
      const id = await targetTab();
      setTabId(id);
      await refresh(id);
    })();
  }, []);

  const setHidden = async (keys: string[], hidden: boolean) => {
    if (tabId === undefined) return;
    for (const key of keys) await sendMessage('setFlagHidden', { tabId, key, hidden });
    setJustHidden(hidden ? keys : []);
    await refresh();
  };

  const actions: PopupActions = {
    showOnPage: (key) => {
      if (tabId !== undefined) void sendMessage('showFlag', key, tabId).catch(() => undefined);
    },
    hide: (keys) => void setHidden(keys, true),
    unhide: (keys) => void setHidden(keys, false),
    setSiteEnabled: (enabled) => {
      if (site) void sendMessage('setSiteEnabled', { site, enabled, tabId }).then(() => refresh());
    },
    updateNow: () => {
      setUpdating(true);
      void sendMessage('updateFeeds', undefined)
        .then(() => refresh())
        .finally(() => setUpdating(false));
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };

  return <Popup page={page} store={store} updating={updating} justHidden={justHidden} lang={lang} t={strings(lang)} actions={actions} />;
}
