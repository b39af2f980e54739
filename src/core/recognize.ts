// Recognising which stored story the article on a page reports.
//
// Three tries, cheapest first:
//   1. the same article: its address (or the page's canonical address), normalised, is stored;
//   2. a copy of a stored article (syndicated or lightly edited): a stored article's fingerprint
//      is nearly the page's own, within a few days;
//   3. another report of a stored story: candidate stories come from the story index (stories
//      whose index terms include the page's rarer terms), then each candidate gets a match score
//      from what tells the same event from another event of the same kind (another shooting in
//      the same town, another speech by the same person): similarity to its closest article and
//      to the story as a whole, whether the page would link to its articles in story grouping
//      (stories.ts: a threshold that rises with the gap in days), the gap itself, how likely the
//      story's terms found anywhere in the page (headline included) are by chance, and how far
//      the story stands out from the other candidates. See `MatchFeatures`; the score is a small
//      boosted tree ensemble (match-model.ts, fitted by scripts/fit-match.ts).
// The corpus is reached only through `CorpusIndex`, so the service worker (IndexedDB) and the
// command line (a pack in memory) run this same code.
import { storyIndexTerms, type CorpusArticle, type CorpusFrequencies, type CorpusIndex } from './corpus-index';
import {
  articleTerms,
  buildFingerprint,
  dayNumber,
  prepareArticle,
  stem,
  tokenize,
  FINGERPRINT_SIZE,
  type Fingerprint,
  type TermCounts,
} from './fingerprint';
import { MATCH_MODEL } from './match-model';
export { MATCH_MODEL };
import { canonicalUrl } from './pack-format';
import { DEFAULT_STORY_OPTIONS, requiredSimilarity, type StoryOptions } from './stories';
import { pushTo } from './collections';

/** What the content script extracts from a page (or one line of an articles file). */
export interface PageArticle {
  url?: string | null;
  canonicalUrl?: string | null;
  title?: string | null;
  text: string;
  date?: string | null;
  outlet?: string | null;
}

/** How a story was recognised. */
export type RecognitionMethod = 'url' | 'duplicate' | 'story';

export interface Recognition {
  /** The story id inside its pack; null when no stored story matches. */
  story: string | null;
  /** The pack holding the story; null without a match. */
  pack: string | null;
  /** The corpus's key of the story (for loading it); null without a match. */
  storyKey: string | null;
  /**
   * Cosine similarity (0–1) of the page with the closest stored article of the story (1 for a
   * url match); without a match, that of the closest candidate (0 when there was none).
   */
  score: number;
  how: RecognitionMethod | null;
  /** The stored article the page is (url) or copies (duplicate); null otherwise. */
  article: string | null;
}

export interface RecognitionOptions extends StoryOptions {
  /** Cosine similarity from which a stored article counts as a copy of the page. */
  duplicateSimilarity: number;
  /** Candidate stories scored in full. */
  candidateStories: number;
  /** Characters of page text used: a page with a megabyte of text costs no more than a long article. */
  maxTextLength: number;
}

export const DEFAULT_RECOGNITION_OPTIONS: RecognitionOptions = {
  ...DEFAULT_STORY_OPTIONS,
  duplicateSimilarity: 0.8,
  candidateStories: 8,
  maxTextLength: 100_000,
};

/** Query terms found in more than this share of the corpus's articles do not propose stories… */
const QUERY_MAX_SHARE = 0.02;
/** …unless they are in at most this many (a small corpus has no rare terms by that share). */
const QUERY_MIN_CAP = 30;

const NO_MATCH: Recognition = { story: null, pack: null, storyKey: null, score: 0, how: null, article: null };

/** Finds the stored story of `page`; `story` is null when none matches. */
export async function recognize(
  page: PageArticle,
  corpus: CorpusIndex,
  options: RecognitionOptions = DEFAULT_RECOGNITION_OPTIONS,
): Promise<Recognition> {
  const byUrl = await recognizeByUrl(page, corpus);
  if (byUrl) return byUrl;

  const { page: fingerprint, candidates } = await storyCandidates(page, corpus, options);
  return bestStory(fingerprint, candidates, options);
}

/**
 * The page's fingerprint and the candidate stories for it with their `MatchFeatures` (what
 * `recognize` scores after the url test; exported for fitting `MATCH_MODEL`). No candidates when
 * the page shares no rarer term with the corpus.
 */
export async function storyCandidates(
  page: PageArticle,
  corpus: CorpusIndex,
  options: RecognitionOptions = DEFAULT_RECOGNITION_OPTIONS,
): Promise<{ page: Fingerprint; candidates: CandidateStory[] }> {
  const { fingerprint, terms, frequencies } = await pageFingerprint(page, corpus, options);
  const title = new Set<string>();
  for (const token of tokenize(page.title?.split(/\s[-|–—]\s/)[0] ?? '').terms) {
    const key = terms.has(token) ? token : stem(token);
    if (terms.has(key) && frequencies.frequencies.has(key)) title.add(key);
  }
  if (fingerprint.terms.length === 0) return { page: fingerprint, candidates: [] };
  const keys = await candidateStories(fingerprint, frequencies, corpus, options);
  if (keys.length === 0) return { page: fingerprint, candidates: [] };
  const articles = await corpus.articlesOfStories(keys);
  return { page: fingerprint, candidates: describeCandidates(fingerprint, { all: terms, title }, frequencies, articles, options) };
}

/** Normalised addresses of the page: its own and the canonical one it declares. */
export function pageUrls(page: PageArticle): string[] {
  const urls = new Set<string>();
  for (const url of [page.url, page.canonicalUrl]) if (url) urls.add(canonicalUrl(url));
  urls.delete('');
  return [...urls];
}

async function recognizeByUrl(page: PageArticle, corpus: CorpusIndex): Promise<Recognition | null> {
  const urls = pageUrls(page);
  if (urls.length === 0) return null;
  const found = await corpus.articlesWithUrl(urls);
  if (found.length === 0) return null;
  // The same address may be stored twice (a pack and an added pack): the first by id decides.
  const article = [...found].sort((a, b) => compare(a.id, b.id) || compare(a.storyKey, b.storyKey))[0];
  return { story: article.story, pack: article.pack, storyKey: article.storyKey, score: 1, how: 'url', article: article.id };
}

/**
 * The page's fingerprint with idf from the corpus. Only terms the corpus knows are kept: a term
 * no stored fingerprint has cannot match anything and would only dilute the weights.
 */
async function pageFingerprint(
  page: PageArticle,
  corpus: CorpusIndex,
  options: RecognitionOptions,
): Promise<{ fingerprint: Fingerprint; terms: TermCounts; frequencies: CorpusFrequencies }> {
  const text = page.text.length > options.maxTextLength ? page.text.slice(0, options.maxTextLength) : page.text;
  const terms = articleTerms(prepareArticle({ title: page.title ?? undefined, text }));
  const frequencies = await corpus.termFrequencies([...terms.keys()]);
  const table = { documents: frequencies.documents, frequency: (term: string) => frequencies.frequencies.get(term) ?? 0 };
  const fingerprint = buildFingerprint(terms, dayNumber(page.date ?? undefined), table, FINGERPRINT_SIZE, 1);
  return { fingerprint, terms, frequencies };
}

/**
 * Keys of the stories most likely to match: those whose index terms share the page's rarer
 * fingerprint terms, ranked by the dot product of the page's weights with the story's.
 */
async function candidateStories(
  fingerprint: Fingerprint,
  frequencies: CorpusFrequencies,
  corpus: CorpusIndex,
  options: RecognitionOptions,
): Promise<string[]> {
  const cap = Math.max(QUERY_MIN_CAP, Math.floor(frequencies.documents * QUERY_MAX_SHARE));
  const weightOf = new Map<string, number>();
  fingerprint.terms.forEach((term, i) => {
    if ((frequencies.frequencies.get(term) ?? 0) <= cap) weightOf.set(term, fingerprint.weights[i]);
  });
  if (weightOf.size === 0) return [];
  const estimate = new Map<string, number>();
  for (const posting of await corpus.storiesWithTerms([...weightOf.keys()])) {
    const weight = weightOf.get(posting.term);
    if (weight === undefined) continue;
    estimate.set(posting.storyKey, (estimate.get(posting.storyKey) ?? 0) + weight * posting.weight);
  }
  return [...estimate]
    .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
    .slice(0, options.candidateStories)
    .map(([key]) => key);
}

/** One stored article compared with the page. */
interface Comparison {
  article: CorpusArticle;
  /** Plain cosine similarity. */
  similarity: number;
  /** Similarity over the similarity the day gap requires (≥ 1: would link in story grouping). */
  strength: number;
  /** Days between the page and the article; null when either has no date. */
  gap: number | null;
  /** Share (0–1) of the article's fingerprint weight, squared, whose terms occur anywhere in the page. */
  coverage: number;
}

/**
 * What is measured of one candidate story against the page: the inputs of `MATCH_MODEL`. Keys
 * are in the order the model file lists them (`MATCH_FEATURES`).
 */
export interface MatchFeatures {
  /** ln(0.01 + cosine with the closest article). */
  closest: number;
  /** Cosine with the story's centroid: shared with the story as a whole, not one article. */
  centroid: number;
  /** Mean over the story's articles of min(1, strength): the cohesion test of story grouping. */
  cohesion: number;
  /** ln(1 + days to the closest-dated article): follow-ups months later need more evidence. */
  gap: number;
  /** ln(0.01 + best strength). */
  strength: number;
  /** Closest cosine minus that of the best other candidate: the story stands out. */
  margin: number;
  /**
   * Best share of one article's fingerprint (squared weights) found anywhere in the page's text:
   * a page mostly made of page furniture still names the event somewhere.
   */
  coverage: number;
  /** Log-likelihood ratio of the story's terms the page has: a report of the story versus a chance article. */
  evidence: number;
  /** `evidence` counting a multi-word name and its words once (the largest of them). */
  evidenceDedup: number;
  /** Log-probability of the story's terms the page lacks, if it reported the story (≤ 0). */
  missing: number;
  /** `evidenceDedup` minus the best other candidate's. */
  evidenceMargin: number;
  /** Share (idf-weighted) of the headline's terms found in the story's fingerprints. */
  titleShare: number;
  /** The part of `evidence` from the headline's terms. */
  titleEvidence: number;
  /** Shared single words (not parts of a shared name) that at most one article outside the story has. */
  rareShared: number;
  /** ln(1 + distinct terms of the page the corpus knows): long pages share more by chance. */
  pageSize: number;
  /** ln(articles of the story in the corpus). */
  storySize: number;
}

/** One candidate story with its features, as scored by `MATCH_MODEL`. */
export interface CandidateStory {
  /** The story's article closest to the page. */
  closest: CorpusArticle;
  /** Cosine of the page with that article. */
  similarity: number;
  features: MatchFeatures;
}

/**
 * A regression tree over `MatchFeatures`: a leaf value, or [feature index, threshold, subtree
 * when the feature is ≤ threshold, subtree otherwise].
 */
export type MatchTree = number | [number, number, MatchTree, MatchTree];

/** A boosted tree ensemble: the score is `base` plus one leaf value per tree (a log-odds). */
export interface MatchModel {
  /** Feature names, in the order tree nodes index them. */
  features: readonly (keyof MatchFeatures)[];
  base: number;
  trees: readonly MatchTree[];
}

/** Gap assumed when the page or every article of the story is undated. */
const UNKNOWN_GAP_DAYS = 30;

/** The best story among the candidates, or no match. */
function bestStory(page: Fingerprint, candidates: readonly CandidateStory[], options: RecognitionOptions): Recognition {
  let best: { candidate: CandidateStory; score: number } | null = null;
  for (const candidate of candidates) {
    const score = matchScore(candidate.features);
    if (best === null || score > best.score || (score === best.score && candidate.closest.storyKey < best.candidate.closest.storyKey)) {
      best = { candidate, score };
    }
  }
  if (best === null) return NO_MATCH;
  const { closest: article, similarity } = best.candidate;
  if (best.score < 0) return { ...NO_MATCH, score: round(similarity) };
  const duplicate = similarity >= options.duplicateSimilarity && withinDays(page.day, article.fingerprint.day, options.closeDays);
  return {
    story: article.story,
    pack: article.pack,
    storyKey: article.storyKey,
    score: round(similarity),
    how: duplicate ? 'duplicate' : 'story',
    article: duplicate ? article.id : null,
  };
}

/**
 * The match score of one candidate story: log-odds that the page reports it, minus the decision
 * threshold folded into the model's base, so a positive score means a match.
 */
export function matchScore(features: MatchFeatures, model: MatchModel = MATCH_MODEL): number {
  const values = model.features.map((name) => features[name]);
  let score = model.base;
  for (let tree of model.trees) {
    while (typeof tree !== 'number') tree = values[tree[0]] <= tree[1] ? tree[2] : tree[3];
    score += tree;
  }
  return score;
}

/** Every candidate story's features, from the stored articles of the candidates. */
function describeCandidates(
  page: Fingerprint,
  pageTerms: PageTerms,
  frequencies: CorpusFrequencies,
  articles: readonly CorpusArticle[],
  options: RecognitionOptions,
): CandidateStory[] {
  const pageWeights = new Map<string, number>();
  page.terms.forEach((term, i) => pageWeights.set(term, page.weights[i]));
  const byStory = new Map<string, Comparison[]>();
  for (const article of articles) {
    const comparison = compareWithPage(page, pageWeights, pageTerms.all, frequencies, article, options);
    pushTo(byStory, article.storyKey, comparison);
  }
  const stories = [...byStory.values()].map((comparisons) => ({
    comparisons,
    closest: comparisons.reduce((a, b) => (b.similarity > a.similarity || (b.similarity === a.similarity && b.article.id < a.article.id) ? b : a)),
  }));
  const evidences = stories.map((story) => termEvidence(pageTerms, frequencies, story.comparisons));
  return stories.map((story, i) => {
    let runnerUp = 0;
    let evidenceRunnerUp = 0;
    stories.forEach((other, j) => {
      if (j === i) return;
      runnerUp = Math.max(runnerUp, other.closest.similarity);
      evidenceRunnerUp = Math.max(evidenceRunnerUp, evidences[j].evidenceDedup);
    });
    return {
      closest: story.closest.article,
      similarity: story.closest.similarity,
      features: {
        ...storyFeatures(pageWeights, story.comparisons, story.closest.similarity - runnerUp),
        ...evidences[i],
        evidenceMargin: evidences[i].evidenceDedup - evidenceRunnerUp,
        pageSize: Math.log1p(pageTerms.all.size),
        storySize: Math.log(story.comparisons.length),
      },
    };
  });
}

/** The `MatchFeatures` of one candidate story from its articles' comparisons with the page. */
function storyFeatures(
  pageWeights: ReadonlyMap<string, number>,
  comparisons: readonly Comparison[],
  margin: number,
): Pick<MatchFeatures, 'closest' | 'centroid' | 'cohesion' | 'gap' | 'strength' | 'margin' | 'coverage'> {
  let closest = 0;
  let strongest = 0;
  let cohesion = 0;
  let coverage = 0;
  let gap: number | null = null;
  for (const c of comparisons) {
    closest = Math.max(closest, c.similarity);
    strongest = Math.max(strongest, c.strength);
    coverage = Math.max(coverage, c.coverage);
    cohesion += Math.min(1, c.strength);
    if (c.gap !== null) gap = gap === null ? c.gap : Math.min(gap, c.gap);
  }
  return {
    closest: Math.log(0.01 + closest),
    centroid: centroidSimilarity(pageWeights, comparisons),
    cohesion: cohesion / comparisons.length,
    gap: Math.log1p(gap ?? UNKNOWN_GAP_DAYS),
    strength: Math.log(0.01 + strongest),
    margin,
    coverage,
  };
}

/** The page's terms, with the set of those its headline has. */
interface PageTerms {
  all: ReadonlyMap<string, number>;
  title: ReadonlySet<string>;
}

/**
 * How the page's whole text bears on the terms of the story's fingerprints: a term `k` of the
 * story's `n` articles keep is expected in a report of the story with probability about
 * (k + 1) / (n + 2), and in an unrelated article with its document frequency outside the story.
 * Unlike the cosine, this does not fade when the page's own fingerprint is taken up by page
 * furniture (video playlists, newsletter prompts) around a short report.
 */
function termEvidence(
  pageTerms: PageTerms,
  frequencies: CorpusFrequencies,
  comparisons: readonly Comparison[],
): Pick<MatchFeatures, 'evidence' | 'missing' | 'evidenceDedup' | 'rareShared' | 'titleShare' | 'titleEvidence'> {
  const kept = new Map<string, number>();
  for (const c of comparisons) for (const term of c.article.fingerprint.terms) kept.set(term, (kept.get(term) ?? 0) + 1);
  const n = comparisons.length;
  const others = Math.max(1, frequencies.documents - n);
  let evidence = 0;
  let missing = 0;
  let rareShared = 0;
  let titleEvidence = 0;
  const contributions = new Map<string, number>();
  for (const [term, k] of kept) {
    const expected = (k + 1) / (n + 2);
    if (pageTerms.all.has(term)) {
      const outside = Math.max(0, (frequencies.frequencies.get(term) ?? k) - k);
      const chance = (outside + 0.5) / (others + 1);
      const contribution = Math.max(0, Math.log(expected / chance));
      evidence += contribution;
      contributions.set(term, contribution);
      if (pageTerms.title.has(term)) titleEvidence += contribution;
    } else {
      missing += Math.log(1 - expected);
    }
  }
  // A multi-word name and its words are one fact: count the largest of them.
  let evidenceDedup = 0;
  const covered = new Set<string>();
  for (const [term, contribution] of contributions) {
    if (!term.includes(' ')) continue;
    let best = contribution;
    for (const word of term.split(' ')) {
      best = Math.max(best, contributions.get(word) ?? 0);
      covered.add(word);
    }
    evidenceDedup += best;
  }
  for (const [term, contribution] of contributions) {
    if (term.includes(' ') || covered.has(term)) continue;
    evidenceDedup += contribution;
    if (contribution > 0 && (frequencies.frequencies.get(term) ?? 0) - (kept.get(term) ?? 0) <= 1) rareShared++;
  }
  let titleTotal = 0;
  let titleFound = 0;
  for (const term of pageTerms.title) {
    const idf = Math.log((frequencies.documents + 1) / ((frequencies.frequencies.get(term) ?? 0) + 1));
    titleTotal += idf;
    if (kept.has(term)) titleFound += idf;
  }
  return { evidence, missing, evidenceDedup, rareShared, titleShare: titleTotal > 0 ? titleFound / titleTotal : 0, titleEvidence };
}

/** Cosine of the page (its term weights) with the story's centroid (mean of its articles' fingerprints). */
function centroidSimilarity(pageWeights: ReadonlyMap<string, number>, comparisons: readonly Comparison[]): number {
  const centroid = storyIndexTerms(
    comparisons.map((c) => c.article.fingerprint),
    Number.POSITIVE_INFINITY,
  );
  let dot = 0;
  let norm = 0;
  centroid.terms.forEach((term, i) => {
    const w = centroid.weights[i];
    norm += w * w;
    dot += (pageWeights.get(term) ?? 0) * w;
  });
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}

/**
 * Similarity of the page with one stored article, and its strength against the required
 * similarity. Across more than `closeDays`, shared terms many articles have count less (as in
 * story grouping): a topic's vocabulary recurs with every new event, a victim's name does not.
 */
function compareWithPage(
  page: Fingerprint,
  pageWeights: ReadonlyMap<string, number>,
  pageTerms: ReadonlyMap<string, number>,
  frequencies: CorpusFrequencies,
  article: CorpusArticle,
  options: RecognitionOptions,
): Comparison {
  const stored = article.fingerprint;
  const apart = page.day !== null && stored.day !== null && Math.abs(page.day - stored.day) > options.closeDays;
  let similarity = 0;
  let discounted = 0;
  let coverage = 0;
  stored.terms.forEach((term, i) => {
    if (pageTerms.has(term)) coverage += stored.weights[i] * stored.weights[i];
    const weight = pageWeights.get(term);
    if (weight === undefined) return;
    const product = weight * stored.weights[i];
    similarity += product;
    const frequency = Math.max(1, frequencies.frequencies.get(term) ?? 1);
    discounted += product * Math.min(1, options.followUpTermFrequency / frequency);
  });
  similarity = Math.min(1, similarity);
  const strength = (apart ? discounted : similarity) / requiredSimilarity(page.day, stored.day, options);
  const gap = page.day !== null && stored.day !== null ? Math.abs(page.day - stored.day) : null;
  return { article, similarity, strength, gap, coverage };
}

function withinDays(a: number | null, b: number | null, days: number): boolean {
  return a === null || b === null || Math.abs(a - b) <= days;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
