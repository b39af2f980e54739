// `npm start` (after the build): serves the demo news pages of the seed articles at their real
// addresses through a local proxy and opens Chromium with the extension on the first seed article
// whose site the extension runs on; runs until the browser is closed.
//
//   npm start                 a browser window to try the extension in
//   npm start -- --headless   no window: analyses that article, saves screenshots of the page and
//                             of the panel (light and dark) under out/, and exits (1 when the
//                             panel shows no comparison in time)
//
// PARALLAX_DIST=DIR uses the build in DIR instead of dist/; CHROMIUM_PATH names the browser.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithExtension } from './demo/browsers.mjs';
import { startDemoServer } from './demo/server.mjs';
import { buildDemoSite, readArticles } from './demo/site.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.PARALLAX_DIST ?? join(root, 'dist'));
const extensionDir = join(dist, 'chrome');
const outDir = join(root, 'out');
const headless = process.argv.includes('--headless');
const ANALYSIS_TIMEOUT_MS = 60_000;
const PANEL_WIDTH = 360;

/** True when `url` matches the manifest match pattern `pattern` ("*://*.slate.com/*"). */
function matchesPattern(pattern, url) {
  const match = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme, host, path] = match;
  const parsed = new URL(url);
  if (scheme !== '*' && `${scheme}:` !== parsed.protocol) return false;
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    if (parsed.hostname !== domain && !parsed.hostname.endsWith(`.${domain}`)) return false;
  } else if (host !== '*' && host !== parsed.hostname) return false;
  const pathPattern = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathPattern.test(parsed.pathname + parsed.search);
}

/** The content script's match patterns in the built Chrome manifest. */
function contentScriptPatterns() {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}

let manifestPatterns;
try {
  manifestPatterns = contentScriptPatterns();
} catch {
  fail(`no extension build in ${extensionDir}: run "node build.mjs" first (npm start does)`);
}
const runsOn = (url) => manifestPatterns.some((pattern) => matchesPattern(pattern, url));

const site = buildDemoSite(readArticles(join(root, 'assets', 'corpus', 'seeds.jsonl')).map((article) => ({ article })));
const server = await startDemoServer(site);
const first = site.articlePages.find((page) => runsOn(page.url));
if (!first) fail('the extension runs on none of the seed articles\' sites');

console.log(`Demo news pages (served by a proxy on ${server.proxyUrl}; open them in the launched browser):`);
for (const page of site.articlePages) {
  console.log(`  ${page.url}\n    ${page.outlet}, ${page.template} layout${runsOn(page.url) ? '' : ' (the extension does not run on this site)'}`);
}
console.log('Pages that are not articles:');
for (const page of site.listingPages) console.log(`  ${page.url}  (${page.kind === 'search' ? 'search results' : 'section front'})`);

let browser;
try {
  browser = await launchChromiumWithExtension({ extensionDir, proxyUrl: server.proxyUrl, headless });
} catch (error) {
  await server.close();
  const hint = !headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY ? ' (no display: try "npm start -- --headless")' : '';
  fail(`Chromium did not start${hint}: ${error.message.split('\n')[0]}`);
}
const { context, worker, extensionId, close: closeChromium } = browser;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(first.url);

if (!headless) {
  console.log(`\nChromium is open on ${first.url}\nClick the Parallax button in the toolbar to open the side panel. Close the browser to stop.`);
  const stop = async () => {
    await closeChromium().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // (closed from its window: the profile goes too)
  context.on('close', () => void closeChromium().catch(() => undefined).then(() => server.close()).then(() => process.exit(0)));
} else {
  await screenshots();
}

/** Headless run: waits for the panel's comparison of the first article and saves the screenshots. */
async function screenshots() {
  // Without the "tabs" permission the extension sees no tab addresses: the article's tab is the
  // active one (the browser's only window).
  await page.bringToFront();
  const tabs = await worker.evaluate(() => chrome.tabs.query({ active: true }));
  const tab = tabs.length === 1 ? tabs[0] : undefined;
  if (!tab) {
    await shutDown();
    fail(`no browser tab shows ${first.url}`);
  }
  const panel = await context.newPage();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/panel.html?tab=${tab.id}`);
  try {
    await panel.locator('li.item.quote').first().waitFor({ timeout: ANALYSIS_TIMEOUT_MS });
  } catch {
    const shown = (await panel.locator('body').innerText().catch(() => '')).trim().replace(/\s+/g, ' ').slice(0, 300);
    await shutDown();
    fail(`the panel showed no comparison of ${first.url} within ${ANALYSIS_TIMEOUT_MS / 1000} s; it shows: "${shown}"`);
  }
  mkdirSync(outDir, { recursive: true });
  const saved = [];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await panel.emulateMedia({ colorScheme });
    const articleFile = join(outDir, `article-${colorScheme}.png`);
    const panelFile = join(outDir, `panel-${colorScheme}.png`);
    await page.screenshot({ path: articleFile });
    await panel.screenshot({ path: panelFile, fullPage: true });
    saved.push(articleFile, panelFile);
  }
  await shutDown();
  console.log(`\nThe panel compares ${first.url}. Screenshots:\n${saved.map((file) => `  ${file}`).join('\n')}`);
  if (server.refused.length > 0) {
    console.log(`Requests the demo proxy refused (they never left this machine):\n${server.refused.map((r) => `  ${r.method} ${r.url}`).join('\n')}`);
  }
}

async function shutDown() {
  await closeChromium().catch(() => undefined);
  await server.close();
}
