/**
 * A correction's rules over one passage: every `all` group present (the first one, the claim's
 * core, in the sentence itself), no `none` group present, `near` pairs close enough.
 */
import type { CompiledCorrection, CompiledGroup } from './compile';
import { CLAUSE_BREAK, clauseOf, type Passage } from './passage';
import { lexicon } from './lexicon';
import { DROP_REACH, asksAnotA, deniedAttribution, negationBefore, negationsIn } from './negation';
import { findTerms, type Hit } from './terms';

export interface RuleMatch {
  /** Hits of each `all` group, in order (empty for a group satisfied by chart context). */
  groups: Hit[][];
  viaChart: boolean;
}

/** A group's hits in its scope; only that part of the passage is searched. */
function hitsIn(p: Passage, g: CompiledGroup, range = g.scope === 'sentence' ? p.sentence : { start: 0, end: p.text.length }): Hit[] {
  return findTerms(p.text, g.terms, range.start, range.end);
}

function distinctTerms(hits: Hit[]): number {
  return new Set(hits.map((h) => h.term.text)).size;
}

const QUESTION_MARK = /[?？]/;

/** Nearest two hits, one of each list, in words; with `sameQuestion`, never across a question mark. */
function wordDistance(p: Passage, a: Hit[], b: Hit[], sameQuestion = false): number {
  let best = Infinity;
  for (const x of a) {
    for (const y of b) {
      if (sameQuestion && QUESTION_MARK.test(p.text.slice(Math.min(x.end, y.end), Math.max(x.start, y.start)))) continue;
      const d = x.start <= y.start ? p.wordAt[y.start] - p.wordAt[x.end - 1] : p.wordAt[x.start] - p.wordAt[y.end - 1];
      best = Math.min(best, Math.max(0, d) / 2);
    }
  }
  return best;
}

const inSentence = (p: Passage) => (h: Hit) => h.start >= p.sentence.start && h.end <= p.sentence.end;

/**
 * A chart stands in for a group marked `chart` when the passage describes a chart and, if the
 * correction names what marks its charts (domains, series, embed hosts), one of those.
 */
function chartCounts(cc: CompiledCorrection, p: Passage): boolean {
  if (p.kind !== 'chart') return false;
  return cc.chartMarks.length === 0 || findTerms(p.text, cc.chartMarks).length > 0;
}

/** Core hits that are not negated, except through a denied attribution ("never said it was a bubble" still carries the claim, to deny it). */
function withoutNegated(p: Passage, hits: Hit[]): Hit[] {
  const lex = lexicon();
  const negations = negationsIn(p.text, lex.negation).filter(inSentence(p));
  const speech = findTerms(p.text, lex.speech).filter(inSentence(p));
  return hits.filter((h) => !negationBefore(p, h, negations, DROP_REACH) || deniedAttribution(p, h, negations, speech));
}

/** Is a rival subject nearer to the claim's core, in the sentence, than the claim's own subject? */
function rivalIsNearer(cc: CompiledCorrection, p: Passage, groups: Hit[][]): boolean {
  const of = cc.correction.rules.rivals?.of;
  if (of === undefined || cc.rivals.length === 0) return false;
  const core = groups[0];
  const rivals = findTerms(p.text, cc.rivals).filter(inSentence(p));
  if (core.length === 0 || rivals.length === 0) return false;
  // The claim's subject counts where the rival does: in the sentence ("Threads shed 80% of its users" next to a sentence on ChatGPT is about Threads).
  const subject = groups[of].filter(inSentence(p)).filter((h) => !rivals.some((r) => r.start < h.end && h.start < r.end));
  // A rival named in a later clause ("…, while Gemini rose") is that clause's subject, not this one's.
  const before = (c: Hit) => rivals.filter((r) => r.start < c.start || !CLAUSE_BREAK.test(p.text.slice(c.end, r.start)));
  return core.every((c) => wordDistance(p, [c], before(c)) < wordDistance(p, [c], subject));
}

/** The sentence up to the end of a hit's clause: what the hit's clause and those before it say. */
function upToClauseOf(p: Passage, h: Hit): { start: number; end: number } {
  return { start: p.sentence.start, end: clauseOf(p, h.start, h.end).end };
}

/** An `up-to-core` veto holds when, for every core term of the sentence, the group occurs before it or in its clause. */
function beforeEveryCore(p: Passage, g: CompiledGroup, core: Hit[]): boolean {
  const own = core.filter(inSentence(p));
  return own.length > 0 && own.every((h) => distinctTerms(hitsIn(p, g, upToClauseOf(p, h))) >= g.count);
}

/** Does the page's headline or lede, naming the claim's subject, say something that rules the claim out for the whole page? */
export function vetoedByFrame(cc: CompiledCorrection, frame: Passage): boolean {
  if (cc.frameNone.length === 0 || !frame.text || findTerms(frame.text, cc.subject).length === 0) return false;
  return cc.frameNone.some((g) => distinctTerms(findTerms(frame.text, g.terms)) >= g.count);
}

export function matchRules(cc: CompiledCorrection, p: Passage): RuleMatch | undefined {
  const groups: Hit[][] = [];
  let viaChart = false;
  // Cheapest first: the claim's core, in the sentence itself; most sentences end here.
  for (const [i, g] of cc.all.entries()) {
    // The claim must be made by this sentence, not only by its neighbours or the headline.
    // "有没有发布" asks whether it was released; its "没有发布" says nothing.
    let hits = i === 0 ? hitsIn(p, g, p.sentence).filter((h) => !asksAnotA(p.text, h)) : hitsIn(p, g);
    // "not in a bubble": for some claims a negated core is another statement altogether.
    if (i === 0 && cc.correction.rules.negation === 'drops') hits = withoutNegated(p, hits);
    if (distinctTerms(hits) >= g.count) groups.push(hits);
    else if (g.chart && chartCounts(cc, p)) {
      groups.push([]);
      viaChart = true;
    } else return undefined;
  }
  if (rivalIsNearer(cc, p, groups)) return undefined;
  for (const n of cc.correction.rules.near ?? []) {
    const a = groups[n.a];
    const b = groups[n.b];
    if (a.length === 0 || b.length === 0) continue; // satisfied by the chart itself
    if (wordDistance(p, a, b, n.sameQuestion) > n.within) return undefined;
  }
  for (const g of cc.none) if (g.scope === 'up-to-core' ? beforeEveryCore(p, g, groups[0]) : distinctTerms(hitsIn(p, g)) >= g.count) return undefined;
  return { groups, viaChart };
}
