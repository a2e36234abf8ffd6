import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import { LANGS } from '../../lib/schema/correction';
import type { HighlightStyle, Preferences, UiLanguage } from '../../lib/settings';
import { LiveNotice, type Notice } from './Notice';

export interface PreferencesSectionProps {
  prefs: Preferences | null;
  notice: Notice;
  t: OptionsStrings;
  actions: { setLanguage(language: UiLanguage): void; setHighlight(style: HighlightStyle): void };
}

/** The interface language and how flagged passages are marked on pages. */
export function PreferencesSection({ prefs, notice, t, actions }: PreferencesSectionProps) {
  const p = t.prefs;
  return (
    <section id="preferences" class="section" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">{p.heading}</h2>
      <div class="field-row">
        <div class="field">
          <label for="pref-language">{p.language}</label>
          <select id="pref-language" data-testid="language" disabled={!prefs} value={prefs?.language ?? 'auto'} onChange={(e) => actions.setLanguage(e.currentTarget.value as UiLanguage)}>
            <option value="auto">{p.auto}</option>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {t.langNames[l]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="pref-highlight">{p.highlight}</label>
          <select id="pref-highlight" data-testid="highlight-style" disabled={!prefs} value={prefs?.highlight ?? 'underline'} onChange={(e) => actions.setHighlight(e.currentTarget.value as HighlightStyle)}>
            <option value="underline">{p.underline}</option>
            <option value="background">{p.background}</option>
          </select>
        </div>
      </div>
      <LiveNotice notice={notice} />
    </section>
  );
}
