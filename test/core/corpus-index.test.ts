// The terms a story is indexed under (what an import writes to the story index and what the
// in-memory corpus searches).
import fc from 'fast-check';
import { STORY_INDEX_SIZE, storyIndexTerms } from '../../src/core/corpus-index';
import { buildPack } from '../../src/core/pack-build';
import type { Fingerprint } from '../../src/core/fingerprint';
import { loadArticles } from '../support/shared';

/** The definition, spelled out: every term's mean weight, heaviest first, ties by term, the first `size`. */
function reference(fingerprints: readonly Fingerprint[], size: number): { terms: string[]; weights: number[] } {
  const terms = [...new Set(fingerprints.flatMap((fp) => fp.terms))];
  const mean = (term: string) => fingerprints.reduce((sum, fp) => sum + (fp.weights[fp.terms.indexOf(term)] ?? 0), 0) / Math.max(1, fingerprints.length);
  const ranked = terms.map((term) => [term, mean(term)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { terms: ranked.slice(0, size).map(([term]) => term), weights: ranked.slice(0, size).map(([, weight]) => weight) };
}

describe('storyIndexTerms', () => {
  it('keeps the heaviest terms of real stories by mean weight over their articles', () => {
    const content = buildPack(loadArticles('basil'));
    expect(content.stories.length).toBeGreaterThan(50);
    for (const story of content.stories) {
      const fingerprints = story.articles.map((a) => a.fingerprint);
      const found = storyIndexTerms(fingerprints);
      const expected = reference(fingerprints, STORY_INDEX_SIZE);
      expect(found.terms).toEqual(expected.terms);
      found.weights.forEach((weight, i) => expect(weight).toBeCloseTo(expected.weights[i], 12));
    }
  });

  it('breaks ties by term, also at the cut', () => {
    // Four terms of the same weight compete for the last two places.
    const fingerprints = [
      { terms: ['zeta', 'top', 'delta', 'beta'], weights: [0.1, 0.5, 0.1, 0.1], day: null },
      { terms: ['alpha', 'top'], weights: [0.1, 0.5], day: null },
    ];
    expect(storyIndexTerms(fingerprints, 3)).toEqual({ terms: ['top', 'alpha', 'beta'], weights: [0.5, 0.05, 0.05] });
  });

  it('agrees with the definition on arbitrary fingerprints, ties included', () => {
    const term = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
    // Multiples of 1/8 add up exactly, so equal sums are true ties: the property is about the cut
    // and the tie order, not about which of two rounded sums of 0.45 comes out heavier.
    const weight = fc.constantFrom(0.125, 0.25, 0.375, 0.5);
    const fingerprint = fc
      .uniqueArray(fc.tuple(term, weight), { selector: ([t]) => t, maxLength: 10 })
      .map((pairs): Fingerprint => ({ terms: pairs.map(([t]) => t), weights: pairs.map(([, w]) => w), day: null }));
    fc.assert(
      fc.property(fc.array(fingerprint, { maxLength: 4 }), fc.integer({ min: 1, max: 8 }), (fingerprints, size) => {
        const found = storyIndexTerms(fingerprints, size);
        const expected = reference(fingerprints, size);
        expect(found.terms).toEqual(expected.terms);
        found.weights.forEach((w, i) => expect(w).toBeCloseTo(expected.weights[i], 12));
      }),
      { numRuns: 2000 },
    );
  });
});
