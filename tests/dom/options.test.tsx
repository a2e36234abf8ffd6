/**
 * The options page's views in happy-dom, with mock data and mock actions: the corrections list
 * and its filters, the editor's validation as you type and its save, the import preview, the
 * feeds' status, sites and preferences.
 */
import { render, type ComponentChild } from 'preact';
import { useEffect } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CorrectionsSection, type CorrectionsActions } from '../../components/options/CorrectionsSection';
import { CorrectionView } from '../../components/options/CorrectionView';
import { EditorForm } from '../../components/options/EditorForm';
import { FeedsSection, type FeedsActions } from '../../components/options/FeedsSection';
import { ImportExportSection, type ImportExportActions, type ImportState } from '../../components/options/ImportExportSection';
import { PreferencesSection } from '../../components/options/PreferencesSection';
import { SitesSection } from '../../components/options/SitesSection';
import { optionsStrings, OPTIONS_STRINGS } from '../../lib/i18n/optionsStrings';
import type { Correction } from '../../lib/schema/correction';
import type { SaveResult } from '../../lib/store/types';
import { checkDraft, draftOf } from '../../lib/ui/options/draft';
import { PAGE_SIZE } from '../../lib/ui/options/useCorrections';
import { useEditor } from '../../lib/ui/options/useEditor';
import { OptionsApp } from '../../lib/ui/optionsApp';
import { sendMessage } from '../../lib/messages';
import { loadSeeds, makeCorrection } from '../support/seeds';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn() }));

const t = optionsStrings('en');
const seeds = loadSeeds();
let root: HTMLElement;

function mount(vnode: ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T & HTMLElement>(selector)!;
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

async function type(selector: string, value: string) {
  const field = $<HTMLInputElement>(selector);
  expect(field, selector).toBeTruthy();
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(selector: string, value: string) {
  const select = $<HTMLSelectElement>(selector);
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function click(selector: string | HTMLElement) {
  const target = typeof selector === 'string' ? $(selector) : selector;
  expect(target, String(selector)).toBeTruthy();
  await act(() => target.click());
}

function mockActions<T>(names: string[]): T {
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as T;
}

describe('the corrections list', () => {
  const names = ['setQuery', 'page', 'toggle', 'togglePage', 'clearSelection', 'view', 'edit', 'remove', 'undo', 'newCorrection', 'resetSeeds'];
  const show = (over: Partial<Parameters<typeof CorrectionsSection>[0]> = {}) => {
    const actions = mockActions<CorrectionsActions>(names);
    mount(
      <CorrectionsSection
        list={{ total: 60, items: seeds.slice(0, 5) }}
        query={{ offset: 0, limit: 25 }}
        topics={['goldman-ai-bubble', 'sora-unreleased']}
        selected={[]}
        notice={null}
        canUndo={false}
        busy={false}
        lang="en"
        t={t}
        actions={actions}
        {...over}
      />,
    );
    return actions;
  };

  it('renders a row per correction, in the interface language with fallback', () => {
    show({ lang: 'zh-Hant', t: optionsStrings('zh-Hant'), list: { total: 2, items: [seeds[0], makeCorrection({ claim: { en: 'Only in English.' } })] } });
    const rows = $$('[data-testid="correction-row"]');
    expect(rows.map((r) => r.dataset.id)).toEqual([seeds[0].id, 'test-claim']);
    expect(rows[0].textContent).toContain(seeds[0].claim['zh-Hant']);
    const fallback = rows[1].querySelector('td[lang]')!;
    expect([fallback.textContent, fallback.getAttribute('lang')]).toEqual(['Only in English.', 'en']);
    expect($('[data-testid="corrections-list"]').textContent).toContain('誤讀');
  });

  it('calls the actions for search, each filter, paging, selection and row buttons', async () => {
    const actions = show();
    await type('[data-testid="search"]', 'sora');
    expect(actions.setQuery).toHaveBeenLastCalledWith({ text: 'sora' });
    await choose('#filter-verdict', 'stale');
    expect(actions.setQuery).toHaveBeenLastCalledWith({ verdict: 'stale' });
    await choose('#filter-topic', 'sora-unreleased');
    expect(actions.setQuery).toHaveBeenLastCalledWith({ topic: 'sora-unreleased' });
    await choose('#filter-source', 'user');
    expect(actions.setQuery).toHaveBeenLastCalledWith({ source: 'user' });
    await choose('#filter-lang', 'zh-Hans');
    expect(actions.setQuery).toHaveBeenLastCalledWith({ lang: 'zh-Hans' });
    await choose('#filter-lang', '');
    expect(actions.setQuery).toHaveBeenLastCalledWith({ lang: undefined });
    await click($('#filter-due'));
    expect(actions.setQuery).toHaveBeenLastCalledWith({ dueBy: new Date().toISOString().slice(0, 10) });

    await click($$('.pager button')[1]);
    expect(actions.page).toHaveBeenCalledWith(25);
    expect($$('.pager button')[0].hasAttribute('disabled')).toBe(true);
    expect($('.pager').textContent).toContain('1–5 of 60');

    const row = $$('[data-testid="correction-row"]')[2];
    await click(row.querySelector<HTMLElement>('input[type="checkbox"]')!);
    expect(actions.toggle).toHaveBeenCalledWith(seeds[2].id, true);
    await click(row.querySelector<HTMLElement>('[data-testid="delete"]')!);
    expect(actions.remove).toHaveBeenCalledWith(seeds[2].id);
    await click([...row.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === 'Edit')!);
    expect(actions.edit).toHaveBeenCalledWith(seeds[2].id);
    await click('[data-testid="new-correction"]');
    await click('[data-testid="reset-seeds"]');
    expect(actions.newCorrection).toHaveBeenCalled();
    expect(actions.resetSeeds).toHaveBeenCalled();
  });

  it('offers undo after a delete, in a live region', async () => {
    const actions = show({ notice: { kind: 'ok', text: 'Deleted x.' }, canUndo: true });
    const status = $('[role="status"]');
    expect(status.textContent).toContain('Deleted x.');
    expect(document.activeElement).toBe($('[data-testid="undo"]'));
    await click('[data-testid="undo"]');
    expect(actions.undo).toHaveBeenCalled();
  });

  it('shows a correction in full: three languages, evidence, window, triggers and rules', () => {
    const c = seeds[0];
    mount(<CorrectionView correction={c} lang="en" t={t} actions={{ edit: vi.fn(), close: vi.fn() }} />);
    const text = $('[data-testid="correction-view"]').textContent!;
    for (const l of ['en', 'zh-Hant', 'zh-Hans'] as const) expect(text).toContain(c.summary[l]);
    expect(text).toContain(c.evidence[0].publisher);
    expect(text).toContain(`from ${c.appliesFrom}`);
    expect($('pre.json').textContent).toContain('"all"');
  });
});

function EditorHarness({ save, base }: { save: (input: Record<string, unknown>) => Promise<SaveResult>; base?: Correction }) {
  const editor = useEditor({ save, onSaved: () => undefined, messages: t.editor, failed: t.common.failed });
  useEffect(() => (base ? editor.actions.openEdit(base) : editor.actions.openNew()), []);
  return editor.view ? <EditorForm view={editor.view} topics={['traffic-chart']} lang="en" t={t} actions={editor.actions} /> : <p class="closed">closed</p>;
}

describe('the correction editor', () => {
  const errorsOf = (path: string) => root.querySelector(`#field-${path}-errors`)?.textContent ?? '';

  it('shows a bad field\'s error next to it as it is typed, and no error for untouched fields', async () => {
    mount(<EditorHarness save={vi.fn()} />);
    expect($('[data-testid="editor"]')).toBeTruthy();
    await type('#field-id', 'Bad ID!');
    expect(errorsOf('id')).toContain('must be 2-120 characters');
    expect($('#field-id').getAttribute('aria-invalid')).toBe('true');
    expect($('#field-id').getAttribute('aria-describedby')).toContain('field-id-errors');
    expect(errorsOf('topic')).toBe('');
    await type('#field-id', 'good-id');
    expect(errorsOf('id')).toBe('');
    await type('#field-rules', '{"all": [');
    expect(errorsOf('rules')).toContain('is not valid JSON');
    await type('#field-evidence-0-url', 'not a url');
    expect(errorsOf('evidence-0-url')).toContain('must be a URL');
  });

  it('lists every problem on a save with errors, and does not save', async () => {
    const save = vi.fn();
    mount(<EditorHarness save={save} />);
    await click('[data-testid="save"]');
    expect(save).not.toHaveBeenCalled();
    expect($('.error-summary').getAttribute('role')).toBe('alert');
    expect($('.error-summary').textContent).toContain('topic:');
    expect(errorsOf('claim')).toContain('needs a text in at least one language');
    expect(errorsOf('triggers')).toContain('needs at least one trigger');
  });

  it('saves the draft once it is valid', async () => {
    const save = vi.fn(async (input: Record<string, unknown>): Promise<SaveResult> => ({ ok: true, record: input as unknown as Correction }));
    mount(<EditorHarness save={save} />);
    await type('#field-id', 'my-widgets');
    await type('#field-topic', 'widgets');
    await choose('#field-verdict', 'stale');
    await type('#field-claim-en', 'Widgets are collapsing.');
    await type('#field-summary-zh-Hans', '并没有。');
    await type('#field-evidence-0-title', 'Widget report');
    await type('#field-evidence-0-publisher', 'Widget Times');
    await type('#field-evidence-0-url', 'https://example.org/widgets');
    await type('#field-evidence-0-date', '2024-08-01');
    await type('#field-triggers-en', 'widget, widgets\ngadget');
    await type('#field-rules', '{"all": [{"terms": ["collapsing"]}]}');
    await click('[data-testid="save"]');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0]).toMatchObject({
      id: 'my-widgets',
      topic: 'widgets',
      verdict: 'stale',
      claim: { en: 'Widgets are collapsing.' },
      summary: { 'zh-Hans': '并没有。' },
      evidence: [{ title: 'Widget report', publisher: 'Widget Times', url: 'https://example.org/widgets', date: '2024-08-01' }],
      triggers: { en: ['widget', 'widgets', 'gadget'] },
      rules: { all: [{ terms: ['collapsing'] }] },
      source: 'user',
    });
    expect($('.closed')).toBeTruthy();
  });

  it('shows the errors the store answers with, by field', async () => {
    const save = vi.fn(async (): Promise<SaveResult> => ({ ok: false, errors: [{ index: 0, id: 'test-claim', path: 'evidence.0.url', message: 'refused by the store' }] }));
    mount(<EditorHarness save={save} base={makeCorrection()} />);
    expect($<HTMLInputElement>('#field-id').readOnly).toBe(true);
    await click('[data-testid="save"]');
    expect(save).toHaveBeenCalled();
    expect(errorsOf('evidence-0-url')).toContain('refused by the store');
  });

  it('round-trips every seed through the form unchanged', () => {
    for (const seed of seeds) {
      const { input, errors } = checkDraft(draftOf(seed), seed, t.editor, seed.updatedAt);
      expect(errors, seed.id).toEqual([]);
      expect(JSON.parse(JSON.stringify(input)), seed.id).toEqual(JSON.parse(JSON.stringify(seed)));
    }
  });
});

describe('import and export', () => {
  const names = ['pick', 'setDragging', 'commit', 'discard', 'setScope', 'exportAs'];
  const show = (importing: ImportState | null, selectedCount = 0) => {
    const actions = mockActions<ImportExportActions>(names);
    mount(<ImportExportSection importing={importing} dragging={false} scope="all" selectedCount={selectedCount} notice={null} t={t} actions={actions} />);
    return actions;
  };

  it('previews counts and invalid records before anything is written', async () => {
    const invalid = [{ index: 3, id: 'bad-one', path: 'evidence.0.url', message: 'must be a URL' }];
    const preview = { ok: true, format: 'footnote' as const, added: ['a', 'b'], changed: ['c'], unchanged: ['d', 'e', 'f'], deleted: [], keptUserEdits: ['g'], invalid };
    const actions = show({ name: 'pack.json', stage: 'ready', preview });
    const shown = $('[data-testid="import-preview"]');
    const count = (key: string) => shown.querySelector(`[data-count="${key}"] dd`)!.textContent;
    expect([count('added'), count('changed'), count('unchanged'), count('deleted'), count('keptUserEdits'), count('invalid')]).toEqual(['2', '1', '3', '0', '1', '1']);
    expect(shown.querySelector('.invalid-lines')!.textContent).toBe('record 3 (bad-one): evidence.0.url: must be a URL');
    await click('[data-testid="import-commit"]');
    expect(actions.commit).toHaveBeenCalled();
  });

  it('shows a file-level error and offers no import', () => {
    show({ name: 'page.html', stage: 'ready', preview: { ok: false, error: 'This is HTML or XML, not JSON.', added: [], changed: [], unchanged: [], deleted: [], keptUserEdits: [], invalid: [] } });
    expect($('[data-testid="import-preview"]').textContent).toContain('This is HTML or XML, not JSON.');
    expect($('[data-testid="import-commit"]')).toBeNull();
  });

  it('takes a file from the picker or a drop, and exports in both formats', async () => {
    const actions = show(null, 2);
    const file = new File(['{}'], 'pack.json', { type: 'application/json' });
    const input = $<HTMLInputElement>('[data-testid="import-input"]');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.pick).toHaveBeenCalledWith(file);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    await act(() => {
      $('.dropzone').dispatchEvent(drop);
    });
    expect(actions.pick).toHaveBeenCalledTimes(2);
    expect(drop.defaultPrevented).toBe(true);
    await click('[data-testid="export-footnote"]');
    await click('[data-testid="export-claimreview"]');
    expect(vi.mocked(actions.exportAs).mock.calls).toEqual([['footnote'], ['claimreview']]);
    expect(root.textContent).toContain('Selected in the list (2)');
  });

  it('shows what an import wrote', () => {
    show({ name: 'pack.json', stage: 'done', result: { ok: true, format: 'footnote', added: ['a'], changed: [], unchanged: [], deleted: [], keptUserEdits: [], invalid: [], written: 1 } });
    expect($('[data-testid="import-result"]').textContent).toContain('Import done: 1 record written.');
  });
});

describe('feeds', () => {
  it('shows each feed\'s status, with a failing one marked as such', async () => {
    const actions = mockActions<FeedsActions>(['setUrl', 'setKey', 'add', 'remove', 'update']);
    const feeds = [
      { url: 'https://good.example/feed.json', addedAt: '2024-08-01T00:00:00Z', lastSuccess: '2024-08-02T00:00:00Z', lastAttempt: '2024-08-02T00:00:00Z', count: 4 },
      { url: 'https://bad.example/feed.json', addedAt: '2024-08-01T00:00:00Z', lastAttempt: '2024-08-02T00:00:00Z', lastError: 'The feed answered HTTP 404.', count: 0, publicKey: 'k' },
    ];
    mount(<FeedsSection feeds={feeds} url="https://new.example/f.json" publicKey="" busy={null} notice={{ kind: 'error', text: 'Boom' }} lang="en" t={t} actions={actions} />);
    const items = $$('[data-testid="feed-list"] > li');
    expect(items.map((li) => li.dataset.state)).toEqual(['ok', 'error']);
    expect(items[0].textContent).toContain('4 corrections');
    expect(items[1].textContent).toContain('Failing');
    expect(items[1].textContent).toContain('The feed answered HTTP 404.');
    expect(items[1].textContent).toContain('Signed with a pinned key');
    expect($('[role="alert"]').textContent).toBe('Boom');
    await type('[data-testid="feed-url"]', 'https://x.example/f.json');
    expect(actions.setUrl).toHaveBeenCalledWith('https://x.example/f.json');
    await click('[data-testid="feed-add"]');
    expect(actions.add).toHaveBeenCalled();
    await click(items[1].querySelector<HTMLElement>('button.danger')!);
    expect(actions.remove).toHaveBeenCalledWith('https://bad.example/feed.json');
  });
});

describe('sites and preferences', () => {
  it('turns a site back on and brings a hidden flag back', async () => {
    const actions = { enableSite: vi.fn(), bringBack: vi.fn() };
    const hidden = { 'news.example': [{ key: 'k1', correctionId: 'sora-unreleased-2024', quote: 'Sora is still unreleased', hiddenAt: '2024-08-01T00:00:00Z' }] };
    mount(<SitesSection disabledSites={['off.example']} hiddenFlags={hidden} notice={null} lang="en" t={t} actions={actions} />);
    await click('[data-testid="disabled-sites"] button');
    expect(actions.enableSite).toHaveBeenCalledWith('off.example');
    expect($('[data-testid="hidden-flags"]').textContent).toContain('Sora is still unreleased');
    await click('[data-testid="hidden-flags"] button');
    expect(actions.bringBack).toHaveBeenCalledWith('news.example', 'k1');
  });

  it('changes the language and the highlight style', async () => {
    const actions = { setLanguage: vi.fn(), setHighlight: vi.fn() };
    mount(<PreferencesSection prefs={{ language: 'auto', highlight: 'underline' }} notice={null} t={t} actions={actions} />);
    expect($('label[for="pref-language"]').textContent).toBe('Interface language');
    await choose('[data-testid="language"]', 'zh-Hant');
    await choose('[data-testid="highlight-style"]', 'background');
    expect(actions.setLanguage).toHaveBeenCalledWith('zh-Hant');
    expect(actions.setHighlight).toHaveBeenCalledWith('background');
  });

  it('has every interface string in all three languages', () => {
    const shape = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? shape(v).map((s) => `${k}.${s}`) : [k]));
    const en = shape(OPTIONS_STRINGS.en).sort();
    expect(shape(OPTIONS_STRINGS['zh-Hant']).sort()).toEqual(en);
    expect(shape(OPTIONS_STRINGS['zh-Hans']).sort()).toEqual(en);
  });
});

describe('the options page as a whole (messages mocked)', () => {
  const flush = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

  it('lists, filters, deletes with undo, refuses a taken id, and asks for a feed\'s site in the click', async () => {
    const store = new Map(seeds.map((c) => [c.id, c]));
    const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;
    send.mockImplementation(async (name: string, data: any) => {
      if (name === 'listCorrections') {
        const items = [...store.values()].filter((c) => !data.verdict || c.verdict === data.verdict);
        return { total: items.length, items: items.slice(data.offset ?? 0, (data.offset ?? 0) + (data.limit ?? 50)) };
      }
      if (name === 'getCorrection') return store.get(data) ?? null;
      if (name === 'deleteCorrection') return [store.get(data), store.delete(data)][0];
      if (name === 'restoreCorrection') return void store.set(data.id, data);
      if (name === 'addFeed') return { url: data.url, addedAt: '2024-08-01T00:00:00Z', count: 0 };
      if (name === 'listFeeds') return [];
      throw new Error(`unexpected ${name}`);
    });
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    mount(<OptionsApp lang="en" />);
    await flush();
    expect($$('[data-testid="correction-row"]')).toHaveLength(Math.min(seeds.length, PAGE_SIZE));

    await choose('#filter-verdict', 'stale');
    await flush();
    expect(send).toHaveBeenLastCalledWith('listCorrections', { offset: 0, limit: 25, verdict: 'stale' });
    const stale = seeds.filter((c) => c.verdict === 'stale').map((c) => c.id);
    expect($$('[data-testid="correction-row"]').map((r) => r.dataset.id)).toEqual(stale);

    await click($$('[data-testid="delete"]')[0]);
    await flush();
    expect($$('[data-testid="correction-row"]').map((r) => r.dataset.id)).toEqual(stale.slice(1));
    await click('[data-testid="undo"]');
    await flush();
    expect(send).toHaveBeenCalledWith('restoreCorrection', seeds.find((c) => c.id === stale[0]));
    expect($$('[data-testid="correction-row"]')).toHaveLength(stale.length);

    await click('[data-testid="new-correction"]');
    const draft = draftOf(makeCorrection({ id: stale[0] }));
    for (const [field, value] of Object.entries({ id: draft.id, topic: draft.topic, 'claim-en': draft.claim.en, 'summary-en': draft.summary.en, 'triggers-en': draft.triggers.en, rules: draft.rules }))
      await type(`#field-${field}`, value);
    for (const [key, value] of Object.entries(draft.evidence[0])) await type(`#field-evidence-0-${key}`, value);
    await click('[data-testid="save"]');
    await flush();
    expect(root.querySelector('#field-id-errors')?.textContent).toContain('already used');
    expect(send).not.toHaveBeenCalledWith('saveCorrection', expect.anything());

    await type('[data-testid="feed-url"]', 'https://feeds.example:8443/pack.json');
    await act(() => $('[data-testid="feed-add"]').click());
    expect(request).toHaveBeenCalledWith({ origins: ['https://feeds.example/*'] });
    await flush();
    expect(send).toHaveBeenCalledWith('addFeed', { url: 'https://feeds.example:8443/pack.json', publicKey: undefined });
    expect($('#feeds [role="status"]').textContent).toContain('Subscribed to https://feeds.example:8443/pack.json');
  });
});
