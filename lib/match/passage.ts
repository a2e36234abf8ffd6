/**
 * A passage: the sentence under test with its neighbours and the headline, normalized and
 * joined into one string, with word positions for proximity rules.
 *
 *   headline ␤ previous sentence ␤ SENTENCE ␤ next sentence
 */

export type BlockKind = 'text' | 'heading' | 'chart';

export interface Passage {
  text: string;
  /** Where the sentence under test sits in `text`. */
  sentence: { start: number; end: number };
  /** Where the neighbours (and the sentence) sit: everything but the headline. */
  body: { start: number; end: number };
  kind: BlockKind;
  /** Position of each character in half-words: a Latin word is two, a Chinese character one. */
  wordAt: Int32Array;
}

const HEADLINE_GAP = 1000;
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

function wordIndex(text: string, headlineEnd: number): Int32Array {
  const at = new Int32Array(text.length + 1);
  let word = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (i === headlineEnd) word += HEADLINE_GAP;
    const c = text.charCodeAt(i);
    if (isCjk(c)) {
      word++;
      inWord = false;
    } else if (isWord(c)) {
      if (!inWord) word += 2;
      inWord = true;
    } else inWord = false;
    at[i] = word;
  }
  at[text.length] = word;
  return at;
}

/** Punctuation that ends a clause, commas included (stance's "governs" reads coarser clauses, between semicolons and colons). */
export const CLAUSE_BREAK = /[,;:，；：、]/;

/** The clause of the sentence that holds [start, end): from the break before it to the break after it. */
export function clauseOf(p: Passage, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > p.sentence.start && !CLAUSE_BREAK.test(p.text[from - 1])) from--;
  let to = end;
  while (to < p.sentence.end && !CLAUSE_BREAK.test(p.text[to])) to++;
  return { start: from, end: to };
}

/** The parts, already normalized (a page's sentences are normalized once, not once per passage they appear in). */
export function buildPassage(parts: { sentence: string; previous?: string; next?: string; headline?: string; kind: BlockKind }): Passage {
  const { headline = '', previous = '', sentence, next = '' } = parts;
  const head = headline ? `${headline}\n` : '';
  const before = previous ? `${previous}\n` : '';
  const start = head.length + before.length;
  const text = `${head}${before}${sentence}${next ? `\n${next}` : ''}`;
  return {
    text,
    sentence: { start, end: start + sentence.length },
    body: { start: head.length, end: text.length },
    kind: parts.kind,
    wordAt: wordIndex(text, head.length),
  };
}
