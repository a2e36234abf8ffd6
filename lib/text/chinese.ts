/**
 * Traditional ↔ Simplified Chinese. Matching happens on Simplified text: every passage and
 * every term goes through `toSimplified`. The content script has no converter (its size
 * budget is small), so the trigger index it gets already lists the Traditional spellings of
 * each trigger, made here by inverting the Traditional→Simplified character table.
 */
import { Converter, Locale } from 'opencc-js/t2cn';

type Convert = (s: string) => string;
let converters: Convert[] | undefined;
let inverse: Map<string, string[]> | undefined;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function chain(): Convert[] {
  // Character by character (Taiwan, then Hong Kong variants). Phrase conversion would turn
  // Taiwanese words into mainland ones, but unevenly (投影片 → 投视频, 簡報圖 → 演示文稿图, while
  // the Simplified 简报图 stays): terms list both vocabularies instead.
  converters ??= [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })];
  return converters;
}

export function hasHan(s: string): boolean {
  return HAN.test(s);
}

export function toSimplified(s: string): string {
  if (!hasHan(s)) return s;
  return chain().reduce((out, convert) => convert(out), s);
}

function traditionalTable(): Map<string, string[]> {
  if (inverse) return inverse;
  inverse = new Map();
  const characters = Locale.to.cn[0][1];
  const entries = typeof characters === 'string' ? characters.split('|').map((e) => e.split(' ')) : characters;
  for (const [trad, simp] of entries) {
    if ([...trad].length !== 1 || [...simp].length !== 1 || trad === simp) continue;
    const list = inverse.get(simp) ?? [];
    list.push(trad);
    inverse.set(simp, list);
  }
  return inverse;
}

/** Every spelling of a term across scripts, capped so that a long term cannot explode. */
export function scriptVariants(term: string, cap = 16): string[] {
  const simplified = toSimplified(term);
  const out = new Set([term, simplified]);
  if (!hasHan(simplified)) return [...out];
  const table = traditionalTable();
  let partial = [''];
  for (const ch of simplified) {
    const options = [ch, ...(table.get(ch) ?? [])];
    const next: string[] = [];
    for (const prefix of partial) for (const o of options) if (next.length < cap) next.push(prefix + o);
    partial = next;
  }
  for (const p of partial) out.add(p);
  return [...out];
}
