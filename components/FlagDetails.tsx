import type { CardStrings } from '../lib/i18n/cardStrings';
import type { Strings } from '../lib/i18n/strings';
import { localized, type FlagView } from '../lib/report';
import type { Lang } from '../lib/schema/correction';
import { EvidenceList } from './EvidenceList';
import { TimelineList } from './TimelineList';

export interface FlagDetailsProps {
  flag: FlagView;
  lang: Lang;
  t: CardStrings;
  /** Show why it matched, in these strings (the popup does; the in-page card keeps to the essentials). */
  explain?: Strings;
}

export function appliesText(flag: Pick<FlagView, 'appliesFrom' | 'appliesUntil'>, t: CardStrings): string {
  if (!flag.appliesFrom && !flag.appliesUntil) return t.always;
  return [flag.appliesFrom && `${t.appliesFrom} ${flag.appliesFrom}`, flag.appliesUntil && `${t.appliesUntil} ${flag.appliesUntil}`].filter(Boolean).join(' ');
}

const QUOTE_MAX = 300;
const shorten = (q: string) => (q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1).trimEnd()}…` : q);

/** What the page says: the passage, shown once however many corrections flag it. */
export function Quote({ quote, t }: { quote: string; t: CardStrings }) {
  return (
    <>
      <p class="label">{t.onThisPage}</p>
      <blockquote class="quote" title={quote.length > QUOTE_MAX ? quote : undefined}>
        {shorten(quote)}
      </blockquote>
    </>
  );
}

/** What is wrong with a claim, and the dated evidence. */
export function FlagDetails({ flag, lang, t, explain }: FlagDetailsProps) {
  const details = localized(flag.details, lang);
  return (
    <div class="flag-details">
      <p class="label">{t.whatsWrong}</p>
      {flag.rating && <p class="rating">{t.ratedBy(flag.rating.text, flag.rating.by)}</p>}
      <p class="summary">{localized(flag.summary, lang)}</p>
      {explain && details && (
        <details class="more-details">
          <summary>{t.moreDetails}</summary>
          <p class="details">{details}</p>
        </details>
      )}
      <p class="label">{t.evidence}</p>
      <EvidenceList evidence={flag.evidence} />
      <p class="applies">
        {t.applies}: {appliesText(flag, t)}
      </p>
      {flag.timeline && <TimelineList timeline={flag.timeline} pageDate={flag.reason.date} lang={lang} t={t} />}
      {explain && (
        <details class="why">
          <summary>{explain.whyMatched}</summary>
          <p>
            {explain.matchedTerms}: {flag.reason.matched.map((group) => group.join(' / ')).filter(Boolean).join(' + ')}
          </p>
          <p>
            {explain.stance[flag.stance]}
            {flag.reason.stanceCues.length > 0 && ` (${flag.reason.stanceCues.join(', ')})`}
          </p>
          <p>
            {explain.judgedBy} {explain.dateBasis[flag.reason.dateBasis]}: {flag.reason.date}
          </p>
          {flag.reason.pageEvidence && <p class="page-evidence">{explain.pageEvidence(flag.reason.pageEvidence)}</p>}
          {flag.reason.undecided && <p class="undecided">{explain.undecided(flag.reason.undecided)}</p>}
          {flag.reason.model && <p class="model-reading">{explain.modelReading(flag.reason.model.corrects, flag.reason.model.confirmsCorrection, flag.reason.model.readsAsCorrection)}</p>}
        </details>
      )}
    </div>
  );
}
