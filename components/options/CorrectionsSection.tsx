import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import type { Lang } from '../../lib/schema/correction';
import type { ListQuery, ListResult } from '../../lib/store/types';
import { CorrectionFilters } from './CorrectionFilters';
import { CorrectionsTable, type CorrectionsTableActions } from './CorrectionsTable';
import { LiveNotice, type Notice } from './Notice';

export interface CorrectionsActions extends CorrectionsTableActions {
  /** Change the query; any change but paging goes back to the first page. */
  setQuery(patch: ListQuery): void;
  clearSelection(): void;
  undo(): void;
  newCorrection(): void;
  resetSeeds(): void;
}

export interface CorrectionsSectionProps {
  list: ListResult | null;
  query: ListQuery;
  topics: string[];
  selected: string[];
  notice: Notice;
  /** A record was just deleted and can be put back. */
  canUndo: boolean;
  busy: boolean;
  lang: Lang;
  t: OptionsStrings;
  actions: CorrectionsActions;
  /** The open correction or the editor, shown under the list. */
  children?: ComponentChildren;
}

/** The store's corrections: search, filters, the list, and what can be done to them. */
export function CorrectionsSection({ list, query, topics, selected, notice, canUndo, busy, lang, t, actions, children }: CorrectionsSectionProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  // The deleted row took the focus with it: give it to Undo, the likely next move.
  useEffect(() => {
    if (canUndo) undoButton.current?.focus();
  }, [canUndo, notice]);
  return (
    <section id="corrections" class="section" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t.list.heading}</h2>
      <div class="toolbar">
        <button type="button" data-testid="new-correction" onClick={() => actions.newCorrection()}>
          {t.list.newCorrection}
        </button>
        {selected.length > 0 && (
          <span class="selection">
            {t.list.selected(selected.length)}{' '}
            <button type="button" class="link" onClick={() => actions.clearSelection()}>
              {t.list.clearSelection}
            </button>
          </span>
        )}
      </div>
      <LiveNotice notice={notice}>
        {canUndo && (
          <>
            {' '}
            <button type="button" ref={undoButton} class="link" data-testid="undo" onClick={() => actions.undo()}>
              {t.list.undo}
            </button>
          </>
        )}
      </LiveNotice>
      <CorrectionFilters query={query} topics={topics} t={t} actions={actions} />
      <CorrectionsTable list={list} query={query} selected={selected} lang={lang} t={t} actions={actions} />
      {children}
      <div class="reset">
        <button type="button" class="secondary" data-testid="reset-seeds" aria-describedby="reset-hint" disabled={busy} onClick={() => actions.resetSeeds()}>
          {t.list.resetSeeds}
        </button>
        <p class="hint" id="reset-hint">
          {t.list.resetHint}
        </p>
      </div>
    </section>
  );
}
