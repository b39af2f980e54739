/**
 * @jest-environment jsdom
 */
// Extraction off the page (the background or Chrome's offscreen document parses the HTML the
// content script sends): on real pages it gives what extraction on the live document gives.
import { extractArticle } from '../../src/extract/extract';
import { extractFromHtml } from '../../src/extract/extract-html';
import { isExtractedArticle } from '../../src/messages';
import { zytePage } from './pages';

/** The page as a live document: what the content script would see (jsdom parses it as a browser would). */
function liveDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractFromHtml', () => {
  it.each([0, 17, 41, 77, 103, 150])('gives the live extraction of Zyte page %i from its serialized HTML', (index) => {
    const { html, url, body } = zytePage(index);
    const live = liveDocument(html);
    const here = extractArticle(live, url, { detected: true });
    const sent = extractFromHtml(live.documentElement.outerHTML, url);
    expect(sent).toEqual(here);
    expect(sent.isArticle).toBe(true);
    // The text is the article's: a passage of its longest paragraph is in the true body (spacing aside).
    const longest = sent.text.split('\n').reduce((a, b) => (b.length > a.length ? b : a));
    expect(body.replace(/\s+/g, '')).toContain(longest.slice(20, 80).replace(/\s+/g, ''));
  });
});

describe('isExtractedArticle', () => {
  const article = { isArticle: true, url: 'https://a.example/x', canonicalUrl: 'https://a.example/x', title: 'T', outlet: 'A', date: null, text: 'Text' };
  it('accepts an extracted article and refuses other shapes', () => {
    expect(isExtractedArticle(article)).toBe(true);
    expect(isExtractedArticle({ ...article, date: '2024-01-01T00:00:00.000Z' })).toBe(true);
    for (const bad of [null, undefined, 'text', {}, { ...article, text: 42 }, { ...article, date: 5 }, { ...article, isArticle: 'yes' }]) {
      expect(isExtractedArticle(bad)).toBe(false);
    }
  });
});
