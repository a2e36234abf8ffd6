/**
 * Scoring the engine against a labelled corpus: per topic and language, did a passage get the
 * topics it carries (precision, recall) and the stance it takes. Used by the corpus test and
 * printed by `npm run bench`.
 */
import { checkWithIndex, type CorrectionIndex } from '../engine';
import type { Flag } from '../match/check';

export interface CorpusItem {
  id: string;
  lang: string;
  published: string | null;
  headline?: string;
  text: string;
  expect: Array<{ topic: string; stance: string }>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  stanceRight: number;
}

export interface CorpusReport {
  overall: Score;
  byTopicLang: Record<string, Score>;
  mistakes: string[];
}

/** A passage's stance on a topic: debunks if any sentence debunks, else the most frequent. */
export function passageStances(flags: Flag[]): Map<string, string> {
  const byTopic = new Map<string, string[]>();
  for (const f of flags) byTopic.set(f.topic, [...(byTopic.get(f.topic) ?? []), f.stance]);
  return new Map(
    [...byTopic].map(([topic, stances]) => {
      if (stances.includes('debunks')) return [topic, 'debunks'];
      const reports = stances.filter((s) => s === 'reports').length;
      return [topic, reports * 2 >= stances.length ? 'reports' : 'asserts'];
    }),
  );
}

/** Asserting and reporting both spread a claim; what a reader must see is warning vs correction. */
export const side = (stance: string): 'warns' | 'corrects' => (stance === 'debunks' ? 'corrects' : 'warns');

const empty = (): Score => ({ tp: 0, fp: 0, fn: 0, stanceRight: 0 });

export function scoreCorpus(items: CorpusItem[], index: CorrectionIndex, today: string): CorpusReport {
  const overall = empty();
  const byTopicLang: Record<string, Score> = {};
  const mistakes: string[] = [];
  for (const it of items) {
    const blocks = [...(it.headline ? [{ text: it.headline, kind: 'heading' as const }] : []), { text: it.text, kind: 'text' as const }];
    const got = passageStances(checkWithIndex({ blocks, headline: it.headline, published: it.published }, index, today));
    const want = new Map(it.expect.map((e) => [e.topic, e.stance]));
    for (const topic of new Set([...got.keys(), ...want.keys()])) {
      const s = (byTopicLang[`${topic} ${it.lang}`] ??= empty());
      const add = (k: keyof Score) => {
        s[k]++;
        overall[k]++;
      };
      if (got.has(topic) && want.has(topic)) {
        add('tp');
        if (got.get(topic) === want.get(topic)) add('stanceRight');
        else mistakes.push(`${it.id} ${topic}: stance ${got.get(topic)}, labelled ${want.get(topic)}`);
      } else if (got.has(topic)) {
        add('fp');
        mistakes.push(`${it.id} ${topic}: flagged, labelled absent`);
      } else {
        add('fn');
        mistakes.push(`${it.id} ${topic}: missed`);
      }
    }
  }
  return { overall, byTopicLang, mistakes };
}

type Tally = Pick<Score, 'tp' | 'fp' | 'fn'>;
export const precision = (s: Tally) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Tally) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
export const stanceAccuracy = (s: Score) => (s.tp === 0 ? 1 : s.stanceRight / s.tp);
