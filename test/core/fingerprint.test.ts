import {
  articleTerms,
  buildFingerprint,
  countDocumentFrequencies,
  dayNumber,
  outletNoise,
  prepareArticle,
  similarity,
  stem,
  tokenize,
} from '../../src/core/fingerprint';
import { loadArticles } from '../support/shared';

const termsOf = (text: string, title?: string) => articleTerms(prepareArticle({ text, title }));

describe('tokenize', () => {
  it('keeps numbers with thousands separators whole and drops possessives', () => {
    expect(tokenize('Blinken’s team counted 1,500 people and 2.5 tons.').terms).toEqual([
      'blinken', 'team', 'counted', '1500', 'people', 'and', '2.5', 'tons',
    ]);
  });
});

describe('stem', () => {
  it('folds plurals and -ing/-ed forms but leaves short words alone', () => {
    expect(stem('shootings')).toBe('shoot');
    expect(stem('injuries')).toBe('injury');
    expect(stem('charged')).toBe('charg');
    expect(stem('charges')).toBe('charge');
    expect(stem('bus')).toBe('bus');
    expect(stem('status')).toBe('status');
  });
});

describe('articleTerms', () => {
  it('drops stopwords and news boilerplate words, boosts names and adds name phrases', () => {
    const terms = termsOf('Police said on Monday that Trung Le was charged. Advertisement. Later Trung pleaded not guilty in court.');
    expect(terms.has('said')).toBe(false);
    expect(terms.has('monday')).toBe(false);
    expect(terms.has('advertisement')).toBe(false);
    expect(terms.get('trung le')).toBeGreaterThan(0);
    // "Trung" is written capitalised mid-sentence: a name, weighted above a common word.
    expect(terms.get('trung')).toBe(3);
    expect(terms.get('court')).toBe(1);
  });

  it('treats a word also written in lower case as a common word, not a name', () => {
    const terms = termsOf('The Memphis Police Department said police found a gun. Officers from the police unit left.');
    expect(terms.get('police')).toBe(3);
    expect(terms.get('memphis police department')).toBeGreaterThan(0);
  });

  it('counts title words more than body words', () => {
    const terms = termsOf('A mill flooded near the river.', 'Mill flood');
    expect(terms.get('mill')).toBeGreaterThan(terms.get('river')!);
  });
});

describe('outletNoise', () => {
  it('removes text an outlet repeats across articles, and its title taglines', () => {
    const prompt = 'Sign up for our morning newsletter to receive the latest headlines from Channel Nine.';
    const a = prepareArticle({ text: `Marla Quennell was rescued from the mill.\n\n${prompt}`, title: 'Woman rescued - Channel Nine News' });
    const b = prepareArticle({ text: `The council voted on bicycle lanes.\n\n${prompt}`, title: 'Council votes - Channel Nine News' });
    const noise = outletNoise([a, b]);
    const terms = articleTerms(a, noise);
    expect(terms.has('headline')).toBe(false);
    expect(terms.has('nine')).toBe(false);
    expect(terms.has('quennell')).toBe(true);
    // Without the outlet's other articles nothing counts as noise.
    expect(articleTerms(a, outletNoise([a])).has('headline')).toBe(true);
  });
});

describe('fingerprints', () => {
  const docs = ['Quennell rescued from the Oakridge mill flood', 'Oakridge mill flood: Quennell rescued', 'Council approves bicycle lanes downtown'].map(
    (text) => termsOf(text),
  );
  const frequencies = countDocumentFrequencies(docs);

  it('keep at most `size` terms with unit length, highest weight first', () => {
    const fp = buildFingerprint(docs[0], 10, frequencies, 3);
    expect(fp.terms).toHaveLength(3);
    expect(fp.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 6);
    expect(fp.weights[0]).toBeGreaterThanOrEqual(fp.weights[2]);
    expect(fp.day).toBe(10);
  });

  it('leave out terms rarer than `minFrequency`, and are empty when nothing is left', () => {
    expect(buildFingerprint(docs[2], null, frequencies, 40, 2).terms).toEqual([]);
    expect(buildFingerprint(docs[0], null, frequencies, 40, 2).terms).toContain('quennell');
  });

  it('are similar for the same event and not for another', () => {
    const [a, b, c] = docs.map((d) => buildFingerprint(d, null, frequencies));
    expect(similarity(a, a)).toBeCloseTo(1, 6);
    expect(similarity(a, b)).toBeGreaterThan(0.5);
    expect(similarity(a, c)).toBe(0);
    expect(similarity(a, b, () => 0)).toBe(0);
  });

  // A regular expression that backtracks would never finish on this (the test's timeout catches a
  // hang); how fast the scan is, is measured by `npm run bench`.
  it('summarise a megabyte of real article text with the same leading terms as one copy of it', () => {
    const longest = loadArticles('allsides').reduce((x, y) => (y.text.length > x.text.length ? y : x));
    expect(longest.text.length).toBeGreaterThan(40_000);
    const copies = Math.ceil(1_000_000 / longest.text.length);
    const leading = (counts: Map<string, number>, n: number): string[] =>
      [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([term]) => term);
    const once = articleTerms(prepareArticle({ text: longest.text, title: longest.title ?? undefined }));
    const many = articleTerms(prepareArticle({ text: Array(copies).fill(longest.text).join('\n\n'), title: longest.title ?? undefined }));
    expect(many.size).toBeGreaterThanOrEqual(once.size);
    expect(leading(many, 20)).toEqual(expect.arrayContaining(leading(once, 10)));
  });
});

describe('dayNumber', () => {
  it('reads ISO dates and date-times, and returns null for anything else', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2020-03-01T23:59:00Z')! - dayNumber('2020-02-28')!).toBe(2);
    expect(dayNumber(undefined)).toBeNull();
    expect(dayNumber('March 3, 2020')).toBeNull();
  });
});
