import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../lib/text/normalize';
import { normalizeNumbers, parseChineseInteger } from '../../lib/text/numbers';
import { scriptVariants, toSimplified } from '../../lib/text/chinese';
import { foldString } from '../../lib/detect/fold';
import { detectLang } from '../../lib/text/lang';
import { splitSentences } from '../../lib/text/segment';

describe('normalizeText', () => {
  it.each([
    ['ＣｈａｔＧＰＴ 流量', 'chatgpt流量'],
    ['ChatGPT流量', 'chatgpt流量'],
    ['高盛說 AI 是泡沫', '高盛说ai是泡沫'],
    ['視頻 用戶 數據', '视频用户数据'],
    ['chat dot openai dot com', 'chat.openai.com'],
    ['chat.openai .com', 'chat.openai.com'],
    ['chat.openai. com', 'chat.openai.com'],
    ['chat[.]openai[.]com', 'chat.openai.com'],
    ['chat。openai。com 的流量', 'chat.openai.com的流量'],
    ['66.2 % growth', '66.2% growth'],
    ['增長百分之六十六點二', '增长66.2%'],
    ['loses $5B a year', 'loses $5000000000 a year'],
    ['lose five billion dollars', 'lose 5000000000 dollars'],
    ['5 bn', '5000000000'],
    ['虧損 50 億美元', '亏损5000000000美元'],
    ['五十亿美元', '5000000000美元'],
    ['200 million weekly users', '200000000 weekly users'],
    ['1,000,000 visits', '1000000 visits'],
    ['  many\n\tspaces  ', 'many spaces'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)), { numRuns: 300 });
  });

  it('agrees with the page-side fold on plain ASCII letters and spaces', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z ]{0,40}$/), (s) => foldString(s) === normalizeText(s)),
      { numRuns: 300 },
    );
  });

  it('leaves unrelated one-character numerals alone', () => {
    expect(normalizeNumbers('一些人')).toBe('一些人');
    expect(parseChineseInteger('两千三百万')).toBe(23000000);
  });
});

describe('Chinese scripts', () => {
  it('maps Traditional and Hong Kong forms to Simplified, character by character', () => {
    expect(toSimplified('訪問量下滑，軟體')).toBe('访问量下滑，软体');
    expect(toSimplified('投影片')).toBe('投影片');
    expect(toSimplified('簡報圖')).toBe(toSimplified('简报图'));
  });
  it('lists Traditional spellings of a Simplified trigger', () => {
    expect(scriptVariants('访问量')).toEqual(expect.arrayContaining(['访问量', '訪問量']));
    expect(scriptVariants('高盛')).toEqual(['高盛']);
  });
});

describe('language and sentences', () => {
  it('tells the three languages apart', () => {
    expect(detectLang('Goldman says ChatGPT traffic fell')).toBe('en');
    expect(detectLang('高盛報告誤讀了 ChatGPT 的流量數據')).toBe('zh-Hant');
    expect(detectLang('高盛报告误读了 ChatGPT 的流量数据')).toBe('zh-Hans');
  });
  it('splits Chinese and English sentences with their offsets', () => {
    const text = '高盛的報告誤讀了流量。ChatGPT 流量下降！It fell 30% in June. Next';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['高盛的報告誤讀了流量。', 'ChatGPT 流量下降！', 'It fell 30% in June.', 'Next']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('keeps a domain written with Chinese full stops in one sentence', () => {
    expect(splitSentences('统计的是 chat。openai。com 的访问量。下一句').map((x) => x.text)).toEqual(['统计的是 chat。openai。com 的访问量。', '下一句']);
  });
});
