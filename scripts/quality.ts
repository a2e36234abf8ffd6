/**
 * `npm run quality`: Footnote and the keyword baseline on the real-coverage corpus, page by page.
 *
 *   npm run quality                      # the train split (what rules may be tuned against)
 *   npm run quality -- --mistakes        # …and every item Footnote gets wrong there
 *   npm run quality -- --split check     # the frozen check split: totals only, never its items
 *   npm run quality -- --split check-clean  # …without the items whose source a train item also rewrote
 *   npm run quality -- --split fresh     # the fresh batches: scored once, then tuned on (spent)
 *   npm run quality -- --split final     # the last batches, from sources no other item uses: scored once, then tuned on (spent)
 *   npm run quality -- --split blind     # the blind batches (2026-12-07): scored once (blind-scored-once.json), then tuned on (spent)
 *   npm run quality -- --split sealed    # the sealed batches: written while rules were tuned on the rest, scored once (sealed-scored-once.json), then tuned on (spent)
 *   npm run quality -- --split vault     # the vault batches: declared before they were written, scored once (vault-scored-once.json), then tuned on (spent)
 *   npm run quality -- --split probe     # the probe batches: declared before they were written, scored once (probe-scored-once.json), then tuned on (spent)
 *   npm run quality -- --split coda      # the coda batches: declared before they were written, scored once (coda-scored-once.json), then tuned on (spent)
 *   npm run quality -- --split finale    # the finale batches: declared before they were written, scored once (finale-scored-once.json), then tuned on (spent)
 *   npm run quality -- --split encore    # the encore batches: declared before they were written, scored once (encore-scored-once.json), then tuned on (spent)
 *   npm run quality -- --split epilogue  # the epilogue batches: declared before they were written, scored once (epilogue-scored-once.json), then tuned on (spent)
 *   npm run quality -- --split postscript  # the postscript batches: declared before they were written, never tuned on; totals only
 *   npm run quality -- --split tuned     # everything rules may now be tuned on: every split but check and postscript
 *   npm run quality -- --rules-only      # without the page-level model (what it changes)
 *   npm run quality -- --json            # one JSON line
 *   npm run quality -- --corpus variants --split variants-tune|variants-held|all
 *                                        # the written-phrasings corpus (tests/corpus/variants): tune may be listed, held never
 *   npm run quality -- --prefix var2-    # only the items whose id starts so (one round of a corpus)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CorrectionIndex } from '../lib/engine';
import { keywordBaseline } from '../lib/quality/baseline';
import { precision, recall } from '../lib/quality/corpus';
import { footnoteJudge, scorePages, type PageItem, type PageScores } from '../lib/quality/pages';
import { shippedSeeds } from '../lib/timeline/shipped';
import { isTuned, TUNED_SPLITS } from '../lib/quality/split';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'real' }, split: { type: 'string' }, prefix: { type: 'string', default: '' }, mistakes: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'rules-only': { type: 'boolean', default: false } } });
if (values.corpus !== 'real' && values.corpus !== 'variants') {
  console.error(`--corpus: "${values.corpus}" is not a corpus (real or variants)`);
  process.exit(2);
}
values.split ??= values.corpus === 'real' ? 'train' : 'variants-tune';
/** Splits whose items may be read: train, the held-out splits scored once and then declared spent, and the written phrasings' tuning half. */
const READABLE: readonly string[] = [...TUNED_SPLITS, 'tuned', 'variants-tune'];
if (!READABLE.includes(values.split!) && values.mistakes) {
  console.error('The held-out splits are frozen: their items are never listed, only their totals.');
  process.exit(1);
}
const corpus = JSON.parse(readFileSync(`tests/corpus/${values.corpus}/corpus.json`, 'utf8')) as Array<PageItem & { split: string; source: { url: string } }>;
const trainSources = new Set(corpus.filter((i) => i.split === 'train').map((i) => i.source.url));
const inSplit = (i: (typeof corpus)[number]) =>
  values.split === 'all' ||
  i.split === values.split ||
  (values.split === 'tuned' && isTuned(i.split)) || (values.split === 'check-clean' && i.split === 'check' && !trainSources.has(i.source.url));
const items = corpus.filter(inSplit).filter((i) => i.id.startsWith(values.prefix!));
const index = new CorrectionIndex(shippedSeeds());
const model = values['rules-only'] ? null : undefined;
const footnote = footnoteJudge(index, model);

const figures = (s: PageScores) => ({
  items: s.items,
  pagePrecision: +precision(s.page).toFixed(3),
  pageRecall: +recall(s.page).toFixed(3),
  topicPrecision: +precision(s.topic).toFixed(3),
  topicRecall: +recall(s.topic).toFixed(3),
  correctsPrecision: +precision(s.corrects).toFixed(3),
  /** How many page-level ✓ Footnote gave (a precision of 1 over none said is no evidence). */
  correctsSaid: s.corrects.tp + s.corrects.fp,
  correctsLabelled: s.corrects.tp + s.corrects.fn,
  correctsRecall: +recall(s.corrects).toFixed(3),
  stance: +(s.stanceTotal ? s.stanceRight / s.stanceTotal : 1).toFixed(3),
});

const rows: Array<[string, PageScores]> = [];
for (const lang of ['all', 'en', 'zh-Hans', 'zh-Hant']) {
  const subset = lang === 'all' ? items : items.filter((i) => i.lang === lang);
  rows.push([`Footnote ${lang}`, scorePages(subset, footnote)]);
  rows.push([`keywords ${lang}`, scorePages(subset, keywordBaseline)]);
}
if (values.json) {
  console.log(JSON.stringify({ ...(values.corpus === 'real' ? {} : { corpus: values.corpus }), split: values.split, ...(values.prefix ? { prefix: values.prefix } : {}), ...Object.fromEntries(rows.map(([name, s]) => [name, figures(s)])) }));
} else {
  console.log(`split: ${values.split} (${items.length} items)`);
  console.log('| | items | page P | page R | topic P | topic R | corrects P | corrects R | stance |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, s] of rows) {
    const f = figures(s);
    console.log(`| ${name} | ${f.items} | ${f.pagePrecision} | ${f.pageRecall} | ${f.topicPrecision} | ${f.topicRecall} | ${f.correctsPrecision} (${f.correctsSaid}) | ${f.correctsRecall} | ${f.stance} |`);
  }
  if (values.mistakes) for (const m of rows[0][1].mistakes) console.log(m);
}
