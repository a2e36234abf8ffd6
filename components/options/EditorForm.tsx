import { useEffect, useRef } from 'preact/hooks';
import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import { VERDICTS, type Lang, type Verdict } from '../../lib/schema/correction';
import { fieldId, type Draft } from '../../lib/ui/options/draft';
import type { EditorActions, EditorView } from '../../lib/ui/options/useEditor';
import { EvidenceFields, LocalizedFields } from './EditorParts';
import { Group, TextField } from './Field';

export interface EditorFormProps {
  view: EditorView;
  /** Topics to suggest. */
  topics: string[];
  lang: Lang;
  t: OptionsStrings;
  actions: EditorActions;
}

function focusField(field: string, event: Event) {
  const target = document.getElementById(fieldId(field));
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** Add or edit a correction; every field is checked with the store's schema as it is typed. */
export function EditorForm({ view, topics, t, actions }: EditorFormProps) {
  const { draft, errors, base } = view;
  const e = t.editor;
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), [base?.id]);
  const showSummary = view.submitted && !view.saving && view.errorCount > 0;
  useEffect(() => {
    if (showSummary) summary.current?.focus();
  }, [showSummary]);
  const change = (patch: Partial<Draft>, path: string) => actions.change({ ...draft, ...patch }, path);
  const text = (key: 'id' | 'topic' | 'product' | 'appliesFrom' | 'appliesUntil' | 'reviewBy' | 'rules' | 'chart' | 'priority') => ({
    path: key,
    value: draft[key],
    errors: errors[key],
    onInput: (value: string) => change({ [key]: value }, key),
  });
  const listed = Object.entries(errors).flatMap(([field, messages]) => messages.map((m) => ({ field, text: field ? `${field}: ${m}` : m })));

  return (
    <form
      class="panel editor"
      data-testid="editor"
      aria-labelledby="editor-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        actions.save();
      }}
    >
      <h3 id="editor-heading" ref={heading} tabIndex={-1}>
        {base ? e.editHeading(base.id) : e.newHeading}
      </h3>
      {showSummary && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <p>{e.problems(view.errorCount)}</p>
          <ul>
            {listed.map((item) => (
              <li key={item.text}>
                {item.field ? (
                  <a href={`#${fieldId(item.field)}`} onClick={(event) => focusField(item.field, event)}>
                    {item.text}
                  </a>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="field-row">
        <TextField {...text('id')} label={e.id} hint={e.idHint} readOnly={Boolean(base)} />
        <TextField {...text('topic')} label={e.topic} hint={e.topicHint} list="editor-topics" />
        <TextField {...text('product')} label={e.product} hint={e.productHint} />
        <datalist id="editor-topics">
          {topics.map((topic) => (
            <option key={topic} value={topic} />
          ))}
        </datalist>
        <div class="field">
          <label for={fieldId('verdict')}>{e.verdict}</label>
          <select id={fieldId('verdict')} value={draft.verdict} onChange={(event) => change({ verdict: event.currentTarget.value as Verdict }, 'verdict')}>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t.verdict[v]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(['claim', 'summary', 'details'] as const).map((field) => (
        <LocalizedFields
          key={field}
          field={field}
          legend={e[field]}
          value={draft[field]}
          errors={errors}
          t={t}
          onChange={(l, value, path) => change({ [field]: { ...draft[field], [l]: value } }, path)}
        />
      ))}
      <EvidenceFields evidence={draft.evidence} errors={errors} t={t} onChange={(evidence, path) => change({ evidence }, path)} />
      <Group path="window" legend={e.window}>
        <div class="field-row">
          <TextField {...text('appliesFrom')} type="date" label={e.appliesFrom} />
          <TextField {...text('appliesUntil')} type="date" label={e.appliesUntil} />
          <TextField {...text('reviewBy')} type="date" label={e.reviewBy} />
        </div>
      </Group>
      <LocalizedFields
        field="triggers"
        legend={e.triggers}
        hint={e.triggersHint}
        value={draft.triggers}
        errors={errors}
        t={t}
        onChange={(l, value, path) => change({ triggers: { ...draft.triggers, [l]: value } }, path)}
      />
      <TextField {...text('rules')} label={e.rules} hint={e.rulesHint} multiline rows={10} code />
      <TextField {...text('chart')} label={e.chart} multiline rows={4} code />
      <TextField {...text('priority')} label={e.priority} />
      <div class="form-actions">
        <button type="submit" data-testid="save" disabled={view.saving}>
          {view.saving ? e.saving : e.save}
        </button>
        <button type="button" class="secondary" onClick={() => actions.cancel()}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
