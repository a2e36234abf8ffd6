/**
 * A realistic fact-checkers' DataFeed for tests and the bench: ClaimReview items in English,
 * Traditional and Simplified Chinese, rated in the reviewers' own words (mapped, numeric, and
 * words of their own), some deleted, some without optional fields. Deterministic: the same
 * count gives the same feed.
 */
const RATINGS: Array<Record<string, unknown>> = [
  { alternateName: 'False' },
  { alternateName: 'Pants on Fire' },
  { alternateName: 'Mostly False' },
  { alternateName: 'Half True' },
  { alternateName: 'Needs context' },
  { alternateName: 'Misleading' },
  { alternateName: 'Estimate, not reported accounts' },
  { alternateName: 'Satire' },
  { alternateName: '錯誤' },
  { alternateName: '部分錯誤' },
  { alternateName: '易生誤解' },
  { alternateName: '证据不足' },
  { ratingValue: 1, bestRating: 5, worstRating: 1 },
  { ratingValue: 2, bestRating: 10, worstRating: 0 },
  { alternateName: 'True' },
];
// Like a real fact-checkers' feed, most claims are about other things; one in 50 is one of Footnote's.
const CLAIMS = [
  { lang: 'en', text: (i: number) => `Post ${i} says the mayor of town ${i % 97} cancelled the election` },
  { lang: 'zh-Hant', text: (i: number) => `網傳第 ${i % 97} 號颱風將在週末登陸北部` },
  { lang: 'zh-Hans', text: (i: number) => `网传喝第 ${i % 97} 种茶可以治愈感冒` },
  { lang: 'en', text: (i: number) => `Video ${i} shows a celebrity endorsing a crypto coin` },
  { lang: 'zh-Hans', text: (i: number) => `某地第 ${i % 97} 家超市因停电关门一周` },
];
const OURS = (i: number) => `ChatGPT traffic is collapsing, a Goldman Sachs chart shows (item ${i})`;

export interface DataFeedCounts {
  /** Items a full import should write (neither deleted nor rated true). */
  written: number;
  deleted: number;
  ratedTrue: number;
}

export function makeDataFeed(count: number): { feed: Record<string, unknown>; expected: DataFeedCounts } {
  const expected: DataFeedCounts = { written: 0, deleted: 0, ratedTrue: 0 };
  const elements = Array.from({ length: count }, (_, i) => {
    const claim = i % 50 === 3 ? { lang: 'en', text: OURS } : CLAIMS[i % CLAIMS.length];
    const rating = RATINGS[i % RATINGS.length];
    const deleted = i % 50 === 7;
    const item: Record<string, unknown> = {
      '@type': 'ClaimReview',
      url: `https://factcheck.example/${claim.lang}/${i}`,
      claimReviewed: claim.text(i),
      reviewRating: { '@type': 'Rating', ...rating },
      author: { '@type': 'Organization', name: `Checker ${i % 7}` },
      ...(i % 3 ? { datePublished: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`, inLanguage: claim.lang } : {}),
      ...(i % 4 ? { reviewBody: `Review ${i}: what the claim gets wrong.` } : {}),
      ...(i % 5 ? { itemReviewed: { '@type': 'Claim', datePublished: '2025-01-10', ...(i % 2 ? { author: { '@type': 'Person', name: 'A poster' } } : {}) } } : {}),
    };
    if (deleted) expected.deleted++;
    else if (rating.alternateName === 'True') expected.ratedTrue++;
    else expected.written++;
    return { '@type': 'DataFeedItem', dateCreated: '2025-06-01T00:00:00Z', ...(deleted ? { dateDeleted: '2025-07-01T00:00:00Z' } : {}), item: [item] };
  });
  return { feed: { '@context': 'https://schema.org', '@type': 'DataFeed', dateModified: '2025-07-01T00:00:00Z', dataFeedElement: elements }, expected };
}
