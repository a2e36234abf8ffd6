/**
 * The background half of a page check: look up the corrections the page's trigger keys point
 * to (an index lookup per key), judge the candidate blocks, drop flags hidden on the site,
 * and merge the result into the tab's report.
 */
import { checkPage } from '../match/check';
import type { CheckRequest } from '../messages';
import { toFlagView, siteOf, type FlagView, type TabReport } from '../report';
import { detectLang } from '../text/lang';
import { triggerKeys } from '../detect/triggerIndex';
import { correctionsByTriggers } from '../store/corrections';
import type { FootnoteDb } from '../store/db';
import type { Correction } from '../schema/correction';

export async function judgeCandidates(db: FootnoteDb, req: CheckRequest, today?: string): Promise<FlagView[]> {
  const allKeys = new Set([...req.headlineKeys, ...req.blocks.flatMap((b) => b.keys)]);
  if (allKeys.size === 0) return [];
  const corrections = await correctionsByTriggers(db, allKeys);
  const byKey = new Map<string, Correction[]>();
  for (const c of corrections) {
    for (const k of triggerKeys(c)) {
      if (!allKeys.has(k)) continue;
      const list = byKey.get(k) ?? [];
      list.push(c);
      byKey.set(k, list);
    }
  }
  const candidates = req.blocks.map((b) => [...new Set([...b.keys, ...req.headlineKeys].flatMap((k) => byKey.get(k) ?? []))]);
  const byId = new Map(corrections.map((c) => [c.id, c]));
  const flags = checkPage({
    blocks: req.blocks.map((b) => ({ text: b.text, kind: b.kind })),
    headline: req.headline,
    published: req.published,
    candidates: (i) => candidates[i],
    today,
  });
  return flags.map((f) => toFlagView({ ...f, block: req.blocks[f.block].index }, byId.get(f.correctionId)!));
}

/** Merge new flags into the tab's report (a new URL starts a new report). */
export function mergeReport(current: TabReport | null, req: CheckRequest, flags: FlagView[], hiddenKeys: Set<string>): TabReport {
  const samePage = current?.url === req.url;
  const known = new Map<string, FlagView>();
  for (const f of samePage ? [...current!.flags, ...current!.hidden] : []) known.set(f.key, f);
  for (const f of flags) known.set(f.key, f);
  const all = [...known.values()].sort((a, b) => a.block - b.block || a.start - b.start);
  return {
    url: req.url,
    site: siteOf(req.url),
    title: req.title,
    published: req.published,
    lang: detectLang(`${req.headline ?? ''} ${req.blocks.map((b) => b.text).join(' ')}`, req.lang),
    state: req.done || (samePage && current!.state === 'done') ? 'done' : 'scanning',
    flags: all.filter((f) => !hiddenKeys.has(f.key)),
    hidden: all.filter((f) => hiddenKeys.has(f.key)),
    updatedAt: new Date().toISOString(),
  };
}
