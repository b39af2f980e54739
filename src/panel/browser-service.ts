// The panel's one door to the browser (webextension-polyfill): the real `PanelService` and the
// browser's messages.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Highlight } from '../highlights/highlight';
import type { EnableSiteMessage, GetTabStateMessage, HighlightRequestMessage, RefindStatusMessage, RevealHighlightMessage, RevealMessage, SaveHighlightMessage, TabState } from '../messages';
import { downloadText } from './download';
import { tabIdFromSearch, type PanelService, type RefindStatus } from './service';
import type { PanelText } from './text';

/** The real browser, through webextension-polyfill. */
export function browserPanelService(): PanelService {
  const fixed = tabIdFromSearch(location.search);
  return {
    fixedTabId: () => fixed,
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    onTabActivated(listener) {
      browser.tabs.onActivated.addListener(() => listener());
    },
    onTabNavigated(listener) {
      browser.tabs.onUpdated.addListener((tabId, change) => {
        if (change.url !== undefined || change.status !== undefined) listener(tabId);
      });
    },
    onMessage(listener) {
      // Returns nothing: the panel never answers, so the background's answers reach their senders.
      browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): undefined => {
        listener(message, sender.tab?.id ?? null);
      });
    },
    async getTabState(tabId) {
      const request: GetTabStateMessage = { type: 'get-tab-state', tabId };
      const answer: unknown = await browser.runtime.sendMessage(request);
      if (typeof answer !== 'object' || answer === null || typeof (answer as { kind?: unknown }).kind !== 'string') {
        throw new Error('no answer from the background');
      }
      return answer as TabState;
    },
    reveal(tabId, item) {
      return deliveredTo(tabId, { type: 'reveal', item } satisfies RevealMessage);
    },
    enableSite(tabId, origin) {
      // No await before the request: it has to run inside the click's user gesture.
      return browser.permissions.request({ origins: [`${origin}/*`] }).then(async (granted) => {
        if (!granted) return false;
        const message: EnableSiteMessage = { type: 'enable-site', tabId, origin };
        await browser.runtime.sendMessage(message);
        return true;
      });
    },
    highlightRequest(request) {
      const message: HighlightRequestMessage = { type: 'highlight-request', request };
      return browser.runtime.sendMessage(message);
    },
    async saveHighlight(highlight) {
      const message: SaveHighlightMessage = { type: 'save-highlight', highlight };
      return (await browser.runtime.sendMessage(message)) as Highlight;
    },
    async refindStatus(tabId) {
      const message: RefindStatusMessage = { type: 'refind-status' };
      try {
        const answer = (await browser.tabs.sendMessage(tabId, message)) as Partial<RefindStatus> | undefined;
        return Array.isArray(answer?.found) && Array.isArray(answer?.missing) ? { found: answer.found, missing: answer.missing } : null;
      } catch {
        return null;
      }
    },
    revealHighlight(tabId, id) {
      return deliveredTo(tabId, { type: 'reveal-highlight', id } satisfies RevealHighlightMessage);
    },
    openPage(url) {
      void browser.tabs.create({ url });
    },
    download(filename, text, mimeType) {
      downloadText(document, filename, text, mimeType);
    },
  };
}

/** The browser's messages in its UI language. */
export function browserPanelText(): PanelText {
  return {
    t: (key, ...substitutions) => browser.i18n.getMessage(key, substitutions.map(String)),
    locale: browser.i18n.getUILanguage(),
  };
}

/** Sends `message` to the tab's content script; true when it was delivered (a tab without one refuses it). */
async function deliveredTo(tabId: number, message: RevealMessage | RevealHighlightMessage): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    return false;
  }
}
