/** The popup and the in-page card as functions of data and actions, with mock data. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageOverlay } from '../../components/PageOverlay';
import { Popup, type PopupActions, type PopupPage } from '../../components/Popup';
import { strings } from '../../lib/i18n/strings';
import type { Lang } from '../../lib/schema/correction';
import { makeFlag, makeReport } from '../support/flags';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

const actions = (): PopupActions => ({ showOnPage: vi.fn(), hide: vi.fn(), unhide: vi.fn(), setSiteEnabled: vi.fn(), updateNow: vi.fn(), openOptions: vi.fn() });
const store = { count: 13, bySource: { seed: 13, file: 0, feed: 0, user: 0 }, lastUpdated: '2026-11-25T10:00:00.000Z', feeds: [{ url: 'https://f.example/x.json', addedAt: '', count: 0, lastError: 'The feed answered HTTP 404.' }] };
const popup = (page: PopupPage, lang: Lang = 'en', a = actions(), justHidden: string[] = []) =>
  mount(<Popup page={page} store={store} updating={false} justHidden={justHidden} lang={lang} t={strings(lang)} actions={a} />);

describe('popup', () => {
  it('shows each passage once with every correction under it, and what the page does with each claim', () => {
    const flags = [
      makeFlag(),
      makeFlag({ key: 'k2', quote: 'Second passage.', start: 60, end: 75 }),
      makeFlag({ key: 'k3', correctionId: 'goldman-ai-bubble-misread', topic: 'goldman-ai-bubble', stance: 'debunks', quote: 'Goldman never called it a bubble.', start: 100, end: 133 }),
      makeFlag({ key: 'k4', correctionId: 'goldman-chatgpt-chart-misread', topic: 'traffic-chart', summary: { en: 'The chart counted the old domain.' } }),
    ];
    const el = popup({ kind: 'report', report: makeReport(flags) });
    const passages = el.querySelectorAll('[data-passage]');
    expect(passages).toHaveLength(3);
    expect(passages[0].querySelectorAll('.quote')).toHaveLength(1);
    expect([...passages[0].querySelectorAll('[data-correction]')].map((g) => g.getAttribute('data-correction'))).toEqual(['chatgpt-traffic-misread-2024', 'goldman-chatgpt-chart-misread']);
    expect(passages[0].textContent).toContain('Misread');
    expect(passages[0].textContent).toContain('The drop measured the old address.');
    expect(passages[0].textContent).toContain('The chart counted the old domain.');
    expect(passages[0].textContent).toContain('Similarweb');
    expect(passages[0].textContent).toContain('from 2024-05-01');
    expect(passages[1].textContent).toContain('Same correction as above.');
    expect(passages[2].textContent).toContain('This page already corrects it');
    const topics = Object.fromEntries([...el.querySelectorAll('[data-topic]')].map((t) => [t.getAttribute('data-topic'), t.getAttribute('data-stance')]));
    expect(topics).toEqual({ 'chatgpt-traffic-decline': 'asserts', 'traffic-chart': 'asserts', 'goldman-ai-bubble': 'debunks' });
    expect(el.querySelector('[data-topic="goldman-ai-bubble"]')!.textContent).toContain('Corrects');
    expect(el.querySelector('.count')!.textContent).toBe('3 claims to check');
    expect(el.querySelector('.feed-errors')!.textContent).toContain('HTTP 404');
  });

  it("shows a fact-checker's own rating as theirs, under 'Disputed'", () => {
    const el = popup({ kind: 'report', report: makeReport([makeFlag({ verdict: 'disputed', rating: { text: 'Estimate, not reported accounts', by: 'Example Fact Check' } })]) });
    expect(el.querySelector('[data-verdict="disputed"]')!.textContent).toContain('Disputed');
    expect(el.querySelector('.rating')!.textContent).toBe('Rated “Estimate, not reported accounts” by Example Fact Check (their words)');
  });

  it('shows context for a decline that was really measured without a warning', () => {
    const el = popup({ kind: 'report', report: makeReport([makeFlag({ verdict: 'context', correctionId: 'chatgpt-traffic-decline-measured' })]) });
    expect(el.querySelector('[data-topic="chatgpt-traffic-decline"]')!.className).toContain('topic-context');
    expect(el.querySelector('.count')!.textContent).toBe('1 passage with context to add');
    expect(el.querySelector('[data-verdict="context"]')!.textContent).toContain('Context');
  });

  it('warns on a claim the page both repeats and questions, and says so', () => {
    const flags = [makeFlag(), makeFlag({ key: 'k2', stance: 'debunks', quote: 'That reading is wrong.', start: 60, end: 82 })];
    const el = popup({ kind: 'report', report: makeReport(flags) });
    const topic = el.querySelector('[data-topic="chatgpt-traffic-decline"]')!;
    expect(topic.getAttribute('data-stance')).toBe('asserts');
    expect(topic.querySelector('.questioned')!.textContent).toContain('also questions');
    expect(el.querySelector('.count')!.textContent).toBe('2 claims to check');
    expect(el.textContent).not.toContain('This page already corrects it');
  });

  it('warns when the page seems to correct a claim the page-level model does not confirm, and says why', () => {
    const reason = { ...makeFlag().reason, model: { corrects: 0.04, confirmsCorrection: false } };
    const el = popup({ kind: 'report', report: makeReport([makeFlag({ stance: 'debunks', reason })]) });
    const topic = el.querySelector('[data-topic="chatgpt-traffic-decline"]')!;
    expect(topic.getAttribute('data-stance')).toBe('reports');
    expect(topic.querySelector('.questioned')!.textContent).toContain('not in a way Footnote can confirm');
    expect(el.querySelector('.model-reading')!.textContent).toBe('page model: 4% that the page corrects the claim (not enough to confirm)');
    expect(el.textContent).not.toContain('This page already corrects it');
  });

  it('shows a correction the page-level model reads in the page as a whole, and says it is the model reading', () => {
    const reason = { ...makeFlag().reason, model: { corrects: 0.93, confirmsCorrection: true, readsAsCorrection: true as const } };
    const el = popup({ kind: 'report', report: makeReport([makeFlag({ stance: 'asserts', reason })]) });
    const topic = el.querySelector('[data-topic="chatgpt-traffic-decline"]')!;
    expect(topic.getAttribute('data-stance')).toBe('debunks');
    expect(topic.className).toContain('topic-corrected');
    expect(topic.querySelector('.by-model')!.textContent).toContain('the page as a whole reads as a correction');
    expect(el.querySelector('.model-reading')!.textContent).toBe('page model: 93% that the page corrects the claim (enough to read the page as a correction)');
  });

  it("corrects a claim told as others' and answered elsewhere on the page, and says where the answer came from", () => {
    const reason = { ...makeFlag().reason, pageEvidence: ['to chatgpt.com', 'old address'] };
    const el = popup({ kind: 'report', report: makeReport([makeFlag({ stance: 'reports', reason })]) });
    const topic = el.querySelector('[data-topic="chatgpt-traffic-decline"]')!;
    expect(topic.getAttribute('data-stance')).toBe('debunks');
    expect(el.querySelector('.page-evidence')!.textContent).toBe("elsewhere on the page, the correction's own evidence: to chatgpt.com, old address");
  });

  it('does not correct a claim on a page that leaves the debate open, and says so', () => {
    const reason = { ...makeFlag().reason, pageEvidence: ['to chatgpt.com', 'old address'], undecided: ['both sides have a point'] };
    const el = popup({ kind: 'report', report: makeReport([makeFlag({ stance: 'reports', reason })]) });
    const topic = el.querySelector('[data-topic="chatgpt-traffic-decline"]')!;
    expect(topic.getAttribute('data-stance')).toBe('reports');
    expect(el.querySelector('.undecided')!.textContent).toBe('the page leaves the debate open (both sides have a point), so it is not read as a correction');
  });

  it('calls its actions: show on page, not relevant with undo, the site switch', () => {
    const a = actions();
    const el = popup({ kind: 'report', report: makeReport([makeFlag()]) }, 'en', a, ['x']);
    const buttons = [...el.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'Show on page')!.click();
    buttons.find((b) => b.textContent === 'Not relevant')!.click();
    buttons.find((b) => b.textContent === 'Undo')!.click();
    const toggle = el.querySelector('input[role="switch"]') as HTMLInputElement;
    toggle.checked = false;
    toggle.dispatchEvent(new Event('change'));
    expect(a.showOnPage).toHaveBeenCalledWith('chatgpt-traffic-misread-2024:abc');
    expect(a.hide).toHaveBeenCalledWith(['chatgpt-traffic-misread-2024:abc']);
    expect(a.unhide).toHaveBeenCalledWith(['x']);
    expect(a.setSiteEnabled).toHaveBeenCalledWith(false);
  });

  it.each([
    [{ kind: 'nothing', site: 'a.example' } as PopupPage, 'Nothing to flag on this page.'],
    [{ kind: 'off', site: 'a.example' } as PopupPage, 'Footnote is off on this site.'],
    [{ kind: 'cannot-read' } as PopupPage, 'Footnote cannot read this page.'],
    [{ kind: 'scanning', site: 'a.example' } as PopupPage, 'Still reading this page…'],
  ])('empty state %#', (page, title) => {
    expect(popup(page).querySelector('.empty-title')!.textContent).toBe(title);
  });

  it('speaks the interface language and shows correction texts in it, with a fallback', () => {
    const el = popup({ kind: 'report', report: makeReport([makeFlag()]) }, 'zh-Hant');
    expect(el.textContent).toContain('誤讀');
    expect(el.textContent).toContain('下跌的是舊網址。');
    const noHant = popup({ kind: 'report', report: makeReport([makeFlag({ summary: { en: 'English only.' } })]) }, 'zh-Hant');
    expect(noHant.textContent).toContain('English only.');
  });
});

describe('in-page card', () => {
  it('shows one marker per passage and, when open, every flag on it', () => {
    const open = vi.fn();
    const close = vi.fn();
    const flags = [makeFlag(), makeFlag({ key: 'k2', topic: 'traffic-chart', correctionId: 'goldman-chatgpt-chart-misread' })];
    const el = mount(
      <PageOverlay
        markers={[{ key: 'chatgpt-traffic-misread-2024:abc', n: 1, top: 10, left: 20, warning: true }]}
        open={{ key: 'chatgpt-traffic-misread-2024:abc', flags, top: 40, left: 20, width: 300 }}
        lang="en"
        t={strings('en')}
        actions={{ open, close }}
      />,
    );
    const marker = el.querySelector('.marker') as HTMLButtonElement;
    expect(marker.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelectorAll('.card-flag')).toHaveLength(2);
    expect(el.querySelector('.card')!.getAttribute('role')).toBe('dialog');
    marker.click();
    expect(close).toHaveBeenCalled();
  });
});
