/**
 * Sentences with their offsets in the original text. Intl.Segmenter knows Chinese sentence
 * ends (。！？) as well as English ones; over-long runs are cut so a passage stays small.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const MAX_SENTENCE = 600;
let segmenter: Intl.Segmenter | undefined;

function cut(text: string, start: number, end: number, out: Sentence[]): void {
  while (end - start > MAX_SENTENCE) {
    // Prefer a clause break (, ; ，；) inside the window, else a hard cut.
    const window = text.slice(start, start + MAX_SENTENCE);
    const at = Math.max(window.lastIndexOf(';'), window.lastIndexOf('；'), window.lastIndexOf('，'), window.lastIndexOf(', '));
    const stop = start + (at > MAX_SENTENCE / 2 ? at + 1 : MAX_SENTENCE);
    out.push({ start, end: stop, text: text.slice(start, stop) });
    start = stop;
  }
  out.push({ start, end, text: text.slice(start, end) });
}

export function splitSentences(text: string): Sentence[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Sentence[] = [];
  for (const seg of segmenter.segment(text)) {
    let start = seg.index;
    let end = seg.index + seg.segment.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) cut(text, start, end, out);
  }
  return out;
}
