/**
 * The options page, driven as a user would: write a correction and see a new page flagged by
 * it; import a bad file and see the error with nothing changed; import a ClaimReview file and
 * see its record. Also: no serious accessibility violation on the options page or the popup.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopup, reportOf, tabIdOf } from '../../scripts/lib/browser';
import { makeDataFeed } from '../../lib/quality/dataFeed';
import { useExtension } from './session';


const session = useExtension();

async function optionsPage(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await page.locator('[data-testid="correction-row"]').first().waitFor({ timeout: 10000 });
  return page;
}

const storeCount = () => session.browser.worker.evaluate(() => new Promise<number>((resolve) => {
  const open = indexedDB.open('footnote');
  open.onsuccess = () => {
    const req = open.result.transaction('corrections').objectStore('corrections').count();
    req.onsuccess = () => {
      resolve(req.result);
      open.result.close();
    };
  };
}));

describe('the options page', () => {
  it('adds a correction that flags the next page it matches', async () => {
    const page = await optionsPage();
    await page.getByTestId('new-correction').click();
    const fill = (field: string, value: string) => page.locator(`#field-${field}`).fill(value);
    await fill('id', 'widgetco-collapse');
    await fill('topic', 'widgetco-sales');
    await page.locator('#field-verdict').selectOption('false');
    await fill('claim-en', 'WidgetCo sales have collapsed.');
    await fill('summary-en', 'WidgetCo reported record sales this quarter.');
    await fill('evidence-0-title', 'WidgetCo quarterly report');
    await fill('evidence-0-publisher', 'WidgetCo');
    await fill('evidence-0-url', 'https://widgetco.example/q4');
    await fill('evidence-0-date', '2025-01-30');
    await fill('triggers-en', 'widgetco');
    await fill('rules', '{"all": [{"terms": ["collapsed", "collapsing"]}, {"terms": ["widgetco"]}]}');
    await page.getByTestId('save').click();
    await expect.poll(() => page.locator('[data-testid="correction-row"][data-id="widgetco-collapse"]').count(), { timeout: 10000 }).toBe(1);

    const news = await session.browser.context.newPage();
    await news.goto(`${session.server.origin}/fixtures/widget.html`);
    await expect.poll(async () => (await reportOf(session.browser, news))?.flags.map((f) => f.topic) ?? [], { timeout: 15000 }).toEqual(['widgetco-sales']);
    await Promise.all([news.close(), page.close()]);
  });

  it('shows a field error as you type and does not save an invalid correction', async () => {
    const page = await optionsPage();
    const before = await storeCount();
    await page.getByTestId('new-correction').click();
    await page.locator('#field-id').fill('Not A Valid Id!');
    await page.locator('#field-id').blur();
    await expect.poll(() => page.getByTestId('editor').innerText()).toMatch(/must be 2-120 characters/);
    await page.getByTestId('save').click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    expect(await storeCount()).toBe(before);
    await page.close();
  });

  it('imports a bad file: shows the error, writes nothing', async () => {
    const page = await optionsPage();
    const before = await storeCount();
    await page.getByTestId('import-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "footnote-corrections", "corrections": [') });
    await expect.poll(() => page.getByTestId('import-preview').innerText(), { timeout: 10000 }).toMatch(/not valid JSON/);
    expect(await page.getByTestId('import-commit').count()).toBe(0);
    await page.getByTestId('import-input').setInputFiles({
      name: 'bad-record.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'footnote-corrections', corrections: [{ id: 'half-done', verdict: 'sort-of' }] })),
    });
    await expect.poll(() => page.getByTestId('import-preview').innerText(), { timeout: 10000 }).toMatch(/record 0 \(half-done\): verdict/);
    expect(await storeCount()).toBe(before);
    await page.close();
  });

  it('imports a ClaimReview file after a preview and lists its record', async () => {
    const page = await optionsPage();
    const before = await storeCount();
    await page.getByTestId('import-input').setInputFiles({ name: 'review.json', mimeType: 'application/json', buffer: readFileSync('tests/fixtures/claimreview.json') });
    await expect.poll(() => page.getByTestId('import-preview').innerText(), { timeout: 10000 }).toMatch(/ClaimReview/);
    expect(await storeCount()).toBe(before);
    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-result').innerText(), { timeout: 10000 }).toMatch(/1 record written/);
    expect(await storeCount()).toBe(before + 1);
    await page.getByTestId('search').fill('every year');
    await expect.poll(() => page.locator('[data-testid="correction-row"]').count(), { timeout: 10000 }).toBe(1);
    expect(await page.locator('[data-testid="correction-row"]').innerText()).toMatch(/openai-loss/);
    await page.close();
  });
});

describe('faults', () => {
  it('the service worker stopped in the middle of a large import leaves the store old or new, never half, and answers again', async () => {
    const page = await optionsPage();
    const before = await storeCount();
    const { feed, expected } = makeDataFeed(3000);
    await page.getByTestId('import-input').setInputFiles({ name: 'feed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(feed)) });
    await expect.poll(() => page.getByTestId('import-preview').innerText(), { timeout: 30000 }).toMatch(/ClaimReview/);
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await page.getByTestId('import-commit').click();
    await page.waitForTimeout(150);
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The page's next request wakes a fresh worker. Whatever moment the old one was stopped at,
    // the store holds all of the import or none of it.
    await page.reload();
    await page.locator('[data-testid="correction-row"]').first().waitFor({ timeout: 30000 });
    const after = await storeCount();
    console.log(`worker stopped during an import of ${expected.written}: store ${after === before ? 'as it was' : 'with the whole import'}`);
    expect([before, before + expected.written]).toContain(after);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  async function violations(page: Page) {
    await page.evaluate(axe);
    const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run());
    type Node = { target: unknown; failureSummary: string };
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify((v.nodes as Node[]).map((n) => n.target))} ${(v.nodes[0] as Node).failureSummary}`);
  }

  it.each(['light', 'dark'] as const)('no serious or critical violation on the options page and the popup (%s)', async (scheme) => {
    const news = await session.browser.context.newPage();
    await news.emulateMedia({ colorScheme: scheme });
    await news.goto(`${session.server.origin}/demo/en-traffic-collapse.html`);
    await expect.poll(async () => (await reportOf(session.browser, news))?.flags.length ?? 0, { timeout: 15000 }).toBeGreaterThan(0);
    const popup = await openPopup(session.browser, await tabIdOf(session.browser, news));
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('[data-correction]').first().waitFor();
    expect(await violations(popup)).toEqual([]);
    const options = await optionsPage();
    await options.emulateMedia({ colorScheme: scheme });
    expect(await violations(options)).toEqual([]);
    await Promise.all([news.close(), popup.close(), options.close()]);
  });
});
