/**
 * General language cues for stance, read from `seeds/cues.json` (data, dated and reviewed like
 * the corrections; Traditional Chinese is matched through its Simplified form).
 * Correction-specific cues live in each correction's `rules`.
 */
import cues from '../../seeds/cues.json';
import { compileTerms, type CompiledTerm } from './terms';

export interface Lexicon {
  /** Words that say a claim is wrong; they count only where they govern the claim. */
  debunk: CompiledTerm[];
  /** Words that attribute a claim to someone as their view. */
  report: CompiledTerm[];
  /** A data source named right after an attribution: citing data is asserting. */
  dataSource: CompiledTerm[];
  /** Words that negate what follows them. */
  negation: CompiledTerm[];
  /** Words that put what follows in the future ("will soon open"): not counter-evidence yet. */
  future: CompiledTerm[];
  /** Words that make what follows a supposition ("even if it falls apart"): not counter-evidence. */
  hypothetical: CompiledTerm[];
  /** Verbs of saying: a negation before one denies an attribution ("never said it was a bubble"). */
  speech: CompiledTerm[];
  /** Words that make a question doubt the claim ("Is ChatGPT really fading?"). */
  doubt: CompiledTerm[];
  /** Words that leave a debate open ("both sides have a point"): the page reports it. */
  undecided: CompiledTerm[];
}

let cache: Lexicon | undefined;

export function lexicon(): Lexicon {
  cache ??= {
    debunk: compileTerms(cues.debunk.terms),
    report: compileTerms(cues.report.terms),
    dataSource: compileTerms(cues.dataSource.terms),
    negation: compileTerms(cues.negation.terms),
    future: compileTerms(cues.future.terms),
    hypothetical: compileTerms(cues.hypothetical.terms),
    speech: compileTerms(cues.speech.terms),
    doubt: compileTerms(cues.doubt.terms),
    undecided: compileTerms(cues.undecided.terms),
  };
  return cache;
}

