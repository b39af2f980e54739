// What the panel asks of the browser: which tab to show, the background's answers and news, and
// messages to the tab's content script. The controller works against this interface, so it and
// the components are tested without a browser; browser-service.ts is the real one.
import type { Highlight } from '../highlights/highlight';
import type { HighlightRequest, ItemRef, TabState } from '../messages';

/** The content script's answer to `refind-status`: ids of the page's highlights it re-found, and of those it did not. */
export interface RefindStatus {
  found: string[];
  missing: string[];
}

/** The browser as the panel sees it. */
export interface PanelService {
  /** The tab named in the panel's address (`panel.html?tab=ID`); null when the panel follows the active tab. */
  fixedTabId(): number | null;
  /** The active tab of the panel's window; null when there is none. */
  activeTabId(): Promise<number | null>;
  /** Calls `listener` whenever a tab becomes active (in any window: ask `activeTabId` again). */
  onTabActivated(listener: () => void): void;
  /** Calls `listener` with a tab's id when its address or loading status changes. */
  onTabNavigated(listener: (tabId: number) => void): void;
  /** Calls `listener` with every runtime message and the id of the tab that sent it (null from extension pages). */
  onMessage(listener: (message: unknown, senderTabId: number | null) => void): void;
  /** The background's view of a tab; rejects when the background does not answer. */
  getTabState(tabId: number): Promise<TabState>;
  /** Asks the tab's content script to scroll to `item` and flash it; resolves false when nobody is listening. */
  reveal(tabId: number, item: ItemRef): Promise<boolean>;
  /**
   * Asks the reader to let Parallax run on `origin` and, when they agree, tells the background.
   * Must be called straight from a click: browsers only ask for permissions on a user gesture.
   * Resolves true when the permission was granted.
   */
  enableSite(tabId: number, origin: string): Promise<boolean>;
  /** Sends a highlight request to the background and resolves with its answer (see HighlightRequest); rejects with the background's error. */
  highlightRequest(request: HighlightRequest): Promise<unknown>;
  /** Saves a new highlight; resolves with the saved one, rejects when the background refused it. */
  saveHighlight(highlight: Highlight): Promise<Highlight>;
  /** Asks the tab's content script which of the page's highlights it found; null when nobody answers. */
  refindStatus(tabId: number): Promise<RefindStatus | null>;
  /** Asks the tab's content script to scroll to a highlight and flash it; resolves false when nobody is listening. */
  revealHighlight(tabId: number, id: string): Promise<boolean>;
  /** Opens an http(s) address in a new tab. */
  openPage(url: string): void;
  /** Hands `text` to the reader as a file named `filename` (a download; nothing leaves the browser). */
  download(filename: string, text: string, mimeType: string): void;
}

/** The tab id in `search` ("?tab=12"); null when absent or not a whole number. */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}
