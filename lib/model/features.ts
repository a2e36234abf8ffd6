/**
 * What the page-level model reads: the page's words, hashed. The text is normalized as every
 * match is (lower case, Traditional → Simplified, number and domain forms); English gives words
 * and word pairs, Chinese gives runs of one, two and three characters. Each token is paired with
 * the question asked ("does the page correct topic X") and hashed into a fixed table, so the
 * model needs no vocabulary.
 */
import { normalizeText } from '../text/normalize';
import { hashText } from '../match/check';

export type Features = Map<number, number>;

const WORDS = /[a-z0-9.$%]+|[\u3400-\u9fff]+/g;
const HAN = /^[\u3400-\u9fff]/;

export function tokens(text: string): Set<string> {
  const words = normalizeText(text).match(WORDS) ?? [];
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (HAN.test(w)) {
      for (let k = 0; k < w.length; k++) for (let n = 1; n <= 3 && k + n <= w.length; n++) out.add(w.slice(k, k + n));
      return;
    }
    out.add(w);
    if (i + 1 < words.length && !HAN.test(words[i + 1])) out.add(`${w}_${words[i + 1]}`);
  });
  return out;
}

/** One question's features for a page's tokens: a bias, and every token scaled by the page's length. */
export function features(pageTokens: Set<string>, question: string, bits: number): Features {
  const size = 2 ** bits;
  const slot = (s: string) => parseInt(hashText(s), 36) % size;
  const x: Features = new Map([[slot(`bias|${question}`), 1]]);
  const value = 1 / Math.sqrt(pageTokens.size + 1);
  for (const t of pageTokens) {
    const j = slot(`${question}|${t}`);
    x.set(j, (x.get(j) ?? 0) + value);
  }
  return x;
}

export const correctsQuestion = (topic: string) => `corrects:${topic}`;

/** How much of a page the model reads: an article's worth (the corpus items run to a few thousand characters). */
export const MODEL_TEXT_MAX = 20000;

/** The text the model reads: the page's blocks that have candidate corrections, as the engine judges them, up to MODEL_TEXT_MAX. */
export function candidateText(blocks: ReadonlyArray<{ text: string }>, hasCandidates: (block: number) => boolean): string {
  return blocks
    .filter((_, b) => hasCandidates(b))
    .map((b) => b.text)
    .join('\n')
    .slice(0, MODEL_TEXT_MAX);
}
