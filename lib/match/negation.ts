/** A negation that applies to a term: a few words before it, with no punctuation between. */
import type { Passage } from './passage';
import { findTerms, type CompiledTerm, type Hit } from './terms';

/**
 * A Chinese "A-not-A" question (是不是, 有没有, 会不会; Cantonese 係唔係, 有冇): its 不, 没, 唔 or
 * 冇 asks, it negates nothing.
 */
export function asksAnotA(text: string, n: Hit): boolean {
  const c = text[n.start];
  const before = n.start > 0 ? text[n.start - 1] : '';
  return ('不没唔'.includes(c) && before !== '' && before === text[n.start + 1]) || (c === '冇' && before === '有');
}

/** The negations in a (normalized) text, but for those that only ask. */
export function negationsIn(text: string, negation: readonly CompiledTerm[]): Hit[] {
  return findTerms(text, negation).filter((n) => !asksAnotA(text, n));
}

/** How many words before a term a negation still applies to it. */
export const NEGATION_REACH = 3;

export function negationBefore(p: Pick<Passage, 'text' | 'wordAt'>, target: Hit, negations: Hit[], reach = NEGATION_REACH): Hit | undefined {
  return negations.find((n) => {
    if (n.end > target.start) return false;
    if (/[,;:，；、。.!?\n]/.test(p.text.slice(n.end, target.start))) return false;
    return (p.wordAt[target.start] - p.wordAt[Math.max(n.end - 1, 0)]) / 2 <= reach;
  });
}

/** How far a negation reaches when it makes a statement about something else ("has not reached the level of a bubble"). */
export const DROP_REACH = 8;

/** How far a negation may sit before a verb of saying that introduces the claim ("never said that AI is a bubble"). */
const ATTRIBUTION_REACH = 8;

/** A negated verb of saying before the target: the attribution is denied, not the claim's words. */
export function deniedAttribution(p: Pick<Passage, 'text' | 'wordAt'>, target: Hit, negations: Hit[], speech: Hit[]): Hit | undefined {
  return speech.find(
    (v) =>
      v.end <= target.start &&
      (p.wordAt[target.start] - p.wordAt[v.end - 1]) / 2 <= ATTRIBUTION_REACH &&
      !/[;:；。.!?\n]/.test(p.text.slice(v.end, target.start)) &&
      negationBefore(p, v, negations) !== undefined,
  );
}
