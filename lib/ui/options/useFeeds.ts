/**
 * Feed subscriptions. Subscribing first asks for the feed's site (an optional host permission):
 * the request must run inside the click that asked for it, before anything is awaited.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FeedsSectionProps } from '../../../components/options/FeedsSection';
import type { Notice } from '../../../components/options/Notice';
import type { OptionsStrings } from '../../i18n/optionsStrings';
import { sendMessage } from '../../messages';
import type { FeedStatus } from '../../store/types';

/** How long to wait for the answer to the permission prompt before subscribing anyway. */
const PERMISSION_WAIT_MS = 4000;

/**
 * The match pattern to ask for a feed's site, or null when the manifest's optional host
 * permissions (wxt.config.ts) could not grant it: then `addFeed` says what is wrong at once.
 * Without the port: Firefox's match patterns take none, and one without a port covers all.
 */
export function sitePattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const local = u.hostname === '127.0.0.1' || u.hostname === 'localhost';
  return u.protocol === 'https:' || (u.protocol === 'http:' && local) ? `${u.protocol}//${u.hostname}/*` : null;
}

export function useFeeds(t: OptionsStrings, onChanged: () => void) {
  const [feeds, setFeeds] = useState<FeedStatus[] | null>(null);
  const [url, setUrl] = useState('');
  const [publicKey, setKey] = useState('');
  const [busy, setBusy] = useState<FeedsSectionProps['busy']>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const f = t.feeds;
  const fail = (e: unknown, before = '') => setNotice({ kind: 'error', text: `${before}${t.common.failed((e as Error).message)}` });

  const load = async () => {
    try {
      setFeeds(await sendMessage('listFeeds', undefined));
    } catch (e) {
      fail(e);
    }
  };
  useEffect(() => void load(), []);

  const actions = {
    setUrl,
    setKey,
    add: () => {
      const target = url.trim();
      const pattern = sitePattern(target);
      // Called synchronously from the click: browsers grant permission requests only there.
      const asked: Promise<boolean> = pattern ? browser.permissions.request({ origins: [pattern] }).catch(() => false) : Promise.resolve(true);
      const refusal = (granted: boolean | undefined) => (granted === false && pattern ? `${f.refused(pattern.slice(0, -2))} ` : '');
      const report = (feed: FeedStatus, granted: boolean | undefined) =>
        setNotice(feed.lastError ? { kind: 'error', text: `${refusal(granted)}${f.addedFailing(feed.url, feed.lastError)}` } : { kind: 'ok', text: `${refusal(granted)}${f.added(feed.url)}` });
      setBusy({ kind: 'add' });
      void (async () => {
        // A prompt nobody answers (a headless browser, a user who walked away) must not hold the
        // subscription: after a while, subscribe anyway and fetch again once access is granted.
        const early = await Promise.race([asked, new Promise<undefined>((resolve) => setTimeout(resolve, PERMISSION_WAIT_MS))]);
        let feed: FeedStatus | undefined;
        try {
          feed = await sendMessage('addFeed', { url: target, publicKey: publicKey.trim() || undefined });
          report(feed, early);
          setUrl('');
          setKey('');
          onChanged();
        } catch (e) {
          fail(e, refusal(early));
        } finally {
          setBusy(null);
          await load();
        }
        if (early !== undefined || !feed) return;
        const granted = await asked;
        const again = granted ? (await sendMessage('updateFeeds', feed.url).catch(() => []))[0] : undefined;
        report(again ?? feed, granted);
        if (again) onChanged();
        await load();
      })();
    },
    remove: async (feedUrl: string) => {
      try {
        await sendMessage('removeFeed', feedUrl);
        setNotice({ kind: 'ok', text: f.removed(feedUrl) });
        onChanged();
      } catch (e) {
        fail(e);
      }
      await load();
    },
    update: async (feedUrl?: string) => {
      setBusy({ kind: 'update', url: feedUrl ?? '' });
      try {
        const updated = await sendMessage('updateFeeds', feedUrl);
        const failing = updated.filter((feed) => feed.lastError);
        setNotice(failing.length ? { kind: 'error', text: [f.updated, ...failing.map((feed) => `${feed.url}: ${feed.lastError}`)].join(' ') } : { kind: 'ok', text: f.updated });
        onChanged();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(null);
      }
      await load();
    },
  };

  return { state: { feeds, url, publicKey, busy, notice }, actions };
}
