/**
 * What a page says about itself: its headline, its publication date and its language.
 * Dates come from the places publishers put them, most reliable first: meta tags, JSON-LD,
 * microdata, then a <time> element in the article's header or byline.
 */

const META_DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="date"]',
  'meta[name="cXenseParse:recs:publishtime"]',
  'meta[property="article:modified_time"]',
];

/** "2024-08-05T10:00:00Z", "2024/8/5", "2024年8月5日", "August 5, 2024" → "2024-08-05". */
export function parseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  const t = Date.parse(s);
  if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const queue: unknown[] = [JSON.parse(script.textContent ?? '')];
      while (queue.length) {
        const item = queue.shift();
        if (Array.isArray(item)) queue.push(...item);
        else if (item && typeof item === 'object') {
          const o = item as Record<string, unknown>;
          const date = parseDate(typeof o.datePublished === 'string' ? o.datePublished : null);
          if (date) return date;
          if (o['@graph']) queue.push(o['@graph']);
          if (o.mainEntity) queue.push(o.mainEntity);
        }
      }
    } catch {
      // Broken JSON-LD is common; try the next source.
    }
  }
  return null;
}

/**
 * Where a publication date may be, most reliable first. Each looks once through the document at
 * most, so the page side can run them one per task on a huge page (`publishedDate` runs them all).
 */
export const PUBLISHED_DATE_PROBES: Array<(doc: Document) => string | null> = [
  (doc) => {
    // Meta tags belong in the head: looking there only is cheap on any page.
    const head = doc.head ?? doc;
    for (const sel of META_DATE_SELECTORS) {
      const date = parseDate(head.querySelector(sel)?.getAttribute('content'));
      if (date) return date;
    }
    return null;
  },
  fromJsonLd,
  (doc) => {
    const micro = doc.querySelector('[itemprop="datePublished"]');
    return parseDate(micro?.getAttribute('datetime') ?? micro?.getAttribute('content') ?? micro?.textContent);
  },
  (doc) => parseDate(doc.querySelector('article header time[datetime], header time[datetime], article time[datetime], main time[datetime], time[pubdate], time[datetime]')?.getAttribute('datetime')),
  (doc) => parseDate(doc.querySelector('[class*="date" i], [class*="time" i], [class*="byline" i], [id*="date" i]')?.textContent?.slice(0, 80)),
];

export function publishedDate(doc: Document): string | null {
  for (const probe of PUBLISHED_DATE_PROBES) {
    const date = probe(doc);
    if (date) return date;
  }
  return null;
}

export function headlineOf(doc: Document): string {
  const h1 = doc.querySelector('article h1, main h1, h1');
  const text = h1?.textContent?.replace(/\s+/g, ' ').trim();
  if (text) return text;
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  return og || doc.title.trim();
}

/** The article's first real paragraph (its lede): with the headline, it says what the page is about. */
export function ledeOf(doc: Document): string {
  // A live collection is read lazily: only the first paragraphs are visited, not all of a huge page's.
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < MAX_LEDE_TRIES; i++) {
    const text = paragraphs[i].textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length >= 40) return text.slice(0, 1000);
  }
  return '';
}

/** A lede is among the first paragraphs, or the page has none worth the name. */
const MAX_LEDE_TRIES = 50;

export function declaredLang(doc: Document): string {
  return doc.documentElement.getAttribute('lang') ?? doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? '';
}
