/**
 * On the page, in real Chromium: static articles in three languages, a live page, a
 * single-page app, a shadow root, a chart, a strict CSP, hidden text, a spoofing page. Each
 * time: the expected highlights, markers and badge, the page's own text and elements
 * unchanged apart from Footnote's one host element, and no request leaving the session.browser.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badgeText, highlightsOf, overlayElements, reportOf } from '../../scripts/lib/browser';
import { useExtension } from './session';

const requests: string[] = [];

const session = useExtension(async ({ browser }) => {
  browser.context.on('request', (r) => requests.push(r.url()));
  await browser.context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __before: unknown }).__before = { elements: document.getElementsByTagName('*').length, text: document.body.innerText };
    });
  });
});

async function open(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${path}`);
  return page;
}

const claimRanges = async (page: Page) => (await highlightsOf(page))['footnote-claim'] ?? 0;
const settled = (page: Page) => expect.poll(() => claimRanges(page), { timeout: 15000 });

/** The page's own nodes and text are as the page made them; Footnote added one element. */
async function expectUntouched(page: Page) {
  const now = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    text: document.body.innerText,
    hosts: document.querySelectorAll('footnote-host').length,
    before: (window as unknown as { __before: { elements: number; text: string } }).__before,
  }));
  expect(now.hosts).toBe(1);
  expect(now.elements).toBe(now.before.elements + 1);
  expect(now.text).toBe(now.before.text);
}

describe('static articles in three languages', () => {
  it.each([
    ['demo/en-traffic-collapse.html', 'chatgpt-traffic-decline'],
    ['demo/zh-hans-sora.html', 'sora-unreleased'],
    ['demo/zh-hant-goldman.html', 'goldman-ai-bubble'],
  ])('%s', async (path, topic) => {
    const page = await open(path);
    await settled(page).toBeGreaterThan(0);
    await expect.poll(() => badgeText(session.browser, page)).toMatch(/^[1-9]\d*$/);
    expect((await reportOf(session.browser, page))!.flags.map((f) => f.topic)).toContain(topic);
    const markers = await overlayElements(page, '.marker');
    expect(markers.length).toBeGreaterThan(0);
    await expectUntouched(page);
    await page.close();
  });

  it('a page that only mentions the words gets nothing: no highlight, no element, no badge', async () => {
    const page = await open('demo/en-negative-markets.html');
    await expect.poll(async () => (await reportOf(session.browser, page))?.flags, { timeout: 15000 }).toEqual([]);
    expect(await claimRanges(page)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('footnote-host').length)).toBe(0);
    expect(await badgeText(session.browser, page)).toBe('');
    await page.close();
  });

  it('a page without any trigger word sends nothing at all', async () => {
    const page = await open('demo/zh-hans-negative-domain.html');
    await page.waitForTimeout(1500);
    expect(await reportOf(session.browser, page)).toBeNull();
    await page.close();
  });
});

describe('pages that change', () => {
  it('flags a paragraph a live page adds after load', async () => {
    const page = await open('fixtures/dynamic.html');
    await page.waitForTimeout(600);
    expect(await claimRanges(page)).toBe(0);
    await settled(page).toBeGreaterThan(0);
    await expect.poll(() => badgeText(session.browser, page)).toBe('2');
    await page.close();
  });

  it('follows an endless feed for its whole life: a claim arriving after long unrelated updates is flagged within 2 s', async () => {
    const page = await open('fixtures/endless.html');
    // Well past the 40 idle batches (about 10 s) after which the watcher used to give up.
    await page.waitForTimeout(13000);
    expect(await claimRanges(page)).toBe(0);
    const arrived = Date.now();
    await page.evaluate(() => (window as unknown as { addClaim: () => void }).addClaim());
    await expect.poll(() => claimRanges(page), { timeout: 2000, interval: 100 }).toBeGreaterThan(0);
    expect(Date.now() - arrived).toBeLessThan(2000);
    await page.close();
  });

  it('a page opened before the store is ready is read as soon as the trigger index arrives', async () => {
    const worker = session.browser.worker;
    const saved = await worker.evaluate(async () => (await chrome.storage.local.get('triggerIndex')).triggerIndex);
    await worker.evaluate(() => chrome.storage.local.remove('triggerIndex'));
    try {
      const page = await open('fixtures/strict.csp.html');
      await page.waitForTimeout(1500);
      expect(await claimRanges(page)).toBe(0);
      await worker.evaluate((index) => chrome.storage.local.set({ triggerIndex: index }), saved);
      await settled(page).toBeGreaterThan(0);
      await page.close();
    } finally {
      await worker.evaluate((index) => chrome.storage.local.set({ triggerIndex: index }), saved);
    }
  });

  it('a page that restyles everything still gets its highlight, marker and card', async () => {
    const page = await open('fixtures/hostile-style.html');
    await settled(page).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await overlayElements(page, '.marker'))[0]?.focused).toBe(true);
    await page.keyboard.press('Enter');
    const [card] = await overlayElements(page, '.card');
    expect(card.text).toContain('Misread');
    expect(card.rect.width).toBeGreaterThan(100);
    await page.close();
  });

  it('a page that keeps removing Footnote and floods its channels gets no loop and changes nothing', async () => {
    const page = await open('fixtures/hostile-remove.html');
    await settled(page).toBeGreaterThan(0);
    await page.waitForTimeout(4500);
    // Put back a few times a second at first, then every two seconds: bounded, not a loop.
    const removals = await page.evaluate(() => (window as unknown as { removals: number }).removals);
    expect(removals).toBeGreaterThanOrEqual(3); // it was put back after being removed
    expect(removals).toBeLessThan(20);
    expect(await claimRanges(page)).toBeGreaterThan(0);
    const report = (await reportOf(session.browser, page))!;
    expect(report.flags.map((f) => f.quote).join(' ')).not.toContain('spoofed');
    expect(new Set(report.flags.map((f) => f.topic))).toEqual(new Set(['chatgpt-traffic-decline', 'traffic-chart']));
    await page.close();
  });

  it('follows a single-page app to its next article', async () => {
    const page = await open('fixtures/spa.html');
    await settled(page).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as { nextArticle: () => void }).nextArticle());
    const topics = async () => [...new Set((await reportOf(session.browser, page))?.flags.map((f) => f.topic) ?? [])];
    await expect.poll(topics, { timeout: 15000 }).toEqual(['sora-unreleased']);
    expect((await reportOf(session.browser, page))!.url).toContain('story=2');
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Goldman');
    await page.close();
  });

  it('reads a claim inside an open shadow root and highlights it there', async () => {
    const page = await open('fixtures/shadow.html');
    await settled(page).toBe(1);
    expect((await reportOf(session.browser, page))!.flags.map((f) => f.topic)).toEqual(['sora-unreleased']);
    await page.close();
  });

  it('reads a same-origin frame', async () => {
    const page = await open('fixtures/iframe.html');
    await expect.poll(async () => (await reportOf(session.browser, page))?.flags.map((f) => f.topic) ?? [], { timeout: 15000 }).toEqual(['goldman-ai-bubble']);
    await page.close();
  });
});

describe('charts, CSP, hidden text', () => {
  it('flags a chart by its alt text and its caption', async () => {
    const page = await open('fixtures/chart.html');
    await expect.poll(async () => (await overlayElements(page, '.marker')).length, { timeout: 15000 }).toBe(2);
    expect(await claimRanges(page)).toBe(1); // the caption's text; the image gets a marker
    const topics = new Set((await reportOf(session.browser, page))!.flags.map((f) => f.topic));
    expect(topics).toEqual(new Set(['traffic-chart', 'chatgpt-traffic-decline']));
    await page.close();
  });

  it('keeps its markers styled under a strict Content-Security-Policy', async () => {
    const page = await open('fixtures/strict.csp.html');
    await settled(page).toBeGreaterThan(0);
    const [marker] = await overlayElements(page, '.marker');
    expect(marker.style.position).toBe('absolute');
    expect(marker.style.background).toBe('rgb(180, 83, 9)');
    expect(marker.rect.width).toBeGreaterThan(10);
    await expectUntouched(page);
    await page.close();
  });

  it('ignores hidden, non-article and editable text', async () => {
    const page = await open('fixtures/hidden.html');
    await page.waitForTimeout(1500);
    expect(await claimRanges(page)).toBe(0);
    expect(await reportOf(session.browser, page)).toBeNull();
    expect(await badgeText(session.browser, page)).toBe('');
    await page.close();
  });
});

describe('the card', () => {
  it('opens from the keyboard, below the passage, and closes with Escape', async () => {
    const page = await open('fixtures/strict.csp.html');
    await settled(page).toBeGreaterThan(0);
    const [marker] = await overlayElements(page, '.marker');
    const passage = await page.evaluate(() => {
      const r = document.querySelector('main p')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    await page.keyboard.press('Tab'); // the marker is the first focusable thing on this page
    await expect.poll(async () => (await overlayElements(page, '.marker'))[0].focused).toBe(true);
    await page.keyboard.press('Enter');
    const [card] = await overlayElements(page, '.card');
    expect(card.text).toContain('Misread');
    expect(card.text).toContain('chatgpt.com');
    expect(card.rect.y).toBeGreaterThanOrEqual(passage.bottom - 1);
    expect(marker.rect.y).toBeLessThan(passage.bottom);
    await page.keyboard.press('Escape');
    expect(await overlayElements(page, '.card')).toEqual([]);
    expect((await overlayElements(page, '.marker'))[0].focused).toBe(true);
    await page.close();
  });
});

describe('the page cannot touch its flags', () => {
  it('postMessage, DOM events and runtime messages from the page change nothing', async () => {
    const page = await open('fixtures/spoof.html');
    await settled(page).toBeGreaterThan(0);
    const before = await reportOf(session.browser, page);
    const badge = await badgeText(session.browser, page);
    await page.evaluate(() => (window as unknown as { spoof: () => void }).spoof());
    await page.waitForTimeout(1000);
    expect(await reportOf(session.browser, page)).toEqual(before);
    expect(await badgeText(session.browser, page)).toBe(badge);
    expect(await page.evaluate(() => (window as unknown as { spoofSawShadow: boolean }).spoofSawShadow)).toBe(false);
    expect((await overlayElements(page, '.marker')).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the badge and the network', () => {
  it('clears the badge when the tab navigates', async () => {
    const page = await open('fixtures/strict.csp.html');
    await expect.poll(() => badgeText(session.browser, page), { timeout: 15000 }).toBe('2');
    await page.goto(`${session.server.origin}/demo/en-negative-markets.html`);
    await expect.poll(() => badgeText(session.browser, page)).toBe('');
    await page.close();
  });

  it('made no request beyond the pages themselves', () => {
    const foreign = requests.filter((u) => !u.startsWith(session.server.origin) && !u.startsWith('data:') && !u.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
  });
});
