import { describe, expect, it } from 'vitest';
import { formatError, validateCorrection } from '../../lib/schema/validate';
import { KNOWN_TOPICS, MAX_TERMS_PER_GROUP } from '../../lib/schema/correction';
import { loadSeeds, makeCorrection } from '../support/seeds';

describe('the seeds', () => {
  const seeds = loadSeeds();
  it('cover every topic, in all three languages, with dated evidence', () => {
    expect(new Set(seeds.map((s) => s.topic))).toEqual(new Set(KNOWN_TOPICS));
    for (const s of seeds) {
      for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
        expect(s.claim[lang], `${s.id} claim ${lang}`).toBeTruthy();
        expect(s.summary[lang], `${s.id} summary ${lang}`).toBeTruthy();
      }
      for (const e of s.evidence) expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it('date "Sora is unreleased" as stale from 2024-12-09', () => {
    const sora = seeds.filter((s) => s.topic === 'sora-unreleased');
    expect(sora.find((s) => s.appliesUntil === '2024-12-08')?.verdict).toBe('stale');
    expect(sora.find((s) => s.id === 'sora-unreleased-after-launch')?.appliesFrom).toBe('2024-12-09');
  });
  it('have unique ids', () => {
    expect(new Set(seeds.map((s) => s.id)).size).toBe(seeds.length);
  });
});

describe('validation errors name the record, the field and the reason', () => {
  it('a group may hold up to the cap of terms', () => {
    const c = structuredClone(makeCorrection());
    c.rules.all[0].terms = Array.from({ length: MAX_TERMS_PER_GROUP }, (_, i) => `t${i}`);
    expect(validateCorrection(c, 0).ok).toBe(true);
  });

  it.each([
    ['a missing field', (c: Record<string, unknown>) => delete c.summary, 'summary'],
    ['a wrong type', (c: Record<string, unknown>) => (c.version = 'one'), 'version'],
    ['an unknown verdict', (c: Record<string, unknown>) => (c.verdict = 'pants-on-fire'), 'verdict'],
    ['a bad evidence URL', (c: Record<string, unknown>) => ((c.evidence as Array<Record<string, unknown>>)[0].url = 'ftp://x'), 'evidence.0.url'],
    ['a bad date', (c: Record<string, unknown>) => (c.appliesFrom = '2024-13-45'), 'appliesFrom'],
    ['an over-long term', (c: Record<string, unknown>) => ((c.rules as { all: Array<{ terms: string[] }> }).all[0].terms = ['x'.repeat(81)]), 'rules.all.0.terms.0'],
    ['a group of more terms than the cap', (c: Record<string, unknown>) => ((c.rules as { all: Array<{ terms: string[] }> }).all[0].terms = Array.from({ length: MAX_TERMS_PER_GROUP + 1 }, (_, i) => `t${i}`)), 'rules.all.0.terms'],
    ['a window that ends before it starts', (c: Record<string, unknown>) => Object.assign(c, { appliesFrom: '2025-01-01', appliesUntil: '2024-01-01' }), '(record)'],
  ])('%s', (_, mutate, path) => {
    const c = structuredClone(makeCorrection()) as unknown as Record<string, unknown>;
    mutate(c);
    const r = validateCorrection(c, 7);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ index: 7, id: 'test-claim', path });
    expect(formatError(r.errors[0])).toMatch(/^record 7 \(test-claim\): /);
  });
});
