/**
 * Interface strings in the three languages: the card's (cardStrings.ts) and the popup's. The
 * language follows the browser unless the user picked one in the options.
 */
import type { Lang } from '../schema/correction';
import type { Stance } from '../match/stance';
import { CARD_STRINGS } from './cardStrings';

const en = {
  ...CARD_STRINGS.en,
  stance: { asserts: 'The page states this', reports: 'The page reports this claim', debunks: 'The page corrects this claim' } as Record<Stance, string>,
  whyMatched: 'Why it matched',
  matchedTerms: 'matched words',
  dateBasis: { published: "the page's date", mentioned: 'a date named in the sentence', today: "today's date (the page shows no date)" } as Record<string, string>,
  judgedBy: 'judged by',
  showOnPage: 'Show on page',
  notRelevant: 'Not relevant',
  undo: 'Undo',
  hiddenOnSite: 'Hidden on this site',
  bringBack: 'Bring back',
  siteSwitch: 'Footnote on this site',
  flagsFound: (n: number) => (n === 1 ? '1 claim to check' : `${n} claims to check`),
  debunksFound: (n: number) => (n === 1 ? '1 correction already on the page' : `${n} corrections already on the page`),
  emptyNothing: 'Nothing to flag on this page.',
  emptyNothingHint: 'Footnote found no claim from its corrections here.',
  emptyOff: 'Footnote is off on this site.',
  emptyCannot: 'Footnote cannot read this page.',
  emptyCannotHint: 'If it is a web page that was open before Footnote was installed or updated, reload it. Browser pages, the extension store and files are closed to extensions.',
  emptyScanning: 'Still reading this page…',
  storeCount: (n: number) => `${n} corrections`,
  lastUpdate: 'last update',
  never: 'never',
  updateNow: 'Update now',
  updating: 'Updating…',
  feedErrors: 'Feed errors',
  options: 'Manage corrections',
  published: 'Published',
  pageDoesTitle: 'What this page does',
  pageDoes: { asserts: 'Repeats as true', reports: 'Reports, without taking a side', debunks: 'Corrects' } as Record<Stance, string>,
  alsoQuestions: 'It also questions the claim elsewhere, but not throughout: read it with care.',
  unconfirmedCorrection: 'It seems to correct the claim, but not in a way Footnote can confirm: read it with care.',
  correctedByModel: 'No single passage corrects it in words Footnote knows, but the page as a whole reads as a correction (page model).',
  modelReading: (corrects: number | undefined, confirms: boolean, readsAsCorrection = false) =>
    corrects === undefined
      ? `page model: too few corrections of this claim to judge; ${confirms ? "the page gives the correction's own evidence" : "not enough of the correction's own evidence to confirm"}`
      : `page model: ${Math.round(corrects * 100)}% that the page corrects the claim (${readsAsCorrection ? 'enough to read the page as a correction' : confirms ? 'enough to confirm' : 'not enough to confirm'})`,
  pageEvidence: (cues: string[]) => `elsewhere on the page, the correction's own evidence: ${cues.join(', ')}`,
  undecided: (cues: string[]) => `the page leaves the debate open (${cues.join(', ')}), so it is not read as a correction`,
  passages: (n: number) => (n === 1 ? '1 passage' : `${n} passages`),
  passagesTitle: 'Passages',
  sameAsAbove: 'Same correction as above.',
  pageGivesContext: 'Context for a change that was really measured:',
  contextFound: (n: number) => (n === 1 ? '1 passage with context to add' : `${n} passages with context to add`),
};

export type Strings = typeof en;

const zhHant: Strings = {
  ...CARD_STRINGS['zh-Hant'],
  stance: { asserts: '本頁如此陳述', reports: '本頁轉述此說法', debunks: '本頁更正此說法' },
  whyMatched: '為何標示',
  matchedTerms: '符合的詞語',
  dateBasis: { published: '頁面的發布日期', mentioned: '句中提到的日期', today: '今天的日期（頁面未標日期）' },
  judgedBy: '判斷依據',
  showOnPage: '在頁面上顯示',
  notRelevant: '不相關',
  undo: '復原',
  hiddenOnSite: '已在此網站隱藏',
  bringBack: '恢復顯示',
  siteSwitch: '在此網站啟用 Footnote',
  flagsFound: (n) => `${n} 則說法待查證`,
  debunksFound: (n) => `頁面上已有 ${n} 則更正`,
  emptyNothing: '此頁沒有需要標示的內容。',
  emptyNothingHint: 'Footnote 在此頁沒有找到更正資料中的說法。',
  emptyOff: 'Footnote 已在此網站關閉。',
  emptyCannot: 'Footnote 無法讀取此頁。',
  emptyCannotHint: '若這是安裝或更新 Footnote 之前就開著的網頁，請重新載入。瀏覽器內部頁面、擴充功能商店和本機檔案不開放給擴充功能。',
  emptyScanning: '仍在讀取此頁…',
  storeCount: (n) => `${n} 則更正`,
  lastUpdate: '上次更新',
  never: '從未',
  updateNow: '立即更新',
  updating: '更新中…',
  feedErrors: '訂閱來源錯誤',
  options: '管理更正資料',
  published: '發布於',
  pageDoesTitle: '本頁如何處理這些說法',
  pageDoes: { asserts: '當作事實重述', reports: '轉述他人說法，未表態', debunks: '更正' },
  alsoQuestions: '頁面別處也質疑此說法，但並非通篇如此，閱讀時請留意。',
  unconfirmedCorrection: '頁面似乎在更正此說法，但 Footnote 無法確認，閱讀時請留意。',
  correctedByModel: '沒有單一段落以 Footnote 認得的說法更正它，但整頁讀來是一篇更正（頁面模型）。',
  modelReading: (corrects, confirms, readsAsCorrection = false) =>
    corrects === undefined
      ? `頁面模型：此說法的更正樣本太少，無法判斷；${confirms ? '頁面提出了更正本身的證據' : '更正本身的證據不足以確認'}`
      : `頁面模型：頁面更正此說法的機率為 ${Math.round(corrects * 100)}%（${readsAsCorrection ? '足以將整頁視為更正' : confirms ? '足以確認' : '不足以確認'}）`,
  pageEvidence: (cues) => `頁面別處提出了更正本身的證據：${cues.join('、')}`,
  undecided: (cues) => `頁面未對這場爭論下結論（${cues.join('、')}），因此不視為更正`,
  passages: (n) => `${n} 段`,
  passagesTitle: '相關段落',
  sameAsAbove: '與上方相同的更正。',
  pageGivesContext: '確有量測到的變化，補充背景：',
  contextFound: (n) => `${n} 段可補充背景`,
};

const zhHans: Strings = {
  ...CARD_STRINGS['zh-Hans'],
  stance: { asserts: '本页如此陈述', reports: '本页转述此说法', debunks: '本页更正此说法' },
  whyMatched: '为何标注',
  matchedTerms: '匹配的词语',
  dateBasis: { published: '页面的发布日期', mentioned: '句中提到的日期', today: '今天的日期（页面未标日期）' },
  judgedBy: '判断依据',
  showOnPage: '在页面上显示',
  notRelevant: '不相关',
  undo: '撤销',
  hiddenOnSite: '已在此网站隐藏',
  bringBack: '恢复显示',
  siteSwitch: '在此网站启用 Footnote',
  flagsFound: (n) => `${n} 条说法待核实`,
  debunksFound: (n) => `页面上已有 ${n} 条更正`,
  emptyNothing: '此页没有需要标注的内容。',
  emptyNothingHint: 'Footnote 在此页没有找到更正数据中的说法。',
  emptyOff: 'Footnote 已在此网站关闭。',
  emptyCannot: 'Footnote 无法读取此页。',
  emptyCannotHint: '若这是安装或更新 Footnote 之前就打开的网页，请重新加载。浏览器内部页面、扩展商店和本地文件不向扩展开放。',
  emptyScanning: '仍在读取此页…',
  storeCount: (n) => `${n} 条更正`,
  lastUpdate: '上次更新',
  never: '从未',
  updateNow: '立即更新',
  updating: '更新中…',
  feedErrors: '订阅源错误',
  options: '管理更正数据',
  published: '发布于',
  pageDoesTitle: '本页如何处理这些说法',
  pageDoes: { asserts: '当作事实重述', reports: '转述他人说法，未表态', debunks: '更正' },
  alsoQuestions: '页面别处也质疑此说法，但并非通篇如此，阅读时请留意。',
  unconfirmedCorrection: '页面似乎在更正此说法，但 Footnote 无法确认，阅读时请留意。',
  correctedByModel: '没有单一段落以 Footnote 认得的说法更正它，但整页读来是一篇更正（页面模型）。',
  modelReading: (corrects, confirms, readsAsCorrection = false) =>
    corrects === undefined
      ? `页面模型：此说法的更正样本太少，无法判断；${confirms ? '页面给出了更正本身的证据' : '更正本身的证据不足以确认'}`
      : `页面模型：页面更正此说法的概率为 ${Math.round(corrects * 100)}%（${readsAsCorrection ? '足以将整页视为更正' : confirms ? '足以确认' : '不足以确认'}）`,
  pageEvidence: (cues) => `页面别处给出了更正本身的证据：${cues.join('、')}`,
  undecided: (cues) => `页面没有为这场争论下结论（${cues.join('、')}），因此不视为更正`,
  passages: (n) => `${n} 段`,
  passagesTitle: '相关段落',
  sameAsAbove: '与上方相同的更正。',
  pageGivesContext: '确有测量到的变化，补充背景：',
  contextFound: (n) => `${n} 段可补充背景`,
};

export const STRINGS: Record<Lang, Strings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };


export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
