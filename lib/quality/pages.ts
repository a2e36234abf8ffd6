/**
 * Scoring whole news items (headline, lede, paragraphs, captions) the way a reader meets them:
 * does the page get a flag at all, which claims (topics) it carries, what it does with each
 * (the page-level stance the badge shows), and whether "this page corrects it" can be trusted.
 */
import { checkWithIndex, type CorrectionIndex } from '../engine';
import type { Flag, PageBlock } from '../match/check';
import { decidePageStances } from '../match/pageStance';
import type { PageModel } from '../model/classifier';

/** Date windows are read as of this day, so that the figures do not drift with the calendar. */
export const QUALITY_TODAY = '2026-12-07';

export interface Expectation {
  topic: string;
  stance: string;
}

export interface PageItem {
  id: string;
  lang: string;
  published: string | null;
  headline?: string;
  blocks: PageBlock[];
  expect: Expectation[];
}

/** Anything that reads a page and says which topics it carries, with what stance. */
export type PageJudge = (item: PageItem) => Expectation[];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScores {
  items: number;
  page: Counts;
  topic: Counts;
  /** "This page corrects the claim", per topic. */
  corrects: Counts;
  /** Three-way stance right, on topics both found and labelled. */
  stanceRight: number;
  stanceTotal: number;
  mistakes: string[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function count(c: Counts, got: boolean, want: boolean): void {
  if (got && want) c.tp++;
  else if (got) c.fp++;
  else if (want) c.fn++;
}

export function scorePages(items: PageItem[], judge: PageJudge): PageScores {
  const s: PageScores = { items: items.length, page: zero(), topic: zero(), corrects: zero(), stanceRight: 0, stanceTotal: 0, mistakes: [] };
  for (const item of items) {
    const got = new Map(judge(item).map((e) => [e.topic, e.stance]));
    const want = new Map(item.expect.map((e) => [e.topic, e.stance]));
    count(s.page, got.size > 0, want.size > 0);
    for (const topic of new Set([...got.keys(), ...want.keys()])) {
      const g = got.get(topic);
      const w = want.get(topic);
      count(s.topic, g !== undefined, w !== undefined);
      count(s.corrects, g === 'debunks', w === 'debunks');
      if (g && w) {
        s.stanceTotal++;
        if (g === w) s.stanceRight++;
      }
      if (g !== w) s.mistakes.push(`${item.id} ${topic}: got ${g ?? 'nothing'}, labelled ${w ?? 'nothing'}`);
    }
  }
  return s;
}

/** The engine's page-level answer from its flags: the same decision the badge and the popup use. */
export function topicsFromFlags(flags: Flag[]): Expectation[] {
  return decidePageStances(flags).map(({ topic, stance }) => ({ topic, stance }));
}

/** An item as the engine reads a page: the headline as a heading block, then the body; the first paragraph is the lede. */
export function pageOf(item: PageItem) {
  const blocks: PageBlock[] = [...(item.headline ? [{ text: item.headline, kind: 'heading' as const }] : []), ...item.blocks];
  return { blocks, headline: item.headline, lede: item.blocks.find((b) => b.kind === 'text')?.text, published: item.published };
}

/** Footnote as a judge of corpus items: the page-level stance per claim, read as of QUALITY_TODAY (the shipped page model unless another, or none: null, is given). */
export function footnoteJudge(index: CorrectionIndex, model?: PageModel | null, today = QUALITY_TODAY): PageJudge {
  return (item) => topicsFromFlags(checkWithIndex(pageOf(item), index, today, model));
}
