/**
 * The yardstick Footnote must beat: a plain keyword co-occurrence checker. A paragraph carries
 * a topic when it holds a word from each of the topic's lists; its stance is "debunks" when it
 * holds a correction word, "reports" when it holds an attribution word, else "asserts"; a page
 * debunks a topic when any of its paragraphs does, else takes its paragraphs' majority. Words
 * are matched with the engine's own normalization, so the comparison is about rules, not about
 * spelling.
 */
import { compileTerms, findTerms, type CompiledTerm } from '../match/terms';
import { normalizeText } from '../text/normalize';
import type { Expectation, PageItem } from './pages';

const CHATGPT = ['chatgpt', 'chat gpt', 'openai'];
const MEASURE = ['traffic', 'visits', 'visitors', 'users', 'usage', '流量', '访问', '访问量', '用户', '使用量', '造访'];
const FALL = ['fall', 'fell', 'falling', 'drop', 'dropped', 'decline', 'declined', 'declining', 'plunge', 'plunged', 'slump', 'collapse', 'shrink', 'down', '下滑', '下降', '下跌', '减少', '暴跌', '流失', '萎缩', '跌'];

const TOPICS: Record<string, string[][]> = {
  'chatgpt-traffic-decline': [CHATGPT, MEASURE, FALL],
  'traffic-chart': [CHATGPT, MEASURE, ['chart', 'graph', 'table', 'figure', '图', '图表', 'chat.openai.com']],
  'goldman-ai-bubble': [['goldman', '高盛'], ['bubble', 'too much spend', "won't pay off", '泡沫']],
  'sora-unreleased': [['sora'], ['unreleased', 'not released', 'not available', 'not yet', 'red team*', 'waitlist', 'no release date', '尚未', '未公开', '未开放', '还没', '仍未', '未发布']],
  'openai-loss': [['openai'], ['lose', 'loses', 'loss', 'losses', '亏损', '亏'], ['5 billion', '$5 billion', '5000000000']],
};
const DEBUNK = ['misread', 'wrong', 'error', 'mistake', 'not a bubble', 'actually', 'in fact', 'not true', 'misleading', '误读', '错误', '其实', '事实上', '误导', '并非', '不是'];
const REPORT = ['according to', 'said', 'says', 'reported', 'report', 'claims', 'argues', '据', '称', '表示', '认为', '报道', '指出'];

let compiled: { topics: [string, CompiledTerm[][]][]; debunk: CompiledTerm[]; report: CompiledTerm[] } | undefined;

function lists() {
  compiled ??= {
    topics: Object.entries(TOPICS).map(([t, groups]) => [t, groups.map((g) => compileTerms(g))]),
    debunk: compileTerms(DEBUNK),
    report: compileTerms(REPORT),
  };
  return compiled;
}

export function keywordBaseline(item: PageItem): Expectation[] {
  const { topics, debunk, report } = lists();
  const stances = new Map<string, string[]>();
  for (const text of [item.headline ?? '', ...item.blocks.map((b) => b.text)]) {
    const para = normalizeText(text);
    for (const [topic, groups] of topics) {
      if (!groups.every((g) => findTerms(para, g).length > 0)) continue;
      const stance = findTerms(para, debunk).length ? 'debunks' : findTerms(para, report).length ? 'reports' : 'asserts';
      stances.set(topic, [...(stances.get(topic) ?? []), stance]);
    }
  }
  return [...stances].map(([topic, list]) => {
    if (list.includes('debunks')) return { topic, stance: 'debunks' };
    const reports = list.filter((s) => s === 'reports').length;
    return { topic, stance: reports * 2 > list.length ? 'reports' : 'asserts' };
  });
}
