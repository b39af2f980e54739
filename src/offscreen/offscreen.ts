// Chrome's offscreen document (reason DOM_PARSER): the service worker has no DOMParser, so it
// hands a page's HTML to this hidden extension page over a port, and it extracts the article
// (Readability) in the extension's own process, off the main thread of the page the reader uses.
// Firefox's background is a page and extracts itself (background/extraction.ts).
import { extractFromHtml } from '../extract/extract-html';
import { isMessage, PAGE_READER_PORT } from '../messages';

interface ChromePort {
  name: string;
  sender?: { id?: string; tab?: unknown };
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}
interface ChromeRuntime {
  id: string;
  onConnect: { addListener(listener: (port: ChromePort) => void): void };
}

const runtime = (globalThis as unknown as { chrome: { runtime: ChromeRuntime } }).chrome.runtime;

runtime.onConnect.addListener((port) => {
  // Only the background opens this port (a content script's would come from a tab).
  if (port.name !== PAGE_READER_PORT || port.sender?.id !== runtime.id || port.sender.tab !== undefined) return;
  port.onMessage.addListener((message) => {
    if (!isMessage(message, 'extract-html')) return;
    let article = null;
    try {
      article = extractFromHtml(message.html, message.url);
    } catch (error) {
      console.warn('Parallax: extracting', message.url, 'failed', error);
    }
    port.postMessage({ id: message.id, article });
  });
});
