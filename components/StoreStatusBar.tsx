import type { Strings } from '../lib/i18n/strings';
import type { StoreStatus } from '../lib/store/types';

export interface StoreStatusBarProps {
  store: StoreStatus | null;
  updating: boolean;
  t: Strings;
  actions: { updateNow(): void; openOptions(): void };
}

/** How many corrections, how fresh, and whether any feed is failing. */
export function StoreStatusBar({ store, updating, t, actions }: StoreStatusBarProps) {
  const failing = store?.feeds.filter((f) => f.lastError) ?? [];
  return (
    <footer class="store">
      {store && (
        <p class="store-line">
          <span data-testid="store-count">{t.storeCount(store.count)}</span> · {t.lastUpdate}: {store.lastUpdated ? store.lastUpdated.slice(0, 16).replace('T', ' ') : t.never}
        </p>
      )}
      {failing.length > 0 && (
        <ul class="feed-errors" aria-label={t.feedErrors}>
          {failing.map((f) => (
            <li key={f.url}>
              {f.url}: {f.lastError}
            </li>
          ))}
        </ul>
      )}
      <div class="store-actions">
        <button type="button" class="secondary" disabled={updating} onClick={() => actions.updateNow()}>
          {updating ? t.updating : t.updateNow}
        </button>
        <button type="button" class="secondary" onClick={() => actions.openOptions()}>
          {t.options}
        </button>
      </div>
    </footer>
  );
}
