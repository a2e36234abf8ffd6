/**
 * What a page's check produces and every view shows: flags with the correction texts they
 * need, and the report kept per tab.
 */
import type { TimelineView } from './timeline/view';
import type { Flag } from './match/check';
import { decidePageStances, type TopicStance } from './match/pageStance';
import type { Stance } from './match/stance';
import type { ScanStats } from './page/scanner';
import type { Correction, Evidence, Lang, Localized } from './schema/correction';

export interface FlagView extends Flag {
  claim: Localized;
  summary: Localized;
  details?: Localized;
  evidence: Evidence[];
  appliesFrom?: string;
  appliesUntil?: string;
  source: Correction['source'];
  /** Set when the passage is a chart embed's text: the embed's address (host and path). */
  frame?: string;
  /** A fact-checker's own rating, shown as theirs. */
  rating?: Correction['rating'];
  /** What the page as a whole does with this flag's claim (one decision per topic). */
  pageStance?: Stance;
  /** The page warns on this claim but also questions it somewhere. */
  questioned?: boolean;
  /** The timeline of the product the correction rests on: its events, with their evidence. */
  timeline?: TimelineView;
}

export interface TabReport {
  url: string;
  site: string;
  title: string;
  published: string | null;
  lang: Lang;
  /** The page's stance on each claim it carries, decided once for the page. */
  topics: TopicStance[];
  flags: FlagView[];
  /** Flags the user marked "not relevant" on this site, kept so they can be brought back. */
  hidden: FlagView[];
  updatedAt: string;
}

/** What the content script says about its page when asked (the popup's empty states come from it). */
export interface PageStatus {
  site: string;
  enabled: boolean;
  scanning: boolean;
  flags: number;
  /** What the last full scan cost (blocks read, candidates, slices, longest slice, total time). */
  scan?: ScanStats & { ms: number };
}

export function toFlagView(flag: Flag, c: Correction, timeline?: TimelineView): FlagView {
  return {
    ...flag,
    claim: c.claim,
    summary: c.summary,
    details: c.details,
    evidence: c.evidence,
    appliesFrom: c.appliesFrom,
    appliesUntil: c.appliesUntil,
    source: c.source,
    ...(c.rating ? { rating: c.rating } : {}),
    ...(timeline ? { timeline } : {}),
  };
}

/** A flag's text in the wanted language, falling back to the other two. */
export function localized(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  const fallback: Record<Lang, Lang[]> = { en: ['en', 'zh-Hans', 'zh-Hant'], 'zh-Hant': ['zh-Hant', 'zh-Hans', 'en'], 'zh-Hans': ['zh-Hans', 'zh-Hant', 'en'] };
  for (const l of fallback[lang]) if (text[l]) return text[l]!;
  return '';
}

/** Warnings are claims the page asserts or reports; a claim the page as a whole corrects is shown as such, and context is never a warning. */
export function isWarning(f: Pick<FlagView, 'stance' | 'pageStance' | 'verdict'>): boolean {
  return (f.pageStance ?? f.stance) !== 'debunks' && f.verdict !== 'context';
}

/** Decide the page's stance per topic over all its flags, and stamp each flag with its topic's decision. */
export function withPageStances<F extends FlagView>(flags: F[]): { flags: F[]; topics: TopicStance[] } {
  const topics = decidePageStances(flags);
  const byTopic = new Map(topics.map((t) => [t.topic, t]));
  return {
    topics,
    flags: flags.map((f) => {
      const t = byTopic.get(f.topic)!;
      return { ...f, pageStance: t.stance, questioned: t.questioned };
    }),
  };
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
