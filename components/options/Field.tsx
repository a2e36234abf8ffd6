import type { ComponentChildren } from 'preact';
import { fieldId } from '../../lib/ui/options/draft';

export interface FieldErrorsProps {
  id: string;
  errors?: string[];
}

/** A field's errors, referenced by the field's aria-describedby. */
export function FieldErrors({ id, errors }: FieldErrorsProps) {
  if (!errors?.length) return null;
  return (
    <ul class="field-errors" id={id}>
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

export interface TextFieldProps {
  /** The field's path in the correction ("evidence.0.url"); it names the DOM id too. */
  path: string;
  label: string;
  value: string;
  errors?: string[];
  hint?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'date';
  readOnly?: boolean;
  /** Language of the text typed in (for fonts and screen readers). */
  lang?: string;
  code?: boolean;
  list?: string;
  onInput(value: string): void;
}

/** A labelled input or textarea with its hint and its errors next to it. */
export function TextField({ path, label, value, errors, hint, multiline, rows = 3, type = 'text', readOnly, lang, code, list, onInput }: TextFieldProps) {
  const id = fieldId(path);
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-errors`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: path,
    value,
    readOnly,
    lang,
    class: code ? 'code' : undefined,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div class={`field${errors?.length ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} spellcheck={!code} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input {...common} type={type} list={list} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export interface GroupProps {
  path: string;
  legend: string;
  hint?: string;
  errors?: string[];
  children: ComponentChildren;
}

/** A fieldset for a field made of parts (a text per language, the evidence list). */
export function Group({ path, legend, hint, errors, children }: GroupProps) {
  const id = fieldId(path);
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-errors`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={`group${errors?.length ? ' field-invalid' : ''}`} id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-errors`} errors={errors} />
      {children}
    </fieldset>
  );
}
