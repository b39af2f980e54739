import { detectionFeatures, isArticlePage, pageSignals, scoreSignals } from '../../src/extract/detect';
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

describe('the verdict without the page walk', () => {
  test('agrees with the full detection on WCXB pages, and decides some pages that are not articles', () => {
    let early = 0;
    let pages = 0;
    for (const type of ['article', 'product', 'listing', 'collection', 'documentation', 'service', 'forum']) {
      for (const id of wcxbIds(type).slice(0, SAMPLE)) {
        const page = wcxbPage(id);
        const quick = isArticlePage(page.doc, page.url);
        expect(quick.isArticle).toBe(scoreSignals(pageSignals(page.doc, page.url)).isArticle);
        if (quick.reasons.includes('without the page walk')) early++;
        pages++;
      }
    }
    expect(early).toBeGreaterThan(pages / 10);
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

describe('detection signals on real pages', () => {
  test('forum threads show two or more discussion marks; articles fewer', () => {
    const marks = (type: string): number[] =>
      wcxbIds(type)
        .slice(0, SAMPLE)
        .map((id) => {
          const page = wcxbPage(id);
          return pageSignals(page.doc, page.url).discussionMarks.length;
        });
    expect(marks('forum').filter((n) => n >= 2).length).toBeGreaterThanOrEqual(SAMPLE * 0.75);
    expect(marks('article').every((n) => n < 2)).toBe(true);
  });

  test('listing pages are mostly link text; articles mostly prose', () => {
    const proseShare = (type: string): number => {
      const shares = wcxbIds(type)
        .slice(0, SAMPLE)
        .map((id) => {
          const page = wcxbPage(id);
          const s = pageSignals(page.doc, page.url);
          return detectionFeatures(s).proseShare;
        });
      return shares.reduce((a, b) => a + b, 0) / shares.length;
    };
    expect(proseShare('article')).toBeGreaterThan(0.75);
    expect(proseShare('listing')).toBeLessThan(proseShare('article') - 0.2);
  });

  test('article headlines are longer than the titles of documentation pages', () => {
    const shortHeadlines = (type: string): number =>
      wcxbIds(type)
        .slice(0, SAMPLE)
        .filter((id) => {
          const page = wcxbPage(id);
          return pageSignals(page.doc, page.url).headlineWords <= 3;
        }).length;
    expect(shortHeadlines('article')).toBeLessThanOrEqual(2);
    expect(shortHeadlines('documentation')).toBeGreaterThanOrEqual(SAMPLE / 2);
  });
});

describe('detection signals on made-up pages', () => {
  const sentence = 'The council voted on Tuesday to approve the new budget after a long debate. ';
  const parse = (body: string, head = ''): Document => parsePage(`<html><head>${head}</head><body>${body}</body></html>`);

  test('link text is not prose: a mega-menu in a <div> counts nothing, paragraphs do', () => {
    const menu = `<div>${'<a href="/x">Living room furniture and sofas</a> '.repeat(60)}</div>`;
    const s = pageSignals(parse(menu + `<main><p>${sentence.repeat(3)}</p></main>`), 'https://shop.example/a');
    expect(s.totalProse).toBe(sentence.repeat(3).trim().length);
    expect(s.linkText).toBeGreaterThan(1000);
  });

  test('a thread of posts with profile links and numbered ids is a discussion; blog comments are not', () => {
    const post = (n: number): string => `<div id="post-${n}"><a href="/members/user${n}.${n}/">user${n}</a><p>${sentence}</p></div>`;
    const thread = pageSignals(parse([1, 2, 3, 4].map(post).join('')), 'https://cars.example/2024-led-lights.1797645/');
    expect(thread.discussionMarks).toEqual(['profile links', 'numbered posts']);
    expect(isArticlePage(parse([1, 2, 3, 4].map(post).join('')), 'https://cars.example/2024-led-lights.1797645/').reasons.join()).toContain('discussion (profile links, numbered posts)');
    const comment = (n: number): string => `<li id="comment-${n}"><a href="https://someone${n}.example/">Someone</a><p>${sentence}</p></li>`;
    const blog = pageSignals(parse(`<article><p>${sentence.repeat(8)}</p></article><ol>${[1, 2, 3, 4].map(comment).join('')}</ol>`), 'https://blog.example/why-we-moved');
    expect(blog.discussionMarks).toEqual([]);
  });

  test('shop marks: prices counted up to five, a cart control, one element counted for every mark it bears, navigation left out', () => {
    const price = (n: number): string => `<span class="productPrice" id="p${n}">$${n}.99</span>`;
    const page = parse(
      `<nav><a class="author-link" href="/about">About</a><span class="price">$1</span></nav>` +
        `<main>${[1, 2, 3, 4, 5, 6, 7].map(price).join('')}<button name="add-to-cart">Add</button></main>` +
        `<footer><a rel="author" href="/me">Me</a></footer>`,
    );
    const s = pageSignals(page, 'https://shop.example/product/lamp');
    expect(s.priceMarks).toBe(5);
    expect(s.cartControl).toBe(true);
    // The ids "p1"… also number posts: the same elements count for the discussion mark.
    expect(s.discussionMarks).toEqual(['numbered posts']);
    // The only bylines are in the navigation and the footer.
    expect(s.byline).toBe(false);
    expect(pageSignals(parse('<main><div class="Post-Byline">By A. Writer</div></main>'), 'https://news.example/a').byline).toBe(true);
  });

  test('story ids in paths and queries, article sections but not section fronts', () => {
    const signals = (url: string): ReturnType<typeof pageSignals> => pageSignals(parse(''), url);
    expect(signals('http://media.example/news/news_view.html?idx=8576&page=1').storyId).toBe(true);
    expect(signals('https://feeds.example/entries/ujfb125tjzxi56y9qfpd.html').storyId).toBe(true);
    expect(signals('https://shop.example/catalog?page=2').storyId).toBe(false);
    expect(signals('https://site.example/blog/why-we-moved').articleSection).toBe(true);
    expect(signals('https://site.example/news').articleSection).toBe(false);
  });

  test('the walk stops at its budget on a huge page and skips navigation', () => {
    const filler = '<div><span></span></div>'.repeat(20_000);
    const s = pageSignals(parse(`<nav>${'<a href="/u/x">x</a>'.repeat(100)}</nav>${filler}<p>${sentence.repeat(3)}</p>`), 'https://news.example/a');
    expect(s.elementsWalked).toBe(2000);
    expect(s.discussionMarks).not.toContain('profile links');
    expect(s.totalProse).toBe(0);
  });
});
