/**
 * The product timeline: its data holds up, address moves become corrections for any product, and
 * a traffic claim is judged against the timeline at the page's date, in the three languages.
 */
import { describe, expect, it } from 'vitest';
import seedPack from '../../seeds/corrections.json';
import timelinePack from '../../seeds/timeline.json';
import { findProducts, formatTimeline } from '../../lib/cli/timeline';
import { main } from '../../lib/cli/main';
import { CorrectionIndex, checkWithIndex } from '../../lib/engine';
import { CorrectionSchema } from '../../lib/schema/correction';
import { EVENT_KINDS, validateTimeline, type TimelinePack } from '../../lib/schema/timeline';
import { breakCorrections } from '../../lib/timeline/breaks';
import { shippedTimeline } from '../../lib/timeline/shipped';
import { eventDate, pagePlace, toTimelineView } from '../../lib/timeline/view';
import * as v from 'valibot';
import { loadSeeds } from '../support/seeds';

const pack = shippedTimeline();
const index = new CorrectionIndex(loadSeeds());
const TODAY = '2026-12-07';
const flagged = (text: string, published: string) =>
  [...new Set(checkWithIndex({ blocks: [{ text, kind: 'text' }], published }, index, TODAY).map((f) => `${f.topic}:${f.correctionId}`))];
const clone = (): TimelinePack => JSON.parse(JSON.stringify(timelinePack));

describe('the shipped timeline', () => {
  it('validates, dates every event with dated evidence, and covers every kind of event', () => {
    expect(validateTimeline(timelinePack).ok).toBe(true);
    for (const p of pack.products) for (const e of p.events) expect(e.evidence.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.date))).toBe(true);
    const kinds = new Set(pack.products.flatMap((p) => p.events.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual([...EVENT_KINDS].sort());
  });

  it('holds at least six products besides ChatGPT, with address moves for at least six', () => {
    const others = pack.products.filter((p) => p.id !== 'chatgpt');
    expect(others.length).toBeGreaterThanOrEqual(6);
    expect(others.filter((p) => p.events.some((e) => e.kind === 'move')).length).toBeGreaterThanOrEqual(6);
  });

  it('knows Sora was shut on 2026-04-26, and every review date is after the review', () => {
    const sora = pack.products.find((p) => p.id === 'sora')!;
    expect(sora.events.filter((e) => e.kind === 'shutdown' && !e.status).map((e) => e.date)).toContain('2026-04-26');
    for (const p of pack.products) expect(p.reviewBy > pack.reviewed).toBe(true);
  });

  it('names only corrections that exist as the written corrections of a move', () => {
    const ids = new Set(seedPack.corrections.map((c) => c.id));
    const named = pack.products.flatMap((p) => p.events.flatMap((e) => e.writtenCorrections ?? []));
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(ids.has(id), id).toBe(true);
  });
});

describe('a bad timeline gets a clear error', () => {
  it.each([
    ['a move without its new address', (t: TimelinePack) => delete t.products[1].events.find((e) => e.kind === 'move')!.to, 'a move needs "from" and "to" addresses'],
    ['events out of date order', (t: TimelinePack) => t.products[1].events.reverse(), 'events must be in date order'],
    ['two products with one id', (t: TimelinePack) => t.products.push(t.products[0]), 'product ids must be unique'],
    ['a date that is not a date', (t: TimelinePack) => (t.products[0].events[0].date = '2024-13-45'), 'is not a real date'],
    ['an event without evidence', (t: TimelinePack) => (t.products[0].events[0].evidence = []), 'needs at least one piece of evidence'],
    ['an unknown kind of event', (t: TimelinePack) => ((t.products[0].events[0] as { kind: string }).kind = 'merger'), 'must be one of'],
  ])('%s', (_, spoil, message) => {
    const t = clone();
    spoil(t);
    const r = validateTimeline(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe('address moves → corrections', () => {
  const breaks = breakCorrections(pack);

  it('one valid correction per address left, from the day it was left, stable ids, none where corrections are written', () => {
    for (const c of breaks) expect(v.safeParse(CorrectionSchema, c).success, c.id).toBe(true);
    expect(new Set(breaks.map((c) => c.id)).size).toBe(breaks.length);
    const byId = Object.fromEntries(breaks.map((c) => [c.id, c]));
    expect(byId['break-gemini-bard.google.com']).toMatchObject({ product: 'gemini', appliesFrom: '2024-02-08', topic: 'measurement-break' });
    expect(byId['break-character-ai-beta.character.ai']).toMatchObject({ appliesFrom: '2024-05-01' }); // two moves from one address: one correction
    expect(breaks.some((c) => c.product === 'chatgpt')).toBe(false);
    expect(breaks.map((c) => c.product).filter((p, i, a) => a.indexOf(p) === i).length).toBeGreaterThanOrEqual(6);
  });

  it('writes its texts from the pack in the three languages, a month-dated move as its month', () => {
    const suno = breaks.find((c) => c.product === 'suno')!;
    expect(suno.summary.en).toContain('suno.ai');
    expect(suno.summary.en).toContain('2024-04');
    expect(suno.summary.en).not.toContain('2024-04-01');
    expect(suno.summary['zh-Hans']).toContain('旧网址');
    expect(suno.summary['zh-Hant']).toContain('舊網址');
    expect(suno.summary.en).toContain('sends visitors to the new one');
  });
});

describe('traffic on an address a product had left, judged at the page date', () => {
  it.each([
    ['en', 'Visits to heypi.com dropped 40% in September, Similarweb figures show.', '2023-10-10', 'break-pi-heypi.com'],
    ['zh-Hant', '據 Similarweb 數據，heypi.com 的造訪量在九月暴跌四成。', '2023-10-10', 'break-pi-heypi.com'],
    ['en', 'Traffic to beta.character.ai plunged 60% in October, according to Similarweb.', '2024-11-02', 'break-character-ai-beta.character.ai'],
    ['zh-Hans', 'Similarweb 数据显示，makersuite.google.com 的访问量 6 月下滑 80%。', '2024-07-01', 'break-google-ai-studio-makersuite.google.com'],
    ['zh-Hant', 'MakerSuite 的流量在六月下降七成，開發者似乎興趣缺缺。', '2024-07-01', 'break-google-ai-studio-makersuite.google.com'],
    ['en', "Bing Chat's traffic dropped sharply in January, data from Similarweb show.", '2024-02-10', 'break-copilot-bing.com-chat'],
    ['en', 'Visits to suno.ai fell 70% in June, a sign the AI music craze is fading.', '2024-07-15', 'break-suno-suno.ai'],
    ['zh-Hans', 'suno.ai 的访问量在六月下滑七成，AI 音乐热潮似乎退烧。', '2024-07-15', 'break-suno-suno.ai'],
    ['zh-Hans', 'tongyi.aliyun.com 的访问量五月暴跌，通义千问用户流失。', '2025-06-01', 'break-qwen-tongyi.aliyun.com'],
    ['zh-Hant', 'qianwen.aliyun.com 的流量一月銳減，通義千問人氣不再。', '2024-02-01', 'break-qwen-qianwen.aliyun.com'],
    ['zh-Hans', 'Bard 的访问量三月下降了一半。', '2024-04-01', 'break-gemini-bard.google.com'],
  ])('%s: %s', (_, text, published, id) => {
    expect(flagged(text, published)).toEqual([`measurement-break:${id}`]);
  });

  it.each([
    ['the move without a traffic claim', 'Suno moved from suno.ai to suno.com in April.', '2024-07-15'],
    ['figures for the new address', 'Visits to suno.com fell 10% in June, Similarweb says.', '2024-07-15'],
    ['a decline before the move', 'Visits to suno.ai fell 20% in January, Similarweb says.', '2024-02-10'],
    ['a product that never moved', "Claude's traffic fell 15% in March, Similarweb says.", '2024-04-01'],
    ['the product named, not its old address', "Pi's traffic fell 30% in September, Similarweb says.", '2024-10-01'],
    ['Chinese: the new address', 'qianwen.com 的访问量十二月下滑一成。', '2026-01-05'],
  ])('not flagged: %s', (_, text, published) => {
    expect(flagged(text, published)).toEqual([]);
  });

  it('a chart of the old address after the move is flagged without a decline word; before the move, or of the new address, it is not', () => {
    const chart = (text: string, published: string) => [...new Set(checkWithIndex({ blocks: [{ text, kind: 'chart' }], published }, index, TODAY).map((f) => f.correctionId))];
    expect(chart('Monthly visits to heypi.com, September 2023 to February 2024. Source: Similarweb', '2024-03-01')).toEqual(['break-pi-heypi.com']);
    expect(chart('makersuite.google.com 每月访问量（2024 年 1 月至 6 月）', '2024-07-01')).toEqual(['break-google-ai-studio-makersuite.google.com']);
    expect(chart('Monthly visits to heypi.com, January to May 2023. Source: Similarweb', '2023-06-01')).toEqual([]);
    expect(chart('Monthly visits to pi.ai, 2024. Source: Similarweb', '2024-06-01')).toEqual([]);
  });

  it('a page that explains the move corrects it', () => {
    const flags = checkWithIndex({ blocks: [{ text: 'Visits to suno.ai fell in June because Suno moved to suno.com and the old domain redirects there.', kind: 'text' }], published: '2024-07-15' }, index, TODAY);
    expect(flags).toHaveLength(1);
    expect(flags[0].stance).toBe('debunks');
  });
});

describe('"Sora is not available" judged at the page date, against each event of its timeline', () => {
  const verdicts = (text: string, published: string) => checkWithIndex({ blocks: [{ text, kind: 'text' }], published }, index, TODAY).map((f) => f.verdict);
  it.each([
    ['en', 'Sora is not available to the public anymore.'],
    ['zh-Hans', 'Sora 仍未向公众开放。'],
    ['zh-Hant', 'Sora 至今仍未對外開放。'],
  ])('%s: stale before the launch, false after it and until the shutdown, nothing after the shutdown', (_, text) => {
    expect(verdicts(text, '2024-09-01')).toEqual(['stale']);
    expect(verdicts(text, '2024-12-10')).toEqual(['false']);
    expect(verdicts(text, '2026-04-10')).toEqual(['false']); // announced, not yet shut
    expect(verdicts(text, '2026-04-26')).toEqual([]);
    expect(verdicts(text, '2026-12-01')).toEqual([]);
  });
});

describe('the timeline on a flag', () => {
  it('carries the product\'s events and places the page among them', () => {
    const gemini = toTimelineView(pack.products.find((p) => p.id === 'gemini')!);
    expect(gemini.events.map((e) => e.date)).toEqual([...gemini.events.map((e) => e.date)].sort());
    expect(pagePlace(gemini, '2024-03-05')).toBe(gemini.events.filter((e) => e.date <= '2024-03-05').length);
    expect(pagePlace(gemini, '2020-01-01')).toBe(0);
  });

  it('writes approximate dates as what is known', () => {
    const words = { by: 'by', about: 'about' };
    expect(eventDate({ date: '2024-04-01', approx: 'month' }, words)).toBe('2024-04');
    expect(eventDate({ date: '2023-07-01', approx: 'no-later-than' }, words)).toBe('by 2023-07');
    expect(eventDate({ date: '2024-05-03' }, words)).toBe('2024-05-03');
  });
});

describe('footnote timeline', () => {
  it('finds a product by id, name, former name or address', () => {
    expect(findProducts(pack, 'bard').map((p) => p.id)).toEqual(['gemini']);
    expect(findProducts(pack, 'heypi.com').map((p) => p.id)).toEqual(['pi']);
    expect(findProducts(pack).length).toBe(pack.products.length);
    const text = formatTimeline(pack, findProducts(pack, 'suno'));
    expect(text).toContain('suno.ai');
    expect(text).toContain('is flagged (measurement-break)');
  });

  it('exits 1 with the known products for an unknown one, and for a bad --format', async () => {
    expect(await main(['timeline', 'no-such-product'])).toBe(1);
    expect(await main(['timeline', '--format', 'xml'])).toBe(1);
    expect(await main(['timeline', 'sora', '--format', 'json'])).toBe(0);
  });
});
