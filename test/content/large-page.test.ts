// A page with a megabyte of text: one index, indexOf first, fuzzy search only between the
// neighbours' matches. The time it takes is measured by `npm run bench` (anchor_large_page_*).
import { parseHTML } from 'linkedom';
import { extractQuotes } from '../../src/core/quotes';
import { matchQuotesInOrder, openingOffset } from '../../src/content/anchoring/match-quote';
import { buildTextIndex } from '../../src/content/anchoring/text-index';
import { parsePage } from '../../src/cli/extract';
import { extractArticle } from '../../src/extract/extract';
import { zytePage } from '../extract/pages';

jest.setTimeout(60_000);

it('indexes a megabyte of page text and anchors every quote of an article in it, in the article\'s own copy', () => {
  // Bodies of real pages (not the article's) one after another, repeated to a megabyte of text,
  // the article to anchor in the middle.
  const filler: string[] = [];
  let visible = 0;
  for (let n = 6; n < 36; n++) {
    const body = parsePage(zytePage(n).html).body;
    if (!body) continue;
    visible += buildTextIndex(body).text.length;
    filler.push(body.innerHTML);
  }
  const bodies = Array.from({ length: Math.ceil(1_100_000 / visible) }, () => filler).flat();
  const articlePage = zytePage(5);
  const article = extractArticle(parsePage(articlePage.html), articlePage.url, { force: true });
  const middle = bodies.length >> 1;
  const html = [...bodies.slice(0, middle), parsePage(articlePage.html).body!.innerHTML, ...bodies.slice(middle)].join('\n');
  const root = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as HTMLElement;

  const quotes = extractQuotes(article.text);
  expect(quotes.length).toBeGreaterThan(4);

  const index = buildTextIndex(root);
  const opening = openingOffset(index.searchText, article.text);
  // Every other quote with a changed word, so half of them need the approximate search.
  const edited = quotes.map((q, i) => ({
    exact: i % 2 === 1 && q.text.includes(' ') ? q.text.replace(/ \S+ /, ' zzzz ') : q.text,
    prefix: article.text.slice(Math.max(0, q.start - 32), q.start),
    suffix: article.text.slice(q.end, q.end + 32),
  }));
  const matches = matchQuotesInOrder(index.searchText, edited, opening === null ? [] : quotes.map((q) => opening + q.start));

  expect(index.text.length).toBeGreaterThan(1_000_000);
  expect(opening).not.toBeNull();
  expect(matches.filter(Boolean).length).toBe(quotes.length);
  // Every match lies in the article's own copy, not in the pages around it.
  for (const match of matches) expect(match!.start).toBeGreaterThanOrEqual(opening!);
});
