/**
 * Reading and writing corrections. Every write is one IndexedDB transaction that also stamps
 * `meta.lastUpdated`, so a write either happens whole or not at all.
 */
import { LANGS, type Correction, type Source } from '../schema/correction';
import { validateCorrection } from '../schema/validate';
import { fromStored, toStored, type FootnoteDb } from './db';
import type { ListQuery, ListResult, SaveResult, StoreStatus } from './types';

export async function getCorrection(db: FootnoteDb, id: string): Promise<Correction | null> {
  const s = await db.get('corrections', id);
  return s ? fromStored(s) : null;
}

export async function correctionsByTopic(db: FootnoteDb, topic: string): Promise<Correction[]> {
  return (await db.getAllFromIndex('corrections', 'topic', topic)).map(fromStored);
}

/**
 * The corrections each trigger key points to: one index lookup per key, not a scan. A record
 * found under several keys is the same object in each list.
 */
export async function correctionsByTriggers(db: FootnoteDb, keys: Iterable<string>): Promise<Map<string, Correction[]>> {
  const tx = db.transaction('corrections');
  const index = tx.store.index('triggerKeys');
  const unique = [...new Set(keys)];
  const lists = await Promise.all(unique.map((k) => index.getAll(k)));
  await tx.done;
  const byId = new Map<string, Correction>();
  const one = (s: Parameters<typeof fromStored>[0]) => byId.get(s.id) ?? byId.set(s.id, fromStored(s)).get(s.id)!;
  return new Map(unique.map((k, i) => [k, lists[i].map(one)]));
}

export async function allCorrections(db: FootnoteDb): Promise<Correction[]> {
  return (await db.getAll('corrections')).map(fromStored);
}

function matchesQuery(c: Correction, q: ListQuery): boolean {
  if (q.topic && c.topic !== q.topic) return false;
  if (q.verdict && c.verdict !== q.verdict) return false;
  if (q.source && c.source !== q.source) return false;
  if (q.lang && !c.summary[q.lang]) return false;
  if (q.dueBy && !(c.reviewBy && c.reviewBy <= q.dueBy)) return false;
  if (q.text) {
    const needle = q.text.toLowerCase();
    const hay = [c.id, c.topic, ...LANGS.flatMap((l) => [c.claim[l] ?? '', c.summary[l] ?? ''])].join('\n').toLowerCase();
    if (!hay.includes(needle)) return false;
  }
  return true;
}

/** A page of corrections, newest change first, filtered in one cursor pass. */
export async function listCorrections(db: FootnoteDb, q: ListQuery = {}): Promise<ListResult> {
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.min(Math.max(1, q.limit ?? 50), 500);
  const items: Correction[] = [];
  let total = 0;
  const tx = db.transaction('corrections');
  for (let cursor = await tx.store.index('updatedAt').openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
    const c = fromStored(cursor.value);
    if (!matchesQuery(c, q)) continue;
    if (total >= offset && items.length < limit) items.push(c);
    total++;
  }
  await tx.done;
  return { total, items };
}

export async function storeStatus(db: FootnoteDb): Promise<StoreStatus> {
  const bySource: Record<Source, number> = { seed: 0, file: 0, feed: 0, user: 0 };
  const tx = db.transaction(['corrections', 'meta', 'feeds']);
  const index = tx.objectStore('corrections').index('source');
  for (const s of Object.keys(bySource) as Source[]) bySource[s] = await index.count(s);
  const count = await tx.objectStore('corrections').count();
  const lastUpdated = (await tx.objectStore('meta').get('lastUpdated')) ?? null;
  const feeds = await tx.objectStore('feeds').getAll();
  await tx.done;
  return { count, bySource, lastUpdated, feeds };
}

/**
 * Save a correction from the editor. A new id becomes the user's own; an edit of a seed, file
 * or feed record keeps its source and is marked `userEdited`, so no update overwrites it.
 */
export async function saveCorrection(db: FootnoteDb, input: unknown, now = new Date().toISOString()): Promise<SaveResult> {
  const draft = typeof input === 'object' && input ? { ...(input as Record<string, unknown>) } : input;
  const id = typeof draft === 'object' && draft ? (draft as { id?: unknown }).id : undefined;
  const existing = typeof id === 'string' ? await db.get('corrections', id) : undefined;
  if (typeof draft === 'object' && draft) {
    const d = draft as Record<string, unknown>;
    d.source = existing?.source ?? 'user';
    d.userEdited = existing ? existing.source !== 'user' || undefined : undefined;
    d.version = existing ? existing.version + 1 : 1;
    d.createdAt = existing?.createdAt ?? now;
    d.updatedAt = now;
    if (existing?.feedUrl) d.feedUrl = existing.feedUrl;
    if (d.userEdited === undefined) delete d.userEdited;
  }
  const checked = validateCorrection(draft);
  if (!checked.ok) return checked;
  const tx = db.transaction(['corrections', 'meta', 'tombstones'], 'readwrite');
  await tx.objectStore('corrections').put(toStored(checked.value));
  await tx.objectStore('tombstones').delete(checked.value.id);
  await tx.objectStore('meta').put(now, 'lastUpdated');
  await tx.done;
  return { ok: true, record: checked.value };
}

/** Delete a record; a deleted seed or feed record is remembered so updates do not bring it back. */
export async function deleteCorrection(db: FootnoteDb, id: string, now = new Date().toISOString()): Promise<Correction | null> {
  const tx = db.transaction(['corrections', 'meta', 'tombstones'], 'readwrite');
  const existing = await tx.objectStore('corrections').get(id);
  if (existing) {
    await tx.objectStore('corrections').delete(id);
    if (existing.source !== 'user') await tx.objectStore('tombstones').put({ id, deletedAt: now });
    await tx.objectStore('meta').put(now, 'lastUpdated');
  }
  await tx.done;
  return existing ? fromStored(existing) : null;
}

/** Undo of a delete: the record comes back exactly as it was. */
export async function restoreCorrection(db: FootnoteDb, record: Correction, now = new Date().toISOString()): Promise<void> {
  const checked = validateCorrection(record);
  if (!checked.ok) throw new Error(`Cannot restore ${record.id}: ${checked.errors[0].path}: ${checked.errors[0].message}`);
  const tx = db.transaction(['corrections', 'meta', 'tombstones'], 'readwrite');
  await tx.objectStore('corrections').put(toStored(checked.value));
  await tx.objectStore('tombstones').delete(record.id);
  await tx.objectStore('meta').put(now, 'lastUpdated');
  await tx.done;
}
