// Finding a quote in a text by its words and the words around it: a text-quote selector, as in
// the W3C annotation model and the Hypothesis client. Exact occurrences are looked for first
// (indexOf is fast and most quotes are there verbatim); only when there are none does an
// approximate search (Myers' bit-parallel algorithm, approx-string-match) run, and then the
// context decides whether a near match is the quote or a chance resemblance.
import approxSearch from 'approx-string-match';
import { normaliseForSearch } from './text-index';

/** A quote and the text just around it, as saved from the text it was taken from. */
export interface TextQuoteSelector {
  /** The quoted text itself. */
  exact: string;
  /** Text just before the quote (up to a few dozen characters); '' or absent when unknown. */
  prefix?: string;
  /** Text just after the quote. */
  suffix?: string;
}

/** Where a quote was found. */
export interface QuoteMatch {
  /** Start offset of the match in the searched text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Between 0 and 1, where 1 is the quote verbatim with its prefix and suffix verbatim around it. */
  score: number;
}

/** Options for `matchQuote`. */
export interface MatchOptions {
  /** Search only text[from, to) (offsets still refer to the whole text). */
  from?: number;
  to?: number;
  /** Where the quote is expected to start: among equally good matches, the nearest wins. */
  hint?: number;
  /** Do not fall back to an approximate search. */
  exactOnly?: boolean;
}

// Weights of the parts of a match's score (Hypothesis uses the same proportions).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** A repeated short quote ("No.") is scored at no more than this many of its occurrences. */
const MAX_EXACT_CANDIDATES = 1000;
/** Approximate search allows up to half the quote's length in edits, and never more than this. */
const MAX_ERRORS = 256;
/** A near match is taken on its own when at least this share of the quote matches… */
const SURE_QUOTE_SCORE = 0.75;
/** …and with this much of it when its prefix and suffix agree at least `SURE_CONTEXT_SCORE`. */
const LEAST_QUOTE_SCORE = 0.5;
const SURE_CONTEXT_SCORE = 0.75;

/**
 * Page text between two quotes is their distance in the extracted text plus what extraction
 * dropped (captions, advertisements): a quote with an exact neighbour on one side only is looked
 * for up to this many times that distance away, plus REACH_SLACK characters.
 */
const REACH_FACTOR = 4;
const REACH_SLACK = 2000;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Exact occurrences of `quote` whose quote part lies in text[from, to): `before` and `after` must
 * stand verbatim around it. At most MAX_EXACT_CANDIDATES.
 */
function occurrences(text: string, quote: string, before: string, after: string, from: number, to: number): Candidate[] {
  const found: Candidate[] = [];
  const pattern = before + quote + after;
  for (let at = text.indexOf(pattern, Math.max(0, from - before.length)); at >= 0; at = text.indexOf(pattern, at + 1)) {
    const start = at + before.length;
    if (start + quote.length > to) break;
    found.push({ start, end: start + quote.length, errors: 0 });
    if (found.length >= MAX_EXACT_CANDIDATES) break;
  }
  return found;
}

/**
 * The exact occurrences worth scoring: those with prefix and suffix verbatim around them if any,
 * else those with one of the two, else all. Searching the quote with its context is one indexOf
 * pass however often the quote alone occurs (a "No." in a long page).
 */
function exactCandidates(text: string, quote: string, prefix: string, suffix: string, from: number, to: number): Candidate[] {
  if (prefix || suffix) {
    const both = occurrences(text, quote, prefix, suffix, from, to);
    if (both.length > 0) return both;
    const either = [
      ...(prefix ? occurrences(text, quote, prefix, '', from, to) : []),
      ...(suffix ? occurrences(text, quote, '', suffix, from, to) : []),
    ];
    if (either.length > 0) return either;
  }
  return occurrences(text, quote, '', '', from, to);
}

/** How well `pattern` matches somewhere in `text`: 1 - edits / length; 1 for an empty pattern. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  const best = approxSearch(text, pattern, pattern.length);
  return best.length === 0 ? 0 : 1 - best[0].errors / pattern.length;
}

/**
 * The best place of `selector` in `text`. Both are compared in normalised form (one space per
 * whitespace run, quotation marks and dashes folded): pass an index's `searchText`, or any text
 * already in that form. Returns null when the quote is empty or nothing close enough is found.
 */
export function matchQuote(text: string, selector: TextQuoteSelector, options: MatchOptions = {}): QuoteMatch | null {
  const quote = normaliseForSearch(selector.exact);
  if (quote.trim().length === 0) return null;
  const prefix = normaliseForSearch(selector.prefix ?? '');
  const suffix = normaliseForSearch(selector.suffix ?? '');
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  if (to - from < 1) return null;

  let candidates = exactCandidates(text, quote, prefix, suffix, from, to);
  const exact = candidates.length > 0;
  if (!exact) {
    if (options.exactOnly) return null;
    const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / 2));
    if (maxErrors === 0) return null;
    candidates = approxSearch(text.slice(from, to), quote, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
  }

  const contextWeight = (prefix ? PREFIX_WEIGHT : 0) + (suffix ? SUFFIX_WEIGHT : 0);
  const positionWeight = options.hint === undefined ? 0 : POSITION_WEIGHT;
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / quote.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix) : 0;
    const suffixScore = suffix ? similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix) : 0;
    const contextScore = contextWeight === 0 ? 0 : (prefixScore * (prefix ? PREFIX_WEIGHT : 0) + suffixScore * (suffix ? SUFFIX_WEIGHT : 0)) / contextWeight;
    if (!exact) {
      const sure = quoteScore >= SURE_QUOTE_SCORE || (quoteScore >= LEAST_QUOTE_SCORE && contextWeight > 0 && contextScore >= SURE_CONTEXT_SCORE);
      if (!sure) continue;
    }
    const positionScore = options.hint === undefined ? 0 : 1 - Math.abs(candidate.start - options.hint) / Math.max(1, text.length);
    const score =
      (QUOTE_WEIGHT * quoteScore + contextWeight * contextScore + positionWeight * positionScore) /
      (QUOTE_WEIGHT + contextWeight + positionWeight);
    if (!best || score > best.score) best = { start: candidate.start, end: candidate.end, score };
  }
  return best;
}

/**
 * Matches several quotes of one text, given in reading order, in time close to linear in the text:
 * an exact pass for all of them, then an approximate pass for the rest, each searched only
 * between the exact matches of its neighbours in the list (plus the quote's length either side),
 * since extracted text keeps the page's order. `hints[i]`, when given, is where quote i is
 * expected to start: it decides between otherwise equal matches. Returns one match (or null) per
 * selector.
 */
export function matchQuotesInOrder(
  text: string,
  selectors: readonly TextQuoteSelector[],
  hints: readonly number[] = [],
): (QuoteMatch | null)[] {
  const matches = selectors.map((selector, i) => matchQuote(text, selector, { exactOnly: true, hint: hints[i] }));
  const exactMatches = matches.slice();
  const nearestExact = (from: number, step: 1 | -1): number => {
    for (let j = from + step; j >= 0 && j < selectors.length; j += step) if (exactMatches[j]) return j;
    return -1;
  };
  for (let i = 0; i < selectors.length; i++) {
    if (matches[i]) continue;
    const previous = nearestExact(i, -1);
    const next = nearestExact(i, 1);
    const length = selectors[i].exact.length;
    // With hints, a quote past the last exact match (or before the first) is looked for within a
    // few times its distance from that match, not through the rest of the page.
    const reach = (j: number): number | null =>
      hints[i] === undefined || hints[j] === undefined ? null : REACH_FACTOR * Math.abs(hints[i] - hints[j]) + REACH_SLACK + 2 * length;
    let from = previous >= 0 ? exactMatches[previous]!.end : 0;
    let to = next >= 0 ? exactMatches[next]!.start : text.length;
    if (previous < 0 && next >= 0) from = Math.max(0, to - (reach(next) ?? to));
    if (next < 0 && previous >= 0) to = Math.min(text.length, from + (reach(previous) ?? text.length));
    // Neighbours out of order (the page repeats a passage elsewhere): search everywhere.
    const window = from <= to ? { from: from - length, to: to + length } : {};
    matches[i] = matchQuote(text, selectors[i], { ...window, hint: hints[i] ?? from });
  }
  return matches;
}

/** Characters of a text's opening looked up by `openingOffset`. */
const OPENING_CHARS = 160;

/**
 * Where `text` (an article extracted from the page) starts in `searchText` (the page's), or null
 * when its opening is not there verbatim. The article text is the page text minus what extraction
 * dropped, so a quote at offset `start` of it sits a little after `start` plus this in the page:
 * a hint that tells the article's quote from the same words in a teaser or sidebar.
 */
export function openingOffset(searchText: string, text: string): number | null {
  if (!text.trim()) return null;
  return matchQuote(searchText, { exact: text.slice(0, OPENING_CHARS) }, { exactOnly: true })?.start ?? null;
}
