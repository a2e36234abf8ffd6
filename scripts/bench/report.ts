/** Budgets and the printed table. */
import { fmt } from './stats';

export type Figures = Record<string, unknown> & { quick: boolean; machine: string };

const BUDGETS: Array<{ key: string; label: string; max: number; unit: string }> = [
  { key: 'scanNoHitRatio', label: 'no-hit scan ÷ bare lower-casing pass', max: 2, unit: '×' },
  { key: 'longestTaskMs', label: 'longest content-script task (200k elements)', max: 50, unit: 'ms' },
  { key: 'longTasksAdded1M', label: 'long tasks added (1,000,000 elements)', max: 0, unit: 'n' },
  { key: 'longestTaskMs1M', label: 'longest task after load (1,000,000 elements)', max: 50, unit: 'ms' },
  { key: 'loadRatioVsEmptyScript', label: 'page load with Footnote ÷ with an empty script', max: 1.03, unit: '×' },
  { key: 'loadRatioVsEmptyScriptSlow', label: 'the same, images and scripts arriving over 2 s', max: 1.03, unit: '×' },
  { key: 'firstFlagAfterInstallMs', label: 'install → first flag on an open tab', max: 5000, unit: 'ms' },
  { key: 'highlightVsMarkjsRatio', label: 'CSS.highlights ÷ mark.js (1,000 matches)', max: 0.5, unit: '×' },
  { key: 'stubGzipBytes', label: 'stub run before load, gzipped', max: 2 * 1024, unit: 'B' },
  { key: 'pageSideGzipBytes', label: 'everything a page loads, gzipped', max: 20 * 1024, unit: 'B' },
  { key: 'lookupScaling100kVs100', label: 'lookup at 100k ÷ at 100 corrections', max: 5, unit: '×' },
  { key: 'adversarialScaling2xVs1x', label: 'adversarial text: twice as long ÷ once', max: 2.5, unit: '×' },
];

export function budgets(f: Figures): Record<string, { value: number | null; max: number; pass: boolean | null }> {
  return Object.fromEntries(
    BUDGETS.map((b) => {
      const value = typeof f[b.key] === 'number' ? (f[b.key] as number) : null;
      return [b.key, { value, max: b.max, pass: value === null ? null : value <= b.max }];
    }),
  );
}

export function printTable(f: Figures): void {
  console.log(`\nBudgets${f.quick ? ' (quick run: small sizes, not comparable)' : ''}:`);
  for (const b of BUDGETS) {
    const v = f[b.key];
    const shown = typeof v === 'number' ? (b.unit === 'B' ? `${v} B` : b.unit === 'ms' ? `${fmt(v)} ms` : b.unit === 'n' ? `${v}` : `${v.toFixed(2)}×`) : 'not measured';
    const verdict = typeof v !== 'number' ? '—' : v <= b.max ? 'pass' : 'MISS';
    console.log(`  ${verdict.padEnd(5)} ${b.label.padEnd(48)} ${shown.padStart(12)}  (budget ≤ ${b.unit === 'B' ? `${b.max} B` : `${b.max}${b.unit === 'ms' ? ' ms' : b.unit === 'n' ? '' : '×'}`})`);
  }
}
