import type { CardStrings } from '../lib/i18n/cardStrings';
import { localized } from '../lib/report';
import type { Lang } from '../lib/schema/correction';
import { eventDate, pagePlace, type TimelineView } from '../lib/timeline/view';

export interface TimelineListProps {
  timeline: TimelineView;
  /** The date the page was judged by (its publication date, or today): placed among the events. */
  pageDate: string;
  lang: Lang;
  t: CardStrings;
}

/** The product's events in order, the page's date placed among them, the evidence for each. */
export function TimelineList({ timeline, pageDate, lang, t }: TimelineListProps) {
  const place = pagePlace(timeline, pageDate);
  const items = timeline.events.map((e) => (
    <li key={e.id} class={`timeline-event timeline-${e.kind}`}>
      <time dateTime={e.date}>{eventDate(e, t)}</time>
      {e.status && <span class="timeline-status"> ({t.planned})</span>} {localized(e.text, lang)}{' '}
      <span class="evidence-meta">
        {e.evidence.slice(0, 2).map((s) => (
          <a key={s.url} class="timeline-source" href={s.url} target="_blank" rel="noopener noreferrer" title={`${s.title} (${s.date})`}>
            {s.publisher}
          </a>
        ))}
      </span>
    </li>
  ));
  items.splice(
    place,
    0,
    <li key="page" class="timeline-page">
      <time dateTime={pageDate}>{pageDate}</time> {t.thisPage}
    </li>,
  );
  return (
    <>
      <p class="label">{t.timeline(localized(timeline.product, lang))}</p>
      <ol class="timeline">{items}</ol>
    </>
  );
}
