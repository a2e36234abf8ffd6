/**
 * The end-to-end slice: the built extension in Chromium seeds its store, flags the headline
 * case on a news page, highlights it, counts it on the badge and lists it in the popup.
 */
import { describe, expect, it } from 'vitest';
import { badgeText, highlightsOf, openPopup, tabIdOf } from '../../scripts/lib/browser';
import { useExtension } from './session';


const session = useExtension();

describe('the headline case, end to end', () => {
  it('highlights the claim, counts it on the badge and explains it in the popup', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/demo/en-traffic-collapse.html`);
    await expect.poll(() => highlightsOf(page), { timeout: 15000 }).toMatchObject({ 'footnote-claim': expect.any(Number) });
    expect((await highlightsOf(page))['footnote-claim']).toBeGreaterThan(0);
    await expect.poll(() => badgeText(session.browser, page), { timeout: 10000 }).toMatch(/^[1-9]\d*$/);

    const popup = await openPopup(session.browser, await tabIdOf(session.browser, page));
    // The correction is shown in full under the first passage it flags; later passages refer back to it.
    const group = popup.locator('[data-correction="chatgpt-traffic-misread-2024"]').first();
    await expect.poll(() => group.count(), { timeout: 10000 }).toBe(1);
    await expect.poll(() => group.innerText()).toContain('chatgpt.com');
    expect(await popup.locator('[data-topic="chatgpt-traffic-decline"]').getAttribute('data-stance')).toBe('asserts');
    expect(await group.locator('.evidence a').first().getAttribute('href')).toMatch(/^https:\/\//);
    expect(await group.locator('.evidence time').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
