// Quotes of different outlets that render the same utterance.
//
// Outlets quote one utterance whole, shortened, as a fragment, split over two quotations, or in
// other words (translations: "very reliable" / "very trustworthy" / "very credible"). A quotation
// may also hold several utterances ("…a war crime. We’ve seen very credible reports of the use of
// certain weapons"). So the unit compared is the sentence inside a quote, and a quote belongs to
// every group one of its sentences joins.
//
// Two sentences render one utterance when most of the shorter one's weight is found in the
// other. Weights are inverse document frequencies within the story, so that the words every
// quote of the story shares ("very credible reports") cannot by themselves link two different
// statements, while function words still count a little ("they are very … and we are …").
import { diffWording } from './diff';
import { splitSentences } from './sentences';
import { isDescription, NAME_SUFFIXES } from './speaker-cues';
import type { Quote, QuoteGroup, QuoteVariant, Relation, Span } from './types';
import { words, type Word } from './words';
import { pushTo } from './collections';

/** A quote with the article it comes from. */
export interface PlacedQuote {
  articleId: string;
  quote: Quote;
}

/** Share of the shorter sentence's weight that must be found in the other. */
const LINK_THRESHOLD = 0.6;
/** Share of the shorter sentence's weight that must also be found in the same order. */
const MIN_ORDERED_SHARE = 0.5;
/** Weight of a function word relative to content words (which weigh their idf, ≥ log 2). */
const STOPWORD_WEIGHT = 0.25;
/** Content words two sentences must share to be linked: one shared word is a coincidence. */
const MIN_SHARED_CONTENT_WORDS = 2;
/** Content words a sentence needs before it may link to a different wording (fewer: only verbatim). */
const MIN_CONTENT_WORDS_REWORDED = 3;
/** Sentences of two differently named speakers link only with this many shared content words… */
const MIN_SHARED_CONTENT_WORDS_CONFLICT = 4;
/** …and this share of the shorter one's weight in the same order (near-verbatim). */
const NEAR_VERBATIM_SHARE = 0.8;
/** A window of a long sentence compared with a short one spans this many times its words (plus 3). */
const WINDOW_STRETCH = 1.5;
/** Words of a quotation inside another that is a term the outer speaker mentions, not words they render. */
const MAX_NESTED_TERM_WORDS = 3;

interface Segment {
  placed: PlacedQuote;
  /** Offsets in the article's text. */
  start: number;
  end: number;
  words: Word[];
  /** Weight of each word, in order. */
  weights: number[];
  /** Weight per word key, counts folded in. */
  bag: Map<string, number>;
  total: number;
  content: Set<string>;
  /** The speaker's last name, or null (see `speakerKey`). */
  speaker: string | null;
  cluster: number;
}

/** Groups the quotes of one story that render the same utterance; only groups spanning two or more articles. */
export function alignQuotes(quotes: readonly PlacedQuote[]): QuoteGroup[] {
  const segments = segment(quotes);
  weigh(segments);
  const clusters = cluster(segments);
  const groups: QuoteGroup[] = [];
  for (const members of clusters) {
    if (new Set(members.map((s) => s.placed.articleId)).size < 2) continue;
    groups.push(toGroup(members, groups.length));
  }
  return groups;
}

/**
 * The content words of each sentence of the quotes (each piece of a run-on one), as alignment reads
 * them (terms quoted inside and quotations two levels in left out): what a quote must share with
 * another to be linked.
 */
export function sentenceContents(quotes: readonly PlacedQuote[]): Set<string>[] {
  return segment(quotes).map((s) => s.content);
}

function segment(quotes: readonly PlacedQuote[]): Segment[] {
  const segments: Segment[] = [];
  const inside = nestedSpans(quotes);
  for (const placed of quotes) {
    const { terms, quotations } = inside.get(placed) ?? NOTHING_INSIDE;
    const speaker = speakerKey(placed.quote.speaker);
    for (const piece of gapsBetween(placed.quote, quotations)) {
      const pieceText = placed.quote.text.slice(piece.start - placed.quote.start, piece.end - placed.quote.start);
      for (const sentence of splitSentences(pieceText)) {
        const offset = piece.start + sentence.start;
        // A term quoted inside this one is aligned on its own: "the students who asked him about his
        // support of the “Obama Agenda”" is no rendering of "Obama agenda."
        const sentenceWords = wordsOutside(words(pieceText.slice(sentence.start, sentence.end)), offset, terms);
        // (a run-on sentence is compared a piece at a time, so that one comparison stays short)
        for (let from = 0; from < sentenceWords.length; from += MAX_SEGMENT_WORDS) {
          const run = sentenceWords.slice(from, from + MAX_SEGMENT_WORDS);
          const last = from + MAX_SEGMENT_WORDS >= sentenceWords.length;
          segments.push({
            placed,
            start: from === 0 ? offset : offset + run[0].start,
            end: last ? piece.start + sentence.end : offset + run[run.length - 1].end,
            words: run,
            weights: [],
            bag: new Map(),
            total: 0,
            content: new Set(run.filter((w) => !w.stop).map((w) => w.key)),
            speaker,
            cluster: -1,
          });
        }
      }
    }
  }
  return segments;
}

/**
 * Words of a sentence in a quote, no longer than real quoted sentences (the longest in the corpora
 * has 86 words). A longer run is cut into pieces of this many words: comparing two sentences costs
 * the product of their lengths.
 */
const MAX_SEGMENT_WORDS = 120;

/** The spans inside a quote whose words are not its own (see `nestedSpans`), each sorted by start, apart. */
interface Inside {
  /** Terms quoted inside it: their words are left out of its sentences. */
  terms: Span[];
  /** Quotations two levels in: its sentences stop before them and go on after them. */
  quotations: Span[];
}

const NOTHING_INSIDE: Inside = { terms: [], quotations: [] };

/** The parts of `span` outside the `holes` (sorted by start, apart, inside it). */
function gapsBetween(span: Span, holes: readonly Span[]): Span[] {
  const gaps: Span[] = [];
  let from = span.start;
  for (const hole of holes) {
    if (hole.start > from) gaps.push({ start: from, end: hole.start });
    from = Math.max(from, hole.end);
  }
  if (span.end > from) gaps.push({ start: from, end: span.end });
  return gaps;
}

/** The words (offsets relative to `offset`) that lie in none of the spans, which are sorted by start and apart. */
function wordsOutside(sentenceWords: readonly Word[], offset: number, spans: readonly Span[]): Word[] {
  const kept: Word[] = [];
  let k = 0;
  for (const w of sentenceWords) {
    while (k < spans.length && spans[k].end <= offset + w.start) k++;
    if (k < spans.length && spans[k].start <= offset + w.start && offset + w.end <= spans[k].end) continue;
    kept.push(w);
  }
  return kept;
}

/**
 * For each quote, the spans inside it whose words are not its own: the terms quoted inside it ("his
 * support of the “Obama Agenda”", the article's quotes of a few words), and quotations two levels in.
 * A longer quotation right inside one ("he said: ‘Mama, look, you won’") is part of what the outer
 * one renders, but not what that one quotes in turn: marks opened again and again before any closes
 * (“a “a “a …) nest each quote in the last, and each would otherwise hold the words of all of them.
 */
function nestedSpans(quotes: readonly PlacedQuote[]): Map<PlacedQuote, Inside> {
  const byArticle = new Map<string, PlacedQuote[]>();
  for (const p of quotes) {
    pushTo(byArticle, p.articleId, p);
  }
  const result = new Map<PlacedQuote, Inside>();
  for (const list of byArticle.values()) {
    // outer quotes before the quotes they hold; each quote's parent is the innermost one holding it
    const ordered = [...list].sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
    const parentOf = new Map<PlacedQuote, PlacedQuote>();
    const open: PlacedQuote[] = [];
    for (const p of ordered) {
      while (open.length > 0 && open[open.length - 1].quote.end < p.quote.end) open.pop();
      const parent = open[open.length - 1];
      if (parent && holds(parent.quote, p.quote)) parentOf.set(p, parent);
      open.push(p);
    }
    const terms = new Map<PlacedQuote, Span[]>();
    const quotations = new Map<PlacedQuote, Span[]>();
    for (const p of ordered) {
      const parent = parentOf.get(p);
      const grandparent = parent && parentOf.get(parent);
      // (a term two levels in lies in a quotation left out of its grandparent already)
      if (parent && isTerm(p.quote.text)) pushTo(terms, parent, p.quote);
      if (grandparent) pushTo(quotations, grandparent, p.quote);
    }
    for (const p of new Set([...terms.keys(), ...quotations.keys()])) {
      result.set(p, { terms: outermostSpans(terms.get(p) ?? []), quotations: outermostSpans(quotations.get(p) ?? []) });
    }
  }
  return result;
}

/** Whether a quote is a term ("the “Obama Agenda”"): a few words (a long text is none, however few its words). */
const isTerm = (text: string): boolean => text.length <= MAX_TERM_CHARS && words(text).length <= MAX_NESTED_TERM_WORDS;
const MAX_TERM_CHARS = 200;

/** Whether quote `outer` holds quote `inner` and more. */
const holds = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;

/** The spans not inside another of them, sorted by start (spans are nested or apart). */
function outermostSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  return kept;
}

function weigh(segments: Segment[]): void {
  const documentFrequency = new Map<string, number>();
  for (const s of segments) for (const key of new Set(s.words.map((w) => w.key))) {
    documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const n = segments.length;
  for (const s of segments) {
    for (const w of s.words) {
      const weight = w.stop ? STOPWORD_WEIGHT : Math.log(1 + n / documentFrequency.get(w.key)!);
      s.weights.push(weight);
      s.bag.set(w.key, (s.bag.get(w.key) ?? 0) + weight);
      s.total += weight;
    }
  }
}

/**
 * Share of the lighter segment's weight found in the other (0 when they may not be linked).
 * Against a much longer sentence only a window about the lighter one's length counts: a true
 * fragment sits in one place, while the words a long sentence shares with any other sentence
 * by chance are spread over it.
 */
function similarity(a: Segment, b: Segment): number {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  let sharedContent = 0;
  for (const key of short.content) if (long.content.has(key)) sharedContent++;
  // Two speakers named differently: one outlet (or the attribution) may have the wrong one, so only
  // near-verbatim wording links them.
  const conflict = a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker;
  if (conflict && sharedContent < MIN_SHARED_CONTENT_WORDS_CONFLICT) return 0;
  // A sentence of one or two content words links only as a verbatim fragment: "Credible" in a
  // headline does, but "This is America's war." must not join "America must win the war on terror."
  const reworded = sharedContent < MIN_SHARED_CONTENT_WORDS || short.content.size < MIN_CONTENT_WORDS_REWORDED;
  if (sharedContent === 0 || (reworded && !isContiguousRun(keysOf(short), keysOf(long)))) return 0;
  const bag = bestWindowShare(short, long) / short.total;
  if (bag < LINK_THRESHOLD) return 0;
  // At least half the weight must also come in the same order: a reordered quotation still links
  // ("B, A" for "A, B" keeps half its order), while "I have a right to know" does not meet
  // "you know … a right wing blog".
  const ordered = weightedCommonSubsequence(short, long) / short.total;
  if (ordered < (conflict ? NEAR_VERBATIM_SHARE : MIN_ORDERED_SHARE)) return 0;
  return (bag + ordered) / 2;
}

/** Weight of the heaviest subsequence of words the two segments share in the same order. */
function weightedCommonSubsequence(a: Segment, b: Segment): number {
  let previous = new Float64Array(b.words.length + 1);
  let current = new Float64Array(b.words.length + 1);
  for (let i = 1; i <= a.words.length; i++) {
    const key = a.words[i - 1].key;
    for (let j = 1; j <= b.words.length; j++) {
      current[j] =
        key === b.words[j - 1].key
          ? previous[j - 1] + Math.min(a.weights[i - 1], b.weights[j - 1])
          : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.words.length];
}

/** Weight of `short`'s words found in the best window of `long` (the whole of it when similar in length). */
function bestWindowShare(short: Segment, long: Segment): number {
  const size = Math.ceil(short.words.length * WINDOW_STRETCH) + 3;
  const window = new Map<string, number>();
  let shared = 0;
  let best = 0;
  const contribution = (key: string): number => {
    const want = short.bag.get(key);
    const have = window.get(key);
    return want === undefined || have === undefined ? 0 : Math.min(want, have);
  };
  const move = (key: string, weight: number): void => {
    shared -= contribution(key);
    const next = (window.get(key) ?? 0) + weight;
    if (next > 1e-9) window.set(key, next);
    else window.delete(key);
    shared += contribution(key);
  };
  for (let i = 0; i < long.words.length; i++) {
    move(long.words[i].key, long.weights[i]);
    if (i >= size) move(long.words[i - size].key, -long.weights[i - size]);
    if (shared > best) best = shared;
  }
  return best;
}

/**
 * Whom a quote's words are compared as: the last name of its speaker, or null when any speaker may
 * have said them (unknown, or described: "a friend" may be anyone). Different named speakers never
 * said the same words.
 */
function speakerKey(speaker: string | null): string | null {
  return !speaker || isDescription(speaker) ? null : lastName(speaker);
}

/** "Roger J. Stone Jr." and "Roger Stone" share the last name "stone". */
function lastName(name: string): string {
  const parts = name.toLowerCase().replace(/[.,]/g, '').split(/\s+/).filter(Boolean);
  while (parts.length > 1 && NAME_SUFFIXES.has(parts[parts.length - 1])) parts.pop();
  return parts[parts.length - 1] ?? '';
}

/**
 * Fullest sentences first; each later sentence joins the one cluster it matches best, so a
 * short fragment shared by two utterances ("very credible reports") cannot chain them together.
 */
function cluster(segments: Segment[]): Segment[][] {
  const order = [...segments].sort((a, b) => b.total - a.total || a.start - b.start);
  const clusters: Segment[][] = [];
  const byContentWord = new Map<string, Segment[]>();
  for (const s of order) {
    const candidates = new Set<Segment>();
    for (const key of s.content) for (const other of byContentWord.get(key) ?? []) candidates.add(other);
    let best = -1;
    let bestScore = LINK_THRESHOLD;
    for (const other of candidates) {
      if (other.placed.quote === s.placed.quote) continue;
      const score = similarity(s, other);
      // Ties go to the older cluster, so the outcome does not depend on candidate order.
      const better = score > bestScore || (score === bestScore && (best < 0 || other.cluster < best));
      if (better) {
        best = other.cluster;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = clusters.length;
      clusters.push([]);
    }
    s.cluster = best;
    clusters[best].push(s);
    for (const key of s.content) {
      if ((byContentWord.get(key)?.length ?? 0) < MAX_SEGMENTS_PER_WORD) pushTo(byContentWord, key, s);
    }
  }
  return clusters;
}

/**
 * How many segments a content word leads to as candidates. A word more segments share than this (a page
 * of one quote repeated thousands of times) tells nothing more about which of them match; the first
 * ones stand for it, so that clustering stays linear in the segments.
 */
const MAX_SEGMENTS_PER_WORD = 256;

function toGroup(members: Segment[], index: number): QuoteGroup {
  // The reference is the fullest wording; the others are described against it.
  const reference = members.reduce((best, s) => (s.end - s.start > best.end - best.start ? s : best));
  const referenceText = textOf(reference);
  const referenceKeys = keysOf(reference);
  const inOrder = [...members].sort((a, b) => (a.placed.articleId < b.placed.articleId ? -1 : a.placed.articleId > b.placed.articleId ? 1 : a.start - b.start));
  const variants = inOrder.map((s): QuoteVariant => {
    const isReference = s === reference;
    return {
      quote: s.placed.quote.id,
      articleId: s.placed.articleId,
      start: s.start,
      end: s.end,
      relation: isReference ? 'reference' : relate(keysOf(s), referenceKeys),
      diff: isReference ? [] : diffWording(referenceText, textOf(s)),
    };
  });
  const ids = [...new Set(inOrder.map((s) => s.placed.quote.id))];
  return { id: `g${index + 1}`, members: ids, variants };
}

function keysOf(s: Segment): string[] {
  return s.words.map((w) => w.key);
}

function textOf(s: Segment): string {
  return s.placed.quote.text.slice(s.start - s.placed.quote.start, s.end - s.placed.quote.start);
}

function relate(keys: string[], referenceKeys: string[]): Relation {
  if (keys.length === referenceKeys.length && keys.every((k, i) => k === referenceKeys[i])) return 'same';
  return isContiguousRun(keys, referenceKeys) ? 'fragment' : 'reworded';
}

/** Whether `part` occurs as a run of consecutive words in `whole`. */
function isContiguousRun(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}
