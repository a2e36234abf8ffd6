/**
 * What a page does with each claim it carries, decided once for the whole page and used by
 * the badge, the popup, the in-page markers, the CLI and the quality scores alike.
 *
 * A page corrects a claim only when its passages on it all debunk it, or when some do and its
 * headline or lede frames the page as a correction. When the evidence is mixed (a passage
 * debunks, another repeats the claim, nothing frames the page), the page is a warning that
 * also questions the claim: a wrong "this page corrects it" misleads, an extra warning only
 * bothers.
 */
import type { Flag } from './check';
import type { Stance } from './stance';

export interface TopicStance {
  topic: string;
  stance: Stance;
  /** A warning on a page that also questions the claim somewhere. */
  questioned: boolean;
  /** Passages on the topic. */
  passages: number;
}

type FlagLike = Pick<Flag, 'topic' | 'stance'> & { reason: Pick<Flag['reason'], 'framed' | 'place'> };

/** The headline or lede frames the page as a correction: in so many words, or by debunking the claim itself. */
const frames = (f: FlagLike) => (f.reason.framed?.length ?? 0) > 0 || (f.stance === 'debunks' && f.reason.place !== undefined);

function decide(topic: string, flags: FlagLike[], framed: boolean): TopicStance {
  const debunking = flags.filter((f) => f.stance === 'debunks').length;
  const reporting = flags.filter((f) => f.stance === 'reports').length;
  const asserting = flags.length - debunking - reporting;
  const passages = flags.length;
  // Corrected throughout, or framed as a correction with passages that correct the claim.
  if (debunking > 0 && (asserting + reporting === 0 || framed)) return { topic, stance: 'debunks', questioned: false, passages };
  const stance: Stance = reporting > asserting ? 'reports' : 'asserts';
  return { topic, stance, questioned: debunking > 0, passages };
}

export function decidePageStances(flags: readonly FlagLike[]): TopicStance[] {
  const byTopic = new Map<string, FlagLike[]>();
  for (const f of flags) byTopic.set(f.topic, [...(byTopic.get(f.topic) ?? []), f]);
  // A headline or lede that corrects one claim frames the story: its related claims are read in that light.
  const framed = flags.some(frames);
  return [...byTopic].map(([topic, list]) => decide(topic, list, framed));
}
