// Reader highlights end to end (issue 5), in Chromium and Firefox ESR, on a seed article of the
// demo site: a passage selected in the page and saved with the selection button is listed in the
// panel and painted; painted again after a reload; found again on an edited copy of the page, or
// listed as not found when the passage is gone; exported as JSON-LD and imported into a fresh
// profile with its note and colour, listed and painted there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Highlight } from '../../src/highlights/highlight';
import { replaceableSite, type ReplaceableSite } from '../../scripts/demo/replaceable.mjs';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server.mjs';
import { buildDemoSite, readArticles } from '../../scripts/demo/site.mjs';
import { BOTH_BROWSERS, type ExtensionBrowser, type ExtensionGlobal, type TestPage } from './browsers';
import { expectNoRequestLeft, waitForPanelState } from './panel-helpers';

jest.setTimeout(90_000);

const seeds = readArticles(join(__dirname, '..', '..', 'assets', 'corpus', 'seeds.jsonl'));
const slateArticle = seeds.find((article) => article.id === 'seed-004')!;
const site = buildDemoSite(seeds.map((article) => ({ article })));
const slateUrl = site.articlePages.find((page) => page.id === 'seed-004')!.url;

/** Saved with the button, left yellow; the passage the edited copies change around or remove. */
const FIRST = 'the head prosecutor of the International Criminal Court said he would launch an investigation';
/** Saved with the button, then given a note and the green colour. */
const SECOND = 'The prosecutor said he was able to move quickly in launching the investigation';
const NOTE = 'Check the ICC statement <b>itself</b> & the date';

/** The Slate page with its article text changed by `edit` (same address, same layout). */
function editedSlatePage(edit: (text: string) => string): string {
  const edited = { ...slateArticle, text: edit(slateArticle.text) };
  if (edited.text === slateArticle.text) throw new Error('the edit changed nothing');
  return buildDemoSite([{ article: edited }]).respond(slateUrl)!.body;
}
/** Words inserted before the highlighted passage and inside its paragraph, the passage itself kept. */
const WORDS_INSERTED = editedSlatePage((text) =>
  text
    .replace('Blinken talked about the possibility', 'In a long interview, Blinken talked at some length about the possibility')
    .replace('in Ukraine days after', 'in Ukraine only a few days after'),
);
/** The first passage gone from the page (its sentence rewritten), the second kept. */
const PASSAGE_REMOVED = editedSlatePage((text) => text.replace(FIRST, 'an official in The Hague announced a review'));

/** Whether the page's main world sees `text` painted under the Highlight named `name`. */
function isPainted(page: TestPage, name: string, text: string): Promise<boolean> {
  return page.evaluate(
    ({ name: wanted, text: passage }) => {
      const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Iterable<Range>> } }).CSS.highlights;
      const highlight = registry?.get(wanted);
      if (!highlight) return false;
      for (const range of highlight) if (range.toString().replace(/\s+/g, ' ').includes(passage)) return true;
      return false;
    },
    { name, text },
  );
}

/** Waits up to `timeout` ms for `condition`; fails with `what`. */
async function eventually(what: string, condition: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not happen within ${timeout / 1000} s`);
}

/** Selects `text` in the page with a real Range, as a mouse drag would, and presses the save button. */
async function saveWithButton(page: TestPage, text: string): Promise<void> {
  await page.bringToFront();
  const selected = await page.evaluate((passage) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(passage);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + passage.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      // The end of a mouse selection: the button looks at the selection after mouseup.
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }
    return false;
  }, text);
  if (!selected) throw new Error(`"${text}" is not in one text node of the page`);
  let box: { x: number; y: number; width: number; height: number } | null = null;
  await eventually('the save button showing', async () => {
    box = await page.evaluate(() => {
      const host = document.querySelector('parallax-save-highlight');
      if (!host) return null;
      const rect = host.getBoundingClientRect();
      return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    }, null);
    return box !== null;
  }, 5_000);
  const { x, y, width, height } = box!;
  expect(width).toBe(28);
  expect(height).toBe(28);
  await page.mouseClick(x + width / 2, y + height / 2);
}

/** Sends a highlight request to the background from an extension page; resolves with its answer. */
function highlightRequest<R>(extensionPage: TestPage, request: unknown): Promise<R> {
  return extensionPage.evaluate(
    (body) => (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage({ type: 'highlight-request', request: body }) as Promise<R>,
    request,
  );
}

/** The panel's Highlights view for tab `tabId`, once it lists `count` highlights. */
async function showHighlights(panel: TestPage, browser: ExtensionBrowser, tabId: number, count: number): Promise<void> {
  await panel.open(`${browser.extensionOrigin}/panel.html?tab=${tabId}`);
  await waitForPanelState(panel, 'matched');
  await panel.click('#view-tab-highlights');
  await eventually(`the panel listing ${count} highlights`, async () => (await panel.texts('li.highlight .hl-text')).length === count);
}

const normalise = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim());

describe.each(BOTH_BROWSERS)('reader highlights in %s', (_name, launch) => {
  let demo: ReplaceableSite;
  let server: DemoServer;
  let browser: ExtensionBrowser;
  let panel: TestPage;
  let article: { page: TestPage; tabId: number };
  let exported: string;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'parallax-e2e-highlights-'));
    demo = replaceableSite(site);
    server = await startDemoServer(demo);
    browser = await launch(server);
    panel = await browser.extensionPage();
    article = await browser.openTab(slateUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('saves a selection with the button: listed in the panel and painted in the page', async () => {
    await panel.open(`${browser.extensionOrigin}/panel.html?tab=${article.tabId}`);
    await waitForPanelState(panel, 'matched');
    await saveWithButton(article.page, FIRST);
    await eventually('the first highlight painted', () => isPainted(article.page, 'parallax-highlight-yellow', FIRST));
    await saveWithButton(article.page, SECOND);
    await showHighlights(panel, browser, article.tabId, 2);
    expect(normalise(await panel.texts('li.highlight .hl-text')).sort()).toEqual([FIRST, SECOND].sort());
    const saved = await highlightRequest<Highlight[]>(panel, { action: 'list', canonicalUrl: null, query: '' });
    const second = saved.find((highlight) => highlight.exact === SECOND)!;
    await highlightRequest(panel, { action: 'update', id: second.id, changes: { note: NOTE, colour: 'green' } });
    await eventually('the second highlight repainted green', () => isPainted(article.page, 'parallax-highlight-green', SECOND));
    expect(await isPainted(article.page, 'parallax-highlight-yellow', FIRST)).toBe(true);
  });

  it('paints both again after a reload', async () => {
    await article.page.open(slateUrl);
    await eventually('the first highlight painted after the reload', () => isPainted(article.page, 'parallax-highlight-yellow', FIRST));
    await eventually('the second highlight painted after the reload', () => isPainted(article.page, 'parallax-highlight-green', SECOND));
  });

  it('finds them again when words are inserted before and around the passage', async () => {
    demo.replace(slateUrl, WORDS_INSERTED);
    await article.page.open(slateUrl);
    expect(await article.page.evaluate(() => document.body.innerText.includes('only a few days after'), null)).toBe(true);
    await eventually('the first highlight painted on the edited page', () => isPainted(article.page, 'parallax-highlight-yellow', FIRST));
    await eventually('the second highlight painted on the edited page', () => isPainted(article.page, 'parallax-highlight-green', SECOND));
    await showHighlights(panel, browser, article.tabId, 2);
    expect(await panel.texts('.not-found li.highlight')).toEqual([]);
  });

  it('lists a removed passage under "Not found on this page" and still paints the other', async () => {
    demo.replace(slateUrl, PASSAGE_REMOVED);
    await article.page.open(slateUrl);
    await eventually('the second highlight painted on the page without the first', () => isPainted(article.page, 'parallax-highlight-green', SECOND));
    await showHighlights(panel, browser, article.tabId, 2);
    await panel.waitFor('.not-found li.highlight .hl-text', 10_000);
    expect(normalise(await panel.texts('.not-found li.highlight .hl-text'))).toEqual([FIRST]);
    expect(await isPainted(article.page, 'parallax-highlight-yellow', FIRST)).toBe(false);
    demo.restore(slateUrl);
  });

  it('exports them as JSON-LD from the panel', async () => {
    await article.page.open(slateUrl);
    await showHighlights(panel, browser, article.tabId, 2);
    exported =
      browser.name === 'Chromium'
        ? await panel.downloadText('button.export-jsonld')
        : await highlightRequest<string>(panel, { action: 'export', format: 'jsonld', canonicalUrl: null });
    const collection = JSON.parse(exported);
    const text = JSON.stringify(collection);
    expect(text).toContain(FIRST);
    expect(text).toContain(SECOND);
    expect(text).toContain(JSON.stringify(NOTE).slice(1, -1));
  });

  it('imports the export into a fresh profile: the same highlights listed with note and colour, and painted', async () => {
    expectNoRequestLeft(browser, server);
    await browser.close();
    const file = join(scratch, 'highlights.jsonld');
    writeFileSync(file, exported);
    browser = await launch(server);
    panel = await browser.extensionPage();
    article = await browser.openTab(slateUrl);
    await panel.open(`${browser.extensionOrigin}/panel.html?tab=${article.tabId}`);
    await waitForPanelState(panel, 'matched');
    await panel.click('#view-tab-highlights');
    await panel.waitFor('#import-file', 10_000);
    expect(await panel.texts('li.highlight')).toEqual([]);
    await panel.setInputFile('#import-file', file);
    await eventually('the imported highlights listed', async () => (await panel.texts('li.highlight .hl-text')).length === 2);
    const imported = await highlightRequest<Highlight[]>(panel, { action: 'list', canonicalUrl: null, query: '' });
    expect(imported.map(({ exact, note, colour }) => ({ exact, note, colour })).sort((a, b) => a.exact.localeCompare(b.exact))).toEqual(
      [
        { exact: FIRST, note: '', colour: 'yellow' },
        { exact: SECOND, note: NOTE, colour: 'green' },
      ].sort((a, b) => a.exact.localeCompare(b.exact)),
    );
    // The note is shown as text, its markup included.
    expect(normalise(await panel.texts('li.highlight .hl-note'))).toEqual([NOTE]);
    expect(await panel.evaluate(() => document.querySelectorAll('li.highlight b').length, null)).toBe(0);
    await eventually('the imported first highlight painted', () => isPainted(article.page, 'parallax-highlight-yellow', FIRST));
    await eventually('the imported second highlight painted', () => isPainted(article.page, 'parallax-highlight-green', SECOND));
    expectNoRequestLeft(browser, server);
  });
});
