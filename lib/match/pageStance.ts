/**
 * What a page does with each claim it carries, decided once for the whole page and used by
 * the badge, the popup, the in-page markers, the CLI and the quality scores alike.
 *
 * A page corrects a claim only when its passages on it all debunk it, when some do and its
 * headline or lede frames the page as a correction, or when none asserts it, the others only
 * attribute it to someone, and a passage answers it with the correction's own counter-evidence
 * (the claim told, then refuted with the domain move) — in a passage on the claim or in other
 * sentences of the page, two pieces at least (`pageEvidence`: the chart described, then a paragraph
 * on the domain move). A passage that seems to assert the claim does not stop a correction when
 * another passage debunks it and the page gives ample evidence of its own (three pieces or more:
 * the chart told in the page's words, then taken apart).
 * A page that leaves the debate open ("both sides have a point", "谁也说不准") and is not framed
 * as a correction reports it, even where one side answers the claim.
 * When the evidence is mixed (a passage debunks or the page gives that evidence, another passage
 * repeats the claim, nothing frames the page), the page is a warning that also questions the
 * claim: a wrong "this page corrects it" misleads, an extra warning only bothers.
 *
 * When the page-level model read the page (lib/model), "this page corrects it" also needs the
 * model to confirm the correction, or ample counter-evidence of the correction's own on the page
 * (`AMPLE_PAGE_EVIDENCE`); unconfirmed, it is a warning that also questions the claim.
 * Where the model is nearly sure, on an article's worth of text, that the page corrects the claim,
 * the page corrects it even though no passage does in words the rules know ("from demo reel to
 * product: a short history of Sora"); the topic says so (`byModel`), and so does the popup.
 */
import type { Flag } from './check';
import type { Stance } from './stance';

export interface TopicStance {
  topic: string;
  stance: Stance;
  /** A warning on a page that also questions the claim somewhere. */
  questioned: boolean;
  /** The page would correct the claim by its passages, but the page-level model did not confirm it. */
  unconfirmed?: true;
  /** The page corrects the claim by the page-level model's reading alone: no passage of it corrects the claim in words the rules know. */
  byModel?: true;
  /** Passages on the topic. */
  passages: number;
}

type FlagLike = Pick<Flag, 'topic' | 'stance'> & { reason: Pick<Flag['reason'], 'framed' | 'place' | 'model' | 'counterEvidence' | 'pageEvidence' | 'undecided'> };

/**
 * Distinct pieces of the correction's own counter-evidence, elsewhere on the page, that answer a
 * claim the page only tells as others': one word ("the address") may be a passing doubt; two make
 * an answer (tuned: no right "corrects" lost, one wrong one gone).
 */
export const ANSWERED_ELSEWHERE = 2;

/**
 * Distinct pieces of the correction's own counter-evidence, elsewhere on the page, that confirm a
 * correction without the model: a page that gives the real title, the one analyst and the strategists'
 * answer has answered the claim, whatever its wording (tuned on variants-tune and the tuned real
 * split: no wrong "corrects" from 2, none from 3).
 */
export const AMPLE_PAGE_EVIDENCE = 3;

/** The model confirms a correction, was not asked, or the page gives ample counter-evidence of its own. */
const confirmed = (flags: FlagLike[], evidence: number) => evidence >= AMPLE_PAGE_EVIDENCE || flags.some((f) => !f.reason.model || f.reason.model.confirmsCorrection);

/** The headline or lede frames the page as a correction: in so many words, or by debunking the claim itself. */
const frames = (f: FlagLike) => (f.reason.framed?.length ?? 0) > 0 || (f.stance === 'debunks' && f.reason.place !== undefined);

function decide(topic: string, flags: FlagLike[], framed: boolean): TopicStance {
  const debunking = flags.filter((f) => f.stance === 'debunks').length;
  const reporting = flags.filter((f) => f.stance === 'reports').length;
  const asserting = flags.length - debunking - reporting;
  const passages = flags.length;
  // Corrected throughout; framed as a correction with passages that correct the claim; or told as others' claim and refuted with the correction's own evidence.
  // Pieces of that evidence the page gives outside the claim's passages (every flag of a correction carries the same).
  const evidence = Math.max(0, ...flags.map((f) => f.reason.pageEvidence?.length ?? 0));
  const elsewhere = evidence >= ANSWERED_ELSEWHERE;
  const refuted = asserting === 0 && (flags.some((f) => f.stance === 'debunks' && f.reason.counterEvidence) || elsewhere);
  // A passage debunks and the page gives ample evidence of its own: a passage that seems to assert is the claim described before it is answered (the chart told, then taken apart).
  const outweighed = debunking > 0 && evidence >= AMPLE_PAGE_EVIDENCE;
  // The page leaves the debate open ("both sides have a point"): it reports the debate, whatever one side answers.
  const open = !framed && flags.some((f) => f.reason.undecided?.length);
  const corrects = !open && (debunking > 0 || elsewhere) && (asserting + reporting === 0 || framed || refuted || outweighed);
  if (corrects && confirmed(flags, evidence)) return { topic, stance: 'debunks', questioned: false, passages };
  if (!open && flags.some((f) => f.reason.model?.readsAsCorrection)) return { topic, stance: 'debunks', questioned: false, passages, byModel: true };
  // A correction the model does not confirm, with nothing else said: the page discusses the claim.
  const stance: Stance = reporting > asserting || (debunking > 0 && asserting === 0) ? 'reports' : 'asserts';
  return { topic, stance, questioned: debunking > 0 || evidence > 0, passages, ...(corrects ? { unconfirmed: true as const } : {}) };
}

export function decidePageStances(flags: readonly FlagLike[]): TopicStance[] {
  const byTopic = new Map<string, FlagLike[]>();
  for (const f of flags) byTopic.set(f.topic, [...(byTopic.get(f.topic) ?? []), f]);
  // A headline or lede that corrects one claim frames the story: its related claims are read in that light.
  const framed = flags.some(frames);
  return [...byTopic].map(([topic, list]) => decide(topic, list, framed));
}
