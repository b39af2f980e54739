// What story recognition needs from a stored corpus, whatever holds it: the IndexedDB store in
// the service worker (src/store) or a pack read into memory (memory-corpus.ts, for the command
// line and tests). Every method is asynchronous so that both can implement it.
//
// A corpus may hold several packs (the bundled one and packs the reader added); story keys are
// opaque strings unique over the whole corpus, so two packs may both use a story id.
import type { Fingerprint } from './fingerprint';

/** A stored article, as recognition sees it. */
export interface CorpusArticle {
  id: string;
  /** The pack the article came from (its name or store id). */
  pack: string;
  /** The story id inside that pack. */
  story: string;
  /** Opaque key of the story, unique over the corpus. */
  storyKey: string;
  url: string | null;
  fingerprint: Fingerprint;
}

/** One entry of the story index: the story's weight for a term. */
export interface StoryPosting {
  term: string;
  /**
   * A key of the story that articlesOfStories takes: the same for every posting of the story, but
   * not necessarily its articles' `storyKey` (the IndexedDB store names stories by their place in
   * the pack here, keys that sort as the stories' own do).
   */
  storyKey: string;
  weight: number;
}

/** Document frequencies over the whole corpus, for some terms. */
export interface CorpusFrequencies {
  /** Articles in the corpus (all packs). */
  documents: number;
  /** Articles containing each term that the corpus knows; a term not in the map counts 0. */
  frequencies: Map<string, number>;
}

export interface CorpusIndex {
  /** Document frequencies of `terms` (terms the corpus does not list are left out). */
  termFrequencies(terms: readonly string[]): Promise<CorpusFrequencies>;
  /** Stored articles with one of these addresses (raw or canonical: compared as `canonicalUrl`); empty when none. */
  articlesWithUrl(urls: readonly string[]): Promise<CorpusArticle[]>;
  /** Postings of the story index for `terms` (see `storyIndexTerms`); empty when none. */
  storiesWithTerms(terms: readonly string[]): Promise<StoryPosting[]>;
  /** Every stored article of the stories with these keys. */
  articlesOfStories(storyKeys: readonly string[]): Promise<CorpusArticle[]>;
}

/** Terms a story is indexed under: enough to find it from any of its articles' rarer terms. */
export const STORY_INDEX_SIZE = 48;

/**
 * The terms a story is indexed under, with weights: the mean over its articles of their
 * fingerprint weight for the term (0 where an article lacks it), so terms several articles share
 * (the event's names and places) come first; the `size` heaviest are kept. A page's dot product
 * with these weights estimates its mean similarity to the story's articles. Ties break by term,
 * so the result is deterministic.
 */
export function storyIndexTerms(fingerprints: readonly Fingerprint[], size = STORY_INDEX_SIZE): { terms: string[]; weights: number[] } {
  const slots = new Map<string, number>();
  const terms: string[] = [];
  const sums: number[] = [];
  for (const { terms: own, weights } of fingerprints) {
    own.forEach((term, i) => {
      const slot = slots.get(term);
      if (slot !== undefined) sums[slot] += weights[i];
      else {
        slots.set(term, terms.length);
        terms.push(term);
        sums.push(weights[i]);
      }
    });
  }
  // Only terms at or above the size-th heaviest sum can be kept: the full ordering (by term on
  // ties) is needed for those alone. An import computes this for every story of a pack.
  const floor = terms.length > size ? Float64Array.from(sums).sort()[terms.length - size] : -Infinity;
  const kept = sums.flatMap((sum, slot) => (sum >= floor ? [slot] : []));
  kept.sort((a, b) => sums[b] - sums[a] || (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  kept.length = Math.min(kept.length, size);
  const members = Math.max(1, fingerprints.length);
  return { terms: kept.map((slot) => terms[slot]), weights: kept.map((slot) => sums[slot] / members) };
}
