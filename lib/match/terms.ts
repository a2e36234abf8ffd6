/**
 * Literal terms over normalized text. A term is normalized exactly like the text it is looked
 * for in; Latin ends are word-bounded ("fell" does not match "fellow", "5" does not match
 * "50"), a trailing `*` means "a word starting with". Matching is indexOf over short passages: linear in the text for each
 * term, with no pattern syntax to abuse.
 */
import { normalizeText } from '../text/normalize';

export interface CompiledTerm {
  /** The term as written in the correction. */
  source: string;
  text: string;
  prefix: boolean;
  boundStart: boolean;
  boundEnd: boolean;
}

export interface Hit {
  term: CompiledTerm;
  start: number;
  end: number;
}

const isLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => isLetter(c) || isDigit(c);
/** A letter next to a letter, or a digit next to a digit, continues a word ("fellow", "2024"); "chatgpt6月" does not. */
const continues = (edge: string, neighbour: string | undefined) => (isLetter(edge) ? isLetter(neighbour) : isDigit(neighbour));

export function compileTerm(source: string): CompiledTerm | undefined {
  const prefix = source.endsWith('*');
  const text = normalizeText(prefix ? source.slice(0, -1) : source);
  if (!text) return undefined;
  return { source, text, prefix, boundStart: isWordChar(text[0]), boundEnd: !prefix && isWordChar(text[text.length - 1]) };
}

export function compileTerms(sources: readonly string[] | undefined): CompiledTerm[] {
  const out: CompiledTerm[] = [];
  for (const s of sources ?? []) {
    const t = compileTerm(s);
    if (t) out.push(t);
  }
  return out;
}

export function findTerm(hay: string, term: CompiledTerm, out: Hit[], start = 0, stop = hay.length): void {
  let from = start;
  for (;;) {
    const at = hay.indexOf(term.text, from);
    if (at < 0) return;
    const end = at + term.text.length;
    if (end > stop) return;
    if ((!term.boundStart || !continues(term.text[0], hay[at - 1])) && (!term.boundEnd || !continues(term.text[term.text.length - 1], hay[end]))) {
      out.push({ term, start: at, end });
    }
    from = at + 1;
  }
}

/** Every occurrence of the terms that lies within [start, stop) of `hay` (all of it by default). */
export function findTerms(hay: string, terms: readonly CompiledTerm[], start = 0, stop = hay.length): Hit[] {
  const out: Hit[] = [];
  for (const t of terms) findTerm(hay, t, out, start, stop);
  return out;
}
