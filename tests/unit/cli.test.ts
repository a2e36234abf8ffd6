import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main';
import { MAX_INPUT_BYTES } from '../../lib/cli/inputs';
import { makeCorrection } from '../support/seeds';

let stdout: string[];
let dir: string;
beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (stdout.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  dir = mkdtempSync(join(tmpdir(), 'footnote-cli-'));
});
afterEach(() => vi.restoreAllMocks());

const lines = () => stdout.join('').trim().split('\n').map((l) => JSON.parse(l));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('footnote check', () => {
  it('applies the products of a --store pack: their address moves are checked, as in the extension', async () => {
    const product = {
      id: 'widgetbot',
      version: 1,
      name: { en: 'WidgetBot' },
      reviewBy: '2027-06-01',
      events: [{ id: 'moved', kind: 'move', date: '2025-03-01', from: 'chat.widgetbot.example', to: 'widgetbot.example', text: { en: 'Moved.' }, evidence: [{ title: 'We moved', publisher: 'WidgetBot', url: 'https://widgetbot.example/moved', date: '2025-03-01' }] }],
    };
    const store = file('pack.json', JSON.stringify({ format: 'footnote-corrections', corrections: [], products: [product] }));
    const page = file('p.txt', 'Published: 2025-06-01\n\nVisits to chat.widgetbot.example fell by half in May, Similarweb says.');
    expect(await main(['check', '--format', 'json', '--store', store, page])).toBe(0);
    expect(lines()[0].flags.map((f: { correctionId: string }) => f.correctionId)).toEqual(['break-widgetbot-chat.widgetbot.example']);
  });

  it('prints one JSON object per input with lang, date and explained flags', async () => {
    const html = file('a.html', '<html lang="zh-Hant"><head><meta property="article:published_time" content="2024-08-10T08:00:00Z"></head><body><h1>高盛圖表：ChatGPT 流量直線下降</h1><p>高盛報告中的圖表顯示，ChatGPT 的網站流量近幾個月直線下降。</p></body></html>');
    expect(await main(['check', '--format', 'json', '--today', '2026-11-25', html, 'tests/fixtures/claim.txt'])).toBe(0);
    const [a, b] = lines();
    expect(a).toMatchObject({ input: html, lang: 'zh-Hant', published: '2024-08-10' });
    expect(a.flags.map((f: { topic: string }) => f.topic)).toEqual(expect.arrayContaining(['chatgpt-traffic-decline', 'traffic-chart']));
    expect(a.flags[0]).toEqual(expect.objectContaining({ correctionId: expect.any(String), verdict: expect.any(String), stance: expect.any(String), quote: expect.any(String), reason: expect.any(String) }));
    expect(b).toMatchObject({ input: 'tests/fixtures/claim.txt', lang: 'en', published: '2024-08-05' });
    expect(b.flags[0]).toMatchObject({ topic: 'chatgpt-traffic-decline', verdict: 'misread' });
  });

  it('reports each unreadable input and still checks the others, exiting 1 at the end', async () => {
    const empty = file('empty.txt', '');
    const binary = file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const big = file('big.txt', 'a'.repeat(MAX_INPUT_BYTES + 1));
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('gone', { status: 404 }));
    const code = await main(['check', '--format', 'json', join(dir, 'missing.html'), empty, binary, big, 'http://127.0.0.1:9/x', 'tests/fixtures/claim.txt']);
    fetchMock.mockRestore();
    expect(code).toBe(1);
    const out = lines();
    expect(out.map((l) => l.error ?? 'ok')).toEqual(['no such file', 'empty input', 'binary input (not text)', expect.stringMatching(/limit is 5 MB/), expect.stringMatching(/HTTP 404/), 'ok']);
    expect(out[5].flags.length).toBeGreaterThan(0);
  });

  it('refuses wrong usage with exit code 2, a malformed option value with exit code 1 naming it', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    expect(await main(['check'])).toBe(2);
    expect(await main(['frobnicate'])).toBe(2);
    expect(await main(['check', '--format', 'xml', 'x'])).toBe(1);
    expect(await main(['convert', '--to', 'nope', 'seeds/corrections.json'])).toBe(1);
    expect(errors.join('')).toContain('--format: "xml" is not json or table');
    expect(errors.join('')).toContain('--to: "nope" is not claimreview or footnote');
  });

  it('refuses a malformed date with an error that names the option, exit 1, and checks nothing', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    expect(await main(['check', '--published', '2024-13-45', 'tests/fixtures/claim.txt'])).toBe(1);
    expect(await main(['check', '--today', 'yesterday', 'tests/fixtures/claim.txt'])).toBe(1);
    expect(errors.join('')).toContain('--published: "2024-13-45" is not a date written YYYY-MM-DD');
    expect(errors.join('')).toContain('--today: "yesterday" is not a date written YYYY-MM-DD');
    expect(stdout.join('')).toBe('');
  });
});

describe('footnote validate, convert, keygen, sign, verify', () => {
  const pack = (corrections: unknown[]) => JSON.stringify({ format: 'footnote-corrections', corrections });
  it('validate lists each bad record with index, field and reason, and exits 1', async () => {
    const bad = file('bad.json', pack([makeCorrection({ id: 'good-one' }), { ...makeCorrection({ id: 'bad-one' }), verdict: 'maybe' }]));
    expect(await main(['validate', bad])).toBe(1);
    expect(stdout.join('')).toContain('record 1 (bad-one): verdict: must be one of');
    stdout.length = 0;
    expect(await main(['validate', 'seeds/corrections.json'])).toBe(0);
  });

  it('convert turns a pack into ClaimReview and back', async () => {
    const src = file('pack.json', pack([makeCorrection({ id: 'conv-one' })]));
    expect(await main(['convert', '--to', 'claimreview', src])).toBe(0);
    const feed = JSON.parse(stdout.join(''));
    expect(feed.dataFeedElement[0].item[0]).toMatchObject({ '@type': 'ClaimReview', identifier: 'conv-one' });
    stdout.length = 0;
    expect(await main(['convert', '--to', 'footnote', file('cr.json', JSON.stringify(feed))])).toBe(0);
    expect(JSON.parse(stdout.join('')).corrections[0].id).toBe('conv-one');
  });

  it('keygen, sign and verify: a valid signature passes, a tampered pack fails', async () => {
    const key = join(dir, 'key.pem');
    expect(await main(['keygen', '--out', key])).toBe(0);
    const publicKey = stdout.join('').match(/public key[^:]*: (\S+)/)![1];
    const src = file('pack.json', pack([makeCorrection({ id: 'signed-one' })]));
    const signed = join(dir, 'signed.json');
    expect(await main(['sign', '--key', key, src, '--out', signed])).toBe(0);
    expect(await main(['verify', '--key', publicKey, signed])).toBe(0);
    const envelope = JSON.parse(readFileSync(signed, 'utf8'));
    envelope.payload = envelope.payload.replace('They are not.', 'They are.');
    const tampered = file('tampered.json', JSON.stringify(envelope));
    expect(await main(['verify', '--key', publicKey, tampered])).toBe(1);
  });

  it('a malformed key is a clear error naming --key, exit 1, with no stack trace and nothing written', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    const key = join(dir, 'key.pem');
    expect(await main(['keygen', '--out', key])).toBe(0);
    const src = file('pack.json', pack([makeCorrection({ id: 'signed-two' })]));
    const signed = join(dir, 'signed2.json');
    expect(await main(['sign', '--key', key, src, '--out', signed])).toBe(0);
    expect(await main(['verify', '--key', 'not-a-key', signed])).toBe(1);
    expect(await main(['verify', '--key', 'QUJD', signed])).toBe(1);
    expect(await main(['sign', '--key', src, src, '--out', join(dir, 'never.json')])).toBe(1);
    const text = errors.join('');
    expect(text).toContain('footnote: --key: the public key is not valid base64');
    expect(text).toContain('footnote: --key: a public key is 32 bytes, written in base64 (44 characters)');
    expect(text).toContain('footnote: --key: not an Ed25519 private key in PEM (PKCS #8)');
    expect(text).not.toMatch(/\bat \w+ \(/);
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
  });
});
