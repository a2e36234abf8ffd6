/**
 * One debounced MutationObserver for the whole page, for as long as the page is open (an
 * endless feed or a live blog included). It collects what was added or changed and rescans only
 * that (the nearest paragraph-like ancestor of a change), in the scanner's slices; while the tab
 * is hidden, changes are only collected, and read when it is shown again.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const DEBOUNCE_MS = 250;
const BLOCKISH = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,figure,td,th,table,dd,dt,pre,article,section,aside,main';

function rootOf(node: Node): Node | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return null;
  if (node.nodeType === 1 && el.matches(BLOCKISH)) return el;
  return el.closest(BLOCKISH) ?? el;
}

export function watchMutations(doc: Document, ctx: ContentScriptContext, rescan: (roots: Node[]) => Promise<unknown>): () => void {
  if (!doc.body) return () => undefined;
  const pending = new Set<Node>();
  let timer: number | undefined;
  let busy = false;

  const flush = async () => {
    timer = undefined;
    if (doc.hidden) return; // read when the tab is shown again (visibilitychange below)
    if (busy) {
      timer = ctx.setTimeout(flush, DEBOUNCE_MS);
      return;
    }
    // Only the outermost changed nodes: walking up from each is linear, comparing each pair is not.
    const inside = (n: Node) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (pending.has(p)) return true;
      return false;
    };
    const roots = [...pending].filter((n) => n.isConnected && !inside(n));
    pending.clear();
    if (roots.length === 0) return;
    busy = true;
    await rescan(roots).finally(() => (busy = false));
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        const root = rootOf(r.target);
        if (root) pending.add(root);
      }
      for (const n of r.addedNodes) {
        const root = rootOf(n);
        if (root) pending.add(root);
      }
    }
    if (pending.size && timer === undefined) timer = ctx.setTimeout(flush, DEBOUNCE_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (!doc.hidden && pending.size && timer === undefined) timer = ctx.setTimeout(flush, DEBOUNCE_MS);
  });
  ctx.onInvalidated(() => observer.disconnect());
  return () => observer.disconnect();
}
