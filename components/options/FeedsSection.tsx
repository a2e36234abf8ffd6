import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import type { Lang } from '../../lib/schema/correction';
import type { FeedStatus } from '../../lib/store/types';
import { formatTime } from '../../lib/ui/options/format';
import { LiveNotice, type Notice } from './Notice';

export interface FeedsActions {
  setUrl(url: string): void;
  setKey(key: string): void;
  /** Subscribe to the URL typed in; runs in the click, so it may ask for the site's permission. */
  add(): void;
  remove(url: string): void;
  /** Fetch one feed now, or all of them. */
  update(url?: string): void;
}

export interface FeedsSectionProps {
  feeds: FeedStatus[] | null;
  url: string;
  publicKey: string;
  /** What is running: subscribing, or updating (one URL, or all when `''`). */
  busy: { kind: 'add' } | { kind: 'update'; url: string } | null;
  notice: Notice;
  lang: Lang;
  t: OptionsStrings;
  actions: FeedsActions;
}

function FeedItem({ feed, busy, lang, t, actions }: { feed: FeedStatus; busy: FeedsSectionProps['busy']; lang: Lang; t: OptionsStrings; actions: FeedsActions }) {
  const f = t.feeds;
  const state = feed.lastError ? 'error' : feed.lastSuccess ? 'ok' : 'pending';
  const updating = busy?.kind === 'update' && (busy.url === '' || busy.url === feed.url);
  const label = (action: string) => t.list.rowAction(action, feed.url);
  return (
    <li class={`feed feed-${state}`} data-url={feed.url} data-state={state}>
      <p class="feed-head">
        <code class="feed-url">{feed.url}</code>{' '}
        <span class={`feed-state feed-state-${state}`}>
          <span aria-hidden="true">{state === 'error' ? '⚠ ' : state === 'ok' ? '✓ ' : '… '}</span>
          {state === 'error' ? f.failing : state === 'ok' ? f.ok : f.pending}
        </span>
      </p>
      <dl class="facts">
        <div>
          <dt>{f.lastSuccess}</dt>
          <dd>{formatTime(feed.lastSuccess, lang, t.common.never)}</dd>
        </div>
        <div>
          <dt>{f.lastAttempt}</dt>
          <dd>{formatTime(feed.lastAttempt, lang, t.common.never)}</dd>
        </div>
        <div>
          <dt>{t.list.heading}</dt>
          <dd>{f.count(feed.count)}</dd>
        </div>
        {feed.publicKey && (
          <div>
            <dt>{f.key}</dt>
            <dd>{f.pinned}</dd>
          </div>
        )}
      </dl>
      {feed.lastError && (
        <p class="feed-last-error error-text">
          {f.lastError}: {feed.lastError}
        </p>
      )}
      <div class="row-actions">
        <button type="button" class="secondary" disabled={Boolean(busy)} aria-label={label(f.update)} onClick={() => actions.update(feed.url)}>
          {updating ? f.updating : f.update}
        </button>
        <button type="button" class="danger" disabled={Boolean(busy)} aria-label={label(f.remove)} onClick={() => actions.remove(feed.url)}>
          {f.remove}
        </button>
      </div>
    </li>
  );
}

/** Subscriptions: add one (asking for its site), see how each is doing, update or remove it. */
export function FeedsSection({ feeds, url, publicKey, busy, notice, lang, t, actions }: FeedsSectionProps) {
  const f = t.feeds;
  return (
    <section id="feeds" class="section" aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{f.heading}</h2>
      <p class="hint">{f.hint}</p>
      <form
        class="feed-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          actions.add();
        }}
      >
        <div class="field">
          <label for="feed-url">{f.url}</label>
          <input id="feed-url" type="url" data-testid="feed-url" value={url} placeholder="https://" onInput={(e) => actions.setUrl(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="feed-key">{f.key}</label>
          <p class="hint" id="feed-key-hint">
            {f.keyHint}
          </p>
          <input id="feed-key" type="text" data-testid="feed-key" value={publicKey} spellcheck={false} aria-describedby="feed-key-hint" onInput={(e) => actions.setKey(e.currentTarget.value)} />
        </div>
        <div class="form-actions">
          <button type="submit" data-testid="feed-add" disabled={Boolean(busy) || !url.trim()}>
            {busy?.kind === 'add' ? f.adding : f.add}
          </button>
        </div>
      </form>
      <LiveNotice notice={notice} />
      <h3>{f.list}</h3>
      <ul class="feeds" data-testid="feed-list" aria-busy={feeds ? undefined : true}>
        {(feeds ?? []).map((feed) => (
          <FeedItem key={feed.url} feed={feed} busy={busy} lang={lang} t={t} actions={actions} />
        ))}
      </ul>
      {feeds && feeds.length === 0 && <p class="muted">{f.none}</p>}
      {feeds && feeds.length > 0 && (
        <button type="button" class="secondary" disabled={Boolean(busy)} onClick={() => actions.update()}>
          {busy?.kind === 'update' && busy.url === '' ? f.updating : f.updateAll}
        </button>
      )}
    </section>
  );
}
