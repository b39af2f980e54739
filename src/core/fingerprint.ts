// Document fingerprints for recognising which story (event) an article reports.
//
// A fingerprint is a compact, self-contained summary of one article: a few dozen weighted terms
// (content words, names, multi-word proper names, numbers) plus its publication day. It is built
// in steps so that it works both inside one input and against a stored corpus:
//
//   1. `prepareArticle(article)` tokenizes once (flat arrays; texts run to 50 KB).
//   2. `outletNoise(preparedArticlesOfOneOutlet)` finds what an outlet repeats across its
//      articles (6-word shingles, title taglines): page furniture that idf cannot catch because
//      it is rare in a mixed input.
//   3. `articleTerms(prepared, noise)` — corpus-independent salience-weighted term counts
//      (stopwords dropped, light stemming, names and name phrases boosted, title boosted).
//   4. `buildFingerprint(terms, day, frequencies)` keeps the `size` terms with the highest
//      tf·idf, idf coming from a `DocumentFrequencies` table: the current input when grouping a
//      batch (stories.ts), or a stored corpus's term counts when recognising the story of an
//      unseen article. Weights are L2-normalised, so `similarity` is a cosine in [0, 1].
//
// For a stored corpus (IndexedDB), keep per article `{terms, weights, day}` (≈ 40 terms, a few
// hundred bytes), a term → document count table, and per outlet the noise shingle hashes; the
// candidates for a new article come from an inverted index over its rarer terms, as in stories.ts.

import { pushTo } from './collections';

/** Salience-weighted counts of an article's terms (before idf), keyed by term. */
export type TermCounts = Map<string, number>;

/** The compact representation of one article used for story matching. */
export interface Fingerprint {
  /** Terms, highest weight first. Multi-word names are single terms ("trung le"). */
  terms: string[];
  /** Weight of each term (same order), L2-normalised over the kept terms. */
  weights: number[];
  /** Publication day (days since 1970-01-01, UTC); null when the article has no usable date. */
  day: number | null;
}

/** Document frequencies: in how many documents of a collection a term occurs. */
export interface DocumentFrequencies {
  /** Number of documents in the collection. */
  documents: number;
  /** Number of documents containing `term` (0 when unseen). */
  frequency(term: string): number;
}

/** Terms kept in a fingerprint when the caller does not say. */
export const FINGERPRINT_SIZE = 40;

// Function words and the vocabulary every news report uses whatever the event ("said",
// "according", "reported", weekdays, months): they say nothing about which event it is, and a
// small input has too few documents for idf to learn that.
const STOPWORDS = new Set(
  (
    'a about above after again against ago all almost along already also although always am among an and another any ' +
    'anyone anything are around as at away back be became because been before being below between both but by ' +
    'can cannot could did do does doing done down during each either else enough even ever every few first for ' +
    'from further get gets getting got had has have having he her here hers herself him himself his how however i if ' +
    'in including into is it its itself just last later least less let like made make many may me might more most ' +
    'much must my myself near neither never new next no nor not now of off often on once one only onto or other ' +
    'others our ours ourselves out over own per perhaps put quite rather really said same say saying says see seen ' +
    'several shall she should since so some something still such than that the their theirs them themselves then ' +
    'there these they this those though through throughout to today told too toward towards under until up upon us ' +
    'very was we well were what whatever when where whether which while who whom whose why will with within without ' +
    'would yes yet you your yours yourself ' +
    'according added adding asked called comment comments continue continued percent reported reporting reports ' +
    'statement tell tells week weeks year years day days time times month months people thing things ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday tonight morning afternoon evening night ' +
    'january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr st two three four five six seven eight nine ten ' +
    // Page furniture that every outlet prints in some form.
    'advertisement copyright rights reserved updated posted click share email facebook twitter subscribe newsletter ' +
    'photo photos video image caption read more www http https com'
  ).split(' '),
);

/** Salience of a term seen in the title: titles name the event in a few words. */
const TITLE_BOOST = 2;
/** Salience of a word seen capitalised mid-sentence (a name or place) over a common word. */
const NAME_BOOST = 1.5;
/** Salience of a multi-word name ("Bourbon Street", "Trung Le"): rarer and more specific still. */
const PHRASE_BOOST = 2;

/** True for the code of an ASCII letter or digit, or any non-ASCII letter-like character. */
function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    // Latin-1 letters and beyond, minus the general punctuation block and × ÷.
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f))
  );
}

const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Light English stemming for lower-case words: plural and a few inflections, never names. */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ings') && n > 6) return word.slice(0, -4);
  if (word.endsWith('ing') && n > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && n > 4 && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Token flag: written with a capital initial. */
const CAPITAL = 1;
/** Token flag: first word of a sentence or paragraph (its capital says nothing). */
const SENTENCE_START = 2;
/** Token flag: followed directly by punctuation or a line break (ends a name phrase). */
const BOUNDARY_AFTER = 4;

/** The words of a text, lower-cased, with casing facts as bit flags (kept flat: texts run to 50 KB). */
export interface TokenList {
  terms: string[];
  /** Per term: CAPITAL | SENTENCE_START | BOUNDARY_AFTER bits. */
  flags: Uint8Array;
}

/** Splits text into word tokens (lower-cased terms). Linear scan, no backtracking. */
export function tokenize(text: string): TokenList {
  const terms: string[] = [];
  const flagList: number[] = [];
  let sentenceStart = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      // Sentence ends, colons, opening quotes and line breaks make the next capital uninformative.
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 8220 || c === 34) sentenceStart = true;
      if (flagList.length > 0 && c !== 32 && c !== 39 && c !== 8217 && c !== 45) flagList[flagList.length - 1] |= BOUNDARY_AFTER;
      i++;
      continue;
    }
    const start = i;
    const digits = isDigitCode(c);
    let comma = false;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordCode(d)) { i++; continue; }
      // "1,000" and "2.5" stay one number.
      if (digits && (d === 44 || d === 46) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i - 1))) {
        comma ||= d === 44;
        i += 2;
        continue;
      }
      break;
    }
    let raw = text.slice(start, i);
    // Possessive or clitic ("Blinken's", "don't"): keep the word before the apostrophe.
    if (i < n && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 8217)) {
      let j = i + 1;
      while (j < n && isWordCode(text.charCodeAt(j))) j++;
      if (j - i <= 3) i = j;
    }
    if (comma) raw = raw.replace(/,/g, '');
    terms.push(digits ? raw : raw.toLowerCase());
    flagList.push((isUpperCode(c) ? CAPITAL : 0) | (sentenceStart ? SENTENCE_START : 0));
    sentenceStart = false;
  }
  return { terms, flags: Uint8Array.from(flagList) };
}

/** True for a token worth keeping as a term on its own. */
function isContentTerm(term: string): boolean {
  if (STOPWORDS.has(term)) return false;
  const c = term.charCodeAt(0);
  // Single digits ("5 people", "2 p.m.") are everywhere; longer numbers (ages, counts, streets) help.
  if (isDigitCode(c)) return term.length >= 2;
  return term.length >= 3;
}

/** Words per shingle: long enough that only copied text (not a common phrase) repeats. */
export const SHINGLE_LENGTH = 6;

/** An article tokenized once, for outlet-noise detection and for term counting. */
export interface PreparedArticle {
  body: TokenList;
  /** Title segments ("Man shot in Tacoma", "KOMO News"), split at " - " and " | ". */
  titleSegments: string[];
  /** Hash of the `SHINGLE_LENGTH` words starting at each body token (shorter than `body`). */
  shingles: Uint32Array;
}

/** Tokenizes an article's text and title. */
export function prepareArticle(article: { title?: string; text: string }): PreparedArticle {
  const body = tokenize(article.text);
  return { body, titleSegments: titleSegments(article.title ?? ''), shingles: shingleHashes(body.terms) };
}

/** Title parts separated by a spaced dash or bar; sites append their name and tagline that way. */
function titleSegments(title: string): string[] {
  return title.split(/\s[-|–—]\s/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** 32-bit FNV-1a hash of a string. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shingleHashes(terms: readonly string[]): Uint32Array {
  const count = Math.max(0, terms.length - SHINGLE_LENGTH + 1);
  const out = new Uint32Array(count);
  if (count === 0) return out;
  const wordHashes = new Uint32Array(terms.length);
  for (let i = 0; i < terms.length; i++) wordHashes[i] = hashString(terms[i]);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE_LENGTH; k++) h = Math.imul(h ^ wordHashes[i + k], 0x5bd1e995) ^ (h >>> 13);
    // 30 bits keep the hashes small integers, which JavaScript engines store and compare fast.
    out[i] = h >>> 2;
  }
  return out;
}

/**
 * What one outlet repeats across its articles: page furniture, newsletter prompts, sidebars of
 * other headlines, title taglines. Such text is rare in a mixed input, so idf would treat it as
 * distinctive and make an outlet's reports of unrelated events look alike.
 */
export interface OutletNoise {
  /** Shingle hashes found in two or more of the outlet's articles. */
  shingles: ReadonlySet<number>;
  /** Title segments (lower case) found in two or more of the outlet's titles. */
  titleSegments: ReadonlySet<string>;
}

/** The noise of one outlet, from its articles (empty sets for a single article). */
export function outletNoise(articles: readonly PreparedArticle[]): OutletNoise {
  const shingles = new Set<number>();
  const segments = new Set<string>();
  if (articles.length < 2) return { shingles, titleSegments: segments };
  // Last article (by position) each shingle or segment was seen in.
  const lastShingle = new Map<number, number>();
  const lastSegment = new Map<string, number>();
  articles.forEach((a, k) => {
    for (const h of a.shingles) {
      const last = lastShingle.get(h);
      if (last === k) continue;
      if (last !== undefined) shingles.add(h);
      lastShingle.set(h, k);
    }
    // The first segment is the headline proper; only what follows can be a tagline.
    for (const segment of a.titleSegments.slice(1)) {
      const key = segment.toLowerCase();
      const last = lastSegment.get(key);
      if (last === k) continue;
      if (last !== undefined) segments.add(key);
      lastSegment.set(key, k);
    }
  });
  return { shingles, titleSegments: segments };
}

/**
 * Salience-weighted term counts of an article (title and text), skipping what its outlet
 * repeats (`noise`). Lower-case words are stemmed; words seen capitalised mid-sentence count as
 * names (boosted, not stemmed); runs of two or more capitalised words also count as one phrase
 * term. Returns an empty map for an article without content words.
 */
export function articleTerms(article: PreparedArticle, noise?: OutletNoise): TermCounts {
  const counts: TermCounts = new Map();
  const add = (term: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  const { terms, flags } = noise && noise.shingles.size > 0 ? withoutNoise(article, noise.shingles) : article.body;
  // Names: words written capitalised where the sentence start does not force it, and never in
  // lower case ("police" beside "Memphis Police" stays a common word).
  const names = new Set<string>();
  const lower = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    if ((flags[i] & CAPITAL) === 0) lower.add(terms[i]);
    else if ((flags[i] & SENTENCE_START) === 0) names.add(terms[i]);
  }
  for (const term of lower) names.delete(term);

  const addWords = (words: readonly string[], boost: number): void => {
    for (const term of words) {
      if (!isContentTerm(term)) continue;
      if (names.has(term)) add(term, boost * NAME_BOOST);
      else add(stem(term), boost);
    }
  };
  addWords(terms, 1);
  // Titles are often in Title Case, so they add words (judged by the body's casing) but no phrases.
  article.titleSegments.forEach((segment, i) => {
    if (i === 0 || !noise?.titleSegments.has(segment.toLowerCase())) addWords(tokenize(segment).terms, TITLE_BOOST);
  });

  // Runs of two or more capitalised words ("Bourbon Street", "Trung Le") as single terms.
  let runStart = 0;
  const closeRun = (end: number): void => {
    if (end - runStart >= 2) add(terms.slice(runStart, end).join(' '), PHRASE_BOOST);
  };
  for (let i = 0; i < terms.length; i++) {
    if ((flags[i] & CAPITAL) === 0 || STOPWORDS.has(terms[i])) {
      closeRun(i);
      runStart = i + 1;
    } else if ((flags[i] & BOUNDARY_AFTER) !== 0) {
      closeRun(i + 1);
      runStart = i + 1;
    }
  }
  closeRun(terms.length);
  return counts;
}

/** The body tokens not covered by any noise shingle. */
function withoutNoise(article: PreparedArticle, noise: ReadonlySet<number>): TokenList {
  const { terms, flags } = article.body;
  const covered = new Uint8Array(terms.length);
  article.shingles.forEach((h, i) => {
    if (noise.has(h)) covered.fill(1, i, i + SHINGLE_LENGTH);
  });
  const keptTerms: string[] = [];
  const keptFlags: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (covered[i] === 0) {
      keptTerms.push(terms[i]);
      keptFlags.push(flags[i]);
    } else if (keptFlags.length > 0) {
      // A gap left by removed text must not glue two names into one phrase.
      keptFlags[keptFlags.length - 1] |= BOUNDARY_AFTER;
    }
  }
  return { terms: keptTerms, flags: Uint8Array.from(keptFlags) };
}

/**
 * Term counts of each article (input order), with the noise each outlet repeats across its own
 * articles removed. One outlet at a time, so only that outlet's token lists are held in memory.
 */
export function termsByOutlet(
  articles: readonly { outlet: string; title?: string; text: string }[],
  onOutletDone?: (articlesDone: number) => void,
): TermCounts[] {
  const byOutlet = new Map<string, number[]>();
  articles.forEach((a, i) => {
    pushTo(byOutlet, a.outlet, i);
  });
  const terms: TermCounts[] = new Array(articles.length);
  let done = 0;
  for (const members of byOutlet.values()) {
    const prepared = members.map((i) => prepareArticle(articles[i]));
    const noise = outletNoise(prepared);
    members.forEach((i, k) => (terms[i] = articleTerms(prepared[k], noise)));
    done += members.length;
    onOutletDone?.(done);
  }
  return terms;
}

/**
 * Inverse document frequency, smoothed as if the collection also held `BACKGROUND_DOCUMENTS`
 * unrelated documents without the term: in a five-article input every shared word would
 * otherwise look worthless and every unique word decisive.
 */
export function inverseDocumentFrequency(frequency: number, documents: number): number {
  return Math.log((documents + BACKGROUND_DOCUMENTS + 1) / (frequency + 1));
}
const BACKGROUND_DOCUMENTS = 50;

/** Document frequencies counted over a set of term maps (each map is one document). */
export function countDocumentFrequencies(documents: readonly TermCounts[]): DocumentFrequencies & { table: Map<string, number> } {
  const table = new Map<string, number>();
  for (const doc of documents) for (const term of doc.keys()) table.set(term, (table.get(term) ?? 0) + 1);
  return { documents: documents.length, frequency: (term) => table.get(term) ?? 0, table };
}

/**
 * The fingerprint of an article: its `size` terms with the highest (1 + ln tf)·idf weight,
 * L2-normalised. Terms found in fewer than `minFrequency` documents are left out (in a batch,
 * a term no other article has cannot link anything). Ties are broken by term so the result does
 * not depend on map order. An article without content terms gets an empty fingerprint.
 */
export function buildFingerprint(
  terms: TermCounts,
  day: number | null,
  frequencies: DocumentFrequencies,
  size = FINGERPRINT_SIZE,
  minFrequency = 0,
): Fingerprint {
  const scored: [string, number][] = [];
  for (const [term, count] of terms) {
    const frequency = frequencies.frequency(term);
    if (frequency < minFrequency) continue;
    const weight = (1 + Math.log(count)) * inverseDocumentFrequency(frequency, frequencies.documents);
    if (weight > 0) scored.push([term, weight]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = scored.slice(0, size);
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return { terms: kept.map(([t]) => t), weights: kept.map(([, w]) => w / norm), day };
}

/**
 * Cosine similarity of two fingerprints' weighted terms, in [0, 1]; 0 when they share none.
 * `termFactor` (in [0, 1]) can discount some shared terms, e.g. widespread ones.
 */
export function similarity(a: Fingerprint, b: Fingerprint, termFactor?: (term: string) => number): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  const index = new Map<string, number>();
  small.terms.forEach((t, i) => index.set(t, small.weights[i]));
  let dot = 0;
  large.terms.forEach((t, i) => {
    const w = index.get(t);
    if (w !== undefined) dot += w * large.weights[i] * (termFactor ? termFactor(t) : 1);
  });
  return Math.min(1, dot);
}

/** Days since 1970-01-01 (UTC) of an ISO date or date-time; null when missing or unreadable. */
export function dayNumber(date: string | undefined): number | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : null;
}
