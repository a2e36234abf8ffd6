/**
 * Quality on the labelled corpora (tests/corpus/passages.json and dev2.json: news-style
 * passages in three languages, asserting, reporting and debunking, with hard negatives).
 * Precision ≥ 0.95 and recall ≥ 0.90 for every topic in every language. holdout.json is scored and printed, never
 * used to tune: it estimates how Footnote does on text it was not written against.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorrectionIndex } from '../../lib/engine';
import { precision, recall, scoreCorpus, stanceAccuracy, type CorpusItem } from '../../lib/quality/corpus';
import { loadSeeds } from '../support/seeds';

const index = new CorrectionIndex(loadSeeds());
const load = (name: string) => JSON.parse(readFileSync(`tests/corpus/${name}.json`, 'utf8')) as CorpusItem[];
const TODAY = '2026-11-25';

describe.each(['passages', 'dev2'])('labelled corpus %s', (name) => {
  const items = load(name);
  const report = scoreCorpus(items, index, TODAY);

  it('has at least 80 passages in each of the three languages together, with negatives', () => {
    expect(items.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['en', 'zh-Hans', 'zh-Hant']) expect(items.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(25);
    expect(items.filter((i) => i.expect.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.keys(report.byTopicLang).sort())('%s: precision ≥ 0.95, recall ≥ 0.90', (key) => {
    const s = report.byTopicLang[key];
    expect({ key, precision: precision(s) }).toEqual({ key, precision: expect.toSatisfy((p: number) => p >= 0.95) });
    expect({ key, recall: recall(s) }).toEqual({ key, recall: expect.toSatisfy((r: number) => r >= 0.9) });
  });

  it('gets most stances right', () => {
    expect(stanceAccuracy(report.overall)).toBeGreaterThanOrEqual(0.85);
  });
});

describe.each(['dev3', 'dev4', 'holdout'])('measured corpus %s', (name) => {
  it('reports its scores', () => {
    const r = scoreCorpus(load(name), index, TODAY);
    console.log(`${name}: precision ${precision(r.overall).toFixed(3)}, recall ${recall(r.overall).toFixed(3)}, stance ${stanceAccuracy(r.overall).toFixed(3)}`);
    expect(r.overall.tp).toBeGreaterThan(0);
  });
});
