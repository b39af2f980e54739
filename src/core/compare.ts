// What the side panel shows for a recognised page: the page's quotes and figures beside the other
// outlets' versions of them, and the story's other articles (types in comparison.ts).
//
// Nothing new decides which quotes render one utterance or which figures count one quantity: the
// page's quotes join the story's stored quotes in `alignQuotes`, and its figures join the stored
// figures in `groupFigures`, exactly as a story's articles are aligned when a pack is built. This
// module only reads the groups back from the page's side: for each page quote, one wording per
// other article and how it differs; for each page figure, the others and how they disagree.
import { analyzeArticle } from './analyze';
import { alignQuotes, sentenceContents, type PlacedQuote } from './align';
import type {
  Comparison, FigureComparison, OtherFigure, OtherWording, PageAnchor, QuoteComparison, SourceArticle, StorySummary,
  WordingRelation,
} from './comparison';
import { pushTo } from './collections';
import { diffWording } from './diff';
import { comparableRange, figureContext, formatAmount, groupFigures, TOLERANCE, type PlacedFigure } from './figure-groups';
import { CASUALTY_EVENTS, EVENT_WORDS } from './figure-words';
import { formatNumber } from './figures';
import type { ArticleRecord, FigureRecord, PackStory, QuoteRecord } from './pack-format';
import type { PageArticle, RecognitionMethod } from './recognize';
import { splitSentences } from './sentences';
import type { ArticleAnalysis, Figure, Quote } from './types';
import { words } from './words';

/** Characters of page text analysed: a page with a megabyte of text costs no more than a long article. */
export const MAX_PAGE_TEXT = 200_000;
/**
 * Figures of a page compared at most: a long article reports a few dozen; a table of thousands
 * of distinct values ("1% 2% 3% …") is no article, and grouping grows with their number.
 */
export const MAX_PAGE_FIGURES = 500;
/** Characters of page text kept on each side of an anchor, to tell repeated text apart. */
const ANCHOR_CONTEXT = 32;
/** Stands for the page among the stored articles; no pack article id holds a NUL character. */
const PAGE_ID = '\u0000page';
/** Between two separate quotations of one article that together render a page quote. */
const GAP = ' … ';

/** A stored story with the key the corpus loads it by (what `storyContent` returns). */
export type StoryWithKey = PackStory & { storyKey: string };

/** How the page was recognised (from `recognize`). */
export interface PageRecognition {
  how: RecognitionMethod;
  score: number;
  /** The stored article the page is (url) or copies (duplicate): left out of the comparison; null otherwise. */
  article: string | null;
}

/**
 * Quotes (with speakers) and figures of a page's text, the first MAX_PAGE_TEXT characters only,
 * and its first MAX_PAGE_FIGURES figures. Offsets are into the page text as given. Empty lists
 * for a page without quotes or figures.
 */
export function analysePage(text: string): ArticleAnalysis {
  const analysis = analyzeArticle({ id: PAGE_ID, outlet: '', text: text.slice(0, MAX_PAGE_TEXT) }, '');
  return { ...analysis, figures: analysis.figures.slice(0, MAX_PAGE_FIGURES) };
}

/**
 * Compares the page with the stored story it was recognised as. `analysis` is `analysePage(page.text)`
 * when the caller already has it. The stored article the page is (`recognition.article`) counts
 * neither as another outlet's version nor as coverage.
 */
export function compareWithStory(
  page: PageArticle,
  story: StoryWithKey,
  recognition: PageRecognition,
  analysis: ArticleAnalysis = analysePage(page.text),
): Comparison {
  const others = story.articles.filter((a) => a.id !== recognition.article);
  const sources = new Map(others.map((a) => [a.id, sourceOf(a)]));
  return {
    story: summarise(page, story, recognition),
    quotes: compareQuotes(page.text, analysis.quotes, story.quotes.filter((q) => sources.has(q.article)), sources),
    figures: compareFigures(page.text, analysis.figures, story.figures.filter((f) => sources.has(f.article)), sources),
    coverage: [...sources.values()].sort(byDateThenOutlet),
    pageQuotes: analysis.quotes.length,
    pageFigures: analysis.figures.length,
  };
}

function sourceOf(a: ArticleRecord): SourceArticle {
  return { articleId: a.id, outlet: a.outlet, title: a.title, url: a.url, date: a.date };
}

/** Oldest first; undated articles last; then by outlet and id, so the order never depends on input order. */
function byDateThenOutlet(a: SourceArticle, b: SourceArticle): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return compare(a.date, b.date);
  }
  return compare(a.outlet, b.outlet) || compare(a.articleId, b.articleId);
}

/** Outlet name, then date (undated last), then id: the order of `others` in the panel. */
function byOutletThenDate(a: SourceArticle, b: SourceArticle): number {
  return compare(a.outlet.toLowerCase(), b.outlet.toLowerCase()) || byDateThenOutlet(a, b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function anchorOf(text: string, start: number, end: number): PageAnchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
  };
}

// ---- story summary ------------------------------------------------------------------------------

function summarise(page: PageArticle, story: StoryWithKey, recognition: PageRecognition): StorySummary {
  const outlets = new Set<string>();
  for (const outlet of [page.outlet, ...story.articles.map((a) => a.outlet)]) {
    const key = outlet?.trim().toLowerCase();
    if (key) outlets.add(key);
  }
  const days = [page.date, ...story.articles.map((a) => a.date)]
    .map((d) => (d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null))
    .filter((d): d is string => d !== null)
    .sort();
  return {
    storyKey: story.storyKey,
    title: centralTitle(story.articles),
    outlets: outlets.size,
    firstDate: days[0] ?? null,
    lastDate: days[days.length - 1] ?? null,
    how: recognition.how,
    score: recognition.score,
  };
}

/**
 * The title of the titled article most similar to the story's other articles (summed fingerprint
 * cosines): its headline names what they all report, where an outlier's headline ("What we know
 * about…", a follow-up's angle) names less. Ties go to the earliest-dated, then the lowest id.
 * Null when no article has a title.
 */
function centralTitle(articles: readonly ArticleRecord[]): string | null {
  // Σ_j≠i v_i·v_j = v_i·(Σ_j v_j) − v_i·v_i: one pass over the terms instead of every pair.
  const sum = new Map<string, number>();
  for (const a of articles) a.fingerprint.terms.forEach((t, k) => sum.set(t, (sum.get(t) ?? 0) + a.fingerprint.weights[k]));
  let best: ArticleRecord | null = null;
  let bestCentrality = -1;
  for (const article of articles) {
    if (!article.title?.trim()) continue;
    const { terms, weights } = article.fingerprint;
    let centrality = 0;
    terms.forEach((t, k) => (centrality += weights[k] * (sum.get(t)! - weights[k])));
    const tie = best !== null && Math.abs(centrality - bestCentrality) <= 1e-9;
    if (best === null || (!tie && centrality > bestCentrality) || (tie && byDateThenOutlet(sourceOf(article), sourceOf(best)) < 0)) {
      best = article;
      bestCentrality = centrality;
    }
  }
  return best?.title ?? null;
}

// ---- quotes -----------------------------------------------------------------------------------

/** One stored quote's part that renders one of a page quote's utterances. */
interface StoredPart {
  record: QuoteRecord;
  start: number;
  end: number;
  /** The utterance group it shares with the page quote. */
  group: number;
}

/** A stored quote's parts that render a page quote's utterances, taken as one run of its text. */
interface Run {
  record: QuoteRecord;
  start: number;
  end: number;
  groups: Set<number>;
  text: string;
}

function compareQuotes(
  text: string,
  pageQuotes: readonly Quote[],
  stored: readonly QuoteRecord[],
  sources: ReadonlyMap<string, SourceArticle>,
): QuoteComparison[] {
  if (pageQuotes.length === 0 || stored.length === 0) return [];
  const records = new Map(stored.map((r) => [r.id, r]));
  const candidates = candidateQuotes(pageQuotes, stored);
  const placed: PlacedQuote[] = [
    ...pageQuotes.map((quote) => ({ articleId: PAGE_ID, quote })),
    ...candidates.map((record) => ({ articleId: record.article, quote: storedQuote(record) })),
  ];
  // Page quote id → other article → the parts of its quotes that share a group with the page quote.
  const partsByQuote = new Map<string, Map<string, StoredPart[]>>();
  alignQuotes(placed).forEach((group, groupIndex) => {
    const pageIds = new Set(group.variants.filter((v) => v.articleId === PAGE_ID).map((v) => v.quote));
    if (pageIds.size === 0) return;
    for (const variant of group.variants) {
      if (variant.articleId === PAGE_ID) continue;
      const part = { record: records.get(variant.quote)!, start: variant.start, end: variant.end, group: groupIndex };
      for (const id of pageIds) {
        const byArticle = partsByQuote.get(id) ?? new Map<string, StoredPart[]>();
        partsByQuote.set(id, byArticle);
        const parts = byArticle.get(variant.articleId) ?? [];
        byArticle.set(variant.articleId, parts);
        parts.push(part);
      }
    }
  });

  const comparisons: QuoteComparison[] = [];
  for (const quote of [...pageQuotes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const byArticle = partsByQuote.get(quote.id);
    if (!byArticle) continue;
    const others = [...byArticle].map(([articleId, parts]) => otherWording(quote.text, sources.get(articleId)!, parts));
    others.sort(byOutletThenDate);
    comparisons.push({
      id: `q${comparisons.length}`,
      anchor: anchorOf(text, quote.start, quote.end),
      speaker: quote.speaker ?? mostCommon(others.map((o) => o.speaker)),
      others,
    });
  }
  return comparisons;
}

/**
 * The stored quotes worth aligning with the page's. Aligning the whole story re-clusters every
 * stored quote with every other (tens of milliseconds for a story of hundreds of quotes), while
 * only the groups the page's quotes join matter. A stored quote can join a page quote's group
 * directly only when one of its sentences shares two content words with one of the page's (one
 * word if either sentence has no other: a one-word fragment such as "Credible"), as align.ts links
 * sentences; the stored quotes that the pack's own alignment put in a group with such a quote come
 * too, so an outlet that quotes the utterance in words of its own still joins through the others.
 * On 45 pages of the shared corpora this keeps 196 of the 198 wordings aligning the whole story finds.
 */
function candidateQuotes(pageQuotes: readonly Quote[], stored: readonly QuoteRecord[]): QuoteRecord[] {
  // (the page's quotes as alignment reads them: quotations nested in one another are not read again in each)
  const pageSentences = sentenceContents(pageQuotes.map((quote) => ({ articleId: PAGE_ID, quote })));
  const sentencesWith = new Map<string, number[]>();
  pageSentences.forEach((sentence, i) => {
    for (const word of sentence) pushTo(sentencesWith, word, i);
  });
  const mayLink = (theirs: ReadonlySet<string>): boolean => {
    const shared = new Map<number, number>();
    for (const word of theirs) {
      for (const i of sentencesWith.get(word) ?? []) {
        const count = (shared.get(i) ?? 0) + 1;
        if (count >= 2 || theirs.size === 1 || pageSentences[i].size === 1) return true;
        shared.set(i, count);
      }
    }
    return false;
  };
  const direct = new Set(stored.filter((r) => sentenceContentWords(r.text).some(mayLink)));
  const groups = new Set([...direct].flatMap((r) => r.groups.map((g) => g.group)));
  return stored.filter((r) => direct.has(r) || r.groups.some((g) => groups.has(g.group)));
}

/** Per sentence, the comparable forms of the words that say which utterance it is. */
function sentenceContentWords(text: string): Set<string>[] {
  return splitSentences(text).map((s) => new Set(words(text.slice(s.start, s.end)).filter((w) => !w.stop).map((w) => w.key)));
}

/**
 * A stored quote as the aligner reads it (text, offsets, speaker). Records keep no nesting depth,
 * and the marks' places are read from the stored context: "…said “" before, "” …" after.
 */
function storedQuote(record: QuoteRecord): Quote {
  return {
    id: record.id,
    start: record.start,
    end: record.end,
    text: record.text,
    speaker: record.speaker,
    openAt: QUOTE_MARK.test(record.before.slice(-1)) ? record.start - 1 : record.start,
    closeAt: QUOTE_MARK.test(record.after.slice(0, 1)) ? record.end : -1,
    depth: 0,
  };
}

const QUOTE_MARK = /["'“”‘’«»„‚‹›]/;

/**
 * One article's wording of a page quote. Each of its quotes gives one run (from its first sentence
 * in the page quote's groups to its last); the run closest to the page's wording is taken, plus a
 * run of another quote only for an utterance the first leaves out (the page quotes two sentences,
 * they quote them apart), joined by " … " in the article's order. Outlets repeat a quotation as a
 * headline fragment and again in full: the one closest to the page's wording is the one to show.
 */
function otherWording(pageWording: string, source: SourceArticle, parts: StoredPart[]): OtherWording {
  const runs = new Map<string, Run>();
  for (const part of parts) {
    const run = runs.get(part.record.id);
    if (!run) runs.set(part.record.id, { ...part, groups: new Set([part.group]), text: '' });
    else {
      run.start = Math.min(run.start, part.start);
      run.end = Math.max(run.end, part.end);
      run.groups.add(part.group);
    }
  }
  const pageTokens = tokens(pageWording);
  const scored = [...runs.values()].map((run) => {
    run.text = run.record.text.slice(run.start - run.record.start, run.end - run.record.start);
    return { run, closeness: dice(pageTokens, tokens(run.text)) };
  });
  scored.sort((a, b) => b.closeness - a.closeness || a.run.start - b.run.start);
  const covered = new Set<number>();
  const chosen: Run[] = [];
  for (const { run } of scored) {
    if (chosen.length > 0 && [...run.groups].every((g) => covered.has(g))) continue;
    chosen.push(run);
    for (const g of run.groups) covered.add(g);
  }
  chosen.sort((a, b) => a.start - b.start);
  const texts = chosen.map((run) => run.text);
  const theirs = texts.join(GAP);
  const speaker = mostCommon(chosen.map((run) => run.record.speaker));
  return { ...source, text: theirs, speaker, relation: relation(pageWording, texts), diff: diffWording(pageWording, theirs) };
}

/** Dice coefficient of two bags of words: 1 for the same words, 0 for none shared. */
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(t, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** How their wording (one or more separate runs) relates to the page's. */
function relation(pageWording: string, theirs: readonly string[]): WordingRelation {
  const page = tokens(pageWording);
  const runs = theirs.map(tokens);
  if (runs.length === 1 && sameTokens(runs[0], page)) return 'same';
  if (runsInOrder(runs, page)) return 'fragment';
  // The page's wording is part of theirs only when theirs is one run.
  if (runs.length === 1 && runsInOrder([page], runs[0])) return 'longer';
  return 'reworded';
}

/** Lowercased words, apostrophes straightened: case, punctuation and spacing do not count. */
function tokens(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Whether each run occurs as consecutive words of `whole`, each after the previous one. */
function runsInOrder(runs: readonly string[][], whole: readonly string[]): boolean {
  let from = 0;
  for (const run of runs) {
    const at = indexOfRun(run, whole, from);
    if (at < 0) return false;
    from = at + run.length;
  }
  return runs.length > 0;
}

function indexOfRun(run: readonly string[], whole: readonly string[], from: number): number {
  if (run.length === 0) return -1;
  outer: for (let i = from; i + run.length <= whole.length; i++) {
    for (let j = 0; j < run.length; j++) if (whole[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

/** The value given most often (first given on ties); null when none is given. */
function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}

// ---- figures ----------------------------------------------------------------------------------

/** A stored figure with the article it comes from, as grouping and the panel need it. */
interface StoredFigure {
  record: FigureRecord;
  source: SourceArticle;
}

function compareFigures(
  text: string,
  pageFigures: readonly Figure[],
  stored: readonly FigureRecord[],
  sources: ReadonlyMap<string, SourceArticle>,
): FigureComparison[] {
  if (pageFigures.length === 0 || stored.length === 0) return [];
  const byId = new Map<string, StoredFigure>(stored.map((record) => [record.id, { record, source: sources.get(record.article)! }]));
  const placed: PlacedFigure[] = [
    ...pageFigures.map((figure) => ({ articleId: PAGE_ID, figure, context: figureContext(text, figure.start, figure.end) })),
    ...stored.map((record) => ({ articleId: record.article, figure: storedFigure(record), context: { before: record.before, after: record.after } })),
  ];
  const othersOf = new Map<string, StoredFigure[]>();
  for (const group of groupFigures(placed)) {
    const members = group.members.map((id) => byId.get(id));
    const theirs = members.filter((m): m is StoredFigure => m !== undefined);
    for (const id of group.members) if (!byId.has(id)) othersOf.set(id, theirs);
  }

  const comparisons: FigureComparison[] = [];
  for (const figure of [...pageFigures].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const candidates = othersOf.get(figure.id);
    if (!candidates) continue;
    const others = comparableOthers(figure, candidates);
    if (others.length === 0) continue;
    comparisons.push({
      id: `f${comparisons.length}`,
      anchor: anchorOf(text, figure.start, figure.end),
      value: figure.value,
      kind: figure.kind,
      qualifier: figure.qualifier,
      what: figure.what,
      others: others.map(otherFigure).sort(byOutletThenDate),
      disagreement: disagreement(figure, others),
    });
  }
  return comparisons;
}

/** A stored figure as grouping reads it. */
function storedFigure(record: FigureRecord): Figure {
  const { id, start, end, text, value, kind, qualifier, what } = record;
  return { id, start, end, text, value, kind, qualifier, what };
}

function otherFigure({ record, source }: StoredFigure): OtherFigure {
  const context = `${record.before}${record.text}${record.after}`.replace(/\s+/g, ' ').trim();
  return { ...source, text: record.text, value: record.value, qualifier: record.qualifier, context };
}

/** Part of a casualty count a figure reports; 'other' for figures that are no casualty count. */
type Part = 'killed' | 'wounded' | 'total' | 'other';

/**
 * Which part of a casualty count `what` names, read as figure-groups.ts reads it: two events
 * ("killed and wounded"), "casualties" or "shot" make a total. Casualty figures of a story share
 * one group, because totals must be checked against parts.
 */
function partOf(what: string): Part {
  const events = what.split(' ').map((w) => EVENT_WORDS.get(w)).filter((e) => e !== undefined);
  if (events.length === 0 || !CASUALTY_EVENTS.has(events[0])) return 'other';
  if (events.length > 1 || events[0] === 'casualties' || events[0] === 'shot') return 'total';
  return events[0] === 'killed' ? 'killed' : 'wounded';
}

/**
 * The group's figures a reader can hold against the page figure, one per article and part (its
 * first mention): a killed count beside killed counts and totals, not beside wounded counts;
 * a total beside everything, since the parts add up to it.
 */
function comparableOthers(figure: Figure, candidates: readonly StoredFigure[]): StoredFigure[] {
  const part = partOf(figure.what);
  const seen = new Set<string>();
  const kept: StoredFigure[] = [];
  for (const c of candidates) {
    const theirPart = partOf(c.record.what);
    if (part !== 'total' && theirPart !== part && theirPart !== 'total') continue;
    const slot = `${c.record.article}\u0000${theirPart}`;
    if (seen.has(slot)) continue;
    seen.add(slot);
    kept.push(c);
  }
  return kept;
}

/** What another article reports against the page figure: one figure, or its killed and wounded added up. */
interface Reported {
  low: number;
  high: number;
  /** The value as the reader should read it ("more than 1,000", "364 killed + 759 wounded = 1,123"). */
  shown: string;
  outlet: string;
}

/**
 * In a reader's words, how the other outlets' figures differ from the page's; null when every
 * one is compatible with it (a "more than 1,000" allows 1,123). A total is held against totals
 * and against each article's killed + wounded; a part against the same part, and against totals
 * that are smaller than it.
 */
function disagreement(figure: Figure, others: readonly StoredFigure[]): string | null {
  if (figure.value === null) return null;
  const [low, high] = comparableRange(figure);
  const differing = reportsAgainst(figure.what, low, high, others).filter((r) => !overlaps(low, high, r.low, r.high));
  if (differing.length === 0) return null;
  const shown = [...new Set(differing.map((r) => r.shown))];
  if (figure.kind === 'ordinal') {
    return `Reported as the ${shown.join(' or the ')}${figure.what ? ` ${figure.what}` : ''} elsewhere`;
  }
  const outlets = new Set(differing.map((r) => r.outlet.toLowerCase())).size;
  const subject = outlets === 1 ? 'Another outlet reports' : 'Other outlets report';
  const higher = differing.every((r) => r.low > high);
  const lower = differing.every((r) => r.high < low);
  const count = figure.kind === 'count';
  const direction = higher ? (count ? 'more' : 'a higher figure') : lower ? (count ? 'fewer' : 'a lower figure') : 'other figures';
  return `${subject} ${direction}: ${shown.join(', ')}`;
}

/** What a figure counts as the panel tells quantities apart: any person's age is an age (the group says whose). */
const shownWhat = (what: string): string => (/^age\b/.test(what) ? 'age' : what);

/** What the other articles report that can be held against a page figure counting `what` and allowing [low, high]. */
function reportsAgainst(what: string, low: number, high: number, others: readonly StoredFigure[]): Reported[] {
  const part = partOf(what);
  const reported: Reported[] = [];
  const byArticle = new Map<string, StoredFigure[]>();
  for (const o of others) pushTo(byArticle, o.record.article, o);
  for (const members of byArticle.values()) {
    for (const { record, source } of members) {
      if (record.value === null) continue;
      const theirPart = partOf(record.what);
      const [l, h] = comparableRange(record);
      // A total larger than the page's part, or a part smaller than the page's total, is no contradiction.
      if (part !== theirPart && !(theirPart === 'total' ? h < low : l > high)) continue;
      // When theirs counts something else, say what: "fewer: 300 people killed and wounded".
      // (an age is an age, named with or without the given name or not at all: "25", not "25 age of Chris Zawahri" nor "24 age")
      const shown = formatAmount(record) + (record.what && shownWhat(record.what) !== shownWhat(what) ? ` ${record.what}` : '');
      reported.push({ low: l, high: h, shown, outlet: source.outlet });
    }
    const killed = members.find((m) => partOf(m.record.what) === 'killed')?.record.value;
    const wounded = members.find((m) => partOf(m.record.what) === 'wounded')?.record.value;
    if (part === 'total' && killed != null && wounded != null) {
      const sum = killed + wounded;
      const shown = `${formatNumber(killed)} killed + ${formatNumber(wounded)} wounded = ${formatNumber(sum)}`;
      reported.push({ low: sum, high: sum, shown, outlet: members[0].source.outlet });
    }
  }
  return reported;
}

function overlaps(aLow: number, aHigh: number, bLow: number, bHigh: number): boolean {
  return aLow <= bHigh * (1 + TOLERANCE) && bLow <= aHigh * (1 + TOLERANCE);
}
