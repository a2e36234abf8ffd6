/**
 * The engine in one call, for every place that has the corrections in memory (the CLI, the
 * tests, the bench): prefilter each block, look up the corrections its triggers point to,
 * and judge the sentences. The background does the same with IndexedDB lookups in between.
 */
import { buildPrefilter, type Prefilter } from './detect/prefilter';
import { compileTriggerIndex, triggerKeys } from './detect/triggerIndex';
import { checkPage, type Flag, type PageBlock } from './match/check';
import type { PageModel } from './model/classifier';
import { shippedModel } from './model/shipped';
import type { Correction } from './schema/correction';

export interface PageText {
  blocks: PageBlock[];
  headline?: string;
  /** The article's first paragraph. */
  lede?: string;
  published?: string | null;
}

/** What most blocks have: no key at all (shared, never mutated). */
const NONE: readonly string[] = Object.freeze([]);

export class CorrectionIndex {
  readonly prefilter: Prefilter;
  private readonly keyOfPattern: string[];
  private readonly byKey = new Map<string, Correction[]>();

  constructor(readonly corrections: readonly Correction[]) {
    const index = compileTriggerIndex(corrections);
    this.prefilter = buildPrefilter(index.patterns);
    this.keyOfPattern = index.keys;
    for (const c of corrections) {
      for (const key of triggerKeys(c)) {
        const list = this.byKey.get(key) ?? [];
        list.push(c);
        this.byKey.set(key, list);
      }
    }
  }

  /** Trigger keys found in a text. */
  keysIn(text: string): readonly string[] {
    const found = this.prefilter.scan(text);
    return found.length ? [...new Set(found.map((p) => this.keyOfPattern[p]))] : NONE;
  }

  lookup(keys: readonly string[]): Correction[] {
    if (keys.length === 0) return [];
    const out = new Set<Correction>();
    for (const k of keys) for (const c of this.byKey.get(k) ?? []) out.add(c);
    return [...out];
  }
}

/**
 * Corrections worth judging for each block: those its own triggers point to, and those the
 * headline's do (a body sentence often continues the headline's subject: "the company's
 * losses…" under an OpenAI headline).
 */
export function candidatesByBlock(page: PageText, keysIn: (text: string) => readonly string[]): (readonly string[])[] {
  const headlineKeys = page.headline ? keysIn(page.headline) : [];
  return page.blocks.map((b) => {
    const own = keysIn(b.text);
    if (!headlineKeys.length) return own;
    return own.length ? [...new Set([...own, ...headlineKeys])] : headlineKeys;
  });
}

/** Flags for a page, read with the shipped page-level model unless another (or none: null) is given. */
export function checkWithIndex(page: PageText, index: CorrectionIndex, today?: string, model: PageModel | null = shippedModel()): Flag[] {
  const keys = candidatesByBlock(page, (t) => index.keysIn(t));
  const corrections = keys.map((k) => index.lookup(k));
  return checkPage({ ...page, candidates: (b) => corrections[b], today, model });
}
