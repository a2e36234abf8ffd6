/**
 * Address moves → corrections. A traffic figure for an address a product had left falls by
 * design: it measures the move. Each address a product moved away from yields one correction of
 * topic `measurement-break`, from the date it left, with its words from the timeline pack and the
 * cue words from seeds/cues.json. Nothing here is about one product: the data says which.
 */
import cues from '../../seeds/cues.json';
import { LANGS, type Correction, type Lang, type Localized } from '../schema/correction';
import type { BreakTexts, Product, TimelineEvent, TimelinePack } from '../schema/timeline';

/** Whether a correction is one a product's moves yield (its id starts with `break-<product id>-`). */
export const isBreakOf = (productId: string, c: Pick<Correction, 'id' | 'product' | 'topic'>) => c.product === productId && c.topic === 'measurement-break' && c.id.startsWith(`break-${productId}-`);

/** The correction for traffic measured on `from` after it was left; its id is stable across releases. */
export function breakId(product: Product, from: string): string {
  return `break-${product.id}-${from.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '')}`;
}

function fill(template: Localized, lang: Lang, values: Record<string, string>): string | undefined {
  const t = template[lang] ?? template.en;
  return t?.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

function localizedFrom(make: (lang: Lang) => string | undefined): Localized {
  return Object.fromEntries(LANGS.flatMap((l) => (make(l) ? [[l, make(l)]] : []))) as Localized;
}

/** The product's name in a language, falling back to English. */
function productName(product: Product, lang: Lang): string {
  return product.name[lang] ?? product.name.en ?? product.id;
}

function breakFor(texts: BreakTexts, product: Product, moves: TimelineEvent[], now: string): Correction {
  const first = moves[0];
  const from = first.from!;
  const last = moves[moves.length - 1];
  const aliases = moves.flatMap((m) => m.aliases ?? []);
  const addressTerms = [...new Set([from, ...aliases].map((a) => a.toLowerCase()))];
  const to = last.to!;
  const text = (template: Localized) =>
    localizedFrom((lang) =>
      fill(template, lang, {
        product: productName(product, lang),
        from,
        to,
        // A date known to the month only is written as the month.
        date: first.approx === 'month' || first.approx === 'no-later-than' ? first.date.slice(0, 7) : first.date,
        redirect: moves.some((m) => m.redirect) ? (texts.redirect[lang] ?? texts.redirect.en ?? '') : '',
      }),
    );
  return {
    id: breakId(product, from),
    version: product.version,
    topic: 'measurement-break',
    verdict: 'misread',
    product: product.id,
    claim: text(texts.claim),
    summary: text(texts.summary),
    details: localizedFrom((lang) => moves.map((m) => m.text[lang] ?? m.text.en).filter(Boolean).join(' ') || undefined),
    evidence: moves.flatMap((m) => m.evidence).slice(0, 20),
    appliesFrom: first.date,
    reviewBy: product.reviewBy,
    triggers: { en: addressTerms, 'zh-Hans': addressTerms, 'zh-Hant': addressTerms },
    rules: {
      // A chart of the old address (alt text, caption, table, embed naming it) needs no decline word: its line shows it.
      all: [{ terms: cues.moveDecline.terms, chart: true }, { terms: cues.moveTraffic.terms }, { terms: addressTerms }],
      near: [
        { a: 0, b: 1, within: 12 },
        { a: 1, b: 2, within: 10 },
      ],
      debunk: [...new Set([to.toLowerCase(), ...cues.moveExplained.terms])],
      // Figures for the new address are the product's real traffic, not the break.
      none: [{ terms: [`${to} traffic`, `${to} visits`, `visits to ${to}`, `traffic to ${to}`, `${to} 流量`, `${to} 访问量`, `${to} 訪問量`].map((t) => t.toLowerCase()), scope: 'sentence' }],
    },
    chart: { domains: [from.toLowerCase()] },
    source: 'seed',
    createdAt: now,
    updatedAt: now,
  };
}

/** The addresses a product moved away from that yield a correction, each with its moves. */
function movesByAddress(product: Product): Map<string, TimelineEvent[]> {
  const byFrom = new Map<string, TimelineEvent[]>();
  for (const e of product.events) {
    if (e.kind !== 'move' || !e.from || e.writtenCorrections?.length) continue;
    const key = e.from.toLowerCase();
    byFrom.set(key, [...(byFrom.get(key) ?? []), e]);
  }
  return byFrom;
}

/** The ids of the corrections a product's moves yield. */
export function breakIdsOf(product: Product): string[] {
  return [...movesByAddress(product).values()].map((moves) => breakId(product, moves[0].from!));
}

/** One correction per address each product moved away from (several moves from one address share it). */
export function breakCorrections(pack: TimelinePack, now = `${pack.reviewed}T00:00:00.000Z`): Correction[] {
  return breaksOf(pack.products, pack.breakTexts, now);
}

/** The corrections these products' moves yield, worded with `texts`. */
export function breaksOf(products: Product[], texts: BreakTexts, now: string): Correction[] {
  const out: Correction[] = [];
  for (const product of products) for (const moves of movesByAddress(product).values()) out.push(breakFor(texts, product, moves, now));
  return out;
}
