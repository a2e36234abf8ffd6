/**
 * schema.org ClaimReview ⇄ corrections. Reads a single ClaimReview, an array, a JSON-LD
 * @graph, or the fact-checkers' DataFeed (`dataFeedElement[].item[]`, with `dateDeleted`).
 * A review's claim is matched against the reference corrections (the seeds): when it is one
 * of their claims, the new correction takes that topic and its detection rules; otherwise
 * rules are made from the claim's own distinctive words.
 */
import { CorrectionIndex, checkWithIndex } from '../engine';
import { hashText } from '../match/check';
import type { Correction, Lang, Verdict } from '../schema/correction';
import type { FieldError } from '../schema/validate';
import { langFromTag } from '../i18n/cardStrings';
import { detectLang } from '../text/lang';
import { normalizeText } from '../text/normalize';
import { parseDate } from '../page/meta';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The item's types, as strings (anything else a feed puts there is no type). */
const types = (o: Json) => [o['@type']].flat().filter((t): t is string => typeof t === 'string');
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const nameOf = (v: unknown): string | undefined => (isObject(v) ? str(v.name) : str(v));

export interface ClaimReviewItems {
  items: Json[];
  /** ids of reviews a DataFeed marks deleted. */
  deleted: string[];
}

/** Is this JSON a ClaimReview shape at all? */
export function isClaimReviewInput(json: unknown): boolean {
  const first = Array.isArray(json) ? json[0] : json;
  if (!isObject(first)) return false;
  return types(first).some((t) => t === 'ClaimReview' || t === 'DataFeed') || Array.isArray(first['@graph']) || Array.isArray(first.dataFeedElement);
}

export function claimReviewId(o: Json): string {
  const identifier = str(o.identifier);
  if (identifier && /^[a-z0-9][a-z0-9._:-]{1,119}$/.test(identifier)) return identifier;
  return `cr-${hashText(str(o.url) ?? str(o.claimReviewed) ?? JSON.stringify(o))}`;
}

export function claimReviewItems(json: unknown): ClaimReviewItems {
  const items: Json[] = [];
  const deleted: string[] = [];
  const visit = (v: unknown, deletedHere = false) => {
    if (Array.isArray(v)) return v.forEach((x) => visit(x, deletedHere));
    if (!isObject(v)) return;
    if (Array.isArray(v['@graph'])) visit(v['@graph']);
    if (Array.isArray(v.dataFeedElement)) {
      for (const el of v.dataFeedElement) {
        if (!isObject(el)) continue;
        const gone = Boolean(str(el.dateDeleted));
        visit(el.item, gone);
      }
    }
    if (types(v).includes('ClaimReview')) (deletedHere ? deleted.push(claimReviewId(v)) : items.push(v));
  };
  visit(json);
  return { items, deleted };
}

const VERDICT_WORDS: Array<[Verdict, string[]]> = [
  ['stale', ['outdated', 'out of date', 'stale', 'no longer true', 'old news', '过时', '已过时', '过期']],
  ['misread', ['misread', 'misinterpreted', 'misinterpretation', 'misrepresented', 'distorted', 'misquoted', '误读', '曲解', '误解', '断章取义']],
  ['missing-context', ['misleading', 'missing context', 'needs context', 'lacks context', 'half true', 'half-true', 'mostly false', 'mixture', 'mixed', 'partly false', 'partly true', 'partially false', 'exaggerated', 'exaggeration', 'unproven', 'unsupported', 'unverified', 'cherry-picked', 'out of context', 'lacks evidence', 'no evidence', '误导', '部分错误', '部分正确', '缺乏背景', '缺少背景', '夸大', '有待证实', '半真半假', '证据不足', '易生误解', '容易误解', '断章取义', '缺乏脉络', '缺少脉络']],
  ['false', ['false', 'incorrect', 'wrong', 'pants on fire', 'fake', 'not true', 'untrue', 'inaccurate', 'fabricated', 'hoax', 'baseless', '错误', '不实', '虚假', '假', '谣言', '假消息', '错']],
];
const TRUE_WORDS = ['true', 'correct', 'accurate', 'mostly true', '正确', '属实', '真'];

/**
 * A rating's verdict: its words when Footnote knows them (English and Chinese), else a numeric
 * rating read against its own scale, else — when the reviewer used words of their own — `disputed`
 * (kept with those words). Only a rating with neither words nor a usable number is unknown.
 */
export function verdictOf(rating: unknown): Verdict | 'true' | undefined {
  if (!isObject(rating)) return undefined;
  const name = normalizeText(str(rating.alternateName) ?? str(rating.name) ?? '');
  if (name) {
    for (const [verdict, words] of VERDICT_WORDS) if (words.some((w) => name === w || name.startsWith(`${w} `) || name.startsWith(w))) return verdict;
    if (TRUE_WORDS.includes(name)) return 'true';
  }
  const numeric = numericVerdict(rating);
  return numeric ?? (name ? 'disputed' : undefined);
}

function numericVerdict(rating: Json): Verdict | 'true' | undefined {
  const value = Number(rating.ratingValue);
  const best = Number(rating.bestRating ?? 5);
  const worst = Number(rating.worstRating ?? 1);
  if (!Number.isFinite(value) || best === worst) return undefined;
  const share = (value - worst) / (best - worst);
  if (share <= 1 / 3) return 'false';
  if (share <= 2 / 3) return 'missing-context';
  return 'true';
}

const STOP = new Set('the a an and or of to in on for is are was were be been it its this that with as by at from has have had not but says said will would could should than then there their they them into over about after before more most less very just also what which who whom whose when where why how all any some such only own same so too can may might must do does did'.split(' '));

/** Detection for a claim no seed covers: its distinctive words, most of which must co-occur. */
function rulesFromClaim(claim: string): Pick<Correction, 'triggers' | 'rules'> {
  const norm = normalizeText(claim);
  const latin = [...new Set(norm.match(/[a-z][a-z0-9.'-]{2,}/g) ?? [])].filter((w) => !STOP.has(w)).sort((a, b) => b.length - a.length).slice(0, 8);
  const han = [...new Set((norm.match(/[\u3400-\u9fff]{2,}/g) ?? []).flatMap((run) => [...run].slice(0, -1).map((c, i) => c + run[i + 1])))].slice(0, 10);
  const terms = [...latin, ...han];
  if (terms.length === 0) terms.push(norm.slice(0, 40));
  const anchor = latin.length ? latin.slice(0, 3) : han.slice(0, 3);
  return {
    triggers: { en: latin.length ? anchor : undefined, 'zh-Hans': latin.length ? undefined : anchor },
    rules: { all: [{ terms, count: Math.min(terms.length, Math.max(2, Math.ceil(terms.length * 0.6))), scope: 'sentence' }] },
  };
}

export interface MappedReview {
  record?: Record<string, unknown>;
  error?: FieldError;
}

/** One ClaimReview → a correction draft (validated later with the one schema). */
export function claimReviewToDraft(o: Json, index: number, reference: CorrectionIndex | undefined, now: string): MappedReview {
  const id = claimReviewId(o);
  const claim = str(o.claimReviewed);
  if (!claim) return { error: { index, id, path: 'claimReviewed', message: 'is missing: a ClaimReview needs the claim it reviews' } };
  const verdict = verdictOf(o.reviewRating);
  if (verdict === undefined) return { error: { index, id, path: 'reviewRating', message: 'has neither words nor a rating value to read' } };
  if (verdict === 'true') return { error: { index, id, path: 'reviewRating.alternateName', message: 'rates the claim true: there is nothing to correct' } };
  const url = str(o.url);
  if (!url) return { error: { index, id, path: 'url', message: 'is missing: the review needs a URL to cite as evidence' } };
  const lang: Lang = str(o.inLanguage) ? langFromTag(str(o.inLanguage)) : detectLang(claim);
  const item = isObject(o.itemReviewed) ? o.itemReviewed : {};
  const appearances = [item.appearance, item.firstAppearance].flat().filter(isObject);
  const claimDate = parseDate(str(item.datePublished) ?? str(appearances[0]?.datePublished));
  const reviewer = nameOf(o.author) ?? nameOf(o.publisher) ?? new URL(url).hostname;
  const claimant = nameOf(item.author);
  const rating = isObject(o.reviewRating) ? str(o.reviewRating.alternateName) ?? str(o.reviewRating.name) ?? '' : '';
  const summary = str(o.reviewBody) ?? str(o.description) ?? `${reviewer}: ${rating || verdict}.`;
  const seen = [claimant && `Claim by ${claimant}`, claimDate && `first seen ${claimDate}`, ...appearances.map((a) => str(a.url)).filter(Boolean)].filter(Boolean).join('; ');

  const ruled = reference ? checkWithIndex({ blocks: [{ text: claim, kind: 'text' }], published: claimDate }, reference, undefined, null) : [];
  const sameTopic = ruled.length ? reference!.corrections.find((c) => c.id === ruled[0].correctionId) : undefined;
  const detection = sameTopic ? { triggers: sameTopic.triggers, rules: sameTopic.rules, chart: sameTopic.chart } : rulesFromClaim(claim);
  return {
    record: {
      id,
      version: 1,
      topic: sameTopic?.topic ?? 'other',
      verdict,
      claim: { [lang]: claim },
      summary: { [lang]: summary },
      ...(rating ? { rating: { text: rating.slice(0, 200), by: reviewer.slice(0, 200) } } : {}),
      ...(seen ? { details: { [lang]: seen } } : {}),
      evidence: [{ title: str(o.name) ?? str(o.headline) ?? claim.slice(0, 300), publisher: reviewer, url, date: parseDate(str(o.datePublished)) ?? now.slice(0, 10) }],
      ...(claimDate ? { appliesFrom: claimDate } : {}),
      ...detection,
      createdAt: now,
      updatedAt: now,
    },
  };
}

const VERDICT_LABEL: Record<Verdict, { name: string; value: number }> = {
  false: { name: 'False', value: 1 },
  misread: { name: 'Misread', value: 2 },
  'missing-context': { name: 'Missing context', value: 3 },
  stale: { name: 'Outdated', value: 3 },
  context: { name: 'Needs context', value: 4 },
  disputed: { name: 'Disputed', value: 2 },
};

/** A correction as a ClaimReview (its id kept as `identifier`, so a round trip keeps it). */
export function correctionToClaimReview(c: Correction): Json {
  const lang = (['en', 'zh-Hant', 'zh-Hans'] as Lang[]).find((l) => c.claim[l]) ?? 'en';
  const first = c.evidence[0];
  return {
    '@type': 'ClaimReview',
    identifier: c.id,
    url: first.url,
    claimReviewed: c.claim[lang],
    inLanguage: lang,
    datePublished: c.updatedAt.slice(0, 10),
    author: { '@type': 'Organization', name: first.publisher },
    reviewRating: { '@type': 'Rating', alternateName: c.rating?.text ?? VERDICT_LABEL[c.verdict].name, ratingValue: VERDICT_LABEL[c.verdict].value, bestRating: 5, worstRating: 1 },
    reviewBody: c.summary[lang] ?? c.summary.en ?? '',
    itemReviewed: { '@type': 'Claim', ...(c.appliesFrom ? { datePublished: c.appliesFrom } : {}) },
  };
}

export function toDataFeed(corrections: Correction[], now: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    dateModified: now,
    dataFeedElement: corrections.map((c) => ({ '@type': 'DataFeedItem', dateCreated: c.createdAt, item: [correctionToClaimReview(c)] })),
  };
}
