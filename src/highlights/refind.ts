// Finding saved highlights again on a visit: the page may have been edited since (words added or
// cut, paragraphs moved, other quotation marks). Order of trust: the stored position when the
// exact text is still there; then the exact text elsewhere; then an approximate match. A match
// away from the stored position must show that it is the reader's passage and not a look-alike:
// its prefix or suffix agrees with the saved one (a single agreeing side only where it fits
// best on the page), or (exact text only) the text is long and occurs once. A highlight that is not found is reported as such, never dropped and never
// painted somewhere doubtful: a wrong highlight misleads, a missing one is only listed.
import approxSearch from 'approx-string-match';
import { matchQuote, type QuoteMatch } from '../content/anchoring/match-quote';
import { normaliseForSearch } from '../content/anchoring/text-index';
import type { Highlight } from './highlight';

/** Where a highlight is on the page now. */
export interface Refound {
  highlight: Highlight;
  /** Offsets in the page's normalised text. */
  start: number;
  end: number;
  /** True when the highlighted text is there verbatim (after folding whitespace and quotation marks). */
  verbatim: boolean;
}

/** The highlights of a page split by whether they were found again. */
export interface RefindResult {
  /** In the order of the page text. */
  found: Refound[];
  /** Kept and listed as "not found on this page"; in the order given. */
  notFound: Highlight[];
}

/** A saved prefix or suffix "agrees" with the page text beside a match from this similarity on (1 - edits / length). */
const CONTEXT_AGREES = 0.7;
/** Exact text with no agreeing context is still taken when it is this long and occurs once: long verbatim passages do not repeat by chance. */
const LONG_UNIQUE_CHARS = 80;
/** An approximate match keeps at least this share of the highlighted text. */
const LEAST_QUOTE_SIMILARITY = 0.7;
/** Highlights shorter than this are matched approximately only where both prefix and suffix agree: a few edited words resemble too many places. */
const SHORT_QUOTE_CHARS = 40;
/** A long highlight this similar to the page text is taken without agreeing context (its paragraph moved and was edited), when nothing else on the page resembles it. */
const SURE_LONG_QUOTE_SIMILARITY = 0.85;
/** A match taken without agreeing context is dropped when another place matches within this much of its similarity. */
const LOOK_ALIKE_MARGIN = 0.1;
/** Approximate search stops at this many windows beside occurrences of the prefix or suffix (a short context repeated all over the page says little). */
const MAX_CONTEXT_WINDOWS = 20;

/** How well `pattern` matches somewhere in `text`: 1 - edits / length; 1 for an empty pattern. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.includes(pattern)) return 1;
  if (text.length === 0) return 0;
  const best = approxSearch(text, pattern, pattern.length);
  return best.length === 0 ? 0 : 1 - best[0].errors / pattern.length;
}

/** Offsets of every occurrence of `pattern` in `text`, at most `limit`. */
function occurrences(text: string, pattern: string, limit: number): number[] {
  const found: number[] = [];
  if (!pattern) return found;
  for (let at = text.indexOf(pattern); at >= 0 && found.length < limit; at = text.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

/** The saved quote, prefix and suffix in search form. */
interface SearchQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Which of the saved prefix and suffix agree with the page text beside a match. */
interface AgreeingSides {
  prefix: boolean;
  suffix: boolean;
}

// Compare with a little more page text than was saved: words inserted just beside the
// highlight push the saved context a few characters away.
const CONTEXT_SLACK = 8;

/**
 * Which saved sides agree with the page text beside [start, end). A side saved empty (the
 * highlight starts or ends the text) agrees only with an empty side on the page.
 */
function agreeingSides(text: string, quote: SearchQuote, start: number, end: number): AgreeingSides {
  const { prefix, suffix } = quote;
  const before = text.slice(Math.max(0, start - prefix.length - CONTEXT_SLACK), start);
  const after = text.slice(end, end + suffix.length + CONTEXT_SLACK);
  return {
    prefix: prefix === '' ? before.trim() === '' : similarity(before, prefix) >= CONTEXT_AGREES,
    suffix: suffix === '' ? after.trim() === '' : similarity(after, suffix) >= CONTEXT_AGREES,
  };
}

/** Whether the page text beside [start, end) agrees with the saved prefix or suffix. */
function contextAgrees(text: string, quote: SearchQuote, start: number, end: number): boolean {
  const sides = agreeingSides(text, quote, start, end);
  return sides.prefix || sides.suffix;
}

/**
 * Whether the one saved side that agrees beside the match at [start, end) fits somewhere else on
 * the page at least as well: then it is the page's repeated structure (a list of alerts, a tweet
 * embedded and quoted again), not a sign of the reader's passage.
 */
function sideRepeated(text: string, quote: SearchQuote, side: 'prefix' | 'suffix', start: number, end: number): boolean {
  const saved = quote[side];
  if (saved === '') return false;
  const from = Math.max(0, start - quote.prefix.length - CONTEXT_SLACK);
  const to = end + quote.suffix.length + CONTEXT_SLACK;
  const atMatch = similarity(side === 'prefix' ? text.slice(from, start) : text.slice(end, to), saved);
  return [text.slice(0, from), text.slice(to)].some((part) => similarity(part, saved) >= atMatch);
}

/**
 * Where `highlight` is in `searchText` (the page's normalised, mark-folded text: a text index's
 * `searchText`), or null when it cannot be found with confidence.
 */
export function refindHighlight(searchText: string, highlight: Highlight): Refound | null {
  const quote: SearchQuote = {
    exact: normaliseForSearch(highlight.exact),
    prefix: normaliseForSearch(highlight.prefix),
    suffix: normaliseForSearch(highlight.suffix),
  };
  if (quote.exact.trim() === '') return null;
  const hint = highlight.start ?? undefined;
  const found = (match: QuoteMatch): Refound => ({
    highlight,
    start: match.start,
    end: match.end,
    verbatim: searchText.slice(match.start, match.end) === quote.exact,
  });

  // The page unchanged up to the highlight: the stored position still holds the text.
  if (hint !== undefined && searchText.startsWith(quote.exact, hint)) {
    return found({ start: hint, end: hint + quote.exact.length, score: 1 });
  }

  // The exact text elsewhere (moved by edits before it): the best placed by context and position.
  const exact = matchQuote(searchText, quote, { exactOnly: true, hint });
  if (exact) {
    if (contextAgrees(searchText, quote, exact.start, exact.end)) return found(exact);
    const unique = occurrences(searchText, quote.exact, 2).length === 1;
    if (unique && quote.exact.length >= LONG_UNIQUE_CHARS) return found(exact);
  }

  // The text itself was edited. The approximate search reports only the least-edited matches of
  // the whole text, which may be a look-alike elsewhere; so it also runs in windows beside the
  // saved prefix and suffix and around the stored position, where the reader's passage would be.
  const reach = quote.exact.length * 2;
  const windows: { from: number; to: number }[] = [{ from: 0, to: searchText.length }];
  if (hint !== undefined) windows.push({ from: hint - reach, to: hint + reach });
  for (const at of occurrences(searchText, quote.prefix, MAX_CONTEXT_WINDOWS)) {
    windows.push({ from: at + quote.prefix.length, to: at + quote.prefix.length + reach });
  }
  for (const at of occurrences(searchText, quote.suffix, MAX_CONTEXT_WINDOWS)) windows.push({ from: at - reach, to: at });

  const short = quote.exact.length < SHORT_QUOTE_CHARS;
  const long = quote.exact.length >= LONG_UNIQUE_CHARS;
  const accepted: { match: QuoteMatch; quoteSimilarity: number; context: boolean }[] = [];
  for (const window of windows) {
    const match = matchQuote(searchText, quote, { ...window, hint });
    if (!match || accepted.some((other) => other.match.start === match.start && other.match.end === match.end)) continue;
    const quoteSimilarity = similarity(searchText.slice(match.start, match.end), quote.exact);
    if (quoteSimilarity < LEAST_QUOTE_SIMILARITY) continue;
    const sides = agreeingSides(searchText, quote, match.start, match.end);
    const oneSide = sides.prefix !== sides.suffix;
    const context = short ? sides.prefix && sides.suffix : sides.prefix || sides.suffix;
    // One agreeing side is evidence only where it fits best: a side that fits as well elsewhere
    // is repeated structure, where an edited passage has near-twins.
    if (context && oneSide && sideRepeated(searchText, quote, sides.prefix ? 'prefix' : 'suffix', match.start, match.end)) continue;
    if (context || (long && quoteSimilarity >= SURE_LONG_QUOTE_SIMILARITY)) accepted.push({ match, quoteSimilarity, context });
  }
  accepted.sort((a, b) => b.match.score - a.match.score);
  const [best, ...others] = accepted;
  if (!best) return null;
  const apart = (other: QuoteMatch) => other.end <= best.match.start || other.start >= best.match.end;
  // Two places that both pass: the page holds look-alikes (gallery captions, a slogan repeated
  // with a word changed); better listed as not found than painted on the wrong one.
  if (others.some((other) => apart(other.match))) return null;
  if (!best.context) {
    // Taken on its resemblance alone: nothing else on the page may come close.
    const elsewhere = [matchQuote(searchText, quote, { to: best.match.start }), matchQuote(searchText, quote, { from: best.match.end })];
    const lookAlike = elsewhere.some(
      (other) => other && similarity(searchText.slice(other.start, other.end), quote.exact) >= best.quoteSimilarity - LOOK_ALIKE_MARGIN,
    );
    if (lookAlike) return null;
  }
  return found(best.match);
}

/** Every highlight of a page looked for in `searchText`; see `refindHighlight`. */
export function refindHighlights(searchText: string, highlights: readonly Highlight[]): RefindResult {
  const found: Refound[] = [];
  const notFound: Highlight[] = [];
  for (const highlight of highlights) {
    const refound = refindHighlight(searchText, highlight);
    if (refound) found.push(refound);
    else notFound.push(highlight);
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return { found, notFound };
}
