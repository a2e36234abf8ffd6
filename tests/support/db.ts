import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { forgetConnection, openStore, type FootnoteDb } from '../../lib/store/db';

let counter = 0;

/** A fresh, empty database for each test. */
export async function freshDb(): Promise<FootnoteDb> {
  globalThis.indexedDB = new IDBFactory();
  forgetConnection();
  return openStore(`footnote-test-${++counter}`);
}

/** Everything stored, in a stable order: to compare "before" and "after" exactly. */
export async function snapshot(db: FootnoteDb): Promise<string> {
  const corrections = (await db.getAll('corrections')).sort((a, b) => a.id.localeCompare(b.id));
  const tombstones = await db.getAll('tombstones');
  const feeds = await db.getAll('feeds');
  const products = (await db.getAll('products')).sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify({ corrections, tombstones, feeds, products });
}

/**
 * Makes IndexedDB's put fail after `ok` successful calls (a full disk, a worker going away)
 * while `run` runs, then puts it back.
 */
export async function withFailingPuts<T>(ok: number, error: DOMException, run: () => Promise<T>): Promise<T> {
  const { IDBObjectStore } = globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } };
  const put = IDBObjectStore.prototype.put;
  let puts = 0;
  IDBObjectStore.prototype.put = function (this: unknown, ...args: unknown[]) {
    if (++puts > ok) throw error;
    return put.apply(this, args);
  };
  try {
    return await run();
  } finally {
    IDBObjectStore.prototype.put = put;
  }
}
