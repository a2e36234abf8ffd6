/**
 * Node benchmarks: the engine on 1 MB of article text against a bare lower-casing pass over the
 * same text; store import of generated corrections; candidate lookup at growing store sizes.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { CorrectionIndex, checkWithIndex } from '../../lib/engine';
import { scoreCorpus, precision, recall, stanceAccuracy, type CorpusItem } from '../../lib/quality/corpus';
import type { Correction } from '../../lib/schema/correction';
import { correctionsByTriggers } from '../../lib/store/corrections';
import { forgetConnection, openStore, type FootnoteDb } from '../../lib/store/db';
import { applyPlan, commitImport, parseImport } from '../../lib/store/exchange';
import { makeDataFeed } from '../../lib/quality/dataFeed';
import { shippedSeeds } from '../../lib/timeline/shipped';
import { compare, fmt, summarize, time } from './stats';
import { paragraphs, withClaims } from './text';

const seeds = shippedSeeds();

/** Corrections of a realistic size (about 1 kB each), each with its own trigger. */
function generated(n: number): Correction[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `gen-${i}`,
    version: 1,
    topic: 'generated',
    verdict: 'false' as const,
    claim: { en: `Product ${i} sales have collapsed.`, 'zh-Hans': `产品${i}销量崩盘。` },
    summary: { en: `Sales of product ${i} grew in the last quarter, according to its maker's filings.` },
    evidence: [{ title: `Quarterly filing ${i}`, publisher: 'Example Corp', url: `https://example.org/filings/${i}`, date: '2024-08-01' }],
    appliesFrom: '2024-01-01',
    triggers: { en: [`kw${i}`, `alias${i % 997}`] },
    rules: { all: [{ terms: ['collapsed', 'collapsing', 'fell'] }, { terms: [`kw${i}`] }], near: [{ a: 0, b: 1, within: 8 }] },
    source: 'file' as const,
    createdAt: '2024-08-01T00:00:00.000Z',
    updatedAt: '2024-08-01T00:00:00.000Z',
  }));
}

async function freshDb(): Promise<FootnoteDb> {
  globalThis.indexedDB = new IDBFactory();
  forgetConnection();
  return openStore();
}

/** Import as a user would: files of at most 10,000 records (each under the 20 MB limit), read, checked and written. */
async function importInto(db: FootnoteDb, corrections: Correction[]): Promise<number> {
  const files: string[] = [];
  for (let i = 0; i < corrections.length; i += 10_000) files.push(JSON.stringify({ format: 'footnote-corrections', corrections: corrections.slice(i, i + 10_000) }));
  return time(async () => {
    for (const text of files) await applyPlan(db, parseImport(text, { source: 'file' }));
  });
}

export async function runNodeBenchmarks(quick: boolean) {
  const log = (s: string) => console.log(s);
  const index = new CorrectionIndex(seeds);
  const size = quick ? 100_000 : 1_000_000;
  const reps = quick ? 5 : 15;

  log(`Engine on ${(size / 1e6).toFixed(1)} MB of article text (median of ${reps}, alternated with the baseline)`);
  const plain = paragraphs(size);
  const joined = plain.join('\n');
  const noHit = { blocks: plain.map((text) => ({ text, kind: 'text' as const })) };
  const bare = () => joined.toLowerCase();
  const scan = await compare(() => checkWithIndex(noHit, index, '2026-11-25'), bare, reps);
  const hitsPage = { blocks: withClaims(plain, 100).map((text) => ({ text, kind: 'text' as const })), published: '2024-08-10' };
  const hitFlags = checkWithIndex(hitsPage, index, '2026-11-25').length;
  const full = await compare(() => checkWithIndex(hitsPage, index, '2026-11-25'), bare, reps);
  const mb = joined.length / 1e6;
  log(`  no hits:  ${fmt(scan.a.median)} ms (${(mb / (scan.a.median / 1000)).toFixed(0)} MB/s), bare pass ${fmt(scan.b.median)} ms, ratio ${scan.ratio.toFixed(2)}`);
  log(`  100 hits: ${fmt(full.a.median)} ms (${(mb / (full.a.median / 1000)).toFixed(0)} MB/s, ${hitFlags} flags), ratio ${full.ratio.toFixed(2)}`);

  // Adversarial text (near-miss trigger prefixes, one text node): twice the text should take about twice the time.
  const nearMiss = 'chatgp chat.openai.co goldma sor opena 高 ChatGP 泡 ';
  const adversarial = (bytes: number) => ({ blocks: [{ text: nearMiss.repeat(Math.ceil(bytes / nearMiss.length)), kind: 'text' as const }], published: '2024-08-10' });
  const advBytes = quick ? 128 << 10 : 1 << 20;
  const adv1 = await time(() => checkWithIndex(adversarial(advBytes), index, '2026-11-25'));
  const adv2 = await time(() => checkWithIndex(adversarial(advBytes * 2), index, '2026-11-25'));
  log(`Adversarial text (near-miss prefixes, one node): ${fmt(adv1)} ms for ${(advBytes / 1024).toFixed(0)} kB, ${fmt(adv2)} ms for twice that (${(adv2 / adv1).toFixed(2)}×)`);

  const importSizes = quick ? [1000] : [10_000, 100_000];
  const importMs: Record<number, number> = {};
  for (const n of importSizes) {
    const runs = n >= 100_000 ? 1 : quick ? 1 : 3;
    const times: number[] = [];
    for (let r = 0; r < runs; r++) times.push(await importInto(await freshDb(), generated(n)));
    importMs[n] = summarize(times).median;
    log(`Import of ${n.toLocaleString('en')} corrections: ${fmt(importMs[n])} ms (${runs} run${runs > 1 ? 's' : ''}, fake IndexedDB in Node)`);
  }

  // A fact-checkers' DataFeed: ClaimReview in three languages, rated in the reviewers' own words.
  const feedSize = quick ? 1000 : 10_000;
  const feedDb = await freshDb();
  await importInto(feedDb, seeds);
  const { feed } = makeDataFeed(feedSize);
  const feedText = JSON.stringify(feed);
  let feedWritten = 0;
  const importDataFeedMs = await time(async () => {
    feedWritten = (await commitImport(feedDb, feedText)).written;
  });
  log(`Import of a ClaimReview DataFeed of ${feedSize.toLocaleString('en')} items: ${fmt(importDataFeedMs)} ms (${feedWritten} written in one transaction, fake IndexedDB in Node)`);

  const lookupSizes = quick ? [100, 1000] : [100, 10_000, 100_000];
  const lookupMs: Record<number, number> = {};
  for (const n of lookupSizes) {
    const db = await freshDb();
    await importInto(db, [...seeds, ...generated(n - seeds.length)]);
    const keys = ['chatgpt', 'openai', '高盛', `kw${Math.floor(n / 2)}`, 'sora', 'nothing-here'];
    const times: number[] = [];
    for (let i = 0; i < 5; i++) await correctionsByTriggers(db, keys);
    for (let i = 0; i < (quick ? 10 : 40); i++) times.push(await time(() => correctionsByTriggers(db, keys)));
    lookupMs[n] = summarize(times).median;
    log(`Lookup of a page's candidates (IndexedDB index, no cache) in ${n.toLocaleString('en')} corrections: ${fmt(lookupMs[n])} ms`);
  }
  const largest = lookupSizes[lookupSizes.length - 1];

  const corpus = (name: string) => scoreCorpus(JSON.parse(readFileSync(`tests/corpus/${name}.json`, 'utf8')) as CorpusItem[], index, '2026-11-25').overall;
  const dev = corpus('passages');
  const dev3 = corpus('dev3');
  const held = corpus('holdout');

  return {
    textBytes: joined.length,
    scanNoHitMs: scan.a.median,
    bareLowercaseMs: scan.b.median,
    scanNoHitRatio: scan.ratio,
    scanNoHitSpread: scan.a.spread,
    scanNoHitMBps: mb / (scan.a.median / 1000),
    fullCheckHitsMs: full.a.median,
    fullCheckHitsRatio: full.ratio,
    fullCheckHitsMBps: mb / (full.a.median / 1000),
    ...(quick ? { import1kMs: importMs[1000] } : { import10kMs: importMs[10_000], import100kMs: importMs[100_000] }),
    [quick ? 'importDataFeed1kMs' : 'importDataFeed10kMs']: importDataFeedMs,
    adversarialScaling2xVs1x: adv2 / adv1,
    lookup100Ms: lookupMs[100],
    [`lookup${largest >= 100_000 ? '100k' : '1k'}Ms`]: lookupMs[largest],
    lookupScaling100kVs100: lookupMs[largest] / lookupMs[100],
    lookupScalingSizes: `${largest}/100`,
    corpusPrecision: precision(dev),
    corpusRecall: recall(dev),
    corpusStance: stanceAccuracy(dev),
    dev3Precision: precision(dev3),
    dev3Recall: recall(dev3),
    holdoutPrecision: precision(held),
    holdoutRecall: recall(held),
    holdoutStance: stanceAccuracy(held),
  };
}
