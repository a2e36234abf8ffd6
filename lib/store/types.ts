/** Shapes the store hands to the popup, the options page and the CLI. */
import type { Correction, Lang, Source, Verdict } from '../schema/correction';
import type { FieldError } from '../schema/validate';
import type { Product } from '../schema/timeline';

export interface StoreStatus {
  count: number;
  bySource: Record<Source, number>;
  lastUpdated: string | null;
  feeds: FeedStatus[];
}

export interface ListQuery {
  text?: string;
  topic?: string;
  verdict?: Verdict;
  source?: Source;
  /** Only records with a summary in this language. */
  lang?: Lang;
  /** Only records due for review on this date (their review date is on or before it). */
  dueBy?: string;
  offset?: number;
  limit?: number;
}

export interface ListResult {
  total: number;
  items: Correction[];
}

export type SaveResult = { ok: true; record: Correction } | { ok: false; errors: FieldError[] };

export interface ImportPlan {
  format: 'footnote' | 'claimreview';
  records: Correction[];
  /** Ids the file says are gone (ClaimReview DataFeed `dateDeleted`, a Footnote pack's `retire`). */
  deleted: string[];
  invalid: FieldError[];
  /** Products of the timeline the pack carries (a Footnote pack's `products`). */
  products: Product[];
}

/** What an import does to the product timeline. */
export interface ProductsPreview {
  added: string[];
  changed: string[];
  unchanged: string[];
  deleted: string[];
  keptUserEdits: string[];
}

export interface ImportPreview {
  ok: boolean;
  /** Set when the file as a whole cannot be read (not JSON, wrong shape, too big). */
  error?: string;
  format?: ImportPlan['format'];
  added: string[];
  changed: string[];
  unchanged: string[];
  deleted: string[];
  /** Records the user edited, which an import never overwrites. */
  keptUserEdits: string[];
  invalid: FieldError[];
  products?: ProductsPreview;
}

export interface ImportResult extends ImportPreview {
  written: number;
}

export interface FeedStatus {
  url: string;
  publicKey?: string;
  addedAt: string;
  lastAttempt?: string;
  lastSuccess?: string;
  lastError?: string;
  count: number;
  etag?: string;
  lastModified?: string;
}
