/**
 * Builds tests/corpus/real/corpus.json from the items and their two independent labellings,
 * reports how far the annotators agreed (tests/corpus/real/agreement.json), and lists the
 * items they disagree on that have not been settled yet (labels/unsettled.json): those are
 * settled by the definitions in the corpus README, never by what the engine says.
 *
 *   npx tsx scripts/corpus/merge.ts                              # tests/corpus/real
 *   npx tsx scripts/corpus/merge.ts tests/corpus/variants        # the written-phrasings corpus
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { splitOf, variantSplitOf } from '../../lib/quality/split';
import { KNOWN_TOPICS } from '../../lib/schema/correction';

type Label = { topic: string; stance: string };
const DIR = process.argv[2] ?? 'tests/corpus/real';
const split = basename(resolve(DIR)) === 'variants' ? variantSplitOf : splitOf;
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const STANCES = ['asserts', 'reports', 'debunks'];

function kappa(pairs: Array<[string, string]>): { agreement: number; kappa: number; n: number } {
  const n = pairs.length;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const cats = new Set(pairs.flat());
  let expected = 0;
  for (const c of cats) expected += (pairs.filter(([a]) => a === c).length / n) * (pairs.filter(([, b]) => b === c).length / n);
  return { agreement: round(agree), kappa: round(expected === 1 ? 1 : (agree - expected) / (1 - expected)), n };
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const key = (labels: Label[]) => JSON.stringify([...labels].sort((x, y) => x.topic.localeCompare(y.topic)).map((l) => [l.topic, l.stance]));

function check(labels: unknown, who: string, id: string): Label[] {
  if (!Array.isArray(labels)) throw new Error(`${who}: ${id} has no label list`);
  for (const l of labels as Label[]) {
    if (!(KNOWN_TOPICS as readonly string[]).includes(l.topic)) throw new Error(`${who}: ${id} has unknown topic ${l.topic}`);
    if (!STANCES.includes(l.stance)) throw new Error(`${who}: ${id} has unknown stance ${l.stance}`);
  }
  return labels as Label[];
}

const batches = readdirSync(join(DIR, 'items')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
const settledPath = join(DIR, 'labels/settled.json');
const settled: Record<string, { expect: Label[]; why: string }> = existsSync(settledPath) ? read(settledPath) : {};
const out: unknown[] = [];
const unsettled: Record<string, unknown> = {};
const pagePairs: Array<[string, string]> = [];
const topicPairs: Array<[string, string]> = [];
const stancePairs: Array<[string, string]> = [];
let exact = 0;

for (const batch of batches) {
  if (!existsSync(join(DIR, 'labels', `b-${batch}.json`))) {
    console.warn(`${batch}: no second labelling yet; left out.`);
    continue;
  }
  const items = read(join(DIR, 'items', `${batch}.json`));
  const a = read(join(DIR, 'labels', `a-${batch}.json`));
  const b = read(join(DIR, 'labels', `b-${batch}.json`));
  for (const item of items) {
    const la = check(a[item.id], `a-${batch}`, item.id);
    const lb = check(b[item.id], `b-${batch}`, item.id);
    pagePairs.push([String(la.length > 0), String(lb.length > 0)]);
    for (const t of KNOWN_TOPICS) {
      const sa = la.find((l) => l.topic === t)?.stance;
      const sb = lb.find((l) => l.topic === t)?.stance;
      topicPairs.push([String(!!sa), String(!!sb)]);
      if (sa && sb) stancePairs.push([sa, sb]);
    }
    let expect: Label[];
    let settledBy: string;
    if (key(la) === key(lb)) {
      exact++;
      expect = la;
      settledBy = 'agreed';
    } else if (settled[item.id]) {
      expect = check(settled[item.id].expect, 'settled', item.id);
      settledBy = settled[item.id].why;
    } else {
      unsettled[item.id] = { item, a: la, b: lb };
      continue;
    }
    out.push({ ...item, split: split(item.id), expect, labels: { a: la, b: lb }, settled: settledBy });
  }
}

const agreement = {
  items: pagePairs.length,
  exactSameLabels: round(exact / pagePairs.length),
  carriesAnyClaim: kappa(pagePairs),
  topicPresence: kappa(topicPairs),
  stanceWhereBothFoundTheTopic: kappa(stancePairs),
};
writeFileSync(join(DIR, 'agreement.json'), `${JSON.stringify(agreement, null, 1)}\n`);
writeFileSync(join(DIR, 'labels/unsettled.json'), `${JSON.stringify(unsettled, null, 1)}\n`);
writeFileSync(join(DIR, 'corpus.json'), `[\n${out.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`);
console.log(JSON.stringify(agreement));
console.log(`${out.length} items written; ${Object.keys(unsettled).length} disagreements still to settle (labels/unsettled.json).`);
