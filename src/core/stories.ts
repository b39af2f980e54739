// Grouping articles into stories (the same event) when the input does not say.
//
// 1. Each article gets a fingerprint (fingerprint.ts): its ~40 most distinctive terms, with idf
//    taken over the whole input, after dropping paragraphs its outlet repeats in many articles.
// 2. Candidate pairs come from an inverted index over rare terms only, so the work grows with
//    the number of articles that share a rare name or place, not with n².
// 3. A pair links when its cosine similarity clears a threshold that rises with the distance in
//    days between the two articles (same event ⇒ close in time, unless the wording is very close).
// 4. Links are merged strongest first (single link), except that two groups merge only when they
//    are also close on average, which stops chains of loosely related events; articles that carry
//    different given stories never merge.
import {
  buildFingerprint,
  countDocumentFrequencies,
  dayNumber,
  termsByOutlet,
  FINGERPRINT_SIZE,
  type DocumentFrequencies,
  type Fingerprint,
} from './fingerprint';
import type { Article } from './types';

/** Tunable constants of the grouping, exposed for measurement scripts and tests. */
export interface StoryOptions {
  /** Minimum cosine similarity for two articles published within `closeDays` of each other. */
  threshold: number;
  /** Days within which two reports count as simultaneous. */
  closeDays: number;
  /** Added to the threshold for every doubling of the day gap beyond `closeDays`. */
  thresholdPerDoubling: number;
  /** The threshold never rises above this: follow-ups months later that name the same people still link. */
  maxThreshold: number;
  /**
   * Across more than `closeDays`, a shared term counts fully only if at most this many articles
   * have it (less in proportion beyond): a victim's or suspect's name identifies an incident
   * months later, while a topic's vocabulary ("Gaza", "cease-fire") recurs with every new event.
   */
  followUpTermFrequency: number;
  /** Threshold used when one of the articles has no date. */
  undatedThreshold: number;
  /**
   * Two groups merge only if, over all their cross pairs, the mean of similarity / required
   * similarity (each capped at 1) reaches this value: a single strong pair cannot chain two
   * otherwise unrelated groups together.
   */
  minGroupCohesion: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.15,
  closeDays: 3,
  thresholdPerDoubling: 0.05,
  maxThreshold: 0.35,
  followUpTermFrequency: 20,
  undatedThreshold: 0.3,
  minGroupCohesion: 0.5,
};

/** A term shared by more than this share of the input is too common to propose candidates. */
const CANDIDATE_MAX_SHARE = 0.02;
/** …but a term in this many articles or fewer always proposes (small inputs). */
const CANDIDATE_MIN_CAP = 30;
/** A candidate whose similarity over rare terms is below this share of the required one is dropped. */
const CANDIDATE_MIN_ESTIMATE = 0.5;

/**
 * A story id for each article, in input order; articles of one event share it. Articles that
 * carry `story` keep it, and articles that match them join it; other groups get
 * `story-<hash of the group's smallest article id>`, so ids do not depend on input order.
 */
export function groupStories(articles: readonly Article[], options: StoryOptions = DEFAULT_STORY_OPTIONS): string[] {
  const n = articles.length;
  if (n === 0) return [];
  const { fingerprints, frequencies } = storyFingerprints(articles);
  const { indexed, termCount } = indexFingerprints(fingerprints, frequencies, options);
  const strength = pairStrength(indexed, options);
  // Ties are broken by id rank, never by input position, so shuffling the input changes nothing.
  const rank = new Array<number>(n);
  Array.from({ length: n }, (_, i) => i)
    .sort((x, y) => compareStrings(articles[x].id, articles[y].id) || compareStrings(articles[x].text, articles[y].text))
    .forEach((i, r) => (rank[i] = r));

  const parent = Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  // The given story of each group (at most one: groups with different given stories never merge).
  const givenStory: (string | undefined)[] = articles.map((a) => a.story);
  const union = (ra: number, rb: number): void => {
    const [root, child] = rank[ra] < rank[rb] ? [ra, rb] : [rb, ra];
    parent[child] = root;
    for (const m of members[child]) members[root].push(m);
    members[child] = [];
    givenStory[root] ??= givenStory[child];
  };

  // Articles that carry the same story belong together whatever their content.
  const firstWithStory = new Map<string, number>();
  articles.forEach((a, i) => {
    if (a.story === undefined) return;
    const first = firstWithStory.get(a.story);
    if (first === undefined) firstWithStory.set(a.story, i);
    else if (find(first) !== find(i)) union(find(first), find(i));
  });

  const cohesion = (ra: number, rb: number): number => {
    let sum = 0;
    for (const i of members[ra]) for (const j of members[rb]) sum += Math.min(1, strength(i, j));
    return sum / (members[ra].length * members[rb].length);
  };

  for (const [i, j] of linkedPairs(indexed, termCount, rank, strength, options)) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const si = givenStory[ri];
    const sj = givenStory[rj];
    if (si !== undefined && sj !== undefined && si !== sj) continue;
    if (options.minGroupCohesion > 0 && members[ri].length * members[rj].length > 1 && cohesion(ri, rj) < options.minGroupCohesion) continue;
    union(ri, rj);
  }

  return articles.map((_, i) => {
    const root = find(i);
    if (givenStory[root] !== undefined) return givenStory[root];
    let smallest = articles[root].id;
    for (const m of members[root]) if (articles[m].id < smallest) smallest = articles[m].id;
    return `story-${hashId(smallest)}`;
  });
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Fingerprints of all articles (input order), with idf over the input and the noise each outlet
 * repeats removed. Terms found in only one article are dropped: they cannot link anything.
 */
export function storyFingerprints(articles: readonly Article[]): { fingerprints: Fingerprint[]; frequencies: DocumentFrequencies } {
  const terms = termsByOutlet(articles);
  const frequencies = countDocumentFrequencies(terms);
  // A term no other article has cannot link anything; keeping it would only dilute the weights.
  const fingerprints = articles.map((a, i) => buildFingerprint(terms[i], dayNumber(a.date), frequencies, FINGERPRINT_SIZE, 2));
  return { fingerprints, frequencies };
}

/** The similarity a pair needs to link, given its publication days. */
export function requiredSimilarity(dayA: number | null, dayB: number | null, options: StoryOptions = DEFAULT_STORY_OPTIONS): number {
  if (dayA === null || dayB === null) return options.undatedThreshold;
  const gap = Math.abs(dayA - dayB);
  if (gap <= options.closeDays) return options.threshold;
  return Math.min(options.maxThreshold, options.threshold + options.thresholdPerDoubling * Math.log2(gap / options.closeDays));
}

/** A fingerprint with integer term ids in ascending order, for merge-join dot products. */
interface IndexedFingerprint {
  ids: Int32Array;
  weights: Float64Array;
  /** Weights scaled by √(follow-up factor), so their dot product discounts widespread terms. */
  followUpWeights: Float64Array;
  day: number | null;
}

/** Numbers the terms of all fingerprints and sorts each fingerprint by term id. */
function indexFingerprints(
  fingerprints: readonly Fingerprint[],
  frequencies: DocumentFrequencies,
  options: StoryOptions,
): { indexed: IndexedFingerprint[]; termCount: number } {
  const ids = new Map<string, number>();
  const indexed = fingerprints.map((fp): IndexedFingerprint => {
    const size = fp.terms.length;
    const termIds = new Int32Array(size);
    for (let k = 0; k < size; k++) {
      let id = ids.get(fp.terms[k]);
      if (id === undefined) ids.set(fp.terms[k], (id = ids.size));
      termIds[k] = id;
    }
    const order = Array.from({ length: size }, (_, k) => k).sort((x, y) => termIds[x] - termIds[y]);
    const result = { ids: new Int32Array(size), weights: new Float64Array(size), followUpWeights: new Float64Array(size), day: fp.day };
    order.forEach((k, at) => {
      const frequency = Math.max(1, frequencies.frequency(fp.terms[k]));
      result.ids[at] = termIds[k];
      result.weights[at] = fp.weights[k];
      result.followUpWeights[at] = fp.weights[k] * Math.sqrt(Math.min(1, options.followUpTermFrequency / frequency));
    });
    return result;
  });
  return { indexed, termCount: ids.size };
}

/** Dot product of two sorted sparse vectors. */
function sparseDot(aIds: Int32Array, aWeights: Float64Array, bIds: Int32Array, bWeights: Float64Array): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < aIds.length && j < bIds.length) {
    if (aIds[i] === bIds[j]) dot += aWeights[i++] * bWeights[j++];
    else if (aIds[i] < bIds[j]) i++;
    else j++;
  }
  return dot;
}

/**
 * How strongly two articles (by index) match: their similarity (`similarity` in
 * fingerprint.ts, with widespread terms discounted across days) over the similarity their day
 * gap requires, so 1 or more is a link.
 */
function pairStrength(indexed: readonly IndexedFingerprint[], options: StoryOptions): (i: number, j: number) => number {
  return (i, j) => {
    const a = indexed[i];
    const b = indexed[j];
    const apart = a.day !== null && b.day !== null && Math.abs(a.day - b.day) > options.closeDays;
    const sim = apart ? sparseDot(a.ids, a.followUpWeights, b.ids, b.followUpWeights) : sparseDot(a.ids, a.weights, b.ids, b.weights);
    return sim / requiredSimilarity(a.day, b.day, options);
  };
}

/**
 * Pairs [i, j] that link (strength ≥ 1), strongest first (ties by id rank, so the order does not
 * depend on the input order). Candidates share at least one rare term: for each article, the dot
 * products with all others are accumulated through the postings of its rare terms (terms in more
 * than `cap` articles are skipped, so the work stays near-linear), and only pairs that come close
 * to linking get an exact comparison.
 */
function linkedPairs(
  indexed: readonly IndexedFingerprint[],
  termCount: number,
  rank: readonly number[],
  strength: (i: number, j: number) => number,
  options: StoryOptions,
): [number, number][] {
  const n = indexed.length;
  const postings: { docs: number[]; weights: number[]; followUpWeights: number[] }[] = Array.from({ length: termCount }, () => ({
    docs: [],
    weights: [],
    followUpWeights: [],
  }));
  indexed.forEach((fp, i) => {
    fp.ids.forEach((id, k) => {
      postings[id].docs.push(i);
      postings[id].weights.push(fp.weights[k]);
      postings[id].followUpWeights.push(fp.followUpWeights[k]);
    });
  });
  const cap = Math.max(CANDIDATE_MIN_CAP, Math.floor(n * CANDIDATE_MAX_SHARE));
  const dot = new Float64Array(n);
  const followUpDot = new Float64Array(n);
  const touched: number[] = [];
  const links: { i: number; j: number; value: number }[] = [];
  indexed.forEach((fp, i) => {
    fp.ids.forEach((id, k) => {
      const posting = postings[id];
      if (posting.docs.length > cap) return;
      for (let p = 0; p < posting.docs.length; p++) {
        const j = posting.docs[p];
        if (j <= i) continue;
        if (dot[j] === 0 && followUpDot[j] === 0) touched.push(j);
        dot[j] += fp.weights[k] * posting.weights[p];
        followUpDot[j] += fp.followUpWeights[k] * posting.followUpWeights[p];
      }
    });
    for (const j of touched) {
      const other = indexed[j];
      const apart = fp.day !== null && other.day !== null && Math.abs(fp.day - other.day) > options.closeDays;
      const estimate = (apart ? followUpDot[j] : dot[j]) / requiredSimilarity(fp.day, other.day, options);
      dot[j] = 0;
      followUpDot[j] = 0;
      // Skipped common terms add little weight; pairs well short of a link are not worth an exact look.
      if (estimate < CANDIDATE_MIN_ESTIMATE) continue;
      const value = strength(i, j);
      if (value >= 1) links.push(rank[i] < rank[j] ? { i, j, value } : { i: j, j: i, value });
    }
    touched.length = 0;
  });
  links.sort((x, y) => y.value - x.value || rank[x.i] - rank[y.i] || rank[x.j] - rank[y.j]);
  return links.map(({ i, j }) => [i, j]);
}

/** A short stable hash (FNV-1a, two 32-bit lanes) of a string, in base 36. */
function hashId(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(36).padStart(7, '0') + (h2 >>> 0).toString(36).padStart(7, '0');
}
