import { shippedSeeds } from '../../lib/timeline/shipped';
import type { Correction } from '../../lib/schema/correction';

/** The shipped seed corrections, validated, with those the timeline's address moves yield. */
export function loadSeeds(): Correction[] {
  return shippedSeeds();
}

/** A minimal valid correction, for tests that need one of their own. */
export function makeCorrection(over: Partial<Correction> = {}): Correction {
  return {
    id: 'test-claim',
    version: 1,
    topic: 'chatgpt-traffic-decline',
    verdict: 'misread',
    claim: { en: 'Widgets are collapsing.' },
    summary: { en: 'They are not.' },
    evidence: [{ title: 'Widget report', publisher: 'Widget Times', url: 'https://example.org/widgets', date: '2024-08-01' }],
    triggers: { en: ['widget'] },
    rules: { all: [{ terms: ['collapsing', 'collapsed'] }, { terms: ['widget', 'widgets'] }] },
    source: 'user',
    createdAt: '2024-08-01T00:00:00.000Z',
    updatedAt: '2024-08-01T00:00:00.000Z',
    ...over,
  };
}
