/**
 * A small page-level model that second-guesses the rules where a mistake costs the reader most:
 * does a page the rules read as correcting a claim really correct it? A logistic regression over
 * hashed words, trained by `npm run train` from the labelled corpus, its weights kept as data
 * (seeds/model.json).
 *
 * Mostly it takes away: a correction it does not confirm is shown as a warning that the page also
 * questions. Only when it is nearly sure (`readsAsCorrection.atLeast`, far above the confirming
 * threshold, and on an article's worth of text) does it read a page as correcting a claim its
 * passages do not correct in words the rules know ("the user exodus that wasn't", an interview
 * about a corrected story); the popup says so. It never adds a flag nor removes one.
 */
import * as v from 'valibot';
import { correctsQuestion, features, tokens, type Features } from './features';

export const ModelData = v.object({
  /** Table size, as a power of two. */
  bits: v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(20)),
  /** Topics the model was trained on; flags on any other topic are left to the rules. */
  topics: v.array(v.string()),
  /**
   * Of those, the topics with enough correcting pages in the corpus to judge a correction; on the
   * others, a correction needs the correction's own counter-evidence instead.
   */
  judged: v.array(v.string()),
  /** Below this chance that the page corrects the claim, no ✓: a warning that also questions it. */
  correctsAtLeast: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /**
   * At or above this chance, on a page with at least `minTokens` tokens of text to read (as much as
   * the pages it learnt from), the page corrects the claim even when none of its passages does in
   * words the rules know.
   */
  readsAsCorrection: v.object({ atLeast: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), minTokens: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** Weights, quantized to signed bytes (base64) times `scale`. */
  scale: v.pipe(v.number(), v.minValue(0)),
  weights: v.string(),
  /** How the weights were made, for the record. */
  trainedOn: v.object({ items: v.number(), splits: v.array(v.string()) }),
});
export type ModelData = v.InferOutput<typeof ModelData>;

export class PageModel {
  private readonly w: Int8Array;
  private readonly known: Set<string>;
  private readonly judged: Set<string>;

  constructor(readonly data: ModelData) {
    const bytes = decodeBase64(data.weights);
    if (bytes.length !== 2 ** data.bits) throw new Error(`model weights: expected ${2 ** data.bits} bytes, got ${bytes.length}`);
    this.w = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.known = new Set(data.topics);
    this.judged = new Set(data.judged);
  }

  knows(topic: string): boolean {
    return this.known.has(topic);
  }

  /** For each judged topic asked about, the chance that the page (its text) corrects the claim; and how much text that rests on. */
  corrects(text: string, topics: Iterable<string>): { chances: Map<string, number>; tokens: number } {
    const asked = [...topics].filter((t) => this.judged.has(t));
    const toks = asked.length ? tokens(text) : new Set<string>();
    return { chances: new Map(asked.map((topic) => [topic, this.chance(features(toks, correctsQuestion(topic), this.data.bits))])), tokens: toks.size };
  }

  /** Nearly sure, on enough text: the page corrects the claim whatever its passages say. */
  readsAsCorrection(chance: number, tokens: number): boolean {
    return chance >= this.data.readsAsCorrection.atLeast && tokens >= this.data.readsAsCorrection.minTokens;
  }

  private chance(x: Features): number {
    let z = 0;
    for (const [j, value] of x) z += this.w[j] * this.data.scale * value;
    return 1 / (1 + Math.exp(-z));
  }
}

function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
