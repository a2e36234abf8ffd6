/** The timeline Footnote ships (seeds/timeline.json), checked once, and the corrections it yields. */
import pack from '../../seeds/timeline.json';
import seedPack from '../../seeds/corrections.json';
import type { Correction } from '../schema/correction';
import { validateTimeline, type TimelinePack } from '../schema/timeline';
import { validSeeds } from '../store/seed';
import { breakCorrections } from './breaks';

let checked: TimelinePack | undefined;

export function shippedTimeline(): TimelinePack {
  if (checked) return checked;
  const r = validateTimeline(pack);
  if (!r.ok) throw new Error(`Invalid seeds/timeline.json: ${r.error}`);
  checked = r.value;
  return checked;
}

/** The corrections written in seeds/corrections.json (the store seeds them; products seed their own). */
export function writtenSeeds(): Correction[] {
  return validSeeds(seedPack);
}

/** Every shipped correction, for the engine without a store: the written ones and those the timeline's address moves yield. */
export function shippedSeeds(): Correction[] {
  return [...writtenSeeds(), ...breakCorrections(shippedTimeline())];
}
