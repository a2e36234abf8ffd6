/**
 * The demo pages read by the command line (happy-dom in Node) show the topics each page
 * should, on the side it should: warning about a claim, or noting that the page corrects it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../lib/cli/check';
import { CorrectionIndex } from '../../lib/engine';
import { loadSeeds } from '../support/seeds';

const index = new CorrectionIndex(loadSeeds());
const expected = JSON.parse(readFileSync('tests/pages/demo/expected.json', 'utf8')) as Record<string, Array<{ topic: string; stance: string }>>;
const side = (stance: string) => (stance === 'debunks' ? 'corrects' : 'warns');

describe('demo pages', () => {
  it.each(Object.keys(expected))('%s', async (file) => {
    const line = await checkInput(`tests/pages/demo/${file}`, index, { today: '2026-11-25' });
    const byTopic = new Map<string, string[]>();
    for (const f of line.flags ?? []) byTopic.set(f.topic, [...(byTopic.get(f.topic) ?? []), side(f.stance)]);
    const got = Object.fromEntries([...byTopic].map(([topic, sides]) => [topic, sides.filter((s) => s === 'corrects').length * 2 > sides.length ? 'corrects' : 'warns']));
    const want = Object.fromEntries(expected[file].map((e) => [e.topic, side(e.stance)]));
    expect(got).toEqual(want);
  });
});
