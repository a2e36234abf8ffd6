/**
 * Which real-coverage items form the held-out splits, fixed before the items they cover existed,
 * so nobody chooses what lands in them:
 *   - `check`: about 36% of the first 320 items, by a hash of the item id, spread evenly across
 *     batches, languages and topics. Frozen before any rule was tuned; scored once before tuning.
 *   - `fresh`: every item of the `fresh-*` batches, written later from sources the first 320 do
 *     not use, because some sources of the first batches had been rewritten twice (once into each
 *     split). Scored once, then its mistakes were read and tuned against: it is spent.
 *   - `final`: every item of the `final-*` batches, built the same way from sources no earlier
 *     item uses, after the fresh split was spent. Scored once; then tuned on too (spent).
 *   - `blind`: every item of the `blind-*` batches, written on 2026-12-07 from sources no earlier
 *     item uses, after final was spent and after the timeline and page-cost work. Scored once
 *     before any rule was tuned on it (blind-scored-once.json), then read and tuned on (spent).
 *   - `sealed`: every item of the `sealed-*` batches, declared here before any of them was
 *     written, from sources no earlier item uses, while rules were being tuned on the other
 *     splits (train, fresh, final, blind), never on these items.
 *     Scored once, after that tuning (sealed-scored-once.json), then read and tuned on (spent).
 *   - `vault`: every item of the `vault-*` batches, declared here on 2026-12-07 before any of them
 *     was written, from sources no earlier item uses (Chinese items only from pages first
 *     published in their own script, so no page is rewritten twice). Rules are tuned on every
 *     other split, never on these items; scored once (vault-scored-once.json), then read and tuned
 *     on (spent).
 *   - `probe`: every item of the `probe-*` batches, declared here on 2026-12-07 before any of them
 *     was written, from sources no earlier item uses, in the same way as vault, with more items
 *     that correct a claim (so the ✓ is measured on more than a handful). Rules are tuned on
 *     every other split, never on these items; scored once (probe-scored-once.json), then read and
 *     tuned on (spent).
 *   - `coda`: every item of the `coda-*` batches, declared here on 2026-12-07 before any of them was
 *     written, after probe was spent, from sources no earlier item uses, in the same way. Rules
 *     are tuned on every other split, never on these items; scored once (coda-scored-once.json),
 *     then read and tuned on (spent).
 *   - `finale`: every item of the `finale-*` batches, declared here on 2026-12-07 before any of them
 *     was written, after coda was spent, from sources no earlier item uses, in the same way. Rules
 *     are tuned on every other split, never on these items; scored once (finale-scored-once.json),
 *     then read and tuned on (spent) once encore was declared.
 *   - `encore`: every item of the `encore-*` batches, declared here on 2026-12-07 after finale was spent,
 *     before any of them was written, from sources no earlier item uses, in the same way. Rules are
 *     tuned on every other split, never on these items; scored once (encore-scored-once.json),
 *     then read and tuned on (spent) once epilogue was declared.
 *   - `epilogue`: every item of the `epilogue-*` batches, declared here on 2026-12-07 before any of
 *     them was written, after encore was scored, from sources no earlier item uses, in the same
 *     way. Rules are tuned on every other split, never on these items; scored once
 *     (epilogue-scored-once.json), then read and tuned on (spent) once postscript was declared.
 *   - `postscript`: every item of the `postscript-*` batches, declared here on 2026-12-07 before any
 *     of them was written, after epilogue was scored, from sources no earlier item uses, in the
 *     same way. Rules are tuned on every other split, never on these items; scored once
 *     (postscript-scored-once.json).
 *   - `train`: the rest; rules may be tuned against it.
 *
 * The written-phrasings corpus (tests/corpus/variants: news passages written for the test, to word
 * each claim in as many ways as people do, not rewritten from a page) has two halves, by a hash
 * of the item id, declared here on 2026-12-07 before any of its items was written: rules may be
 * tuned on `variants-tune`; `variants-held` is scored, never read.
 */
import { hashText } from '../match/check';

export const CHECK_SHARE = 36;
/** The splits made of whole batches, named by their items' id prefix, in the order they were written. */
const BATCH_SPLITS = ['fresh', 'final', 'blind', 'sealed', 'vault', 'probe', 'coda', 'finale', 'encore', 'epilogue', 'postscript'] as const;
export type Split = 'check' | 'train' | (typeof BATCH_SPLITS)[number];

/** The splits rules (and the page model) may be tuned on: every split but check and postscript. */
export const TUNED_SPLITS: readonly Split[] = ['train', 'fresh', 'final', 'blind', 'sealed', 'vault', 'probe', 'coda', 'finale', 'encore', 'epilogue'];
export const isTuned = (split: string) => (TUNED_SPLITS as readonly string[]).includes(split);

function bucket(id: string): number {
  // FNV-1a of the id (as the flag keys use), base 36 → a number in 0..99.
  return parseInt(hashText(`split:${id}`), 36) % 100;
}

export type VariantSplit = 'variants-tune' | 'variants-held';

export function variantSplitOf(id: string): VariantSplit {
  return bucket(id) < 50 ? 'variants-held' : 'variants-tune';
}

export function splitOf(id: string): Split {
  return BATCH_SPLITS.find((s) => id.startsWith(`${s}-`)) ?? (bucket(id) < CHECK_SHARE ? 'check' : 'train');
}
