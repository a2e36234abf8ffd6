/** A parsed document → what the engine reads: blocks, headline and publication date. */
import type { PageText } from '../engine';
import { extractBlocks } from './extract';
import { declaredLang, headlineOf, ledeOf, publishedDate } from './meta';

export function pageTextOf(doc: Document): PageText & { declaredLang: string } {
  const blocks = doc.body ? extractBlocks(doc.body).map((b) => ({ text: b.text, kind: b.kind })) : [];
  return { blocks, headline: headlineOf(doc), lede: ledeOf(doc), published: publishedDate(doc), declaredLang: declaredLang(doc) };
}

const DATE_LINE = /^\s*(?:published|date|dated|posted|发布|發布|发表|發表|日期|时间|時間)\s*[:：]\s*(.+)$/im;

/** Plain text: paragraphs are blocks; a "Published: 2024-08-05" line near the top gives the date. */
export function plainTextOf(text: string, parseDate: (s: string) => string | null): PageText {
  const head = text.slice(0, 600);
  const m = DATE_LINE.exec(head);
  const published = m ? parseDate(m[1]) : null;
  const body = m ? text.replace(m[0], '') : text;
  const blocks = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ text: p, kind: 'text' as const }));
  return { blocks, lede: blocks[0]?.text, published };
}
