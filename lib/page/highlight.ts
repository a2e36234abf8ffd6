/**
 * Highlights through the CSS Custom Highlight API: no element is added to the page and its
 * text, selection and copy/paste stay as they were. The ::highlight rules go in through a
 * constructed stylesheet adopted by each document or shadow root that holds a flagged range
 * (a rule in the main document does not reach into shadow trees).
 */
import type { HighlightStyle } from '../settings';

export const HIGHLIGHT_NAMES = { claim: 'footnote-claim', corrected: 'footnote-corrected', active: 'footnote-active' } as const;

function rules(style: HighlightStyle): string {
  const claimFill = style === 'background' ? 'background-color: rgb(245 158 11 / 0.35);' : 'background-color: rgb(245 158 11 / 0.14);';
  return `
::highlight(${HIGHLIGHT_NAMES.claim}) { ${claimFill} text-decoration: underline dotted rgb(217 119 6); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.corrected}) { text-decoration: underline dotted rgb(22 163 74); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.active}) { background-color: rgb(245 158 11 / 0.45); }
`;
}

type Root = Document | ShadowRoot;

export interface HighlightItem {
  range: Range;
  warning: boolean;
  active?: boolean;
}

export class Highlighter {
  private readonly sheets = new Map<Root, CSSStyleSheet>();
  private readonly registries = new Set<HighlightRegistry>();

  constructor(private style: HighlightStyle = 'underline') {}

  static supported(win: Window = window): boolean {
    const w = win as unknown as typeof globalThis;
    return typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof w.Highlight === 'function';
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    for (const sheet of this.sheets.values()) sheet.replaceSync(rules(style));
  }

  show(items: HighlightItem[]): void {
    this.clearRegistries();
    const groups = new Map<typeof globalThis, { claim: Range[]; corrected: Range[]; active: Range[] }>();
    for (const item of items) {
      const doc = item.range.startContainer.ownerDocument;
      const win = doc?.defaultView as unknown as typeof globalThis | null;
      if (!doc || !win) continue;
      this.adopt(item.range.startContainer.getRootNode() as Root, win);
      const g = groups.get(win) ?? { claim: [], corrected: [], active: [] };
      (item.warning ? g.claim : g.corrected).push(item.range);
      if (item.active) g.active.push(item.range);
      groups.set(win, g);
    }
    for (const [win, g] of groups) {
      const registry = win.CSS.highlights;
      const H = win.Highlight;
      registry.set(HIGHLIGHT_NAMES.claim, new H(...g.claim));
      registry.set(HIGHLIGHT_NAMES.corrected, new H(...g.corrected));
      registry.set(HIGHLIGHT_NAMES.active, new H(...g.active));
      this.registries.add(registry);
    }
  }

  private adopt(root: Root, win: typeof globalThis): void {
    if (this.sheets.has(root) || !('adoptedStyleSheets' in root)) return;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(rules(this.style));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.sheets.set(root, sheet);
  }

  private clearRegistries(): void {
    for (const registry of this.registries) for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    this.registries.clear();
  }

  /** Remove every highlight and every stylesheet Footnote added. */
  destroy(): void {
    this.clearRegistries();
    for (const [root, sheet] of this.sheets) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    this.sheets.clear();
  }
}
