import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import { localized } from '../../lib/report';
import type { Lang } from '../../lib/schema/correction';
import type { ProductRecord } from '../../lib/schema/timeline';
import type { TimelineEditing } from '../../lib/ui/options/useTimeline';
import { LiveNotice, type Notice } from './Notice';

export interface TimelineSectionProps {
  products: ProductRecord[] | null;
  editing: TimelineEditing | null;
  notice: Notice;
  /** Today, to show which products are due for review. */
  today: string;
  lang: Lang;
  t: OptionsStrings;
  actions: { edit(id: string): void; newProduct(): void; change(text: string): void; save(): void; cancel(): void; remove(id: string): void };
}

/** The product timeline: each product's events, its review date (due ones marked), and an editor. */
export function TimelineSection({ products, editing, notice, today, lang, t, actions }: TimelineSectionProps) {
  const s = t.timeline;
  return (
    <section id="timeline" class="section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{s.heading}</h2>
      <p class="muted">{s.intro}</p>
      <LiveNotice notice={notice} />
      {products && products.length > 0 && (
        <table class="timeline-table" data-testid="products">
          <thead>
            <tr>
              <th scope="col">{s.product}</th>
              <th scope="col">{s.events}</th>
              <th scope="col">{s.reviewBy}</th>
              <th scope="col">{s.source}</th>
              <th scope="col">
                <span class="visually-hidden">{s.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {products.map((p) => (
              <tr key={p.id} data-product={p.id}>
                <td>
                  {localized(p.name, lang)} <code>{p.id}</code>
                </td>
                <td>
                  {p.events.length} ({p.events[0].date} – {p.events[p.events.length - 1].date})
                </td>
                <td>
                  {p.reviewBy}
                  {p.reviewBy <= today && <strong class="due"> {s.due}</strong>}
                </td>
                <td>
                  {t.sourceNames[p.source]}
                  {p.userEdited ? ` (${s.edited})` : ''}
                </td>
                <td>
                  <button type="button" class="secondary" aria-label={t.list.rowAction(s.edit, p.id)} onClick={() => actions.edit(p.id)}>
                    {s.edit}
                  </button>{' '}
                  <button type="button" class="secondary" aria-label={t.list.rowAction(s.remove, p.id)} onClick={() => actions.remove(p.id)}>
                    {s.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {products?.length === 0 && <p class="muted">{s.empty}</p>}
      {editing ? (
        <div class="product-editor">
          <label for="product-json">{editing.id ? s.editing(editing.id) : s.adding}</label>
          <textarea id="product-json" rows={18} spellcheck={false} value={editing.text} aria-invalid={editing.errors.length > 0} aria-describedby="product-errors" onInput={(e) => actions.change((e.target as HTMLTextAreaElement).value)} />
          <ul id="product-errors" class="field-errors" role="alert">
            {editing.errors.map((err) => (
              <li key={err}>{err}</li>
            ))}
          </ul>
          <button type="button" onClick={actions.save}>
            {s.save}
          </button>{' '}
          <button type="button" class="secondary" onClick={actions.cancel}>
            {s.cancel}
          </button>
        </div>
      ) : (
        <button type="button" class="secondary" onClick={actions.newProduct}>
          {s.add}
        </button>
      )}
    </section>
  );
}
