import { blockText, extractArticle, MAX_TEXT_CHARS, stripSiteName } from '../../src/extract/extract';
import { parsePage } from '../../src/cli/extract';
import { isArticlePage } from '../../src/extract/detect';
import { wcxbIds, wcxbPage, zytePage } from './pages';

/** Share of the true text's word 4-grams found in the extracted text (recall of the Zyte metric, as a set). */
function fourGramRecall(truth: string, extracted: string): number {
  const grams = (text: string): string[] => {
    const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
    return tokens.slice(3).map((_, i) => tokens.slice(i, i + 4).join(' '));
  };
  const found = new Set(grams(extracted));
  const wanted = grams(truth);
  return wanted.filter((g) => found.has(g)).length / wanted.length;
}

describe('extractArticle on real pages', () => {
  test.each(['1628', '4027', '4070', '4106', '4457'])('WCXB %s: date matches the ground truth day', (id) => {
    const page = wcxbPage(id);
    const result = extractArticle(page.doc, page.url);
    expect(page.truth.publish_date).toBeTruthy();
    expect(result.date?.slice(0, 10)).toBe(page.truth.publish_date);
  });

  test('canonical url drops tracking parameters the page url carries', () => {
    const page = wcxbPage('4010');
    expect(page.url).toContain('srsltid=');
    expect(extractArticle(page.doc, page.url).canonicalUrl).toBe('https://getfreewrite.com/blogs/articles/75-percent-mechanical-keyboard');
  });

  test('outlet from og:site_name, title without the site name tail', () => {
    const page = wcxbPage('4070');
    const result = extractArticle(page.doc, page.url);
    expect(result.outlet).toBe('Greenview Builders');
    expect(page.truth.title.startsWith(result.title)).toBe(true);
    expect(result.title).not.toContain('Greenview');
  });

  test('outlet falls back to the host without www. and the title loses a "- ACRONYM" tail the outlet spells out', () => {
    const page = wcxbPage('1579');
    expect(extractArticle(page.doc, page.url).outlet).toBe('drainblasterbill.com');
    expect(stripSiteName('Some Myths about Nutrition - NIDDK', 'NIDDK')).toBe('Some Myths about Nutrition');
  });

  test.each([0, 1, 2, 3, 4])('Zyte page %i: the body text is found, one paragraph per line', (index) => {
    const page = zytePage(index);
    const result = extractArticle(parsePage(page.html), page.url);
    expect(result.isArticle).toBe(true);
    expect(fourGramRecall(page.body, result.text)).toBeGreaterThan(0.8);
    expect(result.text).not.toMatch(/[ \t]{2,}|\n\n|^\s|\s$/);
    expect(result.text.split('\n').length).toBeGreaterThan(1);
  });

  test('a non-article page gets metadata but no text', () => {
    // The first product page detection rejects (detection quality is tested in detect.test.ts).
    const id = wcxbIds('product').find((candidate) => !isArticlePage(wcxbPage(candidate).doc, wcxbPage(candidate).url).isArticle);
    const page = wcxbPage(id!);
    const result = extractArticle(page.doc, page.url);
    expect(result.isArticle).toBe(false);
    expect(result.text).toBe('');
    expect(result.outlet).not.toBe('');
  });

  test('the original document is not changed by Readability', () => {
    const page = zytePage(0);
    const doc = parsePage(page.html);
    const before = doc.documentElement.outerHTML.length;
    extractArticle(doc, page.url);
    expect(doc.documentElement.outerHTML.length).toBe(before);
  });
});

describe('hostile and huge pages', () => {
  const prose = 'The council approved the budget on Tuesday after a debate that ran late into the night. ';

  test('markup inside text stays text; scripts and styles contribute nothing', () => {
    const html = `<html><head><title>&lt;b&gt;Budget&lt;/b&gt; | Town News</title><meta property="og:site_name" content="Town News">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"<b>Budget</b> | Town News","datePublished":"2024-05-02T10:00:00+02:00"}</script></head>
      <body><article><h1>Budget</h1>${`<p>${prose.repeat(3)}</p>`.repeat(5)}
      <p>He typed &lt;img src=x onerror=alert(1)&gt; into the form &amp; laughed at the result, said the clerk who watched.</p>
      <script>document.write("SCRIPTBODY")</script><style>.x{content:"STYLEBODY"}</style></article></body></html>`;
    const result = extractArticle(parsePage(html), 'https://town.example/2024/05/council-approves-budget-after-debate');
    expect(result.isArticle).toBe(true);
    expect(result.text).toContain('He typed <img src=x onerror=alert(1)> into the form & laughed');
    expect(result.text).not.toContain('SCRIPTBODY');
    expect(result.text).not.toContain('STYLEBODY');
    expect(result.title).toBe('<b>Budget</b>');
    expect(result.date).toBe('2024-05-02T08:00:00.000Z');
  });

  test('a javascript: canonical is ignored in favour of the page url', () => {
    const doc = parsePage('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>');
    expect(extractArticle(doc, 'https://town.example/a').canonicalUrl).toBe('https://town.example/a');
  });

  test('a relative canonical resolves against the page url', () => {
    const doc = parsePage('<html><head><link rel="canonical" href="/story/42"></head><body></body></html>');
    expect(extractArticle(doc, 'https://town.example/a?b=1').canonicalUrl).toBe('https://town.example/story/42');
  });

  test('a megabyte page is capped at MAX_TEXT_CHARS', () => {
    const body = `<p>${prose.repeat(10)}</p>`.repeat(1200);
    expect(body.length).toBeGreaterThan(1_000_000);
    const html = `<html><head><meta property="og:type" content="article"></head><body><article>${body}</article></body></html>`;
    const result = extractArticle(parsePage(html), 'https://town.example/2024/05/a-very-long-council-report');
    expect(result.isArticle).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(result.text.length).toBeGreaterThan(MAX_TEXT_CHARS - 2000);
  });

  test('blockText puts blocks on their own lines and collapses whitespace', () => {
    const doc = parsePage('<div><h2>Title\n  here</h2><p>One <b>bold</b>\tword.</p>Loose<br>after break<ul><li>a</li><li>b</li></ul></div>');
    expect(blockText(doc.querySelector('div')!)).toBe('Title here\nOne bold word.\nLoose\nafter break\na\nb');
  });
});
