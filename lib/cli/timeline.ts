/** `footnote timeline [product] [--format table|json]`: the products' events with their evidence. */
import type { Product, TimelinePack } from '../schema/timeline';
import { breaksOf } from '../timeline/breaks';
import { eventDate } from '../timeline/view';

/** Products whose id, name or aliases match `query` (case-insensitive); all when there is none. */
export function findProducts(pack: TimelinePack, query?: string): Product[] {
  if (!query) return pack.products;
  const q = query.toLowerCase();
  return pack.products.filter((p) => p.id === q || [...Object.values(p.name), ...(p.aliases ?? []), ...(p.addresses ?? [])].some((n) => n?.toLowerCase() === q));
}

export function formatTimeline(pack: TimelinePack, products: Product[]): string {
  const breaks = breaksOf(products, pack.breakTexts, pack.reviewed);
  return products
    .map((p) => {
      const lines = [`${p.name.en ?? p.id}  (${p.id}; review by ${p.reviewBy})`];
      for (const e of p.events) {
        lines.push(`  ${eventDate(e, { by: 'by', about: 'about' }).padEnd(13)} ${e.kind.padEnd(11)} ${e.text.en ?? ''}${e.status ? ` [${e.status}]` : ''}`);
        for (const s of e.evidence) lines.push(`  ${''.padEnd(13)} ${''.padEnd(11)} – ${s.publisher}, ${s.date}: ${s.title} <${s.url}>`);
      }
      const flagged = breaks.filter((c) => c.product === p.id).map((c) => `${c.chart?.domains?.[0]} after ${c.appliesFrom}`);
      if (flagged.length) lines.push(`  Traffic measured on ${flagged.join('; ')} is flagged (measurement-break).`);
      return lines.join('\n');
    })
    .join('\n\n');
}
