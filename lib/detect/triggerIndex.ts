/**
 * The trigger index the background compiles on every store change and the content script
 * reads once per page: each trigger spelling (case- and width-folded, in Simplified and
 * Traditional forms) with the key the background looks corrections up by.
 */
import type { Correction } from '../schema/correction';
import { scriptVariants } from '../text/chinese';
import { normalizeText } from '../text/normalize';
import { foldString } from './fold';

export interface TriggerIndex {
  /** Folded spellings to look for on the page. */
  patterns: string[];
  /** For each pattern, the normalized trigger key it stands for. */
  keys: string[];
}

export function triggersOf(c: Pick<Correction, 'triggers'>): string[] {
  return [...(c.triggers.en ?? []), ...(c.triggers['zh-Hans'] ?? []), ...(c.triggers['zh-Hant'] ?? [])];
}

/** The keys a correction is indexed under: its normalized triggers. */
export function triggerKeys(c: Pick<Correction, 'triggers'>): string[] {
  return [...new Set(triggersOf(c).map((t) => normalizeText(t)).filter(Boolean))];
}

export function compileTriggerIndex(corrections: Iterable<Pick<Correction, 'triggers'>>): TriggerIndex {
  const byPattern = new Map<string, string>();
  for (const c of corrections) {
    for (const trigger of triggersOf(c)) {
      const key = normalizeText(trigger);
      if (!key) continue;
      for (const spelling of new Set([...scriptVariants(foldString(trigger)), ...scriptVariants(key)])) {
        const pattern = foldString(spelling);
        if (pattern && !byPattern.has(pattern)) byPattern.set(pattern, key);
      }
    }
  }
  return { patterns: [...byPattern.keys()], keys: [...byPattern.values()] };
}
