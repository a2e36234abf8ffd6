/**
 * The corrections list's state: the query (search, filters, page), the loaded page, the
 * selection kept across pages for export, the open record, and delete with undo.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Notice } from '../../../components/options/Notice';
import type { OptionsStrings } from '../../i18n/optionsStrings';
import { sendMessage } from '../../messages';
import { KNOWN_TOPICS, type Correction } from '../../schema/correction';
import type { ListQuery, ListResult } from '../../store/types';

export const PAGE_SIZE = 25;
/** The most the store lists at once; enough to collect the topics in use. */
const TOPIC_SCAN = 500;

/** Drop empty filters so that the query sent is the query meant. */
function cleanQuery(q: ListQuery): ListQuery {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== '')) as ListQuery;
}

export function useCorrections(t: OptionsStrings) {
  const [query, setQueryState] = useState<ListQuery>({ offset: 0, limit: PAGE_SIZE });
  const [list, setList] = useState<ListResult | null>(null);
  const [topics, setTopics] = useState<string[]>([...KNOWN_TOPICS]);
  const [selected, setSelected] = useState<string[]>([]);
  const [viewing, setViewing] = useState<Correction | null>(null);
  const [deleted, setDeleted] = useState<Correction | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  // Search sends a query per keystroke: only the answer to the latest one may land.
  const latest = useRef(0);
  const current = useRef(query);

  const say = (next: Notice) => {
    setNotice(next);
    setDeleted(null);
  };
  const fail = (e: unknown) => say({ kind: 'error', text: t.common.failed((e as Error).message) });

  const load = async (q: ListQuery = current.current) => {
    current.current = q;
    const ticket = ++latest.current;
    try {
      const result = await sendMessage('listCorrections', cleanQuery(q));
      if (ticket !== latest.current) return;
      const offset = q.offset ?? 0;
      // The last row of the last page went: show the page before it.
      if (result.items.length === 0 && offset > 0 && result.total > 0) return load({ ...q, offset: Math.floor((result.total - 1) / PAGE_SIZE) * PAGE_SIZE });
      setQueryState(q);
      setList(result);
    } catch (e) {
      if (ticket === latest.current) fail(e);
    }
  };

  const loadTopics = async () => {
    try {
      const all = await sendMessage('listCorrections', { limit: TOPIC_SCAN });
      setTopics([...new Set([...KNOWN_TOPICS, ...all.items.map((c) => c.topic)])].sort());
    } catch {
      // The list itself reports a failing store; the known topics still work as filters.
    }
  };

  const refresh = () => {
    void load();
    void loadTopics();
  };

  useEffect(refresh, []);

  const actions = {
    refresh,
    say,
    setQuery: (patch: ListQuery) => {
      const next = { ...current.current, offset: 0, ...patch };
      setQueryState(next);
      void load(next);
    },
    page: (offset: number) => void load({ ...current.current, offset }),
    toggle: (id: string, on: boolean) => setSelected((s) => (on ? [...new Set([...s, id])] : s.filter((x) => x !== id))),
    togglePage: (ids: string[], on: boolean) => setSelected((s) => (on ? [...new Set([...s, ...ids])] : s.filter((x) => !ids.includes(x)))),
    clearSelection: () => setSelected([]),
    /** Open a record in full (or close it with null). */
    view: async (id: string | null) => {
      if (id === null) return setViewing(null);
      try {
        const record = await sendMessage('getCorrection', id);
        setViewing(record);
        if (!record) refresh();
      } catch (e) {
        fail(e);
      }
    },
    remove: async (id: string) => {
      try {
        const record = await sendMessage('deleteCorrection', id);
        setSelected((s) => s.filter((x) => x !== id));
        if (viewing?.id === id) setViewing(null);
        setNotice({ kind: 'ok', text: t.list.deleted(id) });
        setDeleted(record);
      } catch (e) {
        fail(e);
      }
      refresh();
    },
    undo: async () => {
      if (!deleted) return;
      try {
        await sendMessage('restoreCorrection', deleted);
        say({ kind: 'ok', text: t.list.restored(deleted.id) });
      } catch (e) {
        fail(e);
      }
      refresh();
    },
    resetSeeds: async () => {
      setBusy(true);
      try {
        const status = await sendMessage('resetSeeds', undefined);
        say({ kind: 'ok', text: t.list.resetDone(status.count, status.bySource.user) });
        if (viewing) setViewing(await sendMessage('getCorrection', viewing.id));
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
      refresh();
    },
  };

  return { state: { query, list, topics, selected, viewing, notice, canUndo: deleted !== null, busy }, actions };
}
