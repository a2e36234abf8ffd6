import type { ComponentChildren } from 'preact';
import type { OptionsStrings } from '../lib/i18n/optionsStrings';
import type { Lang } from '../lib/schema/correction';

export interface OptionsPageProps {
  lang: Lang;
  t: OptionsStrings;
  /** The sections, in the order of the contents list. */
  children: ComponentChildren;
}

const SECTIONS = ['corrections', 'timeline', 'import-export', 'feeds', 'sites', 'preferences'] as const;

/** The options page's frame: its title, a contents list to jump to each section, the sections. */
export function OptionsPage({ lang, t, children }: OptionsPageProps) {
  const names: Record<(typeof SECTIONS)[number], string> = {
    corrections: t.list.heading,
    timeline: t.timeline.heading,
    'import-export': `${t.importer.heading} · ${t.exporter.heading}`,
    feeds: t.feeds.heading,
    sites: t.sites.heading,
    preferences: t.prefs.heading,
  };
  return (
    <div class="options" lang={lang}>
      <header class="options-head">
        <h1>{t.title}</h1>
        <nav aria-label={t.sections}>
          <ul>
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{names[id]}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>{children}</main>
    </div>
  );
}
