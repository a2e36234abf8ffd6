import type { Strings } from '../lib/i18n/strings';
import { isWarning, localized, type FlagView, type TabReport } from '../lib/report';
import type { Lang } from '../lib/schema/correction';
import type { StoreStatus } from '../lib/store/types';
import { FlagDetails, Quote } from './FlagDetails';
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

/** One passage of the page and every flag on it. */
export interface Passage {
  key: string;
  quote: string;
  flags: FlagView[];
}

/** Flags grouped by passage (the quote once, each correction under it): warnings first, then in page order. */
export function groupByPassage(flags: FlagView[]): Passage[] {
  const passages = new Map<string, Passage>();
  for (const f of flags) {
    const at = `${f.block}:${f.start}:${f.end}`;
    const p = passages.get(at) ?? { key: at, quote: f.quote, flags: [] };
    p.flags.push(f);
    passages.set(at, p);
  }
  const warns = (p: Passage) => Number(p.flags.some(isWarning));
  return [...passages.values()].sort((a, b) => warns(b) - warns(a));
}

/** What the page does with each claim, in plain words: the one decision the badge also shows. */
function PageStances({ report, lang, t }: { report: TabReport; lang: Lang; t: Strings }) {
  return (
    <section class="page-stances">
      <h2>{t.pageDoesTitle}</h2>
      <ul>
        {report.topics.map((topic) => {
          const flags = report.flags.filter((f) => f.topic === topic.topic);
          const kind = !flags.some(isWarning) ? (topic.stance === 'debunks' ? 'corrected' : 'context') : 'warning';
          return (
            <li key={topic.topic} class={`topic topic-${kind}`} data-topic={topic.topic} data-stance={topic.stance}>
              <span aria-hidden="true">{{ warning: '! ', corrected: '✓ ', context: 'ⓘ ' }[kind]}</span>
              <strong>{kind === 'context' ? t.pageGivesContext : t.pageDoes[topic.stance]}</strong> “{localized(flags[0].claim, lang)}” <span class="passages">({t.passages(topic.passages)})</span>
              {topic.questioned && <p class="questioned">{topic.unconfirmed ? t.unconfirmedCorrection : t.alsoQuestions}</p>}
              {topic.byModel && <p class="by-model">{t.correctedByModel}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The flags that show a correction in full: its first appearance; later passages refer back to it. */
function firstAppearances(passages: Passage[]): Set<string> {
  const seen = new Set<string>();
  const keys = new Set<string>();
  for (const f of passages.flatMap((p) => p.flags)) {
    if (!seen.has(f.correctionId)) keys.add(f.key);
    seen.add(f.correctionId);
  }
  return keys;
}

function PassageItem({ passage, detailed, lang, t, actions }: { passage: Passage; detailed: Set<string>; lang: Lang; t: Strings; actions: PopupActions }) {
  const warning = passage.flags.some(isWarning);
  return (
    <li class={`passage ${warning ? 'group-warning' : 'group-corrected'}`} data-passage={passage.key}>
      <Quote quote={passage.quote} t={t} />
      <ul class="corrections">
        {passage.flags.map((flag) => {
          const stance = flag.pageStance ?? flag.stance;
          return (
            <li key={flag.key} class={`group ${isWarning(flag) ? 'group-warning' : 'group-corrected'}`} data-correction={flag.correctionId}>
              <div class="group-head">
                <VerdictChip verdict={flag.verdict} stance={stance} t={t} />
                <span class="stance">{t.stance[flag.stance]}</span>
              </div>
              {detailed.has(flag.key) ? <FlagDetails flag={flag} lang={lang} t={t} explain={t} /> : <p class="same">{t.sameAsAbove} {localized(flag.summary, lang).split(/(?<=[.。])\s*/)[0]}</p>}
              <button type="button" class="secondary" onClick={() => actions.hide([flag.key])}>
                {t.notRelevant}
              </button>
            </li>
          );
        })}
      </ul>
      <div class="group-actions">
        <button type="button" onClick={() => actions.showOnPage(passage.flags[0].key)}>
          {t.showOnPage}
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
  const passages = groupByPassage(flags);
  const detailed = firstAppearances(passages);
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
            {warnings > 0 ? t.flagsFound(warnings) : flags.some((f) => f.verdict !== 'context') ? t.debunksFound(flags.length) : t.contextFound(flags.length)}
          </p>
          {page.kind === 'report' && <PageStances report={page.report} lang={lang} t={t} />}
          <h2 class="passages-title">{t.passagesTitle}</h2>
          <ul class="groups">
            {passages.map((p) => (
              <PassageItem key={p.key} passage={p} detailed={detailed} lang={lang} t={t} actions={actions} />
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
