/** Reading a chart embed's frame: what describes the chart, in order, once, and nothing else. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameKey, readChart } from '../../lib/page/chartFrame';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('reading a chart embed', () => {
  it('reads its title, intro, notes, source and the data labels drawn after load', () => {
    const doc = parse(readFileSync('tests/pages/charts/datawrapper-frame.html', 'utf8'));
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (const m of ['Jan', 'Feb', 'Mar']) {
      const t = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
      t.textContent = m;
      svg.append(t);
    }
    doc.getElementById('chart')!.append(svg);
    const text = readChart(doc);
    expect(text).toContain("ChatGPT's monthly visits have fallen since May");
    expect(text).toContain('Monthly visits to chat.openai.com, January to August 2024');
    expect(text).toContain('Source: Similarweb');
    expect(text).toContain('Jan. Feb. Mar');
    expect(text.match(/Source: Similarweb/g)).toHaveLength(1); // the footer and its source line once
  });

  it('reads nothing from a frame with no describing text, and caps a huge one', () => {
    expect(readChart(parse('<html><body><div>   </div></body></html>'))).toBe('');
    const huge = parse(`<html><body><table>${'<tr><td>cell value</td></tr>'.repeat(10)}${Array.from({ length: 2000 }, (_, i) => `<tr><td>row ${i}</td></tr>`).join('')}</table></body></html>`);
    expect(readChart(huge).length).toBeLessThanOrEqual(4000);
  });

  it('matches an embed by host and path, whatever its query', () => {
    expect(frameKey('https://datawrapper.dwcdn.net/abc12/1/?v=2#x')).toBe('datawrapper.dwcdn.net/abc12/1');
    expect(frameKey('not a url')).toBe('');
  });
});
