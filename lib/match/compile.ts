/** A correction with its terms normalized once, ready to be matched against many passages. */
import type { Correction, TermGroup } from '../schema/correction';
import { compileTerms, type CompiledTerm } from './terms';

export interface CompiledGroup {
  terms: CompiledTerm[];
  scope: 'sentence' | 'context' | 'up-to-core' | 'frame';
  chart: boolean;
  count: number;
}

export interface CompiledCorrection {
  correction: Correction;
  all: CompiledGroup[];
  none: CompiledGroup[];
  /** `none` groups read in the page's headline and lede: they veto the correction on the whole page. */
  frameNone: CompiledGroup[];
  debunk: CompiledTerm[];
  report: CompiledTerm[];
  adopt: CompiledTerm[];
  rivals: CompiledTerm[];
  chartMarks: CompiledTerm[];
  /** The claim's subject: its triggers in every language (a headline framing a correction must name it). */
  subject: CompiledTerm[];
}

function group(g: TermGroup): CompiledGroup {
  return { terms: compileTerms(g.terms), scope: g.scope ?? 'context', chart: g.chart ?? false, count: g.count ?? 1 };
}

const cache = new WeakMap<Correction, CompiledCorrection>();

export function compileCorrection(correction: Correction): CompiledCorrection {
  let compiled = cache.get(correction);
  if (!compiled) {
    const chart = correction.chart ?? {};
    const none = (correction.rules.none ?? []).map(group);
    compiled = {
      correction,
      all: correction.rules.all.map(group),
      none: none.filter((g) => g.scope !== 'frame'),
      frameNone: none.filter((g) => g.scope === 'frame'),
      debunk: compileTerms(correction.rules.debunk),
      report: compileTerms(correction.rules.report),
      adopt: compileTerms(correction.rules.adopt),
      rivals: compileTerms(correction.rules.rivals?.terms),
      chartMarks: compileTerms([...(chart.domains ?? []), ...(chart.series ?? []), ...(chart.embedHosts ?? [])]),
      subject: compileTerms([...new Set(Object.values(correction.triggers).flat())]),
    };
    cache.set(correction, compiled);
  }
  return compiled;
}
