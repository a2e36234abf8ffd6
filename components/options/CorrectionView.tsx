import { useEffect, useRef } from 'preact/hooks';
import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import { LANGS, type Correction, type Lang, type Localized } from '../../lib/schema/correction';
import { formatTime } from '../../lib/ui/options/format';
import { EvidenceList } from '../EvidenceList';

export interface CorrectionViewProps {
  correction: Correction;
  lang: Lang;
  t: OptionsStrings;
  actions: { edit(id: string): void; close(): void };
}

/** One text in each of the three languages, each marked with its language. */
function ByLanguage({ title, text, t }: { title: string; text: Partial<Record<Lang, string | string[]>> | Localized | undefined; t: OptionsStrings }) {
  return (
    <>
      <h4>{title}</h4>
      <dl class="by-lang">
        {LANGS.map((l) => {
          const value = (text as Partial<Record<Lang, string | string[]>> | undefined)?.[l];
          return (
            <div key={l}>
              <dt>{t.langNames[l]}</dt>
              <dd lang={l}>{Array.isArray(value) ? value.join(', ') || t.view.missing : value || t.view.missing}</dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <>
      <h4>{label}</h4>
      {/* Focusable so that a keyboard can scroll it. */}
      <pre class="json" tabIndex={0} aria-label={label}>
        {JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

/** A correction in full: every language, the evidence, its window, triggers and rules. */
export function CorrectionView({ correction: c, lang, t, actions }: CorrectionViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [c.id]);
  const v = t.view;
  const facts: Array<[string, string | undefined]> = [
    [v.id, c.id],
    [v.version, String(c.version)],
    [v.topic, c.topic],
    [v.verdict, t.verdict[c.verdict]],
    [v.source, t.sourceNames[c.source]],
    [v.feed, c.feedUrl],
    [v.priority, c.priority === undefined ? undefined : String(c.priority)],
    [v.reviewBy, c.reviewBy],
    [v.created, formatTime(c.createdAt, lang, '')],
    [v.updated, formatTime(c.updatedAt, lang, '')],
  ];
  const applies = !c.appliesFrom && !c.appliesUntil ? v.always : [c.appliesFrom && `${v.from} ${c.appliesFrom}`, c.appliesUntil && `${v.until} ${c.appliesUntil}`].filter(Boolean).join(' ');
  return (
    <section class="panel correction-view" aria-labelledby="view-heading" data-testid="correction-view" data-id={c.id}>
      <h3 id="view-heading" ref={heading} tabIndex={-1}>
        {v.heading(c.id)}
      </h3>
      <dl class="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {c.userEdited && <p class="hint">{v.userEdited}</p>}
      <ByLanguage title={v.claim} text={c.claim} t={t} />
      <ByLanguage title={v.summary} text={c.summary} t={t} />
      {c.details && <ByLanguage title={v.details} text={c.details} t={t} />}
      <h4>{v.evidence}</h4>
      <EvidenceList evidence={c.evidence} />
      <h4>{v.window}</h4>
      <p>{applies}</p>
      <ByLanguage title={v.triggers} text={c.triggers} t={t} />
      <Json label={v.rules} value={c.rules} />
      {c.chart && <Json label={v.chart} value={c.chart} />}
      <div class="form-actions">
        <button type="button" onClick={() => actions.edit(c.id)}>
          {t.list.edit}
        </button>
        <button type="button" class="secondary" onClick={() => actions.close()}>
          {t.common.close}
        </button>
      </div>
    </section>
  );
}
