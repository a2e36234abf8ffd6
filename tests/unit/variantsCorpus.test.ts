/**
 * The written-phrasings corpus (tests/corpus/variants/): news items written to word each claim
 * the many ways people do, labelled twice, independently. Checks what it is made of and that its
 * halves are the ones declared before it was written; rules may be tuned on variants-tune only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorrectionIndex } from '../../lib/engine';
import { keywordBaseline } from '../../lib/quality/baseline';
import { precision, recall } from '../../lib/quality/corpus';
import { footnoteJudge, scorePages, type PageItem } from '../../lib/quality/pages';
import { variantSplitOf } from '../../lib/quality/split';
import { loadSeeds } from '../support/seeds';

type Item = PageItem & { split: string; source: { kind: string }; note: string; labels: { a: unknown[]; b: unknown[] } };
const corpus = JSON.parse(readFileSync('tests/corpus/variants/corpus.json', 'utf8')) as Item[];

describe('the written-phrasings corpus', () => {
  it('has at least 50 items in each language, 35% hard negatives, each written for the test and labelled twice', () => {
    for (const lang of ['en', 'zh-Hans', 'zh-Hant']) expect(corpus.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(50);
    expect(corpus.filter((i) => i.expect.length === 0).length / corpus.length).toBeGreaterThanOrEqual(0.35);
    for (const i of corpus) {
      expect(i.source.kind, i.id).toBe('written');
      expect(i.note.length, i.id).toBeGreaterThan(0);
      expect(Array.isArray(i.labels.a) && Array.isArray(i.labels.b), i.id).toBe(true);
    }
  });

  it('keeps the halves declared before it was written: held is never tuned on', () => {
    for (const i of corpus) expect(i.split, i.id).toBe(variantSplitOf(i.id));
    for (const half of ['variants-tune', 'variants-held']) expect(corpus.filter((i) => i.split === half).length, half).toBeGreaterThanOrEqual(60);
  });

  it('on the tuning half, beats keyword co-occurrence on precision and recall', () => {
    const tune = corpus.filter((i) => i.split === 'variants-tune');
    const ours = scorePages(tune, footnoteJudge(new CorrectionIndex(loadSeeds())));
    const base = scorePages(tune, keywordBaseline);
    for (const k of ['page', 'topic'] as const) {
      expect(precision(ours[k]), k).toBeGreaterThan(precision(base[k]));
      expect(recall(ours[k]), k).toBeGreaterThan(recall(base[k]));
    }
  });
});
