/**
 * `npm run train`: the page-level model (lib/model) from the labelled real-coverage corpus,
 * written to seeds/model.json. Deterministic (a fixed order, no randomness, no network): the
 * same corpus gives the same file, byte for byte. It learns from every split rules may be tuned
 * on; the check split and any split still held out are never read.
 *
 *   npm run train             # writes seeds/model.json
 *   npm run train -- --check  # fails if seeds/model.json is not what training gives today
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildModelData, type TrainingItem } from '../lib/model/build';
import { TUNED_SPLITS } from '../lib/quality/split';

const OUT = 'seeds/model.json';
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const corpus = JSON.parse(readFileSync('tests/corpus/real/corpus.json', 'utf8')) as TrainingItem[];
const started = Date.now();
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
