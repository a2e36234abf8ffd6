/**
 * All triggers of all corrections in one pass.
 *
 * - The exact answer comes from an Aho-Corasick automaton over folded UTF-16 units: its cost
 *   depends on the text, not on how many triggers there are. The root state has a full 64K
 *   transition table; deeper states share one Map. It is built on first use.
 * - In front of it, while the trigger list is small (the usual case), one native RegExp of the
 *   escaped triggers answers "is there anything at all?" faster than JavaScript can walk the
 *   text, so a page with nothing to flag never builds or runs the automaton. It is made only
 *   of escaped literals, character classes and \s+, so it cannot backtrack badly.
 */
import { foldCode, SPACE } from './fold';

export interface Prefilter {
  /** Pattern indices found in `text` (each at most once). */
  scan(text: string): number[];
  patternCount: number;
}

const KEY = 65536;
/** Above this many triggers the automaton alone is faster than the gate. */
export const GATE_MAX_PATTERNS = 64;

const escapeClass = (c: string) => (/[\\\]\[^-]/.test(c) ? `\\${c}` : c);

/** A pattern as a case-, width- and space-tolerant expression, matching what foldCode folds. */
function tolerant(pattern: string): string {
  let out = '';
  for (const ch of pattern) {
    const c = ch.charCodeAt(0);
    if (ch === ' ') out += '\\s+';
    else if (c >= 0x21 && c <= 0x7e) {
      const wide = String.fromCharCode(c + 0xfee0);
      const upper = ch.toUpperCase();
      const variants = upper !== ch ? [ch, upper, wide, String.fromCharCode(upper.charCodeAt(0) + 0xfee0)] : [ch, wide];
      out += `[${variants.map(escapeClass).join('')}]`;
    } else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

function buildGate(patterns: readonly string[]): RegExp | undefined {
  if (patterns.length === 0 || patterns.length > GATE_MAX_PATTERNS) return undefined;
  return new RegExp(patterns.map(tolerant).join('|'));
}

export function buildPrefilter(patterns: readonly string[]): Prefilter {
  const gate = buildGate(patterns);
  let automaton: ((text: string) => number[]) | undefined;
  return {
    patternCount: patterns.length,
    scan(text: string): number[] {
      if (gate && !gate.test(text)) return [];
      automaton ??= buildAutomaton(patterns);
      return automaton(text);
    },
  };
}

function buildAutomaton(patterns: readonly string[]): (text: string) => number[] {
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

  return (text: string): number[] => {
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
  };
}
