// A demo site whose pages can be swapped for a while: the end-to-end tests serve an edited copy
// of an article at the same address (words inserted, a passage removed) to check what the
// extension finds again, then put the original back.
import { servedUrl } from './site.mjs';

/**
 * `site` (from buildDemoSite) with pages that can be replaced: `replace(url, html)` serves `html`
 * at `url` (an article page or any other address of the demo, even a new one) until
 * `restore(url)`; every other request goes to `site`.
 */
export function replaceableSite(site) {
  const replacements = new Map();
  const key = servedUrl;
  return {
    ...site,
    respond(url) {
      const replaced = replacements.get(key(url));
      if (replaced !== undefined) return { status: 200, contentType: 'text/html; charset=utf-8', body: replaced };
      return site.respond(url);
    },
    replace(url, html) {
      replacements.set(key(url), html);
    },
    restore(url) {
      replacements.delete(key(url));
    },
  };
}
