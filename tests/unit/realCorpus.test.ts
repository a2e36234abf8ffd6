/**
 * The real-coverage corpus (tests/corpus/real/): news items rewritten from public coverage
 * 2023–2026 and labelled twice, independently. Checks what it is made of, and how Footnote does
 * on it against a plain keyword co-occurrence checker — page by page, with the stance the badge
 * shows. Rules may be tuned on the train split only; the check split was frozen before tuning.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorrectionIndex } from '../../lib/engine';
import { keywordBaseline } from '../../lib/quality/baseline';
import { precision, recall } from '../../lib/quality/corpus';
import { footnoteJudge, scorePages, type PageItem } from '../../lib/quality/pages';
import { splitOf } from '../../lib/quality/split';
import { loadSeeds } from '../support/seeds';

type Item = PageItem & { split: string; source: { url: string; date: string }; note: string; labels: { a: unknown[]; b: unknown[] } };
const corpus = JSON.parse(readFileSync('tests/corpus/real/corpus.json', 'utf8')) as Item[];
const index = new CorrectionIndex(loadSeeds());
const footnote = footnoteJudge(index);

describe('the real-coverage corpus', () => {
  it('has at least 300 items, 40% of them Chinese and 35% hard negatives, each with its source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((i) => i.lang !== 'en').length / corpus.length).toBeGreaterThanOrEqual(0.4);
    for (const lang of ['zh-Hans', 'zh-Hant']) expect(corpus.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((i) => i.expect.length === 0).length / corpus.length).toBeGreaterThanOrEqual(0.35);
    for (const i of corpus) {
      expect(i.source.url, i.id).toMatch(/^https?:\/\//);
      expect(i.source.date, i.id).toMatch(/^20(23|24|25|26)-\d\d-\d\d$/);
      expect(i.note.length, i.id).toBeGreaterThan(0);
      expect(Array.isArray(i.labels.a) && Array.isArray(i.labels.b), i.id).toBe(true);
    }
    expect(new Set(corpus.map((i) => i.source.url)).size).toBeGreaterThanOrEqual(300);
  });

  it.each(['fresh', 'final'])('the %s split (at least 100 items) shares no source with any other split', (split) => {
    const held = corpus.filter((i) => i.split === split);
    const others = new Set(corpus.filter((i) => i.split !== split).map((i) => i.source.url));
    expect(held.length).toBeGreaterThanOrEqual(100);
    for (const i of held) expect(others.has(i.source.url), i.id).toBe(false);
  });

  it('keeps the frozen splits: check is the hashed 36% of the first batches, fresh the later batches', () => {
    for (const i of corpus) expect(i.split, i.id).toBe(splitOf(i.id));
    expect(corpus.filter((i) => i.split === 'check').length).toBeGreaterThanOrEqual(100);
  });

  it('on the train split, beats keyword co-occurrence on precision and recall, and its "corrects" is trustworthy', () => {
    const train = corpus.filter((i) => i.split === 'train');
    const ours = scorePages(train, footnote);
    const base = scorePages(train, keywordBaseline);
    for (const k of ['page', 'topic'] as const) {
      expect(precision(ours[k]), k).toBeGreaterThan(precision(base[k]));
      expect(recall(ours[k]), k).toBeGreaterThan(recall(base[k]));
    }
    expect(precision(ours.corrects)).toBeGreaterThanOrEqual(0.95);
  });
});
