/**
 * Footnote's one element on the page: a host with a closed shadow root holding the markers
 * and the open card (Preact). One marker per flagged passage; its card lists every topic the
 * passage carries. Positions come from the flagged ranges; the card opens below the passage
 * it explains, so it never covers it.
 */
import { render } from 'preact';
import { PageOverlay, type MarkerData, type OpenCard } from '../../components/PageOverlay';
import type { CardStrings } from '../i18n/cardStrings';
import { isWarning, type FlagView } from '../report';
import type { Lang } from '../schema/correction';

export interface OverlayEntry {
  /** The flags on one passage, in page order. */
  flags: FlagView[];
  range?: Range;
  element: Element;
}

const CARD_WIDTH = 380;
const MARKER_STEP = 22;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where a range or element sits in the top document's coordinates. */
function boxOf(entry: OverlayEntry, top: Window): Box | undefined {
  const rects = entry.range ? [...entry.range.getClientRects()].filter((r) => r.width || r.height) : [entry.element.getBoundingClientRect()];
  if (rects.length === 0) return undefined;
  let dx = top.scrollX;
  let dy = top.scrollY;
  let frame = (entry.range?.startContainer.ownerDocument ?? entry.element.ownerDocument).defaultView?.frameElement;
  while (frame) {
    const r = frame.getBoundingClientRect();
    dx += r.left;
    dy += r.top;
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  const last = rects[rects.length - 1];
  return {
    left: Math.min(...rects.map((r) => r.left)) + dx,
    right: last.right + dx,
    top: last.top + dy,
    bottom: Math.max(...rects.map((r) => r.bottom)) + dy,
  };
}

const keyOf = (entry: OverlayEntry) => entry.flags[0].key;

/** A page that removes the host more than REATTACH_MAX times in REATTACH_WINDOW_MS gets it back only every REATTACH_BACKOFF_MS. */
const REATTACH_MAX = 5;
const REATTACH_WINDOW_MS = 1000;
const REATTACH_BACKOFF_MS = 2000;

export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private entries: OverlayEntry[] = [];
  private openKey: string | null = null;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.openKey) this.close(true);
  };

  constructor(
    private readonly doc: Document,
    css: string,
    private lang: Lang,
    private t: CardStrings,
    /** Called when a card opens or closes (the open passage is highlighted more strongly). */
    private readonly onOpenChange: () => void = () => undefined,
  ) {
    this.host = doc.createElement('footnote-host');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const sheet = new (doc.defaultView as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    this.root.adoptedStyleSheets = [sheet];
    doc.addEventListener('keydown', this.onKey, true);
    this.guard.observe(doc.documentElement, { childList: true });
  }

  /** Puts the host back when the page removes it, but not in a loop with a page that keeps doing so. */
  private readonly guard = new MutationObserver(() => this.reattach());
  private reattached: number[] = [];
  private retry: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  private reattach(): void {
    if (this.destroyed || this.host.isConnected || this.entries.length === 0) return;
    const now = performance.now();
    this.reattached = this.reattached.filter((t) => now - t < REATTACH_WINDOW_MS);
    if (this.reattached.length >= REATTACH_MAX) {
      this.retry ??= setTimeout(() => {
        this.retry = undefined;
        this.reattach();
      }, REATTACH_BACKOFF_MS);
      return;
    }
    this.reattached.push(now);
    this.render();
  }

  update(entries: OverlayEntry[]): void {
    this.entries = entries;
    if (this.openKey && !entries.some((e) => keyOf(e) === this.openKey)) this.openKey = null;
    this.render();
  }

  /** The passage whose card is open, to highlight it more strongly. */
  get openEntry(): OverlayEntry | undefined {
    return this.entries.find((e) => keyOf(e) === this.openKey);
  }

  /** Open the card of the passage holding flag `key`, scrolling it into view if asked. */
  open(key: string, scroll = false): boolean {
    const entry = this.entries.find((e) => e.flags.some((f) => f.key === key));
    if (!entry) return false;
    if (scroll) {
      const target = entry.range?.startContainer.parentElement ?? entry.element;
      target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    }
    this.openKey = keyOf(entry);
    this.render();
    this.onOpenChange();
    return true;
  }

  close(focusMarker = false): void {
    const key = this.openKey;
    this.openKey = null;
    this.render();
    this.onOpenChange();
    if (focusMarker && key) (this.root.querySelector(`[data-key="${CSS.escape(key)}"]`) as HTMLElement | null)?.focus();
  }

  render(): void {
    if (this.entries.length === 0) {
      render(null, this.root);
      this.host.remove();
      return;
    }
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    const win = this.doc.defaultView!;
    const markers: MarkerData[] = [];
    const used = new Map<string, number>();
    let open: OpenCard | null = null;
    this.entries.forEach((entry, i) => {
      const box = boxOf(entry, win);
      if (!box) return;
      // Two passages ending at the same spot (a chart's image and caption) sit side by side.
      const spot = `${Math.round(box.right)}:${Math.round(box.top)}`;
      const shift = used.get(spot) ?? 0;
      used.set(spot, shift + 1);
      markers.push({ key: keyOf(entry), n: i + 1, top: box.top, left: box.right + shift * MARKER_STEP, warning: entry.flags.some(isWarning) });
      if (keyOf(entry) === this.openKey) {
        const width = Math.min(CARD_WIDTH, win.innerWidth - 16);
        const left = Math.max(win.scrollX + 8, Math.min(box.left, win.scrollX + win.innerWidth - width - 8));
        open = { key: keyOf(entry), flags: entry.flags, top: box.bottom + 6, left, width };
      }
    });
    render(
      <PageOverlay markers={markers} open={open} lang={this.lang} t={this.t} actions={{ open: (k) => this.open(k), close: () => this.close(true) }} />,
      this.root,
    );
  }

  destroy(): void {
    this.destroyed = true;
    this.guard.disconnect();
    clearTimeout(this.retry);
    render(null, this.root);
    this.host.remove();
    this.doc.removeEventListener('keydown', this.onKey, true);
  }
}
