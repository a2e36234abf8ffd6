/**
 * What runs on every page at injection: nothing but two listeners. It touches no extension API
 * and loads nothing until the page has loaded (or has taken too long to) and the browser is idle;
 * then it imports the page side (`page-main.js`), which runs in this same isolated world.
 */

/** A page still loading its images and ads after this long is read anyway. */
export const MAX_WAIT_FOR_LOAD_MS = 3000;
/** The idle callback's deadline, so a page that is never idle is still read. */
const IDLE_TIMEOUT_MS = 500;

/** Resolves once the page has loaded (or has taken too long to) and the browser is idle. */
export function afterLoadAndIdle(win: Window): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const idle = () => {
      if (started) return;
      started = true;
      win.removeEventListener('load', idle);
      clearTimeout(timer);
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(resolve, 0);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (win.document.readyState === 'complete') idle();
    else {
      win.addEventListener('load', idle);
      timer = setTimeout(idle, MAX_WAIT_FOR_LOAD_MS);
    }
  });
}

interface RuntimeLike {
  runtime: { getURL(path: string): string };
}

/** The extension API as this browser names it, looked up only when the page side is wanted. */
function extensionApi(): RuntimeLike {
  const g = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  return (g.browser ?? g.chrome)!;
}

export async function loadPageSide(win: Window = window, load: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url)): Promise<void> {
  await afterLoadAndIdle(win);
  // The URL is the extension's own file (per-session random origin in Chrome: pages cannot probe it).
  await load(extensionApi().runtime.getURL('/page-main.js'));
}
