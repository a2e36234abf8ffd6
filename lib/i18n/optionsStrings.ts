/**
 * The options page's interface strings in the three languages, grouped by section. Verdict
 * names come from lib/i18n/strings.ts so that every view calls a verdict by the same name.
 */
import type { Lang, Source } from '../schema/correction';
import { STRINGS } from './strings';

const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' };

const en = {
  title: 'Footnote: corrections and settings',
  sections: 'Sections',
  langNames: LANG_NAMES,
  verdict: STRINGS.en.verdict,
  sourceNames: { seed: 'Shipped', file: 'From a file', feed: 'From a feed', user: 'Yours' } as Record<Source, string>,
  common: { any: 'Any', close: 'Close', cancel: 'Cancel', never: 'never', loading: 'Loading…', failed: (m: string) => `That did not work: ${m}` },
  list: {
    heading: 'Corrections', search: 'Search', searchHint: 'Words in the id, topic, claim or summary', filters: 'Filters', topic: 'Topic',
    verdict: 'Verdict', source: 'Source', lang: 'Has a summary in', due: 'Due for review', caption: 'Corrections in the store, most recently changed first',
    cols: { id: 'Id', claim: 'Claim', topic: 'Topic', verdict: 'Verdict', source: 'Source', updated: 'Updated', actions: 'Actions' },
    selectRow: (id: string) => `Select ${id}`, selectPage: 'Select all on this page', selected: (n: number) => `${n} selected`,
    clearSelection: 'Clear selection', showing: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
    empty: 'No corrections match.', prev: 'Previous page', next: 'Next page', pages: 'Pages', view: 'View', edit: 'Edit', delete: 'Delete',
    rowAction: (action: string, id: string) => `${action} ${id}`, edited: 'edited by you', newCorrection: 'New correction',
    resetSeeds: 'Reset shipped corrections',
    resetHint: 'Brings every shipped correction back as released, including ones you edited or deleted. Corrections you wrote yourself are kept.',
    resetDone: (count: number, yours: number) => `Shipped corrections restored: ${count} in the store. Corrections you wrote (${yours}) were kept.`,
    deleted: (id: string) => `Deleted ${id}.`, undo: 'Undo', restored: (id: string) => `${id} is back.`, saved: (id: string) => `Saved ${id}.`,
  },
  view: {
    heading: (id: string) => `Correction ${id}`, id: 'Id', version: 'Version', topic: 'Topic', verdict: 'Verdict', source: 'Source', feed: 'Feed',
    created: 'Created', updated: 'Updated', priority: 'Priority', userEdited: 'You edited this record: seed and feed updates leave it alone.',
    claim: 'Claim', summary: "What's wrong", details: 'Details', evidence: 'Evidence', window: 'Applies to pages published', from: 'from',
    until: 'until', always: 'at any date', reviewBy: 'Review by', triggers: 'Triggers', rules: 'Rules', chart: 'Chart markers', missing: '(none)',
  },
  editor: {
    newHeading: 'New correction', editHeading: (id: string) => `Edit ${id}`, id: 'Id',
    idHint: 'Lower-case letters, digits and . _ : - (2 to 120 characters). Fixed once saved.', topic: 'Topic',
    topicHint: 'A known topic or a slug of your own (lower case, digits, -).', product: 'Product (optional)', productHint: 'The product whose timeline the card shows, by its id in the timeline (chatgpt, gemini, sora…).', verdict: 'Verdict', claim: 'The claim as people repeat it',
    summary: "What's wrong (summary)", details: 'Details (optional)', evidence: 'Evidence', evidenceItem: (n: number) => `Evidence ${n}`,
    evidenceTitle: 'Title', publisher: 'Publisher', url: 'URL', date: 'Date', addEvidence: 'Add evidence',
    removeEvidence: (n: number) => `Remove evidence ${n}`, window: 'Pages it applies to', appliesFrom: 'Published from (optional)',
    appliesUntil: 'Published until (optional)', reviewBy: 'Review by (optional)', triggers: 'Triggers',
    triggersHint: 'Words that make a passage worth a look: one per line, or separated by commas.', rules: 'Rules (JSON)',
    rulesHint: 'Term groups that must all be present: {"all": [{"terms": ["…"]}], with optional "none", "near", "debunk", "report".',
    chart: 'Chart markers (JSON, optional)', priority: 'Priority (0–100, optional)', notJson: (m: string) => `is not valid JSON: ${m}`,
    notNumber: 'must be a whole number', idTaken: 'is already used by another correction: open that one to edit it',
    problems: (n: number) => (n === 1 ? '1 problem to fix before saving:' : `${n} problems to fix before saving:`), save: 'Save', saving: 'Saving…',
  },
  importer: {
    heading: 'Import', choose: 'Choose a file to import',
    drop: 'Or drop a file here: Footnote corrections or schema.org ClaimReview (JSON, up to 20 MB).', dropActive: 'Drop the file to preview it',
    reading: (name: string) => `Reading ${name}…`, tooBig: 'The file is over 20 MB, the limit.', preview: (name: string) => `Preview of ${name}`,
    nothingYet: 'Nothing has been written yet.', formats: { footnote: 'Footnote corrections', claimreview: 'schema.org ClaimReview' },
    format: 'Format',
    counts: { added: 'New', changed: 'Changed', unchanged: 'Unchanged', deleted: 'Deleted', keptUserEdits: 'Kept (your edits)', invalid: 'Invalid, skipped' },
    invalidHeading: 'Invalid records', fileError: 'This file cannot be imported:', commit: 'Import', committing: 'Importing…', discard: 'Discard',
    done: (n: number) => (n === 1 ? 'Import done: 1 record written.' : `Import done: ${n} records written.`),
  },
  exporter: {
    heading: 'Export', scope: 'What to export', all: 'All corrections', selected: (n: number) => `Selected in the list (${n})`,
    footnote: 'Download Footnote JSON', claimreview: 'Download ClaimReview', noneSelected: 'Select rows in the list first.',
    done: (name: string) => `Downloaded ${name}.`,
  },
  feeds: {
    heading: 'Feeds',
    hint: 'Subscribe to an https:// address serving Footnote corrections or ClaimReview. Footnote asks for access to that site only, and updates it daily.',
    url: 'Feed URL', key: 'Public key (optional)', keyHint: 'Pin an Ed25519 public key: the feed must then be signed with it.', add: 'Subscribe',
    adding: 'Subscribing…', refused: (origin: string) => `Access to ${origin} was not granted; trying anyway (it works only if the feed allows it).`,
    added: (url: string) => `Subscribed to ${url}.`, addedFailing: (url: string, error: string) => `Subscribed to ${url}, but it failed: ${error}`,
    list: 'Subscribed feeds', none: 'No feeds yet.', ok: 'Working', failing: 'Failing', pending: 'Not fetched yet', lastSuccess: 'Last success',
    lastAttempt: 'Last try', lastError: 'Error', count: (n: number) => (n === 1 ? '1 correction' : `${n} corrections`),
    pinned: 'Signed with a pinned key', update: 'Update', updateAll: 'Update all now', updating: 'Updating…', updated: 'Feeds updated.',
    remove: 'Unsubscribe', removed: (url: string) => `Unsubscribed from ${url}.`,
  },
  timeline: {
    heading: 'Product timeline',
    intro: 'Dated events of AI products, with their sources. Traffic measured on an address a product had left is flagged from the day it moved; flags show their product\'s timeline.',
    product: 'Product', events: 'Events', reviewBy: 'Review by', due: 'due for review', source: 'Source', actions: 'Actions', edited: 'edited by you',
    edit: 'Edit', remove: 'Delete', add: 'New product', save: 'Save product', cancel: 'Cancel', empty: 'No products.',
    editing: (id: string) => `Editing ${id} (JSON: events in date order, each with dated evidence)`, adding: 'New product (JSON)',
    saved: (id: string) => `Saved ${id}; its address moves are checked from now on.`, removed: (id: string) => `Deleted ${id} and the checks its moves made.`,
    notJson: (why: string) => `This is not valid JSON: ${why}`, idTaken: (id: string) => `A product with the id ${id} exists: edit it instead.`,
    idChanged: (id: string) => `Keep the id ${id} to edit this product (add a new one for another id).`,
  },
  sites: {
    heading: 'Sites', disabled: 'Sites where Footnote is off', noDisabled: 'Footnote is on everywhere.', turnOn: 'Turn on',
    turnedOn: (site: string) => `Footnote is on again for ${site}.`, hidden: 'Hidden flags', noHidden: 'No hidden flags.', hiddenAt: 'hidden',
    bringBack: 'Bring back', broughtBack: 'Brought back: it shows again the next time the page is checked.',
  },
  prefs: {
    heading: 'Preferences', language: 'Interface language', auto: 'Automatic (the browser’s language)', highlight: 'Highlight style',
    underline: 'Dotted underline', background: 'Background colour', saved: 'Preferences saved.',
  },
};

export type OptionsStrings = typeof en;

const zhHant: OptionsStrings = {
  title: 'Footnote 註腳：更正資料與設定',
  sections: '頁面區塊',
  langNames: LANG_NAMES,
  verdict: STRINGS['zh-Hant'].verdict,
  sourceNames: { seed: '內建', file: '來自檔案', feed: '來自訂閱', user: '你的' },
  common: { any: '全部', close: '關閉', cancel: '取消', never: '從未', loading: '載入中…', failed: (m) => `操作未成功：${m}` },
  list: {
    heading: '更正資料', search: '搜尋', searchHint: '編號、主題、說法或摘要中的字詞', filters: '篩選', topic: '主題', verdict: '判定', source: '來源', lang: '有此語言的摘要', due: '到期待複查',
    caption: '資料庫中的更正，最近修改的在前', cols: { id: '編號', claim: '說法', topic: '主題', verdict: '判定', source: '來源', updated: '更新', actions: '操作' },
    selectRow: (id) => `選取 ${id}`, selectPage: '選取本頁全部', selected: (n) => `已選取 ${n} 則`, clearSelection: '取消選取',
    showing: (from, to, total) => `第 ${from}–${to} 則，共 ${total} 則`, empty: '沒有符合的更正。', prev: '上一頁', next: '下一頁', pages: '分頁', view: '檢視', edit: '編輯', delete: '刪除',
    rowAction: (action, id) => `${action} ${id}`, edited: '你修改過', newCorrection: '新增更正', resetSeeds: '重設內建更正',
    resetHint: '把所有內建更正恢復為發布時的內容，包括你修改或刪除過的。你自己撰寫的更正會保留。', resetDone: (count, yours) => `內建更正已恢復。資料庫共 ${count} 則；保留了你自己的 ${yours} 則。`,
    deleted: (id) => `已刪除 ${id}。`, undo: '復原', restored: (id) => `已恢復 ${id}。`, saved: (id) => `已儲存 ${id}。`,
  },
  view: {
    heading: (id) => `更正 ${id}`, id: '編號', version: '版本', topic: '主題', verdict: '判定', source: '來源', feed: '訂閱來源', created: '建立於', updated: '更新於',
    priority: '優先順序', userEdited: '你修改過這筆資料：內建或訂閱更新不會覆蓋它。', claim: '說法', summary: '問題在哪', details: '詳細說明', evidence: '證據', window: '適用於發布日期',
    from: '自', until: '至', always: '不限日期', reviewBy: '複查期限', triggers: '觸發詞', rules: '規則', chart: '圖表特徵', missing: '（無）',
  },
  editor: {
    newHeading: '新增更正', editHeading: (id) => `編輯 ${id}`, id: '編號', idHint: '小寫英文字母、數字及 . _ : -（2 至 120 個字元）。儲存後不能更改。', topic: '主題',
    topicHint: '已知主題，或你自訂的代稱（小寫字母、數字、-）。', product: '產品（選填）', productHint: '卡片要顯示哪個產品的時間線，填它在時間線中的代號（chatgpt、gemini、sora…）。', verdict: '判定', claim: '流傳的說法', summary: '問題在哪（摘要）', details: '詳細說明（選填）', evidence: '證據',
    evidenceItem: (n) => `證據 ${n}`, evidenceTitle: '標題', publisher: '發布者', url: '網址', date: '日期', addEvidence: '新增證據',
    removeEvidence: (n) => `移除證據 ${n}`, window: '適用的頁面', appliesFrom: '發布日期自（選填）', appliesUntil: '發布日期至（選填）', reviewBy: '複查期限（選填）', triggers: '觸發詞',
    triggersHint: '讓段落值得檢查的字詞：每行一個，或以逗號分隔。', rules: '規則（JSON）',
    rulesHint: '必須同時出現的詞組：{"all": [{"terms": ["…"]}]}，可另加 "none"、"near"、"debunk"、"report"。', chart: '圖表特徵（JSON，選填）', priority: '優先順序（0–100，選填）',
    notJson: (m) => `不是有效的 JSON：${m}`, notNumber: '必須是整數', idTaken: '已被另一則更正使用：要修改請開啟那一則', problems: (n) => `儲存前有 ${n} 個問題需要修正：`, save: '儲存', saving: '儲存中…',
  },
  importer: {
    heading: '匯入', choose: '選擇要匯入的檔案', drop: '或把檔案拖放到這裡：Footnote 更正資料或 schema.org ClaimReview（JSON，最大 20 MB）。', dropActive: '放開檔案以預覽',
    reading: (name) => `正在讀取 ${name}…`, tooBig: '檔案超過 20 MB 的上限。', preview: (name) => `${name} 的預覽`, nothingYet: '尚未寫入任何資料。',
    formats: { footnote: 'Footnote 更正資料', claimreview: 'schema.org ClaimReview' }, format: '格式',
    counts: { added: '新增', changed: '變更', unchanged: '未變', deleted: '刪除', keptUserEdits: '保留（你的修改）', invalid: '無效，略過' }, invalidHeading: '無效的紀錄',
    fileError: '無法匯入此檔案：', commit: '匯入', committing: '匯入中…', discard: '放棄', done: (n) => `匯入完成：寫入 ${n} 筆紀錄。`,
  },
  exporter: {
    heading: '匯出', scope: '匯出範圍', all: '全部更正', selected: (n) => `清單中已選取的（${n}）`, footnote: '下載 Footnote JSON', claimreview: '下載 ClaimReview',
    noneSelected: '請先在清單中選取。', done: (name) => `已下載 ${name}。`,
  },
  feeds: {
    heading: '訂閱來源', hint: '訂閱提供 Footnote 更正資料或 ClaimReview 的 https:// 網址。Footnote 只會要求存取該網站，並每天更新。', url: '訂閱網址', key: '公開金鑰（選填）',
    keyHint: '指定 Ed25519 公開金鑰：訂閱內容必須以它簽署。', add: '訂閱', adding: '訂閱中…', refused: (origin) => `未獲准存取 ${origin}；仍會嘗試（只有訂閱來源允許時才會成功）。`,
    added: (url) => `已訂閱 ${url}。`, addedFailing: (url, error) => `已訂閱 ${url}，但更新失敗：${error}`, list: '已訂閱的來源', none: '尚無訂閱。', ok: '正常', failing: '失敗',
    pending: '尚未取得', lastSuccess: '上次成功', lastAttempt: '上次嘗試', lastError: '錯誤', count: (n) => `${n} 則更正`, pinned: '以指定金鑰簽署', update: '更新',
    updateAll: '全部立即更新', updating: '更新中…', updated: '訂閱來源已更新。', remove: '取消訂閱', removed: (url) => `已取消訂閱 ${url}。`,
  },
  timeline: {
    heading: '產品時間線',
    intro: 'AI 產品的大事記，每件事附上資料來源。產品搬離的舊網址上測得的流量，自搬家那天起會被標示；標示會附上該產品的時間線。',
    product: '產品', events: '事件', reviewBy: '複查期限', due: '該複查了', source: '來源', actions: '操作', edited: '你修改過',
    edit: '編輯', remove: '刪除', add: '新增產品', save: '儲存產品', cancel: '取消', empty: '沒有產品。',
    editing: (id) => `編輯 ${id}（JSON：事件依日期排列，每件附有日期的證據）`, adding: '新增產品（JSON）',
    saved: (id) => `已儲存 ${id}；從現在起會檢查它的網址搬遷。`, removed: (id) => `已刪除 ${id} 及其網址搬遷的檢查。`,
    notJson: (why) => `這不是有效的 JSON：${why}`, idTaken: (id) => `已有代號為 ${id} 的產品，請改為編輯它。`,
    idChanged: (id) => `編輯這個產品時請保留代號 ${id}（其他代號請新增產品）。`,
  },
  sites: {
    heading: '網站', disabled: '已關閉 Footnote 的網站', noDisabled: 'Footnote 在所有網站都已啟用。', turnOn: '啟用', turnedOn: (site) => `已在 ${site} 重新啟用 Footnote。`,
    hidden: '已隱藏的標示', noHidden: '沒有隱藏的標示。', hiddenAt: '隱藏於', bringBack: '恢復顯示', broughtBack: '已恢復：下次檢查該頁時會再次顯示。',
  },
  prefs: {
    heading: '偏好設定', language: '介面語言', auto: '自動（跟隨瀏覽器語言）', highlight: '標示樣式', underline: '點狀底線', background: '背景色', saved: '偏好設定已儲存。',
  },
};

const zhHans: OptionsStrings = {
  title: 'Footnote 脚注：更正数据与设置',
  sections: '页面区块',
  langNames: LANG_NAMES,
  verdict: STRINGS['zh-Hans'].verdict,
  sourceNames: { seed: '内置', file: '来自文件', feed: '来自订阅', user: '你的' },
  common: { any: '全部', close: '关闭', cancel: '取消', never: '从未', loading: '加载中…', failed: (m) => `操作未成功：${m}` },
  list: {
    heading: '更正数据', search: '搜索', searchHint: '编号、主题、说法或摘要中的词语', filters: '筛选', topic: '主题', verdict: '判定', source: '来源', lang: '有此语言的摘要', due: '到期待复查',
    caption: '数据库中的更正，最近修改的在前', cols: { id: '编号', claim: '说法', topic: '主题', verdict: '判定', source: '来源', updated: '更新', actions: '操作' },
    selectRow: (id) => `选择 ${id}`, selectPage: '选择本页全部', selected: (n) => `已选择 ${n} 条`, clearSelection: '取消选择',
    showing: (from, to, total) => `第 ${from}–${to} 条，共 ${total} 条`, empty: '没有符合的更正。', prev: '上一页', next: '下一页', pages: '分页', view: '查看', edit: '编辑', delete: '删除',
    rowAction: (action, id) => `${action} ${id}`, edited: '你修改过', newCorrection: '新建更正', resetSeeds: '重置内置更正',
    resetHint: '把所有内置更正恢复为发布时的内容，包括你修改或删除过的。你自己撰写的更正会保留。', resetDone: (count, yours) => `内置更正已恢复。数据库共 ${count} 条；保留了你自己的 ${yours} 条。`,
    deleted: (id) => `已删除 ${id}。`, undo: '撤销', restored: (id) => `已恢复 ${id}。`, saved: (id) => `已保存 ${id}。`,
  },
  view: {
    heading: (id) => `更正 ${id}`, id: '编号', version: '版本', topic: '主题', verdict: '判定', source: '来源', feed: '订阅源', created: '创建于', updated: '更新于',
    priority: '优先级', userEdited: '你修改过这条数据：内置或订阅更新不会覆盖它。', claim: '说法', summary: '问题在哪', details: '详细说明', evidence: '证据', window: '适用于发布日期',
    from: '自', until: '至', always: '不限日期', reviewBy: '复查期限', triggers: '触发词', rules: '规则', chart: '图表特征', missing: '（无）',
  },
  editor: {
    newHeading: '新建更正', editHeading: (id) => `编辑 ${id}`, id: '编号', idHint: '小写英文字母、数字及 . _ : -（2 至 120 个字符）。保存后不能更改。', topic: '主题',
    topicHint: '已知主题，或你自定义的代号（小写字母、数字、-）。', product: '产品（选填）', productHint: '卡片要显示哪个产品的时间线，填它在时间线中的代号（chatgpt、gemini、sora…）。', verdict: '判定', claim: '流传的说法', summary: '问题在哪（摘要）', details: '详细说明（选填）', evidence: '证据',
    evidenceItem: (n) => `证据 ${n}`, evidenceTitle: '标题', publisher: '发布者', url: '网址', date: '日期', addEvidence: '添加证据',
    removeEvidence: (n) => `移除证据 ${n}`, window: '适用的页面', appliesFrom: '发布日期自（选填）', appliesUntil: '发布日期至（选填）', reviewBy: '复查期限（选填）', triggers: '触发词',
    triggersHint: '让段落值得检查的词语：每行一个，或用逗号分隔。', rules: '规则（JSON）',
    rulesHint: '必须同时出现的词组：{"all": [{"terms": ["…"]}]}，可另加 "none"、"near"、"debunk"、"report"。', chart: '图表特征（JSON，选填）', priority: '优先级（0–100，选填）',
    notJson: (m) => `不是有效的 JSON：${m}`, notNumber: '必须是整数', idTaken: '已被另一条更正使用：要修改请打开那一条', problems: (n) => `保存前有 ${n} 个问题需要修正：`, save: '保存', saving: '保存中…',
  },
  importer: {
    heading: '导入', choose: '选择要导入的文件', drop: '或把文件拖放到这里：Footnote 更正数据或 schema.org ClaimReview（JSON，最大 20 MB）。', dropActive: '松开文件以预览',
    reading: (name) => `正在读取 ${name}…`, tooBig: '文件超过 20 MB 的上限。', preview: (name) => `${name} 的预览`, nothingYet: '尚未写入任何数据。',
    formats: { footnote: 'Footnote 更正数据', claimreview: 'schema.org ClaimReview' }, format: '格式',
    counts: { added: '新增', changed: '变更', unchanged: '未变', deleted: '删除', keptUserEdits: '保留（你的修改）', invalid: '无效，跳过' }, invalidHeading: '无效的记录',
    fileError: '无法导入此文件：', commit: '导入', committing: '导入中…', discard: '放弃', done: (n) => `导入完成：写入 ${n} 条记录。`,
  },
  exporter: {
    heading: '导出', scope: '导出范围', all: '全部更正', selected: (n) => `列表中已选择的（${n}）`, footnote: '下载 Footnote JSON', claimreview: '下载 ClaimReview',
    noneSelected: '请先在列表中选择。', done: (name) => `已下载 ${name}。`,
  },
  feeds: {
    heading: '订阅源', hint: '订阅提供 Footnote 更正数据或 ClaimReview 的 https:// 网址。Footnote 只会请求访问该网站，并每天更新。', url: '订阅网址', key: '公钥（选填）',
    keyHint: '指定 Ed25519 公钥：订阅内容必须用它签名。', add: '订阅', adding: '订阅中…', refused: (origin) => `未获准访问 ${origin}；仍会尝试（只有订阅源允许时才会成功）。`,
    added: (url) => `已订阅 ${url}。`, addedFailing: (url, error) => `已订阅 ${url}，但更新失败：${error}`, list: '已订阅的来源', none: '还没有订阅。', ok: '正常', failing: '失败',
    pending: '尚未获取', lastSuccess: '上次成功', lastAttempt: '上次尝试', lastError: '错误', count: (n) => `${n} 条更正`, pinned: '用指定公钥签名', update: '更新',
    updateAll: '全部立即更新', updating: '更新中…', updated: '订阅源已更新。', remove: '取消订阅', removed: (url) => `已取消订阅 ${url}。`,
  },
  timeline: {
    heading: '产品时间线',
    intro: 'AI 产品的大事记，每件事附上资料来源。产品迁走的旧网址上测得的流量，自迁址那天起会被标出；标注会附上该产品的时间线。',
    product: '产品', events: '事件', reviewBy: '复查期限', due: '该复查了', source: '来源', actions: '操作', edited: '你修改过',
    edit: '编辑', remove: '删除', add: '新建产品', save: '保存产品', cancel: '取消', empty: '没有产品。',
    editing: (id) => `编辑 ${id}（JSON：事件按日期排列，每件附有日期的证据）`, adding: '新建产品（JSON）',
    saved: (id) => `已保存 ${id}；从现在起会检查它的网址迁移。`, removed: (id) => `已删除 ${id} 及其网址迁移的检查。`,
    notJson: (why) => `这不是有效的 JSON：${why}`, idTaken: (id) => `已有编号为 ${id} 的产品，请改为编辑它。`,
    idChanged: (id) => `编辑这个产品时请保留编号 ${id}（其他编号请新建产品）。`,
  },
  sites: {
    heading: '网站', disabled: '已关闭 Footnote 的网站', noDisabled: 'Footnote 在所有网站都已启用。', turnOn: '启用', turnedOn: (site) => `已在 ${site} 重新启用 Footnote。`,
    hidden: '已隐藏的标注', noHidden: '没有隐藏的标注。', hiddenAt: '隐藏于', bringBack: '恢复显示', broughtBack: '已恢复：下次检查该页时会再次显示。',
  },
  prefs: {
    heading: '偏好设置', language: '界面语言', auto: '自动（跟随浏览器语言）', highlight: '标注样式', underline: '点状下划线', background: '背景色', saved: '偏好设置已保存。',
  },
};

export const OPTIONS_STRINGS: Record<Lang, OptionsStrings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

export function optionsStrings(lang: Lang): OptionsStrings {
  return OPTIONS_STRINGS[lang];
}
