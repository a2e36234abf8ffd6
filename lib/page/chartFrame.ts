/**
 * Charts drawn where they are published: Datawrapper, Flourish and Infogram embeds are
 * cross-origin frames, so the article's content script cannot read them. A small content script
 * that runs only in those frames reads what describes the chart — title, description, notes,
 * source line, axis and data labels, table cells — and hands it to the background, which judges
 * it as a chart of the article that embeds it.
 */

/** The chart hosts whose frames are read (content-script match patterns, any scheme). */
export const CHART_FRAME_MATCHES = ['*://datawrapper.dwcdn.net/*', '*://flo.uri.sh/*', '*://public.flourish.studio/*', '*://e.infogram.com/*'];

/** At most this much of a chart's text is sent. */
export const MAX_CHART_TEXT = 4000;

const DESCRIBING = [
  'h1', 'h2', 'h3', '.headline', '.chart-title', '.title', '.dw-chart-title', '.dw-chart-intro', '.dw-chart-notes', '.dw-chart-footer',
  '.description', '.subtitle', '.notes', '.source', '.footer', 'figcaption', 'caption', 'th', 'td', 'svg title', 'svg desc', 'svg text',
  '[aria-label]',
];

/** The chart's describing text, in document order, without repeats; empty when there is none. */
export function readChart(doc: Document): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  const labelled = new Set(doc.querySelectorAll('[aria-label]'));
  const taken = new Set<Element>();
  const insideTaken = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (taken.has(p) && !labelled.has(p)) return true;
    return false;
  };
  for (const el of doc.querySelectorAll(DESCRIBING.join(','))) {
    // An element picked for its label says what its label says; its own text is read piece by piece.
    const raw = labelled.has(el) && !el.matches(DESCRIBING.filter((s) => s !== '[aria-label]').join(',')) ? el.getAttribute('aria-label') : el.textContent;
    const text = raw?.replace(/\s+/g, ' ').trim() ?? '';
    // Already read as part of an element taken whole (a footer and its source line), or said before.
    if (!text || seen.has(text) || insideTaken(el)) continue;
    seen.add(text);
    taken.add(el);
    parts.push(text);
  }
  const text = parts.reduce((all, p) => (all ? `${all}${/[.。!?！？]$/.test(all) ? ' ' : '. '}${p}` : p), '');
  return text.length > MAX_CHART_TEXT ? text.slice(0, MAX_CHART_TEXT) : text;
}

/** The frame's address without its query and fragment: how the article's iframe is matched. */
export function frameKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '';
  }
}
