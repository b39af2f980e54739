// Extraction off the page's main thread: the content script sends the page's serialized HTML and
// an extension document (Chrome's offscreen document, Firefox's background page) parses it and runs
// the same extraction on it. Readability is then no longer a task on the page the reader uses.
import { extractArticle, type ExtractedArticle } from './extract';

/**
 * The article in `html`, a page loaded from `url` that the content script's detection took for an
 * article. DOMParser makes an inert document (no script runs, nothing loads); Readability rewrites
 * a clone of it, so the metadata is read from the untouched parse.
 */
export function extractFromHtml(html: string, url: string, parser: DOMParser = new DOMParser()): ExtractedArticle {
  const doc = parser.parseFromString(html, 'text/html');
  return extractArticle(doc, url, { detected: true, clone: doc.cloneNode(true) as Document });
}
