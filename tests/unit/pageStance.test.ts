/**
 * What a page does with a claim, decided once per page and topic. The costly mistake is a
 * "this page corrects it" on a page that repeats the claim, so a correction needs something
 * that bears on this claim, and mixed evidence warns.
 */
import { describe, expect, it } from 'vitest';
import { CorrectionIndex, checkWithIndex } from '../../lib/engine';
import { AMPLE_PAGE_EVIDENCE, ANSWERED_ELSEWHERE, decidePageStances } from '../../lib/match/pageStance';
import { isWarning, withPageStances } from '../../lib/report';
import { loadSeeds } from '../support/seeds';
import { makeFlag } from '../support/flags';

const index = new CorrectionIndex(loadSeeds());
const TODAY = '2026-12-07';
/** With `rulesOnly`, without the page-level model (its own tests are in model.test.ts). */
const page = (paragraphs: string[], headline?: string, published = '2024-08-20', rulesOnly = false) =>
  checkWithIndex(
    { blocks: [...(headline ? [{ text: headline, kind: 'heading' as const }] : []), ...paragraphs.map((text) => ({ text, kind: 'text' as const }))], headline, lede: paragraphs[0], published },
    index,
    TODAY,
    rulesOnly ? null : undefined,
  );
/** The passage stance of the traffic-decline flag on a one-paragraph page. */
const declineStance = (paragraph: string) => page([paragraph]).find((f) => f.topic === 'chatgpt-traffic-decline')!.stance;
const stances = (paragraphs: string[], headline?: string, rulesOnly = false) =>
  Object.fromEntries(decidePageStances(page(paragraphs, headline, undefined, rulesOnly)).map((t) => [t.topic, t.stance]));

describe('a passage debunks only with something that bears on the claim', () => {
  it('a general correction word in a neighbouring sentence does not turn a claim into a debunk', () => {
    expect(declineStance('ChatGPT traffic fell 10% in July. Analysts say that was an error in judgment by investors who sold chip stocks.')).toBe('asserts');
  });

  it('a correction word that governs the claim in its own clause does', () => {
    expect(declineStance('The idea that ChatGPT traffic collapsed this summer is a misreading of one chart.')).toBe('debunks');
  });

  it('counter-evidence in the sentence before the claim, about another story, does not', () => {
    const wrap = page(["Nvidia rebounded 7% ahead of its earnings. ChatGPT's visitor numbers contracted for a second month in July, data from Similarweb show."], undefined, '2023-08-15', true);
    expect(wrap.filter((f) => f.topic === 'chatgpt-traffic-decline').map((f) => f.stance)).toEqual(['asserts']);
  });

  it("the correction's own counter-evidence does, in a neighbouring sentence too", () => {
    expect(declineStance('Visits to ChatGPT fell sharply after May. But the site moved to chatgpt.com, and the count only followed the old address.')).toBe('debunks');
  });

  it('a claim quoted whole is reported; one quoted word is emphasis, still asserted', () => {
    expect(declineStance('有读者来信问：某财经号上周发的“ChatGPT访问量三个月蒸发八成”是怎么回事？')).toBe('reports');
    expect(declineStance('還記得那波「ChatGPT流量退燒」的討論嗎？')).toBe('reports');
    expect(declineStance('ChatGPT的访问量这个夏天“崩了”。')).toBe('asserts');
  });

  it('words of adoption inside a quotation are the quoted voice, not the page', () => {
    const goldman = (text: string) => page([text]).find((f) => f.topic === 'goldman-ai-bubble')!.stance;
    expect(goldman('看到楼上又在说“高盛都认证了AI是泡沫”，忍不住多嘴两句。')).toBe('reports');
    expect(goldman('高盛都认证了AI是泡沫，别再追高了。')).toBe('asserts');
  });

  it('citing a data source is asserting; attributing a view is reporting', () => {
    expect(declineStance('According to Similarweb data, ChatGPT traffic dropped 10% in July.')).toBe('asserts');
    expect(declineStance('According to some analysts, ChatGPT traffic dropped 10% in July.')).toBe('reports');
    expect(declineStance('据Similarweb数据，ChatGPT的访问量在7月下滑了10%。')).toBe('asserts');
  });
});

describe('the page decides per topic', () => {
  it('a page that repeats the claim and questions it once warns, and says it also questions it', () => {
    const flags = page(['ChatGPT traffic fell 10% in July, and visits to ChatGPT kept dropping in August.', 'The idea that ChatGPT traffic collapsed is a misreading, one reader wrote in.']);
    const [decline] = decidePageStances(flags).filter((t) => t.topic === 'chatgpt-traffic-decline');
    expect(decline).toMatchObject({ stance: 'asserts', questioned: true });
  });

  it('by its rules, a page whose headline corrects the claim corrects the claims it restates to do so', () => {
    // Rules only: on a page this short, whether the page model confirms the ✓ is a matter of its training.
    expect(stances(['A chart of ChatGPT visits fell off a cliff in June.', 'It counted chat.openai.com only, after ChatGPT moved to chatgpt.com.'], 'No, ChatGPT is not losing its users', true)).toMatchObject({
      'chatgpt-traffic-decline': 'debunks',
    });
  });

  it('a headline that frames a correction is not enough without a passage that corrects', () => {
    expect(stances(['ChatGPT traffic fell 10% in July.'], 'The ChatGPT myth nobody checks')).toMatchObject({ 'chatgpt-traffic-decline': 'asserts' });
  });

  it('reports when more passages attribute the claim than assert it', () => {
    const flags = [makeFlag({ key: 'a', stance: 'reports' }), makeFlag({ key: 'b', stance: 'reports' }), makeFlag({ key: 'c', stance: 'asserts' })];
    expect(decidePageStances(flags)).toEqual([{ topic: 'chatgpt-traffic-decline', stance: 'reports', questioned: false, passages: 3 }]);
  });

  it("a claim only told as others' and answered with the correction's own evidence is corrected; a general correction word is not enough", () => {
    const reason = makeFlag().reason;
    const told = makeFlag({ key: 'a', stance: 'reports' });
    const refuted = makeFlag({ key: 'b', stance: 'debunks', reason: { ...reason, counterEvidence: true } });
    const disputed = makeFlag({ key: 'c', stance: 'debunks' });
    expect(decidePageStances([told, refuted])).toEqual([{ topic: 'chatgpt-traffic-decline', stance: 'debunks', questioned: false, passages: 2 }]);
    expect(decidePageStances([told, disputed])).toMatchObject([{ stance: 'reports', questioned: true }]);
    // Asserted anywhere on the page, the claim is not corrected by the page.
    expect(decidePageStances([told, refuted, makeFlag({ key: 'd', stance: 'asserts' })])).toMatchObject([{ stance: 'asserts', questioned: true }]);
  });

  it("a claim told as others' and answered elsewhere on the page with the correction's own evidence is corrected; asserted, it is a warning that also questions it", () => {
    const answered = { ...makeFlag().reason, pageEvidence: ['chatgpt.com', 'redirect'] };
    expect(decidePageStances([makeFlag({ key: 'a', stance: 'reports', reason: answered })])).toEqual([{ topic: 'chatgpt-traffic-decline', stance: 'debunks', questioned: false, passages: 1 }]);
    // One word of it ("the address", in a passing doubt) questions the claim; it does not answer it.
    const hinted = { ...makeFlag().reason, pageEvidence: ['chatgpt.com'].slice(0, ANSWERED_ELSEWHERE - 1) };
    expect(decidePageStances([makeFlag({ key: 'a', stance: 'reports', reason: hinted })])).toMatchObject([{ stance: 'reports', questioned: true }]);
    expect(decidePageStances([makeFlag({ key: 'a', stance: 'asserts', reason: answered })])).toMatchObject([{ stance: 'asserts', questioned: true }]);
    expect(decidePageStances([makeFlag({ key: 'a', stance: 'reports' })])).toMatchObject([{ stance: 'reports', questioned: false }]);
  });

  it('a correction the page model does not confirm still stands on ample counter-evidence of its own, never on a little', () => {
    const unconfirmed = { ...makeFlag().reason, model: { corrects: 0.01, confirmsCorrection: false } };
    const evidence = (n: number) => ({ ...unconfirmed, pageEvidence: ['real title', 'one analyst', 'strategists', 'question mark'].slice(0, n) });
    const told = (n: number) => decidePageStances([makeFlag({ key: 'a', stance: 'reports', reason: evidence(n) })]);
    expect(told(AMPLE_PAGE_EVIDENCE)).toEqual([{ topic: 'chatgpt-traffic-decline', stance: 'debunks', questioned: false, passages: 1 }]);
    expect(told(AMPLE_PAGE_EVIDENCE - 1)).toMatchObject([{ stance: 'reports', questioned: true, unconfirmed: true }]);
    // Asserted in the page's own voice, however much evidence it also gives, it stays a warning.
    expect(decidePageStances([makeFlag({ key: 'a', stance: 'asserts', reason: evidence(4) })])).toMatchObject([{ stance: 'asserts', questioned: true }]);
  });

  it('a passage that seems to assert the claim does not stop a correction that a passage debunks and ample evidence backs', () => {
    const reason = (n: number) => ({ ...makeFlag().reason, pageEvidence: ['chatgpt.com', 'redirect', 'old address', 'two domains'].slice(0, n) });
    const page = (n: number, debunks = true) =>
      decidePageStances([makeFlag({ key: 'a', stance: 'asserts', reason: reason(n) }), makeFlag({ key: 'b', stance: debunks ? 'debunks' : 'reports', reason: reason(n) })]);
    expect(page(AMPLE_PAGE_EVIDENCE)).toMatchObject([{ stance: 'debunks', questioned: false }]);
    // Less evidence, or no passage that debunks: mixed, a warning that also questions the claim.
    expect(page(AMPLE_PAGE_EVIDENCE - 1)).toMatchObject([{ stance: 'asserts', questioned: true }]);
    expect(page(AMPLE_PAGE_EVIDENCE, false)).toMatchObject([{ stance: 'asserts', questioned: true }]);
  });

  it('a page that leaves the debate open reports it, even where one side answers the claim; a page framed as a correction still corrects it', () => {
    const thread = [
      'Original post: a chart of chat.openai.com visits dives after May. Are people really giving up on ChatGPT?',
      'Reply: ChatGPT moved its home to chatgpt.com in May, and the old address now redirects, so of course that line falls.',
      "Reply: both sides have a point; until someone adds ChatGPT's two domains up, nobody can say.",
    ];
    const decided = decidePageStances(page(thread, undefined, '2024-08-12', true));
    expect(decided.find((t) => t.topic === 'chatgpt-traffic-decline')).toMatchObject({ stance: 'reports', questioned: true });
    // Without the words that leave it open, the answer corrects the claim.
    expect(stances(thread.slice(0, 2), undefined, true)['chatgpt-traffic-decline']).toBe('debunks');
    // Said at the foot of a long page, past what the page model reads, the words still count.
    const filler = Array.from({ length: 200 }, (_, i) => `Reply ${i}: ChatGPT came up again, with people comparing the prompts they use for homework and for writing.`);
    const long = [...thread.slice(0, 2), ...filler, thread[2]];
    expect(long.join('\n').length).toBeGreaterThan(20_000);
    expect(decidePageStances(page(long, undefined, '2024-08-12', true)).find((t) => t.topic === 'chatgpt-traffic-decline')).toMatchObject({ stance: 'reports', questioned: true });
    const open = { ...makeFlag().reason, undecided: ['both sides have a point'] };
    expect(decidePageStances([makeFlag({ key: 'a', stance: 'debunks', reason: { ...open, framed: ['misread'] } })])).toMatchObject([{ stance: 'debunks' }]);
  });

  it('words by which the page adopts the claim elsewhere make a passage that attributes it assert it', () => {
    const said = "Goldman Sachs's head of equity research said the trillion dollars going into AI will not pay off.";
    const goldman = (paragraph: string) => stances([paragraph], undefined, true)['goldman-ai-bubble'];
    expect(goldman(said)).toBe('reports');
    expect(goldman(`${said} Investors would do well to remember: it is time to listen.`)).toBe('asserts');
    // Quoted, the words are someone else's.
    expect(goldman(`${said} One fund manager wrote: "it is time to listen."`)).toBe('reports');
  });

  it("on a claim the page model does not judge, a page framed as this correction is confirmed by one piece of the correction's own evidence anywhere on it", () => {
    const decide = (evidence: string) =>
      decidePageStances(page(['不少評論以「高盛早已斷言AI是泡沫」作為論據。', evidence], '「高盛說AI是泡沫」是以訛傳訛', '2025-10-20')).find((t) => t.topic === 'goldman-ai-bubble');
    expect(decide('那份報告的標題是一個開放的問句。')).toMatchObject({ stance: 'debunks', questioned: false });
    // A framing headline alone, with none of the correction's own evidence: it seems to correct the claim, unconfirmed.
    expect(decide('筆者翻查了原文。')).toMatchObject({ stance: 'reports', questioned: true, unconfirmed: true });
  });

  it('finds that evidence in a paragraph of its own, read from the page', () => {
    const told = 'A graph going around social media shows monthly visits to ChatGPT dropping by half between April and June, and it is being shared as proof the chatbot is being abandoned.';
    const answer = 'In early May OpenAI began redirecting the old address to chatgpt.com, and analytics firms count the two separately.';
    const flags = page([told, answer], undefined, '2024-08-20', true);
    const decline = flags.filter((f) => f.topic === 'chatgpt-traffic-decline');
    expect(decline.length).toBeGreaterThan(0);
    expect(decline.every((f) => f.stance !== 'debunks')).toBe(true);
    expect(decline[0].reason.pageEvidence).toEqual(expect.arrayContaining(['to chatgpt.com']));
    expect(stances([told, answer], undefined, true)['chatgpt-traffic-decline']).toBe('debunks');
    // Without the answer, the same page spreads the claim.
    expect(stances([told], undefined, true)['chatgpt-traffic-decline']).not.toBe('debunks');
    // Said in its own voice, the claim is not corrected by a paragraph elsewhere: a warning that also questions it.
    const own = 'Monthly visits to ChatGPT dropped by half between April and June.';
    expect(decidePageStances(page([own, answer], undefined, '2024-08-20', true))).toMatchObject([{ topic: 'chatgpt-traffic-decline', stance: 'asserts', questioned: true }]);
  });

  it('every flag carries its topic’s decision, so the badge, markers and popup agree', () => {
    const flags = [makeFlag({ key: 'a', stance: 'debunks' }), makeFlag({ key: 'b', stance: 'asserts' })];
    const decided = withPageStances(flags);
    expect(decided.flags.map((f) => [f.stance, f.pageStance, f.questioned])).toEqual([
      ['debunks', 'asserts', true],
      ['asserts', 'asserts', true],
    ]);
  });
});

describe('a decline that was really measured', () => {
  it('a 2026 report of the measured decline gets context, not the 2024 misreading, and no warning', () => {
    const flags = page(['ChatGPT has lost more than 22% of its web traffic in six weeks, according to Similarweb data, as daily visits fell from 203 million to 158 million.'], undefined, '2026-01-08');
    const decline = flags.find((f) => f.topic === 'chatgpt-traffic-decline')!;
    expect(decline).toMatchObject({ correctionId: 'chatgpt-traffic-decline-measured', verdict: 'context' });
    const [shown] = withPageStances([makeFlag({ ...decline, key: 'k' })]).flags;
    expect(isWarning(shown)).toBe(false);
  });

  it('a later retelling of the Goldman chart is still the misreading', () => {
    const flags = page(['Last summer a Goldman Sachs chart showed ChatGPT traffic collapsing, and investors panicked.'], undefined, '2025-03-08');
    expect(flags.find((f) => f.topic === 'chatgpt-traffic-decline')).toMatchObject({ correctionId: 'chatgpt-traffic-misread-retold', verdict: 'misread' });
  });
});
