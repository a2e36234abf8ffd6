import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import type { ExportFormat } from '../../lib/store/exchange';
import type { ImportPreview, ImportResult } from '../../lib/store/types';
import { ImportPreviewView } from './ImportPreview';
import { LiveNotice, type Notice } from './Notice';

export interface ImportState {
  name: string;
  stage: 'reading' | 'ready' | 'committing' | 'done';
  preview?: ImportPreview;
  result?: ImportResult;
}

export interface ImportExportActions {
  pick(file: File): void;
  setDragging(dragging: boolean): void;
  commit(): void;
  discard(): void;
  setScope(scope: 'all' | 'selected'): void;
  exportAs(format: ExportFormat): void;
}

export interface ImportExportSectionProps {
  importing: ImportState | null;
  dragging: boolean;
  /** Export scope; `selected` only while rows are selected. */
  scope: 'all' | 'selected';
  selectedCount: number;
  notice: Notice;
  t: OptionsStrings;
  actions: ImportExportActions;
}

function firstFile(list: FileList | null | undefined): File | undefined {
  return list && list.length > 0 ? list[0] : undefined;
}

/** Import from a file (picked or dropped) through a preview; export all or the selection. */
export function ImportExportSection({ importing, dragging, scope, selectedCount, notice, t, actions }: ImportExportSectionProps) {
  const im = t.importer;
  const ex = t.exporter;
  const busy = importing?.stage === 'reading' || importing?.stage === 'committing';
  const preview = importing?.preview;
  return (
    <section id="import-export" class="section" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">
        {im.heading} · {ex.heading}
      </h2>
      <h3>{im.heading}</h3>
      <div
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          if (!dragging) actions.setDragging(true);
        }}
        onDragLeave={() => actions.setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          actions.setDragging(false);
          const file = firstFile(e.dataTransfer?.files);
          if (file) actions.pick(file);
        }}
      >
        <label for="import-file">{im.choose}</label>
        <input
          id="import-file"
          type="file"
          data-testid="import-input"
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-describedby="import-hint"
          disabled={busy}
          onChange={(e) => {
            const file = firstFile(e.currentTarget.files);
            if (file) actions.pick(file);
            // So that picking the same file again (after fixing it) is a change too.
            e.currentTarget.value = '';
          }}
        />
        <p class="hint" id="import-hint">
          {dragging ? im.dropActive : im.drop}
        </p>
      </div>
      <div aria-live="polite" aria-busy={busy}>
        {importing?.stage === 'reading' && <p>{im.reading(importing.name)}</p>}
        {importing && preview && importing.stage !== 'done' && (
          <div class="panel">
            <ImportPreviewView name={importing.name} preview={preview} t={t} />
            {!preview.error && <p class="hint">{im.nothingYet}</p>}
            <div class="form-actions">
              {!preview.error && (
                <button type="button" data-testid="import-commit" disabled={busy} onClick={() => actions.commit()}>
                  {importing.stage === 'committing' ? im.committing : im.commit}
                </button>
              )}
              <button type="button" class="secondary" disabled={busy} onClick={() => actions.discard()}>
                {im.discard}
              </button>
            </div>
          </div>
        )}
        {importing?.stage === 'done' && importing.result && (
          <div class={`panel import-result${importing.result.error ? ' import-error' : ''}`} data-testid="import-result">
            <p>{importing.result.error ? `${im.fileError} ${importing.result.error}` : im.done(importing.result.written)}</p>
            {!importing.result.error && <ImportPreviewView name={importing.name} preview={importing.result} t={t} testid="import-result-counts" />}
          </div>
        )}
      </div>

      <h3>{ex.heading}</h3>
      <fieldset class="group">
        <legend>{ex.scope}</legend>
        <label class="inline">
          <input type="radio" name="export-scope" value="all" checked={scope === 'all'} onChange={() => actions.setScope('all')} /> {ex.all}
        </label>
        <label class="inline">
          <input type="radio" name="export-scope" value="selected" checked={scope === 'selected'} disabled={selectedCount === 0} onChange={() => actions.setScope('selected')} />{' '}
          {ex.selected(selectedCount)}
        </label>
      </fieldset>
      <div class="form-actions">
        <button type="button" data-testid="export-footnote" onClick={() => actions.exportAs('footnote')}>
          {ex.footnote}
        </button>
        <button type="button" data-testid="export-claimreview" onClick={() => actions.exportAs('claimreview')}>
          {ex.claimreview}
        </button>
      </div>
      <LiveNotice notice={notice} />
    </section>
  );
}
