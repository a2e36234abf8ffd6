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
import { productOf, validateProduct, type Product, type ProductRecord } from '../schema/timeline';
import { shippedTimeline } from '../timeline/shipped';
import { isBreakOf } from '../timeline/breaks';
import { removeProduct, writeProducts } from './products';
import type { ImportPlan, ImportPreview, ImportResult, ProductsPreview } from './types';

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

/**
 * A Footnote pack's records, and the ids it retires: `"retire": ["id", …]` removes those records
 * (a shipped one stays removed through updates), unless you edited them.
 */
function footnoteRecords(json: unknown): { list: unknown[]; retire: string[]; products: unknown[] } | undefined {
  if (Array.isArray(json)) return json.every((r) => typeof r === 'object' && r && 'verdict' in r) ? { list: json, retire: [], products: [] } : undefined;
  if (typeof json === 'object' && json && (json as { format?: unknown }).format === FOOTNOTE_FORMAT) {
    const { corrections: list, retire = [], products = [] } = json as { corrections?: unknown; retire?: unknown; products?: unknown };
    if (!Array.isArray(list)) throw new ImportError('A Footnote pack needs a "corrections" array.');
    if (!Array.isArray(retire) || !retire.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 120)) throw new ImportError('A Footnote pack\'s "retire" must be an array of correction ids.');
    if (!Array.isArray(products)) throw new ImportError('A Footnote pack\'s "products" must be an array of timeline products.');
    return { list, retire, products };
  }
  return undefined;
}

/** A pack's products, checked one by one: the valid ones, and where each invalid one went wrong. */
function parseProducts(raw: unknown[], invalid: FieldError[]): Product[] {
  const products: Product[] = [];
  const seen = new Set<string>();
  raw.forEach((p, index) => {
    const id = typeof p === 'object' && p && typeof (p as { id?: unknown }).id === 'string' ? (p as { id: string }).id : undefined;
    const checked = validateProduct(p);
    if (!checked.ok) invalid.push({ index, id, path: `products[${index}]${checked.path ? `.${checked.path}` : ''}`, message: checked.message });
    else if (seen.has(checked.value.id)) invalid.push({ index, id, path: `products[${index}].id`, message: 'duplicates the id of another product' });
    else {
      seen.add(checked.value.id);
      products.push(checked.value);
    }
  });
  return products;
}

/** Read a file's text into valid records and itemized errors. Throws ImportError when the file as a whole is unusable. */
export function parseImport(text: string, opts: ParseOptions): ImportPlan {
  const now = opts.now ?? new Date().toISOString();
  const json = parseJson(text);
  let drafts: Array<{ index: number; record?: unknown; error?: FieldError }>;
  let deleted: string[] = [];
  let format: ImportPlan['format'];
  let rawProducts: unknown[] = [];
  const pack = footnoteRecords(json);
  if (pack) {
    format = 'footnote';
    drafts = pack.list.map((record, index) => ({ index, record }));
    deleted = pack.retire;
    rawProducts = pack.products;
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
  return { format, records, deleted, invalid, products: parseProducts(rawProducts, invalid) };
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
  // A feed's update is the whole feed: its records that are no longer in it go (those its products
  // yield go with their product, below).
  if (feedUrl) for (const s of existing.values()) if (s.feedUrl === feedUrl && s.source === 'feed' && !incoming.has(s.id) && !(s.product && isBreakOf(s.product, s))) gone.add(s.id);
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

/** What a plan does to the products: the same rules as corrections (your edits are kept; a feed's update is the whole feed). */
function diffProducts(plan: ImportPlan, existing: Map<string, ProductRecord>, opts: { source: 'file' | 'feed'; feedUrl?: string; now?: string }): { preview: ProductsPreview; writes: ProductRecord[]; deletes: string[] } {
  const preview: ProductsPreview = { added: [], changed: [], unchanged: [], deleted: [], keptUserEdits: [] };
  const writes: ProductRecord[] = [];
  const deletes: string[] = [];
  const now = opts.now ?? new Date().toISOString();
  const meta = { source: opts.source, ...(opts.feedUrl ? { feedUrl: opts.feedUrl } : {}), updatedAt: now };
  for (const p of plan.products) {
    const old = existing.get(p.id);
    if (!old) {
      preview.added.push(p.id);
      writes.push({ ...p, ...meta, createdAt: now });
    } else if (old.source === 'user' || old.userEdited) preview.keptUserEdits.push(p.id);
    else if (JSON.stringify(productOf(old)) === JSON.stringify(p)) preview.unchanged.push(p.id);
    else {
      preview.changed.push(p.id);
      writes.push({ ...p, ...meta, version: Math.max(p.version, old.version + 1), createdAt: old.createdAt });
    }
  }
  const incoming = new Set(plan.products.map((p) => p.id));
  if (opts.feedUrl) {
    for (const old of existing.values()) {
      if (old.source !== 'feed' || old.feedUrl !== opts.feedUrl || incoming.has(old.id)) continue;
      if (old.userEdited) preview.keptUserEdits.push(old.id);
      else {
        preview.deleted.push(old.id);
        deletes.push(old.id);
      }
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
    const tx = db.transaction(['corrections', 'products']);
    const existing = await existingFor(tx.objectStore('corrections'), plan);
    const products = tx.objectStore('products');
    const oldProducts = await existingProducts((id) => products.get(id), async () => [], plan);
    await tx.done;
    const preview = diff(plan, existing).preview;
    return plan.products.length ? { ...preview, products: diffProducts(plan, oldProducts, { source: 'file' }).preview } : preview;
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

/** The stored products a plan touches: its ids and, for a feed, every product the feed wrote before. */
async function existingProducts(get: (id: string) => Promise<ProductRecord | undefined>, feedProducts: () => Promise<ProductRecord[]>, plan: ImportPlan, feedUrl?: string): Promise<Map<string, ProductRecord>> {
  const map = new Map<string, ProductRecord>();
  for (const p of plan.products) {
    const old = await get(p.id);
    if (old) map.set(p.id, old);
  }
  if (feedUrl) for (const p of await feedProducts()) if (p.feedUrl === feedUrl) map.set(p.id, p);
  return map;
}

/** Write a parsed plan in one transaction (reading current state inside it, so the diff cannot go stale). */
export async function applyPlan(db: FootnoteDb, plan: ImportPlan, opts: ApplyOptions = {}): Promise<ImportResult> {
  const now = opts.now ?? new Date().toISOString();
  const tx = db.transaction(['corrections', 'meta', 'tombstones', 'products'], 'readwrite');
  const store = tx.objectStore('corrections');
  try {
    const { preview, writes, deletes } = diff(plan, await existingFor(store, plan, opts.feedUrl), opts.feedUrl);
    const productStore = tx.objectStore('products');
    const products = diffProducts(plan, await existingProducts((id) => productStore.get(id), () => productStore.index('source').getAll('feed'), plan, opts.feedUrl), {
      source: opts.feedUrl ? 'feed' : 'file',
      feedUrl: opts.feedUrl,
      now,
    });
    let done = 0;
    for (const r of writes) {
      await store.put(toStored(r));
      await tx.objectStore('tombstones').delete(r.id);
      opts.onWrite?.(++done);
    }
    for (const id of deletes) {
      // A shipped record that a file or feed retires stays retired when the seeds are applied again.
      if ((await store.get(id))?.source === 'seed') await tx.objectStore('tombstones').put({ id, deletedAt: now });
      await store.delete(id);
    }
    // Products last: each writes the corrections its moves yield, and a removed one takes them along.
    await writeProducts(tx, products.writes, shippedTimeline().breakTexts);
    for (const id of products.deletes) await removeProduct(tx, id, now);
    const written = writes.length + deletes.length + products.writes.length + products.deletes.length;
    if (written) await tx.objectStore('meta').put(now, 'lastUpdated');
    await tx.done;
    return { ...preview, ...(plan.products.length || products.deletes.length ? { products: products.preview } : {}), written };
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
  // The products go along: all of them, or those the chosen corrections rest on.
  const named = new Set(chosen.map((c) => c.product));
  const products = (await db.getAll('products')).filter((p) => !wanted || named.has(p.id));
  const body = format === 'claimreview' ? toDataFeed(chosen, now) : { format: FOOTNOTE_FORMAT, formatVersion: 1, exportedAt: now, corrections: chosen, products };
  return `${JSON.stringify(body, null, 2)}\n`;
}
