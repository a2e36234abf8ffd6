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
  return JSON.stringify({ corrections, tombstones, feeds });
}
