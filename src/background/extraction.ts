// Extracting an article from the HTML a content script sent, off the page's main thread. Firefox's
// background is a page with DOMParser: it extracts itself. Chrome's is a service worker without
// one: it keeps an offscreen document (reason DOM_PARSER) and hands the HTML to it.
import { extractFromHtml } from '../extract/extract-html';
import type { ExtractedArticle } from '../extract/extract';
import { isExtractedArticle, type ExtractHtmlMessage } from '../messages';

interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeRuntime {
  getURL(path: string): string;
  getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
  sendMessage(message: unknown): Promise<unknown>;
}
const chromeApi = (globalThis as { chrome?: { offscreen?: ChromeOffscreen; runtime: ChromeRuntime } }).chrome;

const OFFSCREEN_PATH = 'offscreen.html';

/** The offscreen document being created (two pages at once must not both create it). */
let creating: Promise<void> | null = null;

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

/**
 * The article in `html` (a page at `url` the content script's detection took for an article),
 * extracted in an extension document; rejects when no such document can do it (the content script
 * then extracts in the page).
 */
export async function extractOffPage(html: string, url: string): Promise<ExtractedArticle> {
  if (typeof DOMParser === 'function') return extractFromHtml(html, url);
  const offscreen = chromeApi?.offscreen;
  if (!offscreen || !chromeApi) throw new Error('this browser has neither DOMParser in the background nor offscreen documents');
  await ensureOffscreenDocument(offscreen, chromeApi.runtime);
  const answer = await chromeApi.runtime.sendMessage({ type: 'extract-html', html, url } satisfies ExtractHtmlMessage);
  if (!isExtractedArticle(answer)) throw new Error(`the offscreen document could not extract ${url}`);
  return answer;
}
