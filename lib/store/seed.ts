/**
 * Seeding on install and update. A seed replaces the stored copy only when the stored copy is
 * an untouched older seed: the user's own records, the user's edits of seeds and seeds the
 * user deleted are left as they are. `reset` brings every seed back to its shipped state and
 * still leaves the user's own records alone.
 */
import { isBreakOf } from '../timeline/breaks';
import type { Correction } from '../schema/correction';
import { validateCorrection, formatError } from '../schema/validate';
import { toStored, type FootnoteDb } from './db';

export interface SeedResult {
  added: number;
  updated: number;
  removed: number;
  kept: number;
}

/** Check the shipped pack with the import schema; a broken seed is a build error, not a silent skip. */
export function validSeeds(pack: { corrections: unknown[] }): Correction[] {
  return pack.corrections.map((raw, i) => {
    const r = validateCorrection(raw, i);
    if (!r.ok) throw new Error(`Invalid seed: ${formatError(r.errors[0])}`);
    return r.value;
  });
}

/**
 * Whether a shipped record may be written over what is stored: never over your edits, over a
 * record from a file or a feed, over a deleted seed, or over an equal or newer version.
 */
export function seedReplaces(existing: { source: string; userEdited?: boolean; version: number } | undefined, deleted: boolean, version: number): boolean {
  return !(deleted || existing?.userEdited || (existing && existing.source !== 'seed') || (existing && existing.version >= version));
}

export async function applySeeds(db: FootnoteDb, seeds: Correction[], opts: { reset?: boolean; now?: string } = {}): Promise<SeedResult> {
  const now = opts.now ?? new Date().toISOString();
  const result: SeedResult = { added: 0, updated: 0, removed: 0, kept: 0 };
  const tx = db.transaction(['corrections', 'tombstones', 'meta'], 'readwrite');
  const store = tx.objectStore('corrections');
  const tombstones = tx.objectStore('tombstones');
  const shipped = new Set(seeds.map((s) => s.id));
  for (const seed of seeds) {
    const existing = await store.get(seed.id);
    const deleted = await tombstones.get(seed.id);
    if (opts.reset) {
      if (existing?.source === 'user') {
        result.kept++;
        continue;
      }
      await tombstones.delete(seed.id);
    } else if (!seedReplaces(existing, Boolean(deleted), seed.version)) {
      result.kept++;
      continue;
    }
    await store.put(toStored({ ...seed, source: 'seed', createdAt: existing?.createdAt ?? now, updatedAt: now }));
    if (existing) result.updated++;
    else result.added++;
  }
  // Seeds a new release no longer ships go too, unless the user edited them. Those the timeline's
  // products yield are the products' to keep (lib/store/products.ts).
  for (const old of await store.index('source').getAll('seed')) {
    if (!shipped.has(old.id) && !old.userEdited && !(old.product && isBreakOf(old.product, old))) {
      await store.delete(old.id);
      result.removed++;
    }
  }
  await tx.objectStore('meta').put(now, 'lastUpdated');
  await tx.done;
  return result;
}
