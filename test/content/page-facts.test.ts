// The light content script's page facts agree with extraction on real pages: the highlight key it
// asks page-highlights with is the one highlights are saved under after extraction.
import { canonicalUrl as addressKey } from '../../src/core/canonical-url';
import { extractArticle } from '../../src/extract/extract';
import { highlightKey, notAnArticle } from '../../src/content/page-facts';
import { wcxbIds, wcxbPage } from '../extract/pages';

describe('page facts without the page tools', () => {
  const ids = [...wcxbIds('article').slice(0, 15), ...wcxbIds('listing').slice(0, 10), ...wcxbIds('product').slice(0, 10)];

  it.each(ids)('WCXB page %s: the highlight key is the one of the canonical address extraction reports', (id) => {
    const { doc, url } = wcxbPage(id);
    const extracted = extractArticle(doc, url);
    expect(highlightKey(doc, url)).toBe(addressKey(extracted.canonicalUrl));
    // A page reported as no article names the same canonical address (the panel's highlight key).
    expect(notAnArticle(doc, url).canonicalUrl).toBe(extracted.canonicalUrl);
  });
});
