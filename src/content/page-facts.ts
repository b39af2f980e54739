// What the light content script learns of a page without the page tools: whether it is an
// article (the cheap detection), what to report when it is not, and the key its saved highlights
// are stored under. Nothing here loads Readability or the anchoring code.
import { canonicalUrl as addressKey } from '../core/canonical-url';
import { isArticlePage } from '../extract/detect';
import type { ExtractedArticle } from '../extract/extract';
import { declaredCanonical, linkedDataObjects, metaTags, type MetaTags } from '../extract/metadata';
import { warn } from './page-tools';

/** A document is worth reading only when it is HTML (an XML feed or SVG image is not an article). */
function isHtmlDocument(doc: Document): boolean {
  return doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml';
}

/**
 * Whether the page is an article by the cheap detection; false when detection fails (logged).
 * `meta`: the page's <meta> tags, when the caller reads them for the report too.
 */
export function detectArticle(doc: Document, url: string, meta?: MetaTags): boolean {
  try {
    return isHtmlDocument(doc) && doc.body !== null && isArticlePage(doc, url, linkedDataObjects(doc), meta ?? metaTags(doc)).isArticle;
  } catch (error) {
    warn('article detection failed', error);
    return false;
  }
}

/**
 * What is reported for a page that is not an article, or cannot be read. Its canonical address is
 * the declared one, as for articles: the panel lists the page's highlights under it.
 */
export function notAnArticle(doc: Document, url: string, meta?: MetaTags): ExtractedArticle {
  let outlet = '';
  let canonicalUrl = url;
  try {
    outlet = new URL(url).hostname.replace(/^www\./, '');
    canonicalUrl = declaredCanonical(doc, url, meta);
  } catch {
    // An odd address (about:blank) has no host.
  }
  return { isArticle: false, url, canonicalUrl, title: (doc.title ?? '').trim(), outlet, date: null, text: '' };
}

/** The key the page's highlights are stored under (what `highlightPage` records as canonicalUrl). */
export function highlightKey(doc: Document, url: string): string {
  return addressKey(declaredCanonical(doc, url));
}
