/**
 * The background half of a page check: look up the corrections the page's trigger keys point
 * to (an index lookup per key, kept until the store changes, so their compiled rules are
 * reused across pages), judge the candidate blocks, and merge the result into the tab's report.
 */
import { buildPrefilter } from '../detect/prefilter';
import { checkPage } from '../match/check';
import { shippedModel } from '../model/shipped';
import { frameKey } from '../page/chartFrame';
import { triggerIndexItem } from '../settings';
import type { CheckRequest } from '../messages';
import { getProduct } from '../store/products';
import { toTimelineView, type TimelineView } from '../timeline/view';
import { toFlagView, siteOf, withPageStances, type FlagView, type TabReport } from '../report';
import { detectLang } from '../text/lang';
import { correctionsByTriggers } from '../store/corrections';
import type { FootnoteDb } from '../store/db';
import type { Correction } from '../schema/correction';

/** Trigger key → corrections, and one object per correction id, until the store changes. */
const byKey = new Map<string, Correction[]>();
const byId = new Map<string, Correction>();

/** Product id → its timeline as flags carry it (undefined: no such product), until the store changes. */
const timelines = new Map<string, TimelineView | undefined>();

/** Called on every change to the store. */
export function forgetCorrections(): void {
  byKey.clear();
  byId.clear();
  timelines.clear();
}

async function timelineOf(db: FootnoteDb, productId: string | undefined): Promise<TimelineView | undefined> {
  if (!productId) return undefined;
  if (!timelines.has(productId)) {
    const product = await getProduct(db, productId);
    timelines.set(productId, product ? toTimelineView(product) : undefined);
  }
  return timelines.get(productId);
}

async function lookup(db: FootnoteDb, keys: Set<string>): Promise<void> {
  const missing = [...keys].filter((k) => !byKey.has(k));
  if (missing.length === 0) return;
  for (const [key, list] of await correctionsByTriggers(db, missing)) {
    byKey.set(key, list.map((c) => byId.get(c.id) ?? byId.set(c.id, c).get(c.id)!));
  }
}

export async function judgeCandidates(db: FootnoteDb, req: CheckRequest, today?: string): Promise<FlagView[]> {
  const allKeys = new Set([...req.headlineKeys, ...req.blocks.flatMap((b) => b.keys)]);
  if (allKeys.size === 0) return [];
  await lookup(db, allKeys);
  const candidates = req.blocks.map((b) => [...new Set([...b.keys, ...req.headlineKeys].flatMap((k) => byKey.get(k) ?? []))]);
  const flags = checkPage({
    blocks: req.blocks.map((b) => ({ text: b.text, kind: b.kind })),
    headline: req.headline,
    lede: req.lede,
    published: req.published,
    candidates: (i) => candidates[i],
    today,
    model: shippedModel(),
  });
  return Promise.all(
    flags.map(async (f) => {
      const c = byId.get(f.correctionId)!;
      return toFlagView({ ...f, block: req.blocks[f.block].index }, c, await timelineOf(db, c.product));
    }),
  );
}

/** The block index of a chart embed's passages: they belong to no block of the article. */
export const FRAME_BLOCK = -1;

/**
 * A chart embed's text (read in its own frame) judged as a chart of the article: its trigger
 * keys found with the same index the content script uses, dated by the article.
 */
export async function judgeChartFrame(db: FootnoteDb, frame: { url: string; text: string }, published: string | null, today?: string): Promise<FlagView[]> {
  const index = await triggerIndexItem.getValue();
  const prefilter = buildPrefilter(index.patterns);
  const keys = [...new Set(prefilter.scan(frame.text).map((p) => index.keys[p]))];
  if (keys.length === 0) return [];
  const req: CheckRequest = { url: '', title: '', headlineKeys: [], published, lang: '', blocks: [{ index: FRAME_BLOCK, text: frame.text, kind: 'chart', keys }] };
  const key = frameKey(frame.url);
  return (await judgeCandidates(db, req, today)).map((f) => ({ ...f, key: `${f.key}@${key}`, frame: key }));
}

/** A chart embed's flags merged into the tab's report (one started from the tab's address when the article has sent nothing). */
export function mergeFrameFlags(current: TabReport | null, frame: string, flags: FlagView[], hiddenKeys: Set<string>, tab: { url?: string; title?: string } = {}): TabReport {
  const base = current ?? { url: tab.url ?? '', site: siteOf(tab.url ?? ''), title: tab.title ?? '', published: null, lang: 'en' as const, topics: [], flags: [], hidden: [], updatedAt: '' };
  const kept = [...base.flags, ...base.hidden].filter((f) => f.frame !== frame);
  return arrangeFlags(base, [...kept, ...flags], hiddenKeys);
}

/** Merge new flags into the tab's report (a new URL starts a new report; one a chart embed started is adopted). */
export function mergeReport(current: TabReport | null, req: CheckRequest, flags: FlagView[], hiddenKeys: Set<string>): TabReport {
  const samePage = current?.url === req.url || current?.url === '';
  const known = new Map<string, FlagView>();
  for (const f of samePage ? [...current!.flags, ...current!.hidden] : []) known.set(f.key, f);
  for (const f of flags) known.set(f.key, f);
  return arrangeFlags(
    {
      url: req.url,
      site: siteOf(req.url),
      title: req.title,
      published: req.published,
      lang: detectLang(`${req.headline ?? ''} ${req.blocks.map((b) => b.text).join(' ')}`, req.lang),
    },
    [...known.values()],
    hiddenKeys,
  );
}

/** A report's flags in page order, split into shown and hidden, with the page's stance decided over the shown ones (any flags `base` carries are replaced). */
export function arrangeFlags(base: Omit<TabReport, 'flags' | 'hidden' | 'topics' | 'updatedAt'>, flags: FlagView[], hiddenKeys: Set<string>): TabReport {
  const all = [...flags].sort((a, b) => a.block - b.block || a.start - b.start);
  const shown = withPageStances(all.filter((f) => !hiddenKeys.has(f.key)));
  return { ...base, flags: shown.flags, topics: shown.topics, hidden: all.filter((f) => hiddenKeys.has(f.key)), updatedAt: new Date().toISOString() };
}
