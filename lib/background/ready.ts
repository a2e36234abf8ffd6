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
import { applySeeds } from '../store/seed';
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

export async function ensureReady(db: FootnoteDb, seeds: Correction[]): Promise<ReadyResult> {
  const reseeded = (await db.count('corrections')) === 0;
  if (reseeded) await applySeeds(db, seeds);
  const index = await triggerIndexItem.getValue().catch(() => undefined);
  const stale = !isTriggerIndex(index) || index.patterns.length === 0;
  const rebuilt = reseeded || stale;
  if (rebuilt) await publishTriggerIndex(db);
  return { reseeded, rebuilt };
}
