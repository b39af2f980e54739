// What the end-to-end tests read from the panel and the pages, and the check that no request
// left the machine.
import type { DemoServer } from '../../scripts/demo/server.mjs';
import { ANALYSIS_TIMEOUT_MS, type ExtensionBrowser, type TestPage } from './browsers';

/**
 * Requests Chromium 156's browser process makes by itself whatever the flags: the sign-in
 * service's ListAccounts (accounts.google.com) and an on-demand component update check
 * (update.googleapis.com) at start-up, with no extension and no page too; and autofill's query
 * about the forms of a page (content-autofill.googleapis.com; turning it off takes a
 * --disable-features, which would replace Playwright's own). None comes from a page or the
 * extension (the Chromium request log below sees those); the proxy refuses them, so they never
 * leave the machine. Firefox makes none (see scripts/demo/browsers.mjs).
 */
const CHROMIUM_OWN_HOSTS = new Set(['accounts.google.com', 'update.googleapis.com', 'content-autofill.googleapis.com']);

/**
 * Waits until the panel shows a tab state of `kind` (TabState['kind']): 'matched' is the
 * comparison view, the others are status messages. Fails with what the panel shows instead.
 */
export async function waitForPanelState(panel: TestPage, kind: string): Promise<void> {
  const selector = kind === 'matched' ? '.comparison' : `.status-${kind}`;
  try {
    await panel.waitFor(selector, ANALYSIS_TIMEOUT_MS);
  } catch {
    const shown = await panel.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').trim().slice(0, 300), null);
    throw new Error(`the panel never showed "${kind}" within ${ANALYSIS_TIMEOUT_MS / 1000} s; it shows: "${shown}"`);
  }
}

/** One quote of the panel as the tests read it. */
export interface PanelQuote {
  /** 1-based position among the panel's quotes (for `li.item.quote:nth-of-type(n)`). */
  position: number;
  /** The page's wording as the panel shows it. */
  pageWords: string;
  /** The outlet of each other wording, in the panel's order. */
  outlets: string[];
  /** The other wordings' texts (rows that say "the same words" have none). */
  wordings: string[];
  /** Words struck through (only the page has them) and underlined (only theirs). */
  marks: { deleted: number; inserted: number };
}

/** The panel's quote whose page wording contains `snippet`; fails when there is none. */
export async function quoteItem(panel: TestPage, snippet: string): Promise<PanelQuote> {
  const found = await panel.evaluate((wanted) => {
    /** Visible text: screen-reader-only announcements left out. */
    const visibleText = (element: Element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('.sr-only').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const items = [...document.querySelectorAll('li.item.quote')];
    const index = items.findIndex((item) => {
      const words = item.querySelector('.page-words');
      return words !== null && visibleText(words).includes(wanted);
    });
    if (index < 0) return { shown: items.map((item) => visibleText(item).slice(0, 80)) };
    const item = items[index];
    return {
      position: index + 1,
      pageWords: visibleText(item.querySelector('.page-words')!),
      outlets: [...item.querySelectorAll('.wordings li.wording .source .outlet')].map(visibleText),
      wordings: [...item.querySelectorAll('.wordings li.wording .their-words')].map(visibleText),
      marks: { deleted: item.querySelectorAll('.wordings del').length, inserted: item.querySelectorAll('.wordings ins').length },
    };
  }, snippet);
  if (!('position' in found)) throw new Error(`no quote with "${snippet}" in the panel; it lists: ${JSON.stringify(found.shown)}`);
  return found as PanelQuote;
}

/**
 * The page's vertical scroll position, and whether the first 40 characters of `text` (where it
 * appears in the page, across element boundaries) lie inside the viewport.
 */
export async function scrollState(page: TestPage, text: string): Promise<{ scrollY: number; inViewport: boolean }> {
  return page.evaluate((wanted) => {
    const needle = wanted.replace(/^\W+/, '').slice(0, 40);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      all += (node as Text).data;
    }
    /** The text node and offset of position `at` in `all`. */
    const locate = (at: number): [Text, number] => {
      let start = 0;
      for (const node of nodes) {
        if (at <= start + node.data.length) return [node, at - start];
        start += node.data.length;
      }
      return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
    };
    let inViewport = false;
    for (let at = all.indexOf(needle); at >= 0 && !inViewport; at = all.indexOf(needle, at + 1)) {
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      const rect = range.getBoundingClientRect();
      inViewport = rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
    }
    return { scrollY: window.scrollY, inViewport };
  }, text);
}

/**
 * Asserts that nothing left 127.0.0.1: the demo proxy refused no request (but Chromium's own,
 * above), and in Chromium every request of a page or of the extension went to a demo page, the
 * extension's files or a data: url.
 */
export function expectNoRequestLeft(browser: ExtensionBrowser, server: DemoServer): void {
  const refused = server.refused.filter((request) => !(browser.name === 'Chromium' && CHROMIUM_OWN_HOSTS.has(request.host.replace(/:443$/, ''))));
  expect(refused).toEqual([]);
  const elsewhere = browser.requestedUrls.filter(
    (url) => !url.startsWith(`${browser.extensionOrigin}/`) && !url.startsWith('data:') && !server.served.includes(url),
  );
  expect(elsewhere).toEqual([]);
}
