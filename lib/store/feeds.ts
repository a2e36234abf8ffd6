/**
 * Feed subscriptions: a URL (https, or a local address for testing) that serves a corrections
 * pack or ClaimReview data, optionally signed with a pinned Ed25519 key. Refreshed daily by an
 * alarm and on demand, with conditional requests. A failed refresh changes no record; the
 * feed's status says what went wrong.
 */
import { browser } from 'wxt/browser';
import { fromStored, type FootnoteDb } from './db';
import { applyPlan, ImportError, MAX_IMPORT_BYTES, parseImport } from './exchange';
import { checkPublicKey, isEnvelope, verifyEnvelope } from './sign';
import type { FeedStatus } from './types';

export const FEED_ALARM = 'footnote-feeds';
export const FEED_TIMEOUT_MS = 15000;

export interface FeedDeps {
  fetch?: typeof fetch;
  now?: () => string;
  timeoutMs?: number;
}

/** Returns why a URL cannot be a feed, or null. */
export function checkFeedUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'This is not a URL.';
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost')) return null;
  return 'Feeds must use https:// (http:// only for 127.0.0.1 or localhost).';
}

export async function scheduleFeeds(): Promise<void> {
  await browser.alarms.create(FEED_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
}

export async function listFeeds(db: FootnoteDb): Promise<FeedStatus[]> {
  return db.getAll('feeds');
}

export async function addFeed(db: FootnoteDb, url: string, publicKey?: string, deps: FeedDeps = {}): Promise<FeedStatus> {
  const urlError = checkFeedUrl(url);
  if (urlError) throw new Error(urlError);
  const key = publicKey?.trim() || undefined;
  if (key) {
    const keyError = checkPublicKey(key);
    if (keyError) throw new Error(keyError);
  }
  const now = deps.now?.() ?? new Date().toISOString();
  const feed: FeedStatus = { url, publicKey: key, addedAt: now, count: 0 };
  await db.put('feeds', feed);
  return refreshFeed(db, feed, deps);
}

/** Unsubscribe: the feed's records go too, except those the user edited. */
export async function removeFeed(db: FootnoteDb, url: string): Promise<void> {
  const tx = db.transaction(['feeds', 'corrections', 'meta'], 'readwrite');
  await tx.objectStore('feeds').delete(url);
  const store = tx.objectStore('corrections');
  for (const s of await store.index('source').getAll('feed')) if (s.feedUrl === url && !s.userEdited) await store.delete(s.id);
  await tx.objectStore('meta').put(new Date().toISOString(), 'lastUpdated');
  await tx.done;
}

async function download(feed: FeedStatus, deps: FeedDeps): Promise<{ text?: string; etag?: string; lastModified?: string }> {
  const headers: Record<string, string> = { Accept: 'application/json, application/ld+json' };
  if (feed.etag) headers['If-None-Match'] = feed.etag;
  if (feed.lastModified) headers['If-Modified-Since'] = feed.lastModified;
  let response: Response;
  const signal = AbortSignal.timeout(deps.timeoutMs ?? FEED_TIMEOUT_MS);
  try {
    response = await (deps.fetch ?? fetch)(feed.url, { headers, credentials: 'omit', signal });
  } catch (e) {
    const name = (e as Error).name;
    throw new ImportError(name === 'TimeoutError' || name === 'AbortError' ? 'The feed did not answer in time.' : `The feed could not be reached (${(e as Error).message}).`);
  }
  if (response.status === 304) return {};
  if (!response.ok) throw new ImportError(`The feed answered HTTP ${response.status}.`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_IMPORT_BYTES) throw new ImportError('The feed is larger than 20 MB.');
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type)) throw new ImportError('The feed sent a web page (HTML), not JSON.');
  const text = await readCapped(response, MAX_IMPORT_BYTES, signal);
  return { text, etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
}

/**
 * The body, read as it arrives and given up past `max` bytes: a feed that announces no length, or
 * a false one, cannot make the extension hold more than that. (A body that trickles in is cut by
 * the request's timeout, which also covers reading it.)
 */
async function readCapped(response: Response, max: number, signal: AbortSignal): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // The request's timeout covers reading the body too, whether or not the stream honours it.
  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(Object.assign(new Error('timeout'), { name: 'TimeoutError' }));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        throw new ImportError('The feed is larger than 20 MB.');
      }
      chunks.push(value);
    }
  } catch (e) {
    void reader.cancel().catch(() => undefined);
    if (e instanceof ImportError) throw e;
    const name = (e as Error).name;
    throw new ImportError(name === 'TimeoutError' || name === 'AbortError' ? 'The feed did not answer in time.' : `The feed could not be read (${(e as Error).message}).`);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** The pack's text, after checking the signature a pinned key demands. */
async function unwrap(text: string, feed: FeedStatus): Promise<string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined; // parseImport gives the precise error
  }
  if (isEnvelope(json)) {
    if (!feed.publicKey) return json.payload;
    if (!(await verifyEnvelope(json, feed.publicKey))) throw new ImportError('The feed signature does not match its pinned key: nothing was changed.');
    return json.payload;
  }
  if (feed.publicKey) throw new ImportError('The feed is not signed, but this subscription requires a signature.');
  return text;
}

export async function refreshFeed(db: FootnoteDb, feed: FeedStatus, deps: FeedDeps = {}): Promise<FeedStatus> {
  const now = deps.now?.() ?? new Date().toISOString();
  const status: FeedStatus = { ...feed, lastAttempt: now };
  try {
    const got = await download(feed, deps);
    if (got.text !== undefined) {
      const payload = await unwrap(got.text, feed);
      const reference = (await db.getAllFromIndex('corrections', 'source', 'seed')).map(fromStored);
      const plan = parseImport(payload, { source: 'feed', feedUrl: feed.url, now, reference });
      await applyPlan(db, plan, { feedUrl: feed.url, now });
      status.etag = got.etag;
      status.lastModified = got.lastModified;
      status.lastError = plan.invalid.length ? `${plan.invalid.length} record(s) in the feed were invalid and skipped (first: record ${plan.invalid[0].index}, ${plan.invalid[0].path}: ${plan.invalid[0].message}).` : undefined;
    } else status.lastError = undefined;
    status.lastSuccess = now;
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    status.lastError = e.message;
  }
  status.count = (await db.getAllFromIndex('corrections', 'source', 'feed')).filter((s) => s.feedUrl === feed.url).length;
  if (await db.get('feeds', feed.url)) await db.put('feeds', status);
  return status;
}

export async function refreshFeeds(db: FootnoteDb, url?: string, deps: FeedDeps = {}): Promise<FeedStatus[]> {
  const feeds = (await listFeeds(db)).filter((f) => !url || f.url === url);
  const out: FeedStatus[] = [];
  for (const f of feeds) out.push(await refreshFeed(db, f, deps));
  return out;
}
