import { beforeEach, describe, expect, it } from 'vitest';
import { getCorrection, listCorrections, saveCorrection } from '../../lib/store/corrections';
import type { FootnoteDb } from '../../lib/store/db';
import { applyPlan, commitImport, exportStore, MAX_IMPORT_BYTES, parseImport, previewImport } from '../../lib/store/exchange';
import { applySeeds } from '../../lib/store/seed';
import { makeDataFeed } from '../../lib/quality/dataFeed';
import { freshDb, snapshot, withFailingPuts } from '../support/db';
import { loadSeeds, makeCorrection } from '../support/seeds';

const seeds = loadSeeds();
let db: FootnoteDb;
beforeEach(async () => {
  db = await freshDb();
  await applySeeds(db, seeds);
  await saveCorrection(db, makeCorrection({ id: 'mine' }));
});

const pack = (corrections: unknown[]) => JSON.stringify({ format: 'footnote-corrections', formatVersion: 1, corrections });
const draft = (over: Record<string, unknown> = {}) => {
  const { source: _s, createdAt: _c, updatedAt: _u, ...rest } = makeCorrection({ id: 'imported-one' });
  return { ...rest, ...over };
};

const review = (over: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/chatgpt-traffic',
  claimReviewed: 'ChatGPT traffic is collapsing, a Goldman Sachs chart shows',
  datePublished: '2024-08-12',
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  reviewRating: { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A columnist' }, datePublished: '2024-08-02', appearance: [{ '@type': 'CreativeWork', url: 'https://news.example/a' }] },
  ...over,
});

describe('importing Footnote JSON', () => {
  it('previews, then writes new and changed records', async () => {
    const text = pack([draft(), { ...draft({ id: 'imported-two' }) }]);
    const preview = await previewImport(db, text);
    expect(preview).toMatchObject({ ok: true, format: 'footnote', added: ['imported-one', 'imported-two'], invalid: [] });
    expect(await getCorrection(db, 'imported-one')).toBeNull();
    const result = await commitImport(db, text);
    expect(result.written).toBe(2);
    expect(await getCorrection(db, 'imported-one')).toMatchObject({ source: 'file', version: 1 });
    expect((await commitImport(db, text)).unchanged).toEqual(['imported-one', 'imported-two']);
    const changed = await commitImport(db, pack([draft({ summary: { en: 'Better wording.' } })]));
    expect(changed.changed).toEqual(['imported-one']);
  });

  it('never overwrites a record the user owns or edited', async () => {
    const result = await commitImport(db, pack([draft({ id: 'mine', summary: { en: 'From a file.' } })]));
    expect(result.keptUserEdits).toEqual(['mine']);
    expect((await getCorrection(db, 'mine'))?.summary.en).toBe('They are not.');
  });

  it('writes the valid records of a file and lists the invalid ones with index, field and reason', async () => {
    const result = await commitImport(db, pack([draft(), draft({ id: 'bad', verdict: 'maybe' })]));
    expect(result.written).toBe(1);
    expect(result.invalid).toEqual([expect.objectContaining({ index: 1, id: 'bad', path: 'verdict' })]);
  });
});

describe('bad input: a clear error and the store exactly as it was', () => {
  const cases: Array<[string, string, RegExp | { path: string }]> = [
    ['invalid JSON', '{"format": "footnote-corrections", "corrections": [', /not valid JSON/],
    ['valid JSON of the wrong shape', '{"hello": "world"}', /none of them/],
    ['a pack without a corrections array', '{"format": "footnote-corrections"}', /"corrections" array/],
    ['an empty file', '   ', /empty/],
    ['HTML instead of JSON', '<!doctype html><p>hi</p>', /HTML/],
    ['a record missing fields', pack([{ id: 'x-1', verdict: 'false' }]), { path: 'topic' }],
    ['a record with wrong types', pack([draft({ version: '2' })]), { path: 'version' }],
    ['an unknown verdict', pack([draft({ verdict: 'pants-on-fire' })]), { path: 'verdict' }],
    ['duplicate ids in one file', pack([draft(), draft()]), { path: 'id' }],
  ];
  it.each(cases)('%s', async (_, text, expected) => {
    const before = await snapshot(db);
    const result = await commitImport(db, text);
    if (expected instanceof RegExp) expect(result).toMatchObject({ ok: false, error: expect.stringMatching(expected) });
    else expect(result.invalid).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
    if (_ !== 'duplicate ids in one file') expect(await snapshot(db)).toBe(before);
  });

  it('duplicate ids: the first is imported, the second is reported with the index of the first', async () => {
    const result = await commitImport(db, pack([draft(), draft()]));
    expect(result.invalid[0]).toMatchObject({ index: 1, message: 'duplicates the id of record 0' });
    expect(result.written).toBe(1);
  });

  it('a file over 20 MB', async () => {
    const before = await snapshot(db);
    const big = pack([draft({ details: { en: 'x'.repeat(MAX_IMPORT_BYTES) } })]);
    expect(await commitImport(db, big)).toMatchObject({ ok: false, error: expect.stringMatching(/limit is 20 MB/) });
    expect(await snapshot(db)).toBe(before);
  });

  it('an import interrupted half-way leaves nothing half-written', async () => {
    const before = await snapshot(db);
    const plan = parseImport(pack([draft({ id: 'one-1' }), draft({ id: 'two-2' }), draft({ id: 'three-3' })]), { source: 'file' });
    await expect(
      applyPlan(db, plan, {
        onWrite: (n) => {
          if (n === 2) throw new Error('worker stopped');
        },
      }),
    ).rejects.toThrow('worker stopped');
    expect(await snapshot(db)).toBe(before);
  });
});

describe("a fact-checkers' DataFeed (2,000 items here, 10,000 in npm run bench)", () => {
  it('imports whole in one transaction: varied ratings, deleted entries, missing optional fields', { timeout: 60000 }, async () => {
    const { feed, expected } = makeDataFeed(2000);
    const result = await commitImport(db, JSON.stringify(feed));
    expect(result.ok).toBe(true);
    expect(result.written).toBe(expected.written);
    expect(result.invalid).toHaveLength(expected.ratedTrue);
    expect(result.invalid.every((e) => e.message === 'rates the claim true: there is nothing to correct')).toBe(true);
    expect((await listCorrections(db, { source: 'file', limit: 1 })).total).toBe(expected.written);
    expect((await listCorrections(db, { source: 'file', verdict: 'disputed', limit: 1 })).total).toBeGreaterThan(0);
  });
});

describe('storage full', () => {
  it('an import that runs out of quota half-way says so and writes nothing', async () => {
    const before = await snapshot(db);
    const many = pack(Array.from({ length: 10 }, (_, i) => draft({ id: `bulk-${i}` })));
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const result = await withFailingPuts(3, quota, () => commitImport(db, many));
    expect(result).toMatchObject({ ok: false, written: 0 });
    expect(result.error).toMatch(/storage for Footnote is full: nothing was imported/);
    expect(await snapshot(db)).toBe(before);
  });
});

describe('ClaimReview', () => {
  it('maps a single review onto a correction, with the seed topic and rules its claim matches', async () => {
    const result = await commitImport(db, JSON.stringify(review()));
    expect(result).toMatchObject({ ok: true, format: 'claimreview', written: 1 });
    const [c] = (await listCorrections(db, { source: 'file' })).items;
    expect(c).toMatchObject({
      topic: 'chatgpt-traffic-decline',
      verdict: 'missing-context',
      claim: { en: 'ChatGPT traffic is collapsing, a Goldman Sachs chart shows' },
      appliesFrom: '2024-08-02',
      evidence: [{ url: 'https://factcheck.example/chatgpt-traffic', publisher: 'Example Fact Check', date: '2024-08-12' }],
    });
    expect(c.details?.en).toContain('A columnist');
    expect(c.rules.all.length).toBeGreaterThan(1);
  });

  it('reads an array, a JSON-LD @graph, and a DataFeed honouring dateDeleted', async () => {
    const a = review({ url: 'https://factcheck.example/a', claimReviewed: 'Sora is still not available to the public' });
    const b = review({ url: 'https://factcheck.example/b', claimReviewed: 'Goldman Sachs says AI is a bubble', reviewRating: { alternateName: 'False' } });
    expect((await previewImport(db, JSON.stringify([a, b]))).added).toHaveLength(2);
    expect((await previewImport(db, JSON.stringify({ '@context': 'https://schema.org', '@graph': [a, b] }))).added).toHaveLength(2);
    const feed = (deleted: boolean) => ({ '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item: [a] }, { '@type': 'DataFeedItem', ...(deleted ? { dateDeleted: '2025-01-01' } : {}), item: [b] }] });
    await commitImport(db, JSON.stringify(feed(false)));
    expect((await listCorrections(db, { source: 'file' })).total).toBe(2);
    const second = await commitImport(db, JSON.stringify(feed(true)));
    expect(second.deleted).toHaveLength(1);
    expect((await listCorrections(db, { source: 'file' })).items.map((c) => c.claim.en)).toEqual(['Sora is still not available to the public']);
  });

  it('explains reviews it cannot use: a claim rated true, a review without a claim, a rating with neither words nor a value', async () => {
    const result = await commitImport(db, JSON.stringify([review({ reviewRating: { alternateName: 'True' } }), review({ claimReviewed: undefined }), review({ reviewRating: {} })]));
    expect(result.written).toBe(0);
    expect(result.invalid.map((e) => [e.path, e.message])).toEqual([
      ['reviewRating.alternateName', 'rates the claim true: there is nothing to correct'],
      ['claimReviewed', expect.stringContaining('is missing')],
      ['reviewRating', 'has neither words nor a rating value to read'],
    ]);
  });

  it("imports fact-checkers' own ratings whole: known words mapped, numbers read on their scale, any other words kept as theirs under 'disputed'", async () => {
    const rated = (n: number, reviewRating: Record<string, unknown>) =>
      review({ url: `https://factcheck.example/r${n}`, claimReviewed: `OpenAI will lose five billion dollars this year, claim ${n}`, reviewRating });
    const feed = {
      '@type': 'DataFeed',
      dataFeedElement: [
        rated(1, { alternateName: 'Estimate, not reported accounts' }),
        rated(2, { alternateName: 'Pants on Fire' }),
        rated(3, { alternateName: '錯誤' }),
        rated(4, { alternateName: '易生誤解' }),
        rated(5, { ratingValue: 2, bestRating: 5, worstRating: 1 }),
        rated(6, { alternateName: 'Satire' }),
        rated(7, { alternateName: 'True' }),
      ].map((item) => ({ '@type': 'DataFeedItem', item: [item] })),
    };
    const result = await commitImport(db, JSON.stringify(feed));
    expect(result.written).toBe(6);
    expect(result.invalid.map((e) => e.message)).toEqual(['rates the claim true: there is nothing to correct']);
    const byClaim = new Map((await listCorrections(db, { source: 'file', limit: 50 })).items.map((c) => [c.claim.en!.slice(-7), c]));
    expect(byClaim.get('claim 1')).toMatchObject({ verdict: 'disputed', rating: { text: 'Estimate, not reported accounts', by: 'Example Fact Check' } });
    expect(byClaim.get('claim 2')!.verdict).toBe('false');
    expect(byClaim.get('claim 3')!.verdict).toBe('false');
    expect(byClaim.get('claim 4')!.verdict).toBe('missing-context');
    expect(byClaim.get('claim 5')!.verdict).toBe('false');
    expect(byClaim.get('claim 6')).toMatchObject({ verdict: 'disputed', rating: { text: 'Satire' } });
  });
});

describe('export', () => {
  it('round-trips the store as Footnote JSON', async () => {
    const text = await exportStore(db, 'footnote');
    const fresh = await freshDb();
    const result = await commitImport(fresh, text);
    expect(result.written).toBe(seeds.length + 1);
  });
  it('exports a selection as ClaimReview that reads back with the same ids', async () => {
    const text = await exportStore(db, 'claimreview', ['goldman-ai-bubble-misread', 'mine']);
    const feed = JSON.parse(text);
    expect(feed['@type']).toBe('DataFeed');
    expect(feed.dataFeedElement).toHaveLength(2);
    const fresh = await freshDb();
    await applySeeds(fresh, seeds);
    const preview = await previewImport(fresh, text);
    expect(preview.invalid).toEqual([]);
    expect([...preview.added, ...preview.changed].sort()).toEqual(['goldman-ai-bubble-misread', 'mine']);
  });
});
