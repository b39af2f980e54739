// The meeting point of the two content scripts. content.js (light: detection, messages, address
// watch, selection button) runs on every page of the news sites; article.js (Readability,
// anchoring, painting, highlight re-finding) is injected by the background only when content.js
// asks for it: an article page, a page with saved highlights, or a highlight to save. Both run in
// the extension's isolated world of the page, so article.js hands its tools over through a global
// of that world, which the page cannot see.
import type { PageSession } from './page-session';

/** The global of the isolated world that holds the page tools once article.js ran. */
const TOOLS = Symbol.for('parallax.article-tools');

/** What article.js provides: the page session (extraction, anchoring, paints, reader highlights). */
export interface ArticleTools {
  session: PageSession;
}

/** The page tools, when article.js has run in this world; undefined before. */
export function articleTools(): ArticleTools | undefined {
  return (globalThis as { [TOOLS]?: ArticleTools })[TOOLS];
}

/** Publishes the page tools (article.js, once per world). */
export function provideArticleTools(tools: ArticleTools): void {
  (globalThis as { [TOOLS]?: ArticleTools })[TOOLS] = tools;
}
