import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import type { Correction, Lang } from '../../lib/schema/correction';
import type { ListQuery, ListResult } from '../../lib/store/types';
import { formatTime, localizedText } from '../../lib/ui/options/format';

export interface CorrectionsTableActions {
  toggle(id: string, selected: boolean): void;
  togglePage(ids: string[], selected: boolean): void;
  page(offset: number): void;
  view(id: string): void;
  edit(id: string): void;
  remove(id: string): void;
}

export interface CorrectionsTableProps {
  list: ListResult | null;
  query: ListQuery;
  selected: string[];
  lang: Lang;
  t: OptionsStrings;
  actions: CorrectionsTableActions;
}

function Row({ c, checked, lang, t, actions }: { c: Correction; checked: boolean; lang: Lang; t: OptionsStrings; actions: CorrectionsTableActions }) {
  const claim = localizedText(c.claim, lang);
  const label = (action: string) => t.list.rowAction(action, c.id);
  return (
    <tr data-testid="correction-row" data-id={c.id} class={checked ? 'selected' : undefined}>
      <td>
        <input type="checkbox" checked={checked} aria-label={t.list.selectRow(c.id)} onChange={(e) => actions.toggle(c.id, e.currentTarget.checked)} />
      </td>
      <th scope="row">
        <code>{c.id}</code>
      </th>
      <td lang={claim.lang}>{claim.text}</td>
      <td>{c.topic}</td>
      <td>
        <span class={`chip chip-${c.verdict}`}>{t.verdict[c.verdict]}</span>
      </td>
      <td>
        {t.sourceNames[c.source]}
        {c.userEdited && <span class="muted"> · {t.list.edited}</span>}
      </td>
      <td>
        <time dateTime={c.updatedAt}>{formatTime(c.updatedAt, lang, '', true)}</time>
      </td>
      <td class="row-actions">
        <button type="button" class="secondary" aria-label={label(t.list.view)} onClick={() => actions.view(c.id)}>
          {t.list.view}
        </button>
        <button type="button" class="secondary" aria-label={label(t.list.edit)} onClick={() => actions.edit(c.id)}>
          {t.list.edit}
        </button>
        <button type="button" class="danger" data-testid="delete" aria-label={label(t.list.delete)} onClick={() => actions.remove(c.id)}>
          {t.list.delete}
        </button>
      </td>
    </tr>
  );
}

/** One page of corrections, with a checkbox per row for export, and paging. */
export function CorrectionsTable({ list, query, selected, lang, t, actions }: CorrectionsTableProps) {
  const items = list?.items ?? [];
  const ids = items.map((c) => c.id);
  const allChecked = ids.length > 0 && ids.every((id) => selected.includes(id));
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 25;
  const total = list?.total ?? 0;
  return (
    <>
      <div class="table-wrap">
        <table class="corrections" data-testid="corrections-list" aria-busy={list ? undefined : true}>
          <caption class="visually-hidden">{t.list.caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" checked={allChecked} disabled={ids.length === 0} aria-label={t.list.selectPage} onChange={(e) => actions.togglePage(ids, e.currentTarget.checked)} />
              </th>
              {(['id', 'claim', 'topic', 'verdict', 'source', 'updated', 'actions'] as const).map((col) => (
                <th scope="col" key={col}>
                  {t.list.cols[col]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <Row key={c.id} c={c} checked={selected.includes(c.id)} lang={lang} t={t} actions={actions} />
            ))}
            {list && items.length === 0 && (
              <tr>
                <td colSpan={8} class="empty-row">
                  {t.list.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label={t.list.pages}>
        <button type="button" class="secondary" disabled={offset === 0} onClick={() => actions.page(Math.max(0, offset - limit))}>
          {t.list.prev}
        </button>
        <span class="pager-status" aria-live="polite">
          {list ? (total === 0 ? t.list.showing(0, 0, 0) : t.list.showing(offset + 1, offset + items.length, total)) : t.common.loading}
        </span>
        <button type="button" class="secondary" disabled={offset + limit >= total} onClick={() => actions.page(offset + limit)}>
          {t.list.next}
        </button>
      </nav>
    </>
  );
}
