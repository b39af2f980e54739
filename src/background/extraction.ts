// Extracting an article from the HTML a content script sent, off the page's main thread. Firefox's
// background is a page with DOMParser: it extracts itself. Chrome's is a service worker without
// one: it keeps an offscreen document (reason DOM_PARSER) and hands the HTML to it over a port
// (runtime.sendMessage would also deliver every page's HTML to open panels and options pages).
import { extractFromHtml } from '../extract/extract-html';
import type { ExtractedArticle } from '../extract/extract';
import { isExtractedArticle, PAGE_READER_PORT, type ExtractHtmlMessage } from '../messages';

interface ChromePort {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}
interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeRuntime {
  getURL(path: string): string;
  getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
  connect(options: { name: string }): ChromePort;
}
const chromeApi = (globalThis as { chrome?: { offscreen?: ChromeOffscreen; runtime: ChromeRuntime } }).chrome;

const OFFSCREEN_PATH = 'offscreen.html';

/** The offscreen document being created (two pages at once must not both create it). */
let creating: Promise<void> | null = null;
/** The port to the offscreen document; null until opened, or after it closed. */
let reader: ChromePort | null = null;
/** Requests sent over `reader` and not answered yet, by id. */
const waiting = new Map<number, (answer: unknown) => void>();
let nextRequest = 1;

async function ensureOffscreenDocument(offscreen: ChromeOffscreen, runtime: ChromeRuntime): Promise<void> {
  const url = runtime.getURL(OFFSCREEN_PATH);
  const existing = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Reads the article text of a news page off that page’s main thread.' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** The port to the offscreen document, opened on first use; a closed one fails what it was asked. */
function readerPort(runtime: ChromeRuntime): ChromePort {
  if (reader) return reader;
  const port = runtime.connect({ name: PAGE_READER_PORT });
  port.onMessage.addListener((message) => {
    const { id, article } = message as { id?: unknown; article?: unknown };
    if (typeof id !== 'number') return;
    waiting.get(id)?.(article);
    waiting.delete(id);
  });
  port.onDisconnect.addListener(() => {
    if (reader === port) reader = null;
    for (const answer of waiting.values()) answer(null);
    waiting.clear();
  });
  reader = port;
  return port;
}

/**
 * The article in `html` (a page at `url` the content script's detection took for an article),
 * extracted in an extension document; rejects when no such document can do it (the content script
 * then extracts in the page).
 */
export async function extractOffPage(html: string, url: string): Promise<ExtractedArticle> {
  if (typeof DOMParser === 'function') return extractFromHtml(html, url);
  const offscreen = chromeApi?.offscreen;
  if (!offscreen || !chromeApi) throw new Error('this browser has neither DOMParser in the background nor offscreen documents');
  // An open port means the document is there (its closing closes the port): no lookup per page.
  if (reader === null) await ensureOffscreenDocument(offscreen, chromeApi.runtime);
  const port = readerPort(chromeApi.runtime);
  const id = nextRequest++;
  const answer = await new Promise<unknown>((resolve) => {
    waiting.set(id, resolve);
    port.postMessage({ type: 'extract-html', id, html, url } satisfies ExtractHtmlMessage);
  });
  if (!isExtractedArticle(answer)) throw new Error(`the offscreen document could not extract ${url}`);
  return answer;
}
