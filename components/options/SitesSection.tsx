import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import type { Lang } from '../../lib/schema/correction';
import type { HiddenFlag } from '../../lib/settings';
import { formatTime } from '../../lib/ui/options/format';
import { LiveNotice, type Notice } from './Notice';

export interface SitesSectionProps {
  disabledSites: string[];
  hiddenFlags: Record<string, HiddenFlag[]>;
  notice: Notice;
  lang: Lang;
  t: OptionsStrings;
  actions: { enableSite(site: string): void; bringBack(site: string, key: string): void };
}

/** Where Footnote is off, and the flags hidden as "not relevant", each with a way back. */
export function SitesSection({ disabledSites, hiddenFlags, notice, lang, t, actions }: SitesSectionProps) {
  const s = t.sites;
  const sitesWithHidden = Object.entries(hiddenFlags)
    .filter(([, flags]) => flags.length > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  return (
    <section id="sites" class="section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{s.heading}</h2>
      <LiveNotice notice={notice} />
      <h3>{s.disabled}</h3>
      <ul class="plain-list" data-testid="disabled-sites">
        {disabledSites.map((site) => (
          <li key={site} data-site={site}>
            <span class="site">{site}</span>{' '}
            <button type="button" class="secondary" aria-label={t.list.rowAction(s.turnOn, site)} onClick={() => actions.enableSite(site)}>
              {s.turnOn}
            </button>
          </li>
        ))}
      </ul>
      {disabledSites.length === 0 && <p class="muted">{s.noDisabled}</p>}
      <h3>{s.hidden}</h3>
      <div data-testid="hidden-flags">
        {sitesWithHidden.map(([site, flags]) => (
          <div key={site} class="hidden-site" data-site={site}>
            <h4>{site}</h4>
            <ul class="plain-list">
              {flags.map((flag) => (
                <li key={flag.key} data-key={flag.key}>
                  <q class="hidden-quote">{flag.quote}</q>
                  <span class="muted">
                    {' '}
                    · <code>{flag.correctionId}</code> · {s.hiddenAt} {formatTime(flag.hiddenAt, lang, '')}
                  </span>{' '}
                  <button type="button" class="secondary" aria-label={t.list.rowAction(s.bringBack, flag.quote.slice(0, 60))} onClick={() => actions.bringBack(site, flag.key)}>
                    {s.bringBack}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {sitesWithHidden.length === 0 && <p class="muted">{s.noHidden}</p>}
      </div>
    </section>
  );
}
