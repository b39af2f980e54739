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
import type { Comparison, PageAnchor } from './core/comparison';
import type { ExtractedArticle } from './extract/extract';

/** What the panel shows for a tab. */
export type TabState =
  /** The content script has not reported yet (or does not run on this site). */
  | { kind: 'unknown'; url: string | null; siteEnabled: boolean }
  /** The page was reported and is being compared. */
  | { kind: 'working'; url: string }
  /** The corpus is still loading: comparison waits for it. */
  | { kind: 'corpus-loading'; url: string; done: number; total: number }
  | { kind: 'not-article'; url: string }
  /** An article, but no stored story reports it. */
  | { kind: 'no-match'; url: string; title: string; outlet: string; quotes: number; figures: number }
  | { kind: 'matched'; url: string; title: string; outlet: string; comparison: Comparison }
  | { kind: 'error'; url: string | null; message: string };

/** A quote or figure of the page, by its id in the tab's Comparison. */
export interface ItemRef {
  kind: 'quote' | 'figure';
  id: string;
}

/** What the content script paints: every compared item with where it is in the page text. */
export interface PaintPlan {
  items: (ItemRef & { anchor: PageAnchor; differs: boolean })[];
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

export type Message =
  | PageArticleMessage
  | GetTabStateMessage
  | TabStateChangedMessage
  | RevealMessage
  | ItemClickedMessage
  | AnalyseAgainMessage
  | EnableSiteMessage;

/** True when `value` is a message of this type (checks the tag only: senders are our own parts). */
export function isMessage<T extends Message['type']>(value: unknown, type: T): value is Extract<Message, { type: T }> {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}
