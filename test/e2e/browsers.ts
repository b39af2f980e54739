// Launching the built extension in real browsers: Debian's Chromium through playwright-core,
// Firefox ESR through puppeteer-core over WebDriver BiDi (see ../shared/notes).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

export const DIST = join(__dirname, '..', '..', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Flags that keep Chromium from calling home (this machine has no network; neither should tests). */
const QUIET_CHROMIUM = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

export interface ChromiumWithExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumWithExtension> {
  const extension = join(DIST, 'chrome');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parallax-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET_CHROMIUM, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close: () => context.close() };
}

/** A fixed moz-extension UUID, so tests know the extension's pages' addresses. */
export const FIREFOX_UUID = '6f1d3c1e-2b7a-4c4e-9d55-5a3f0c1b2e77';

export interface FirefoxWithExtension {
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(join(DIST, 'firefox', 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }) },
  });
  await browser.installExtension(join(DIST, 'firefox'));
  return { browser, baseUrl: `moz-extension://${FIREFOX_UUID}`, close: () => browser.close() };
}
