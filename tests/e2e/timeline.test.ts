/**
 * A traffic figure for an address another product had left is flagged, and its card shows that
 * product's timeline; between them, the cards show every kind of event, in the three languages.
 */
import { describe, expect, it } from 'vitest';
import { highlightsOf, openPopup, overlayElements, tabIdOf } from '../../scripts/lib/browser';
import { useExtension } from './session';

const session = useExtension();

describe('a product that moved', () => {
  it('flags visits to its old address and shows its timeline, the page placed among the events', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/fixtures/break-suno.html`);
    await expect.poll(async () => (await highlightsOf(page))['footnote-claim'] ?? 0, { timeout: 15000 }).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const [card] = await overlayElements(page, '.card');
    expect(card.text).toContain('suno.com');
    const items = await overlayElements(page, '.timeline li');
    const texts = items.map((i) => i.text);
    const here = texts.findIndex((t) => t.includes('2024-07-15'));
    const moved = texts.findIndex((t) => t.includes('2024-04'));
    expect(moved).toBeGreaterThanOrEqual(0);
    expect(here).toBeGreaterThan(moved); // the page comes after the move
    await page.close();
  });
});

/** The kinds of the timeline events the popup shows for a page's flags (each flag as its card shows it). */
async function timelineKinds(path: string): Promise<string[]> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${path}`);
  await expect.poll(async () => (await highlightsOf(page))['footnote-claim'] ?? 0, { timeout: 15000 }).toBeGreaterThan(0);
  const popup = await openPopup(session.browser, await tabIdOf(session.browser, page));
  await popup.waitForSelector('.timeline-event');
  const classes = await popup.$$eval('.timeline-event', (els) => els.map((e) => e.className));
  await popup.close();
  await page.close();
  return [...new Set(classes.map((c) => c.split(' ')[1].replace('timeline-', '')))];
}

describe('the timelines in the popup', () => {
  it('show launches, renames, moves, shutdowns, measurement changes and measured declines', async () => {
    const kinds = new Set([
      ...(await timelineKinds('fixtures/break-bard.html')), // zh-Hans: Gemini's launch, rename, move, app
      ...(await timelineKinds('demo/en-traffic-collapse.html')), // en: ChatGPT's move, apps, measured declines
      ...(await timelineKinds('demo/zh-hans-sora.html')), // Sora's launch and shutdown
    ]);
    expect([...kinds].sort()).toEqual(['decline', 'launch', 'measurement', 'move', 'rename', 'shutdown']);
  });
});
