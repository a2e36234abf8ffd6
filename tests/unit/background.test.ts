import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureReady, seedStore } from '../../lib/background/ready';
import { shippedTimeline, writtenSeeds } from '../../lib/timeline/shipped';
import { disabledSitesItem, reportItem, triggerIndexItem } from '../../lib/settings';
import { forgetCorrections, judgeCandidates, mergeReport } from '../../lib/background/check';
import { deleteCorrection } from '../../lib/store/corrections';
import { badgeFor, clearReport, getReport, updateReport } from '../../lib/background/reports';
import type { TabReport } from '../../lib/report';
import { senderAllowed } from '../../lib/background/router';
import type { CheckRequest } from '../../lib/messages';
import type { FootnoteDb } from '../../lib/store/db';
import { applySeeds } from '../../lib/store/seed';
import { compileTriggerIndex } from '../../lib/detect/triggerIndex';
import { buildPrefilter } from '../../lib/detect/prefilter';
import { freshDb } from '../support/db';
import { loadSeeds } from '../support/seeds';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who may send what', () => {
  const tab = { id: ID, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
  const popup = { id: ID, url: `${ORIGIN}popup.html` };
  const popupAsTab = { id: ID, url: `${ORIGIN}popup.html?tab=7`, tab: { id: 9 }, frameId: 0 };
  it('content-script messages only from a web page’s top frame', () => {
    expect(senderAllowed('checkPage', tab, ID, ORIGIN)).toBe(true);
    expect(senderAllowed('checkPage', { ...tab, frameId: 3 }, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('checkPage', popup, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('checkPage', { ...tab, id: 'someone-else' }, ID, ORIGIN)).toBe(false);
  });
  it('store-changing messages only from the extension’s own pages', () => {
    for (const name of ['saveCorrection', 'deleteCorrection', 'commitImport', 'addFeed', 'setFlagHidden', 'setSiteEnabled'] as const) {
      expect(senderAllowed(name, popup, ID, ORIGIN)).toBe(true);
      expect(senderAllowed(name, popupAsTab, ID, ORIGIN)).toBe(true);
      expect(senderAllowed(name, tab, ID, ORIGIN)).toBe(false);
    }
  });
  it('chart-frame messages only from a chart host’s frame inside a tab', () => {
    const chart = { id: ID, url: 'https://datawrapper.dwcdn.net/abc12/1/', tab: { id: 7 }, frameId: 5 };
    expect(senderAllowed('checkChartFrame', chart, ID, ORIGIN)).toBe(true);
    expect(senderAllowed('checkChartFrame', { ...chart, frameId: 0 }, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('checkChartFrame', { ...chart, url: 'https://evil.example/abc12/1/' }, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('checkChartFrame', tab, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('checkPage', chart, ID, ORIGIN)).toBe(false);
  });
  it('nothing from outside the extension', () => {
    expect(senderAllowed('getTabReport', { url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
  });
});

describe('judging a page in the background', () => {
  let db: FootnoteDb;
  const seeds = loadSeeds();
  const index = compileTriggerIndex(seeds);
  const prefilter = buildPrefilter(index.patterns);
  const keysIn = (t: string) => [...new Set(prefilter.scan(t).map((i) => index.keys[i]))];
  const request = (texts: string[], over: Partial<CheckRequest> = {}): CheckRequest => ({
    url: 'https://news.example/a',
    title: 'A',
    headline: 'Markets today',
    headlineKeys: [],
    published: '2024-08-10',
    lang: 'en',
    blocks: texts.map((text, i) => ({ index: i + 10, text, kind: 'text', keys: keysIn(text) })),
    ...over,
  });
  beforeEach(async () => {
    forgetCorrections();
    db = await freshDb();
    await applySeeds(db, seeds);
  });

  it('keeps looked-up corrections until the store changes', async () => {
    const req = request(['A Goldman Sachs chart shows ChatGPT traffic collapsing.']);
    expect((await judgeCandidates(db, req, '2026-11-25')).length).toBe(2);
    await deleteCorrection(db, 'chatgpt-traffic-misread-2024');
    await deleteCorrection(db, 'chatgpt-demand-collapse');
    expect((await judgeCandidates(db, req, '2026-11-25')).map((f) => f.correctionId)).toContain('chatgpt-traffic-misread-2024');
    forgetCorrections();
    expect((await judgeCandidates(db, req, '2026-11-25')).map((f) => f.correctionId)).not.toContain('chatgpt-traffic-misread-2024');
  });

  it('looks up the corrections by trigger and returns flags on the page’s own block indices', async () => {
    const flags = await judgeCandidates(db, request(['Nothing here about that.', 'A Goldman Sachs chart shows ChatGPT traffic collapsing.']), '2026-11-25');
    expect(flags.map((f) => [f.topic, f.block])).toEqual([
      ['chatgpt-traffic-decline', 11],
      ['traffic-chart', 11],
    ]);
    expect(flags[0].summary.en).toBeTruthy();
    expect(flags[0].evidence.length).toBeGreaterThan(0);
  });

  it('merges reports of one page, starts over on a new URL, and keeps hidden flags apart', async () => {
    const req = request(['A Goldman Sachs chart shows ChatGPT traffic collapsing.']);
    const flags = await judgeCandidates(db, req, '2026-11-25');
    const first = mergeReport(null, req, flags, new Set([flags[0].key]));
    expect(first.flags.map((f) => f.topic)).toEqual(['traffic-chart']);
    expect(first.hidden.map((f) => f.topic)).toEqual(['chatgpt-traffic-decline']);
    const other = mergeReport(first, { ...req, url: 'https://news.example/b' }, [], new Set());
    expect(other.flags).toEqual([]);
  });

  it('the badge counts warnings, and a page that only debunks gets a check mark', async () => {
    const warn = await judgeCandidates(db, request(['A Goldman Sachs chart shows ChatGPT traffic collapsing.']), '2026-11-25');
    const fix = await judgeCandidates(db, request(["ChatGPT's traffic did not fall: the chart only tracked chat.openai.com, and people moved to chatgpt.com."]), '2026-11-25');
    expect(badgeFor(mergeReport(null, request([]), warn, new Set())).text).toBe('2');
    expect(badgeFor(mergeReport(null, request([]), fix, new Set())).text).toBe('✓');
    expect(badgeFor(null).text).toBe('');
  });

  it('context for a decline that was really measured is neither counted nor a check mark', async () => {
    const measured = request(['ChatGPT has lost more than 22% of its web traffic in six weeks, according to Similarweb data.'], { published: '2026-01-08' });
    const flags = await judgeCandidates(db, measured, '2026-12-07');
    expect(flags.map((f) => f.verdict)).toEqual(['context']);
    expect(badgeFor(mergeReport(null, measured, flags, new Set())).text).toBe('');
  });
});

describe('ready at every start', () => {
  let db: FootnoteDb;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshDb();
  });

  it('a deleted store is seeded again and its trigger index rebuilt, the user’s settings kept', async () => {
    await disabledSitesItem.setValue(['example.org']);
    expect(await ensureReady(db, writtenSeeds(), shippedTimeline())).toEqual({ reseeded: true, rebuilt: true });
    // The written corrections, and those the products' address moves yield.
    expect(await db.count('corrections')).toBe(loadSeeds().length);
    expect(await db.count('products')).toBe(shippedTimeline().products.length);
    expect((await triggerIndexItem.getValue()).patterns.length).toBeGreaterThan(0);
    expect(await disabledSitesItem.getValue()).toEqual(['example.org']);
    expect(await ensureReady(db, writtenSeeds(), shippedTimeline())).toEqual({ reseeded: false, rebuilt: false });
  });

  it.each([
    ['deleted', undefined],
    ['corrupt: not an object', 'garbage'],
    ['corrupt: patterns without keys', { patterns: ['chatgpt'], keys: [] }],
    ['corrupt: wrong types', { patterns: [1, 2], keys: [null, {}] }],
    ['empty while the store is not', { patterns: [], keys: [] }],
  ])('a trigger index that is %s is rebuilt', async (_, value) => {
    await seedStore(db, writtenSeeds(), shippedTimeline());
    await fakeBrowser.storage.local.set({ triggerIndex: value });
    if (value === undefined) await fakeBrowser.storage.local.remove('triggerIndex');
    expect(await ensureReady(db, writtenSeeds(), shippedTimeline())).toEqual({ reseeded: false, rebuilt: true });
    const index = await triggerIndexItem.getValue();
    expect(index.patterns.length).toBe(index.keys.length);
    expect(index.keys).toContain('chatgpt');
  });
});

describe('a tab that starts a new page', () => {
  beforeEach(() => fakeBrowser.reset());
  const report = { url: 'https://news.example/a', title: 'A', flags: [], published: null } as unknown as TabReport;

  it('a worker that starts anew knows the tabs whose reports outlived it, and no other', async () => {
    vi.resetModules();
    await reportItem(51).setValue(report);
    const fresh = await import('../../lib/background/reports');
    await fresh.clearReport(51);
    expect(await reportItem(51).getValue()).toBeNull();
    // A tab it never wrote to and did not find at its start is not read (a new tab costs nothing).
    await reportItem(52).setValue(report);
    await fresh.clearReport(52);
    expect(await reportItem(52).getValue()).not.toBeNull();
  });

  it('loses its report, and a tab known to be clean costs no storage access', async () => {
    await updateReport(41, () => report);
    expect(await getReport(41)).not.toBeNull();
    await clearReport(41);
    expect(await getReport(41)).toBeNull();
    // Written behind the worker's back: a clean tab is not read again (nothing to clear there).
    await reportItem(41).setValue(report);
    await clearReport(41);
    expect(await reportItem(41).getValue()).not.toBeNull();
    // Any report this worker writes makes the tab dirty again.
    await updateReport(41, () => report);
    await clearReport(41);
    expect(await getReport(41)).toBeNull();
  });
});
