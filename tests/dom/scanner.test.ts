/** The page-side scan: slices, candidates, context paragraphs under a triggering headline. */
import { describe, expect, it, vi } from 'vitest';
import { buildPrefilter } from '../../lib/detect/prefilter';
import { MAX_CONTEXT_BLOCKS, Scanner } from '../../lib/page/scanner';

function page(paragraphs: string[]): HTMLElement {
  const main = document.createElement('main');
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    main.append(p);
  }
  return main;
}

const scanner = (over: Partial<ConstructorParameters<typeof Scanner>[0]> = {}) =>
  new Scanner({ prefilter: buildPrefilter(['chatgpt', 'sora']), keyOf: ['chatgpt', 'sora'], idle: async () => undefined, ...over });

describe('scanner', () => {
  it('sends only paragraphs with a trigger, with the keys found', async () => {
    const found = await scanner().scan([page(['Markets were calm.', 'ChatGPT traffic fell.', 'Nothing here.'])]);
    expect(found.map((b) => [b.text, b.keys])).toEqual([['ChatGPT traffic fell.', ['chatgpt']]]);
  });

  it('a page with no trigger yields nothing', async () => {
    expect(await scanner().scan([page(Array.from({ length: 50 }, (_, i) => `Paragraph ${i} about bonds.`))])).toEqual([]);
  });

  it('under a headline with a trigger, paragraphs without one come too, up to a cap', async () => {
    const body = page(['The company said its losses were about $5 billion.', 'Sora was shown in February.']);
    const found = await scanner().scan([body], true);
    expect(found.map((b) => b.keys)).toEqual([[], ['sora']]);
    const long = await scanner().scan([page(Array.from({ length: MAX_CONTEXT_BLOCKS + 20 }, (_, i) => `Paragraph ${i}.`))], true);
    expect(long).toHaveLength(MAX_CONTEXT_BLOCKS);
  });

  it('works in slices and yields between them', async () => {
    let clock = 0;
    const idle = vi.fn(async () => undefined);
    const s = scanner({ idle, sliceMs: 4, now: () => (clock += 1) });
    await s.scan([page(Array.from({ length: 200 }, (_, i) => (i % 50 === 0 ? 'ChatGPT traffic fell.' : `Paragraph ${i}.`)))]);
    expect(s.stats.slices).toBeGreaterThan(10);
    expect(idle).toHaveBeenCalledTimes(s.stats.slices - 1);
    expect(s.stats.candidates).toBe(4);
  });

  it('skips blocks the page hides', async () => {
    const found = await scanner({ isVisible: (el) => !el.classList.contains('gone') }).scan([
      (() => {
        const main = page(['ChatGPT traffic fell.']);
        const hidden = document.createElement('p');
        hidden.className = 'gone';
        hidden.textContent = 'Sora is unreleased.';
        main.append(hidden);
        return main;
      })(),
    ]);
    expect(found.map((b) => b.keys)).toEqual([['chatgpt']]);
  });
});
