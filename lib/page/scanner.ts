/**
 * The page-side scan: walk the page in short slices of idle time, run the trigger prefilter
 * over each block, and keep only visible blocks that hit. Nothing leaves the page from here;
 * the controller decides whether there is anything to send.
 */
import type { Prefilter } from '../detect/prefilter';
import type { CandidateBlock } from '../messages';
import { BlockWalker, type ExtractedBlock } from './extract';

export interface ScannerDeps {
  prefilter: Prefilter;
  /** Trigger key of each prefilter pattern. */
  keyOf: readonly string[];
  /** Milliseconds of work per slice. */
  sliceMs?: number;
  /** Waits for the next idle moment (defaults to requestIdleCallback / setTimeout). */
  idle?: () => Promise<void>;
  now?: () => number;
  /** Visible to a reader? (computed style; only asked for blocks that hit). */
  isVisible?: (el: Element) => boolean;
  skip?: (el: Element) => boolean;
  signal?: AbortSignal;
}

/** Paragraphs without a trigger of their own sent for context when the headline has one. */
export const MAX_CONTEXT_BLOCKS = 300;

export interface ScanStats {
  blocks: number;
  candidates: number;
  slices: number;
  longestSliceMs: number;
}

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * The next slice: a background-priority task where the browser has the Prioritized Task
 * Scheduling API (it runs as soon as nothing more urgent waits, without waiting for an idle
 * frame), else an idle callback.
 */
export function nextSlice(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}

export class Scanner {
  /** Every candidate block seen on this page, by its index. */
  readonly blocks = new Map<number, ExtractedBlock>();
  readonly stats: ScanStats = { blocks: 0, candidates: 0, slices: 0, longestSliceMs: 0 };
  private nextIndex = 0;

  constructor(private readonly deps: ScannerDeps) {}

  keysIn(text: string): string[] {
    const hits = this.deps.prefilter.scan(text);
    return hits.length ? [...new Set(hits.map((p) => this.deps.keyOf[p]))] : [];
  }

  /**
   * Walk `roots` to the end, slice by slice; returns the candidate blocks found. With
   * `headlineHasTriggers`, visible paragraphs without a trigger of their own are candidates
   * too (up to MAX_CONTEXT_BLOCKS), judged against the headline's corrections.
   */
  async scan(roots: Node[], headlineHasTriggers = false): Promise<CandidateBlock[]> {
    const now = this.deps.now ?? (() => performance.now());
    const sliceMs = this.deps.sliceMs ?? 4;
    const idle = this.deps.idle ?? nextSlice;
    const found: CandidateBlock[] = [];
    const pending: ExtractedBlock[] = [];
    for (const root of roots) {
      const walker = new BlockWalker(root, { skip: this.deps.skip });
      while (!walker.finished) {
        if (this.deps.signal?.aborted) return found;
        const start = now();
        const more = () => now() - start < sliceMs;
        do {
          walker.step(() => pending.length < 64 && more(), pending);
          this.take(pending, found, headlineHasTriggers);
        } while (!walker.finished && more());
        this.stats.slices++;
        this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, now() - start);
        if (!walker.finished) await idle();
      }
    }
    return found;
  }

  private contextBlocks = 0;

  private take(pending: ExtractedBlock[], found: CandidateBlock[], headlineHasTriggers: boolean): void {
    for (const block of pending) {
      this.stats.blocks++;
      const keys = this.keysIn(block.text);
      const forContext = keys.length === 0 && headlineHasTriggers && block.kind !== 'chart' && this.contextBlocks < MAX_CONTEXT_BLOCKS;
      if (keys.length === 0 && !forContext) continue;
      if (this.deps.isVisible && !this.deps.isVisible(block.element)) continue;
      if (forContext) this.contextBlocks++;
      const index = this.nextIndex++;
      this.blocks.set(index, block);
      found.push({ index, text: block.text.slice(0, 20000), kind: block.kind, keys });
      this.stats.candidates++;
    }
    pending.length = 0;
  }

  reset(): void {
    this.blocks.clear();
    this.contextBlocks = 0;
  }
}
