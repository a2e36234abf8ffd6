/**
 * The README's pictures, taken by the tests' own session.browser: the card on a page, the popup and
 * the options page, light and dark, English and Chinese. `npm run screenshots` writes them to
 * tests/e2e/screenshots/; a plain test run writes them to a temporary folder (so the views
 * are still rendered and checked non-empty without touching tracked files).
 */
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messageTab, openPopup, reportOf, tabIdOf } from '../../scripts/lib/browser';
import { useExtension } from './session';

const OUT = process.env.FOOTNOTE_SCREENSHOTS ? 'tests/e2e/screenshots' : mkdtempSync(join(tmpdir(), 'footnote-shots-'));

const session = useExtension(() => {
  mkdirSync(OUT, { recursive: true });
});

async function flagged(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${session.server.origin}/${path}`);
  await expect.poll(async () => (await reportOf(session.browser, page))?.flags.length ?? 0, { timeout: 15000 }).toBeGreaterThan(0);
  return page;
}

async function setLanguage(language: string) {
  await session.browser.worker.evaluate((l) => chrome.storage.local.set({ preferences: { language: l, highlight: 'underline' } }), language);
}

async function shoot(page: Page, name: string, fullPage = false) {
  const path = join(OUT, name);
  await page.screenshot({ path, fullPage });
  expect(statSync(path).size).toBeGreaterThan(5000);
}

async function openCard(page: Page, nth = 0) {
  const report = (await reportOf(session.browser, page))!;
  await messageTab(session.browser, page, 'showFlag', report.flags[nth].key);
  await page.waitForTimeout(300);
}

describe('screenshots', () => {
  it('the card on an English and a Chinese page', async () => {
    await setLanguage('en');
    const en = await flagged('demo/en-traffic-collapse.html');
    await openCard(en, 2);
    await shoot(en, 'card-en.png');
    await setLanguage('zh-Hant');
    const zh = await flagged('demo/zh-hant-goldman.html');
    await openCard(zh);
    await shoot(zh, 'card-zh-hant.png');
    await Promise.all([en.close(), zh.close()]);
  });

  it('the popup, light and dark, and in Chinese', async () => {
    await setLanguage('en');
    const page = await flagged('demo/en-traffic-collapse.html');
    for (const [scheme, lang, name] of [['light', 'en', 'popup-light.png'], ['dark', 'en', 'popup-dark.png'], ['light', 'zh-Hant', 'popup-zh-hant.png']] as const) {
      await setLanguage(lang);
      const popup = await openPopup(session.browser, await tabIdOf(session.browser, page));
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 720 });
      await popup.locator('[data-correction]').first().waitFor();
      await shoot(popup, name);
      await popup.close();
    }
    await page.close();
    await setLanguage('en');
  });

  it('the options page, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const options = await session.browser.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.setViewportSize({ width: 1100, height: 800 });
      await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
      await options.locator('[data-testid="correction-row"]').first().waitFor();
      await shoot(options, `options-${scheme}.png`);
      await options.close();
    }
  });
});
