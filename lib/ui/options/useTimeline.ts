/**
 * The timeline section's state: the products, and one product open as JSON for editing (a
 * product is a list of dated events with evidence; its JSON is the plainest honest editor).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '../../../components/options/Notice';
import type { OptionsStrings } from '../../i18n/optionsStrings';
import { sendMessage } from '../../messages';
import { productOf, type Product, type ProductRecord } from '../../schema/timeline';

export interface TimelineEditing {
  /** The product being edited, or null for a new one. */
  id: string | null;
  text: string;
  errors: string[];
}

const TEMPLATE: Product = {
  id: 'new-product',
  version: 1,
  name: { en: 'New product' },
  reviewBy: '2027-12-31',
  events: [{ id: 'launch', kind: 'launch', date: '2025-01-01', text: { en: 'What happened.' }, evidence: [{ title: 'Source title', publisher: 'Publisher', url: 'https://example.org/', date: '2025-01-01' }] }],
};

export function useTimeline(t: OptionsStrings, onChanged: () => void) {
  const [products, setProducts] = useState<ProductRecord[] | null>(null);
  const [editing, setEditing] = useState<TimelineEditing | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const fail = (e: unknown) => setNotice({ kind: 'error', text: t.common.failed((e as Error).message) });

  const load = async () => {
    try {
      setProducts(await sendMessage('listProducts', undefined));
    } catch (e) {
      fail(e);
    }
  };
  useEffect(() => void load(), []);

  const actions = {
    refresh: load,
    edit: (id: string) => {
      const record = products?.find((p) => p.id === id);
      if (record) setEditing({ id, text: JSON.stringify(productOf(record), null, 2), errors: [] });
    },
    newProduct: () => setEditing({ id: null, text: JSON.stringify(TEMPLATE, null, 2), errors: [] }),
    change: (text: string) => setEditing((e) => (e ? { ...e, text } : e)),
    cancel: () => setEditing(null),
    save: async () => {
      if (!editing) return;
      let input: unknown;
      try {
        input = JSON.parse(editing.text);
      } catch (e) {
        return setEditing({ ...editing, errors: [t.timeline.notJson((e as Error).message)] });
      }
      const id = typeof input === 'object' && input && typeof (input as { id?: unknown }).id === 'string' ? (input as { id: string }).id : '';
      // A new product must not take an existing id silently; an edit keeps its own.
      if (editing.id === null && products?.some((p) => p.id === id)) return setEditing({ ...editing, errors: [t.timeline.idTaken(id)] });
      if (editing.id !== null && id !== editing.id) return setEditing({ ...editing, errors: [t.timeline.idChanged(editing.id)] });
      try {
        const result = await sendMessage('saveProduct', input);
        if (!result.ok) return setEditing({ ...editing, errors: result.errors.map((err) => `${err.path ? `${err.path}: ` : ''}${err.message}`) });
        setEditing(null);
        setNotice({ kind: 'ok', text: t.timeline.saved(result.record.id) });
        onChanged();
      } catch (e) {
        fail(e);
      }
      await load();
    },
    remove: async (id: string) => {
      try {
        await sendMessage('deleteProduct', id);
        setNotice({ kind: 'ok', text: t.timeline.removed(id) });
        if (editing?.id === id) setEditing(null);
        onChanged();
      } catch (e) {
        fail(e);
      }
      await load();
    },
  };
  return { state: { products, editing, notice }, actions };
}
