// The browser half of `npm run bench`: the benchmark build of the extension (node build.mjs
// --bench, built by bench/run.mjs into PARALLAX_BENCH_OUT/ext) in Chromium behind the demo proxy.
//   - content script cost: renderer main-thread time of the extension's scripts (a DevTools
//     protocol trace) on the saved Zyte article pages and the WCXB pages that are not articles;
//   - extraction on the live DOM (the Readability path, in the page);
//   - time to panel data on demo pages with the 10k corpus imported into the background's own
//     database; then import of the scaled packs into the service worker's IndexedDB and
//     recognition there at each size; every import with the worker's JS heap;
//   - bundle sizes of the release build (PARALLAX_BENCH_OUT/release).
// Prints the same table and JSON lines as the Node benchmarks (report.ts's format).
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { launchChromiumWithExtension } from '../scripts/demo/browsers.mjs';
import { startDemoServer } from '../scripts/demo/server.mjs';
import { buildDemoSite, servedUrl } from '../scripts/demo/site.mjs';
import puppeteer from 'puppeteer-core';

const shared = process.env.PARALLAX_SHARED;
const out = process.env.PARALLAX_BENCH_OUT;
const data = join(out, 'ext', 'chrome', 'bench');
const quick = process.argv.includes('--quick');
/** Pages whose scripts are done: the background's answer came and the page had this long to paint. */
const SETTLE_MS = 400;
/** A renderer task longer than this is a long task (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;
/** Runs of recognition over the held-out pages at each corpus size. */
const RECOGNITION_RUNS = quick ? 1 : 3;

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], n: sorted.length };
}

function emit(name, value, unit, n, what) {
  const rounded = Math.round(value * 1000) / 1000;
  process.stderr.write(`${what.padEnd(58)} ${name.padEnd(36)} ${String(rounded).padStart(10)} ${unit}  (n=${n})\n`);
  process.stdout.write(JSON.stringify({ name, value: rounded, unit, n }) + '\n');
}

/** A TCP port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * The service worker's JS heap, read over a second DevTools connection (Playwright gives no
 * protocol session for a service worker, and `performance.memory` does not exist in one).
 * `during(task)` runs the task while sampling the heap every 20 ms: {result, beforeMiB, peakMiB}.
 */
async function workerHeapProbe(port, extensionId) {
  const devtools = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const target = await devtools.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`));
  const session = await target.createCDPSession();
  const used = async () => (await session.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  return {
    async during(task) {
      // Garbage of earlier work would count as "before" otherwise.
      await session.send('HeapProfiler.collectGarbage');
      const beforeMiB = await used();
      let peakMiB = beforeMiB;
      let running = true;
      const sampling = (async () => {
        while (running) {
          peakMiB = Math.max(peakMiB, await used());
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      try {
        return { result: await task(), beforeMiB, peakMiB };
      } finally {
        running = false;
        await sampling;
      }
    },
    close: () => devtools.disconnect(),
  };
}

/**
 * Imports a pack of the build in the worker (into `dbName`, else the background's corpus), and
 * prints its speed and the worker's heap as `import_articles_per_s${suffix}` and the like.
 */
async function importInWorker(worker, heap, file, dbName, suffix, what) {
  const { result: imported, beforeMiB, peakMiB } = await heap.during(() => worker.evaluate(([f, db]) => globalThis.parallaxBench.importFile(f, db), [file, dbName]));
  emit(`import_articles_per_s${suffix}`, imported.articles / imported.seconds, 'articles/s', imported.articles, what);
  emit(`import_worker_heap_before_mib${suffix}`, beforeMiB, 'MiB', 1, `service worker's JS heap before that import (after a GC)`);
  emit(`import_worker_heap_peak_mib${suffix}`, peakMiB, 'MiB', 1, `service worker's JS heap during that import, largest (every 20 ms)`);
  return imported;
}

// ---- sizes of the release build ----

function sizes() {
  const dir = join(out, 'release', 'chrome');
  for (const [file, name] of [['content.js', 'content_script'], ['article.js', 'article_script'], ['background.js', 'background'], ['panel.js', 'panel']]) {
    const bytes = readFileSync(join(dir, file));
    emit(`${name}_kib`, bytes.length / 1024, 'KiB', 1, `${file} minified`);
    emit(`${name}_gzip_kib`, gzipSync(bytes).length / 1024, 'KiB', 1, `${file} minified and gzipped`);
  }
}

// ---- the saved pages, served at their own addresses ----

/** The page without its own scripts (they would fetch, fail and add noise); JSON-LD stays. */
function withoutScripts(html) {
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '');
}

function savedPages() {
  const zyte = join(shared, 'pages', 'zyte');
  const truth = JSON.parse(readFileSync(join(zyte, 'ground-truth.json'), 'utf8'));
  const articles = Object.keys(truth).sort().filter((_, i) => i % (quick ? 36 : 3) === 0)
    .map((id) => ({ url: servedUrl(truth[id].url), html: gunzipSync(readFileSync(join(zyte, 'html', `${id}.html.gz`))).toString('utf8') }));
  const wcxb = join(shared, 'pages', 'wcxb-dev');
  const metadata = JSON.parse(readFileSync(join(wcxb, 'metadata.json'), 'utf8'));
  const others = Object.keys(metadata).sort().filter((id) => metadata[id].page_type !== 'article').filter((_, i) => i % (quick ? 36 : 3) === 0)
    .map((id) => ({ url: servedUrl(JSON.parse(readFileSync(join(wcxb, 'ground-truth', `${id}.json`), 'utf8')).url), html: gunzipSync(readFileSync(join(wcxb, 'html', `${id}.html.gz`))).toString('utf8') }));
  // Two saved pages at one address: the first is served.
  const byUrl = new Map();
  for (const page of [...articles, ...others]) if (!byUrl.has(page.url)) byUrl.set(page.url, withoutScripts(page.html));
  return { articles: articles.filter((p) => byUrl.get(p.url) !== undefined), others, byUrl };
}

// ---- tracing the extension's main-thread time ----

async function startTrace(cdp) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'] },
  });
}

async function stopTrace(cdp) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * The extension's main-thread time in a trace: the union of the page renderer's main-thread events
 * that run or compile one of its scripts (a chrome-extension:// url), and the longest such task.
 * Only renderers that parsed a web page count: the offscreen document, where the background reads
 * articles, is an extension page with a main thread of its own, not the page's.
 * `cpuMs` is the CPU time of the same events (their thread time): on a busy machine the wall
 * time also counts the moments the thread waited for a core while running our script.
 */
function extensionTime(events, extensionId) {
  const origin = `chrome-extension://${extensionId}/`;
  const pageProcesses = new Set(events.filter((e) => e.name === 'ParseHTML' && /^https?:/.test(e.args?.beginData?.url ?? '')).map((e) => e.pid));
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pageProcesses.has(e.pid)).map((e) => `${e.pid}:${e.tid}`),
  );
  const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
  const spans = events
    .filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && String(urlOf(e)).startsWith(origin))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0), e.tdur ?? e.dur ?? 0])
    // Outer events first where two start together: an event inside another is counted with it.
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let total = 0;
  let cpu = 0;
  let longest = 0;
  let current = null;
  for (const [start, end, threadTime] of spans) {
    if (current && start <= current[1]) current[1] = Math.max(current[1], end);
    else {
      if (current) {
        total += current[1] - current[0];
        longest = Math.max(longest, current[1] - current[0]);
      }
      current = [start, end];
      cpu += threadTime;
    }
  }
  if (current) {
    total += current[1] - current[0];
    longest = Math.max(longest, current[1] - current[0]);
  }
  return { ms: total / 1000, cpuMs: cpu / 1000, longestMs: longest / 1000 };
}

// ---- the tab states, as a panel sees them ----

/** An extension page that records every tab's state changes with their times (Date.now()). */
async function stateRecorder(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(() => {
    globalThis.benchStates = [];
    chrome.runtime.onMessage.addListener((message) => {
      if (message?.type !== 'tab-state-changed') return;
      // Timed when the state is known here, as an open panel would know it: the notice's own
      // arrival is earlier, and its answer may already show a later state than it announced.
      void chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: message.tabId }).then((state) => globalThis.benchStates.push({ tabId: message.tabId, t: Date.now(), kind: state?.kind }));
    });
  });
  return {
    /** The time of the first settled state (compared or not an article) after `since`; null if none came within `timeoutMs`. */
    async settled(since, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        const hit = await page.evaluate((after) => globalThis.benchStates.find((s) => s.t >= after && ['matched', 'no-match', 'not-article', 'error'].includes(s.kind)) ?? null, since);
        if (hit) return hit;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return null;
    },
  };
}

// ---- main ----

const pages = savedPages();
const demoEntries = JSON.parse(readFileSync(join(data, 'site.json'), 'utf8'));
const demo = buildDemoSite(demoEntries);
const server = await startDemoServer({ respond: (url) => (pages.byUrl.has(url) ? { status: 200, contentType: 'text/html; charset=utf-8', body: pages.byUrl.get(url) } : demo.respond(url)) });
const devtoolsPort = await freePort();
const { context, worker, extensionId, close: closeChromium } = await launchChromiumWithExtension({
  extensionDir: join(out, 'ext', 'chrome'),
  proxyUrl: server.proxyUrl,
  extraArgs: [`--remote-debugging-port=${devtoolsPort}`],
});
const heap = await workerHeapProbe(devtoolsPort, extensionId);
try {
  sizes();
  const recorder = await stateRecorder(context, extensionId);
  let tab = await context.newPage();
  let cdp = await context.newCDPSession(tab);
  /**
   * A new tab in place of one whose navigation failed (a site Chromium forces to https): the
   * failed tab shows an error page whose navigation would interrupt the next one.
   */
  async function replaceTab() {
    await tab.close().catch(() => undefined);
    tab = await context.newPage();
    cdp = await context.newCDPSession(tab);
  }
  const extractor = (await build({ entryPoints: [new URL('../src/extract/extract.ts', import.meta.url).pathname], bundle: true, minify: true, format: 'iife', globalName: 'parallaxExtraction', write: false, logLevel: 'warning' })).outputFiles[0].text;

  /** Opens `url`, waits for the background's settled state, and returns the extension's main-thread time. */
  async function contentCost(url) {
    await startTrace(cdp);
    const since = Date.now();
    try {
      await tab.goto(url, { waitUntil: 'load' });
    } catch (error) {
      await stopTrace(cdp).catch(() => undefined);
      await replaceTab();
      throw error;
    }
    await recorder.settled(since, 10_000);
    await tab.waitForTimeout(SETTLE_MS);
    return extensionTime(await stopTrace(cdp), extensionId);
  }

  for (const [kind, list, name] of [['article', pages.articles, 'content_article'], ['nonarticle', pages.others, 'content_nonarticle']]) {
    const costs = [];
    const liveExtraction = [];
    let unreachable = 0;
    for (const page of list) {
      let cost;
      try {
        cost = await contentCost(page.url);
      } catch {
        // Sites on Chromium's HSTS preload list are asked for over https, which the proxy refuses.
        unreachable++;
        continue;
      }
      costs.push(cost);
      if (kind !== 'article') continue;
      await tab.addScriptTag({ content: extractor });
      liveExtraction.push(await tab.evaluate(() => {
        const t0 = performance.now();
        globalThis.parallaxExtraction.extractArticle(document, location.href);
        return performance.now() - t0;
      }));
    }
    if (unreachable > 0) process.stderr.write(`${unreachable} ${kind} pages skipped: their sites are https-only in Chromium\n`);
    const time = summarize(costs.map((c) => c.ms));
    const cpu = summarize(costs.map((c) => c.cpuMs));
    const longest = summarize(costs.map((c) => c.longestMs));
    const what = kind === 'article' ? 'Zyte article pages' : 'WCXB pages that are not articles';
    emit(`${name}_ms_p95`, time.p95, 'ms', time.n, `content scripts' main-thread time, ${what}`);
    emit(`${name}_ms_median`, time.median, 'ms', time.n, `content scripts' main-thread time, ${what}`);
    emit(`${name}_cpu_ms_p95`, cpu.p95, 'ms', cpu.n, `content scripts' main-thread CPU time, ${what}`);
    emit(`${name}_cpu_ms_median`, cpu.median, 'ms', cpu.n, `content scripts' main-thread CPU time, ${what}`);
    emit(`${name}_longest_task_ms_max`, longest.max, 'ms', longest.n, `longest extension task, ${what}`);
    emit(`${name}_long_tasks`, costs.filter((c) => c.longestMs > LONG_TASK_MS).length, 'pages', costs.length, `pages with an extension task over ${LONG_TASK_MS} ms`);
    if (liveExtraction.length > 0) {
      const live = summarize(liveExtraction);
      emit('extract_live_ms_median', live.median, 'ms', live.n, 'extraction per Zyte page, live DOM in Chromium');
      emit('extract_live_ms_p95', live.p95, 'ms', live.n, 'extraction per Zyte page, live DOM in Chromium');
    }
  }

  // Time to panel data with the 10k corpus live in the background's own database; first, while
  // the browser's IndexedDB is not still deleting the large benchmark databases below.
  await importInWorker(worker, heap, 'bench/pack-10k.jsonl', undefined, '', "pack import into the background's corpus (10k)");
  const toPanel = [];
  const kinds = {};
  const panelPages = quick ? demo.articlePages.slice(0, 10) : demo.articlePages;
  for (const page of panelPages) {
    const since = Date.now();
    const failure = await tab.goto(page.url, { waitUntil: 'domcontentloaded' }).then(() => null, (error) => String(error).split('\n')[0]);
    if (failure) {
      process.stderr.write(`time to panel: ${page.url} not loaded: ${failure}\n`);
      await replaceTab();
      continue;
    }
    const loaded = await tab.evaluate(() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventStart);
    const state = await recorder.settled(since);
    if (!state) {
      process.stderr.write(`time to panel: ${page.url} did not settle\n`);
      continue;
    }
    kinds[state.kind] = (kinds[state.kind] ?? 0) + 1;
    toPanel.push(state.t - loaded);
  }
  const panel = summarize(toPanel);
  process.stderr.write(`time to panel: states ${JSON.stringify(kinds)}\n`);
  emit('time_to_panel_ms_p95', panel.p95, 'ms', panel.n, 'DOMContentLoaded to comparison ready, 10k corpus');
  emit('time_to_panel_ms_median', panel.median, 'ms', panel.n, 'DOMContentLoaded to comparison ready, 10k corpus');
  // The same pages traced: the content scripts' cost where the page's story is stored and its
  // compared quotes and figures are painted (article.js loaded), unlike the Zyte pages above.
  const matchedCosts = [];
  for (const page of quick ? panelPages.slice(0, 5) : panelPages) {
    const cost = await contentCost(page.url).catch((error) => {
      process.stderr.write(`content cost of ${page.url} not measured: ${String(error).split('\n')[0]}\n`);
      return null;
    });
    if (cost) matchedCosts.push(cost);
  }
  const matched = summarize(matchedCosts.map((c) => c.ms));
  emit('content_matched_ms_p95', matched.p95, 'ms', matched.n, "content scripts' main-thread time, demo pages of stored stories");
  emit('content_matched_ms_median', matched.median, 'ms', matched.n, "content scripts' main-thread time, demo pages of stored stories");
  emit('content_matched_long_tasks', matchedCosts.filter((c) => c.longestMs > LONG_TASK_MS).length, 'pages', matchedCosts.length, `pages with an extension task over ${LONG_TASK_MS} ms`);
  const usage = await worker.evaluate(() => navigator.storage.estimate());
  emit('worker_storage_mib', usage.usage / 2 ** 20, 'MiB', 1, "extension's storage with the 10k corpus");

  // Recognition against each corpus size, each in its own database of the worker.
  const recognitionPages = JSON.parse(readFileSync(join(data, 'pages.json'), 'utf8'));
  const packSizes = JSON.parse(readFileSync(join(data, 'sizes.json'), 'utf8'));
  const p95At = {};
  for (const label of Object.keys(packSizes)) {
    const db = `parallax-bench-${label}`;
    const imported = await importInWorker(worker, heap, `bench/pack-${label}.jsonl`, db, `_${label}`, `import into the worker's IndexedDB, ${label} articles`);
    // Repeated runs, each with a fresh index (cold caches), pooled.
    const timings = [];
    for (let run = 0; run < RECOGNITION_RUNS; run++) {
      timings.push(...(await worker.evaluate(([list, name]) => globalThis.parallaxBench.recognizeEach(list, name, 20), [recognitionPages, db])));
    }
    const summary = summarize(timings);
    p95At[label] = summary.p95;
    emit(`recognize_ms_p95_${label}`, summary.p95, 'ms', summary.n, `recognition in the service worker among ${imported.articles} articles`);
    emit(`recognize_ms_median_${label}`, summary.median, 'ms', summary.n, `recognition in the service worker among ${imported.articles} articles`);
    await worker.evaluate((name) => globalThis.parallaxBench.deleteDb(name), db);
  }
  const largest = Object.keys(p95At).at(-1);
  emit(`recognize_p95_growth_1k_to_${largest}`, p95At[largest] / p95At['1k'], 'ratio', 2, `recognition p95 growth, 1k to ${largest}`);
} finally {
  await heap.close();
  await closeChromium();
  await server.close();
}
