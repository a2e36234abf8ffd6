/**
 * How the page model's thresholds were chosen: a five-fold cross-validation over the items rules
 * are tuned on, folds grouped by source page, so that no page is read by a model that learnt from
 * it or from another rewrite of it. For each setting it counts the page-level ✓ given, right and
 * labelled, with each fold's pages read by a model trained on the other folds only.
 * `npm run train -- --cross-validate` prints it.
 */
import { CorrectionIndex } from '../engine';
import { hashText } from '../match/check';
import { footnoteJudge, scorePages } from '../quality/pages';
import { isTuned } from '../quality/split';
import { shippedSeeds } from '../timeline/shipped';
import { buildModelData, type TrainingItem } from './build';
import { PageModel, type ModelData } from './classifier';

export const FOLDS = 5;

export interface Setting {
  name: string;
  /** Without the page model: the rules alone. */
  rulesOnly?: boolean;
  correctsAtLeast?: number;
  /** Above 1: the model never reads a page as a correction by itself. */
  readsAsCorrectionAtLeast?: number;
}

export interface SettingResult {
  name: string;
  said: number;
  right: number;
  labelled: number;
}

type CvItem = TrainingItem & { source: { url: string } };

const foldOf = (item: CvItem) => parseInt(hashText(`fold:${item.source.url}`), 36) % FOLDS;

function withSetting(data: ModelData, s: Setting): PageModel {
  return new PageModel({
    ...data,
    correctsAtLeast: s.correctsAtLeast ?? data.correctsAtLeast,
    readsAsCorrection: { ...data.readsAsCorrection, atLeast: s.readsAsCorrectionAtLeast ?? data.readsAsCorrection.atLeast },
  });
}

export function crossValidate(corpus: readonly CvItem[], settings: readonly Setting[], today: string): SettingResult[] {
  const index = new CorrectionIndex(shippedSeeds());
  const tuned = corpus.filter((i) => isTuned(i.split));
  const counts = settings.map((s) => ({ name: s.name, said: 0, right: 0, labelled: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    // Train on the other folds: buildModelData keeps only the tuned splits of what it is given.
    const data = buildModelData(corpus.filter((i) => foldOf(i) !== fold));
    const items = tuned.filter((i) => foldOf(i) === fold);
    settings.forEach((s, k) => {
      const model = s.rulesOnly ? null : withSetting(data, s);
      const { corrects } = scorePages(items, footnoteJudge(index, model, today));
      counts[k].said += corrects.tp + corrects.fp;
      counts[k].right += corrects.tp;
      counts[k].labelled += corrects.tp + corrects.fn;
    });
  }
  return counts;
}
