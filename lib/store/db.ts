/**
 * The IndexedDB store. Versions are upgraded step by step; a step never drops user data.
 *   v1  corrections (by id, index: topic)
 *   v2  + indexes source, updatedAt and triggerKeys (multi-entry: the trigger lookup);
 *       + stores feeds, meta (last update), tombstones (deleted seeds stay deleted)
 *   v3  + products (the product timeline, by id, index: source)
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { triggerKeys } from '../detect/triggerIndex';
import type { Correction } from '../schema/correction';
import type { ProductRecord } from '../schema/timeline';
import type { FeedStatus } from './types';

export const DB_NAME = 'footnote';
export const DB_VERSION = 3;

export type StoredCorrection = Correction & { triggerKeys: string[] };

export interface FootnoteDB extends DBSchema {
  corrections: {
    key: string;
    value: StoredCorrection;
    indexes: { topic: string; source: string; updatedAt: string; triggerKeys: string };
  };
  feeds: { key: string; value: FeedStatus };
  meta: { key: string; value: string };
  tombstones: { key: string; value: { id: string; deletedAt: string } };
  products: { key: string; value: ProductRecord; indexes: { source: string } };
}

export type FootnoteDb = IDBPDatabase<FootnoteDB>;
type UpgradeTx = IDBPTransaction<FootnoteDB, StoreNames<FootnoteDB>[], 'versionchange'>;

export function toStored(c: Correction): StoredCorrection {
  return { ...c, triggerKeys: triggerKeys(c) };
}

export function fromStored(s: StoredCorrection): Correction {
  const { triggerKeys: _keys, ...c } = s;
  return c;
}

function upgradeToV1(db: FootnoteDb): void {
  const corrections = db.createObjectStore('corrections', { keyPath: 'id' });
  corrections.createIndex('topic', 'topic');
}

async function upgradeToV2(db: FootnoteDb, tx: UpgradeTx): Promise<void> {
  const corrections = tx.objectStore('corrections');
  corrections.createIndex('source', 'source');
  corrections.createIndex('updatedAt', 'updatedAt');
  corrections.createIndex('triggerKeys', 'triggerKeys', { multiEntry: true });
  db.createObjectStore('feeds', { keyPath: 'url' });
  db.createObjectStore('meta');
  db.createObjectStore('tombstones', { keyPath: 'id' });
  // Records written by v1 get their trigger keys; nothing else about them changes.
  for (let cursor = await corrections.openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update({ ...cursor.value, triggerKeys: triggerKeys(cursor.value) });
  }
}

function upgradeToV3(db: FootnoteDb): void {
  db.createObjectStore('products', { keyPath: 'id' }).createIndex('source', 'source');
}

export const UPGRADES: Array<(db: FootnoteDb, tx: UpgradeTx) => void | Promise<void>> = [upgradeToV1, upgradeToV2, upgradeToV3];

let opening: Promise<FootnoteDb> | undefined;

/** Opens (and upgrades) the database; one connection per context. */
export function openStore(name = DB_NAME, version = DB_VERSION): Promise<FootnoteDb> {
  if (name === DB_NAME && version === DB_VERSION && opening) return opening;
  const promise = openDB<FootnoteDB>(name, version, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) await UPGRADES[v](db, tx);
    },
    blocking() {
      // A newer version wants to upgrade: let it.
      void promise.then((db) => db.close());
      if (name === DB_NAME) opening = undefined;
    },
  });
  if (name === DB_NAME && version === DB_VERSION) opening = promise;
  return promise;
}

/** Tests give each case a fresh IDBFactory; the cached connection must go with it. */
export function forgetConnection(): void {
  opening = undefined;
}
