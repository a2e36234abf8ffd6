/**
 * Training the page-level model: logistic regression by stochastic gradient descent in a fixed
 * order, so the same examples always give the same weights, byte for byte.
 */
import { hashText } from '../match/check';
import { encodeBase64, type ModelData } from './classifier';
import type { Features } from './features';

export interface Example {
  x: Features;
  y: 0 | 1;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  rate: number;
  l2: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { bits: 16, epochs: 100, rate: 0.3, l2: 1e-5 };

export function trainWeights(examples: readonly Example[], opts: TrainOptions = TRAIN_DEFAULTS): Float64Array {
  const w = new Float64Array(2 ** opts.bits);
  // A fixed shuffle: examples of one kind do not come in a run.
  const order = examples.map((_, k) => k).sort((a, b) => parseInt(hashText(`order:${a}`), 36) - parseInt(hashText(`order:${b}`), 36) || a - b);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const k of order) {
      const { x, y } = examples[k];
      let z = 0;
      for (const [j, value] of x) z += w[j] * value;
      const err = 1 / (1 + Math.exp(-z)) - y;
      for (const [j, value] of x) w[j] -= opts.rate * (err * value + opts.l2 * w[j]);
    }
  }
  return w;
}

/** Weights as signed bytes and one scale (the largest weight maps to ±127). */
export function quantize(w: Float64Array): Pick<ModelData, 'scale' | 'weights'> {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) bytes[i] = Math.round(w[i] / scale);
  return { scale: +scale.toPrecision(6), weights: encodeBase64(new Uint8Array(bytes.buffer)) };
}
