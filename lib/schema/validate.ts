/**
 * Validation with errors a person can act on: which record (index and id), which field (a
 * dotted path) and why.
 */
import * as v from 'valibot';
import { CorrectionSchema, type Correction } from './correction';

export interface FieldError {
  /** Index of the record in its file; -1 for the file itself. */
  index: number;
  id?: string;
  path: string;
  message: string;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.') || '(record)';
}

export function validateCorrection(input: unknown, index = 0): { ok: true; value: Correction } | { ok: false; errors: FieldError[] } {
  const result = v.safeParse(CorrectionSchema, input);
  if (result.success) return { ok: true, value: result.output };
  const id = typeof input === 'object' && input && typeof (input as { id?: unknown }).id === 'string' ? (input as { id: string }).id : undefined;
  return { ok: false, errors: result.issues.map((issue) => ({ index, id, path: pathOf(issue), message: issue.message })) };
}

export function formatError(e: FieldError): string {
  const where = e.index < 0 ? 'file' : `record ${e.index}${e.id ? ` (${e.id})` : ''}`;
  return `${where}: ${e.path}: ${e.message}`;
}
