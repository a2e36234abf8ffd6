/**
 * `npm test`: type-check, unit and DOM tests, the Chrome build, end-to-end tests in real
 * Chromium (installing Debian's chromium first when there is none and we may), the Firefox
 * build with its lint, end-to-end tests in real Firefox ESR (installed the same way), and a
 * smoke run of the benchmarks. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureFirefox } from './lib/chromium';

interface Step {
  name: string;
  run: () => number;
}

const npx = (...args: string[]) => () => spawnSync('npx', args, { stdio: 'inherit', env: process.env }).status ?? 1;

/** A step that finds (or installs) a browser, or says what to install. */
const find = (name: string, ensure: () => string) => () => {
  try {
    console.log(`${name}: ${ensure()}`);
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
};

const steps: Step[] = [
  { name: 'type-check', run: npx('tsc', '--noEmit') },
  { name: 'unit and DOM tests', run: npx('vitest', 'run', '--project', 'unit', '--project', 'dom') },
  { name: 'build for Chrome', run: npx('wxt', 'build') },
  { name: 'find Chromium', run: find('Chromium', ensureChromium) },
  { name: 'end-to-end tests in Chromium', run: npx('vitest', 'run', '--project', 'e2e') },
  { name: 'build for Firefox', run: npx('wxt', 'build', '-b', 'firefox') },
  { name: 'Firefox lint (web-ext)', run: npx('web-ext', 'lint', '--source-dir', '.output/firefox-mv2') },
  { name: 'find Firefox', run: find('Firefox', ensureFirefox) },
  { name: 'end-to-end tests in Firefox', run: npx('vitest', 'run', '--project', 'firefox') },
  { name: 'benchmark smoke run', run: npx('tsx', 'scripts/bench.ts', '--quick') },
];

const started = Date.now();
let passed = 0;
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const t = Date.now();
  const status = step.run();
  if (status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${status}).`);
    console.log(`steps: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed++;
  console.log(`✔ ${step.name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`steps: ${passed} passed, 0 failed`);
