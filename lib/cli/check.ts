/** `footnote check`: every input judged, one result per input, failures reported but not fatal. */
import { checkWithIndex, type CorrectionIndex } from '../engine';
import type { Flag } from '../match/check';
import { decidePageStances } from '../match/pageStance';
import type { Stance } from '../match/stance';
import { detectLang } from '../text/lang';
import { loadInput, InputError } from './inputs';

export interface CheckLine {
  input: string;
  lang?: string;
  published?: string | null;
  /** The page's stance per topic: the decision the badge and the popup use. */
  topics?: Array<{ topic: string; stance: Stance; questioned: boolean; unconfirmed?: true; byModel?: true }>;
  flags?: Array<Pick<Flag, 'correctionId' | 'topic' | 'verdict' | 'stance' | 'quote'> & { position: { block: number; start: number; end: number }; reason: string }>;
  error?: string;
}

function reasonText(f: Flag): string {
  const terms = f.reason.matched.map((g) => g.join('/')).filter(Boolean).join(' + ');
  const cues = f.reason.stanceCues.length ? `; stance from ${f.reason.stanceCues.join(', ')}` : '';
  const elsewhere = f.reason.pageEvidence ? `; answered elsewhere on the page by ${f.reason.pageEvidence.join(', ')}` : '';
  const open = f.reason.undecided ? `; the page leaves the debate open (${f.reason.undecided.join(', ')})` : '';
  return `${f.reason.rule}: ${terms}${cues}${elsewhere}${open}; dated ${f.reason.date} (${f.reason.dateBasis})`;
}

export async function checkInput(input: string, index: CorrectionIndex, opts: { today?: string; published?: string; fetch?: typeof fetch } = {}): Promise<CheckLine> {
  try {
    const loaded = await loadInput(input, { fetch: opts.fetch });
    const page = opts.published ? { ...loaded.page, published: opts.published } : loaded.page;
    const text = [page.headline ?? '', ...page.blocks.map((b) => b.text)].join('\n');
    const flags = checkWithIndex(page, index, opts.today);
    return {
      input,
      lang: detectLang(text, loaded.declaredLang),
      published: page.published ?? null,
      topics: decidePageStances(flags).map(({ topic, stance, questioned, unconfirmed, byModel }) => ({ topic, stance, questioned, ...(unconfirmed ? { unconfirmed } : {}), ...(byModel ? { byModel } : {}) })),
      flags: flags.map((f) => ({
        correctionId: f.correctionId,
        topic: f.topic,
        verdict: f.verdict,
        stance: f.stance,
        quote: f.quote,
        position: { block: f.block, start: f.start, end: f.end },
        reason: reasonText(f),
      })),
    };
  } catch (e) {
    if (e instanceof InputError) return { input, error: e.message };
    return { input, error: `could not read: ${(e as Error).message}` };
  }
}

export function formatTable(line: CheckLine): string {
  if (line.error) return `${line.input}\n  ERROR: ${line.error}\n`;
  const head = `${line.input}  [${line.lang}, published ${line.published ?? 'unknown'}]  ${line.flags!.length} flag(s)`;
  const topics = line.topics!.map((t) => `  page ${t.stance} ${t.topic}${t.unconfirmed ? ' (it seems to correct it, not confirmed)' : t.byModel ? ' (by the page model, as a whole)' : t.questioned ? ' (and also questions it)' : ''}`);
  const rows = line.flags!.map((f) => `  - ${f.topic} · ${f.verdict} · ${f.stance} · ${f.correctionId}\n    “${f.quote.length > 160 ? `${f.quote.slice(0, 157)}…` : f.quote}”`);
  return [head, ...topics, ...rows, ''].join('\n');
}
