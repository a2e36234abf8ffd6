/**
 * Interface strings in the three languages. The language follows the browser unless the
 * user picked one in the options.
 */
import type { Lang, Verdict } from '../schema/correction';
import type { Stance } from '../match/stance';

const en = {
  appName: 'Footnote',
  verdict: { misread: 'Misread', stale: 'Out of date', 'missing-context': 'Missing context', false: 'False' } as Record<Verdict, string>,
  debunked: 'This page already corrects it',
  stance: { asserts: 'The page states this', reports: 'The page reports this claim', debunks: 'The page corrects this claim' } as Record<Stance, string>,
  onThisPage: 'On this page',
  whatsWrong: "What's wrong",
  evidence: 'Evidence',
  applies: 'Applies',
  appliesFrom: 'from',
  appliesUntil: 'until',
  always: 'to pages of any date',
  whyMatched: 'Why it matched',
  matchedTerms: 'matched words',
  dateBasis: { published: "the page's date", mentioned: 'a date named in the sentence', today: "today's date (the page shows no date)" } as Record<string, string>,
  judgedBy: 'judged by',
  showOnPage: 'Show on page',
  notRelevant: 'Not relevant',
  undo: 'Undo',
  hiddenOnSite: 'Hidden on this site',
  bringBack: 'Bring back',
  close: 'Close',
  footnoteFor: 'Footnote: a correction for this passage',
  siteSwitch: 'Footnote on this site',
  flagsFound: (n: number) => (n === 1 ? '1 claim to check' : `${n} claims to check`),
  debunksFound: (n: number) => (n === 1 ? '1 correction already on the page' : `${n} corrections already on the page`),
  emptyNothing: 'Nothing to flag on this page.',
  emptyNothingHint: 'Footnote found no claim from its corrections here.',
  emptyOff: 'Footnote is off on this site.',
  emptyCannot: 'Footnote cannot read this page.',
  emptyCannotHint: 'Browser pages, the extension store and files are closed to extensions.',
  emptyScanning: 'Still reading this page…',
  storeCount: (n: number) => `${n} corrections`,
  lastUpdate: 'last update',
  never: 'never',
  updateNow: 'Update now',
  updating: 'Updating…',
  feedErrors: 'Feed errors',
  options: 'Manage corrections',
  openInTab: 'Open in a tab',
  published: 'Published',
  unknownDate: 'date unknown',
};

export type Strings = typeof en;

const zhHant: Strings = {
  appName: 'Footnote 註腳',
  verdict: { misread: '誤讀', stale: '已過時', 'missing-context': '缺少脈絡', false: '錯誤' },
  debunked: '本頁已更正此說法',
  stance: { asserts: '本頁如此陳述', reports: '本頁轉述此說法', debunks: '本頁更正此說法' },
  onThisPage: '本頁寫道',
  whatsWrong: '問題在哪',
  evidence: '證據',
  applies: '適用',
  appliesFrom: '自',
  appliesUntil: '至',
  always: '任何日期的頁面',
  whyMatched: '為何標示',
  matchedTerms: '符合的詞語',
  dateBasis: { published: '頁面的發布日期', mentioned: '句中提到的日期', today: '今天的日期（頁面未標日期）' },
  judgedBy: '判斷依據',
  showOnPage: '在頁面上顯示',
  notRelevant: '不相關',
  undo: '復原',
  hiddenOnSite: '已在此網站隱藏',
  bringBack: '恢復顯示',
  close: '關閉',
  footnoteFor: 'Footnote：此段落的更正',
  siteSwitch: '在此網站啟用 Footnote',
  flagsFound: (n) => `${n} 則說法待查證`,
  debunksFound: (n) => `頁面上已有 ${n} 則更正`,
  emptyNothing: '此頁沒有需要標示的內容。',
  emptyNothingHint: 'Footnote 在此頁沒有找到更正資料中的說法。',
  emptyOff: 'Footnote 已在此網站關閉。',
  emptyCannot: 'Footnote 無法讀取此頁。',
  emptyCannotHint: '瀏覽器內部頁面、擴充功能商店和本機檔案不開放給擴充功能。',
  emptyScanning: '仍在讀取此頁…',
  storeCount: (n) => `${n} 則更正`,
  lastUpdate: '上次更新',
  never: '從未',
  updateNow: '立即更新',
  updating: '更新中…',
  feedErrors: '訂閱來源錯誤',
  options: '管理更正資料',
  openInTab: '在分頁中開啟',
  published: '發布於',
  unknownDate: '日期不明',
};

const zhHans: Strings = {
  appName: 'Footnote 脚注',
  verdict: { misread: '误读', stale: '已过时', 'missing-context': '缺少背景', false: '错误' },
  debunked: '本页已更正此说法',
  stance: { asserts: '本页如此陈述', reports: '本页转述此说法', debunks: '本页更正此说法' },
  onThisPage: '本页写道',
  whatsWrong: '问题在哪',
  evidence: '证据',
  applies: '适用',
  appliesFrom: '自',
  appliesUntil: '至',
  always: '任何日期的页面',
  whyMatched: '为何标注',
  matchedTerms: '匹配的词语',
  dateBasis: { published: '页面的发布日期', mentioned: '句中提到的日期', today: '今天的日期（页面未标日期）' },
  judgedBy: '判断依据',
  showOnPage: '在页面上显示',
  notRelevant: '不相关',
  undo: '撤销',
  hiddenOnSite: '已在此网站隐藏',
  bringBack: '恢复显示',
  close: '关闭',
  footnoteFor: 'Footnote：此段落的更正',
  siteSwitch: '在此网站启用 Footnote',
  flagsFound: (n) => `${n} 条说法待核实`,
  debunksFound: (n) => `页面上已有 ${n} 条更正`,
  emptyNothing: '此页没有需要标注的内容。',
  emptyNothingHint: 'Footnote 在此页没有找到更正数据中的说法。',
  emptyOff: 'Footnote 已在此网站关闭。',
  emptyCannot: 'Footnote 无法读取此页。',
  emptyCannotHint: '浏览器内部页面、扩展商店和本地文件不向扩展开放。',
  emptyScanning: '仍在读取此页…',
  storeCount: (n) => `${n} 条更正`,
  lastUpdate: '上次更新',
  never: '从未',
  updateNow: '立即更新',
  updating: '更新中…',
  feedErrors: '订阅源错误',
  options: '管理更正数据',
  openInTab: '在标签页中打开',
  published: '发布于',
  unknownDate: '日期不明',
};

export const STRINGS: Record<Lang, Strings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

/** Browser language tag → one of ours ("zh-TW", "zh-HK" → Traditional; other "zh" → Simplified). */
export function langFromTag(tag: string | undefined): Lang {
  const t = (tag ?? '').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /hant|tw|hk|mo/.test(t) ? 'zh-Hant' : 'zh-Hans';
}

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
