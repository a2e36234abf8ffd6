/** Small formatting helpers the options views share. */
import { LANGS, type Lang, type Localized } from '../../schema/correction';
import { localized } from '../../report';

/** A timestamp in the reader's language and time zone, or `never` when there is none. */
export function formatTime(iso: string | undefined, lang: Lang, never: string, dateOnly = false): string {
  if (!iso) return never;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, dateOnly ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A correction text in the interface language (with fallback), and the language it is in. */
export function localizedText(text: Localized | undefined, lang: Lang): { text: string; lang: Lang | undefined } {
  const value = localized(text, lang);
  return { text: value, lang: LANGS.find((l) => text?.[l] === value && value !== '') };
}
