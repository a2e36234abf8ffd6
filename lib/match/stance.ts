/**
 * Does the passage assert the claim, report it as someone else's, or debunk it?
 *
 * Debunking needs something that bears on this claim, because telling a reader that a page
 * corrects a claim when it does not is the costliest mistake:
 *   - the correction's own counter-evidence (`rules.debunk`: "moved to chatgpt.com", the report's
 *     real title, the release date) in the sentence or its neighbours;
 *   - a general correction word ("misread", "误读") that governs the claim: in the same sentence
 *     and clause, a few words from the claim's own terms;
 *   - a negation right before the claim's core ("did not fall").
 * A cue that is itself negated ("not yet open to the public") does not count. Reporting: the
 * sentence attributes the claim to someone ("according to analysts", "据报道") or quotes it (its
 * core and another of its terms inside quotation marks); citing a data source ("according to
 * Similarweb") is still asserting. Otherwise the passage asserts.
 */
import type { CompiledCorrection } from './compile';
import { lexicon } from './lexicon';
import { asksAnotA, deniedAttribution, negationBefore, negationsIn } from './negation';
import { CLAUSE_BREAK, clauseOf, type Passage } from './passage';
import type { RuleMatch } from './rules';
import { findTerms, type CompiledTerm, type Hit } from './terms';

export const STANCES = ['asserts', 'reports', 'debunks'] as const;
export type Stance = (typeof STANCES)[number];

/** How far (in words) a general correction word may sit from the claim's terms and still govern them. */
const GOVERN_REACH = 10;
/** How far (in words) after an attribution a data source turns it into a citation. */
const SOURCE_REACH = 3;
/** The coarser clauses a correction word must share with the claim: between semicolons and colons. */
const GOVERN_BREAK = /[;；:：]/;
/** How far (in words) "if" or "even if" reaches within its clause. */
const SUPPOSE_REACH = 10;

type Range = { start: number; end: number };
const inside = (range: Range) => (h: Hit) => h.start >= range.start && h.end <= range.end;
const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;
/** A cue that is part of the claim's own words is no cue ("available to" inside "only available to"). */
const within = (inner: Hit, outer: Hit) => inner.start >= outer.start && inner.end <= outer.end;
/** Words between two hits, whichever comes first (two Chinese characters count as one word). */
const gap = (p: Passage, a: Hit, b: Hit) => (a.end <= b.start ? p.wordAt[b.start] - p.wordAt[a.end - 1] : p.wordAt[a.start] - p.wordAt[b.end - 1]) / 2;

/** A general correction word governs the claim when it sits in the claim's clause, close to its terms. */
function governs(p: Passage, cue: Hit, claim: Hit[]): boolean {
  return claim.some((c) => {
    const [from, to] = c.end <= cue.start ? [c.end, cue.start] : [cue.end, c.start];
    return !GOVERN_BREAK.test(p.text.slice(from, to)) && gap(p, cue, c) <= GOVERN_REACH;
  });
}

/** A closing clause this short is an attribution tag ("…, analysts said"; "…, according to Reuters"). */
const TAG_WORDS = 5;

/**
 * Does an attribution cue attribute the claim? It does before the claim's core or in its clause;
 * after it, only as a short closing tag. In a later clause of its own it speaks of something else
 * ("Sora is open only to testers, and OpenAI says it is still refining it"; "…；不过…已引发担忧").
 */
function attributes(p: Passage, cue: Hit, core: Hit[]): boolean {
  if (core.length === 0 || core.some((c) => cue.start < c.end)) return true;
  const last = core.reduce((a, b) => (b.end > a.end ? b : a));
  if (!CLAUSE_BREAK.test(p.text.slice(last.end, cue.start))) return true;
  const clause = clauseOf(p, cue.start, cue.end);
  return clause.end === p.sentence.end && (p.wordAt[p.sentence.end - 1] - p.wordAt[clause.start]) / 2 <= TAG_WORDS;
}

/** "according to Similarweb", "据 Similarweb 数据", "Similarweb figures reported by…": an attribution to data, not to someone's view. */
function citesData(p: Passage, cue: Hit, sources: Hit[]): boolean {
  return sources.some((s) => (s.start >= cue.end || s.end <= cue.start) && gap(p, cue, s) <= SOURCE_REACH);
}

export interface StanceResult {
  stance: Stance;
  cues: string[];
  /** The debunk rests on the correction's own counter-evidence (or the correction is itself a debunk pattern). */
  counterEvidence?: true;
}

/** Spans between quotation marks ("…", 「…」, 『…』; text is normalized, so curly quotes are straight) within a range. */
function quotedSpans(text: string, range: Range): Range[] {
  const spans: Range[] = [];
  const quote = /"[^"\n]*"|「[^」\n]*」|『[^』\n]*』/g;
  quote.lastIndex = range.start;
  for (let m = quote.exec(text); m && m.index < range.end; m = quote.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * The claim is quoted, not said: its core and another of its terms sit together inside quotation
 * marks ("a screenshot captioned “ChatGPT traffic halves”"). A single quoted word is emphasis
 * (ChatGPT's traffic “collapsed”), not a quotation.
 */
function quotesClaim(p: Passage, core: Hit[], claim: Hit[]): boolean {
  if (core.length === 0) return false;
  const spans = quotedSpans(p.text, p.sentence);
  return core.every((c) => spans.some((q) => within(c, { ...c, ...q }) && claim.some((h) => !overlaps(h, c) && within(h, { ...h, ...q }))));
}

/**
 * Correction cues in a range of the passage that count: not part of the claim's own words, not
 * asked ("有没有说过" is no "没有说过"), and not negated ("not yet open"), still to come ("will
 * soon open") or only supposed in their clause ("even if the story finally falls apart").
 */
function correctionHits(p: Passage, terms: CompiledTerm[], range: Range, claim: Hit[]): Hit[] {
  const hits = findTerms(p.text, terms)
    .filter(inside(range))
    .filter((h) => !claim.some((c) => within(h, c)) && !asksAnotA(p.text, h));
  if (hits.length === 0) return hits;
  const lex = lexicon();
  const notYet = [...negationsIn(p.text, lex.negation), ...findTerms(p.text, lex.future)].filter(inside(p.body));
  const supposed = findTerms(p.text, lex.hypothetical).filter(inside(p.body));
  return hits.filter((h) => !negationBefore(p, h, notYet) && !negationBefore(p, h, supposed, SUPPOSE_REACH));
}

/**
 * The correction's own counter-evidence in a passage ("moved to chatgpt.com", the report's real
 * title): in the sentence or the one after it. An answer follows the claim; the sentence before is
 * often another story ("Nvidia rebounded 7%. ChatGPT's visitor numbers contracted…").
 */
export function counterEvidenceIn(cc: CompiledCorrection, p: Passage, claim: Hit[] = []): Hit[] {
  const hits = correctionHits(p, cc.debunk, { start: p.sentence.start, end: p.body.end }, claim);
  // One piece of evidence, however many of its terms match ("旧域名" holds "域名"): the outermost.
  return hits.filter((h) => !hits.some((o) => o !== h && within(h, o) && o.end - o.start > h.end - h.start));
}

/**
 * Words by which the page adopts the claim as its own in the sentence ("even Goldman admits",
 * "time to listen"): not negated, and not inside a quotation, where they are the quoted voice's
 * ("they say “even Goldman confirms it”").
 */
export function adoptionIn(cc: CompiledCorrection, p: Passage, claim: Hit[] = []): Hit[] {
  const hits = findTerms(p.text, cc.adopt).filter((h) => inside(p.sentence)(h) && !claim.some((c) => within(h, c)));
  if (hits.length === 0) return hits;
  const negations = negationsIn(p.text, lexicon().negation).filter(inside(p.body));
  const quotes = quotedSpans(p.text, p.sentence);
  return hits.filter((h) => !negationBefore(p, h, negations) && !quotes.some((q) => within(h, { ...h, ...q })));
}

export function stanceOf(cc: CompiledCorrection, p: Passage, match: RuleMatch): StanceResult {
  const lex = lexicon();
  const claim = match.groups.flat();
  // A correction word governs the claim's core ("collapsed", "bubble"), not just a name near it.
  const coreInSentence = match.groups[0].filter(inside(p.sentence));
  // Negations of a cue may be part of the claim ("迟迟没有向公众开放"); negations of the claim may not.
  const negations = negationsIn(p.text, lex.negation).filter(inside(p.body));
  const claimNegations = negations.filter((n) => !claim.some((c) => overlaps(c, n)));
  const supposed = findTerms(p.text, lex.hypothetical).filter(inside(p.body));
  const cues = (terms: CompiledTerm[], range: Range) =>
    findTerms(p.text, terms)
      .filter(inside(range))
      .filter((h) => !claim.some((c) => within(h, c)) && !negationBefore(p, h, negations));
  const names = (hits: Hit[]) => [...new Set(hits.map((h) => h.term.source))];

  if (cc.correction.rules.stance === 'debunks') return { stance: 'debunks', cues: names(match.groups[0]), counterEvidence: true };
  const evidence = counterEvidenceIn(cc, p, claim);
  if (evidence.length) return { stance: 'debunks', cues: names(evidence), counterEvidence: true };
  const governing = correctionHits(p, lex.debunk, p.sentence, claim).filter((h) => governs(p, h, coreInSentence));
  if (governing.length) return { stance: 'debunks', cues: names(governing) };
  const mode = cc.correction.rules.negation ?? 'flips';
  const speech = findTerms(p.text, lex.speech).filter(inside(p.sentence));
  for (const core of mode === 'part-of-claim' ? [] : coreInSentence) {
    // "can't say whether it is a bubble" is doubt, not a denial that anyone said so.
    const said = deniedAttribution(p, core, claimNegations, speech);
    if (said && !supposed.some((h) => h.start >= said.end && h.end <= core.start)) return { stance: 'debunks', cues: [said.term.source] };
    const n = mode === 'flips' ? negationBefore(p, core, claimNegations) : undefined;
    if (n) return { stance: 'debunks', cues: [n.term.source] };
  }
  const sources = findTerms(p.text, lex.dataSource).filter(inside(p.sentence));
  const report = [...cues(cc.report, p.sentence), ...cues(lex.report, p.sentence)].filter((h) => !citesData(p, h, sources) && attributes(p, h, coreInSentence));
  // "Is ChatGPT really fading?" asks, it does not assert (a headline may go on after its question).
  const sentence = p.text.slice(p.sentence.start, p.sentence.end).trim();
  const asks = p.kind === 'heading' ? /[?？]/.test(sentence) : /[?？]$/.test(sentence);
  const doubted = asks ? cues(lex.doubt, p.sentence) : [];
  if (doubted.length) return { stance: 'reports', cues: names(doubted) };
  const adopted = adoptionIn(cc, p, claim);
  if (adopted.length) return { stance: 'asserts', cues: names(adopted) };
  if (report.length) return { stance: 'reports', cues: names(report) };
  if (quotesClaim(p, coreInSentence, claim)) return { stance: 'reports', cues: ['“…”'] };
  return { stance: cc.correction.rules.plainStance ?? 'asserts', cues: [] };
}

/**
 * Does a headline or lede frame the page as a correction of this claim: a correction word that is
 * not negated, and the claim's subject (one of its triggers)?
 */
export function framesCorrection(cc: CompiledCorrection, frame: Passage): string[] {
  if (!frame.text) return [];
  const lex = lexicon();
  const negations = negationsIn(frame.text, lex.negation);
  const correcting = findTerms(frame.text, lex.debunk).filter((h) => !negationBefore(frame, h, negations));
  if (correcting.length === 0 || findTerms(frame.text, cc.subject).length === 0) return [];
  return [...new Set(correcting.map((h) => h.term.source))];
}
