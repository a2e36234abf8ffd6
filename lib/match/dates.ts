/**
 * Which date a claim speaks for, and whether a correction's window covers it. A sentence that
 * names an earlier month or year ("in June 2023", "2023年6月") speaks for that time; otherwise
 * the page's publication date does; an undated page is read as of today.
 */
import type { Correction } from '../schema/correction';

export type DateBasis = 'published' | 'mentioned' | 'today';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_DATE = /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s|(summer|spring|autumn|fall|winter)\s(?:of\s)?)?(20[1-3]\d)\b(?!年)/g;
const ZH_DATE = /(20[1-3]\d)年(?:(\d{1,2})月|(夏天|夏季|暑假|春季|秋季|冬季))?/g;
const SEASON_MONTH: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1, 夏天: 7, 夏季: 7, 暑假: 7, 春季: 4, 秋季: 10, 冬季: 1 };

const iso = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;

// "since late 2022", "自2022年底以来": the start of a span, not the time the claim speaks for.
const SPAN_START = /(?:since|from|自|从)\s?(?:late|early|mid|the end of|the start of|the beginning of)?\s?$/;
const startsSpan = (sentence: string, at: number) => SPAN_START.test(sentence.slice(Math.max(0, at - 24), at));

/** Dates named in a normalized sentence, as YYYY-MM-01 (July for a bare year or a summer). */
export function mentionedDates(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(EN_DATE)) {
    if (startsSpan(sentence, m.index)) continue;
    const month = m[1] ? MONTHS.indexOf(m[1]) + 1 : m[2] ? SEASON_MONTH[m[2]] : 7;
    out.push(iso(Number(m[3]), month));
  }
  for (const m of sentence.matchAll(ZH_DATE)) {
    if (startsSpan(sentence, m.index)) continue;
    const month = m[2] ? Math.min(12, Math.max(1, Number(m[2]))) : m[3] ? SEASON_MONTH[m[3]] : 7;
    out.push(iso(Number(m[1]), month));
  }
  return [...new Set(out)];
}

export interface DatedClaim {
  date: string;
  basis: DateBasis;
}

/** The dates a sentence can speak for: earlier dates it names (latest first), then the page's date (or today). */
export function referenceDates(sentence: string, published: string | null | undefined, today: string): DatedClaim[] {
  const base = published ?? today;
  const earlier = mentionedDates(sentence)
    .filter((d) => d < `${base.slice(0, 7)}-01`)
    .sort()
    .reverse();
  return [...earlier.map((date) => ({ date, basis: 'mentioned' as const })), { date: base.slice(0, 10), basis: published ? 'published' : 'today' }];
}

/** The first of `dates` that a correction's window covers. */
export function dateInWindow(c: Pick<Correction, 'appliesFrom' | 'appliesUntil'>, dates: DatedClaim[]): DatedClaim | undefined {
  return dates.find((d) => inWindow(c, d.date));
}

export function inWindow(c: Pick<Correction, 'appliesFrom' | 'appliesUntil'>, date: string): boolean {
  return (!c.appliesFrom || date >= c.appliesFrom) && (!c.appliesUntil || date <= c.appliesUntil);
}
