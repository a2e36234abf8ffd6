/**
 * The correction editor's state: the draft, which fields the user has touched (their errors show
 * as they type; the others after a first save attempt), and the save. The save itself is given
 * (the options page sends `saveCorrection`; a test passes a mock), so this hook needs no browser.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Correction } from '../../schema/correction';
import type { FieldError } from '../../schema/validate';
import type { SaveResult } from '../../store/types';
import { checkDraft, draftOf, emptyDraft, placeErrors, type Draft, type DraftMessages, type PlacedErrors } from './draft';

export interface EditorDeps {
  /** `base` is the record being edited, null for a new one. */
  save(input: Record<string, unknown>, base: Correction | null): Promise<SaveResult>;
  onSaved(record: Correction): void;
  messages: DraftMessages;
  failed(message: string): string;
}

interface Session {
  base: Correction | null;
  draft: Draft;
  touched: string[];
  submitted: boolean;
  serverErrors: FieldError[];
  saving: boolean;
}

export interface EditorView {
  base: Correction | null;
  draft: Draft;
  /** Errors to show now, by field. */
  errors: PlacedErrors;
  /** How many errors the draft has in all (shown or not yet). */
  errorCount: number;
  submitted: boolean;
  saving: boolean;
}

export interface EditorActions {
  openNew(): void;
  openEdit(record: Correction): void;
  /** The whole next draft, and the path of the field that changed. */
  change(next: Draft, path: string): void;
  save(): void;
  cancel(): void;
}

const isUnder = (field: string, path: string) => path === field || path.startsWith(`${field}.`);

export function useEditor(deps: EditorDeps): { view: EditorView | null; actions: EditorActions } {
  const [session, setSession] = useState<Session | null>(null);
  const checked = useMemo(() => (session ? checkDraft(session.draft, session.base, deps.messages) : null), [session?.draft, session?.base]);

  const start = (base: Correction | null) =>
    setSession({ base, draft: base ? draftOf(base) : emptyDraft(), touched: [], submitted: false, serverErrors: [], saving: false });

  const actions: EditorActions = {
    openNew: () => start(null),
    openEdit: (record) => start(record),
    change: (next, path) =>
      setSession((s) => s && { ...s, draft: next, touched: s.touched.includes(path) ? s.touched : [...s.touched, path], serverErrors: [] }),
    cancel: () => setSession(null),
    save: () => {
      if (!session || !checked || session.saving) return;
      if (checked.errors.length > 0) {
        setSession({ ...session, submitted: true });
        return;
      }
      setSession({ ...session, submitted: true, saving: true });
      deps
        .save(checked.input, session.base)
        .then((result) => {
          if (result.ok) {
            setSession(null);
            deps.onSaved(result.record);
          } else setSession((s) => s && { ...s, saving: false, serverErrors: result.errors });
        })
        .catch((e: Error) => setSession((s) => s && { ...s, saving: false, serverErrors: [{ index: 0, path: '(form)', message: deps.failed(e.message) }] }));
    },
  };

  if (!session || !checked) return { view: null, actions };
  const shown = (field: string) => session.submitted || session.touched.some((path) => isUnder(field, path));
  const errors = placeErrors([...checked.errors, ...session.serverErrors], session.draft, shown);
  return {
    view: { base: session.base, draft: session.draft, errors, errorCount: checked.errors.length + session.serverErrors.length, submitted: session.submitted, saving: session.saving },
    actions,
  };
}
