/**
 * One debounced MutationObserver for the whole page. It collects what was added or changed,
 * rescans only that (the nearest paragraph-like ancestor of a change), and stops for good on
 * a page that keeps changing without producing anything to check.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const DEBOUNCE_MS = 250;
/** Consecutive batches without a candidate after which the page is left alone. */
const GIVE_UP_AFTER = 40;
const BLOCKISH = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,figure,td,th,table,dd,dt,pre,article,section,aside,main';

function rootOf(node: Node): Node | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return null;
  if (node.nodeType === 1 && el.matches(BLOCKISH)) return el;
  return el.closest(BLOCKISH) ?? el;
}

export function watchMutations(doc: Document, ctx: ContentScriptContext, rescan: (roots: Node[]) => Promise<boolean>): () => void {
  if (!doc.body) return () => undefined;
  const pending = new Set<Node>();
  let timer: number | undefined;
  let idleBatches = 0;
  let busy = false;

  const flush = async () => {
    timer = undefined;
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
    const found = await rescan(roots).finally(() => (busy = false));
    idleBatches = found ? 0 : idleBatches + 1;
    if (idleBatches >= GIVE_UP_AFTER) observer.disconnect();
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
  ctx.onInvalidated(() => observer.disconnect());
  return () => observer.disconnect();
}
