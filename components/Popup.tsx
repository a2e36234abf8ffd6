import type { Strings } from '../lib/i18n/strings';
import { isWarning, type FlagView, type TabReport } from '../lib/report';
import type { Lang } from '../lib/schema/correction';
import type { StoreStatus } from '../lib/store/types';
import { FlagDetails } from './FlagDetails';
import { StoreStatusBar } from './StoreStatusBar';
import { VerdictChip } from './VerdictChip';

export type PopupPage =
  | { kind: 'loading' }
  | { kind: 'cannot-read' }
  | { kind: 'off'; site: string }
  | { kind: 'scanning'; site: string }
  | { kind: 'nothing'; site: string }
  | { kind: 'report'; report: TabReport };

export interface PopupActions {
  showOnPage(key: string): void;
  hide(keys: string[]): void;
  unhide(keys: string[]): void;
  setSiteEnabled(enabled: boolean): void;
  updateNow(): void;
  openOptions(): void;
}

export interface PopupProps {
  page: PopupPage;
  store: StoreStatus | null;
  updating: boolean;
  /** Keys just hidden, offered for undo. */
  justHidden: string[];
  lang: Lang;
  t: Strings;
  actions: PopupActions;
}

/** Quotes shown per correction before "and N more". */
const QUOTES_SHOWN = 3;

/** Flags grouped by correction: warnings first, then in page order. */
export function groupFlags(flags: FlagView[]): FlagView[][] {
  const groups = new Map<string, FlagView[]>();
  for (const f of flags) groups.set(f.correctionId, [...(groups.get(f.correctionId) ?? []), f]);
  return [...groups.values()].sort((a, b) => Number(b.some(isWarning)) - Number(a.some(isWarning)));
}

function FlagGroup({ flags, lang, t, actions }: { flags: FlagView[]; lang: Lang; t: Strings; actions: PopupActions }) {
  const first = flags.find(isWarning) ?? flags[0];
  return (
    <li class={`group ${isWarning(first) ? 'group-warning' : 'group-corrected'}`} data-correction={first.correctionId}>
      <div class="group-head">
        <VerdictChip verdict={first.verdict} stance={first.stance} t={t} />
        <span class="stance">{t.stance[first.stance]}</span>
      </div>
      <FlagDetails flag={first} lang={lang} t={t} explain quotes={flags.slice(0, QUOTES_SHOWN).map((f) => f.quote)} />
      {flags.length > QUOTES_SHOWN && <p class="more">{t.moreQuotes(flags.length - QUOTES_SHOWN)}</p>}
      <div class="group-actions">
        <button type="button" onClick={() => actions.showOnPage(first.key)}>
          {t.showOnPage}
        </button>
        <button type="button" class="secondary" onClick={() => actions.hide(flags.map((f) => f.key))}>
          {t.notRelevant}
        </button>
      </div>
    </li>
  );
}

function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <div class="empty" role="status">
      <p class="empty-title">{title}</p>
      {hint && <p class="empty-hint">{hint}</p>}
    </div>
  );
}

export function Popup({ page, store, updating, justHidden, lang, t, actions }: PopupProps) {
  const site = page.kind === 'report' ? page.report.site : 'site' in page ? page.site : '';
  const flags = page.kind === 'report' ? page.report.flags : [];
  const hidden = page.kind === 'report' ? page.report.hidden : [];
  const warnings = flags.filter(isWarning).length;
  return (
    <main class="popup" lang={lang}>
      <header class="popup-head">
        <h1>{t.appName}</h1>
        {site && (
          <label class="switch">
            <input type="checkbox" role="switch" checked={page.kind !== 'off'} onChange={(e) => actions.setSiteEnabled((e.target as HTMLInputElement).checked)} />
            <span>{t.siteSwitch}</span>
          </label>
        )}
      </header>
      {page.kind === 'loading' && <Empty title={t.emptyScanning} />}
      {page.kind === 'cannot-read' && <Empty title={t.emptyCannot} hint={t.emptyCannotHint} />}
      {page.kind === 'off' && <Empty title={t.emptyOff} />}
      {page.kind === 'scanning' && <Empty title={t.emptyScanning} />}
      {(page.kind === 'nothing' || (page.kind === 'report' && flags.length === 0)) && <Empty title={t.emptyNothing} hint={t.emptyNothingHint} />}
      {flags.length > 0 && (
        <>
          <p class="count" role="status">
            {warnings > 0 ? t.flagsFound(warnings) : t.debunksFound(flags.length)}
          </p>
          <ul class="groups">
            {groupFlags(flags).map((g) => (
              <FlagGroup key={g[0].correctionId} flags={g} lang={lang} t={t} actions={actions} />
            ))}
          </ul>
        </>
      )}
      {justHidden.length > 0 && (
        <div class="toast" role="status">
          {t.hiddenOnSite}.{' '}
          <button type="button" class="link" onClick={() => actions.unhide(justHidden)}>
            {t.undo}
          </button>
        </div>
      )}
      {hidden.length > 0 && (
        <details class="hidden-flags">
          <summary>
            {t.hiddenOnSite} ({hidden.length})
          </summary>
          <ul>
            {hidden.map((f) => (
              <li key={f.key}>
                <span class="hidden-quote">{f.quote}</span>{' '}
                <button type="button" class="link" onClick={() => actions.unhide([f.key])}>
                  {t.bringBack}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <StoreStatusBar store={store} updating={updating} t={t} actions={actions} />
    </main>
  );
}
