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

/** "chat。openai。com": a Chinese full stop inside a domain does not end a sentence. */
const LATIN = /[A-Za-z0-9]/;
function segments(text: string): Array<{ start: number; end: number }> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Array<{ start: number; end: number }> = [];
  for (const seg of segmenter.segment(text)) {
    const last = out[out.length - 1];
    const joinsDomain = last && /[。｡]$/.test(text.slice(last.start, last.end)) && LATIN.test(text[last.end - 2] ?? '') && LATIN.test(text[seg.index] ?? '');
    if (joinsDomain) last.end = seg.index + seg.segment.length;
    else out.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  return out;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const seg of segments(text)) {
    let start = seg.start;
    let end = seg.end;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) cut(text, start, end, out);
  }
  return out;
}
