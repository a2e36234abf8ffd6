import { webcrypto } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCorrection, saveCorrection } from '../../lib/store/corrections';
import type { FootnoteDb } from '../../lib/store/db';
import { addFeed, checkFeedUrl, refreshFeeds, removeFeed } from '../../lib/store/feeds';
import { applySeeds } from '../../lib/store/seed';
import { signPayload, toBase64, verifyEnvelope } from '../../lib/store/sign';
import { freshDb, snapshot, withFailingPuts } from '../support/db';
import { loadSeeds, makeCorrection } from '../support/seeds';

const URL_A = 'https://feeds.example/corrections.json';
const seeds = loadSeeds();
let db: FootnoteDb;
const draft = (id: string, summary = 'From the feed.') => {
  const { source: _s, createdAt: _c, updatedAt: _u, ...rest } = makeCorrection({ id, summary: { en: summary } });
  return rest;
};
const pack = (...corrections: unknown[]) => JSON.stringify({ format: 'footnote-corrections', formatVersion: 1, corrections });

type Reply = { status?: number; body?: string; type?: string; headers?: Record<string, string>; hang?: boolean; stream?: () => ReadableStream<Uint8Array>; fail?: Error };
function fakeFetch(replies: Reply[], seen: Array<Record<string, string>> = []): typeof fetch {
  return (async (_url: string, init: RequestInit) => {
    seen.push({ ...(init.headers as Record<string, string>) });
    const r = replies.shift() ?? { status: 500 };
    if (r.hang) {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(Object.assign(new Error('timeout'), { name: 'TimeoutError' }))));
    }
    if (r.fail) throw r.fail;
    if (r.stream) return new Response(r.stream(), { status: r.status ?? 200, headers: { 'content-type': r.type ?? 'application/json', ...r.headers } });
    return new Response(r.status === 304 ? null : (r.body ?? ''), { status: r.status ?? 200, headers: { 'content-type': r.type ?? 'application/json', ...r.headers } });
  }) as typeof fetch;
}

/** `chunks` chunks of `size` bytes of JSON-looking text, as fast as they are read. */
function endless(size: number, chunks: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('['.padEnd(size, ' '));
  let sent = 0;
  return new ReadableStream({ pull: (c) => (sent++ < chunks ? c.enqueue(chunk) : c.close()) });
}

/** One byte, then nothing more. */
function trickle(): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({ pull: (c) => (sent ? new Promise(() => undefined) : ((sent = true), c.enqueue(new Uint8Array([0x7b])))) });
}

beforeEach(async () => {
  db = await freshDb();
  await applySeeds(db, seeds);
});

describe('feed URLs', () => {
  it('accepts https and local http only', () => {
    expect(checkFeedUrl('https://x.example/f.json')).toBeNull();
    expect(checkFeedUrl('http://127.0.0.1:8080/f.json')).toBeNull();
    expect(checkFeedUrl('http://localhost/f.json')).toBeNull();
    expect(checkFeedUrl('http://x.example/f.json')).toMatch(/https/);
    expect(checkFeedUrl('file:///etc/passwd')).toMatch(/https/);
    expect(checkFeedUrl('not a url')).toMatch(/not a URL/);
  });
});

describe('subscribing and refreshing', () => {
  it('imports the feed, then asks with If-None-Match / If-Modified-Since and keeps records on 304', async () => {
    const seen: Array<Record<string, string>> = [];
    const fetch = fakeFetch([{ body: pack(draft('feed-one'), draft('feed-two')), headers: { etag: '"v1"', 'last-modified': 'Mon, 05 Aug 2024 10:00:00 GMT' } }, { status: 304 }], seen);
    const status = await addFeed(db, URL_A, undefined, { fetch });
    expect(status).toMatchObject({ count: 2, etag: '"v1"', lastError: undefined });
    expect(await getCorrection(db, 'feed-one')).toMatchObject({ source: 'feed', feedUrl: URL_A });
    const [again] = await refreshFeeds(db, undefined, { fetch });
    expect(seen[1]).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Mon, 05 Aug 2024 10:00:00 GMT' });
    expect(again).toMatchObject({ count: 2, lastError: undefined });
  });

  it('an update replaces the feed’s records, drops those it no longer has, and keeps the user’s edits', async () => {
    await addFeed(db, URL_A, undefined, { fetch: fakeFetch([{ body: pack(draft('feed-one'), draft('feed-two')) }]) });
    await saveCorrection(db, { ...(await getCorrection(db, 'feed-two'))!, summary: { en: 'My own wording.' } });
    await refreshFeeds(db, undefined, { fetch: fakeFetch([{ body: pack(draft('feed-two', 'Feed changed it.'), draft('feed-three')) }]) });
    expect(await getCorrection(db, 'feed-one')).toBeNull();
    expect((await getCorrection(db, 'feed-two'))?.summary.en).toBe('My own wording.');
    expect(await getCorrection(db, 'feed-three')).not.toBeNull();
  });

  it('amends and retires shipped corrections, which stay so through a new release\'s seeding; the user\'s edit still wins', async () => {
    const [amended, retired, edited] = ['sora-unreleased-2024', 'openai-5b-loss-estimate', 'goldman-ai-bubble-misread'].map((id) => seeds.find((c) => c.id === id)!);
    await saveCorrection(db, { ...edited, summary: { en: 'My wording.' } });
    const { source: _s, createdAt: _c, updatedAt: _u, ...rest } = amended;
    const body = JSON.stringify({ format: 'footnote-corrections', formatVersion: 1, corrections: [{ ...rest, version: amended.version + 1, summary: { en: 'Amended by the feed.' } }], retire: [retired.id, edited.id] });
    await addFeed(db, URL_A, undefined, { fetch: fakeFetch([{ body }]) });
    const check = async () => {
      expect(await getCorrection(db, amended.id)).toMatchObject({ source: 'feed', summary: { en: 'Amended by the feed.' } });
      expect(await getCorrection(db, retired.id)).toBeNull();
      expect((await getCorrection(db, edited.id))?.summary.en).toBe('My wording.');
    };
    await check();
    await applySeeds(db, seeds); // an update of Footnote seeds the store again
    await check();
  });

  it('refuses a pack whose "retire" is not a list of ids, and changes nothing', async () => {
    const corrections = async () => JSON.parse(await snapshot(db)).corrections;
    const before = await corrections();
    const body = JSON.stringify({ format: 'footnote-corrections', formatVersion: 1, corrections: [], retire: 'sora-unreleased-2024' });
    const status = await addFeed(db, URL_A, undefined, { fetch: fakeFetch([{ body }]) });
    expect(status.lastError).toMatch(/"retire" must be an array of correction ids/);
    expect(before.length).toBeGreaterThan(0);
    expect(await corrections()).toEqual(before);
  });

  it('unsubscribing removes the feed and its records, except edited ones', async () => {
    await addFeed(db, URL_A, undefined, { fetch: fakeFetch([{ body: pack(draft('feed-one'), draft('feed-two')) }]) });
    await saveCorrection(db, { ...(await getCorrection(db, 'feed-two'))!, summary: { en: 'Mine now.' } });
    await removeFeed(db, URL_A);
    expect(await getCorrection(db, 'feed-one')).toBeNull();
    expect(await getCorrection(db, 'feed-two')).not.toBeNull();
    expect(await db.getAll('feeds')).toEqual([]);
  });
});

describe('a failing feed changes nothing and says why', () => {
  const failures: Array<[string, Reply, RegExp]> = [
    ['times out', { hang: true }, /did not answer in time/],
    ['returns 404', { status: 404 }, /HTTP 404/],
    ['returns 500', { status: 500 }, /HTTP 500/],
    ['returns HTML instead of JSON', { body: '<html><body>Login</body></html>', type: 'text/html' }, /HTML/],
    ['returns JSON of the wrong shape', { body: '{"items": []}' }, /none of them/],
    ['sends more than 20 MB without saying so (no content-length)', { stream: () => endless(1 << 20, 30) }, /larger than 20 MB/],
    ['sends a body that stops arriving', { stream: () => trickle() }, /did not answer in time/],
    ['redirects in a loop (fetch gives up after 20 redirects)', { fail: new TypeError('Failed to fetch: redirect count exceeded') }, /could not be reached/],
  ];
  it.each(failures)('%s', async (_, reply, message) => {
    await addFeed(db, URL_A, undefined, { fetch: fakeFetch([{ body: pack(draft('feed-one')) }]) });
    const before = await snapshot(db);
    const [status] = await refreshFeeds(db, undefined, { fetch: fakeFetch([reply]), timeoutMs: 50 });
    expect(status.lastError).toMatch(message);
    const after = JSON.parse(await snapshot(db));
    const was = JSON.parse(before);
    expect(after.corrections).toEqual(was.corrections);
  });
});

describe('a feed refresh interrupted half-way', () => {
  it('leaves the store as it was: the refresh writes in one transaction', async () => {
    await addFeed(db, URL_A, undefined, { fetch: fakeFetch([{ body: pack(draft('feed-one')) }]) });
    const before = await snapshot(db);
    const update = pack(draft('feed-one', 'Changed.'), draft('feed-two'), draft('feed-three'), draft('feed-four'));
    await expect(withFailingPuts(2, new DOMException('The worker went away.', 'AbortError'), () => refreshFeeds(db, undefined, { fetch: fakeFetch([{ body: update }]) }))).rejects.toThrow();
    expect(JSON.parse(await snapshot(db)).corrections).toEqual(JSON.parse(before).corrections);
  });
});

describe('signed feeds', () => {
  const subtle = webcrypto.subtle as unknown as SubtleCrypto;
  async function keys() {
    const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    return { pair, publicKey: toBase64(new Uint8Array(await subtle.exportKey('raw', pair.publicKey))) };
  }

  it('accepts a pack signed with the pinned key', async () => {
    const { pair, publicKey } = await keys();
    const envelope = await signPayload(pack(draft('signed-one')), pair.privateKey, subtle);
    expect(await verifyEnvelope(envelope, publicKey, subtle)).toBe(true);
    const status = await addFeed(db, URL_A, publicKey, { fetch: fakeFetch([{ body: JSON.stringify(envelope) }]) });
    expect(status).toMatchObject({ count: 1, lastError: undefined });
  });

  it.each([
    ['a tampered payload', async (e: { payload: string }) => ({ ...e, payload: e.payload.replace('From the feed.', 'Tampered.') })],
    ['another key’s signature', async (e: unknown, other: CryptoKey) => signPayload(pack(draft('signed-one')), other, subtle)],
    ['an unsigned pack', async () => JSON.parse(pack(draft('signed-one')))],
  ])('rejects %s', async (_, mutate) => {
    const { pair, publicKey } = await keys();
    const other = (await keys()).pair.privateKey;
    const envelope = await signPayload(pack(draft('signed-one')), pair.privateKey, subtle);
    const body = JSON.stringify(await mutate(envelope as never, other));
    const before = JSON.parse(await snapshot(db)).corrections;
    const status = await addFeed(db, URL_A, publicKey, { fetch: fakeFetch([{ body }]) });
    expect(status.lastError).toMatch(/signature|not signed/);
    expect(JSON.parse(await snapshot(db)).corrections).toEqual(before);
  });

  it('refuses a malformed public key at subscription', async () => {
    await expect(addFeed(db, URL_A, 'abc', { fetch: fakeFetch([]) })).rejects.toThrow(/32 bytes|base64/);
  });
});
