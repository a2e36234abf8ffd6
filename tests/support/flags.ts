import { withPageStances, type FlagView, type TabReport } from '../../lib/report';

export function makeFlag(over: Partial<FlagView> = {}): FlagView {
  return {
    key: 'chatgpt-traffic-misread-2024:abc',
    correctionId: 'chatgpt-traffic-misread-2024',
    topic: 'chatgpt-traffic-decline',
    verdict: 'misread',
    stance: 'asserts',
    quote: 'ChatGPT traffic collapsed, a Goldman chart shows.',
    block: 0,
    start: 0,
    end: 48,
    reason: { matched: [['collapsed'], ['traffic'], ['chatgpt']], rule: 'rules.all', stanceCues: [], date: '2024-08-05', dateBasis: 'published' },
    claim: { en: 'ChatGPT traffic is collapsing.', 'zh-Hans': 'ChatGPT 流量崩跌。' },
    summary: { en: 'The drop measured the old address.', 'zh-Hant': '下跌的是舊網址。', 'zh-Hans': '下跌的是旧网址。' },
    evidence: [{ title: 'chatgpt.com traffic', publisher: 'Similarweb', url: 'https://www.similarweb.com/website/chatgpt.com/', date: '2024-08-01' }],
    appliesFrom: '2024-05-01',
    source: 'seed',
    ...over,
  };
}

export function makeReport(flags: FlagView[], over: Partial<TabReport> = {}): TabReport {
  const decided = withPageStances(flags);
  return { url: 'https://news.example/a', site: 'news.example', title: 'A', published: '2024-08-05', lang: 'en', ...decided, hidden: [], updatedAt: '2024-08-05T00:00:00Z', ...over };
}
