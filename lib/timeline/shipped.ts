/** The timeline Footnote ships (seeds/timeline.json), checked once, and the corrections it yields. */
import pack from '../../seeds/timeline.json';
import seedPack from '../../seeds/corrections.json';
import type { Correction } from '../schema/correction';
import { validateTimeline, type Product, type TimelinePack } from '../schema/timeline';
import { validSeeds } from '../store/seed';
import { breakCorrections } from './breaks';
import { toTimelineView, type TimelineView } from './view';

let checked: TimelinePack | undefined;

export function shippedTimeline(): TimelinePack {
  if (checked) return checked;
  const r = validateTimeline(pack);
  if (!r.ok) throw new Error(`Invalid seeds/timeline.json: ${r.error}`);
  checked = r.value;
  return checked;
}

export function productById(id: string | undefined): Product | undefined {
  return id ? shippedTimeline().products.find((p) => p.id === id) : undefined;
}

const views = new Map<string, TimelineView>();

/** The timeline a flag of this product's corrections carries. */
export function timelineOf(productId: string | undefined): TimelineView | undefined {
  const product = productById(productId);
  if (!product) return undefined;
  if (!views.has(product.id)) views.set(product.id, toTimelineView(product));
  return views.get(product.id);
}

/** Every shipped correction: the written ones and those the timeline's address moves yield. */
export function shippedSeeds(): Correction[] {
  return [...validSeeds(seedPack), ...breakCorrections(shippedTimeline())];
}
