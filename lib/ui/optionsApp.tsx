/**
 * The options page's container: it holds the state of each section (lib/ui/options/use*.ts),
 * talks to the background through the typed messages, and renders the views in components/.
 */
import { useState } from 'preact/hooks';
import { CorrectionsSection } from '../../components/options/CorrectionsSection';
import { CorrectionView } from '../../components/options/CorrectionView';
import { EditorForm } from '../../components/options/EditorForm';
import { FeedsSection } from '../../components/options/FeedsSection';
import { ImportExportSection } from '../../components/options/ImportExportSection';
import { PreferencesSection } from '../../components/options/PreferencesSection';
import { SitesSection } from '../../components/options/SitesSection';
import { TimelineSection } from '../../components/options/TimelineSection';
import { OptionsPage } from '../../components/Options';
import { optionsStrings } from '../i18n/optionsStrings';
import { sendMessage } from '../messages';
import type { Lang } from '../schema/correction';
import { uiLanguage } from './language';
import { useCorrections } from './options/useCorrections';
import { useEditor } from './options/useEditor';
import { useFeeds } from './options/useFeeds';
import { useImportExport } from './options/useImportExport';
import { useSettings } from './options/useSettings';
import { useTimeline } from './options/useTimeline';

export function OptionsApp({ lang: initialLang }: { lang: Lang }) {
  // The language the page opened in, until the user picks another in the preferences.
  const [lang, setLang] = useState(initialLang);
  const t = optionsStrings(lang);
  const corrections = useCorrections(t);
  const editor = useEditor({
    // The store saves an existing id as an edit: a new correction must not take one silently.
    save: async (input, base) =>
      !base && (await sendMessage('getCorrection', String(input.id)))
        ? { ok: false, errors: [{ index: 0, id: String(input.id), path: 'id', message: t.editor.idTaken }] }
        : sendMessage('saveCorrection', input),
    onSaved: (record) => {
      corrections.actions.say({ kind: 'ok', text: t.list.saved(record.id) });
      corrections.actions.refresh();
      void corrections.actions.view(record.id);
    },
    messages: t.editor,
    failed: t.common.failed,
  });
  const timeline = useTimeline(t, corrections.actions.refresh);
  // Imports and feeds change both the corrections and the products.
  const storeChanged = () => {
    corrections.actions.refresh();
    void timeline.actions.refresh();
  };
  const exchange = useImportExport(t, corrections.state.selected, storeChanged);
  const feeds = useFeeds(t, storeChanged);
  const settings = useSettings(t, () =>
    void uiLanguage().then((next) => {
      document.documentElement.lang = next;
      setLang(next);
    }),
  );

  const c = corrections.state;
  const listActions = {
    ...corrections.actions,
    view: (id: string) => {
      editor.actions.cancel();
      void corrections.actions.view(id);
    },
    edit: (id: string) =>
      void sendMessage('getCorrection', id).then((record) => {
        if (!record) return corrections.actions.refresh();
        void corrections.actions.view(null);
        editor.actions.openEdit(record);
      }, (e: Error) => corrections.actions.say({ kind: 'error', text: t.common.failed(e.message) })),
    remove: (id: string) => void corrections.actions.remove(id),
    undo: () => void corrections.actions.undo(),
    resetSeeds: () => void corrections.actions.resetSeeds(),
    newCorrection: () => {
      void corrections.actions.view(null);
      editor.actions.openNew();
    },
  };

  return (
    <OptionsPage lang={lang} t={t}>
      <CorrectionsSection {...c} lang={lang} t={t} actions={listActions}>
        {editor.view ? (
          <EditorForm view={editor.view} topics={c.topics} lang={lang} t={t} actions={editor.actions} />
        ) : (
          c.viewing && <CorrectionView correction={c.viewing} lang={lang} t={t} actions={{ edit: listActions.edit, close: () => void corrections.actions.view(null) }} />
        )}
      </CorrectionsSection>
      <TimelineSection
        {...timeline.state}
        today={new Date().toISOString().slice(0, 10)}
        lang={lang}
        t={t}
        actions={{ ...timeline.actions, save: () => void timeline.actions.save(), remove: (id) => void timeline.actions.remove(id) }}
      />
      <ImportExportSection {...exchange.state} t={t} actions={{ ...exchange.actions, pick: (file) => void exchange.actions.pick(file), exportAs: (format) => void exchange.actions.exportAs(format) }} />
      <FeedsSection {...feeds.state} lang={lang} t={t} actions={{ ...feeds.actions, remove: (url) => void feeds.actions.remove(url), update: (url) => void feeds.actions.update(url) }} />
      <SitesSection
        disabledSites={settings.state.disabledSites}
        hiddenFlags={settings.state.hiddenFlags}
        notice={settings.state.sitesNotice}
        lang={lang}
        t={t}
        actions={{ enableSite: (site) => void settings.actions.enableSite(site), bringBack: (site, key) => void settings.actions.bringBack(site, key) }}
      />
      <PreferencesSection prefs={settings.state.prefs} notice={settings.state.prefsNotice} t={t} actions={{ ...settings.actions, setLanguage: (l) => void settings.actions.setLanguage(l) }} />
    </OptionsPage>
  );
}
