/**
 * The product timeline in the store: seeded, edited, imported, exported and fed like the
 * corrections, each product's address moves kept in step as corrections, nothing half-written.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CorrectionIndex, checkWithIndex } from '../../lib/engine';
import { seedStore } from '../../lib/background/ready';
import type { Product } from '../../lib/schema/timeline';
import { allCorrections, getCorrection } from '../../lib/store/corrections';
import type { FootnoteDb } from '../../lib/store/db';
import { commitImport, exportStore, previewImport } from '../../lib/store/exchange';
import { addFeed, refreshFeeds } from '../../lib/store/feeds';
import { allProducts, applyProductSeeds, deleteProduct, getProduct, saveProduct } from '../../lib/store/products';
import { shippedTimeline, writtenSeeds } from '../../lib/timeline/shipped';
import { freshDb, snapshot, withFailingPuts } from '../support/db';

const timeline = shippedTimeline();
const texts = timeline.breakTexts;
let db: FootnoteDb;
beforeEach(async () => {
  db = await freshDb();
  await seedStore(db, writtenSeeds(), timeline);
});

const breaksOf = async (productId: string) => (await allCorrections(db)).filter((c) => c.product === productId && c.topic === 'measurement-break').map((c) => c.id).sort();
const judge = async (text: string, published: string) =>
  checkWithIndex({ blocks: [{ text, kind: 'text' }], published }, new CorrectionIndex(await allCorrections(db)), '2026-12-07').map((f) => f.correctionId);

/** A product of a user's own: a chatbot that moved from an old address to a new one. */
const widgetBot = (over: Partial<Product> = {}): Product => ({
  id: 'widgetbot',
  version: 1,
  name: { en: 'WidgetBot' },
  reviewBy: '2027-06-01',
  events: [
    {
      id: 'moved',
      kind: 'move',
      date: '2025-03-01',
      from: 'chat.widgetbot.example',
      to: 'widgetbot.example',
      redirect: true,
      text: { en: 'WidgetBot moved to widgetbot.example.' },
      evidence: [{ title: 'We moved', publisher: 'WidgetBot blog', url: 'https://widgetbot.example/moved', date: '2025-03-01' }],
    },
  ],
  ...over,
});
const pack = (products: unknown[], corrections: unknown[] = []) => JSON.stringify({ format: 'footnote-corrections', formatVersion: 1, corrections, products });

describe('seeding the timeline', () => {
  it('stores every shipped product and the corrections their moves yield, once', async () => {
    expect((await allProducts(db)).length).toBe(timeline.products.length);
    expect(await breaksOf('qwen')).toEqual(['break-qwen-qianwen.aliyun.com', 'break-qwen-tongyi.aliyun.com', 'break-qwen-tongyi.com']);
    const before = await snapshot(db);
    await seedStore(db, writtenSeeds(), timeline);
    expect(JSON.parse(await snapshot(db)).products.map((p: Product) => p.id)).toEqual(JSON.parse(before).products.map((p: Product) => p.id));
    expect(await breaksOf('suno')).toEqual(['break-suno-suno.ai']);
  });

  it('a deleted shipped product stays deleted through a new release, with its corrections; reset brings it back', async () => {
    await deleteProduct(db, 'suno');
    expect(await getProduct(db, 'suno')).toBeNull();
    expect(await breaksOf('suno')).toEqual([]);
    await seedStore(db, writtenSeeds(), timeline);
    expect(await getProduct(db, 'suno')).toBeNull();
    expect(await breaksOf('suno')).toEqual([]);
    await seedStore(db, writtenSeeds(), timeline, { reset: true });
    expect(await breaksOf('suno')).toEqual(['break-suno-suno.ai']);
  });
});

describe('editing a product', () => {
  it('refuses an invalid product with the field named, and writes nothing', async () => {
    const before = await snapshot(db);
    const result = await saveProduct(db, { ...widgetBot(), events: [{ ...widgetBot().events[0], to: undefined }] }, texts);
    expect(result).toMatchObject({ ok: false, errors: [{ message: 'a move needs "from" and "to" addresses' }] });
    expect(await saveProduct(db, { ...widgetBot(), reviewBy: 'soon' }, texts)).toMatchObject({ ok: false, errors: [{ path: 'reviewBy' }] });
    expect(await snapshot(db)).toBe(before);
  });

  it('a product of your own: its move becomes a check at once; removing the move removes the check', async () => {
    expect(await saveProduct(db, widgetBot(), texts)).toMatchObject({ ok: true, record: { source: 'user' } });
    expect(await breaksOf('widgetbot')).toEqual(['break-widgetbot-chat.widgetbot.example']);
    expect(await judge('Visits to chat.widgetbot.example fell 50% in May, Similarweb says.', '2025-06-01')).toEqual(['break-widgetbot-chat.widgetbot.example']);
    await saveProduct(db, widgetBot({ events: [{ ...widgetBot().events[0], kind: 'rename', from: 'Widget Chat', to: 'WidgetBot' }] }), texts);
    expect(await breaksOf('widgetbot')).toEqual([]);
  });

  it('an edit of a shipped product is yours: a new release does not overwrite it', async () => {
    const suno = (await getProduct(db, 'suno'))!;
    const edited = { ...suno, reviewBy: '2027-01-15' };
    expect(await saveProduct(db, edited, texts)).toMatchObject({ ok: true, record: { source: 'seed', userEdited: true } });
    await applyProductSeeds(db, timeline.products.map((p) => ({ ...p, version: p.version + 1 })), texts);
    expect((await getProduct(db, 'suno'))!.reviewBy).toBe('2027-01-15');
    expect((await getCorrection(db, 'break-suno-suno.ai'))!.userEdited).toBe(true);
  });
});

describe('importing and exporting products', () => {
  it('previews, then imports a pack\'s products with their checks; invalid ones are listed by index and field', async () => {
    const text = pack([widgetBot(), { ...widgetBot({ id: 'broken' }), events: [] }]);
    const preview = await previewImport(db, text);
    expect(preview.products).toMatchObject({ added: ['widgetbot'] });
    expect(preview.invalid).toEqual([expect.objectContaining({ index: 1, path: 'products[1].events' })]);
    const result = await commitImport(db, text);
    expect(result).toMatchObject({ ok: true, products: { added: ['widgetbot'] } });
    expect(await getProduct(db, 'widgetbot')).toMatchObject({ source: 'file' });
    expect((await getCorrection(db, 'break-widgetbot-chat.widgetbot.example'))!.source).toBe('file');
  });

  it('refuses a pack whose "products" is not a list, and writes nothing', async () => {
    const before = await snapshot(db);
    const result = await commitImport(db, JSON.stringify({ format: 'footnote-corrections', corrections: [], products: { widgetbot: 1 } }));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/"products" must be an array/) });
    expect(await snapshot(db)).toBe(before);
  });

  it('an import that runs out of space writes no product and no correction', async () => {
    const before = await snapshot(db);
    const many = pack(Array.from({ length: 5 }, (_, i) => widgetBot({ id: `bot-${i}` })));
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const result = await withFailingPuts(4, quota, () => commitImport(db, many));
    expect(result).toMatchObject({ ok: false, written: 0 });
    expect(await snapshot(db)).toBe(before);
  });

  it('exports the products with the corrections, and the export imports again unchanged', async () => {
    await saveProduct(db, widgetBot(), texts);
    const exported = JSON.parse(await exportStore(db, 'footnote'));
    expect(exported.products.map((p: Product) => p.id)).toContain('widgetbot');
    const one = JSON.parse(await exportStore(db, 'footnote', ['break-suno-suno.ai']));
    expect(one.products.map((p: Product) => p.id)).toEqual(['suno']);
    const fresh = await freshDb();
    await commitImport(fresh, JSON.stringify(exported));
    expect((await getProduct(fresh, 'widgetbot'))!.events).toEqual(widgetBot().events);
  });
});

describe('a feed of products', () => {
  const URL = 'https://feeds.example/timeline.json';
  const reply = (body: string) => (async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;

  it('adds a product whose move becomes a check, and takes both away when the feed drops it', async () => {
    await addFeed(db, URL, undefined, { fetch: reply(pack([widgetBot()])) });
    expect(await getProduct(db, 'widgetbot')).toMatchObject({ source: 'feed', feedUrl: URL });
    expect(await judge('Traffic to chat.widgetbot.example dropped by half.', '2025-06-01')).toEqual(['break-widgetbot-chat.widgetbot.example']);
    await refreshFeeds(db, URL, { fetch: reply(pack([])) });
    expect(await getProduct(db, 'widgetbot')).toBeNull();
    expect(await breaksOf('widgetbot')).toEqual([]);
  });

  it('amends a shipped product; your own edit wins over the feed', async () => {
    const suno = (await getProduct(db, 'suno'))!;
    const { source: _s, createdAt: _c, updatedAt: _u, ...plain } = suno;
    await addFeed(db, URL, undefined, { fetch: reply(pack([{ ...plain, version: suno.version + 1, reviewBy: '2028-01-01' }])) });
    expect(await getProduct(db, 'suno')).toMatchObject({ source: 'feed', reviewBy: '2028-01-01' });
    await saveProduct(db, { ...(await getProduct(db, 'suno'))!, reviewBy: '2027-02-02' }, texts);
    await refreshFeeds(db, URL, { fetch: reply(pack([{ ...plain, version: suno.version + 2, reviewBy: '2029-01-01' }])) });
    expect((await getProduct(db, 'suno'))!.reviewBy).toBe('2027-02-02');
  });
});
