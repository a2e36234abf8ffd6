/** Generated pages for the browser benchmarks, served by the bench's own local server. */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
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

/** How long the slow page's images and scripts take to arrive, like a real news page's ads and embeds. */
export const SLOW_RESOURCE_MS = 2000;

/**
 * A test page as a real news page loads: its images and scripts trickle in over two seconds
 * (`/bench/slow/demo/x.html` serves `tests/pages/demo/x.html` that way).
 */
export function slowPage(file: string, root = 'tests/pages'): string {
  const extra = [500, 1000, 1500, SLOW_RESOURCE_MS].map((ms, i) => `<img alt="" width="300" height="200" src="/bench/delay?ms=${ms}&i=${i}&type=image">`).join('');
  const scripts = [800, SLOW_RESOURCE_MS].map((ms) => `<script src="/bench/delay?ms=${ms}&type=script"></script>`).join('');
  // The page's own relative images and styles load from where the page really lives.
  const base = `<base href="/${relative(root, dirname(file))}/">`;
  return readFileSync(file, 'utf8').replace(/<head[^>]*>/i, (head) => `${head}${base}`).replace('</body>', `${extra}${scripts}</body>`);
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function benchRoutes(root = 'tests/pages'): Route[] {
  return [
    async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname !== '/bench/delay') return false;
      await new Promise((r) => setTimeout(r, Number(url.searchParams.get('ms') ?? 0)));
      const script = url.searchParams.get('type') === 'script';
      res.writeHead(200, { 'content-type': script ? 'text/javascript' : 'image/gif', 'cache-control': 'no-store' }).end(script ? 'void 0;' : GIF);
      return true;
    },
    (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      let html: string | undefined;
      if (url.pathname.startsWith('/bench/slow/') && url.pathname.endsWith('.html') && !url.pathname.includes('..')) html = slowPage(`${root}/${url.pathname.slice('/bench/slow/'.length)}`, root);
      if (url.pathname === '/bench/big.html') html = bigPage(Number(url.searchParams.get('n') ?? 200000), Number(url.searchParams.get('hits') ?? 0));
      if (url.pathname === '/bench/marks.html') html = markPage(Number(url.searchParams.get('n') ?? 1000));
      if (html === undefined) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      return true;
    },
  ];
}
