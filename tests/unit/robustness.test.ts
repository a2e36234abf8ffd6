/**
 * Built to break: importers and feed bodies given arbitrary JSON or mutated ClaimReview never
 * throw uncaught and are all-or-nothing; matching stays bounded on adversarial text.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildPrefilter } from '../../lib/detect/prefilter';
import { CorrectionIndex, checkWithIndex } from '../../lib/engine';
import type { FootnoteDb } from '../../lib/store/db';
import { commitImport, ImportError, parseImport } from '../../lib/store/exchange';
import { applySeeds } from '../../lib/store/seed';
import { freshDb, snapshot } from '../support/db';
import { loadSeeds } from '../support/seeds';

const seeds = loadSeeds();
let db: FootnoteDb;
beforeEach(async () => {
  db = await freshDb();
  await applySeeds(db, seeds);
});

/** parseImport either returns a plan or throws an ImportError with a message: nothing else. */
function parsesOrExplains(text: string): void {
  try {
    const plan = parseImport(text, { source: 'file' });
    expect(Array.isArray(plan.records) && Array.isArray(plan.invalid)).toBe(true);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message.length).toBeGreaterThan(0);
  }
}

describe('importers on arbitrary input', () => {
  it('parse any JSON value, or any string, without throwing anything but a clear ImportError', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => parsesOrExplains(JSON.stringify(v))), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => parsesOrExplains(s)), { numRuns: 300 });
  });

  it('a type that is an object whose toString is not a function is no type, not a crash', () => {
    const base = JSON.parse(readFileSync('tests/fixtures/claimreview.json', 'utf8')) as Record<string, unknown>;
    parsesOrExplains(JSON.stringify({ ...base, '@type': { toString: {} } }));
    parsesOrExplains(JSON.stringify([{ '@type': [{ toString: {} }, 'ClaimReview'] }]));
  });

  it('parse mutated ClaimReview: any field replaced by anything', () => {
    const base = JSON.parse(readFileSync('tests/fixtures/claimreview.json', 'utf8')) as Record<string, unknown>;
    const paths = ['claimReviewed', 'reviewRating', 'url', 'author', 'itemReviewed', 'datePublished', 'inLanguage', '@type', 'reviewBody'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything({ maxDepth: 3 }), (path, value) => {
        parsesOrExplains(JSON.stringify({ ...base, [path]: value }));
        parsesOrExplains(JSON.stringify({ '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item: [{ ...base, [path]: value }] }] }));
      }),
      { numRuns: 300 },
    );
  });

  it('commit all or nothing: a refused import leaves the store exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (v) => {
        const before = await snapshot(db);
        const result = await commitImport(db, JSON.stringify(v));
        if (!result.ok || result.written === 0) expect(await snapshot(db)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});

describe('matching on adversarial text', () => {
  const index = new CorrectionIndex(seeds);
  it('a single 1 MB text of near-miss trigger prefixes is read to the end and flags nothing', { timeout: 60000 }, () => {
    const nearMiss = 'chatgp chat.openai.co goldma sor opena 高 ChatGP 泡 ';
    const text = nearMiss.repeat(Math.ceil((1 << 20) / nearMiss.length));
    const flags = checkWithIndex({ blocks: [{ text, kind: 'text' }], published: '2024-08-10' }, index, '2026-12-07');
    expect(flags).toEqual([]);
  });

  it('a block of trigger words with no claim of a Sora release, repeated, flags no such claim', { timeout: 60000 }, () => {
    const text = 'ChatGPT Goldman Sora OpenAI traffic chart bubble. '.repeat(5000);
    const flags = checkWithIndex({ blocks: [{ text, kind: 'text' }], published: '2024-08-10' }, index, '2026-12-07');
    expect(flags.filter((f) => f.topic === 'sora-unreleased')).toEqual([]);
  });

  it('a single 5 MB text node is read to the end', { timeout: 120000 }, () => {
    const text = 'Nothing to see: markets, weather and sport, chatgp opena goldma. '.repeat(Math.ceil((5 << 20) / 66));
    expect(checkWithIndex({ blocks: [{ text, kind: 'text' }], published: '2024-08-10' }, index, '2026-12-07')).toEqual([]);
  });

  it('100,000 triggers: the automaton is built and scans a megabyte, finding exactly the planted ones', { timeout: 120000 }, () => {
    const patterns = Array.from({ length: 100_000 }, (_, i) => `kw${i.toString(36)}x`);
    const prefilter = buildPrefilter(patterns);
    const filler = 'lorem ipsum dolor sit amet kw kwx kw1 x '.repeat(25_000);
    const found = prefilter.scan(`${filler} kw2bix ${filler} kwzzzx`);
    expect(found.map((i) => patterns[i]).sort()).toEqual(['kw2bix', 'kwzzzx'].filter((p) => patterns.includes(p)).sort());
  });
});
