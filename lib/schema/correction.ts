/**
 * The correction record: one valibot schema that validates every correction that enters the
 * store (seeds, files, feeds, the options editor) and gives the TypeScript types.
 *
 * Detection data is plain data: terms are literal strings matched after normalization, with a
 * bounded size, so no imported record can run code or make matching super-linear.
 */
import * as v from 'valibot';

export const LANGS = ['en', 'zh-Hant', 'zh-Hans'] as const;
/**
 * `context`: the claim is true as reported (a decline that was really measured) but is read
 * without what it needs (the season, a rival's launch, growth elsewhere). Shown as context, never
 * as a warning, and not counted by the badge.
 * `disputed`: a fact-checker rated the claim in words Footnote does not map ("Estimate, not reported
 * accounts", "Satire"); their own words are kept in `rating` and shown as theirs.
 */
export const VERDICTS = ['misread', 'stale', 'missing-context', 'false', 'context', 'disputed'] as const;
export const SOURCES = ['seed', 'file', 'feed', 'user'] as const;
export const KNOWN_TOPICS = [
  'chatgpt-traffic-decline',
  'traffic-chart',
  'goldman-ai-bubble',
  'sora-unreleased',
  'openai-loss',
  'measurement-break',
] as const;

export const MAX_TERM_LENGTH = 80;
/** A claim worded the many ways news words it needs long lists: the shipped cores run to about 400 terms. */
export const MAX_TERMS_PER_GROUP = 1000;
export const MAX_GROUPS = 8;

export const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a real date'),
);
const timestamp = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time'),
);
export const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));

/** A literal term. `*` at the end means "word starting with"; nothing else is special. */
const term = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'a term must not be empty'),
  v.maxLength(MAX_TERM_LENGTH, `a term is at most ${MAX_TERM_LENGTH} characters`),
  v.check((s) => !/[\u0000-\u001f]/.test(s), 'a term must not contain control characters'),
);
export const terms = v.pipe(v.array(term), v.maxLength(MAX_TERMS_PER_GROUP, `at most ${MAX_TERMS_PER_GROUP} terms in a group`));

export const LocalizedSchema = v.pipe(
  v.object({
    en: v.optional(text(4000)),
    'zh-Hant': v.optional(text(4000)),
    'zh-Hans': v.optional(text(4000)),
  }),
  v.check((o) => Boolean(o.en || o['zh-Hant'] || o['zh-Hans']), 'needs a text in at least one language'),
);

export const TermGroupSchema = v.object({
  terms: v.pipe(terms, v.minLength(1, 'a group needs at least one term')),
  /**
   * `sentence`: must occur in the flagged sentence itself; `context` (default): sentence, its
   * neighbours or the headline; `up-to-core` (for `none` groups): in the sentence before each
   * core term or in its clause ("its share of traffic, 87% a year ago, fell to 68%" vetoes;
   * "ChatGPT's visits fell 1%; AI's share of all web traffic rose to 21%" does not); `frame` (for
   * `none` groups): in the page's headline or lede, together with the claim's subject (one of its
   * triggers), and then it vetoes the correction on the whole page ("Goldman: the AI boom is only
   * getting started" frames a page on the bank saying the opposite of the claim).
   */
  scope: v.optional(v.picklist(['sentence', 'context', 'up-to-core', 'frame'])),
  /** The group also counts as present when the passage comes from a chart (alt text, caption, embed). */
  chart: v.optional(v.boolean()),
  /** At least this many different terms of the group must occur (e.g. a series of months). */
  count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
});

export const RulesSchema = v.object({
  /** Every group must be present. The first group is the claim's core: negation before it flips the stance. */
  all: v.pipe(v.array(TermGroupSchema), v.minLength(1, 'rules.all needs at least one group'), v.maxLength(MAX_GROUPS)),
  /** Any group present vetoes the match (a housing bubble, Sora the game character). */
  none: v.optional(v.pipe(v.array(TermGroupSchema), v.maxLength(MAX_GROUPS))),
  /**
   * Two groups of `all` (by index) must occur within this many words (two Chinese characters count
   * as one word). With `sameQuestion`, a question mark between them parts them: in "AI a bubble?
   * Goldman says no" the bubble is the question's, not Goldman's.
   */
  near: v.optional(
    v.pipe(
      v.array(
        v.object({
          a: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_GROUPS - 1)),
          b: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_GROUPS - 1)),
          within: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(80)),
          sameQuestion: v.optional(v.boolean()),
        }),
      ),
      v.maxLength(MAX_GROUPS),
    ),
  ),
  /** Terms that show the passage already corrects this claim (in the sentence or its neighbours). */
  debunk: v.optional(terms),
  /**
   * `flips` (default): a negation right before the core words means the passage denies the
   * claim. `part-of-claim`: the claim is itself negative ("Sora is not available"), so a
   * negation there is the claim, not its denial. `drops`: a negation there means the passage
   * says something else and carries no claim ("Goldman: AI is not in a bubble" is Goldman's
   * view, not the claim that Goldman called a bubble).
   */
  negation: v.optional(v.picklist(['flips', 'part-of-claim', 'drops'])),
  /** The stance of every match, for rules that describe a passage correcting the claim. */
  stance: v.optional(v.picklist(['debunks'])),
  /** Terms that make the sentence a report or an estimate rather than an assertion ("estimated", "预计"). */
  report: v.optional(terms),
  /**
   * The stance of a passage with no cue: `asserts` (default), or `reports` for claims that are
   * themselves about what someone said ("Goldman says…"), which pages mostly relay.
   */
  plainStance: v.optional(v.picklist(['asserts', 'reports'])),
  /** Terms that show the page adopts such a claim as its own ("even Goldman admits", "连高盛都"). */
  adopt: v.optional(terms),
  /**
   * Other subjects the claim's words may belong to ("DeepSeek's visits fell"): when one of these
   * sits nearer to the claim's core in its sentence than every hit of group `of` (the claim's
   * subject), the words are about the rival, and the rule does not match.
   */
  rivals: v.optional(v.object({ of: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_GROUPS - 1)), terms })),
});

export const EvidenceSchema = v.object({
  title: text(400),
  publisher: text(200),
  url: v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL')),
  date: isoDate,
});

export const ChartSchema = v.object({
  domains: v.optional(terms),
  series: v.optional(terms),
  embedHosts: v.optional(terms),
});

export const CorrectionSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._:-]{1,119}$/, 'must be 2-120 characters: a-z, 0-9, . _ : -')),
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
    topic: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'must be a lower-case slug')),
    verdict: v.picklist(VERDICTS, `must be one of: ${VERDICTS.join(', ')}`),
    claim: LocalizedSchema,
    summary: LocalizedSchema,
    details: v.optional(LocalizedSchema),
    evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1, 'needs at least one piece of evidence'), v.maxLength(20)),
    appliesFrom: v.optional(isoDate),
    appliesUntil: v.optional(isoDate),
    /** The product whose timeline (seeds/timeline.json) this correction rests on: its card shows that timeline. */
    product: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be a product id (a lower-case slug)'))),
    /** When to look at this correction again: facts it rests on can change (a product shut, a new measurement). */
    reviewBy: v.optional(isoDate),
    /** A fact-checker's own rating of the claim, in their words (from ClaimReview): shown as theirs, never as Footnote's. */
    rating: v.optional(v.object({ text: text(200), by: text(200) })),
    triggers: v.pipe(
      v.object({ en: v.optional(terms), 'zh-Hant': v.optional(terms), 'zh-Hans': v.optional(terms) }),
      v.check((t) => (t.en?.length ?? 0) + (t['zh-Hant']?.length ?? 0) + (t['zh-Hans']?.length ?? 0) > 0, 'needs at least one trigger'),
    ),
    rules: RulesSchema,
    chart: v.optional(ChartSchema),
    /** Higher wins when two corrections of one topic match the same sentence. */
    priority: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
    source: v.picklist(SOURCES),
    feedUrl: v.optional(v.string()),
    /** Set when the user changed a seed or feed record: updates never overwrite it. */
    userEdited: v.optional(v.boolean()),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  v.check((c) => !c.appliesFrom || !c.appliesUntil || c.appliesFrom <= c.appliesUntil, 'appliesFrom must not be after appliesUntil'),
  v.check((c) => (c.rules.near ?? []).every((n) => n.a < c.rules.all.length && n.b < c.rules.all.length), 'rules.near names a group that rules.all does not have'),
  v.check((c) => !c.rules.rivals || c.rules.rivals.of < c.rules.all.length, 'rules.rivals names a group that rules.all does not have'),
);

export type Lang = (typeof LANGS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Source = (typeof SOURCES)[number];
export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type TermGroup = v.InferOutput<typeof TermGroupSchema>;
export type Rules = v.InferOutput<typeof RulesSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Correction = v.InferOutput<typeof CorrectionSchema>;
