import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import { LANGS, SOURCES, VERDICTS, type Lang, type Source, type Verdict } from '../../lib/schema/correction';
import type { ListQuery } from '../../lib/store/types';

export interface CorrectionFiltersProps {
  query: ListQuery;
  topics: string[];
  t: OptionsStrings;
  actions: { setQuery(patch: ListQuery): void };
}

function Choice<T extends string>({ id, label, value, options, any, onPick }: { id: string; label: string; value: T | undefined; options: Array<[T, string]>; any: string; onPick(v: T | undefined): void }) {
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onPick((e.currentTarget.value || undefined) as T | undefined)}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search as you type, and one filter per facet of the store's list query. */
export function CorrectionFilters({ query, topics, t, actions }: CorrectionFiltersProps) {
  const any = t.common.any;
  return (
    <div class="filters" role="search">
      <div class="filter filter-search">
        <label for="corrections-search">{t.list.search}</label>
        <input
          id="corrections-search"
          type="search"
          data-testid="search"
          value={query.text ?? ''}
          placeholder={t.list.searchHint}
          onInput={(e) => actions.setQuery({ text: e.currentTarget.value || undefined })}
        />
      </div>
      <Choice id="filter-topic" label={t.list.topic} value={query.topic} any={any} options={topics.map((x) => [x, x])} onPick={(topic) => actions.setQuery({ topic })} />
      <Choice<Verdict> id="filter-verdict" label={t.list.verdict} value={query.verdict} any={any} options={VERDICTS.map((v) => [v, t.verdict[v]])} onPick={(verdict) => actions.setQuery({ verdict })} />
      <Choice<Source> id="filter-source" label={t.list.source} value={query.source} any={any} options={SOURCES.map((s) => [s, t.sourceNames[s]])} onPick={(source) => actions.setQuery({ source })} />
      <Choice<Lang> id="filter-lang" label={t.list.lang} value={query.lang} any={any} options={LANGS.map((l) => [l, t.langNames[l]])} onPick={(lang) => actions.setQuery({ lang })} />
      <label class="field checkbox" for="filter-due">
        <input
          id="filter-due"
          type="checkbox"
          checked={Boolean(query.dueBy)}
          onChange={(e) => actions.setQuery({ dueBy: e.currentTarget.checked ? new Date().toISOString().slice(0, 10) : undefined })}
        />
        {t.list.due}
      </label>
    </div>
  );
}
