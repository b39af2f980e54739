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
//      (stories.ts: a threshold that rises with the gap in days), the gap itself, and how far the
//      story stands out from the other candidates. See `MATCH_MODEL`.
// The corpus is reached only through `CorpusIndex`, so the service worker (IndexedDB) and the
// command line (a pack in memory) run this same code.
import { storyIndexTerms, type CorpusArticle, type CorpusFrequencies, type CorpusIndex } from './corpus-index';
import {
  articleTerms,
  buildFingerprint,
  dayNumber,
  prepareArticle,
  FINGERPRINT_SIZE,
  type Fingerprint,
} from './fingerprint';
import { canonicalUrl } from './pack-format';
import { DEFAULT_STORY_OPTIONS, requiredSimilarity, type StoryOptions } from './stories';

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

  const { fingerprint, frequencies } = await pageFingerprint(page, corpus, options);
  if (fingerprint.terms.length === 0) return NO_MATCH;
  const candidates = await candidateStories(fingerprint, frequencies, corpus, options);
  if (candidates.length === 0) return NO_MATCH;
  const articles = await corpus.articlesOfStories(candidates);
  return bestStory(fingerprint, frequencies, articles, options);
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
): Promise<{ fingerprint: Fingerprint; frequencies: CorpusFrequencies }> {
  const text = page.text.length > options.maxTextLength ? page.text.slice(0, options.maxTextLength) : page.text;
  const terms = articleTerms(prepareArticle({ title: page.title ?? undefined, text }));
  const frequencies = await corpus.termFrequencies([...terms.keys()]);
  const table = { documents: frequencies.documents, frequency: (term: string) => frequencies.frequencies.get(term) ?? 0 };
  const fingerprint = buildFingerprint(terms, dayNumber(page.date ?? undefined), table, FINGERPRINT_SIZE, 1);
  return { fingerprint, frequencies };
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
}

/**
 * Weights of the match score, a logistic model over features of one candidate story (see
 * `matchScore`); a story matches when its score is positive (probability over one half).
 * Fitted on the candidate stories of 5-fold recognition runs over two corpora with known stories
 * (local crime reports, and national political news), and checked on a third (AllSides); the
 * same folds as `npm run eval:match`. Refit when the fingerprint or the candidate search changes.
 */
export const MATCH_MODEL = {
  bias: -2.559,
  /** ln(0.01 + cosine with the closest article). */
  closest: 0.357,
  /** Cosine with the story's centroid: shared with the story as a whole, not one article. */
  centroid: 3.75,
  /** Mean over the story's articles of min(1, strength): the cohesion test of story grouping. */
  cohesion: 3.507,
  /** ln(1 + days to the closest-dated article): follow-ups months later need more evidence. */
  gap: -0.412,
  /** ln(0.01 + best strength). */
  strength: 0.532,
  /** Closest cosine minus that of the best other candidate: the story stands out. */
  margin: 1.522,
};

/** Gap assumed when the page or every article of the story is undated. */
const UNKNOWN_GAP_DAYS = 30;

/** The best story among the candidates' articles, or no match. */
function bestStory(
  page: Fingerprint,
  frequencies: CorpusFrequencies,
  articles: readonly CorpusArticle[],
  options: RecognitionOptions,
): Recognition {
  const pageWeights = new Map<string, number>();
  page.terms.forEach((term, i) => pageWeights.set(term, page.weights[i]));
  const byStory = new Map<string, Comparison[]>();
  for (const article of articles) {
    const comparison = compareWithPage(page, pageWeights, frequencies, article, options);
    const list = byStory.get(article.storyKey);
    if (list) list.push(comparison);
    else byStory.set(article.storyKey, [comparison]);
  }
  const stories = [...byStory.values()].map((comparisons) => ({
    comparisons,
    closest: comparisons.reduce((a, b) => (b.similarity > a.similarity || (b.similarity === a.similarity && b.article.id < a.article.id) ? b : a)),
  }));
  let best: { closest: Comparison; score: number } | null = null;
  for (const story of stories) {
    let runnerUp = 0;
    for (const other of stories) if (other !== story) runnerUp = Math.max(runnerUp, other.closest.similarity);
    const score = matchScore(pageWeights, story.comparisons, story.closest.similarity - runnerUp);
    if (
      best === null ||
      score > best.score ||
      (score === best.score && story.closest.article.storyKey < best.closest.article.storyKey)
    ) {
      best = { closest: story.closest, score };
    }
  }
  if (best === null) return NO_MATCH;
  const { article, similarity } = best.closest;
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

/** The match score of one candidate story (`MATCH_MODEL`): positive means the page reports it. */
function matchScore(pageWeights: ReadonlyMap<string, number>, comparisons: readonly Comparison[], margin: number): number {
  let closest = 0;
  let strongest = 0;
  let cohesion = 0;
  let gap: number | null = null;
  for (const c of comparisons) {
    closest = Math.max(closest, c.similarity);
    strongest = Math.max(strongest, c.strength);
    cohesion += Math.min(1, c.strength);
    if (c.gap !== null) gap = gap === null ? c.gap : Math.min(gap, c.gap);
  }
  cohesion /= comparisons.length;
  const m = MATCH_MODEL;
  return (
    m.bias +
    m.closest * Math.log(0.01 + closest) +
    m.centroid * centroidSimilarity(pageWeights, comparisons) +
    m.cohesion * cohesion +
    m.gap * Math.log1p(gap ?? UNKNOWN_GAP_DAYS) +
    m.strength * Math.log(0.01 + strongest) +
    m.margin * margin
  );
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
  frequencies: CorpusFrequencies,
  article: CorpusArticle,
  options: RecognitionOptions,
): Comparison {
  const stored = article.fingerprint;
  const apart = page.day !== null && stored.day !== null && Math.abs(page.day - stored.day) > options.closeDays;
  let similarity = 0;
  let discounted = 0;
  stored.terms.forEach((term, i) => {
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
  return { article, similarity, strength, gap };
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
