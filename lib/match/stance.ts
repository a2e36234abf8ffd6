/**
 * Does the passage assert the claim, report it as someone else's, or already debunk it?
 * Debunking wins: the correction's own cues ("moved to chatgpt.com") or general ones
 * ("misread", "误读") in the sentence or its neighbours, or a negation right before the claim's
 * core words ("did not fall"). A cue that is itself negated ("not yet open to the public")
 * does not count. Reporting: attribution or an estimate in the sentence ("according to",
 * "据报道", "estimated").
 */
import type { CompiledCorrection } from './compile';
import { lexicon } from './lexicon';
import type { Passage } from './passage';
import type { RuleMatch } from './rules';
import { findTerms, type CompiledTerm, type Hit } from './terms';

export const STANCES = ['asserts', 'reports', 'debunks'] as const;
export type Stance = (typeof STANCES)[number];

/** How many words before a term a negation still applies to it. */
const NEGATION_REACH = 3;

type Range = { start: number; end: number };
const inside = (range: Range) => (h: Hit) => h.start >= range.start && h.end <= range.end;
const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

function negationBefore(p: Passage, target: Hit, negations: Hit[]): Hit | undefined {
  return negations.find((n) => {
    if (n.end > target.start) return false;
    if (/[,;:，；、。.!?\n]/.test(p.text.slice(n.end, target.start))) return false;
    return (p.wordAt[target.start] - p.wordAt[Math.max(n.end - 1, 0)]) / 2 <= NEGATION_REACH;
  });
}

export function stanceOf(cc: CompiledCorrection, p: Passage, match: RuleMatch): { stance: Stance; cues: string[] } {
  const lex = lexicon();
  const claim = match.groups.flat();
  // Negations of a cue may be part of the claim ("迟迟没有向公众开放"); negations of the claim may not.
  const negations = findTerms(p.text, lex.negation).filter(inside(p.body));
  const claimNegations = negations.filter((n) => !claim.some((c) => overlaps(c, n)));
  const cues = (terms: CompiledTerm[], range: Range) =>
    findTerms(p.text, terms)
      .filter(inside(range))
      .filter((h) => !claim.some((c) => overlaps(c, h)))
      .filter((h) => !negationBefore(p, h, negations));
  const names = (hits: Hit[]) => [...new Set(hits.map((h) => h.term.source))];

  if (cc.correction.rules.stance === 'debunks') return { stance: 'debunks', cues: names(match.groups[0]) };
  const debunk = [...cues(cc.debunk, p.body), ...cues(lex.debunk, p.body)];
  if (debunk.length) return { stance: 'debunks', cues: names(debunk) };
  const coreNegatable = cc.correction.rules.negation !== 'part-of-claim';
  for (const core of coreNegatable ? match.groups[0].filter(inside(p.sentence)) : []) {
    const n = negationBefore(p, core, claimNegations);
    if (n) return { stance: 'debunks', cues: [n.term.source] };
  }
  const report = [...cues(cc.report, p.sentence), ...cues(lex.report, p.sentence)];
  if (report.length) return { stance: 'reports', cues: names(report) };
  return { stance: 'asserts', cues: [] };
}
