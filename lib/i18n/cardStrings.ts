/**
 * The strings the in-page card needs, in the three languages: the only interface text the
 * content script carries (the popup and options pages add theirs in strings.ts).
 */
import type { Lang, Verdict } from '../schema/correction';

const en = {
  appName: 'Footnote',
  verdict: { misread: 'Misread', stale: 'Out of date', 'missing-context': 'Missing context', false: 'False', context: 'Context', disputed: 'Disputed' } as Record<Verdict, string>,
  debunked: 'This page already corrects it',
  onThisPage: 'On this page',
  whatsWrong: "What's wrong",
  evidence: 'Evidence',
  applies: 'Applies',
  appliesFrom: 'from',
  appliesUntil: 'until',
  always: 'to pages of any date',
  moreDetails: 'More about it',
  close: 'Close',
  footnoteFor: 'Footnote: a correction for this passage',
  ratedBy: (rating: string, by: string) => `Rated “${rating}” by ${by} (their words)`,
  timeline: (product: string) => `${product}: what happened when`,
  thisPage: 'This page',
  by: 'by',
  about: 'about',
  planned: 'announced',
};

export type CardStrings = typeof en;

const zhHant: CardStrings = {
  appName: 'Footnote 註腳',
  verdict: { misread: '誤讀', stale: '已過時', 'missing-context': '缺少脈絡', false: '錯誤', context: '背景資訊', disputed: '有爭議' },
  debunked: '本頁已更正此說法',
  onThisPage: '本頁寫道',
  whatsWrong: '問題在哪',
  evidence: '證據',
  applies: '適用',
  appliesFrom: '自',
  appliesUntil: '至',
  always: '任何日期的頁面',
  moreDetails: '詳細說明',
  close: '關閉',
  footnoteFor: 'Footnote：此段落的更正',
  ratedBy: (rating, by) => `${by} 的評等：「${rating}」（原文用語）`,
  timeline: (product) => `${product} 大事記`,
  thisPage: '本頁',
  by: '不晚於',
  about: '約',
  planned: '已宣布',
};

const zhHans: CardStrings = {
  appName: 'Footnote 脚注',
  verdict: { misread: '误读', stale: '已过时', 'missing-context': '缺少背景', false: '错误', context: '背景信息', disputed: '有争议' },
  debunked: '本页已更正此说法',
  onThisPage: '本页写道',
  whatsWrong: '问题在哪',
  evidence: '证据',
  applies: '适用',
  appliesFrom: '自',
  appliesUntil: '至',
  always: '任何日期的页面',
  moreDetails: '详细说明',
  close: '关闭',
  footnoteFor: 'Footnote：此段落的更正',
  ratedBy: (rating, by) => `${by} 的评级：“${rating}”（原文用语）`,
  timeline: (product) => `${product} 大事记`,
  thisPage: '本页',
  by: '不晚于',
  about: '约',
  planned: '已宣布',
};

export const CARD_STRINGS: Record<Lang, CardStrings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

/** Browser language tag → one of ours ("zh-TW", "zh-HK" → Traditional; other "zh" → Simplified). */
export function langFromTag(tag: string | undefined): Lang {
  const t = (tag ?? '').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /hant|tw|hk|mo/.test(t) ? 'zh-Hant' : 'zh-Hans';
}

export function cardStrings(lang: Lang): CardStrings {
  return CARD_STRINGS[lang];
}
