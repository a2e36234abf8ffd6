import { useEffect, useRef } from 'preact/hooks';
import type { CardStrings } from '../lib/i18n/cardStrings';
import type { FlagView } from '../lib/report';
import type { Lang } from '../lib/schema/correction';
import { FlagDetails, Quote } from './FlagDetails';
import { VerdictChip } from './VerdictChip';

export interface MarkerData {
  key: string;
  n: number;
  top: number;
  left: number;
  warning: boolean;
}

export interface OpenCard {
  /** The key of the marker that opened it. */
  key: string;
  /** Every flag on that passage (one per topic it carries). */
  flags: FlagView[];
  top: number;
  left: number;
  width: number;
}

export interface PageOverlayProps {
  markers: MarkerData[];
  open: OpenCard | null;
  lang: Lang;
  t: CardStrings;
  actions: { open(key: string): void; close(): void };
}

/** Footnote markers beside flagged passages, and the card one of them opened. */
export function PageOverlay({ markers, open, lang, t, actions }: PageOverlayProps) {
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) card.current?.focus();
  }, [open?.key]);
  return (
    <div class="overlay" lang={lang}>
      {markers.map((m) => (
        <button
          key={m.key}
          type="button"
          class={`marker ${m.warning ? 'marker-warning' : 'marker-corrected'}`}
          style={{ top: `${m.top}px`, left: `${m.left}px` }}
          aria-label={`${t.footnoteFor} ${m.n}`}
          aria-expanded={open?.key === m.key}
          data-key={m.key}
          onClick={() => (open?.key === m.key ? actions.close() : actions.open(m.key))}
        >
          {m.n}
        </button>
      ))}
      {open && (
        <div
          ref={card}
          class="card"
          role="dialog"
          aria-label={t.footnoteFor}
          tabIndex={-1}
          style={{ top: `${open.top}px`, left: `${open.left}px`, width: `${open.width}px` }}
          data-key={open.key}
        >
          <button type="button" class="close" aria-label={t.close} onClick={() => actions.close()}>
            ×
          </button>
          <Quote quote={open.flags[0].quote} t={t} />
          {open.flags.map((flag) => (
            <section class="card-flag" key={flag.key}>
              <VerdictChip verdict={flag.verdict} stance={flag.pageStance ?? flag.stance} t={t} />
              <FlagDetails flag={flag} lang={lang} t={t} />
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
