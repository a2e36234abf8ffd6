/**
 * The one normalization used on both sides of every match (passages and correction terms):
 * NFKC (full-width → half-width), lower case, Traditional → Simplified, number and domain
 * forms, one space between words and none between Chinese and anything else.
 */
import { toSimplified } from './chinese';
import { normalizeDomains } from './domains';
import { normalizeNumbers } from './numbers';

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_NEXT_TO_CJK = new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'g');
const QUOTES = /[\u2018\u2019\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

export function normalizeText(input: string): string {
  let s = input.normalize('NFKC').toLowerCase();
  s = s.replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
  s = toSimplified(s);
  s = s.replace(/\s+/g, ' ');
  s = normalizeNumbers(s);
  s = normalizeDomains(s);
  return s.replace(SPACE_NEXT_TO_CJK, '').trim();
}
