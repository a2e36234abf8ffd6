/**
 * The product timeline in the store, kept like the corrections: seeded on install and update
 * (never over your edits, never bringing back what you deleted), saved from the options page,
 * imported, exported and fed. A product's address moves yield corrections (lib/timeline/breaks.ts);
 * they are written with the product, in the same transaction, and go with it.
 */
import type { Correction } from '../schema/correction';
import { validateProduct, type BreakTexts, type Product, type ProductRecord } from '../schema/timeline';
import type { FieldError } from '../schema/validate';
import { breakIdsOf, breaksOf } from '../timeline/breaks';
import type { IDBPTransaction, StoreNames } from 'idb';
import { toStored, type FootnoteDB, type FootnoteDb } from './db';
import { seedReplaces } from './seed';

/** Tombstones are shared with corrections: a product's is kept under this prefix. */
export const productTombstone = (id: string) => `product:${id}`;

export type ProductSaveResult = { ok: true; record: ProductRecord } | { ok: false; errors: FieldError[] };

export async function allProducts(db: FootnoteDb): Promise<ProductRecord[]> {
  return db.getAll('products');
}

export async function getProduct(db: FootnoteDb, id: string): Promise<ProductRecord | null> {
  return (await db.get('products', id)) ?? null;
}

type Tx = IDBPTransaction<FootnoteDB, ArrayLike<StoreNames<FootnoteDB>>, 'readwrite'>;

/** Write a product and replace the corrections its moves yield, inside `tx`. */
async function writeProduct(tx: Tx, record: ProductRecord, texts: BreakTexts): Promise<void> {
  const before = await tx.objectStore('products').get(record.id);
  await tx.objectStore('products').put(record);
  const corrections = tx.objectStore('corrections');
  const yielded = breaksOf([record], texts, record.updatedAt).map((c): Correction => ({
    ...c,
    source: record.source,
    ...(record.feedUrl ? { feedUrl: record.feedUrl } : {}),
    ...(record.userEdited ? { userEdited: true } : {}),
  }));
  // The checks the product's former version yielded and this one does not (a move taken out) go.
  const keep = new Set(yielded.map((c) => c.id));
  for (const id of before ? breakIdsOf(before) : []) if (!keep.has(id)) await corrections.delete(id);
  for (const c of yielded) {
    const old = await corrections.get(c.id);
    await corrections.put(toStored({ ...c, createdAt: old?.createdAt ?? c.createdAt }));
  }
}

export async function writeProducts(tx: Tx, records: ProductRecord[], texts: BreakTexts): Promise<void> {
  for (const r of records) await writeProduct(tx, r, texts);
}

/** Remove a product and the corrections it yields, inside `tx` (a shipped one stays removed). */
export async function removeProduct(tx: Tx, id: string, now: string): Promise<ProductRecord | null> {
  const old = await tx.objectStore('products').get(id);
  if (!old) return null;
  await tx.objectStore('products').delete(id);
  const corrections = tx.objectStore('corrections');
  for (const breakId of breakIdsOf(old)) await corrections.delete(breakId);
  if (old.source === 'seed') await tx.objectStore('tombstones').put({ id: productTombstone(id), deletedAt: now });
  return old;
}

/**
 * Seed the shipped products: new ones are added, newer versions replace older seeds, your edits,
 * products from files or feeds, and deleted seeds are left alone; seeds a release no longer
 * ships go. `reset` restores every shipped product except those you wrote yourself.
 */
export async function applyProductSeeds(db: FootnoteDb, products: Product[], texts: BreakTexts, opts: { reset?: boolean; now?: string } = {}): Promise<void> {
  const now = opts.now ?? new Date().toISOString();
  const tx = db.transaction(['products', 'corrections', 'tombstones'], 'readwrite');
  const store = tx.objectStore('products');
  const tombstones = tx.objectStore('tombstones');
  const shipped = new Set(products.map((p) => p.id));
  for (const p of products) {
    const existing = await store.get(p.id);
    if (opts.reset) {
      if (existing?.source === 'user') continue;
      await tombstones.delete(productTombstone(p.id));
    } else if (!seedReplaces(existing, Boolean(await tombstones.get(productTombstone(p.id))), p.version)) continue;
    await writeProduct(tx, { ...p, source: 'seed', createdAt: existing?.createdAt ?? now, updatedAt: now }, texts);
  }
  for (const old of await store.index('source').getAll('seed')) if (!shipped.has(old.id) && !old.userEdited) await removeProduct(tx, old.id, now);
  await tx.done;
}

/** Save a product from the options page: a new one is yours, an edit of a shipped or fed one is marked as yours. */
export async function saveProduct(db: FootnoteDb, input: unknown, texts: BreakTexts, now = new Date().toISOString()): Promise<ProductSaveResult> {
  const checked = validateProduct(input);
  if (!checked.ok) return { ok: false, errors: [{ index: 0, path: checked.path, message: checked.message }] };
  const tx = db.transaction(['products', 'corrections', 'tombstones', 'meta'], 'readwrite');
  const old = await tx.objectStore('products').get(checked.value.id);
  const record: ProductRecord = {
    ...checked.value,
    version: old ? Math.max(checked.value.version, old.version + 1) : checked.value.version,
    source: old?.source ?? 'user',
    ...(old?.feedUrl ? { feedUrl: old.feedUrl } : {}),
    ...(old && old.source !== 'user' ? { userEdited: true } : {}),
    createdAt: old?.createdAt ?? now,
    updatedAt: now,
  };
  await writeProduct(tx, record, texts);
  await tx.objectStore('meta').put(now, 'lastUpdated');
  await tx.done;
  return { ok: true, record };
}

export async function deleteProduct(db: FootnoteDb, id: string, now = new Date().toISOString()): Promise<ProductRecord | null> {
  const tx = db.transaction(['products', 'corrections', 'tombstones', 'meta'], 'readwrite');
  const old = await removeProduct(tx, id, now);
  if (old) await tx.objectStore('meta').put(now, 'lastUpdated');
  await tx.done;
  return old;
}
