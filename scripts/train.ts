/**
 * `npm run train`: the page-level model (lib/model) from the labelled real-coverage corpus,
 * written to seeds/model.json. Deterministic (a fixed order, no randomness, no network): the
 * same corpus gives the same file, byte for byte. It learns from every split rules may be tuned
 * on; the check split and any split still held out are never read.
 *
 *   npm run train             # writes seeds/model.json
 *   npm run train -- --check  # fails if seeds/model.json is not what training gives today
 *   npm run train -- --cross-validate  # the ✓ the model's thresholds give, out of fold (how they were chosen)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildModelData, CORRECTS_AT_LEAST, READS_AS_CORRECTION, type TrainingItem } from '../lib/model/build';
import { crossValidate, FOLDS, type Setting } from '../lib/model/crossValidate';
import { QUALITY_TODAY } from '../lib/quality/pages';
import { TUNED_SPLITS } from '../lib/quality/split';

const OUT = 'seeds/model.json';
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, 'cross-validate': { type: 'boolean', default: false } } });
const corpus = JSON.parse(readFileSync('tests/corpus/real/corpus.json', 'utf8')) as Array<TrainingItem & { source: { url: string } }>;
const started = Date.now();
if (values['cross-validate']) {
  const never = 1.01;
  const settings: Setting[] = [
    { name: 'rules alone', rulesOnly: true },
    ...[0.04, 0.06, 0.08, 0.1, 0.15].map((t) => ({ name: `confirming at ${t}, no reading`, correctsAtLeast: t, readsAsCorrectionAtLeast: never })),
    ...[0.4, 0.5, 0.6].map((t) => ({ name: `confirming at ${CORRECTS_AT_LEAST}, reading at ${t}`, readsAsCorrectionAtLeast: t })),
  ];
  console.log(`${FOLDS}-fold cross-validation, folds by source page, over the tuned items (reading needs ${READS_AS_CORRECTION.minTokens} tokens):`);
  console.log('| setting | ✓ said | right | precision | recall (of labelled) |\n|---|---|---|---|---|');
  for (const r of crossValidate(corpus, settings, QUALITY_TODAY)) {
    console.log(`| ${r.name} | ${r.said} | ${r.right} | ${(r.right / r.said).toFixed(3)} | ${(r.right / r.labelled).toFixed(3)} (${r.labelled}) |`);
  }
  process.exit(0);
}
const data = buildModelData(corpus);
const text = `${JSON.stringify(data, null, 1)}\n`;
if (values.check) {
  const same = readFileSync(OUT, 'utf8') === text;
  console.log(same ? `${OUT} is what training gives.` : `${OUT} differs from what training gives: run npm run train.`);
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(OUT, text);
  console.log(`${OUT}: ${data.trainedOn.items} items from ${TUNED_SPLITS.join(', ')}; ${Math.round(text.length / 1024)} kB; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
