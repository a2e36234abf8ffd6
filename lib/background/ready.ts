/**
 * What the content script reads, kept in step with the store: the trigger index in
 * storage.local, rebuilt after every change, and checked at every start of the background —
 * a store that was deleted is seeded again, and an index that is missing or corrupt is rebuilt.
 * Settings live in storage.local under their own keys, so none of this touches them.
 */
import type { TriggerIndex } from '../detect/triggerIndex';
import { compileTriggerIndex } from '../detect/triggerIndex';
import type { Correction } from '../schema/correction';
import { triggerIndexItem } from '../settings';
import { allCorrections } from '../store/corrections';
import type { FootnoteDb } from '../store/db';
import { applyProductSeeds } from '../store/products';
import { applySeeds } from '../store/seed';
import type { TimelinePack } from '../schema/timeline';
import { forgetCorrections } from './check';

/** Rebuild what the content script reads (all triggers, in every spelling) and forget cached lookups. */
export async function publishTriggerIndex(db: FootnoteDb): Promise<void> {
  forgetCorrections();
  await triggerIndexItem.setValue(compileTriggerIndex(await allCorrections(db)));
}

export function isTriggerIndex(v: unknown): v is TriggerIndex {
  if (typeof v !== 'object' || v === null) return false;
  const { patterns, keys } = v as Partial<TriggerIndex>;
  return Array.isArray(patterns) && Array.isArray(keys) && patterns.length === keys.length && [...patterns, ...keys].every((s) => typeof s === 'string' && s.length > 0);
}

export interface ReadyResult {
  reseeded: boolean;
  rebuilt: boolean;
}

/** Seeds the store: the written corrections, then the products and the corrections they yield. */
export async function seedStore(db: FootnoteDb, seeds: Correction[], timeline: TimelinePack, opts: { reset?: boolean } = {}): Promise<void> {
  await applySeeds(db, seeds, opts);
  await applyProductSeeds(db, timeline.products, timeline.breakTexts, opts);
}

export async function ensureReady(db: FootnoteDb, seeds: Correction[], timeline: TimelinePack): Promise<ReadyResult> {
  const reseeded = (await db.count('corrections')) === 0 || (await db.count('products')) === 0;
  if (reseeded) await seedStore(db, seeds, timeline);
  const index = await triggerIndexItem.getValue().catch(() => undefined);
  const stale = !isTriggerIndex(index) || index.patterns.length === 0;
  const rebuilt = reseeded || stale;
  if (rebuilt) await publishTriggerIndex(db);
  return { reseeded, rebuilt };
}
