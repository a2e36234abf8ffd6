/**
 * Import and export. An import is read whole, checked record by record, shown as a preview
 * (new, changed, unchanged, deleted, invalid, kept user edits) and then written in a single
 * IndexedDB transaction: the store ends exactly as it was or exactly in the new state.
 */
import { CorrectionIndex } from '../engine';
import type { Correction, Source } from '../schema/correction';
import { validateCorrection, type FieldError } from '../schema/validate';
import { claimReviewItems, claimReviewToDraft, isClaimReviewInput, toDataFeed } from './claimreview';
import type { IDBPObjectStore, StoreNames } from 'idb';
import { fromStored, toStored, type FootnoteDB, type FootnoteDb, type StoredCorrection } from './db';
import type { ImportPlan, ImportPreview, ImportResult } from './types';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const FOOTNOTE_FORMAT = 'footnote-corrections';
export type ExportFormat = 'footnote' | 'claimreview';

export class ImportError extends Error {}

export interface ParseOptions {
  source: Extract<Source, 'file' | 'feed'>;
  feedUrl?: string;
  now?: string;
  /** Corrections whose rules classify ClaimReview claims (the seeds). */
  reference?: Correction[];
}

function parseJson(text: string): unknown {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError(`The file is ${(text.length / 1048576).toFixed(1)} MB; the limit is 20 MB.`);
  if (!text.trim()) throw new ImportError('The file is empty.');
  if (/^\s*</.test(text)) throw new ImportError('This is HTML or XML, not JSON.');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError(`This is not valid JSON: ${(e as Error).message}`);
  }
}

function footnoteRecords(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json.every((r) => typeof r === 'object' && r && 'verdict' in r) ? json : undefined;
  if (typeof json === 'object' && json && (json as { format?: unknown }).format === FOOTNOTE_FORMAT) {
    const list = (json as { corrections?: unknown }).corrections;
    if (!Array.isArray(list)) throw new ImportError('A Footnote pack needs a "corrections" array.');
    return list;
  }
  return undefined;
}

/** Read a file's text into valid records and itemized errors. Throws ImportError when the file as a whole is unusable. */
export function parseImport(text: string, opts: ParseOptions): ImportPlan {
  const now = opts.now ?? new Date().toISOString();
  const json = parseJson(text);
  let drafts: Array<{ index: number; record?: unknown; error?: FieldError }>;
  let deleted: string[] = [];
  let format: ImportPlan['format'];
  const list = footnoteRecords(json);
  if (list) {
    format = 'footnote';
    drafts = list.map((record, index) => ({ index, record }));
  } else if (isClaimReviewInput(json)) {
    format = 'claimreview';
    const found = claimReviewItems(json);
    deleted = found.deleted;
    const reference = opts.reference?.length ? new CorrectionIndex(opts.reference) : undefined;
    drafts = found.items.map((item, index) => ({ index, ...claimReviewToDraft(item, index, reference, now) }));
    if (drafts.length === 0 && deleted.length === 0) throw new ImportError('The ClaimReview data holds no reviews.');
  } else {
    throw new ImportError('Footnote reads a corrections pack ({"format": "footnote-corrections", "corrections": [...]}), an array of corrections, or schema.org ClaimReview (single, array, @graph or DataFeed). This file is none of them.');
  }

  const records: Correction[] = [];
  const invalid: FieldError[] = [];
  const seen = new Map<string, number>();
  for (const d of drafts) {
    if (d.error) {
      invalid.push(d.error);
      continue;
    }
    const raw = typeof d.record === 'object' && d.record ? (d.record as Record<string, unknown>) : d.record;
    const filled =
      typeof raw === 'object' && raw
        ? { version: 1, createdAt: now, updatedAt: now, ...raw, source: opts.source, ...(opts.feedUrl ? { feedUrl: opts.feedUrl } : {}), userEdited: undefined }
        : raw;
    const checked = validateCorrection(filled, d.index);
    if (!checked.ok) {
      invalid.push(...checked.errors);
      continue;
    }
    const first = seen.get(checked.value.id);
    if (first !== undefined) {
      invalid.push({ index: d.index, id: checked.value.id, path: 'id', message: `duplicates the id of record ${first}` });
      continue;
    }
    seen.set(checked.value.id, d.index);
    records.push(checked.value);
  }
  return { format, records, deleted, invalid };
}

const comparable = (c: Correction) => JSON.stringify({ ...c, createdAt: 0, updatedAt: 0, source: 0, feedUrl: 0, userEdited: 0 });

interface Diff {
  preview: ImportPreview;
  writes: Correction[];
  deletes: string[];
}

function diff(plan: ImportPlan, existing: Map<string, StoredCorrection>, feedUrl?: string): Diff {
  const preview: ImportPreview = { ok: true, format: plan.format, added: [], changed: [], unchanged: [], deleted: [], keptUserEdits: [], invalid: plan.invalid };
  const writes: Correction[] = [];
  const deletes: string[] = [];
  const userOwned = (s: StoredCorrection) => s.source === 'user' || s.userEdited;
  for (const r of plan.records) {
    const old = existing.get(r.id);
    if (!old) {
      preview.added.push(r.id);
      writes.push(r);
    } else if (userOwned(old)) preview.keptUserEdits.push(r.id);
    else if (comparable(fromStored(old)) === comparable(r)) preview.unchanged.push(r.id);
    else {
      preview.changed.push(r.id);
      writes.push({ ...r, createdAt: old.createdAt, version: Math.max(r.version, old.version + 1) });
    }
  }
  const incoming = new Set(plan.records.map((r) => r.id));
  const gone = new Set(plan.deleted);
  // A feed's update is the whole feed: its records that are no longer in it go.
  if (feedUrl) for (const s of existing.values()) if (s.feedUrl === feedUrl && s.source === 'feed' && !incoming.has(s.id)) gone.add(s.id);
  for (const id of gone) {
    const old = existing.get(id);
    if (!old || incoming.has(id)) continue;
    if (userOwned(old)) preview.keptUserEdits.push(id);
    else {
      preview.deleted.push(id);
      deletes.push(id);
    }
  }
  return { preview, writes, deletes };
}

type CorrectionsStore = IDBPObjectStore<FootnoteDB, ArrayLike<StoreNames<FootnoteDB>>, 'corrections', IDBTransactionMode>;

/** The stored records a plan touches: its ids, its deletions and, for a feed, everything the feed wrote before. */
async function existingFor(store: CorrectionsStore, plan: ImportPlan, feedUrl?: string): Promise<Map<string, StoredCorrection>> {
  const map = new Map<string, StoredCorrection>();
  for (const id of new Set([...plan.records.map((r) => r.id), ...plan.deleted])) {
    const s = await store.get(id);
    if (s) map.set(id, s);
  }
  if (feedUrl) for (const s of await store.index('source').getAll('feed')) if (s.feedUrl === feedUrl) map.set(s.id, s);
  return map;
}

async function referenceSeeds(db: FootnoteDb): Promise<Correction[]> {
  return (await db.getAllFromIndex('corrections', 'source', 'seed')).map(fromStored);
}

function failed(error: unknown): ImportResult {
  if (!(error instanceof ImportError)) throw error;
  return { ok: false, error: error.message, added: [], changed: [], unchanged: [], deleted: [], keptUserEdits: [], invalid: [], written: 0 };
}

export async function previewImport(db: FootnoteDb, text: string, _name = ''): Promise<ImportPreview> {
  try {
    const plan = parseImport(text, { source: 'file', reference: await referenceSeeds(db) });
    const tx = db.transaction('corrections');
    const existing = await existingFor(tx.store, plan);
    await tx.done;
    return diff(plan, existing).preview;
  } catch (e) {
    const { written: _w, ...preview } = failed(e);
    return preview;
  }
}

export interface ApplyOptions {
  feedUrl?: string;
  now?: string;
  /** Called after each record is written; a test throws here to interrupt the import. */
  onWrite?: (done: number) => void;
}

/** Write a parsed plan in one transaction (reading current state inside it, so the diff cannot go stale). */
export async function applyPlan(db: FootnoteDb, plan: ImportPlan, opts: ApplyOptions = {}): Promise<ImportResult> {
  const now = opts.now ?? new Date().toISOString();
  const tx = db.transaction(['corrections', 'meta', 'tombstones'], 'readwrite');
  const store = tx.objectStore('corrections');
  try {
    const { preview, writes, deletes } = diff(plan, await existingFor(store, plan, opts.feedUrl), opts.feedUrl);
    let done = 0;
    for (const r of writes) {
      await store.put(toStored(r));
      await tx.objectStore('tombstones').delete(r.id);
      opts.onWrite?.(++done);
    }
    for (const id of deletes) await store.delete(id);
    if (writes.length || deletes.length) await tx.objectStore('meta').put(now, 'lastUpdated');
    await tx.done;
    return { ...preview, written: writes.length + deletes.length };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    if (isQuotaError(e)) throw new ImportError("The browser's storage for Footnote is full: nothing was imported. Delete corrections you no longer need, or free space in the browser, then try again.");
    throw e;
  }
}

/** IndexedDB's "storage is full", however the browser names it. */
function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export async function commitImport(db: FootnoteDb, text: string, _name = '', opts: ApplyOptions = {}): Promise<ImportResult> {
  try {
    const plan = parseImport(text, { source: 'file', reference: await referenceSeeds(db), now: opts.now });
    return await applyPlan(db, plan, opts);
  } catch (e) {
    return failed(e);
  }
}

export async function exportStore(db: FootnoteDb, format: ExportFormat, ids?: string[], now = new Date().toISOString()): Promise<string> {
  const all = (await db.getAll('corrections')).map(fromStored);
  const wanted = ids ? new Set(ids) : undefined;
  const chosen = wanted ? all.filter((c) => wanted.has(c.id)) : all;
  const body = format === 'claimreview' ? toDataFeed(chosen, now) : { format: FOOTNOTE_FORMAT, formatVersion: 1, exportedAt: now, corrections: chosen };
  return `${JSON.stringify(body, null, 2)}\n`;
}
