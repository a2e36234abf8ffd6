/**
 * General language cues for stance, in English and Chinese (Traditional is matched through
 * its Simplified form). Correction-specific cues live in each correction's `rules.debunk`.
 */
import { compileTerms, type CompiledTerm } from './terms';

/** Words that say a claim is wrong, misread or overblown. */
const DEBUNK = [
  'misread*', 'misinterpret*', 'misleading', 'misled', 'mistaken', 'mistake', 'mistakes', 'erroneous*', 'error', 'errors',
  'flawed', 'flaw', 'wrong', 'incorrect*', 'myth', 'debunk*', 'false alarm', 'not true', 'untrue', 'overblown',
  'glitch', 'artifact', 'artefact', 'quirk', 'overlooked', 'failed to account', 'failed to consider', 'did not account',
  "didn't account", 'did not take into account', "didn't take into account", 'failed to factor', 'contrary to',
  'set the record straight', 'fact-check*', 'fact check*', 'not a bubble', 'no bubble', "isn't a bubble", 'oversight',
  'premature', 'illusion', 'mirage', 'red herring', 'no evidence', 'only measured', 'merely measured', 'not real',
  'misreport*', 'misquot*', 'misrepresent*', 'misunderstood', 'misunderstanding', 'mischaracteri*', 'exaggerat*',
  'in reality', 'the real story', 'wrongly', 'falsely', 'had it wrong', 'clarif*',
  '误读', '误解', '误判', '错误', '错读', '乌龙', '并非', '澄清', '不符合事实', '不实', '失实', '没有考虑', '未考虑', '没考虑',
  '忽略', '忽视', '谣言', '辟谣', '误导', '搞错', '弄错', '纠正', '更正', '假象', '错觉', '并不认为', '误会', '误传', '误报',
  'does not conclude', "doesn't conclude", 'does not say', "doesn't say", 'did not say', "didn't say", 'never said', 'never called',
  'aged badly', 'outdated', 'out of date', 'stopped being true', 'no longer true', '过时', '站不住', '不宜', '不再成立',
  '言过其实', '夸大', '不准确', '站不住脚', '其实是', '实际上是', '事实上', '并不是', '并没有', '根本没有', '看错',
  'aged like milk', 'aged poorly', "didn't age well", 'did not age well', 'not a verdict', 'nonsense', 'bogus', 'busted',
  'not the whole story', 'not the full picture', 'out of context', 'cherry-pick*', 'back-of-the-envelope', 'mis-specified',
  'misspecified', 'take it with a grain of salt', 'not what it seems', 'optical illusion',
  '不攻自破', '不足为信', '不可信', '假新闻', '伪命题', '以讹传讹', '断章取义', '子虚乌有', '张冠李戴', '纯属', '并无此事',
  '别被', '别再说', '别再传', '别再信', '不要再说', '不要再传', '不能拿来', '不能证明', '不代表', '并不代表', '谁说', '不能说明', '无法说明', '无法反映', '不能反映',
  '不能代表', 'does not reflect', "doesn't reflect", 'says nothing about', 'never real', 'never happened', "didn't happen",
  'did not happen', '不成立', '太夸张', '说法夸张', '过于夸张', '有点夸张',
  'never declared', 'did not declare', "didn't declare",
  'never labelled', 'never labeled', 'never branded', '边个话', '边个讲', '其实系', '其实只系',
  'misstated', 'misconstru*', 'mislabel*', 'misattribut*',
  "doesn't hold up", 'does not hold up', "didn't hold up", 'did not hold up', '有误', '说错', '大错特错', '不属实', '与事实不符',
  '事实不符', '以偏概全', '数据失真', '曲线失真', '统计失真', '反驳', '驳斥', '假消息', '假讯息', '不是事实',
  'inaccurate', 'not accurate', 'not the case', "isn't the case", 'misinformation', '不正确', '不是真的', '杞人忧天', '多虑', '唔系真',
  '老作', '流嘢',
];

/** Words that attribute a claim to someone else without endorsing it. */
const REPORT = [
  'according to', 'reportedly', 'reported', 'reports that', 'report that', 'claimed', 'claims that', 'claim that',
  'headlines', 'headline', 'allegedly', 'alleged', 'purportedly', 'suggested', 'suggests that', 'is said to', 'were said to',
  'rumor*', 'rumour*', 'some analysts', 'critics say', 'critics said', 'widely reported', 'widely shared', 'went viral',
  'circulated', 'circulating', 'passed around', 'doing the rounds', 'as proof', 'held up as', 'seized on', 'social media', 'viral', 'sparked', 'fueled', 'fuelled', 'stoked', 'triggered', 'narrative',
  'story that', 'stories that', 'speculation', 'fears that', 'feared', 'worries that', 'investors worried', 'posts',
  '据报道', '据称', '报道称', '报道说', '传闻', '据悉', '声称', '宣称', '外媒称', '媒体称', '援引', '引述', '网传', '传言',
  'shows', 'showed', 'showing', 'indicates', 'indicated', 'indicating', 'estimated', 'estimates', 'according', 'data from',
  'figures from', 'said', 'says', 'told', 'analytics firm', 'research firm', 'reproduced', 'reprinted', 'cited', 'citing',
  '显示', '表明', '指出', '表示', '估算', '估计', '根据', '据统计', '据估计', '据了解', '数据显示', '报告指', '说法',
  '甚嚣尘上', '分析师', '转载', '直言', '认为', '指称',
  '有报道', '报道指', '消息称', '引发', '引起', '炒作', '担忧', '恐慌', '热议', '疯传', '流传', '所谓', '报导', '一度',
  'data show', 'figures show', 'numbers show', 'estimates show', 'statistics show', 'per data', 'per figures',
  'per similarweb', 'per sensor tower', 'per a report', 'per reports', 'per estimates', 'similarweb said', 'similarweb says',
  'similarweb estimated', 'similarweb estimates', 'read as', 'interpreted as', 'commentators', 'pundits', 'market watchers',
  'observers', 'making the rounds', 'made the rounds', 'spread across', 'flagged',
  '报道', '解读为', '被解读', '被视为', '标题', '刷屏', '外媒', '外电', '法人', '市调', '据第三方', '据监测', '据机构', '据媒体',
  '据外媒', '据分析', '有分析', '分析称', '据similarweb', '监测机构', '研究机构', '调研机构', '券商', '让不少人相信',
  'claims', 'critics', 'indicate', 'data suggest', 'figures suggest', 'numbers suggest', 'argue that', 'argued that', 'argues that', 'pointed to', 'points to', 'shown in', 'as evidence', 'say people', 'people familiar with', 'familiar with the matter',
  'sources said', 'sources say', 'insiders say', 'insiders said', 'who have seen', 'taken as',
  '批评者', '批评人士', '们说', '人们说', '网友说', '网友们说', '专家说', '者称', '人士说', '人士称', '有人说', '据说', '有媒体', '媒体将', '媒体把', '概括为', '简化成', '简化为', '解读成', '说成', '被当成', '当成', '拿来当', '被不少人', '被许多人', '被很多人',
  'summarized', 'summarised', 'outlets', 'characterized', 'characterised', '据报', '数据,',
  'he wrote', 'she wrote', 'they wrote', 'he writes', 'she writes', 'wrote in', 'writes in', '写道', 'summing it up', 'summed it up',
  'summed up as', 'sum it up as', 'took it as', 'took its report as', 'took the report as', 'read it as', 'as saying', 'quoted as',
  '分析员', 'compiled by', 'data compiled', 'as measured by', 'reckons', 'noted', 'notes that', 'noted that', 'in a note', 'note to clients',
  'told investors', 'told clients', '报告称', '机构称', '研究称', '外资', '有指', '消息指', '市场人士', '分析指', '研究指', '据指', '社称', '社报道', '社指', '据彭博', '据路透', '彭博报道', '路透报道', '彭博称', '路透称', '引用',
  'by one count', 'by some counts', 'by one reckoning', 'by its reckoning', '有人称', '甚至有人',
  'is believed to', 'are believed to', 'is thought to', 'is understood to', 'sources close to', 'people close to', 'report from',
  'report by', '传出', '消息人士',
  'analysts', 'investors say', 'experts say', 'observers say', 'some say', 'many say', 'people say', 'investors believe', 'analysts believe', 'some believe', 'many believe', 'critics believe', ', per', '透露', '知情人士',
];

/** Words that negate what follows them. */
const NEGATION = [
  'not', 'no', 'never', "didn't", "don't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't",
  "won't", "can't", "cannot", "couldn't", "wouldn't", "shouldn't", 'neither', 'nor', 'hardly', 'nothing', 'no longer', 'rather than', 'instead of', 'far from',
  '没有', '没', '并未', '未曾', '从未', '并不', '不会', '不是', '并非', '无', '不再', '非', '尚未', '仍未', '还未', '还没', '未',
  '不容', '冇', '唔', '不打算', '未打算', '暂不', '无意', '不准备', '不肯', '称不上', '算不上', '谈不上',
];

let cache: { debunk: CompiledTerm[]; report: CompiledTerm[]; negation: CompiledTerm[] } | undefined;

export function lexicon() {
  cache ??= { debunk: compileTerms(DEBUNK), report: compileTerms(REPORT), negation: compileTerms(NEGATION) };
  return cache;
}
