import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import { LANGS, type Lang } from '../../lib/schema/correction';
import type { EvidenceDraft, LocalizedDraft, PlacedErrors } from '../../lib/ui/options/draft';
import { Group, TextField } from './Field';

export interface LocalizedFieldsProps {
  field: 'claim' | 'summary' | 'details' | 'triggers';
  legend: string;
  hint?: string;
  value: LocalizedDraft;
  errors: PlacedErrors;
  t: OptionsStrings;
  onChange(lang: Lang, value: string, path: string): void;
}

/** One text per language, each typed in that language. */
export function LocalizedFields({ field, legend, hint, value, errors, t, onChange }: LocalizedFieldsProps) {
  return (
    <Group path={field} legend={legend} hint={hint} errors={errors[field]}>
      <div class="by-lang-fields">
        {LANGS.map((l) => (
          <TextField
            key={l}
            path={`${field}.${l}`}
            label={t.langNames[l]}
            lang={l}
            multiline
            rows={field === 'details' ? 5 : 3}
            value={value[l]}
            errors={errors[`${field}.${l}`]}
            onInput={(text) => onChange(l, text, `${field}.${l}`)}
          />
        ))}
      </div>
    </Group>
  );
}

export interface EvidenceFieldsProps {
  evidence: EvidenceDraft[];
  errors: PlacedErrors;
  t: OptionsStrings;
  onChange(next: EvidenceDraft[], path: string): void;
}

const EVIDENCE_KEYS = ['title', 'publisher', 'url', 'date'] as const;

/** The dated sources, as many as needed. */
export function EvidenceFields({ evidence, errors, t, onChange }: EvidenceFieldsProps) {
  const e = t.editor;
  const labels = { title: e.evidenceTitle, publisher: e.publisher, url: e.url, date: e.date };
  const set = (i: number, key: keyof EvidenceDraft, value: string) =>
    onChange(
      evidence.map((item, j) => (j === i ? { ...item, [key]: value } : item)),
      `evidence.${i}.${key}`,
    );
  return (
    <Group path="evidence" legend={e.evidence} errors={errors.evidence}>
      {evidence.map((item, i) => (
        <fieldset class="evidence-item" key={i}>
          <legend>{e.evidenceItem(i + 1)}</legend>
          {EVIDENCE_KEYS.map((key) => (
            <TextField
              key={key}
              path={`evidence.${i}.${key}`}
              label={labels[key]}
              type={key === 'url' ? 'url' : key === 'date' ? 'date' : 'text'}
              value={item[key]}
              errors={errors[`evidence.${i}.${key}`]}
              onInput={(value) => set(i, key, value)}
            />
          ))}
          <button type="button" class="secondary" onClick={() => onChange(evidence.filter((_, j) => j !== i), 'evidence')}>
            {e.removeEvidence(i + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={() => onChange([...evidence, { title: '', publisher: '', url: '', date: '' }], 'evidence')}>
        {e.addEvidence}
      </button>
    </Group>
  );
}
