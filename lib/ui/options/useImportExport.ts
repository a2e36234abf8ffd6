/**
 * Import and export state. A file is read as text here and previewed by the background; only
 * the Import button writes (`commitImport`). Exports come back as text and are saved from memory.
 */
import { useRef, useState } from 'preact/hooks';
import type { ImportState } from '../../../components/options/ImportExportSection';
import type { Notice } from '../../../components/options/Notice';
import type { OptionsStrings } from '../../i18n/optionsStrings';
import { sendMessage } from '../../messages';
import type { ExportFormat } from '../../store/exchange';
import { downloadText, exportFileName } from './download';

/** The store refuses bigger files (MAX_IMPORT_BYTES in lib/store/exchange.ts); say so before reading one. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function useImportExport(t: OptionsStrings, selected: string[], onChanged: () => void) {
  const [importing, setImporting] = useState<ImportState | null>(null);
  const [dragging, setDragging] = useState(false);
  const [scopeWanted, setScope] = useState<'all' | 'selected'>('all');
  const [notice, setNotice] = useState<Notice>(null);
  // The file's text stays out of the rendered state: it can be megabytes.
  const file = useRef<{ name: string; text: string } | null>(null);
  const ticket = useRef(0);
  const scope = selected.length > 0 ? scopeWanted : 'all';
  const failed = (name: string, message: string): ImportState => ({
    name,
    stage: 'ready',
    preview: { ok: false, error: message, added: [], changed: [], unchanged: [], deleted: [], keptUserEdits: [], invalid: [] },
  });

  const actions = {
    setDragging,
    setScope,
    pick: async (picked: File) => {
      const mine = ++ticket.current;
      file.current = null;
      setNotice(null);
      if (picked.size > MAX_FILE_BYTES) return setImporting(failed(picked.name, t.importer.tooBig));
      setImporting({ name: picked.name, stage: 'reading' });
      try {
        const text = await picked.text();
        const preview = await sendMessage('previewImport', { text, name: picked.name });
        if (mine !== ticket.current) return;
        file.current = { name: picked.name, text };
        setImporting({ name: picked.name, stage: 'ready', preview });
      } catch (e) {
        if (mine === ticket.current) setImporting(failed(picked.name, (e as Error).message));
      }
    },
    commit: async () => {
      const chosen = file.current;
      if (!chosen) return;
      setImporting((s) => s && { ...s, stage: 'committing' });
      try {
        const result = await sendMessage('commitImport', chosen);
        setImporting({ name: chosen.name, stage: 'done', result });
        file.current = null;
        onChanged();
      } catch (e) {
        setImporting((s) => s && { ...s, stage: 'ready' });
        setNotice({ kind: 'error', text: t.common.failed((e as Error).message) });
      }
    },
    discard: () => {
      ticket.current++;
      file.current = null;
      setImporting(null);
    },
    exportAs: async (format: ExportFormat) => {
      try {
        const ids = scope === 'selected' ? selected : undefined;
        const text = await sendMessage('exportCorrections', { format, ids });
        const name = exportFileName(format === 'claimreview' ? 'claimreview' : 'corrections');
        downloadText(text, name);
        setNotice({ kind: 'ok', text: t.exporter.done(name) });
      } catch (e) {
        setNotice({ kind: 'error', text: t.common.failed((e as Error).message) });
      }
    },
  };

  return { state: { importing, dragging, scope, selectedCount: selected.length, notice }, actions };
}
