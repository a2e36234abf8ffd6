import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { correctionsByTopic, correctionsByTriggers, deleteCorrection, getCorrection, listCorrections, restoreCorrection, saveCorrection, storeStatus } from '../../lib/store/corrections';
import { DB_VERSION, forgetConnection, openStore, UPGRADES, type FootnoteDb } from '../../lib/store/db';
import { applySeeds } from '../../lib/store/seed';
import { freshDb } from '../support/db';
import { loadSeeds, makeCorrection } from '../support/seeds';

const seeds = loadSeeds();
let db: FootnoteDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('upgrades', () => {
  it('opens a database written by version 1 and keeps every record, the user’s included', async () => {
    globalThis.indexedDB = new IDBFactory();
    forgetConnection();
    const userOwn = makeCorrection({ id: 'my-own', source: 'user' });
    const editedSeed = { ...seeds[0], userEdited: true, summary: { en: 'My wording of it.' }, version: 2 };
    const plainSeed = seeds[1];
    // Version 1 as it shipped: one store, one index, records without trigger keys.
    const v1 = await openDB('footnote', 1, { upgrade: (d, _o, _n, tx) => UPGRADES[0](d as never, tx as never) });
    for (const c of [userOwn, editedSeed, plainSeed]) await v1.put('corrections', c);
    v1.close();

    const current = await openStore();
    expect(current.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(3);
    for (const before of [userOwn, editedSeed, plainSeed]) expect(await getCorrection(current, before.id)).toEqual(before);
    expect((await correctionsByTriggers(current, ['widget'])).get('widget')!.map((c) => c.id)).toEqual(['my-own']);
    expect(await current.getAll('feeds')).toEqual([]);
    expect(await current.getAll('products')).toEqual([]); // v3's store, empty until seeded
    current.close();
  });
});

describe('seeding', () => {
  it('installs the seeds once and reports nothing new the second time', async () => {
    expect(await applySeeds(db, seeds)).toMatchObject({ added: seeds.length, updated: 0 });
    expect(await applySeeds(db, seeds)).toMatchObject({ added: 0, updated: 0, kept: seeds.length });
  });

  it('never overwrites a seed the user edited, nor brings back one the user deleted', async () => {
    await applySeeds(db, seeds);
    const [first, second] = seeds;
    const edit = await saveCorrection(db, { ...first, summary: { en: 'Edited by me.' } });
    expect(edit.ok).toBe(true);
    await deleteCorrection(db, second.id);
    const update = seeds.map((s) => ({ ...s, version: s.version + 1, summary: { ...s.summary, en: 'New release text.' } }));
    await applySeeds(db, update);
    expect((await getCorrection(db, first.id))?.summary.en).toBe('Edited by me.');
    expect(await getCorrection(db, second.id)).toBeNull();
    expect((await getCorrection(db, seeds[2].id))?.summary.en).toBe('New release text.');
  });

  it('reset restores shipped seeds and leaves the user’s own corrections alone', async () => {
    await applySeeds(db, seeds);
    await saveCorrection(db, { ...seeds[0], summary: { en: 'Edited.' } });
    await deleteCorrection(db, seeds[1].id);
    await saveCorrection(db, makeCorrection({ id: 'mine' }));
    await applySeeds(db, seeds, { reset: true });
    expect((await getCorrection(db, seeds[0].id))?.summary.en).toBe(seeds[0].summary.en);
    expect(await getCorrection(db, seeds[1].id)).not.toBeNull();
    expect(await getCorrection(db, 'mine')).not.toBeNull();
  });

  it('removes seeds a release stops shipping, unless the user edited them', async () => {
    await applySeeds(db, seeds);
    await saveCorrection(db, { ...seeds[0], summary: { en: 'Kept.' } });
    await applySeeds(db, seeds.slice(2));
    expect(await getCorrection(db, seeds[0].id)).not.toBeNull();
    expect(await getCorrection(db, seeds[1].id)).toBeNull();
  });
});

describe('queries', () => {
  beforeEach(async () => {
    await applySeeds(db, seeds, { now: '2024-01-01T00:00:00.000Z' });
  });
  it('by id, topic and trigger', async () => {
    expect((await getCorrection(db, 'goldman-ai-bubble-misread'))?.topic).toBe('goldman-ai-bubble');
    expect((await correctionsByTopic(db, 'sora-unreleased')).length).toBeGreaterThanOrEqual(2);
    const byTrigger = await correctionsByTriggers(db, ['高盛', 'sora', 'nothing-like-it']);
    expect(byTrigger.get('高盛')!.map((c) => c.id).sort()).toEqual(['goldman-ai-bubble-misread', 'goldman-ai-spend-wont-pay-off']);
    expect(byTrigger.get('nothing-like-it')).toEqual([]);
    const both = await correctionsByTriggers(db, ['chatgpt', 'openai']);
    const sameRecord = (k: string) => both.get(k)!.find((c) => c.id === 'chatgpt-traffic-misread-2024');
    expect(sameRecord('chatgpt')).toBe(sameRecord('openai'));
  });
  it('a filtered, paged list with the total', async () => {
    const page1 = await listCorrections(db, { topic: 'traffic-chart', limit: 2 });
    const page2 = await listCorrections(db, { topic: 'traffic-chart', limit: 2, offset: 2 });
    expect(page1.total).toBe(seeds.filter((s) => s.topic === 'traffic-chart').length);
    expect(page1.items).toHaveLength(2);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
    expect((await listCorrections(db, { text: 'sora', verdict: 'false' })).items.map((c) => c.id).sort()).toEqual(['sora-never-released', 'sora-unreleased-after-launch']);
  });
  it('lists what is due for review; the shipped store was reviewed on 2026-12-07, so nothing of it is due then', async () => {
    expect(seeds.every((c) => c.reviewBy && c.reviewBy > '2026-12-07')).toBe(true);
    expect((await listCorrections(db, { dueBy: '2026-12-07' })).total).toBe(0);
    const dueInMarch = await listCorrections(db, { dueBy: '2027-03-01', limit: 100 });
    expect(dueInMarch.total).toBeGreaterThan(0);
    expect(new Set(dueInMarch.items.map((c) => c.topic))).toEqual(new Set(['chatgpt-traffic-decline', 'traffic-chart']));
    await saveCorrection(db, makeCorrection({ id: 'mine-overdue', reviewBy: '2025-01-01' }), '2025-05-05T00:00:00.000Z');
    expect((await listCorrections(db, { dueBy: '2026-12-07' })).items.map((c) => c.id)).toEqual(['mine-overdue']);
  });
  it('counts by source and the last update time', async () => {
    await saveCorrection(db, makeCorrection({ id: 'mine' }), '2025-05-05T00:00:00.000Z');
    const status = await storeStatus(db);
    expect(status).toMatchObject({ count: seeds.length + 1, bySource: { seed: seeds.length, user: 1, file: 0, feed: 0 }, lastUpdated: '2025-05-05T00:00:00.000Z' });
  });
});

describe('editing', () => {
  it('rejects an invalid edit with the field and changes nothing', async () => {
    await applySeeds(db, seeds);
    const before = await getCorrection(db, seeds[0].id);
    const r = await saveCorrection(db, { ...seeds[0], verdict: 'nonsense' });
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'verdict' }] });
    expect(await getCorrection(db, seeds[0].id)).toEqual(before);
  });
  it('undo of a delete puts the record back as it was', async () => {
    await saveCorrection(db, makeCorrection({ id: 'mine' }));
    const deleted = (await deleteCorrection(db, 'mine'))!;
    await restoreCorrection(db, deleted);
    expect(await getCorrection(db, 'mine')).toEqual(deleted);
  });
});
