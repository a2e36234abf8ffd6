/**
 * The one message protocol between the content script, the background, the popup and the
 * options page. Each message is accepted only from the context named in `SENDERS`; the
 * background checks it before running a handler (see lib/background/router.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BlockKind } from './match/passage';
import type { FeedStatus, ImportPreview, ImportResult, ListQuery, ListResult, SaveResult, StoreStatus } from './store/types';
import type { FlagView, PageStatus, TabReport } from './report';
import type { Correction } from './schema/correction';
import type { ExportFormat } from './store/exchange';
import type { ProductRecord } from './schema/timeline';
import type { ProductSaveResult } from './store/products';

export interface CandidateBlock {
  /** Index of the block on the page, stable for the page's lifetime. */
  index: number;
  text: string;
  kind: BlockKind;
  /** Trigger keys the page-side prefilter found in the block. */
  keys: string[];
}

export interface CheckRequest {
  url: string;
  title: string;
  headline?: string;
  headlineKeys: string[];
  /** The article's first paragraph (with the headline, it can frame the page as a correction). */
  lede?: string;
  published: string | null;
  lang: string;
  blocks: CandidateBlock[];
}

export interface ProtocolMap {
  // content script → background (from tabs only)
  /** Judge candidate blocks; returns the page's flags for them (minus those hidden on this site). */
  checkPage(req: CheckRequest): FlagView[];
  /** The page swapped its article (single-page-app navigation): forget the tab's flags. */
  resetPage(req: { url: string }): void;

  // chart-frame content script → background (from a chart host's frame inside a tab only)
  /** What a chart embed (Datawrapper, Flourish, Infogram) shows: judged as a chart of the tab's article. */
  checkChartFrame(req: { url: string; text: string }): void;

  // extension pages → background
  /** The report for a tab, or null when the tab has none. */
  getTabReport(tabId: number): TabReport | null;
  getStoreStatus(): StoreStatus;
  /** Hide a flag on its site from now on ("not relevant"), or bring it back. */
  setFlagHidden(req: { tabId: number; key: string; hidden: boolean }): TabReport | null;
  /** Turn Footnote off or on for a site. */
  setSiteEnabled(req: { site: string; enabled: boolean; tabId?: number }): void;
  listCorrections(query: ListQuery): ListResult;
  getCorrection(id: string): Correction | null;
  /** Validate and save a user correction (new, or an edit of any record). */
  saveCorrection(input: unknown): SaveResult;
  /** Delete; returns the deleted record so the page can offer undo. */
  deleteCorrection(id: string): Correction | null;
  /** Put back a record deleted a moment ago (undo). */
  restoreCorrection(record: Correction): void;
  resetSeeds(): StoreStatus;
  previewImport(req: { text: string; name: string }): ImportPreview;
  commitImport(req: { text: string; name: string }): ImportResult;
  exportCorrections(req: { format: ExportFormat; ids?: string[] }): string;
  listFeeds(): FeedStatus[];
  addFeed(req: { url: string; publicKey?: string }): FeedStatus;
  removeFeed(url: string): void;
  updateFeeds(url?: string): FeedStatus[];
  /** The product timeline, every product with its events. */
  listProducts(): ProductRecord[];
  /** Validate and save a product (new, or an edit of any); its moves' corrections follow. */
  saveProduct(input: unknown): ProductSaveResult;
  deleteProduct(id: string): ProductRecord | null;

  // background or popup → content script
  /** Scroll to a flag and open its card. */
  showFlag(key: string): boolean;
  /** Drop and redraw flags after a change (hidden flags, site switched off). */
  refreshFlags(req: { flags: FlagView[]; enabled: boolean }): void;
  /** Is a content script listening in this tab, and what has it found? */
  ping(): PageStatus;
}

export type MessageName = keyof ProtocolMap;

/** Who may send each message. `tab`: a content script in a web page; `frame`: the chart-frame script in a chart host's frame; `extension`: our own pages. */
export const SENDERS: Record<MessageName, 'tab' | 'frame' | 'extension' | 'background'> = {
  checkPage: 'tab',
  resetPage: 'tab',
  checkChartFrame: 'frame',
  getTabReport: 'extension',
  getStoreStatus: 'extension',
  setFlagHidden: 'extension',
  setSiteEnabled: 'extension',
  listCorrections: 'extension',
  getCorrection: 'extension',
  saveCorrection: 'extension',
  deleteCorrection: 'extension',
  restoreCorrection: 'extension',
  resetSeeds: 'extension',
  previewImport: 'extension',
  commitImport: 'extension',
  exportCorrections: 'extension',
  listFeeds: 'extension',
  addFeed: 'extension',
  removeFeed: 'extension',
  updateFeeds: 'extension',
  listProducts: 'extension',
  saveProduct: 'extension',
  deleteProduct: 'extension',
  showFlag: 'extension',
  refreshFlags: 'background',
  ping: 'extension',
};

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
