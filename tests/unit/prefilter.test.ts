import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldString } from '../../lib/detect/fold';
import { buildPrefilter } from '../../lib/detect/prefilter';
import { compileTriggerIndex } from '../../lib/detect/triggerIndex';
import { loadSeeds } from '../support/seeds';

describe('prefilter', () => {
  it('finds every trigger in one pass, folding case, width and spaces', () => {
    const p = buildPrefilter(['chatgpt', 'goldman sachs', '流量', 'openai']);
    expect(p.scan('Ｃｈａｔ GPT nothing').sort()).toEqual([]);
    expect(p.scan('ＣｈａｔＧＰＴ and GOLDMAN    SACHS').sort()).toEqual([0, 1]);
    expect(p.scan('ChatGPT流量').sort()).toEqual([0, 2]);
    expect(p.scan('chat.openai.com')).toEqual([3]);
    expect(p.scan('')).toEqual([]);
  });

  it('handles overlapping and nested patterns', () => {
    const p = buildPrefilter(['he', 'she', 'his', 'hers']);
    expect(p.scan('ushers').sort()).toEqual([0, 1, 3]);
  });

  it('finds exactly what a naive search finds (the gate looks for tails of long triggers)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'A', 'Ｂ', '.', '-', '流', '量');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 60 }), (raw, text) => {
        const patterns = [...new Set(raw.map(foldString).filter(Boolean))];
        const p = buildPrefilter(patterns);
        const folded = foldString(text);
        const naive = patterns.flatMap((pat, i) => (folded.includes(pat) ? [i] : []));
        return JSON.stringify(p.scan(text).sort()) === JSON.stringify(naive.sort());
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same answers with and without the fast gate (many triggers turn it off)', () => {
    const many = Array.from({ length: 100 }, (_, i) => `word${i}`);
    const withGate = buildPrefilter(many.slice(0, 50));
    const withoutGate = buildPrefilter(many);
    const text = 'a WORD7 and ｗｏｒｄ42 here';
    expect(withGate.scan(text).sort()).toEqual(withoutGate.scan(text).filter((i) => i < 50).sort());
    expect(buildPrefilter(['a.b', 'x[y]z', 'q\\d']).scan('A．B, x[y]z, q\\d').sort()).toEqual([0, 1, 2]);
  });

  it('indexes every seed trigger in Simplified and Traditional spellings', () => {
    const index = compileTriggerIndex(loadSeeds());
    expect(index.patterns).toEqual(expect.arrayContaining(['chatgpt', 'sora', '高盛', 'openai']));
    const p = buildPrefilter(index.patterns);
    const keys = (t: string) => new Set(p.scan(t).map((i) => index.keys[i]));
    expect(keys('高盛報告')).toContain('高盛');
    expect(keys('OpenAI 的 Sora')).toEqual(new Set(['openai', 'sora']));
  });
});
