// Launching browsers with the built extension behind the demo proxy: one place for the flags
// and preferences that send every request to 127.0.0.1 and keep the browsers from calling home.
// Used by `npm start` (scripts/start.mjs) and the end-to-end tests (test/e2e/browsers.ts).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Debian's /usr/bin/chromium is a wrapper that adds Google API keys and flags which make the
 * browser contact Google (sign-in, updates); the binary behind it runs without them.
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Chromium flags that stop its own traffic, on top of Playwright's defaults. No --disable-features
 * here: Playwright passes one (HttpsUpgrades, NetworkTimeServiceQuerying, …) and a second would
 * replace it.
 */
const QUIET_CHROMIUM = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pings',
  '--metrics-recording-only',
  '--disable-gpu',
];

/**
 * Chromium flags routing every request through the proxy at `proxyUrl`, loopback included
 * ("<-loopback>" removes Chromium's implicit bypass of localhost).
 */
export function chromiumProxyArgs(proxyUrl) {
  return [`--proxy-server=${proxyUrl}`, '--proxy-bypass-list=<-loopback>'];
}

/**
 * Deletes a Chromium profile folder, retrying while the browser's last writes finish; one still held
 * is left to the system's temp cleaning rather than failing the run.
 */
function removeProfile(profile) {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch {}
}

/**
 * Launches Chromium with the unpacked extension in `extensionDir` behind `proxyUrl`, in a fresh
 * profile. Resolves to {context, worker, extensionId, close} once the extension's service worker
 * runs; `close` closes the browser and deletes the profile.
 */
export async function launchChromiumWithExtension({ extensionDir, proxyUrl, headless = true, viewport, extraArgs = [] }) {
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: viewport ?? (headless ? { width: 1280, height: 900 } : null),
    args: [...QUIET_CHROMIUM, ...chromiumProxyArgs(proxyUrl), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...extraArgs],
  }).catch((error) => {
    removeProfile(profile);
    throw error;
  });
  const close = async () => {
    await context.close();
    removeProfile(profile);
  };
  // (a browser whose extension never starts is closed, not left running)
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(async (error) => {
    await close();
    throw error;
  }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close };
}

/**
 * Firefox preferences routing every request through the proxy on 127.0.0.1:`port`: http and
 * (shared) https, localhost included, no proxy exceptions, and the background services that would
 * otherwise try to reach Mozilla turned off.
 */
export function firefoxProxyPrefs(port) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.normandy.enabled': false,
    'app.update.enabled': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.ping-centre.telemetry': false,
    'network.trr.mode': 5,
  };
}

/**
 * Environment for Firefox behind the demo proxy. MOZ_DISABLE_NONLOCAL_CONNECTIONS is the switch
 * Mozilla's own test harnesses use: release builds then honour the remote-settings override above
 * (otherwise they ignore it and keep asking firefox.settings.services.mozilla.com), and connections
 * to anything but local addresses are refused; the proxy is local.
 */
export function firefoxEnvironment() {
  return { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' };
}
