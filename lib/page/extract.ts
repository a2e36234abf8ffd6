/**
 * Page → blocks of text, in reading order, resumable so that a big page can be walked in
 * short slices. A block is a paragraph-like element's visible text (with the text nodes it
 * came from, for highlighting later) or the text that describes a chart: image alt text,
 * SVG titles and labels, data-table text, figure captions, and embeds named by their host.
 * Runs on a browser DOM and on a parsed document in Node (the CLI).
 */
import type { BlockKind } from '../match/passage';

export interface TextPart {
  node: Text;
  start: number;
}

export interface ExtractedBlock {
  kind: BlockKind;
  text: string;
  parts: TextPart[];
  /** The paragraph, or the image/svg/iframe a chart block describes. */
  element: Element;
}

export interface WalkOptions {
  /** Extra hidden test (the browser passes computed-style checks for candidates separately). */
  skip?: (el: Element) => boolean;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'NAV', 'HEAD', 'TITLE', 'META', 'LINK', 'MATH', 'DIALOG', 'FOOTNOTE-HOST']);
const SKIP_ROLES = new Set(['navigation', 'search', 'menu', 'menubar', 'toolbar', 'tablist', 'banner-nav']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'ARTICLE', 'SECTION', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'DD', 'DT', 'DL', 'TABLE', 'FIGURE', 'ADDRESS', 'SUMMARY', 'DETAILS', 'UL', 'OL', 'BODY', 'FORM', 'FIELDSET', 'LEGEND', 'CENTER', 'HGROUP']);
const BREAK = new Set(['BR', 'TD', 'TH', 'TR', 'CAPTION', 'HR', 'WBR']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CHART_CHILD = 'img,svg,canvas,iframe,table,picture,object,embed,[role="img"]';

export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const role = el.getAttribute('role');
  return role !== null && SKIP_ROLES.has(role);
}

/** "https://www.similarweb.com/website/chat.openai.com/" → "embed www.similarweb.com website chat.openai.com". */
function describeUrl(src: string): string {
  try {
    const u = new URL(src, 'http://localhost/');
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'javascript:') return '';
    return `embed ${u.hostname} ${decodeURIComponent(u.pathname).replace(/[/_]+/g, ' ')}`.trim();
  } catch {
    return '';
  }
}

function attrText(el: Element, names: string[]): string {
  return names.map((n) => el.getAttribute(n) ?? '').filter(Boolean).join('. ');
}

/** The text a chart-like element carries, or undefined when it is not one. */
function chartText(el: Element, tag: string): string | undefined {
  switch (tag) {
    case 'IMG':
    case 'AREA':
      return attrText(el, ['alt', 'title', 'aria-label']);
    case 'SVG': {
      const parts = [attrText(el, ['aria-label', 'title'])];
      for (const t of el.querySelectorAll('title, desc, text')) parts.push(t.textContent ?? '');
      return parts.map((p) => p.trim()).filter(Boolean).join('. ');
    }
    case 'IFRAME':
    case 'EMBED':
    case 'OBJECT':
      return [attrText(el, ['title', 'aria-label']), describeUrl(el.getAttribute('src') ?? el.getAttribute('data') ?? '')].filter(Boolean).join('. ');
    case 'CANVAS':
      return attrText(el, ['aria-label', 'title']);
    default:
      return el.getAttribute('role') === 'img' ? attrText(el, ['aria-label', 'title']) : undefined;
  }
}

class Builder {
  text = '';
  parts: TextPart[] = [];
  constructor(
    readonly element: Element,
    readonly kind: BlockKind,
  ) {}
  gap(): void {
    if (this.text && !this.text.endsWith(' ')) this.text += ' ';
  }
}

/**
 * A node's children, taken one at a time: an element with 100,000 children costs one step per
 * child, never one long loop. The list is live, so a child removed mid-walk skips one sibling at
 * most, and nothing is copied.
 */
class Children {
  i = 0;
  constructor(readonly list: NodeListOf<ChildNode>) {}
}

/** A node to visit, the rest of a node's children, or an open block to close (no object per node). */
type Frame = Node | Children | Builder;

/**
 * Walks a subtree. `step` processes nodes until `more()` says stop and returns true when the
 * walk is finished; finished blocks are pushed to `out` as they close.
 */
export class BlockWalker {
  private readonly stack: Frame[] = [];
  private readonly open: Builder[] = [];

  constructor(
    root: Node,
    private readonly options: WalkOptions = {},
  ) {
    this.stack.push(root);
  }

  get finished(): boolean {
    return this.stack.length === 0;
  }

  step(more: () => boolean, out: ExtractedBlock[]): boolean {
    while (this.stack.length && more()) {
      const frame = this.stack.pop()!;
      if (frame instanceof Builder) this.close(frame, out);
      else if (frame instanceof Children) {
        const child = frame.list[frame.i++];
        if (frame.i < frame.list.length) this.stack.push(frame);
        if (child) this.visit(child, out);
      } else this.visit(frame, out);
    }
    return this.finished;
  }

  private close(b: Builder, out: ExtractedBlock[]): void {
    this.open.pop();
    if (b.text.trim()) out.push({ kind: b.kind, text: b.text, parts: b.parts, element: b.element });
  }

  private pushChildren(node: Node): void {
    if (node.firstChild) this.stack.push(new Children(node.childNodes));
  }

  private visit(node: Node, out: ExtractedBlock[]): void {
    if (node.nodeType === 3) {
      const b = this.open[this.open.length - 1];
      const data = (node as Text).data;
      if (b && data) {
        b.parts.push({ node: node as Text, start: b.text.length });
        b.text += data;
      }
      return;
    }
    if (node.nodeType === 9 || node.nodeType === 11) {
      // A document (same-origin iframe) or a shadow root: walk its content.
      const body = node.nodeType === 9 ? (node as Document).body : node;
      if (body) this.pushChildren(body);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || isHiddenByMarkup(el) || this.options.skip?.(el)) return;

    const chart = chartText(el, tag);
    if (chart !== undefined) {
      if (chart.trim()) out.push({ kind: 'chart', text: chart, parts: [], element: el });
      if (tag === 'IFRAME') {
        let inner: Document | null = null;
        try {
          inner = (el as HTMLIFrameElement).contentDocument;
        } catch {
          inner = null; // cross-origin: not ours to read
        }
        if (inner) this.stack.push(inner);
      }
      return;
    }

    const current = this.open[this.open.length - 1];
    if (BLOCK.has(tag) || !current) {
      current?.gap();
      const b = new Builder(el, blockKind(el, tag));
      this.open.push(b);
      this.stack.push(b);
    } else if (BREAK.has(tag)) current.gap();
    if (el.shadowRoot) this.stack.push(el.shadowRoot);
    this.pushChildren(el);
  }
}

function blockKind(el: Element, tag: string): BlockKind {
  if (HEADINGS.has(tag)) return 'heading';
  if (tag === 'FIGCAPTION' && el.parentElement?.querySelector(CHART_CHILD)) return 'chart';
  if (tag === 'TABLE' && el.querySelector('th, caption')) return 'chart';
  return 'text';
}

/** All blocks of a subtree at once (Node, tests, small subtrees). */
export function extractBlocks(root: Node, options?: WalkOptions): ExtractedBlock[] {
  const out: ExtractedBlock[] = [];
  new BlockWalker(root, options).step(() => true, out);
  return out;
}
