/**
 * The page side's work on one page, once the stub (stub.ts) has seen it load: read the trigger index once, scan in idle slices,
 * send candidate blocks (only when there are any), then show highlights and markers for the
 * flags that come back. Follows the page as it changes and cleans up when the extension goes.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import overlayCss from '../../components/overlay.css?inline';
import { buildPrefilter } from '../detect/prefilter';
import { cardStrings, langFromTag } from '../i18n/cardStrings';
import { onMessage, sendMessage, type CandidateBlock } from '../messages';
import { isWarning, type FlagView, type PageStatus } from '../report';
import { Highlighter } from './highlight';
import { readPageSettings, watchTriggerIndex } from './pageSettings';
import { frameKey } from './chartFrame';
import { declaredLang, headlineOf, ledeOf, PUBLISHED_DATE_PROBES } from './meta';
import { watchMutations } from './mutations';
import { Overlay, type OverlayEntry } from './overlay';
import { rangeFor } from './ranges';
import { nextSlice, Scanner } from './scanner';

function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true, opacityProperty: true }) : true;
}

/** A check the background could not answer (its worker stopped) is asked again, this often, this much later. */
const MAX_RETRIES = 2;
const RETRY_MS = 1000;
/** How often an idle page asks whether Footnote was updated or removed under it (one property read). */
const ORPHAN_CHECK_MS = 3000;

export async function runFootnote(ctx: ContentScriptContext, doc: Document = document): Promise<void> {
  const win = doc.defaultView!;
  const { triggerIndex, disabledSites, preferences: prefs } = await readPageSettings();
  let index = triggerIndex;
  const site = win.location.hostname;
  const lang = prefs.language === 'auto' ? langFromTag(browser.i18n?.getUILanguage?.() ?? navigator.language) : prefs.language;
  const status: PageStatus = { site, enabled: !disabledSites.includes(site), scanning: false, flags: 0 };
  const flags = new Map<string, FlagView>();
  let overlay: Overlay | undefined;
  let highlighter: Highlighter | undefined;
  let scanner: Scanner | undefined;
  let sentAny = false;

  /** One entry per flagged passage, in page order, holding every flag on it. */
  const entries = (): OverlayEntry[] => {
    const byPassage = new Map<string, OverlayEntry>();
    const shown = [...flags.values()].sort((a, b) => a.block - b.block || a.start - b.start);
    status.flags = shown.length;
    for (const flag of shown) {
      // A chart embed's passage: its marker goes beside the embed's frame.
      if (flag.frame) {
        const frame = [...doc.querySelectorAll('iframe')].find((f) => frameKey(f.src) === flag.frame);
        if (!frame) continue;
        const entry = byPassage.get(`frame:${flag.frame}`);
        if (entry) entry.flags.push(flag);
        else byPassage.set(`frame:${flag.frame}`, { flags: [flag], range: undefined, element: frame });
        continue;
      }
      const block = scanner?.blocks.get(flag.block);
      if (!block) continue;
      const at = `${flag.block}:${flag.start}:${flag.end}`;
      const entry = byPassage.get(at);
      if (entry) entry.flags.push(flag);
      else byPassage.set(at, { flags: [flag], range: rangeFor(block, flag.start, flag.end), element: block.element });
    }
    return [...byPassage.values()];
  };

  let drawn: OverlayEntry[] = [];
  const drawHighlights = () => {
    const active = overlay?.openEntry;
    highlighter?.show(drawn.flatMap((e) => (e.range ? [{ range: e.range, warning: e.flags.some(isWarning), active: e === active }] : [])));
  };
  const draw = () => {
    // Only the last drawing's marks are kept: a live page may redraw for hours.
    performance.clearMarks('footnote-draw-start');
    performance.clearMeasures('footnote-draw');
    performance.mark('footnote-draw-start');
    drawn = entries();
    if (drawn.length && !overlay) {
      overlay = new Overlay(doc, overlayCss, lang, cardStrings(lang), drawHighlights);
      watchForOrphaning();
    }
    if (drawn.length) highlighter ??= new Highlighter(prefs.highlight);
    overlay?.update(drawn);
    drawHighlights();
    performance.measure('footnote-draw', 'footnote-draw-start');
  };

  // After an update or removal this script is orphaned and nothing tells it, so once it has drawn
  // something it asks: the context's timer and the check below see that the extension is gone,
  // and the highlights go with it. Pages with nothing drawn pay nothing.
  let watchingForOrphaning = false;
  const watchForOrphaning = () => {
    if (watchingForOrphaning) return;
    watchingForOrphaning = true;
    ctx.setInterval(() => undefined, ORPHAN_CHECK_MS);
    ctx.addEventListener(doc, 'visibilitychange', () => void ctx.isValid);
  };

  const clear = () => {
    flags.clear();
    overlay?.update([]);
    highlighter?.show([]);
  };

  const send = async (blocks: CandidateBlock[], attempt = 0): Promise<void> => {
    if (blocks.length === 0) return;
    sentAny = true;
    try {
      const found = await sendMessage('checkPage', {
        url: win.location.href,
        title: doc.title,
        headline: headline,
        headlineKeys,
        lede,
        published,
        lang: declaredLang(doc),
        blocks,
      });
      // The page's flags so far, each with the page's decision on its topic (it may change as more is read).
      for (const f of found) flags.set(f.key, f);
      draw();
    } catch {
      if (!ctx.isValid) teardown();
      // The worker was stopped while it judged the page: ask again, a fresh one will answer.
      else if (attempt < MAX_RETRIES) ctx.setTimeout(() => void send(blocks, attempt + 1), RETRY_MS * (attempt + 1));
    }
  };

  let headline = '';
  let headlineKeys: string[] = [];
  let lede = '';
  let published: string | null = null;
  const scanAll = async () => {
    if (!scanner) return;
    status.scanning = true;
    // User Timing marks let profilers (and npm run bench) place the scan on the page's timeline.
    const started = performance.now();
    performance.mark('footnote-scan-start');
    headline = headlineOf(doc);
    headlineKeys = scanner.keysIn(headline);
    // Each look through the document in its own task: on a huge page one can take tens of ms.
    await nextSlice();
    lede = ledeOf(doc);
    published = null;
    for (const probe of PUBLISHED_DATE_PROBES) {
      await nextSlice();
      published = probe(doc);
      if (published) break;
    }
    const found = await scanner.scan(doc.body ? [doc.body] : [], headlineKeys.length > 0);
    status.scanning = false;
    status.scan = { ...scanner.stats, ms: performance.now() - started };
    performance.mark('footnote-scan-end');
    await send(found);
  };

  let stopWatching: (() => void) | undefined;
  const start = async () => {
    if (!status.enabled || index.patterns.length === 0 || !Highlighter.supported(win)) return;
    scanner = new Scanner({
      prefilter: buildPrefilter(index.patterns),
      keyOf: index.keys,
      isVisible,
      skip: (el) => el === overlay?.host,
      signal: ctx.signal,
    });
    const rescan = async (roots: Node[]) => send(await scanner!.scan(roots));
    await scanAll();
    stopWatching = watchMutations(doc, ctx, rescan);
    // Same-origin frames that finish loading after the first pass are read when they do.
    for (const frame of doc.querySelectorAll('iframe')) {
      ctx.addEventListener(frame, 'load', () => {
        let inner: Document | null = null;
        try {
          inner = frame.contentDocument;
        } catch {
          inner = null;
        }
        if (inner?.body) void rescan([inner.body]);
      });
    }
  };

  const teardown = () => {
    stopWatching?.();
    overlay?.destroy();
    highlighter?.destroy();
    overlay = undefined;
    highlighter = undefined;
  };

  const removers = [
    onMessage('ping', () => status),
    onMessage('showFlag', ({ data }) => overlay?.open(data, true) ?? false),
    onMessage('refreshFlags', ({ data }) => {
      const wasEnabled = status.enabled;
      status.enabled = data.enabled;
      flags.clear();
      for (const f of data.flags) flags.set(f.key, f);
      if (!data.enabled) {
        stopWatching?.();
        clear();
      } else if (!wasEnabled) void start();
      else draw();
    }),
  ];
  // Right after install the store may still be seeding: wait for the trigger index, then read the page.
  const unwatchIndex = watchTriggerIndex((next) => {
    if (scanner || !next || next.patterns.length === 0) return;
    index = next;
    void start();
  });
  ctx.onInvalidated(() => {
    // The page side first: once the extension is gone, unhooking its listeners may throw.
    teardown();
    try {
      removers.forEach((remove) => remove());
      unwatchIndex();
    } catch {
      // The extension context is already invalidated: its listeners went with it.
    }
  });

  // Single-page apps: a new article under the same document.
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    if (!scanner) return;
    if (sentAny) void sendMessage('resetPage', { url: win.location.href }).catch(() => undefined);
    sentAny = false;
    clear();
    scanner.reset();
    ctx.setTimeout(() => void scanAll(), 300);
  });
  const relayout = debounce(() => draw(), 150);
  ctx.addEventListener(win, 'resize', relayout);

  await start();
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}
