/**
 * All triggers of all corrections in one pass: an Aho-Corasick automaton over folded UTF-16
 * units. The root state has a full 64K transition table, so text that starts no trigger (most
 * of any page) costs one array read per character; deeper states use one shared Map. The cost
 * of a scan depends on the text, not on how many triggers there are.
 */
import { foldCode, SPACE } from './fold';

export interface Prefilter {
  /** Pattern indices found in `text` (each at most once). */
  scan(text: string): number[];
  patternCount: number;
}

const KEY = 65536;

export function buildPrefilter(patterns: readonly string[]): Prefilter {
  const root = new Int32Array(KEY); // 0 = stay at root
  const next = new Map<number, number>();
  const fail: number[] = [0];
  const output: number[][] = [[]];
  let states = 1;
  const go = (s: number, c: number) => (s === 0 ? root[c] : (next.get(s * KEY + c) ?? 0));

  patterns.forEach((pattern, index) => {
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let t = go(s, c);
      if (t === 0) {
        t = states++;
        fail.push(0);
        output.push([]);
        if (s === 0) root[c] = t;
        else next.set(s * KEY + c, t);
      }
      s = t;
    }
    if (pattern.length) output[s].push(index);
  });

  // Breadth-first failure links; outputs are merged along them.
  const children = new Map<number, Array<[number, number]>>();
  for (const [k, t] of next) {
    const parent = Math.floor(k / KEY);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push([k % KEY, t]);
  }
  const queue: number[] = [];
  for (let c = 0; c < KEY; c++) if (root[c]) queue.push(root[c]);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    for (const [c, t] of children.get(s) ?? []) {
      let f = fail[s];
      while (f !== 0 && go(f, c) === 0) f = fail[f];
      const target = go(f, c);
      fail[t] = target === t ? 0 : target;
      if (output[fail[t]].length) output[t] = output[t].concat(output[fail[t]]);
      queue.push(t);
    }
  }
  const final = output.map((o) => (o.length ? o : undefined));

  return {
    patternCount: patterns.length,
    scan(text: string): number[] {
      let found: Set<number> | undefined;
      let s = 0;
      let previous = SPACE;
      for (let i = 0; i < text.length; i++) {
        const c = foldCode(text.charCodeAt(i));
        if (c === SPACE && previous === SPACE) continue;
        previous = c;
        if (s === 0) {
          s = root[c];
          if (s === 0) continue;
        } else {
          let t = next.get(s * KEY + c);
          while (t === undefined && s !== 0) {
            s = fail[s];
            t = s === 0 ? root[c] : next.get(s * KEY + c);
          }
          s = t ?? 0;
        }
        const out = final[s];
        if (out) for (const p of out) (found ??= new Set()).add(p);
      }
      return found ? [...found] : [];
    },
  };
}
