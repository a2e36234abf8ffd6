import { describe, expect, it } from 'vitest';
import { CorrectionIndex, checkWithIndex } from '../../lib/engine';
import { mentionedDates, referenceDates } from '../../lib/match/dates';
import { compileTerm, findTerms } from '../../lib/match/terms';
import { lexicon } from '../../lib/match/lexicon';
import { negationsIn } from '../../lib/match/negation';
import { normalizeText } from '../../lib/text/normalize';
import { loadSeeds } from '../support/seeds';

const index = new CorrectionIndex(loadSeeds());
const TODAY = '2026-11-25';
const check = (text: string, published: string | null = '2024-08-10', headline?: string) =>
  checkWithIndex({ blocks: [...(headline ? [{ text: headline, kind: 'heading' as const }] : []), { text, kind: 'text' }], headline, published }, index, TODAY);
const topics = (text: string, published?: string | null) => [...new Set(check(text, published).map((f) => f.topic))].sort();

describe('terms', () => {
  it('bounds Latin words and lets * mean a prefix', () => {
    const fell = compileTerm('fell')!;
    expect(findTerms('the fellow', [fell])).toHaveLength(0);
    expect(findTerms('traffic fell', [fell])).toHaveLength(1);
    expect(findTerms('plunged', [compileTerm('plunge*')!])).toHaveLength(1);
    expect(findTerms('流量下降', [compileTerm('下降')!])).toHaveLength(1);
  });
});

describe('the headline case', () => {
  it('flags the misread chart claim as misread, with the quote, position and reason', () => {
    const text = 'ChatGPT traffic has collapsed, a Goldman Sachs chart based on Similarweb data for chat.openai.com shows.';
    const flags = check(text);
    const decline = flags.find((f) => f.topic === 'chatgpt-traffic-decline')!;
    expect(decline).toMatchObject({ correctionId: 'chatgpt-traffic-misread-2024', verdict: 'misread', quote: text, block: 0, start: 0, end: text.length });
    expect(decline.reason.matched.flat()).toEqual(expect.arrayContaining(['collapsed', 'traffic', 'chatgpt']));
    expect(flags.map((f) => f.topic)).toContain('traffic-chart');
  });

  it('reads Traditional, Simplified and mixed-width Chinese the same way', () => {
    for (const text of ['高盛報告的圖表顯示，ChatGPT 流量近幾個月直線下降。', '高盛报告的图表显示，ChatGPT流量近几个月直线下降。', '高盛報告的圖表顯示ＣｈａｔＧＰＴ流量直線下降。']) {
      expect(topics(text)).toEqual(['chatgpt-traffic-decline', 'traffic-chart']);
    }
  });
});

describe('another bubble named only to compare', () => {
  it("an AI bubble likened to the mortgage one is still the AI bubble; the mortgage bubble alone is not", () => {
    const compared = 'Analysts at Goldman Sachs argue that the AI boom is turning out to be a bubble, much like mortgage-backed derivatives in 2006.';
    expect(check(compared, '2024-08-15').map((f) => f.topic)).toContain('goldman-ai-bubble');
    expect(check('Goldman Sachs says the mortgage bubble of 2006 holds lessons for AI investors.', '2024-08-15')).toEqual([]);
  });
});

describe('claims in the words coverage uses', () => {
  it('"visits to the site" on a page about ChatGPT are its visits', () => {
    const text = 'ChatGPT has been argued over all year by teachers, investors, regulators and rival companies alike. Similarweb now says worldwide visits to the site fell 3.2% in August.';
    expect(topics(text, '2023-09-08')).toContain('chatgpt-traffic-decline');
  });
  it("Goldman's doubt whether the spending can earn the returns is the won't-pay-off claim", () => {
    const [flag] = check("Goldman Sachs' Jim Covello is questioning whether up to $1 trillion of AI spending can earn the returns investors are counting on.", '2024-09-30');
    expect(flag).toMatchObject({ topic: 'goldman-ai-bubble', correctionId: 'goldman-ai-spend-wont-pay-off' });
  });
  it('a rebound after the 2023 summer dip, in the words news uses, corrects the decline', () => {
    const [flag] = check('Third-party estimates show visits to ChatGPT picking up again after sliding all summer.', '2023-09-20');
    expect(flag).toMatchObject({ topic: 'chatgpt-traffic-decline', stance: 'debunks', reason: { counterEvidence: true } });
    expect(check("Summer slump over: ChatGPT's visits climb again as students return", '2023-09-21')[0]).toMatchObject({ stance: 'debunks' });
  });
  it("Goldman's chief saying the AI rush may be overdone warns of the bubble, in English and Chinese", () => {
    expect(topics('Goldman Sachs CEO David Solomon said the rush into artificial intelligence may be overdone.', '2025-10-03')).toContain('goldman-ai-bubble');
    expect(topics('高盛首席执行官所罗门警告，当前的人工智能投资热潮可能过了头。', '2025-10-03')).toContain('goldman-ai-bubble');
  });
  it('a launch story that retells months of testers-only access corrects the unreleased claim', () => {
    const flags = check('OpenAI has opened Sora to the public. After months in which only a small group of testers could use it, the tool has now launched publicly.', '2024-12-10');
    expect(flags.find((f) => f.topic === 'sora-unreleased')).toMatchObject({ correctionId: 'sora-launch-retires-testing', stance: 'debunks' });
  });
});

describe('mentions are not claims', () => {
  it.each([
    ['ChatGPT alone', 'OpenAI added a voice mode to ChatGPT on Tuesday.'],
    ['a Goldman earnings story', 'Goldman Sachs posted a 20% rise in quarterly profit as trading revenue climbed.'],
    ['a housing bubble', 'Goldman Sachs economists warned that the housing bubble in some cities could deflate.'],
    ['Sora the game character', 'In Kingdom Hearts, Sora has not been released from the dream world until the final act.'],
    ["a site's own traffic drop after a domain move", 'After moving to a new domain, the newspaper saw its search traffic fall by a third.'],
    ['a ChatGPT how-to naming chat.openai.com', 'To start, log in at chat.openai.com and type your first prompt.'],
    ['bubble tea', 'Goldman analysts love bubble tea, and AI is everywhere at the office.'],
    ["another site's traffic falling because of ChatGPT", "Stack Overflow's traffic fell sharply as developers turned to ChatGPT."],
  ])('%s', (_, text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('stance', () => {
  it('recognizes a passage that already debunks the claim', () => {
    const flags = check("ChatGPT's traffic did not fall: the Goldman chart only tracked chat.openai.com, and visitors moved to chatgpt.com.");
    expect(flags.length).toBeGreaterThan(0);
    expect(new Set(flags.map((f) => f.stance))).toEqual(new Set(['debunks']));
  });
  it('recognizes a report of the claim', () => {
    const [flag] = check('According to some analysts, Goldman Sachs says AI is a bubble.');
    expect(flag).toMatchObject({ topic: 'goldman-ai-bubble', stance: 'reports' });
  });
  it('reads an estimate as a report, and an assertion as an assertion', () => {
    expect(check('OpenAI could lose $5 billion this year, analysts estimate.')[0]).toMatchObject({ topic: 'openai-loss', stance: 'reports' });
    expect(check('OpenAI loses $5 billion a year.')[0]).toMatchObject({ topic: 'openai-loss', stance: 'asserts' });
  });
  it('a correction word that is only supposed ("even if…") corrects nothing', () => {
    const flags = check('高盛报告还认为，即便AI叙事最终站不住脚，泡沫也可能要很久才会破裂。', '2024-06-26').filter((f) => f.topic === 'goldman-ai-bubble');
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.map((f) => f.stance)).not.toContain('debunks');
  });
  it("'can't say whether' doubts; it does not deny that anyone said so", () => {
    const flags = check("Goldman's Solomon: can't say if AI is a bubble, but it's not different this time.", '2025-10-05').filter((f) => f.topic === 'goldman-ai-bubble');
    expect(flags.map((f) => f.stance)).not.toContain('debunks');
    expect(check('Goldman Sachs never said AI is a bubble.', '2024-08-10')[0]).toMatchObject({ topic: 'goldman-ai-bubble', stance: 'debunks' });
  });
  it('a rebound that may come is no correction yet', () => {
    const flags = check('ChatGPT流量走跌，元兇竟是學生放暑假？秋季開學或見回升', '2023-07-10').filter((f) => f.topic === 'chatgpt-traffic-decline');
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.map((f) => f.stance)).not.toContain('debunks');
  });
  it("the correction's counter-evidence in other words: the address ChatGPT moved to, a recovery after the summer dip", () => {
    const moved = check('Visits to chat.openai.com dropped because OpenAI was moving ChatGPT to the chatgpt.com address, not because people were leaving.', '2024-09-09');
    expect(moved.find((f) => f.topic === 'chatgpt-traffic-decline')).toMatchObject({ stance: 'debunks', reason: { counterEvidence: true } });
    expect(check("ChatGPT's web traffic recovers after its summer 2023 slump", '2023-11-02')[0]).toMatchObject({ topic: 'chatgpt-traffic-decline', stance: 'debunks' });
  });
  it('an attribution in a later clause of its own speaks of something else; a short closing tag attributes the claim', () => {
    const sora = check('For now Sora is open only to a small group of red teamers and visual artists who are testing it, and OpenAI says it is still refining the model.', '2024-02-16');
    expect(sora.find((f) => f.topic === 'sora-unreleased')?.stance).toBe('asserts');
    expect(check('Sora目前尚未開放給一般大眾使用；不過官方至今公開的範例影片品質極高，已同時引發興奮與憂慮兩種反應。', '2024-02-20')[0]).toMatchObject({ topic: 'sora-unreleased', stance: 'asserts' });
    expect(check('ChatGPT traffic fell 10% in July, analysts said.', '2023-08-10')[0]).toMatchObject({ topic: 'chatgpt-traffic-decline', stance: 'reports' });
    expect(check('他在X平台發文列出OpenAI的多項警訊，包括對手崛起、ChatGPT流量下滑。', '2026-01-20')[0]).toMatchObject({ topic: 'chatgpt-traffic-decline', stance: 'reports' });
  });
  it('does not read the negation inside a negative claim as a denial', () => {
    expect(check('OpenAI has still not released Sora to the public.', '2024-09-01')[0]).toMatchObject({ topic: 'sora-unreleased', stance: 'asserts' });
  });
});

describe('whose decline it is', () => {
  it('a rival named in a later clause does not take the decline from ChatGPT', () => {
    expect(topics('跟踪数据显示，Gemini发布后两周内，ChatGPT的7日独立日活下降约6%，Gemini与ChatGPT访问量之比则由22%升至31%。', '2025-12-05')).toContain('chatgpt-traffic-decline');
  });
  it('a rival in the decline\'s own clause still does', () => {
    expect(topics('ChatGPT推出新功能后，Gemini的日活下降约6%。', '2025-12-05')).not.toContain('chatgpt-traffic-decline');
  });
  it("a rival's fall in its own sentence stays the rival's, even next to a sentence on ChatGPT", () => {
    const text = 'Threads reached 100 million users in five days, but in July it lost about 80% of its daily users. ChatGPT, by comparison, still counts more than 100 million users.';
    expect(topics(text, '2023-08-10')).not.toContain('chatgpt-traffic-decline');
  });
  it('a share word before the fall, or in its clause, makes it a share; one in a later clause does not', () => {
    expect(topics('Similarweb统计，12个月前ChatGPT的全球网站流量占比高达86.7%，到今年1月初降至64.5%。', '2026-01-10')).not.toContain('chatgpt-traffic-decline');
    expect(topics('网页流量方面，Gemini月增24%，同期ChatGPT流量下滑1%、Bing减少6%；生成式AI在网页流量中的占比升至21%。', '2026-01-10')).toContain('chatgpt-traffic-decline');
  });
  it('a falling share (比重) is not a falling count', () => {
    expect(topics('ChatGPT占全球生成式AI网站流量比重由86.7%降至64.5%。', '2026-01-05')).not.toContain('chatgpt-traffic-decline');
  });
  it('a data source named just before the attribution is cited too', () => {
    const flag = check('Similarweb figures reported by Insider show visits to ChatGPT fell by 10% in June.', '2023-07-10').find((f) => f.topic === 'chatgpt-traffic-decline');
    expect(flag?.stance).toBe('asserts');
    expect(check('Analysts reported that visits to ChatGPT fell by 10% in June.', '2023-07-10').find((f) => f.topic === 'chatgpt-traffic-decline')?.stance).toBe('reports');
  });
  it('2023 figures for chat.openai.com are a traffic figure for the summer dip', () => {
    const flags = check('Visits to chat.openai.com fell 9.7% from May to June, according to Similarweb.', '2023-07-10');
    expect(flags.map((f) => f.correctionId)).toContain('chat-openai-com-figures-2023');
  });
  it('a fall in market value, or fewer hallucinations, is not a fall in ChatGPT traffic', () => {
    expect(topics('DeepSeek的下載量超越ChatGPT，隨後美國科技股遭拋售，輝達市值單日蒸發約5930億美元。', '2025-01-31')).not.toContain('chatgpt-traffic-decline');
    expect(topics('2022年GPT-3.5让ChatGPT用户数迎来爆发，2023年GPT-4提升了推理能力并减少幻觉。', '2025-09-15')).not.toContain('chatgpt-traffic-decline');
    expect(topics('ChatGPT visits fell 10% in June, and Nvidia shares slid too.', '2023-07-10')).toContain('chatgpt-traffic-decline');
  });
  it("media sites, social networks or a ChatGPT feature losing users are not ChatGPT losing its own", () => {
    expect(topics('OpenAI的AI搜尋服務上線後，使用者「找答案」更省事，卻可能讓數位媒體流量進一步流失。', '2024-11-04')).not.toContain('chatgpt-traffic-decline');
    expect(topics('ChatGPT出現後，社群媒體的使用時間便開始往下走。', '2025-10-22')).not.toContain('chatgpt-traffic-decline');
    expect(topics('OpenAI在ChatGPT内推出的Agent(智能体)功能,其周活跃付费用户从约400万降到不足100万。', '2026-01-10')).not.toContain('chatgpt-traffic-decline');
  });
  it('visitors ChatGPT sends to other sites are their traffic, not its own', () => {
    expect(topics('If your business tracks visitors arriving from ChatGPT, you have watched a steep drop over the past year.', '2026-05-20')).not.toContain('chatgpt-traffic-decline');
  });
  it('"the chatbot" named in the sentence is ChatGPT on a page about it', () => {
    expect(topics("OpenAI is under pressure. The chatbot's audience has been shrinking month after month.", '2023-08-14')).toContain('chatgpt-traffic-decline');
  });
  it('figures a tracker published are cited, not reported', () => {
    const flag = check('Deedy追蹤的資料顯示，ChatGPT的7日獨立日活跌了約6%。', '2025-12-05').find((f) => f.topic === 'chatgpt-traffic-decline');
    expect(flag?.stance).toBe('asserts');
  });
});

describe('launch coverage retires the tester-only claim', () => {
  const page = (text: string, headline: string, published: string) =>
    checkWithIndex({ blocks: [{ text: headline, kind: 'heading' }, { text, kind: 'text' }], headline, published }, index, TODAY).filter((f) => f.topic === 'sora-unreleased');
  it('a launch story recalling the testers-only months corrects the claim', () => {
    const flags = page('When Sora was first shown in February, only red teamers and a few visual artists could use it.', 'OpenAI opens Sora to paying ChatGPT users', '2024-12-10');
    expect(flags.map((f) => [f.correctionId, f.stance])).toEqual([['sora-launch-retires-testing', 'debunks']]);
  });
  it('the same testers before the launch are the claim itself, not its correction', () => {
    const flags = page('Since February, only red teamers and a few visual artists could use Sora.', 'OpenAI expands Sora tests', '2024-06-10');
    expect(flags.map((f) => f.stance)).not.toContain('debunks');
  });
  it('a gated phase "ahead of a wider release" is no launch', () => {
    const flags = page('此前只有红队测试人员和少数艺术家能用Sora，目前仍在更大范围公开发布前的受控阶段。', 'Sora进入受控访问阶段', '2025-03-01');
    expect(flags.map((f) => f.stance)).not.toContain('debunks');
  });
});

describe('time decides the verdict', () => {
  const dip = 'ChatGPT traffic fell for the first time in June as students left for the summer.';
  it('a July-2023 article on the dip is true-when-written: stale', () => {
    expect(check(dip, '2023-07-10')[0]).toMatchObject({ correctionId: 'chatgpt-summer-2023-dip', verdict: 'stale' });
  });
  it('the same claim before the dip is nothing', () => {
    expect(check(dip, '2023-03-10')).toEqual([]);
  });
  it('"no longer just a feature" retires nothing; "no longer vaporware, it opened on 9 December" does', () => {
    expect(check('Sora 2 is no longer just a feature inside ChatGPT Plus: OpenAI launched it as its own app in the US and Canada.', '2025-10-01').map((f) => f.stance)).not.toContain('debunks');
    expect(check('和一年前相比，Sora 2不再只是ChatGPT Plus里的附加功能，而是率先在美国上线的独立应用。', '2025-10-01').map((f) => f.stance)).not.toContain('debunks');
    expect(check('Sora不再是期货了：OpenAI已于12月9日向公众开放Sora。', '2024-12-10')[0]).toMatchObject({ topic: 'sora-unreleased', stance: 'debunks' });
  });
  it('denying a decline that was measured is no correction: it carries no claim', () => {
    const page = {
      blocks: [
        { text: 'Similarweb編輯表示，ChatGPT去年大部分月份都增長穩健，但在11月和12月確實見到流量回落。', kind: 'text' as const },
        { text: 'Apptopia公關總監認為市場正趨於平穩，但未見頂；到2025年底約兩成用戶同時使用至少兩款聊天機器人。', kind: 'text' as const },
      ],
      headline: '聊天機器人大戰轉入新階段 ChatGPT美國日活份額跌至約45%',
      published: '2026-02-04',
    };
    expect(checkWithIndex(page, index, TODAY).filter((f) => f.stance === 'debunks')).toEqual([]);
  });
  it('"Sora is unreleased": stale when written in 2024, false when written after the launch', () => {
    const sora = 'Sora is still not available to the public.';
    expect(check(sora, '2024-09-01')[0]).toMatchObject({ verdict: 'stale' });
    expect(check(sora, '2025-03-01')[0]).toMatchObject({ verdict: 'false' });
  });
  it('after the shutdown, "Sora is no longer available" is true; "Sora was never released" is still false', () => {
    expect(check('Sora is no longer available: OpenAI shut the app on 26 April.', '2026-06-02')).toEqual([]);
    expect(check('Sora never really launched; it was a demo that OpenAI quietly killed.', '2026-06-02')[0]).toMatchObject({ correctionId: 'sora-never-released', verdict: 'false', stance: 'asserts' });
    expect(check('Sora 从未真正向公众开放过，只是一个演示。', '2026-06-02')[0]).toMatchObject({ correctionId: 'sora-never-released' });
    // Before the launch, "never released" is nothing this correction speaks to.
    expect(check('Sora never really launched; it was a demo.', '2024-06-02').map((f) => f.correctionId)).not.toContain('sora-never-released');
  });
  it('reads dates named in a sentence, but not the start of a span', () => {
    expect(mentionedDates('in june 2023 traffic fell')).toEqual(['2023-06-01']);
    expect(mentionedDates('2023年7月流量下滑')).toEqual(['2023-07-01']);
    expect(mentionedDates('visits since late 2022')).toEqual([]);
    expect(referenceDates('traffic fell in june 2023', '2025-01-10', TODAY)).toEqual([
      { date: '2023-06-01', basis: 'mentioned' },
      { date: '2025-01-10', basis: 'published' },
    ]);
    expect(referenceDates('traffic fell', null, TODAY)).toEqual([{ date: TODAY, basis: 'today' }]);
  });
  it('a later retelling of the 2023 dip is the dip, not the 2024 misreading', () => {
    expect(check('ChatGPT traffic fell in June 2023 as students left for the summer.', '2025-02-01')[0]).toMatchObject({ correctionId: 'chatgpt-summer-2023-dip' });
  });
});

describe('charts', () => {
  it('a chart stands in for the chart words only when it carries the correction’s marks', () => {
    const chart = (text: string) => checkWithIndex({ blocks: [{ text, kind: 'chart' }], published: '2024-08-05' }, index, TODAY);
    expect(chart('ChatGPT visits, monthly, falling since May').map((f) => f.correctionId)).not.toContain('goldman-chatgpt-chart-misread');
    expect(chart('ChatGPT monthly visits falling since May. embed www.similarweb.com').map((f) => f.correctionId)).toContain('goldman-chatgpt-chart-misread');
  });
  it('flags a chart whose description measures chat.openai.com', () => {
    const flags = checkWithIndex({ blocks: [{ text: 'Monthly visits to chat.openai.com, January to July 2024 (Similarweb)', kind: 'chart' }], published: '2024-08-05' }, index, TODAY);
    expect(flags.map((f) => f.topic)).toContain('traffic-chart');
  });
});

describe('a traffic figure for an address the product had left', () => {
  const topicsAt = (text: string, published: string) => [...new Set(check(text, published).map((f) => `${f.topic}:${f.correctionId}`))];
  it('flags visits to bard.google.com falling after Bard became Gemini, and not as a ChatGPT decline', () => {
    expect(topicsAt('Visits to bard.google.com fell 90% in February, Similarweb data show, as ChatGPT kept growing.', '2024-03-05')).toEqual(['measurement-break:break-gemini-bard.google.com']);
  });
  it('leaves alone the move without a traffic claim, declines before the move, and the new address', () => {
    expect(topicsAt('Bard is now called Gemini and lives at gemini.google.com.', '2024-03-05')).toEqual([]);
    expect(topicsAt('Traffic to bard.google.com fell 10% in September, Similarweb says.', '2023-10-05')).toEqual([]);
    expect(topicsAt("Gemini's visits grew 20% in February.", '2024-03-05')).toEqual([]);
  });
  it('a page that explains the move corrects it', () => {
    const [flag] = check('Traffic to bard.google.com fell after Google renamed Bard to Gemini and redirected it to gemini.google.com.', '2024-03-05');
    expect(flag).toMatchObject({ topic: 'measurement-break', stance: 'debunks' });
  });
});

describe('a question mark parts a claim from who answers it', () => {
  // A headline is read whole, so its question and its answer share one passage.
  const headlineTopics = (headline: string) => [...new Set(check('', '2024-08-10', headline).map((f) => f.topic))];

  it("'a bubble?' asked before Goldman is named is the question's, not Goldman's", () => {
    expect(headlineTopics('AI bubble fears? Goldman Sachs says the spending is only getting started')).toEqual([]);
    expect(headlineTopics('AI泡沫论？高盛出面安抚投资者')).toEqual([]);
    expect(headlineTopics('熱潮恐變泡沫？高盛：若AI支出降溫 標普500恐跌兩成')).toEqual([]);
  });

  it('Goldman named in the same question, or no question at all, still carries it', () => {
    expect(headlineTopics('Is Goldman Sachs right that AI is a bubble?')).toEqual(['goldman-ai-bubble']);
    expect(headlineTopics('Goldman Sachs warns AI is a bubble')).toEqual(['goldman-ai-bubble']);
    expect(headlineTopics('高盛警告：AI已成泡沫')).toEqual(['goldman-ai-bubble']);
  });
});

describe("a headline or lede that rules the claim out speaks for the whole page", () => {
  const page = (headline: string, lede: string, body: string) =>
    [...new Set(checkWithIndex({ blocks: [{ text: headline, kind: 'heading' }, { text: lede, kind: 'text' }, { text: body, kind: 'text' }], headline, lede, published: '2025-10-16' }, index, TODAY).map((f) => f.topic))];
  const body = 'Goldman Sachs analysts say talk of an AI bubble is everywhere this autumn.';

  it('a page framed as Goldman saying the boom can last carries no Goldman-bubble claim, even where its body names both', () => {
    expect(page('Goldman: the AI investment boom is only getting started', 'The bank expects years more of data-centre spending.', body)).toEqual([]);
    expect(page('高盛：AI投資熱潮才剛起步　規模遠未過熱', '高盛認為，現階段的基礎建設投資仍有支撐。', '高盛分析師指出，市場對AI泡沫的討論很多。')).toEqual([]);
  });

  it('the frame must name the claim’s subject, and a question is not an answer', () => {
    // Someone else says there is no bubble: Goldman's own claim in the body still counts.
    expect(page('Nvidia chief: AI is not a bubble', 'Jensen Huang dismissed the fears on Tuesday.', body)).toEqual(['goldman-ai-bubble']);
    // "是不是泡沫" asks; it does not say "不是泡沫".
    expect(page('高盛策略师被问美股是不是泡沫', '他临别前回答了市场最关心的问题。', '高盛分析师警告，AI泡沫风险正在上升。')).toEqual(['goldman-ai-bubble']);
  });
});

describe('a Chinese A-not-A question negates nothing', () => {
  it('是不是 / 有沒有 ask; the 不 or 没 in them is no negation, so no correction either', () => {
    const negation = lexicon().negation;
    expect(negationsIn(normalizeText('是不是大家都不玩ChatGPT了'), negation).map((h) => h.term.source)).not.toContain('不是');
    expect(negationsIn(normalizeText('ChatGPT 有沒有人在用'), negation).map((h) => h.term.source)).not.toContain('没有');
    expect(negationsIn(normalizeText('ChatGPT 不是沒人用'), negation).length).toBeGreaterThan(0);
    const asked = check('是不是大家都不玩ChatGPT了', '2024-08-10').filter((f) => f.topic === 'chatgpt-traffic-decline');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((f) => f.stance !== 'debunks')).toBe(true);
  });

  it('nor does a claim\'s core asked that way carry the claim ("有没有发布")', () => {
    expect(topics('OpenAI的服务本身不支持中国内地，这和Sora有没有发布是两回事。', '2025-02-20')).not.toContain('sora-unreleased');
    expect(topics('OpenAI的Sora至今没有发布。', '2024-05-20')).toContain('sora-unreleased');
  });

  it('so do Cantonese 有冇 and 係唔係', () => {
    expect(topics('而家仲有冇人用ChatGPT以外嘅AI？', '2026-01-20')).not.toContain('chatgpt-traffic-decline');
    expect(topics('而家冇人用ChatGPT喇，新鮮感過咗。', '2023-08-20')).toContain('chatgpt-traffic-decline');
    expect(negationsIn(normalizeText('ChatGPT係唔係冇人用'), lexicon().negation).map((h) => h.term.source)).not.toContain('唔');
  });
});

describe('Sora introduced by name', () => {
  it('"a model called Sora" is OpenAI\'s, not a namesake', () => {
    expect(topics("The company has said that the system, called Sora, is for now being tested by outside red team experts.", '2024-03-14')).toContain('sora-unreleased');
    expect(topics('OpenAI 二月发布的一款名叫Sora的视频模型，至今仍未向公众开放。', '2024-05-20')).toContain('sora-unreleased');
    expect(topics('A Kingdom Hearts character called Sora is not yet available in the new game.', '2024-05-20')).not.toContain('sora-unreleased');
  });
});
