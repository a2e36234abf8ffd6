/**
 * The page-level model: trained deterministically from the corpus, shipped as data that matches
 * what training gives, and used only to take a "this page corrects it" away when it does not
 * confirm the correction.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CorrectionIndex, checkWithIndex } from '../../lib/engine';
import type { ModelReading } from '../../lib/match/check';
import { decidePageStances } from '../../lib/match/pageStance';
import { buildModelData, type TrainingItem } from '../../lib/model/build';
import { isTuned, TUNED_SPLITS } from '../../lib/quality/split';
import { ModelData, PageModel } from '../../lib/model/classifier';
import { crossValidate } from '../../lib/model/crossValidate';
import { footnoteJudge, QUALITY_TODAY, scorePages } from '../../lib/quality/pages';
import { candidateText, correctsQuestion, features, MODEL_TEXT_MAX, tokens } from '../../lib/model/features';
import { shippedModel } from '../../lib/model/shipped';
import { quantize, trainWeights, type Example } from '../../lib/model/train';
import { loadSeeds } from '../support/seeds';
import { makeFlag } from '../support/flags';

const corpus = JSON.parse(readFileSync('tests/corpus/real/corpus.json', 'utf8')) as TrainingItem[];

describe('features', () => {
  it('read Traditional and Simplified Chinese alike, and English as words and word pairs', () => {
    expect(tokens('高盛報告稱AI泡沫')).toEqual(tokens('高盛报告称AI泡沫'));
    const en = tokens('ChatGPT traffic fell');
    expect([...en]).toEqual(expect.arrayContaining(['chatgpt', 'traffic', 'fell', 'chatgpt_traffic', 'traffic_fell']));
  });

  it('pair each word with the question asked, so two topics never share a weight by design', () => {
    const t = tokens('ChatGPT traffic fell');
    const a = features(t, correctsQuestion('chatgpt-traffic-decline'), 16);
    const b = features(t, correctsQuestion('traffic-chart'), 16);
    expect([...a.keys()]).not.toEqual([...b.keys()]);
  });

  it("the model reads the blocks that have candidates, up to an article's length", () => {
    expect(candidateText([{ text: 'a' }, { text: 'b' }, { text: 'c' }], (b) => b !== 1)).toBe('a\nc');
    expect(candidateText([{ text: 'x'.repeat(MODEL_TEXT_MAX) }, { text: 'more' }], () => true)).toHaveLength(MODEL_TEXT_MAX);
  });
});

describe('training', () => {
  // What `PageModel.corrects` asks for a topic: "does the page correct it?"
  const examples = (n: number): Example[] =>
    Array.from({ length: n }, (_, i) => {
      const y = (i % 2) as 0 | 1;
      return { x: features(tokens(y ? `the chart was misread ${i}` : `traffic fell sharply ${i}`), correctsQuestion('q'), 12), y };
    });

  it('learns what tells the two kinds apart', () => {
    const data = examples(40);
    const m = new PageModel({ bits: 12, topics: ['q'], judged: ['q'], correctsAtLeast: 0.5, readsAsCorrection: { atLeast: 0.9, minTokens: 0 }, ...quantize(trainWeights(data, { bits: 12, epochs: 30, rate: 0.3, l2: 1e-5 })), trainedOn: { items: 40, splits: [] } });
    expect(m.corrects('the chart was misread', ['q']).chances.get('q')).toBeGreaterThan(0.8);
    expect(m.corrects('traffic fell sharply', ['q']).chances.get('q')).toBeLessThan(0.2);
    // A topic it knows but does not judge, or does not know, gets no reading.
    expect(m.corrects('the chart was misread', ['other']).chances.size).toBe(0);
  });

  it('is deterministic: the same examples give the same bytes', () => {
    const opts = { bits: 12, epochs: 5, rate: 0.3, l2: 1e-5 };
    expect(quantize(trainWeights(examples(30), opts))).toEqual(quantize(trainWeights(examples(30), opts)));
  });

  it('the shipped model is what training on the corpus gives today (npm run train), from the training splits only', () => {
    const shipped = JSON.parse(readFileSync('seeds/model.json', 'utf8'));
    const fresh = buildModelData(corpus);
    expect(fresh.trainedOn.splits).toEqual(TUNED_SPLITS);
    expect(TUNED_SPLITS).not.toContain('check');
    expect(TUNED_SPLITS).not.toContain('postscript');
    expect(shipped).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('bad model data is refused with a clear error', () => {
    const data = v.parse(ModelData, JSON.parse(readFileSync('seeds/model.json', 'utf8')));
    expect(() => new PageModel({ ...data, weights: 'AAAA' })).toThrow(/expected 65536 bytes, got 3/);
    expect(v.safeParse(ModelData, { ...data, bits: 40 }).success).toBe(false);
    expect(shippedModel().knows('chatgpt-traffic-decline')).toBe(true);
    expect(shippedModel().knows('measurement-break')).toBe(false);
  });
});

describe('the model takes a correction away, and gives one only when nearly sure', () => {
  const reading = (corrects: number | undefined, confirmsCorrection: boolean) => ({ ...(corrects === undefined ? {} : { corrects }), confirmsCorrection });
  const debunk = (model?: ModelReading, counterEvidence = false) =>
    makeFlag({ key: Math.random().toString(36), stance: 'debunks', reason: { ...makeFlag().reason, ...(model ? { model } : {}), ...(counterEvidence ? { counterEvidence: true as const } : {}) } });

  it('a correction it confirms stays one; one it does not becomes a warning that also questions the claim', () => {
    expect(decidePageStances([debunk(reading(0.4, true))])[0]).toMatchObject({ stance: 'debunks', questioned: false });
    expect(decidePageStances([debunk(reading(0.02, false))])[0]).toMatchObject({ stance: 'reports', questioned: true });
    expect(decidePageStances([debunk(reading(0.02, false)), makeFlag({ key: 'x', stance: 'asserts', reason: { ...makeFlag().reason, model: reading(0.02, false) } })])[0]).toMatchObject({ stance: 'asserts', questioned: true });
  });

  it('only when nearly sure does it read a page as correcting a claim its passages do not correct, and says so', () => {
    const asserting = (model: ModelReading) => makeFlag({ key: Math.random().toString(36), stance: 'asserts', reason: { ...makeFlag().reason, model } });
    expect(decidePageStances([asserting({ ...reading(0.93, true), readsAsCorrection: true })])[0]).toEqual({ topic: 'chatgpt-traffic-decline', stance: 'debunks', questioned: false, passages: 1, byModel: true });
    expect(decidePageStances([asserting(reading(0.45, true))])[0]).toMatchObject({ stance: 'asserts' });
    expect(decidePageStances([asserting(reading(0.45, true))])[0].byModel).toBeUndefined();
    // A correction the rules find and the model confirms is the rules' own, not the model's.
    expect(decidePageStances([debunk({ ...reading(0.93, true), readsAsCorrection: true })])[0].byModel).toBeUndefined();
  });

  it('the shipped model reads a page as a correction by itself only far above the confirming threshold', () => {
    const { correctsAtLeast, readsAsCorrection } = shippedModel().data;
    expect(readsAsCorrection.atLeast).toBeGreaterThanOrEqual(0.5);
    expect(readsAsCorrection.atLeast).toBeGreaterThan(correctsAtLeast);
    expect(readsAsCorrection.minTokens).toBeGreaterThanOrEqual(100);
    expect(shippedModel().readsAsCorrection(0.99, readsAsCorrection.minTokens - 1)).toBe(false);
    expect(shippedModel().readsAsCorrection(readsAsCorrection.atLeast, readsAsCorrection.minTokens)).toBe(true);
    expect(shippedModel().readsAsCorrection(readsAsCorrection.atLeast - 0.01, 1000)).toBe(false);
  });

  it('without a model the rules alone decide, as before', () => {
    expect(decidePageStances([debunk()])[0]).toMatchObject({ stance: 'debunks' });
  });

  it('it never removes a flag, nor turns a warning on a lone sentence into a correction however sure it is', () => {
    const index = new CorrectionIndex(loadSeeds());
    const page = { blocks: [{ text: 'ChatGPT traffic collapsed this summer, a Goldman Sachs chart shows.', kind: 'text' as const }], published: '2024-08-20' };
    const withModel = checkWithIndex(page, index, '2026-12-07');
    const without = checkWithIndex(page, index, '2026-12-07', null);
    expect(withModel.map((f) => [f.key, f.stance])).toEqual(without.map((f) => [f.key, f.stance]));
    expect(decidePageStances(withModel).map((t) => t.stance)).toEqual(decidePageStances(without).map((t) => t.stance));
    expect(withModel.every((f) => f.reason.model)).toBe(true);
  });

  it('on a topic with too few corrections to judge, a correction needs its own counter-evidence', () => {
    const index = new CorrectionIndex(loadSeeds());
    const flags = checkWithIndex(
      { blocks: [{ text: "Goldman's June report was titled Gen AI: too much spend, too little benefit? It did not call AI a bubble.", kind: 'text' as const }], published: '2024-08-20' },
      index,
      '2026-12-07',
    );
    const goldman = flags.filter((f) => f.topic === 'goldman-ai-bubble');
    expect(goldman.length).toBeGreaterThan(0);
    for (const f of goldman) expect(f.reason.model).toEqual({ confirmsCorrection: f.reason.counterEvidence === true });
  });
});

describe('cross-validation of the thresholds', () => {
  // A slice of the tuned items (whole source pages), so that five trainings stay quick.
  const slice = (corpus as Array<TrainingItem & { source: { url: string } }>).filter((i) => isTuned(i.split)).slice(0, 120);

  it('reads every item once, in the fold of its source page, and the rules-alone line is the rules alone', () => {
    const [rules, never] = crossValidate(slice, [{ name: 'rules', rulesOnly: true }, { name: 'strict', correctsAtLeast: 1, readsAsCorrectionAtLeast: 1.01 }], QUALITY_TODAY);
    const index = new CorrectionIndex(loadSeeds());
    const direct = scorePages(slice, footnoteJudge(index, null)).corrects;
    expect(rules).toEqual({ name: 'rules', said: direct.tp + direct.fp, right: direct.tp, labelled: direct.tp + direct.fn });
    // A model that confirms nothing and reads nothing gives no ✓ where a judged topic needs it.
    expect(never.said).toBeLessThanOrEqual(rules.said);
    expect(never.labelled).toBe(rules.labelled);
  });
});
