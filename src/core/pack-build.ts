// Building a corpus pack from articles (pure: articles in, pack text out; no file access).
//
// The engine analyses the articles (stories, quotes, speakers, figures, their groups), each
// article gets a story-matching fingerprint, and everything is written as pack records
// (pack-format.ts). The output depends only on the set of articles and the build date: the input
// is sorted by id first, so neither the input order nor the wall clock changes a byte.
import { analyzeArticles } from './analyze';
import {
  buildFingerprint,
  countDocumentFrequencies,
  dayNumber,
  termsByOutlet,
  type Fingerprint,
} from './fingerprint';
import {
  checksumPrefix,
  crc32Hex,
  crc32Update,
  CRC32_START,
  canonicalUrl,
  PACK_FORMAT,
  PACK_VERSION,
  type ArticleRecord,
  type FigureRecord,
  type PackContent,
  type PackCounts,
  type PackHeader,
  type PackStory,
  type QuoteRecord,
} from './pack-format';
import { quotationEnd } from './quotes';
import { splitSentences } from './sentences';
import type { Article, ArticleAnalysis, Report } from './types';
import { pushTo } from './collections';

/** Input the builder cannot make a pack from (duplicate ids, no build date). */
export class PackBuildError extends Error {
  override name = 'PackBuildError';
}

export interface BuildPackOptions {
  /** Build date YYYY-MM-DD; default: the newest article date. */
  built?: string;
  /** Called as the work advances (analysis, then fingerprints). */
  onProgress?: (done: number, total: number, stage: string) => void;
}

/** Longest context window of a quote (context on both sides plus the quote): about one sentence. */
const QUOTE_WINDOW = 300;
/** Context kept on each side of a quote even when the quote alone fills the window. */
const QUOTE_CONTEXT_MIN_SIDE = 40;
/** Longest context kept on each side of a figure: a few words. */
const FIGURE_CONTEXT_SIDE = 60;
/** Neither side of a context may exceed this share of its article, so a short article is never stored whole. */
const CONTEXT_MAX_SHARE = 0.25;
/** Decimals kept of fingerprint weights: enough for cosines, stable across platforms. */
const WEIGHT_DECIMALS = 4;
/** Entries per terms record: keeps each line short for a streaming reader. */
const TERMS_PER_RECORD = 1000;

/**
 * Analyses `articles` and returns the pack content: stories by id, each with its articles,
 * quotes and figures. Articles carrying `story` keep it; the others are grouped by the engine.
 * Throws PackBuildError on duplicate ids, an invalid `built`, or no date at all.
 */
export function buildPack(articles: readonly Article[], options: BuildPackOptions = {}): PackContent {
  const sorted = [...articles].sort((a, b) => compare(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id) throw new PackBuildError(`duplicate article id "${sorted[i].id}"`);
  }
  const built = options.built ?? newestDate(sorted);
  if (built === null) throw new PackBuildError('no article has a date: give the build date (YYYY-MM-DD)');
  if (!isValidDate(built)) throw new PackBuildError(`build date "${built}" is not a valid YYYY-MM-DD date`);

  const report = analyzeArticles(sorted, {
    onProgress: (done, total, stage) => options.onProgress?.(done, total, stage === 'articles' ? 'analysing articles' : 'aligning stories'),
  });
  const { fingerprints, frequencies } = packFingerprints(sorted, options.onProgress);
  return { built, frequencies, stories: packStories(sorted, report, fingerprints) };
}

/**
 * The pack as text: header line, then one record per line, each line ending in "\n".
 * The same content always gives the same bytes.
 */
export function serializePack(content: PackContent): string {
  const body: string[] = [];
  for (let i = 0; i < content.frequencies.length; i += TERMS_PER_RECORD) {
    body.push(JSON.stringify({ type: 'terms', entries: content.frequencies.slice(i, i + TERMS_PER_RECORD) }));
  }
  const counts: PackCounts = { stories: content.stories.length, articles: 0, quotes: 0, figures: 0, terms: content.frequencies.length, records: 0 };
  for (const s of content.stories) {
    body.push(JSON.stringify(s.story));
    for (const r of s.articles) body.push(JSON.stringify(r));
    for (const r of s.quotes) body.push(JSON.stringify(r));
    for (const r of s.figures) body.push(JSON.stringify(r));
    counts.articles += s.articles.length;
    counts.quotes += s.quotes.length;
    counts.figures += s.figures.length;
  }
  counts.records = body.length;
  const text = body.map((line) => line + '\n').join('');
  const unsigned: Omit<PackHeader, 'checksum'> = { format: PACK_FORMAT, version: PACK_VERSION, built: content.built, counts };
  const checksum = crc32Hex(crc32Update(crc32Update(CRC32_START, checksumPrefix(unsigned)), text));
  const header: PackHeader = { ...unsigned, checksum };
  return JSON.stringify(header) + '\n' + text;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The newest publication day among the articles, as YYYY-MM-DD; null when none has a date. */
function newestDate(articles: readonly Article[]): string | null {
  let newest: number | null = null;
  for (const a of articles) {
    const day = dayNumber(a.date);
    if (day !== null && (newest === null || day > newest)) newest = day;
  }
  return newest === null ? null : new Date(newest * 86_400_000).toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isValidDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const day = dayNumber(date);
  return day !== null && new Date(day * 86_400_000).toISOString().slice(0, 10) === date;
}

/**
 * Fingerprints of the (sorted) articles with idf over all of them, each outlet's repeated page
 * furniture removed, and the document frequencies of the terms the fingerprints keep.
 */
function packFingerprints(
  articles: readonly Article[],
  onProgress: BuildPackOptions['onProgress'],
): { fingerprints: Fingerprint[]; frequencies: [string, number][] } {
  const terms = termsByOutlet(articles, (done) => onProgress?.(done, articles.length, 'fingerprinting'));
  // Unlike batch grouping (stories.ts), terms found in one article stay: a rare name shared by
  // a page and one stored article is the best evidence that they report the same event.
  const counted = countDocumentFrequencies(terms);
  const fingerprints = articles.map((a, i) => {
    const fp = buildFingerprint(terms[i], dayNumber(a.date), counted);
    return { ...fp, weights: fp.weights.map((w) => round(w, WEIGHT_DECIMALS)) };
  });
  const kept = new Set(fingerprints.flatMap((fp) => fp.terms));
  const frequencies: [string, number][] = [...kept].sort(compare).map((t) => [t, counted.frequency(t)]);
  return { fingerprints, frequencies };
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Pack stories from the engine's report over the sorted articles. */
function packStories(articles: readonly Article[], report: Report, fingerprints: readonly Fingerprint[]): PackStory[] {
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  // Story-local group numbers, in the report's order (itself fixed by the sorted input).
  const quoteGroups = new Map<string, QuoteRecord['groups']>();
  const quoteGroupCount = new Map<string, number>();
  const storyOf = new Map(report.articles.map((a) => [a.id, a.story]));
  for (const group of report.quoteGroups) {
    const story = storyOf.get(group.variants[0].articleId)!;
    const number = (quoteGroupCount.get(story) ?? 0) + 1;
    quoteGroupCount.set(story, number);
    for (const variant of group.variants) {
      const refs = quoteGroups.get(variant.quote) ?? [];
      refs.push({ group: number, start: variant.start, end: variant.end, relation: variant.relation });
      quoteGroups.set(variant.quote, refs);
    }
  }
  const figureGroups = new Map<string, { group: number; disagreement: string | null }>();
  const figureGroupCount = new Map<string, number>();
  const storyOfFigure = new Map(report.articles.flatMap((a) => a.figures.map((f) => [f.id, a.story] as const)));
  for (const group of report.figureGroups) {
    const story = storyOfFigure.get(group.members[0])!;
    const number = (figureGroupCount.get(story) ?? 0) + 1;
    figureGroupCount.set(story, number);
    for (const member of group.members) figureGroups.set(member, { group: number, disagreement: group.disagreement });
  }

  const byStory = new Map<string, ArticleAnalysis[]>();
  for (const analysis of report.articles) {
    pushTo(byStory, analysis.story, analysis);
  }
  return [...byStory.keys()].sort(compare).map((storyId) => {
    const members = byStory.get(storyId)!;
    const story: PackStory = {
      story: {
        type: 'story',
        id: storyId,
        articles: members.length,
        quotes: 0,
        figures: 0,
        quoteGroups: quoteGroupCount.get(storyId) ?? 0,
        figureGroups: figureGroupCount.get(storyId) ?? 0,
      },
      articles: [],
      quotes: [],
      figures: [],
    };
    for (const analysis of members) {
      const i = articleIndex.get(analysis.id)!;
      story.articles.push(articleRecord(articles[i], storyId, fingerprints[i]));
      const text = articles[i].text;
      for (const q of analysis.quotes) {
        const side = Math.max(QUOTE_CONTEXT_MIN_SIDE, Math.floor((QUOTE_WINDOW - q.text.length) / 2));
        const [before, after] = contextAround(text, q.openAt, quotationEnd(text, q), q.start, q.end, side);
        story.quotes.push({
          type: 'quote', id: q.id, article: analysis.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker,
          before, after, groups: quoteGroups.get(q.id) ?? [],
        });
      }
      for (const f of analysis.figures) {
        const [before, after] = contextAround(text, f.start, f.end, f.start, f.end, FIGURE_CONTEXT_SIDE);
        const group = figureGroups.get(f.id);
        const record: FigureRecord = {
          type: 'figure', id: f.id, article: analysis.id, start: f.start, end: f.end, text: f.text, value: f.value,
          kind: f.kind, qualifier: f.qualifier, what: f.what, group: group?.group ?? null, disagreement: group?.disagreement ?? null,
          before, after,
        };
        story.figures.push(record);
      }
    }
    story.story.quotes = story.quotes.length;
    story.story.figures = story.figures.length;
    return story;
  });
}

function articleRecord(article: Article, story: string, fingerprint: Fingerprint): ArticleRecord {
  return {
    type: 'article',
    id: article.id,
    story,
    outlet: article.outlet,
    url: article.url ?? null,
    canonicalUrl: article.url === undefined ? null : canonicalUrl(article.url),
    title: article.title ?? null,
    date: article.date ?? null,
    fingerprint: { day: fingerprint.day, terms: fingerprint.terms, weights: fingerprint.weights },
  };
}

/**
 * The text of the sentence around [from, to) outside [start, end): what precedes `start` back
 * to the sentence start (or paragraph start), and what follows `end` up to the sentence end,
 * each side capped at `side` characters (and a share of the article), cut at a word boundary.
 * `from`/`to` is the item with its marks ([openAt, `quotationEnd`) for a quote).
 */
export function contextAround(text: string, from: number, to: number, start: number, end: number, side: number): [string, string] {
  const cap = Math.min(side, Math.floor(text.length * CONTEXT_MAX_SHARE));
  // Look at a window of the paragraph(s) around the item only: sentence splitting stays local.
  const paragraphStart = text.lastIndexOf('\n', from - 1) + 1;
  const newline = text.indexOf('\n', to);
  const paragraphEnd = newline < 0 ? text.length : newline;
  const windowStart = Math.max(paragraphStart, from - 2 * side);
  const windowEnd = Math.min(paragraphEnd, to + 2 * side);
  let sentenceStart = Math.min(windowStart, from);
  let sentenceEnd = Math.max(windowEnd, to);
  for (const s of splitSentences(text.slice(windowStart, windowEnd))) {
    const sStart = windowStart + s.start;
    const sEnd = windowStart + s.end;
    if (sStart <= from && sEnd > from) sentenceStart = sStart;
    if (sStart < to && sEnd >= to) sentenceEnd = sEnd;
  }
  let beforeStart = Math.max(sentenceStart, start - cap);
  if (beforeStart > sentenceStart) beforeStart = nextWordStart(text, beforeStart, start);
  let afterEnd = Math.min(sentenceEnd, end + cap);
  if (afterEnd < sentenceEnd) afterEnd = previousWordEnd(text, afterEnd, end);
  return [text.slice(beforeStart, start), text.slice(end, afterEnd)];
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';

/** The first word start at or after `at` (not past `limit`): a cut never halves a word. */
function nextWordStart(text: string, at: number, limit: number): number {
  if (isSpace(text[at - 1])) return at;
  let i = at;
  while (i < limit && !isSpace(text[i])) i++;
  while (i < limit && isSpace(text[i])) i++;
  return i;
}

/** The last word end at or before `at` (not before `limit`). */
function previousWordEnd(text: string, at: number, limit: number): number {
  if (isSpace(text[at])) return at;
  let i = at;
  while (i > limit && !isSpace(text[i - 1])) i--;
  while (i > limit && isSpace(text[i - 1])) i--;
  return i;
}
