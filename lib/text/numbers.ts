/**
 * Number forms → one canonical form, so that a term like "5000000000" or "66.2%" matches
 * "$5B", "5 billion", "50 億美元", "五十亿美元", "66.2 %" and "百分之六十六點二".
 * Runs after lower-casing and Traditional→Simplified conversion. Every expression here is a
 * fixed, linear pattern (no user data in a RegExp).
 */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_LARGE: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const EN_SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

function format(n: number): string {
  if (!Number.isFinite(n)) return '';
  return Number.isInteger(n) ? n.toFixed(0) : String(Number(n.toFixed(6)));
}

/** 六十六 → 66, 五十亿 → 5000000000, 两千三百万 → 23000000. */
export function parseChineseInteger(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch in CN_SMALL) {
      section += (digit || 1) * CN_SMALL[ch];
      digit = 0;
    } else if (ch in CN_LARGE) {
      const large = CN_LARGE[ch];
      total = (total + section + digit) * large;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

function parseChineseNumber(s: string): number {
  const [int, frac] = s.split('点');
  const whole = parseChineseInteger(int);
  if (!frac) return whole;
  const decimals = [...frac].map((c) => CN_DIGITS[c] ?? 0).join('');
  return Number(`${whole}.${decimals}`);
}

const CN_NUM = '[零〇一二两三四五六七八九十百千万亿]';
const CN_PERCENT = new RegExp(`百分之(${CN_NUM}+(?:点[零〇一二三四五六七八九]+)?|\\d+(?:\\.\\d+)?)`, 'g');
const CN_NUMBER = new RegExp(`${CN_NUM}{2,}(?:点[零〇一二三四五六七八九]+)?|[一二两三四五六七八九十](?=月|亿|万|千)`, 'g');
const ARABIC_CN_SCALE = /(\d+(?:\.\d+)?)\s?(万亿|亿|万|千万|百万|千)/g;
const THOUSANDS = /\b\d{1,3}(?:,\d{3})+(?![\d,])/g;
const EN_AMOUNT = /(\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|bln|mn|mln|tn)\b|(k|m|b)\b)/g;
const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, a: 1, half: 0.5,
};
const EN_WORD_AMOUNT = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a|half a)\s(thousand|million|billion|trillion)\b/g;
const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|个百分点)/g;

const CN_COMPOUND_SCALE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千万: 1e7, 百万: 1e6, 千: 1e3 };

export function normalizeNumbers(s: string): string {
  if (!/[\d零〇一二两三四五六七八九十百千万亿]|illion|thousand/.test(s)) return s;
  return s
    .replace(CN_PERCENT, (_, n: string) => `${/\d/.test(n) ? n : format(parseChineseNumber(n))}%`)
    .replace(CN_NUMBER, (m) => format(parseChineseNumber(m)))
    .replace(THOUSANDS, (m) => m.replace(/,/g, ''))
    .replace(ARABIC_CN_SCALE, (_, n: string, unit: string) => format(Number(n) * CN_COMPOUND_SCALE[unit]))
    .replace(EN_WORD_AMOUNT, (_, n: string, scale: string) => format(EN_WORDS[n.replace(' a', '')] * EN_SCALE[scale]))
    .replace(EN_AMOUNT, (_, n: string, word?: string, letter?: string) => format(Number(n) * EN_SCALE[(word ?? letter)!]))
    .replace(PERCENT, (_, n: string) => `${n}%`);
}
