/**
 * The product timeline: dated events in the lives of AI products, each with dated evidence, under
 * one valibot schema (seeds/timeline.json). Address moves also become corrections
 * (lib/timeline/breaks.ts); every flag about a product shows its timeline.
 */
import * as v from 'valibot';
import { EvidenceSchema, isoDate, LocalizedSchema, terms, text, type Source } from './correction';

/**
 * `launch`: public availability. `rename`. `move`: the web address changed (`from` → `to`).
 * `shutdown`. `measurement`: a change in what web panels can count (an app launched). `decline`:
 * a decline measured on the current address, with its caveats in the text.
 */
export const EVENT_KINDS = ['launch', 'rename', 'move', 'shutdown', 'measurement', 'decline'] as const;

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be a lower-case slug'));

export const TimelineEventSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'must be a lower-case slug')),
    kind: v.picklist(EVENT_KINDS, `must be one of: ${EVENT_KINDS.join(', ')}`),
    date: isoDate,
    /** How the date is known: to the month, "no later than" (the first dated sign of it), or about. */
    approx: v.optional(v.picklist(['month', 'no-later-than', 'about'])),
    /** An announced or scheduled event, not yet (or not then) done. */
    status: v.optional(v.picklist(['announcement', 'scheduled'])),
    from: v.optional(text(200)),
    to: v.optional(text(200)),
    /** For a move: the old address sends visitors to the new one. */
    redirect: v.optional(v.boolean()),
    /** For a move: other names pages use for what the old address measured ("Bard"). */
    aliases: v.optional(terms),
    /**
     * For a move whose misreadings have corrections written for them (corrections.json, by id):
     * those apply, and the move yields none of its own.
     */
    writtenCorrections: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
    text: LocalizedSchema,
    evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1, 'needs at least one piece of evidence'), v.maxLength(10)),
  }),
  v.check((e) => e.kind !== 'move' || Boolean(e.from && e.to), 'a move needs "from" and "to" addresses'),
);

export const ProductSchema = v.pipe(
  v.object({
    id: slug,
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
    name: LocalizedSchema,
    aliases: v.optional(terms),
    addresses: v.optional(terms),
    /** When to look at this product's timeline again. */
    reviewBy: isoDate,
    events: v.pipe(v.array(TimelineEventSchema), v.minLength(1, 'needs at least one event'), v.maxLength(100)),
  }),
  v.check((p) => p.events.every((e, i) => i === 0 || p.events[i - 1].date <= e.date), 'events must be in date order'),
  v.check((p) => new Set(p.events.map((e) => e.id)).size === p.events.length, 'event ids must be unique within a product'),
);

export const BreakTextsSchema = v.object({ claim: LocalizedSchema, summary: LocalizedSchema, redirect: LocalizedSchema });

export const TimelinePackSchema = v.object({
  format: v.literal('footnote-timeline'),
  formatVersion: v.literal(1),
  reviewed: isoDate,
  about: v.optional(v.string()),
  /**
   * The words of the correction each address move yields, per language: {product}, {from}, {to},
   * {date} and {redirect} (the `redirect` text, for a move whose old address forwards) are filled in.
   */
  breakTexts: BreakTextsSchema,
  products: v.pipe(
    v.array(ProductSchema),
    v.check((ps) => new Set(ps.map((p) => p.id)).size === ps.length, 'product ids must be unique'),
  ),
});

export type EventKind = (typeof EVENT_KINDS)[number];
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Product = v.InferOutput<typeof ProductSchema>;
export type TimelinePack = v.InferOutput<typeof TimelinePackSchema>;
export type BreakTexts = v.InferOutput<typeof BreakTextsSchema>;

/** A product as the store keeps it: where it came from, and whether you edited it. */
export type ProductRecord = Product & { source: Source; feedUrl?: string; userEdited?: boolean; createdAt: string; updatedAt: string };

/** The product itself, without what the store adds about where it came from. */
export function productOf({ source: _s, feedUrl: _f, userEdited: _u, createdAt: _c, updatedAt: _a, ...product }: ProductRecord): Product {
  return product;
}

/** One product checked against the schema (what it holds beyond the schema is dropped). */
export function validateProduct(json: unknown): { ok: true; value: Product } | { ok: false; path: string; message: string } {
  const r = v.safeParse(ProductSchema, json);
  if (r.success) return { ok: true, value: r.output };
  const issue = r.issues[0];
  return { ok: false, path: v.getDotPath(issue) ?? '', message: issue.message };
}

/** A pack checked against the schema, or the first problem as a readable message. */
export function validateTimeline(json: unknown): { ok: true; value: TimelinePack } | { ok: false; error: string } {
  const r = v.safeParse(TimelinePackSchema, json);
  if (r.success) return { ok: true, value: r.output };
  const issue = r.issues[0];
  const path = v.getDotPath(issue) ?? '';
  return { ok: false, error: `${path ? `${path}: ` : ''}${issue.message}` };
}
