/**
 * The popup, driven as a reader would (opened as a tab with ?tab=<id>): the flag with its
 * evidence, "Not relevant" with undo and its effect on reload, the per-site switch, the empty
 * states, and results that survive the service worker being stopped.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badgeText, highlightsOf, openPopup, reportOf, tabIdOf } from '../../scripts/lib/browser';
import { useExtension } from './session';


const session = useExtension();

async function flaggedPage(path = 'fixtures/strict.csp.html'): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${path}`);
  await expect.poll(async () => (await reportOf(session.browser, page))?.flags.length ?? 0, { timeout: 15000 }).toBeGreaterThan(0);
  return page;
}

describe('the popup', () => {
  it('lists the flag with its verdict, quote, what is wrong, dated evidence and why it matched', async () => {
    const page = await flaggedPage();
    const popup = await openPopup(session.browser, await tabIdOf(session.browser, page));
    const group = popup.locator('[data-correction="chatgpt-traffic-misread-2024"]');
    await expect.poll(() => group.count(), { timeout: 10000 }).toBe(1);
    const text = await group.innerText();
    expect(text).toMatch(/Misread/);
    // The passage's quote is shown once, above every correction that flags it.
    const passage = popup.locator('[data-passage]', { has: group });
    expect(await passage.locator('.quote').count()).toBe(1);
    expect(await passage.locator('.quote').innerText()).toContain('A Goldman Sachs chart shows ChatGPT traffic collapsing');
    expect(text).toContain('chatgpt.com');
    expect(await group.locator('.evidence a').first().getAttribute('target')).toBe('_blank');
    expect(await group.locator('.evidence time').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await group.locator('.why summary').click();
    expect(await group.locator('.why').innerText()).toMatch(/goldman|chart/i);
    await popup.close();
    await page.close();
  });

  it('"Not relevant" hides a flag on the site, survives a reload, and can be undone', async () => {
    const page = await flaggedPage();
    const tabId = await tabIdOf(session.browser, page);
    const before = Number(await badgeText(session.browser, page));
    const popup = await openPopup(session.browser, tabId);
    const group = popup.locator('[data-correction="goldman-chatgpt-chart-misread"]');
    await expect.poll(() => group.count(), { timeout: 10000 }).toBe(1);
    await group.getByRole('button', { name: 'Not relevant' }).click();
    await expect.poll(() => group.count()).toBe(0);
    await expect.poll(() => badgeText(session.browser, page)).toBe(String(before - 1));

    await page.reload();
    await expect.poll(async () => (await reportOf(session.browser, page))?.flags.map((f) => f.topic) ?? [], { timeout: 15000 }).toEqual(['chatgpt-traffic-decline']);
    await popup.reload();
    await expect.poll(() => popup.locator('[data-correction]').count(), { timeout: 10000 }).toBe(1);
    await popup.locator('.hidden-flags summary').click();
    await popup.getByRole('button', { name: 'Bring back' }).click();
    await expect.poll(() => popup.locator('[data-correction]').count()).toBe(2);
    await popup.close();
    await page.close();
  });

  it('switches Footnote off for a site and back on', async () => {
    const page = await flaggedPage();
    const popup = await openPopup(session.browser, await tabIdOf(session.browser, page));
    const toggle = popup.getByRole('switch');
    await expect.poll(() => toggle.isChecked(), { timeout: 10000 }).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => popup.locator('.empty-title').innerText()).toContain('off on this site');
    await expect.poll(async () => (await highlightsOf(page))['footnote-claim'] ?? 0).toBe(0);
    expect(await badgeText(session.browser, page)).toBe('');
    await page.reload();
    await page.waitForTimeout(1200);
    expect((await highlightsOf(page))['footnote-claim'] ?? 0).toBe(0);
    await popup.reload();
    await popup.getByRole('switch').check();
    await expect.poll(async () => (await highlightsOf(page))['footnote-claim'] ?? 0, { timeout: 15000 }).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('says what happened when there is nothing to show', async () => {
    const quiet = await session.browser.context.newPage();
    await quiet.goto(`${session.server.origin}/demo/zh-hans-negative-domain.html`);
    await quiet.waitForTimeout(800);
    let popup = await openPopup(session.browser, await tabIdOf(session.browser, quiet));
    await expect.poll(() => popup.locator('.empty-title').innerText(), { timeout: 10000 }).toContain('Nothing to flag');
    await popup.close();
    const blank = await session.browser.context.newPage();
    await blank.goto('about:blank');
    popup = await openPopup(session.browser, await tabIdOf(session.browser, blank));
    await expect.poll(() => popup.locator('.empty-title').innerText(), { timeout: 10000 }).toContain('cannot read');
    await Promise.all([popup.close(), blank.close(), quiet.close()]);
  });
});

describe('what the page does with a claim', () => {
  it('a page that repeats a claim and questions it in passing gets a warning count, not a check mark', async () => {
    const page = await flaggedPage('fixtures/stance-mixed.html');
    await expect.poll(() => badgeText(session.browser, page), { timeout: 10000 }).toMatch(/^\d+$/);
    const popup = await openPopup(session.browser, await tabIdOf(session.browser, page));
    const topic = popup.locator('[data-topic="chatgpt-traffic-decline"]');
    await expect.poll(() => topic.getAttribute('data-stance'), { timeout: 10000 }).toBe('asserts');
    expect(await popup.locator('.topic-corrected').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('a page that corrects the claim throughout gets the check mark, and the popup says it corrects it', async () => {
    const page = await flaggedPage('fixtures/stance-corrects.html');
    await expect.poll(() => badgeText(session.browser, page), { timeout: 10000 }).toBe('✓');
    const popup = await openPopup(session.browser, await tabIdOf(session.browser, page));
    await expect.poll(() => popup.locator('[data-topic="chatgpt-traffic-decline"]').getAttribute('data-stance'), { timeout: 10000 }).toBe('debunks');
    expect(await popup.locator('.topic-warning').count()).toBe(0);
    expect(await popup.locator('.page-stances').innerText()).toContain('Corrects');
    await popup.close();
    await page.close();
  });
});

describe('the service worker', () => {
  it('a page checked while the worker keeps being stopped still gets its flags', async () => {
    const control = await session.browser.context.newPage();
    const cdp = await session.browser.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    const page = await session.browser.context.newPage();
    let stopping = true;
    const stopper = (async () => {
      while (stopping) {
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
        await new Promise((r) => setTimeout(r, 30));
      }
    })();
    await page.goto(`${session.server.origin}/fixtures/strict.csp.html`);
    await new Promise((r) => setTimeout(r, 1200));
    stopping = false;
    await stopper;
    await expect.poll(async () => (await reportOf(session.browser, page))?.flags.length ?? 0, { timeout: 15000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await highlightsOf(page))['footnote-claim'] ?? 0, { timeout: 15000 }).toBeGreaterThan(0);
    await control.close();
    await page.close();
  });

  it('the popup still shows the tab’s flags after the worker was stopped', async () => {
    const page = await flaggedPage();
    const tabId = await tabIdOf(session.browser, page);
    const flags = (await reportOf(session.browser, page))!.flags.length;
    await session.browser.worker.evaluate(() => ((self as unknown as { beforeStop: boolean }).beforeStop = true));
    const control = await openPopup(session.browser, tabId);
    const cdp = await session.browser.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await control.close();
    const popup = await openPopup(session.browser, tabId);
    // A fresh worker answered: the mark set in the old one is gone.
    await expect.poll(() => session.browser.worker.evaluate(() => (self as unknown as { beforeStop?: boolean }).beforeStop ?? false).catch(() => 'stopped'), { timeout: 10000 }).toBe(false);
    await expect.poll(() => popup.locator('[data-correction]').count(), { timeout: 15000 }).toBe(new Set((await reportOf(session.browser, page))!.flags.map((f) => f.topic)).size);
    expect((await reportOf(session.browser, page))!.flags.length).toBe(flags);
    await popup.close();
    await page.close();
  });
});
