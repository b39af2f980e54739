// Launching the built extension in real browsers behind the demo proxy (scripts/demo): Debian's
// Chromium through playwright-core, Firefox ESR through puppeteer-core over WebDriver BiDi (see
// ../shared/notes). Both come wrapped in one small interface, so a test runs unchanged in each.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type ElementHandle, type Page as PuppeteerPage } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { FIREFOX_PATH, firefoxEnvironment, firefoxProxyPrefs, launchChromiumWithExtension } from '../../scripts/demo/browsers.mjs';

/** The build under test: PARALLAX_DIST (a folder built with `node build.mjs --out`), else dist/. */
export const DIST = process.env.PARALLAX_DIST ?? join(__dirname, '..', '..', 'dist');

/** Where the tests leave screenshots for people to look at (not committed). */
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** How long a page may take to be analysed and its panel to show the result. */
export const ANALYSIS_TIMEOUT_MS = 30_000;

/** A browser tab, seen the same way in both browsers. */
export interface TestPage {
  /** Runs `fn(arg)` in the page (a content page's main world, or an extension page with its APIs). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until an element matching `selector` is visible; rejects after `timeout` ms. */
  waitFor(selector: string, timeout?: number): Promise<void>;
  /**
   * Clicks the first element matching `selector` with a DOM click: it works while the tab is in
   * the background, as the panel is beside the page it shows.
   */
  click(selector: string): Promise<void>;
  /** The visible text of every element matching `selector`. */
  texts(selector: string): Promise<string[]>;
  /** The colour schemes the page can be shown in (Firefox over BiDi cannot emulate dark). */
  colorSchemes: ('light' | 'dark')[];
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  setWidth(width: number): Promise<void>;
  /** Saves a screenshot of the whole page under test-artifacts/. */
  screenshot(name: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Loads `url` in this tab; for extension pages, waits until `readySelector` is visible. */
  open(url: string, readySelector?: string): Promise<void>;
  /** A real mouse click at (x, y) of the viewport (reaches elements in closed shadow roots). */
  mouseClick(x: number, y: number): Promise<void>;
  /**
   * Clicks `selector` and resolves with the text of the file the page downloads. Chromium only:
   * Firefox over WebDriver BiDi reports no downloads (the promise rejects there).
   */
  downloadText(selector: string): Promise<string>;
  /** Chooses the file at `path` in the file input matching `selector`, as the reader would. */
  setInputFile(selector: string, path: string): Promise<void>;
  /**
   * What the page itself reported since the tab opened: uncaught errors ("pageerror: …"), console
   * errors and warnings ("console.error: …"), and dialogs ("dialog: …", dismissed at once).
   */
  problems: string[];
  close(): Promise<void>;
}

/** A browser with the extension installed. */
export interface ExtensionBrowser {
  name: 'Chromium' | 'Firefox';
  /** Origin of the extension's pages ("chrome-extension://ID", "moz-extension://UUID"). */
  extensionOrigin: string;
  /** Opens `url` in a new tab; resolves with the tab and its id as the extension knows it. */
  openTab(url: string): Promise<{ page: TestPage; tabId: number }>;
  /** An extension page (the panel) in its own tab, for calling extension APIs and showing panels. */
  extensionPage(): Promise<TestPage>;
  /** The toolbar button's badge text on tab `tabId`, read through the extension's action API. */
  badgeText(tabId: number): Promise<string>;
  /** Every url a page or the extension requested (Chromium only; Firefox: the proxy's record). */
  requestedUrls: string[];
  close(): Promise<void>;
}

/**
 * The global of an extension page or worker, for functions the tests run there (they are sent
 * as source, so they can only reach the API through `globalThis`; Chrome 156 has `browser` too).
 */
export type ExtensionGlobal = { browser: WebExtensionApi };

function screenshotPath(browserName: string, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${browserName.toLowerCase()}-${name}.png`);
}

function playwrightPage(page: PlaywrightPage): TestPage {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type() === 'warning' ? 'warn' : 'error'}: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return {
    problems,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (selector, timeout = ANALYSIS_TIMEOUT_MS) => page.locator(selector).first().waitFor({ state: 'visible', timeout }),
    click: (selector) => page.locator(selector).first().dispatchEvent('click'),
    texts: (selector) => page.locator(selector).allInnerTexts(),
    colorSchemes: ['light', 'dark'],
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    setWidth: (width) => page.setViewportSize({ width, height: page.viewportSize()?.height ?? 900 }),
    screenshot: async (name) => void (await page.screenshot({ path: screenshotPath('chromium', name), fullPage: true })),
    bringToFront: () => page.bringToFront(),
    open: async (url, readySelector) => {
      await page.goto(url);
      if (readySelector) await page.locator(readySelector).first().waitFor({ state: 'visible', timeout: ANALYSIS_TIMEOUT_MS });
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    setInputFile: (selector, path) => page.locator(selector).first().setInputFiles(path),
    downloadText: async (selector) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.locator(selector).first().dispatchEvent('click')]);
      return readFileSync(await download.path(), 'utf8');
    },
    close: () => page.close(),
  };
}

/** Launches Chromium with `dist`/chrome behind the proxy at `proxyUrl`. */
export async function launchChromium(proxyUrl: string, dist = DIST): Promise<ExtensionBrowser> {
  const { context, extensionId, close } = await launchChromiumWithExtension({ extensionDir: join(dist, 'chrome'), proxyUrl });
  const requestedUrls: string[] = [];
  context.on('request', (request) => requestedUrls.push(request.url()));
  const extensionOrigin = `chrome-extension://${extensionId}`;
  let probe: TestPage | undefined;
  const handle: ExtensionBrowser = {
    name: 'Chromium',
    extensionOrigin,
    requestedUrls,
    async openTab(url) {
      // Tabs are looked up from an extension page: the service worker may be stopped when idle,
      // and a handle to it with it.
      probe ??= await handle.extensionPage();
      const page = await context.newPage();
      // Wrapped before loading, so the page's own errors and dialogs are heard from the start.
      const tab = playwrightPage(page);
      await page.goto(url);
      await page.bringToFront();
      // Without the "tabs" permission the extension sees no tab addresses: the tab just
      // brought to the front is the active one of the browser's only window.
      const active = await probe.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.tabs.query({ active: true }), null);
      if (active.length !== 1 || active[0].id === undefined) throw new Error(`${active.length} active tabs after opening ${url}`);
      return { page: tab, tabId: active[0].id };
    },
    async extensionPage() {
      const page = playwrightPage(await context.newPage());
      await page.open(`${extensionOrigin}/panel.html`, 'body');
      return page;
    },
    async badgeText(tabId) {
      probe ??= await handle.extensionPage();
      return probe.evaluate((id) => (globalThis as unknown as ExtensionGlobal).browser.action.getBadgeText({ tabId: id }), tabId);
    },
    close,
  };
  return handle;
}

/** A fixed moz-extension UUID, so tests know the extension's pages' addresses. */
export const FIREFOX_UUID = '6f1d3c1e-2b7a-4c4e-9d55-5a3f0c1b2e77';

function puppeteerPage(page: PuppeteerPage): TestPage {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  const handle: TestPage = {
    problems,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // Polls on a timer: puppeteer's default for visibility waits on animation frames, which a
    // background tab does not get.
    waitFor: async (selector, timeout = ANALYSIS_TIMEOUT_MS) => {
      await page.waitForFunction(
        (wanted: string) => {
          const element = document.querySelector(wanted);
          return element !== null && element.getClientRects().length > 0;
        },
        { timeout, polling: 100 },
        selector,
      );
    },
    click: (selector) => page.$eval(selector, (element) => (element as HTMLElement).click()),
    texts: (selector) => page.$$eval(selector, (elements) => elements.map((element) => (element as HTMLElement).innerText)),
    // Media emulation needs CDP, which Firefox does not speak: its pages stay in the light scheme.
    colorSchemes: ['light'],
    setColorScheme: async (scheme) => {
      if (scheme !== 'light') throw new Error('Firefox over WebDriver BiDi cannot emulate a dark colour scheme');
    },
    setWidth: (width) => page.setViewport({ width, height: page.viewport()?.height ?? 900 }),
    screenshot: async (name) => void (await page.screenshot({ path: screenshotPath('firefox', name) as `${string}.png`, fullPage: true })),
    bringToFront: () => page.bringToFront(),
    open: async (url, readySelector) => {
      if (url.startsWith('moz-extension:')) {
        // goto on moz-extension pages rejects with "Frame detached" while the page loads fine: wait
        // instead for a new document (the old one is marked) at that address to finish loading.
        await page.evaluate(() => Object.assign(window, { parallaxTestStale: true })).catch(() => undefined);
        page.goto(url).catch(() => undefined);
        await waitForNewDocument(page, url);
      } else {
        await page.goto(url);
      }
      if (readySelector) await handle.waitFor(readySelector);
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    downloadText: () => Promise.reject(new Error('Firefox over WebDriver BiDi reports no downloads: ask the background for the text')),
    setInputFile: async (selector, path) => {
      const input = (await page.$(selector)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no ${selector} to choose a file in`);
      await input.uploadFile(path);
    },
    close: () => page.close(),
  };
  return handle;
}

/** Launches Firefox ESR with `dist`/firefox behind the proxy on 127.0.0.1:`proxyPort`. */
export async function launchFirefox(proxyPort: number, dist = DIST): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(readFileSync(join(dist, 'firefox', 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: firefoxEnvironment(),
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...firefoxProxyPrefs(proxyPort),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
    },
  });
  await firefox.installExtension(join(dist, 'firefox'));
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  let probe: TestPage | undefined;
  const handle: ExtensionBrowser = {
    name: 'Firefox',
    extensionOrigin,
    requestedUrls: [],
    async openTab(url) {
      probe ??= await handle.extensionPage();
      const page = puppeteerPage(await firefox.newPage());
      await page.open(url);
      await page.bringToFront();
      const active = await probe.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.tabs.query({ active: true }), null);
      if (active.length !== 1 || active[0].id === undefined) throw new Error(`${active.length} active tabs after opening ${url}`);
      return { page, tabId: active[0].id };
    },
    async extensionPage() {
      const page = puppeteerPage(await firefox.newPage());
      await page.open(`${extensionOrigin}/panel.html`, 'body');
      return page;
    },
    async badgeText(tabId) {
      probe ??= await handle.extensionPage();
      return probe.evaluate((id) => (globalThis as unknown as ExtensionGlobal).browser.action.getBadgeText({ tabId: id }), tabId);
    },
    close: () => firefox.close(),
  };
  return handle;
}

/**
 * Waits until the Firefox page shows a new document (not marked stale) at `url`, fully loaded.
 * Polls with single evaluations: while the old document goes away an evaluation can fail at the
 * protocol level ("window is null"), which would end a waitForFunction; here it is a retry.
 */
async function waitForNewDocument(page: PuppeteerPage, url: string): Promise<void> {
  const deadline = Date.now() + ANALYSIS_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const loaded = await page
      .evaluate((expected: string) => location.href === expected && !('parallaxTestStale' in window) && document.readyState === 'complete', url)
      .catch(() => false);
    if (loaded) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not load within ${ANALYSIS_TIMEOUT_MS} ms`);
}

/** Both browsers, each launched with the extension behind a demo server: for `describe.each`. */
export const BOTH_BROWSERS: [string, (server: { proxyUrl: string; port: number }) => Promise<ExtensionBrowser>][] = [
  ['Chromium', (server) => launchChromium(server.proxyUrl)],
  ['Firefox', (server) => launchFirefox(server.port)],
];
