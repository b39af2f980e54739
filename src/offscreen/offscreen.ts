// Chrome's offscreen document (reason DOM_PARSER): the service worker has no DOMParser, so it
// hands a page's HTML to this hidden extension page, which extracts the article (Readability) in
// the extension's own process, off the main thread of the page the reader uses. Firefox's
// background is a page and extracts itself (background/extraction.ts).
import { extractFromHtml } from '../extract/extract-html';
import { isMessage } from '../messages';

interface ChromeRuntime {
  id: string;
  onMessage: {
    addListener(listener: (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
  };
}

const runtime = (globalThis as unknown as { chrome: { runtime: ChromeRuntime } }).chrome.runtime;

runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only the background asks (content scripts' messages reach extension pages too: they come from a tab).
  if (sender.id !== runtime.id || sender.tab !== undefined || !isMessage(message, 'extract-html')) return undefined;
  try {
    sendResponse(extractFromHtml(message.html, message.url));
  } catch (error) {
    console.warn('Parallax: extracting', message.url, 'failed', error);
    sendResponse(null);
  }
  return undefined;
});
