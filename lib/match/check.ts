/**
 * A page's blocks against the corrections that their triggers point to → flags.
 * Each sentence is judged with its neighbours (two either side, in its block) and the
 * headline; for each topic a sentence carries, the best correction whose window covers the
 * claim's date wins.
 */
import type { PageModel } from '../model/classifier';
import { candidateText } from '../model/features';
import type { Correction, Verdict } from '../schema/correction';
import { normalizeText } from '../text/normalize';
import { splitSentences } from '../text/segment';
import { compileCorrection, type CompiledCorrection } from './compile';
import { dateInWindow, referenceDates, type DateBasis, type DatedClaim } from './dates';
import { buildPassage, type BlockKind, type Passage } from './passage';
import { matchRules, vetoedByFrame, type RuleMatch } from './rules';
import { adoptionIn, counterEvidenceIn, framesCorrection, stanceOf, type Stance } from './stance';
import { lexicon } from './lexicon';
import { findTerms, type Hit } from './terms';

export interface PageBlock {
  text: string;
  kind: BlockKind;
}

export interface FlagReason {
  /** Terms that matched, group by group. */
  matched: string[][];
  /** Which rule decided ("rules.all" and, when used, "chart context"). */
  rule: string;
  /** What decided the stance. */
  stanceCues: string[];
  /** Which date placed the claim in the correction's window. */
  date: string;
  dateBasis: DateBasis;
  /** Correction words by which the headline or lede frames the page as this correction. */
  framed?: string[];
  /** The passage is the page's headline or lede. */
  place?: 'headline' | 'lede';
  /** The debunk rests on the correction's own counter-evidence (the domain move, the report's real title…). */
  counterEvidence?: true;
  /** The page-level model's reading of the page on this topic (absent when it was not asked). */
  model?: ModelReading;
  /**
   * The correction's own counter-evidence found elsewhere on the page, in a sentence that does not
   * itself carry the claim (a paragraph on the domain move after the chart it explains).
   */
  pageEvidence?: string[];
  /** Words by which the page leaves the debate on the claim open ("both sides have a point"). */
  undecided?: string[];
}

export interface ModelReading {
  /** Chance that the page corrects the claim (absent: a topic with too few corrections in the corpus to judge). */
  corrects?: number;
  /**
   * Enough for "this page corrects it": the model finds it likely enough or, on a topic it does
   * not judge, the passage carries the correction's own counter-evidence (or the page does, and its
   * headline or lede frames it as this correction).
   */
  confirmsCorrection: boolean;
  /** The model is nearly sure the page corrects the claim, whatever its passages say (see lib/model/classifier.ts). */
  readsAsCorrection?: true;
}

export interface Flag {
  /** Stable across visits: the correction and a hash of the normalized quote. */
  key: string;
  correctionId: string;
  topic: string;
  verdict: Verdict;
  stance: Stance;
  quote: string;
  block: number;
  start: number;
  end: number;
  reason: FlagReason;
}

export interface CheckInput {
  blocks: PageBlock[];
  headline?: string;
  /** The article's first paragraph: with the headline, it can frame the page as a correction. */
  lede?: string;
  published?: string | null;
  /** For each block, the corrections whose triggers occur in it (or in the headline). */
  candidates: (block: number) => readonly Correction[];
  today?: string;
  /** The page-level model; without it (or with null), the rules alone decide. */
  model?: PageModel | null;
}

/** Sentences either side that give a sentence its context (a subject named earlier, a correction after). */
const NEIGHBOURS = 2;

export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

interface Candidate {
  cc: CompiledCorrection;
  match: RuleMatch;
  when: DatedClaim;
}

/** A sentence that dates its claim outranks the page's date; then priority; then the more specific rule. */
function better(a: Candidate, b: Candidate): boolean {
  const ma = a.when.basis === 'mentioned' ? 1 : 0;
  const mb = b.when.basis === 'mentioned' ? 1 : 0;
  if (ma !== mb) return ma > mb;
  const pa = a.cc.correction.priority ?? 0;
  const pb = b.cc.correction.priority ?? 0;
  if (pa !== pb) return pa > pb;
  return a.match.groups.length > b.match.groups.length;
}

export function checkPage(input: CheckInput): Flag[] {
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const flags: Flag[] = [];
  let headline: string | undefined;
  const framing = new Map<CompiledCorrection, string[]>();
  const frame = buildPassage({ sentence: normalizeText([input.headline ?? '', input.lede ?? ''].join('\n').trim()), kind: 'text' });
  const vetoes = new Map<CompiledCorrection, boolean>();
  /** Sentences with the corrections in their date window whose claim they do not carry: they may still answer it. */
  const unmatched: Array<{ sentence: string; kind: BlockKind; corrections: CompiledCorrection[] }> = [];
  const vetoed = (cc: CompiledCorrection) => vetoes.get(cc) ?? vetoes.set(cc, vetoedByFrame(cc, frame)).get(cc)!;
  input.blocks.forEach((block, b) => {
    const corrections = input.candidates(b).map(compileCorrection).filter((cc) => !vetoed(cc));
    if (corrections.length === 0) return;
    // A chart's description (alt text, labels, caption) is read as one unit, not label by label.
    const sentences = block.kind !== 'text' ? [{ start: 0, end: block.text.length, text: block.text.slice(0, 2000) }] : splitSentences(block.text);
    const isHeadline = block.kind === 'heading' && block.text.trim() === input.headline?.trim();
    const place = isHeadline ? 'headline' : input.lede && block.text.trim() === input.lede.trim() ? 'lede' : undefined;
    headline ??= input.headline ? normalizeText(input.headline) : '';
    const normalized = sentences.map((s) => normalizeText(s.text));
    sentences.forEach((s, i) => {
      const sentenceText = normalized[i];
      const passage = buildPassage({
        sentence: sentenceText,
        previous: normalized.slice(Math.max(0, i - NEIGHBOURS), i).join(' '),
        next: normalized.slice(i + 1, i + 1 + NEIGHBOURS).join(' '),
        headline: isHeadline ? '' : headline,
        kind: block.kind,
      });
      const dates = referenceDates(sentenceText, input.published, today);
      const best = new Map<string, Candidate>();
      const missed: CompiledCorrection[] = [];
      for (const cc of corrections) {
        const when = dateInWindow(cc.correction, dates);
        if (!when) continue;
        const match = matchRules(cc, passage);
        if (!match) {
          missed.push(cc);
          continue;
        }
        const current = best.get(cc.correction.topic);
        const candidate = { cc, match, when };
        if (!current || better(candidate, current)) best.set(cc.correction.topic, candidate);
      }
      if (missed.length) unmatched.push({ sentence: sentenceText, kind: block.kind, corrections: missed });
      for (const { cc, match, when } of best.values()) {
        const c = cc.correction;
        const stance = stanceOf(cc, passage, match);
        let framed = framing.get(cc);
        if (!framed) framing.set(cc, (framed = framesCorrection(cc, frame)));
        flags.push({
          key: `${c.id}:${hashText(sentenceText)}`,
          correctionId: c.id,
          topic: c.topic,
          verdict: c.verdict,
          stance: stance.stance,
          quote: s.text.replace(/\s+/g, ' '),
          block: b,
          start: s.start,
          end: s.end,
          reason: {
            matched: match.groups.map((hits) => [...new Set(hits.map((h) => h.term.source))]),
            rule: match.viaChart ? 'rules.all (chart context)' : 'rules.all',
            stanceCues: stance.cues,
            ...(stance.counterEvidence ? { counterEvidence: true as const } : {}),
            date: when.date,
            dateBasis: when.basis,
            ...(framed.length ? { framed } : {}),
            ...(place ? { place } : {}),
          },
        });
      }
    });
  });
  if (!flags.length) return flags;
  const isCandidate = (b: number) => input.candidates(b).length > 0;
  answerElsewhere(flags, unmatched);
  leftOpen(flags, input.blocks.filter((_, b) => isCandidate(b)));
  if (input.model) readWithModel(flags, input.model, candidateText(input.blocks, isCandidate));
  return flags;
}

/**
 * The correction's own counter-evidence in sentences of the page that do not carry its claim (a
 * paragraph on the domain move after the chart it explains): each flag of that correction records
 * it. Words by which the page adopts the claim there ("when Goldman calls a bubble, it's time to
 * listen") make its passages that only attribute the claim assert it. Only the corrections that
 * flagged something are looked for.
 */
function answerElsewhere(flags: Flag[], unmatched: ReadonlyArray<{ sentence: string; kind: BlockKind; corrections: CompiledCorrection[] }>): void {
  const flagged = new Set(flags.map((f) => f.correctionId));
  const evidence = new Map<string, Set<string>>();
  const adopted = new Map<string, Set<string>>();
  const add = (to: Map<string, Set<string>>, id: string, hits: Hit[]) => {
    for (const h of hits) (to.get(id) ?? to.set(id, new Set()).get(id)!).add(h.term.source);
  };
  for (const { sentence, kind, corrections } of unmatched) {
    let alone: Passage | undefined;
    for (const cc of corrections) {
      const id = cc.correction.id;
      if (!flagged.has(id)) continue;
      alone ??= buildPassage({ sentence, kind });
      add(evidence, id, counterEvidenceIn(cc, alone));
      add(adopted, id, adoptionIn(cc, alone));
    }
  }
  for (const f of flags) {
    const cues = evidence.get(f.correctionId);
    if (cues) f.reason.pageEvidence = [...cues];
    // The page adopts the claim in its own voice elsewhere ("time to listen"): a passage that only attributes it asserts it too.
    const adopting = adopted.get(f.correctionId);
    if (adopting && f.stance === 'reports') {
      f.stance = 'asserts';
      f.reason.stanceCues = [...adopting];
    }
  }
}

/**
 * Words in the page's candidate blocks that leave the debate open, read in every block (the page
 * model reads only the first 20,000 characters; a verdict at the foot of a long page counts):
 * recorded on every flag, for the page's stance.
 */
function leftOpen(flags: Flag[], blocks: readonly PageBlock[]): void {
  const undecided = lexicon().undecided;
  const open = new Set(blocks.flatMap((b) => findTerms(normalizeText(b.text), undecided).map((h) => h.term.source)));
  if (open.size) for (const f of flags) f.reason.undecided = [...open];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Every flag on a topic the model knows gets its reading of the page (one per topic): does the page
 * correct the claim? On a claim it has too few corrections of to judge, the correction's own evidence
 * confirms instead: in the passage, or elsewhere on a page whose headline or lede frames it as this
 * correction.
 */
function readWithModel(flags: Flag[], model: PageModel, text: string): void {
  const { chances: scores, tokens } = model.corrects(text, new Set(flags.map((f) => f.topic)));
  for (const f of flags) {
    if (!model.knows(f.topic)) continue;
    const s = scores.get(f.topic);
    f.reason.model =
      s === undefined
        ? { confirmsCorrection: f.reason.counterEvidence === true || ((f.reason.framed?.length ?? 0) > 0 && (f.reason.pageEvidence?.length ?? 0) > 0) }
        : { corrects: round2(s), confirmsCorrection: s >= model.data.correctsAtLeast, ...(model.readsAsCorrection(s, tokens) ? { readsAsCorrection: true as const } : {}) };
  }
}
