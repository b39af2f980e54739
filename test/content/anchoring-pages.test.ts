// Anchoring on real saved pages: the article text Readability extracts, quotes taken from it the
// way the background takes them, found again in the text nodes of the page they came from.
// PARALLAX_ALL_PAGES=1 runs every Zyte page and every WCXB article page and prints the shares.
import { extractQuotes } from '../../src/core/quotes';
import { matchQuote, matchQuotesInOrder, openingOffset, type TextQuoteSelector } from '../../src/content/anchoring/match-quote';
import { buildTextIndex, normaliseForSearch, type TextIndex } from '../../src/content/anchoring/text-index';
import { parsePage } from '../../src/cli/extract';
import { extractArticle } from '../../src/extract/extract';
import { wcxbHtml, wcxbIds, wcxbPage, zytePage } from '../extract/pages';

jest.setTimeout(120_000);

const ZYTE_PAGES = 181;
const all = Boolean(process.env.PARALLAX_ALL_PAGES);
const wcxbArticles = wcxbIds('article');
/** Saved pages: Zyte benchmark pages by number, WCXB article pages by id. */
const pageSources: Array<{ zyte: number } | { wcxb: string }> = [
  ...(all ? Array.from({ length: ZYTE_PAGES }, (_, i) => i) : Array.from({ length: 30 }, (_, i) => i * 6)).map((zyte) => ({ zyte })),
  ...(all ? wcxbArticles : wcxbArticles.filter((_, i) => i % 12 === 0)).map((wcxb) => ({ wcxb })),
];

/** A quote of the page text as the background describes it (PageAnchor): 32 characters of context. */
function selectorAt(text: string, start: number, end: number): TextQuoteSelector {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
}

interface LoadedPage {
  url: string;
  index: TextIndex;
  text: string;
  selectors: TextQuoteSelector[];
  /** Where each quote is expected in the page text (as the content script predicts it). */
  hints: number[];
}

function loadPage(source: { zyte: number } | { wcxb: string }): LoadedPage {
  const page = 'zyte' in source ? zytePage(source.zyte) : { url: wcxbPage(source.wcxb).url, html: wcxbHtml(source.wcxb) };
  const doc = parsePage(page.html);
  const article = extractArticle(doc, page.url, { force: true });
  const quotes = extractQuotes(article.text);
  const selectors = quotes.map((q) => selectorAt(article.text, q.start, q.end));
  const index = buildTextIndex(doc.body ?? doc.documentElement);
  const opening = openingOffset(index.searchText, article.text);
  const hints = opening === null ? [] : quotes.map((q) => opening + q.start);
  return { url: page.url, index, text: article.text, selectors, hints };
}

/**
 * The match is the quote in its own context: it begins and ends as the quote does (a quotation
 * may run across a block the extraction dropped, an advertisement, so the middle may differ) and
 * the prefix or the suffix stands verbatim beside it.
 */
function inPlace(index: TextIndex, selector: TextQuoteSelector, start: number, end: number): boolean {
  const exact = normaliseForSearch(selector.exact);
  const ends = Math.min(16, exact.length);
  const found = index.searchText.slice(start, end);
  const prefix = normaliseForSearch(selector.prefix ?? '').trim();
  const suffix = normaliseForSearch(selector.suffix ?? '').trim();
  const before = index.searchText.slice(Math.max(0, start - prefix.length - 1), start);
  const after = index.searchText.slice(end, end + suffix.length + 1);
  const sameEnds = found.startsWith(exact.slice(0, ends)) && found.endsWith(exact.slice(-ends));
  return sameEnds && ((prefix !== '' && before.includes(prefix)) || (suffix !== '' && after.includes(suffix)));
}

describe('anchoring quotes of real pages in their text nodes', () => {
  const edited = { changedWord: 0, changedWordSame: 0, retyped: 0, retypedSame: 0 };
  const totals = { pages: 0, placedByOpening: 0, quotes: 0, anchored: 0, inPlace: 0, repeated: 0, repeatedInPlace: 0 };
  const misses: string[] = [];

  /** The same quote, edited as another copy of the article might be, still finds its place. */
  const checkEdited = (index: TextIndex, selector: TextQuoteSelector, start: number, hint?: number): void => {
    const words = selector.exact.split(' ');
    if (words.length >= 6) {
      // One word in the middle replaced by another.
      const middle = words.length >> 1;
      const changed = { ...selector, exact: [...words.slice(0, middle), 'meanwhile', ...words.slice(middle + 1)].join(' ') };
      edited.changedWord++;
      if (matchQuote(index.searchText, changed, { hint })?.start === start) edited.changedWordSame++;
    }
    // Straight marks for curly ones and a line break for a space (wording kept).
    const retype = (text = ''): string => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(' ', '\n  ');
    const retyped = { exact: retype(selector.exact), prefix: retype(selector.prefix), suffix: retype(selector.suffix) };
    edited.retyped++;
    if (matchQuote(index.searchText, retyped, { hint })?.start === start) edited.retypedSame++;
  };

  beforeAll(() => {
    for (const source of pageSources) {
      const page = loadPage(source);
      if (page.selectors.length === 0) continue;
      totals.pages++;
      if (page.hints.length > 0) totals.placedByOpening++;
      const matches = matchQuotesInOrder(page.index.searchText, page.selectors, page.hints);
      page.selectors.forEach((selector, i) => {
        const match = matches[i];
        const exact = normaliseForSearch(selector.exact);
        const repeated = page.index.searchText.indexOf(exact) !== page.index.searchText.lastIndexOf(exact);
        totals.quotes++;
        if (repeated) totals.repeated++;
        if (!match) {
          misses.push(`${page.url}: ${selector.exact.slice(0, 60)}`);
          return;
        }
        totals.anchored++;
        if (inPlace(page.index, selector, match.start, match.end)) {
          totals.inPlace++;
          if (repeated) totals.repeatedInPlace++;
          checkEdited(page.index, selector, match.start, page.hints[i]);
        } else {
          misses.push(`${page.url}: elsewhere: ${selector.exact.slice(0, 60)} → ${page.index.text.slice(match.start - 20, match.end + 20)}`);
        }
      });
    }
    if (process.env.PARALLAX_ALL_PAGES) {
      console.log(JSON.stringify(totals), JSON.stringify(edited), '\n' + misses.slice(0, 40).join('\n'));
    }
  });

  it('anchors nearly every quote, in its own context', () => {
    expect(totals.pages).toBeGreaterThan(15);
    expect(totals.quotes).toBeGreaterThan(150);
    expect(totals.anchored / totals.quotes).toBeGreaterThan(0.97);
    expect(totals.inPlace / totals.quotes).toBeGreaterThan(0.95);
  });

  it('finds quotes with a changed word, other quotation marks or other spacing at the same place', () => {
    expect(edited.changedWord).toBeGreaterThan(60);
    expect(edited.changedWordSame / edited.changedWord).toBeGreaterThan(0.95);
    expect(edited.retypedSame / edited.retyped).toBeGreaterThan(0.99);
  });

  it('tells repeated quotes apart by their context', () => {
    expect(totals.repeated).toBeGreaterThan(5);
    expect(totals.repeatedInPlace / totals.repeated).toBeGreaterThan(0.9);
  });
});
