import { isArticlePage } from '../../src/extract/detect';
import { parsePage } from '../../src/cli/extract';
import { wcxbIds, wcxbPage, zytePage } from './pages';

// A fixed sample (first pages by id) keeps the test quick; eval:extract scores all pages.
const SAMPLE = 12;

function detectedShare(type: string): number {
  const ids = wcxbIds(type).slice(0, SAMPLE);
  if (ids.length === 0) throw new Error(`no ${type} pages`);
  const detected = ids.filter((id) => {
    const page = wcxbPage(id);
    return isArticlePage(page.doc, page.url).isArticle;
  });
  return detected.length / ids.length;
}

describe('isArticlePage on real pages', () => {
  test('WCXB article pages are detected', () => {
    expect(detectedShare('article')).toBeGreaterThanOrEqual(0.9);
  });

  test.each(['product', 'listing', 'collection', 'documentation', 'service', 'forum'])('WCXB %s pages are mostly rejected', (type) => {
    expect(detectedShare(type)).toBeLessThanOrEqual(0.25);
  });

  test('news articles of the Zyte benchmark are detected', () => {
    let detected = 0;
    for (let i = 0; i < 20; i++) {
      const page = zytePage(i);
      if (isArticlePage(parsePage(page.html), page.url).isArticle) detected++;
    }
    expect(detected).toBeGreaterThanOrEqual(19);
  });
});

describe('isArticlePage signals', () => {
  const prose = '<p>' + 'The council voted on Tuesday to approve the new budget after a long debate. '.repeat(6) + '</p>';
  const page = (head: string, body: string): Document => parsePage(`<html><head>${head}</head><body>${body}</body></html>`);

  test('a declared NewsArticle with prose is an article; the same body as a Product is not', () => {
    const article = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>', `<article>${prose.repeat(4)}</article>`);
    const product = page('<script type="application/ld+json">{"@type":"Product","name":"x"}</script>', `<article>${prose.repeat(4)}</article>`);
    const url = 'https://news.example/2024/05/council-votes-on-new-budget';
    expect(isArticlePage(article, url)).toMatchObject({ isArticle: true });
    expect(isArticlePage(product, url).isArticle).toBe(false);
    expect(isArticlePage(product, url).reasons.join()).toContain('JSON-LD product');
  });

  test('a home page is not an article even with prose', () => {
    const doc = page('<meta property="og:type" content="article">', `<main>${prose.repeat(4)}</main>`);
    expect(isArticlePage(doc, 'https://news.example/').isArticle).toBe(false);
  });

  test('an @graph JSON-LD article counts; broken JSON-LD is ignored, not thrown', () => {
    const graph = page('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["BlogPosting"]}]}</script><script type="application/ld+json">{oops</script>', prose.repeat(4));
    expect(isArticlePage(graph, 'https://blog.example/posts/why-we-moved-our-office-downtown').reasons.join()).toContain('JSON-LD article');
  });
});
