/**
 * Extraction against a saved fixture page with its expected blocks (HTML baseline), run in
 * happy-dom: reading order, hidden and non-article text skipped, chart descriptions read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../lib/page/extract';
import { headlineOf, parseDate, publishedDate } from '../../lib/page/meta';
import { rangeEnds, rangeFor } from '../../lib/page/ranges';

function load(name: string): Document {
  const html = readFileSync(`tests/pages/fixtures/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('extraction', () => {
  const doc = load('extract.html');
  const expected = JSON.parse(readFileSync('tests/pages/fixtures/extract.expected.json', 'utf8'));

  it('reads the visible article text and the text of its charts, in order, and nothing else', () => {
    const blocks = extractBlocks(doc.body).map((b) => ({ kind: b.kind, text: squash(b.text) }));
    expect(blocks).toEqual(expected.blocks);
  });

  it('finds the headline and the publication date', () => {
    expect(headlineOf(doc)).toBe(expected.headline);
    expect(publishedDate(doc)).toBe(expected.published);
  });

  it('reads the text inside open shadow roots', () => {
    const host = doc.createElement('div');
    doc.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = 'Inside a shadow root: Sora is still not available.';
    shadow.appendChild(p);
    expect(extractBlocks(doc.body).map((b) => squash(b.text))).toContain('Inside a shadow root: Sora is still not available.');
    host.remove();
  });

  it('maps offsets in a block back to a range over the original text nodes', () => {
    const block = extractBlocks(doc.body).find((b) => b.text.startsWith('First paragraph'))!;
    const start = block.text.indexOf('a link');
    const ends = rangeEnds(block, start, block.text.indexOf('inside') + 'inside'.length)!;
    expect([ends.startNode.data, ends.startOffset]).toEqual(['a link', 0]);
    expect([ends.endNode.data, ends.endOffset]).toEqual([' inside.', 7]);
    expect(rangeFor({ ...block, parts: [] }, 0, 4)).toBeUndefined();
  });
});

describe('dates as publishers write them', () => {
  it.each([
    ['2024-08-05T10:00:00Z', '2024-08-05'],
    ['2024/8/5', '2024-08-05'],
    ['2024年8月5日 10:00', '2024-08-05'],
    ['August 5, 2024', '2024-08-05'],
    ['20240805', '2024-08-05'],
    ['yesterday', null],
  ])('%s', (raw, iso) => expect(parseDate(raw)).toBe(iso));

  it('falls back from meta tags to JSON-LD to <time>', () => {
    const doc = new DOMParser().parseFromString('<html><body><article><header><time datetime="2023-07-15">July</time></header></article></body></html>', 'text/html');
    expect(publishedDate(doc)).toBe('2023-07-15');
    const meta = new DOMParser().parseFromString('<html><head><meta property="article:published_time" content="2024-09-02"></head><body><time datetime="2020-01-01"></time></body></html>', 'text/html');
    expect(publishedDate(meta)).toBe('2024-09-02');
  });
});
