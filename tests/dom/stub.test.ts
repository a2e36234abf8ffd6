/** The stub on every page: nothing before the load event, the page side once after it, and settings read raw. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_FALLBACKS, readPageSettings, watchTriggerIndex } from '../../lib/page/pageSettings';
import { loadPageSide, MAX_WAIT_FOR_LOAD_MS } from '../../lib/page/stub';
import { triggerIndexItem } from '../../lib/settings';

/** A window whose readiness the test controls. */
function loadingWindow() {
  const target = new EventTarget();
  const win = {
    document: { readyState: 'interactive' },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    requestIdleCallback: (cb: () => void) => setTimeout(cb, 1),
    fireLoad() {
      win.document.readyState = 'complete';
      target.dispatchEvent(new Event('load'));
    },
  };
  return win;
}

describe('the stub', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads nothing before the load event, then the page side once', async () => {
    const win = loadingWindow();
    const load = vi.fn(async () => undefined);
    const done = loadPageSide(win as unknown as Window, load);
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).not.toHaveBeenCalled();
    win.fireLoad();
    win.fireLoad();
    await vi.advanceTimersByTimeAsync(10);
    await done;
    expect(load).toHaveBeenCalledTimes(1);
    expect(load.mock.calls[0]).toEqual([expect.stringMatching(/\/page-main\.js$/)]);
    await vi.advanceTimersByTimeAsync(MAX_WAIT_FOR_LOAD_MS);
    expect(load).toHaveBeenCalledTimes(1); // the time limit does not load it again
  });

  it('reads a page that never finishes loading after the time limit', async () => {
    const win = loadingWindow();
    const load = vi.fn(async () => undefined);
    void loadPageSide(win as unknown as Window, load);
    await vi.advanceTimersByTimeAsync(MAX_WAIT_FOR_LOAD_MS - 10);
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(20);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads at once on a page that has already loaded (a tab open at install)', async () => {
    const win = loadingWindow();
    win.document.readyState = 'complete';
    const load = vi.fn(async () => undefined);
    await Promise.all([loadPageSide(win as unknown as Window, load), vi.advanceTimersByTimeAsync(5)]);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('the page side\'s settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stand for the fallbacks when nothing is stored, and read what the background wrote', async () => {
    expect(await readPageSettings()).toEqual(PAGE_FALLBACKS);
    await triggerIndexItem.setValue({ patterns: ['chatgpt'], keys: ['k'] });
    expect((await readPageSettings()).triggerIndex).toEqual({ patterns: ['chatgpt'], keys: ['k'] });
  });

  it('hear a new trigger index, and stop hearing once unwatched', async () => {
    const heard: unknown[] = [];
    const unwatch = watchTriggerIndex((i) => heard.push(i));
    await triggerIndexItem.setValue({ patterns: ['sora'], keys: ['s'] });
    unwatch();
    await triggerIndexItem.setValue({ patterns: ['bard'], keys: ['b'] });
    expect(heard).toEqual([{ patterns: ['sora'], keys: ['s'] }]);
  });
});
