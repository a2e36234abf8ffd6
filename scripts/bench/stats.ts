/** Timing helpers: warm-up, alternated repetitions, median and spread. */

export interface Sample {
  median: number;
  min: number;
  max: number;
  /** Interquartile range, as a share of the median. */
  spread: number;
  runs: number;
}

export function summarize(values: number[]): Sample {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.max(0, Math.round(q * (v.length - 1))))];
  const median = at(0.5);
  return { median, min: v[0], max: v[v.length - 1], spread: median ? (at(0.75) - at(0.25)) / median : 0, runs: v.length };
}

export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Runs `a` and `b` alternately (a, b, b, a, …) after warm-up; returns both samples and a/b. */
export async function compare(a: () => unknown, b: () => unknown, reps: number, warmup = 3): Promise<{ a: Sample; b: Sample; ratio: number }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      ta.push(await time(a));
      tb.push(await time(b));
    } else {
      tb.push(await time(b));
      ta.push(await time(a));
    }
  }
  const sa = summarize(ta);
  const sb = summarize(tb);
  return { a: sa, b: sb, ratio: sa.median / sb.median };
}

export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
