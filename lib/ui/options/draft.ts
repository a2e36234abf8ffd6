/**
 * The correction editor's draft: the form's strings, turned into a correction input and checked
 * with the store's own schema (validateCorrection), so the form shows the errors a save would
 * get, each placed at the field its path names.
 */
import { LANGS, type Correction, type Lang, type Verdict } from '../../schema/correction';
import { validateCorrection, type FieldError } from '../../schema/validate';

export type LocalizedDraft = Record<Lang, string>;

export interface EvidenceDraft {
  title: string;
  publisher: string;
  url: string;
  date: string;
}

export interface Draft {
  id: string;
  topic: string;
  /** The product id whose timeline the correction rests on (optional). */
  product: string;
  verdict: Verdict;
  claim: LocalizedDraft;
  summary: LocalizedDraft;
  details: LocalizedDraft;
  evidence: EvidenceDraft[];
  appliesFrom: string;
  reviewBy: string;
  appliesUntil: string;
  /** Per language, terms separated by commas or line breaks. */
  triggers: LocalizedDraft;
  /** JSON text of `rules`. */
  rules: string;
  /** JSON text of `chart`; empty for none. */
  chart: string;
  priority: string;
}

/** Errors by the field that shows them; `''` holds those no field claims. */
export type PlacedErrors = Record<string, string[]>;

const noText = (): LocalizedDraft => ({ en: '', 'zh-Hant': '', 'zh-Hans': '' });
const NEW_RULES = '{\n  "all": [\n    { "terms": [] }\n  ]\n}';

export function emptyDraft(): Draft {
  return {
    id: '',
    topic: '',
    verdict: 'misread',
    claim: noText(),
    summary: noText(),
    details: noText(),
    evidence: [{ title: '', publisher: '', url: '', date: '' }],
    appliesFrom: '',
    product: '',
    reviewBy: '',
    appliesUntil: '',
    triggers: noText(),
    rules: NEW_RULES,
    chart: '',
    priority: '',
  };
}

function textOf(localized: Partial<Record<Lang, string>> | undefined): LocalizedDraft {
  return { en: localized?.en ?? '', 'zh-Hant': localized?.['zh-Hant'] ?? '', 'zh-Hans': localized?.['zh-Hans'] ?? '' };
}

export function draftOf(c: Correction): Draft {
  const triggers = c.triggers as Partial<Record<Lang, string[]>>;
  return {
    id: c.id,
    topic: c.topic,
    verdict: c.verdict,
    claim: textOf(c.claim),
    summary: textOf(c.summary),
    details: textOf(c.details),
    evidence: c.evidence.map((e) => ({ ...e })),
    appliesFrom: c.appliesFrom ?? '',
    product: c.product ?? '',
    reviewBy: c.reviewBy ?? '',
    appliesUntil: c.appliesUntil ?? '',
    triggers: { en: (triggers.en ?? []).join('\n'), 'zh-Hant': (triggers['zh-Hant'] ?? []).join('\n'), 'zh-Hans': (triggers['zh-Hans'] ?? []).join('\n') },
    rules: JSON.stringify(c.rules, null, 2),
    chart: c.chart ? JSON.stringify(c.chart, null, 2) : '',
    priority: c.priority === undefined ? '' : String(c.priority),
  };
}

/** Terms from a comma (also Chinese ，、) or line separated list. */
export function splitTerms(text: string): string[] {
  return text
    .split(/[,，、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function localizedInput(text: LocalizedDraft): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) if (text[lang].trim()) out[lang] = text[lang];
  return out;
}

function parseJson(text: string, path: string, notJson: (m: string) => string, errors: FieldError[], id: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    errors.push({ index: 0, id, path, message: notJson((e as Error).message) });
    return undefined;
  }
}

export interface DraftMessages {
  notJson(message: string): string;
  notNumber: string;
}

/**
 * The draft as the input `saveCorrection` takes, and every error the schema finds in it. The
 * bookkeeping fields (version, source, timestamps) come from the record being edited; the
 * background sets them again on save.
 */
export function checkDraft(d: Draft, base: Correction | null, msg: DraftMessages, now = new Date().toISOString()): { input: Record<string, unknown>; errors: FieldError[] } {
  const jsonErrors: FieldError[] = [];
  const rules = parseJson(d.rules, 'rules', msg.notJson, jsonErrors, d.id);
  const chart = d.chart.trim() ? parseJson(d.chart, 'chart', msg.notJson, jsonErrors, d.id) : undefined;
  const priority = d.priority.trim() === '' ? undefined : Number(d.priority);
  if (priority !== undefined && !Number.isInteger(priority)) jsonErrors.push({ index: 0, id: d.id, path: 'priority', message: msg.notNumber });
  const details = localizedInput(d.details);
  const triggers: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGS) {
    const terms = splitTerms(d.triggers[lang]);
    if (terms.length) triggers[lang] = terms;
  }
  const input: Record<string, unknown> = {
    id: d.id.trim(),
    version: base?.version ?? 1,
    topic: d.topic.trim(),
    verdict: d.verdict,
    ...(d.product.trim() ? { product: d.product.trim() } : {}),
    claim: localizedInput(d.claim),
    summary: localizedInput(d.summary),
    ...(Object.keys(details).length ? { details } : {}),
    evidence: d.evidence.map((e) => ({ title: e.title, publisher: e.publisher, url: e.url.trim(), date: e.date.trim() })),
    ...(d.appliesFrom.trim() ? { appliesFrom: d.appliesFrom.trim() } : {}),
    ...(d.reviewBy.trim() ? { reviewBy: d.reviewBy.trim() } : {}),
    ...(d.appliesUntil.trim() ? { appliesUntil: d.appliesUntil.trim() } : {}),
    triggers,
    rules,
    ...(chart !== undefined ? { chart } : {}),
    ...(priority !== undefined && Number.isInteger(priority) ? { priority } : {}),
    source: base?.source ?? 'user',
    ...(base?.feedUrl ? { feedUrl: base.feedUrl } : {}),
    createdAt: base?.createdAt ?? now,
    updatedAt: now,
  };
  const checked = validateCorrection(input);
  // A field that is not JSON already says so; the schema's "wrong type" for it adds nothing.
  const jsonPaths = new Set(jsonErrors.map((e) => e.path));
  const schemaErrors = checked.ok ? [] : checked.errors.filter((e) => !jsonPaths.has(e.path.split('.')[0]));
  return { input, errors: [...jsonErrors, ...schemaErrors] };
}

/** Every path the form has a place for, most specific last. */
export function fieldPaths(d: Draft): string[] {
  const perLang = (field: string) => [field, ...LANGS.map((l) => `${field}.${l}`)];
  const evidence = d.evidence.flatMap((_, i) => ['title', 'publisher', 'url', 'date'].map((k) => `evidence.${i}.${k}`));
  return ['id', 'topic', 'product', 'verdict', ...perLang('claim'), ...perLang('summary'), ...perLang('details'), 'evidence', ...evidence, 'appliesFrom', 'appliesUntil', 'reviewBy', ...perLang('triggers'), 'rules', 'chart', 'priority'];
}

/**
 * The field that shows an error: the longest field path that is the error's path or a prefix of
 * it. Record-level checks name their field in their first word ("appliesFrom must not be…").
 */
export function placeOf(error: FieldError, paths: string[]): string {
  const path = error.path === '(record)' ? error.message.split(' ')[0] : error.path;
  let best = '';
  for (const p of paths) if ((path === p || path.startsWith(`${p}.`)) && p.length > best.length) best = p;
  return best;
}

export function placeErrors(errors: FieldError[], d: Draft, shown: (field: string) => boolean = () => true): PlacedErrors {
  const paths = fieldPaths(d);
  const placed: PlacedErrors = {};
  for (const e of errors) {
    const field = placeOf(e, paths);
    if (!shown(field)) continue;
    const message = field === e.path || e.path === '(record)' ? e.message : `${e.path.slice(field.length + 1)}: ${e.message}`;
    (placed[field] ??= []).push(message);
  }
  return placed;
}

/** A DOM id for a field path ("evidence.0.url" → "field-evidence-0-url"). */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
