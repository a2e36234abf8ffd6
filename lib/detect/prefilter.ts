/**
 * All triggers of all corrections in one pass.
 *
 * - The exact answer comes from an Aho-Corasick automaton over folded UTF-16 units: its cost
 *   depends on the text, not on how many triggers there are. The root state has a full 64K
 *   transition table; deeper states share one Map. It is built on first use.
 * - In front of it, while the trigger list is small (the usual case), one native RegExp of the
 *   triggers' tails answers "could there be anything at all?" faster than JavaScript can walk
 *   the text, so a page with nothing to flag never builds or runs the automaton. It is a trie of
 *   escaped literals, character classes and \s+ (case left to the `i` flag), so it cannot
 *   backtrack badly.
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

/** A unit for a case-insensitive expression: a space, an ASCII character and its full-width form, or itself. */
function caseless(u: string): string {
  if (u === ' ') return '\\s+';
  const c = u.charCodeAt(0);
  if (c >= 0x21 && c <= 0x7e) return `[${escapeClass(u)}${escapeClass(String.fromCharCode(c + 0xfee0))}]`;
  return u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One unit of a pattern as the gate matches it: a space (any run of white space) or one character. */
const unitsOf = (pattern: string) => [...pattern].map((ch) => (ch === ' ' ? ' ' : ch.toLowerCase()));

/** English letters from the most to the least frequent: a gate branch is cheapest when it starts with a rare one. */
const LETTERS_BY_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';
/** Shortest tail of a trigger the gate looks for (unless the trigger itself is shorter). */
const MIN_TAIL = 4;

/** How rarely a unit starts a word-position in text: punctuation, digits and CJK are rarer than any letter. */
function rarity(unit: string): number {
  if (unit === ' ') return -1;
  const i = LETTERS_BY_FREQUENCY.indexOf(unit);
  return i < 0 ? LETTERS_BY_FREQUENCY.length : i;
}

/**
 * What the gate looks for in place of a trigger: its tail from its rarest unit on, at least
 * MIN_TAIL units long ("heypi.com" → ".com", "covello" → "vello"; "chatgpt" stays whole, as
 * no later start is rarer than its "c"). Any text that holds the trigger holds its tail, so the gate can only
 * answer "maybe" more often, never miss; the automaton behind it gives the exact answer. The
 * regular-expression engine tries a branch at each position whose character starts it, so
 * branches that start with rare characters are tried far less often.
 */
function tailOf(units: string[]): string[] {
  if (units.length <= MIN_TAIL) return units;
  let best = 0;
  for (let i = 1; i <= units.length - MIN_TAIL; i++) if (rarity(units[i]) > rarity(units[best])) best = i;
  return units.slice(best);
}

/**
 * The gate only answers "is any trigger here?", so a trigger (or a tail) that contains another
 * adds nothing ("bard.google.com" holds "bard"), and tails sharing a beginning share one
 * branch: the expression is a trie, which the regular-expression engine tries once per position
 * instead of once per trigger.
 */
function buildGate(patterns: readonly string[]): RegExp | undefined {
  if (patterns.length === 0 || patterns.length > GATE_MAX_PATTERNS) return undefined;
  const minimalOf = (list: string[]) => list.filter((p) => !list.some((q) => q !== p && p.includes(q)));
  const triggers = minimalOf([...new Set(patterns.map((p) => unitsOf(p).join('')))]);
  const minimal = minimalOf([...new Set(triggers.map((p) => tailOf([...p]).join('')))]);
  type Node = Map<string, Node | null>;
  const root: Node = new Map();
  // No minimal trigger is a prefix of another (it would be contained in it), so each ends in a leaf.
  for (const p of minimal) {
    let node = root;
    const units = unitsOf(p);
    for (const u of units.slice(0, -1)) {
      let child = node.get(u);
      if (!child) node.set(u, (child = new Map()));
      node = child;
    }
    node.set(units[units.length - 1], null);
  }
  const source = (node: Node): string => {
    const branches = [...node].map(([u, child]) => caseless(u) + (child ? source(child) : ''));
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  // Case is left to the engine's own folding (the `i` flag also folds full-width letters).
  return new RegExp(source(root), 'i');
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
