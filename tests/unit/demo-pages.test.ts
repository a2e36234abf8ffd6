/**
 * The demo pages read by the command line (happy-dom in Node) show the topics each page
 * should, on the side it should: warning about a claim, or noting that the page corrects it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../lib/cli/check';
import { CorrectionIndex } from '../../lib/engine';
import { side } from '../../lib/quality/corpus';
import { loadSeeds } from '../support/seeds';

const index = new CorrectionIndex(loadSeeds());
const expected = JSON.parse(readFileSync('tests/pages/demo/expected.json', 'utf8')) as Record<string, Array<{ topic: string; stance: string }>>;

describe('demo pages', () => {
  it.each(Object.keys(expected))('%s', async (file) => {
    const line = await checkInput(`tests/pages/demo/${file}`, index, { today: '2026-11-25' });
    const got = Object.fromEntries((line.topics ?? []).map((t) => [t.topic, side(t.stance)]));
    const want = Object.fromEntries(expected[file].map((e) => [e.topic, side(e.stance)]));
    expect(got).toEqual(want);
  });
});
