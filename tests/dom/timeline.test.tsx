/** The options page's product timeline, in happy-dom with the background mocked: list, due marks, the JSON editor's errors and save. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../lib/messages';
import type { ProductRecord } from '../../lib/schema/timeline';
import { shippedTimeline } from '../../lib/timeline/shipped';
import { OptionsApp } from '../../lib/ui/optionsApp';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn() }));

const meta = { source: 'seed' as const, createdAt: '2026-12-07T00:00:00Z', updatedAt: '2026-12-07T00:00:00Z' };
const [first, second] = shippedTimeline().products.filter((p) => p.id === 'suno' || p.id === 'pi');
const products: ProductRecord[] = [
  { ...first, ...meta },
  { ...second, ...meta, reviewBy: '2020-01-01' }, // past due
];

let root: HTMLElement;
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});
const flush = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const $ = <T extends HTMLElement = HTMLElement>(s: string) => root.querySelector<T>(s)!;
const button = (text: string, within: ParentNode = root) => [...within.querySelectorAll('button')].find((b) => b.textContent === text)!;
async function type(value: string) {
  await act(() => {
    const area = $<HTMLTextAreaElement>('#product-json');
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the product timeline in the options page', () => {
  it('lists products with their due review, edits one as JSON, and shows what is wrong before anything is saved', async () => {
    const saved: unknown[] = [];
    vi.mocked(sendMessage).mockImplementation((async (name: string, data: unknown) => {
      if (name === 'listProducts') return products;
      if (name === 'saveProduct') {
        saved.push(data);
        const d = data as ProductRecord;
        return d.reviewBy === 'soon' ? { ok: false, errors: [{ index: 0, path: 'reviewBy', message: 'must be a date written YYYY-MM-DD' }] } : { ok: true, record: { ...d, ...meta } };
      }
      if (name === 'listCorrections') return { total: 0, items: [] };
      if (name === 'listFeeds') return [];
      return undefined;
    }) as never);
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<OptionsApp lang="en" />, root));
    await flush();

    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid="products"] tbody tr')];
    expect(rows.map((r) => r.dataset.product)).toEqual([first.id, second.id]);
    expect(rows[0].textContent).not.toContain('due for review');
    expect(rows[1].textContent).toContain('due for review');

    await act(() => button('Edit', rows[0]).click());
    const json = JSON.parse($<HTMLTextAreaElement>('#product-json').value);
    expect(json).toEqual(first); // the product itself, without where it came from

    await type('{ not json');
    await act(() => button('Save product').click());
    await flush();
    expect($('#product-errors').textContent).toMatch(/not valid JSON/);
    expect(saved).toEqual([]);

    await type(JSON.stringify({ ...first, id: 'another' }));
    await act(() => button('Save product').click());
    await flush();
    expect($('#product-errors').textContent).toMatch(/Keep the id/);
    expect(saved).toEqual([]);

    await type(JSON.stringify({ ...first, reviewBy: 'soon' }));
    await act(() => button('Save product').click());
    await flush();
    expect($('#product-errors').textContent).toContain('reviewBy: must be a date written YYYY-MM-DD');

    await type(JSON.stringify({ ...first, reviewBy: '2027-09-01' }));
    await act(() => button('Save product').click());
    await flush();
    expect(saved.at(-1)).toMatchObject({ id: first.id, reviewBy: '2027-09-01' });
    expect(root.querySelector('#product-json')).toBeNull();
    expect(root.textContent).toContain(`Saved ${first.id}`);
  });

  it('a new product may not take an existing id', async () => {
    vi.mocked(sendMessage).mockImplementation((async (name: string) => (name === 'listProducts' ? products : name === 'listCorrections' ? { total: 0, items: [] } : [])) as never);
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<OptionsApp lang="en" />, root));
    await flush();
    await act(() => button('New product').click());
    await type(JSON.stringify({ ...first }));
    await act(() => button('Save product').click());
    await flush();
    expect($('#product-errors').textContent).toContain(`A product with the id ${first.id} exists`);
  });
});
