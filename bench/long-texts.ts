// Long inputs: the cost of the steps whose time must grow with the text and no faster. The tests
// check these steps give the right answer on such inputs (and finish); the times are here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { alignQuotes, type PlacedQuote } from '../src/core/align';
import { parseArticles } from '../src/core/articles';
import { articleTerms, prepareArticle } from '../src/core/fingerprint';
import { extractFigures } from '../src/core/figures';
import { extractQuotes } from '../src/core/quotes';
import { attributeSpeakers } from '../src/core/speakers';
import { matchQuotesInOrder, openingOffset } from '../src/content/anchoring/match-quote';
import { buildTextIndex } from '../src/content/anchoring/text-index';
import { parsePage } from '../src/cli/extract';
import { extractArticle } from '../src/extract/extract';
import { emit } from './report';
import { zytePages } from './zyte';

const shared = process.env.PARALLAX_SHARED!;

/** The fastest of `runs` runs of `step`, after one run to warm up. */
function fastest(step: () => unknown, runs = 3): number {
  step();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    step();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// Term counts of a megabyte of real article text (the longest AllSides article, repeated).
const allsidesPath = join(shared, 'corpus', 'allsides.jsonl');
const longest = parseArticles(readFileSync(allsidesPath, 'utf8'), allsidesPath).reduce((x, y) => (y.text.length > x.text.length ? y : x));
const megabyte = Array(Math.ceil(1_000_000 / longest.text.length)).fill(longest.text).join('\n\n');
emit('fingerprint_1mb_ms', fastest(() => articleTerms(prepareArticle({ text: megabyte }))), 'ms', 1, 'term counts of 1 MB of article text');

// Speaker attribution on 100 and 400 KB of quoted paragraphs: the ratio shows how it grows.
const paragraphs = (n: number): string =>
  Array.from({ length: n }, (_, i) => `“Point ${i} stands,” Senator Ann Lee${i % 13} said on Monday. “And more,” she added, according to a U.S. official.`).join('\n\n');
const attribution = (text: string): number => {
  const spans = extractQuotes(text);
  return fastest(() => attributeSpeakers(text, spans), 7);
};
const speakers100kb = attribution(paragraphs(1000));
const speakers400kb = attribution(paragraphs(4000));
emit('speakers_100kb_ms', speakers100kb, 'ms', 1, 'speaker attribution, 1,000 quoted paragraphs');
emit('speakers_growth_4x_text', speakers400kb / speakers100kb, 'ratio', 1, 'speaker attribution, four times the text (4 = linear)');

// Quote alignment on quotation marks opened again and again before any closes ("“Smith “Smith … ” ”"):
// each quotation holds all those opened after it, so the quoted text grows as the square of the marks.
const nestedQuotes = (n: number): PlacedQuote[] => {
  const text = '“Smith '.repeat(n) + 'said the fleet sails at dawn' + '”'.repeat(n);
  return ['a', 'b'].flatMap((articleId) => extractQuotes(text).map((q, i) => ({ articleId, quote: { ...q, id: `${articleId}${i}`, speaker: null } })));
};
const alignNested = (n: number): number => {
  const quotes = nestedQuotes(n);
  return fastest(() => alignQuotes(quotes));
};
emit('align_nested_growth_4x', alignNested(2000) / alignNested(500), 'ratio', 1, 'quote alignment, four times as many nested quotations (4 = linear)');

// Figures in 10 times the text, and on a long run of digits and dashes.
const figureUnit = 'At least 364 civilians were killed on March 6, 2022 at 10:30 a.m., and 1,123 more fled. ';
const figuresShort = fastest(() => extractFigures(figureUnit.repeat(200)), 7);
const figuresLong = fastest(() => extractFigures(figureUnit.repeat(2000)), 7);
emit('figures_growth_10x_text', figuresLong / figuresShort, 'ratio', 1, 'figure extraction, ten times the text (10 = linear)');
emit('figures_digit_run_ms', fastest(() => extractFigures('1'.repeat(100_000) + ' ' + '-'.repeat(100_000))), 'ms', 1, 'figure extraction, 200 KB of digits and dashes');

// Anchoring an article's quotes in a page with a megabyte of text: bodies of other Zyte pages
// around the article's own page, every other quote with a changed word.
const zyte = zytePages(shared);
const fillerBodies = zyte.ids.slice(6, 36).flatMap((id) => parsePage(zyte.htmlOf(id)).body ?? []);
const fillerChars = fillerBodies.reduce((sum, body) => sum + buildTextIndex(body as unknown as HTMLElement).text.length, 0);
const fillers = fillerBodies.map((body) => body.innerHTML);
const own = parsePage(zyte.htmlOf(zyte.ids[5]));
const article = extractArticle(own, zyte.urlOf(zyte.ids[5]), { force: true });
const bodies = Array.from({ length: Math.ceil(1_100_000 / fillerChars) }, () => fillers).flat();
bodies.splice(bodies.length >> 1, 0, own.body!.innerHTML);
const root = parseHTML(`<!doctype html><html><body>${bodies.join('\n')}</body></html>`).document.body as unknown as HTMLElement;
const quotes = extractQuotes(article.text);
const edited = quotes.map((q, i) => ({
  exact: i % 2 === 1 && q.text.includes(' ') ? q.text.replace(/ \S+ /, ' zzzz ') : q.text,
  prefix: article.text.slice(Math.max(0, q.start - 32), q.start),
  suffix: article.text.slice(q.end, q.end + 32),
}));
let pageChars = 0;
const indexMs = fastest(() => (pageChars = buildTextIndex(root).text.length));
const index = buildTextIndex(root);
const matchMs = fastest(() => {
  const opening = openingOffset(index.searchText, article.text);
  matchQuotesInOrder(index.searchText, edited, opening === null ? [] : quotes.map((q) => opening + q.start));
});
emit('anchor_large_page_index_ms', indexMs, 'ms', 1, `text index of a page of ${(pageChars / 1e6).toFixed(1)} M characters (linkedom)`);
emit('anchor_large_page_match_ms', matchMs, 'ms', quotes.length, 'anchoring an article\'s quotes in that page');
