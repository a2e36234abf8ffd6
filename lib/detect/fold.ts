/**
 * The content script's cheap text fold, applied one UTF-16 unit at a time while scanning:
 * ASCII upper → lower, full-width forms → ASCII, every space-like unit → one space. It is the
 * part of `normalizeText` that needs no tables, so the page-side scan needs no copy of the text.
 */

export const SPACE = 32;

export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c === 9 || c === 10 || c === 13 ? SPACE : c;
  if (c >= 0xff01 && c <= 0xff5e) {
    const a = c - 0xfee0;
    return a >= 65 && a <= 90 ? a + 32 : a;
  }
  if (c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a)) return SPACE;
  return c;
}

export function foldString(s: string): string {
  let out = '';
  let previous = SPACE;
  for (let i = 0; i < s.length; i++) {
    const c = foldCode(s.charCodeAt(i));
    if (c === SPACE && previous === SPACE) continue;
    out += String.fromCharCode(c);
    previous = c;
  }
  return out.trim();
}
