/**
 * `npm run bench`: Footnote's costs, each next to a baseline measured in the same run, with
 * warm-up, alternated repetitions, median and spread. Ends with one JSON line of all figures
 * (also written to .bench/). `--quick` runs small sizes as a smoke test.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNodeBenchmarks } from './bench/node';
import { runBrowserBenchmarks } from './bench/browser';
import { bundleSizes } from './bench/sizes';
import { budgets, printTable, type Figures } from './bench/report';

const quick = process.argv.includes('--quick');
const skipBrowser = process.argv.includes('--node-only');

if (!process.argv.includes('--no-build') && spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`Machine: ${machine}\n`);
const figures: Figures = { quick, machine, ...(await runNodeBenchmarks(quick)) };
Object.assign(figures, bundleSizes());
if (!skipBrowser) Object.assign(figures, await runBrowserBenchmarks(quick));
printTable(figures);
const verdicts = budgets(figures);
const line = JSON.stringify({ ...figures, budgets: verdicts });
mkdirSync('.bench', { recursive: true });
const file = join('.bench', `bench-${quick ? 'quick-' : ''}${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}.json`);
writeFileSync(file, `${line}\n`);
console.log(`\nFigures written to ${file}`);
console.log(line);
