/** Generated pages for the browser benchmarks, served by the bench's own local server. */
import type { Route } from '../lib/server';
import { CLAIMS, paragraphs } from './text';

/** About `elements` elements of article markup: nested sections, paragraphs with inline markup. */
export function bigPage(elements: number, hits: number): string {
  const paras = paragraphs(elements * 40, 7);
  const parts: string[] = [];
  let count = 0;
  let i = 0;
  const every = hits ? Math.floor(elements / 6 / hits) : Infinity;
  let placed = 0;
  while (count < elements) {
    const words = paras[i % paras.length].split(' ');
    const claim = placed < hits && i % every === 0 ? ` ${CLAIMS[placed++ % CLAIMS.length]}` : '';
    parts.push(`<section><div class="row"><p>${words.slice(0, 20).join(' ')} <a href="#x${i}">${words[20] ?? 'more'}</a> <em>${words[21] ?? 'text'}</em> ${words.slice(22, 40).join(' ')}${claim}</p></div></section>`);
    count += 6;
    i++;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big page</title><meta property="article:published_time" content="2024-08-10"></head><body><main><h1>Markets wrap</h1>${parts.join('')}</main></body></html>`;
}

/** `n` paragraphs, each with the phrase to highlight once. */
export function markPage(n: number): string {
  const body = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i}: analysts discussed ChatGPT traffic in the quarterly <b>review</b> of web usage and other figures.</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Marks</title></head><body>${body}</body></html>`;
}

export function benchRoutes(): Route[] {
  return [
    (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      let html: string | undefined;
      if (url.pathname === '/bench/big.html') html = bigPage(Number(url.searchParams.get('n') ?? 200000), Number(url.searchParams.get('hits') ?? 0));
      if (url.pathname === '/bench/marks.html') html = markPage(Number(url.searchParams.get('n') ?? 1000));
      if (html === undefined) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      return true;
    },
  ];
}
