/** A product's timeline as a flag carries it to the card and the popup (plain data, no lookups). */
import type { Localized } from '../schema/correction';
import type { Product, TimelineEvent } from '../schema/timeline';

export interface TimelineView {
  product: Localized;
  events: Array<Pick<TimelineEvent, 'id' | 'kind' | 'date' | 'approx' | 'status' | 'text' | 'evidence'>>;
}

export function toTimelineView(p: Product): TimelineView {
  return {
    product: p.name,
    events: p.events.map(({ id, kind, date, approx, status, text, evidence }) => ({ id, kind, date, ...(approx ? { approx } : {}), ...(status ? { status } : {}), text, evidence })),
  };
}

/** How an event's date reads: "2024-04" for a month, "by 2023-07" for a bound, "about 2026-01-08". */
export function eventDate(e: Pick<TimelineView['events'][number], 'date' | 'approx'>, words: { by: string; about: string }): string {
  if (e.approx === 'month') return e.date.slice(0, 7);
  if (e.approx === 'no-later-than') return `${words.by} ${e.date.slice(0, 7)}`;
  if (e.approx === 'about') return `${words.about} ${e.date}`;
  return e.date;
}

/** Where a page of `date` falls among the events: the number of events on or before it. */
export function pagePlace(view: TimelineView, date: string): number {
  return view.events.filter((e) => e.date <= date).length;
}
