/**
 * The older labelled corpora (tests/corpus/passages.json, dev2…dev4, holdout: news-style
 * passages written for this project) as regression guards. They were written by the same
 * hands as the rules and tuned against, so their figures are no measure of quality (that is
 * tests/unit/realCorpus.test.ts); their stance labels also predate the rule that citing a data
 * source is asserting. What they still catch: a change that stops flagging, or starts flagging,
 * what they were written to cover.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorrectionIndex } from '../../lib/engine';
import { precision, recall, scoreCorpus, stanceAccuracy, type CorpusItem } from '../../lib/quality/corpus';
import { loadSeeds } from '../support/seeds';

const index = new CorrectionIndex(loadSeeds());
const load = (name: string) => JSON.parse(readFileSync(`tests/corpus/${name}.json`, 'utf8')) as CorpusItem[];
const TODAY = '2026-11-25';

describe.each(['passages', 'dev2'])('regression corpus %s', (name) => {
  const items = load(name);
  const report = scoreCorpus(items, index, TODAY);

  it('has at least 80 passages in each of the three languages together, with negatives', () => {
    expect(items.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['en', 'zh-Hans', 'zh-Hant']) expect(items.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(25);
    expect(items.filter((i) => i.expect.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('still finds what it covers: precision ≥ 0.97, recall ≥ 0.95', () => {
    console.log(`${name}: precision ${precision(report.overall).toFixed(3)}, recall ${recall(report.overall).toFixed(3)}, stance ${stanceAccuracy(report.overall).toFixed(3)}`);
    expect(precision(report.overall)).toBeGreaterThanOrEqual(0.97);
    expect(recall(report.overall)).toBeGreaterThanOrEqual(0.95);
  });
});

describe.each(['dev3', 'dev4', 'holdout'])('measured corpus %s', (name) => {
  it('reports its scores', () => {
    const r = scoreCorpus(load(name), index, TODAY);
    console.log(`${name}: precision ${precision(r.overall).toFixed(3)}, recall ${recall(r.overall).toFixed(3)}, stance ${stanceAccuracy(r.overall).toFixed(3)}`);
    expect(r.overall.tp).toBeGreaterThan(0);
  });
});
