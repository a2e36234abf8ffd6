/** A traffic figure for an address another product had left is flagged, and its card shows that product's timeline. */
import { describe, expect, it } from 'vitest';
import { highlightsOf, overlayElements } from '../../scripts/lib/browser';
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
