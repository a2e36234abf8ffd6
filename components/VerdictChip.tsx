import type { CardStrings } from '../lib/i18n/cardStrings';
import type { Stance } from '../lib/match/stance';
import type { Verdict } from '../lib/schema/correction';

export interface VerdictChipProps {
  verdict: Verdict;
  stance: Stance;
  t: CardStrings;
}

/** The verdict in words (never colour alone); a debunking page gets a reassuring chip instead, context a neutral one. */
export function VerdictChip({ verdict, stance, t }: VerdictChipProps) {
  const debunks = stance === 'debunks';
  return (
    <span class={`chip ${debunks ? 'chip-corrected' : `chip-${verdict}`}`} data-verdict={debunks ? 'corrected' : verdict}>
      <span aria-hidden="true">{debunks ? '✓ ' : verdict === 'context' ? 'ⓘ ' : '! '}</span>
      {debunks ? t.debunked : t.verdict[verdict]}
    </span>
  );
}
