/**
 * Footnote's one element on the page: a host with a closed shadow root holding the markers
 * and the open card (Preact). Positions come from the flagged ranges; the card opens below
 * the passage it explains, so it never covers it.
 */
import { render } from 'preact';
import { PageOverlay, type MarkerData, type OpenCard } from '../../components/PageOverlay';
import type { Strings } from '../i18n/strings';
import { isWarning, type FlagView } from '../report';
import type { Lang } from '../schema/correction';

export interface OverlayEntry {
  flag: FlagView;
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
    private t: Strings,
  ) {
    this.host = doc.createElement('footnote-host');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const sheet = new (doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(css);
    this.root.adoptedStyleSheets = [sheet];
    doc.addEventListener('keydown', this.onKey, true);
  }

  setLanguage(lang: Lang, t: Strings): void {
    this.lang = lang;
    this.t = t;
    this.render();
  }

  update(entries: OverlayEntry[]): void {
    this.entries = entries;
    if (this.openKey && !entries.some((e) => e.flag.key === this.openKey)) this.openKey = null;
    this.render();
  }

  get openFlag(): string | null {
    return this.openKey;
  }

  open(key: string, scroll = false): boolean {
    const entry = this.entries.find((e) => e.flag.key === key);
    if (!entry) return false;
    if (scroll) {
      const target = entry.range?.startContainer.parentElement ?? entry.element;
      target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    }
    this.openKey = key;
    this.render();
    return true;
  }

  close(focusMarker = false): void {
    const key = this.openKey;
    this.openKey = null;
    this.render();
    if (focusMarker && key) (this.root.querySelector(`[data-key="${CSS.escape(key)}"]`) as HTMLElement | null)?.focus();
  }

  render(): void {
    if (this.entries.length === 0) {
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
      const spot = `${Math.round(box.right)}:${Math.round(box.top)}`;
      const shift = used.get(spot) ?? 0;
      used.set(spot, shift + 1);
      markers.push({ key: entry.flag.key, n: i + 1, top: box.top, left: box.right + shift * MARKER_STEP, warning: isWarning(entry.flag) });
      if (entry.flag.key === this.openKey) {
        const width = Math.min(CARD_WIDTH, win.innerWidth - 16);
        const left = Math.max(win.scrollX + 8, Math.min(box.left, win.scrollX + win.innerWidth - width - 8));
        open = { flag: entry.flag, top: box.bottom + 6, left, width };
      }
    });
    render(
      <PageOverlay markers={markers} open={open} lang={this.lang} t={this.t} actions={{ open: (k) => this.open(k), close: () => this.close(true) }} />,
      this.root,
    );
  }

  destroy(): void {
    render(null, this.root);
    this.host.remove();
    this.doc.removeEventListener('keydown', this.onKey, true);
  }
}
