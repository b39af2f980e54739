// The messages the three parts of the extension send each other: the content script (one per
// tab), the background, and the side panel. Every message is a plain object with a `type`;
// `isMessage` checks the tag before a listener trusts the rest.
//
//   content → background   page-article      what the page is; answered with a PaintPlan
//   panel → background     get-tab-state     answered with the tab's TabState
//   background → panels    tab-state-changed  a tab's state changed: ask again
//   panel → content        reveal            scroll to a quote or figure and flash it
//   content → panels       item-clicked      the reader clicked a painted quote: focus it
//   background → content   analyse-again     the corpus changed: send the page again
//   panel → background     enable-site       the reader allowed a site (optional host
//                                            permission granted): run on it from now on
//   content → background   load-article-tools  inject article.js (anchoring, painting, reader
//                                            highlights) into the sender's frame; answered true
//   content → background   extract-page      the page's HTML: the article is extracted off the
//                                            page's main thread; answered with ExtractedArticle
//                                            (the background starts comparing it at once, and the
//                                            page-article that reports it takes that comparison)
//   background → offscreen extract-html      the same, in Chrome's offscreen document (a port)
//
// Highlights (the user database lives in the background):
//   content → background   save-highlight     a new highlight from the reader's selection
//   content → background   page-highlights    the page's saved highlights, to re-find and paint
//   content/panel → bg     highlight-request  list, update, delete, restore, export, import
//   background → all       highlights-changed  saved highlights changed: repaint, re-list
//   panel → content        refind-status      which of the page's highlights were found
//   content → panels       highlights-found   the page looked for its highlights again: ask refind-status
//   panel → content        reveal-highlight   scroll to a highlight and flash it
//   background → content   save-selection     the context menu or shortcut asked to save the selection
import type { Comparison, PageAnchor } from './core/comparison';
import type { ExtractedArticle } from './extract/extract';
import type { Highlight } from './highlights/highlight';

/**
 * What the panel shows for a tab. `pageKey` is the key the page's highlights are stored under:
 * `canonicalUrl()` of the address the page declares canonical (else its own).
 */
export type TabState =
  /** The content script has not reported yet (or does not run on this site). */
  | { kind: 'unknown'; url: string | null; siteEnabled: boolean }
  /** The page was reported and is being compared. */
  | { kind: 'working'; url: string }
  /** The corpus is still loading: comparison waits for it. */
  | { kind: 'corpus-loading'; url: string; done: number; total: number }
  | { kind: 'not-article'; url: string; pageKey: string }
  /** An article, but no stored story reports it. */
  | { kind: 'no-match'; url: string; pageKey: string; title: string; outlet: string; quotes: number; figures: number }
  | { kind: 'matched'; url: string; pageKey: string; title: string; outlet: string; comparison: Comparison }
  | { kind: 'error'; url: string | null; message: string };

/** A quote or figure of the page, by its id in the tab's Comparison. */
export interface ItemRef {
  kind: 'quote' | 'figure';
  id: string;
}

/** What the content script paints: every compared item with where it is in the page text. */
export interface PaintPlan {
  /** Key of the recognised story (highlights saved on the page record it); null when none. */
  story: string | null;
  items: (ItemRef & { anchor: PageAnchor; differs: boolean })[];
  /**
   * Whether the page (its canonical address) has saved highlights to find again, when the
   * background knows (it answers `page-article` with it, sparing the page a second message).
   */
  savedHighlights?: boolean;
}

export interface PageArticleMessage {
  type: 'page-article';
  article: ExtractedArticle;
}

export interface GetTabStateMessage {
  type: 'get-tab-state';
  tabId: number;
}

export interface TabStateChangedMessage {
  type: 'tab-state-changed';
  tabId: number;
}

export interface RevealMessage {
  type: 'reveal';
  item: ItemRef;
}

export interface ItemClickedMessage {
  type: 'item-clicked';
  item: ItemRef;
}

export interface AnalyseAgainMessage {
  type: 'analyse-again';
}

/** Sent after `permissions.request({origins: [origin + '/*']})` succeeded in the panel. */
export interface EnableSiteMessage {
  type: 'enable-site';
  tabId: number;
  /** "https://example.com" */
  origin: string;
}

/**
 * The light content script needs the page tools (an article page, saved highlights, a highlight
 * to save): the background injects article.js into the sender's frame and answers true once it
 * ran (false when it could not).
 */
export interface LoadArticleToolsMessage {
  type: 'load-article-tools';
}

/**
 * An article page's serialized HTML (`document.documentElement.outerHTML`): the background
 * extracts the article from it off the page's main thread and answers with the ExtractedArticle,
 * or null when it could not (the content script then extracts in the page).
 */
export interface ExtractPageMessage {
  type: 'extract-page';
  html: string;
  url: string;
}

/**
 * extract-page as the background hands it to Chrome's offscreen document, over the port named
 * PAGE_READER_PORT; answered on that port with `{id, article}` (article null when it failed).
 */
export interface ExtractHtmlMessage {
  type: 'extract-html';
  id: number;
  html: string;
  url: string;
}

/** Name of the port from the background to Chrome's offscreen document (background/extraction.ts). */
export const PAGE_READER_PORT = 'parallax-page-reader';

/** A new highlight (made with `createHighlight`); answered with the saved Highlight. */
export interface SaveHighlightMessage {
  type: 'save-highlight';
  highlight: Highlight;
}

/** Answered with the page's highlights (Highlight[]), matched by canonical url. */
export interface PageHighlightsMessage {
  type: 'page-highlights';
  canonicalUrl: string;
}

/** Requests on saved highlights, answered as the comment says. */
export type HighlightRequest =
  /** → Highlight[]: those of one page (canonical url), or all when null; newest first; `query` filters text, note, tags, title. */
  | { action: 'list'; canonicalUrl: string | null; query: string }
  /** → Highlight: the updated highlight. */
  | { action: 'update'; id: string; changes: Partial<Pick<Highlight, 'note' | 'tags' | 'colour'>> }
  /** → Highlight | null: the deleted highlight, for undo. */
  | { action: 'delete'; id: string }
  /** → void: puts a deleted highlight back as it was. */
  | { action: 'restore'; highlight: Highlight }
  /** → string: every highlight (or one page's) in that format. */
  | { action: 'export'; format: 'markdown' | 'csv' | 'jsonld'; canonicalUrl: string | null }
  /** → HighlightImport: W3C Web Annotation JSON-LD text. */
  | { action: 'import'; text: string };

export interface HighlightRequestMessage {
  type: 'highlight-request';
  request: HighlightRequest;
}

export interface HighlightsChangedMessage {
  type: 'highlights-changed';
}

/** Answered with `{found: string[], missing: string[]}`: ids of the page's highlights re-found or not. */
export interface RefindStatusMessage {
  type: 'refind-status';
}

/** The page looked for its saved highlights again (they changed, or the page was read): refind-status has news. */
export interface HighlightsFoundMessage {
  type: 'highlights-found';
}

export interface RevealHighlightMessage {
  type: 'reveal-highlight';
  id: string;
}

export interface SaveSelectionMessage {
  type: 'save-selection';
}

export type Message =
  | PageArticleMessage
  | GetTabStateMessage
  | TabStateChangedMessage
  | RevealMessage
  | ItemClickedMessage
  | AnalyseAgainMessage
  | EnableSiteMessage
  | LoadArticleToolsMessage
  | ExtractPageMessage
  | ExtractHtmlMessage
  | SaveHighlightMessage
  | PageHighlightsMessage
  | HighlightRequestMessage
  | HighlightsChangedMessage
  | RefindStatusMessage
  | HighlightsFoundMessage
  | RevealHighlightMessage
  | SaveSelectionMessage;

/** True when `value` is a message of this type (checks the tag only: senders are our own parts). */
export function isMessage<T extends Message['type']>(value: unknown, type: T): value is Extract<Message, { type: T }> {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

/** Whether `value` looks like a PaintPlan (an answer may be missing, or from an older version). */
export function isPaintPlan(value: unknown): value is PaintPlan {
  return typeof value === 'object' && value !== null && Array.isArray((value as PaintPlan).items);
}

/** Whether `value` has the shape of an ExtractedArticle (an answer from another part of the extension). */
export function isExtractedArticle(value: unknown): value is ExtractedArticle {
  const article = value as ExtractedArticle;
  return (
    typeof article === 'object' &&
    article !== null &&
    typeof article.isArticle === 'boolean' &&
    typeof article.url === 'string' &&
    typeof article.canonicalUrl === 'string' &&
    typeof article.title === 'string' &&
    typeof article.outlet === 'string' &&
    (article.date === null || typeof article.date === 'string') &&
    typeof article.text === 'string'
  );
}
