#!/usr/bin/env node
// Evaluates article detection and extraction on the real pages of ../shared/pages:
//   wcxb-dev: share of article pages detected as articles, share of other page types rejected;
//   zyte:     precision, recall and F1 of the extracted body text (the benchmark's published metric).
// Prints a table, then one JSON line per figure: {name, value, unit, n}.
//
// usage: node scripts/eval-extract.mjs [--pages DIR] [--bundle MODULE.mjs] [--verbose] [--cross-validate]
// --cross-validate also refits the detection weights (logistic regression over detectionFeatures)
// on one half of the WCXB pages and scores the other half, for several stratified splits: the
// figure to expect on pages the weights never saw.
// Without --bundle the TypeScript sources are bundled with esbuild into a folder under os.tmpdir()
// (never into dist/). --bundle takes a module exporting extractArticle, pageSignals, scoreSignals
// and parsePage, built from the same entry as below.
import { mkdtempSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = `
export { extractArticle } from './src/extract/extract';
export { pageSignals, scoreSignals, detectionFeatures, DETECTION_WEIGHTS, DETECTION_BASE } from './src/extract/detect';
export { parsePage } from './src/cli/extract';
`;

function parseArgs(argv) {
  const options = { pages: join(ROOT, '..', 'shared', 'pages'), bundle: '', verbose: false, crossValidate: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--pages') options.pages = argv[++i];
    else if (argv[i] === '--bundle') options.bundle = argv[++i];
    else if (argv[i] === '--verbose') options.verbose = true;
    else if (argv[i] === '--cross-validate') options.crossValidate = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return options;
}

async function loadModule(bundle) {
  if (bundle) return import(pathToFileURL(resolve(bundle)).href);
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-extract-'));
  const outfile = join(dir, 'extract.mjs');
  try {
    await build({
      stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const readPage = (path) => new TextDecoder('utf-8').decode(gunzipSync(readFileSync(path)));

// --- The Zyte benchmark metric (article-extraction-benchmark, evaluate.py), as its README states:
// tokens are runs of Unicode letters, digits and "_" (case kept); each text is a multiset of word
// 4-grams; per page tp = Σ min(true, predicted), fp and fn the surpluses, each divided by
// tp+fp+fn; per-page precision tp/(tp+fp) and recall tp/(tp+fn), 1.0 when fp = fn = 0;
// P and R are means over pages and F1 = 2PR/(P+R).
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text, n = 4) {
  const tokens = (text ?? '').match(TOKEN) ?? [];
  const counts = new Map();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function pageMatch(truth, predicted) {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const precision = fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall };
}

export function meanScores(pairs) {
  const P = pairs.reduce((s, x) => s + x.precision, 0) / pairs.length;
  const R = pairs.reduce((s, x) => s + x.recall, 0) / pairs.length;
  return { P, R, F1: P + R > 0 ? (2 * P * R) / (P + R) : 0 };
}

// --- Cross-validation of the detection weights.
const SPLITS = ['a', 'b', 'c', 'd', 'e'];

function hash(text) {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Two halves of the pages, each page type split evenly, shuffled by a seeded hash of the id. */
function split(pages, seed) {
  const halves = [[], []];
  const byType = new Map();
  for (const page of pages) byType.set(page.type, [...(byType.get(page.type) ?? []), page]);
  for (const list of byType.values()) {
    list.sort((a, b) => hash(a.id + seed) - hash(b.id + seed)).forEach((page, k) => halves[k % 2].push(page));
  }
  return halves;
}

/** Logistic regression with balanced classes and light L2, by gradient descent; returns {bias, weights}. */
function fitWeights(pages, names, l2 = 0.001, iterations = 4000, rate = 1) {
  const weights = Object.fromEntries(names.map((n) => [n, 0]));
  let bias = 0;
  const positives = pages.filter((p) => p.type === 'article').length;
  const negatives = pages.length - positives;
  for (let it = 0; it < iterations; it++) {
    const gradient = Object.fromEntries(names.map((n) => [n, 0]));
    let gradientBias = 0;
    for (const page of pages) {
      const z = bias + names.reduce((sum, n) => sum + weights[n] * page.features[n], 0);
      const wanted = page.type === 'article' ? 1 : 0;
      const error = (1 / (1 + Math.exp(-z)) - wanted) * (wanted ? 0.5 / positives : 0.5 / negatives);
      for (const n of names) gradient[n] += error * page.features[n];
      gradientBias += error;
    }
    for (const n of names) weights[n] -= rate * (gradient[n] + l2 * weights[n]);
    bias -= rate * gradientBias;
  }
  return { bias, weights };
}

/**
 * Refits the weights on one half and scores the other (both ways, SPLITS times). Hand-set weights
 * (the home-page veto, which the fit leaves at 0) are kept; the threshold shift of the shipped
 * base over the fitted intercept is applied to each refit intercept.
 */
function crossValidate(pages, shippedBase, shippedWeights) {
  const names = Object.keys(shippedWeights).filter((n) => n !== 'homePage');
  const allFit = fitWeights(pages, names);
  const shift = shippedBase - Math.round(allFit.bias * 4) / 4;
  let articles = 0, articlesRight = 0, others = 0, othersRight = 0, forums = 0, forumsRight = 0;
  for (const seed of SPLITS) {
    const [a, b] = split(pages, seed);
    for (const [train, test] of [[a, b], [b, a]]) {
      const { bias, weights } = fitWeights(train, names);
      for (const page of test) {
        const score = bias + shift + names.reduce((sum, n) => sum + weights[n] * page.features[n], 0) + (shippedWeights.homePage ?? 0) * (page.features.homePage ?? 0);
        const isArticle = score >= 0;
        if (page.type === 'article') { articles++; if (isArticle) articlesRight++; }
        else { others++; if (!isArticle) othersRight++; }
        if (page.type === 'forum') { forums++; if (!isArticle) forumsRight++; }
      }
    }
  }
  return [
    { name: 'held-out wcxb articles detected', value: articlesRight / articles, unit: 'share', n: articles },
    { name: 'held-out wcxb non-articles rejected', value: othersRight / others, unit: 'share', n: others },
    { name: 'held-out wcxb forum rejected', value: forumsRight / forums, unit: 'share', n: forums },
  ];
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const lib = await loadModule(options.bundle);
  const figures = [];
  const times = [];

  // (1) Detection on WCXB pages of seven types.
  const wcxb = join(options.pages, 'wcxb-dev');
  const metadata = JSON.parse(readFileSync(join(wcxb, 'metadata.json'), 'utf8'));
  const byType = new Map();
  const detectTimes = [];
  const labelled = [];
  for (const [id, meta] of Object.entries(metadata)) {
    const truth = JSON.parse(readFileSync(join(wcxb, 'ground-truth', `${id}.json`), 'utf8'));
    const doc = lib.parsePage(readPage(join(wcxb, 'html', `${id}.html.gz`)));
    const started = performance.now();
    const signals = lib.pageSignals(doc, truth.url);
    const detection = lib.scoreSignals(signals);
    detectTimes.push(performance.now() - started);
    labelled.push({ id, type: meta.page_type, features: lib.detectionFeatures(signals) });
    const wanted = meta.page_type === 'article';
    const right = detection.isArticle === wanted;
    const entry = byType.get(meta.page_type) ?? { n: 0, right: 0 };
    entry.n++;
    if (right) entry.right++;
    byType.set(meta.page_type, entry);
    if (options.verbose && !right) console.error(`wcxb ${id} ${meta.page_type} score ${detection.score}: ${detection.reasons.join(', ')} ${truth.url}`);
  }
  const articles = byType.get('article');
  figures.push({ name: 'wcxb articles detected', value: articles.right / articles.n, unit: 'share', n: articles.n });
  let otherRight = 0;
  let otherN = 0;
  for (const [type, entry] of [...byType].sort()) {
    if (type === 'article') continue;
    otherRight += entry.right;
    otherN += entry.n;
    figures.push({ name: `wcxb ${type} rejected`, value: entry.right / entry.n, unit: 'share', n: entry.n });
  }
  figures.push({ name: 'wcxb non-articles rejected', value: otherRight / otherN, unit: 'share', n: otherN });
  if (options.crossValidate) figures.push(...crossValidate(labelled, lib.DETECTION_BASE, lib.DETECTION_WEIGHTS));
  const sortedDetect = [...detectTimes].sort((a, b) => a - b);
  figures.push({ name: 'detect time median (linkedom)', value: quantile(sortedDetect, 0.5), unit: 'ms', n: sortedDetect.length });
  figures.push({ name: 'detect time p95 (linkedom)', value: quantile(sortedDetect, 0.95), unit: 'ms', n: sortedDetect.length });

  // (2) Extraction on the Zyte benchmark.
  const zyte = join(options.pages, 'zyte');
  const truth = JSON.parse(readFileSync(join(zyte, 'ground-truth.json'), 'utf8'));
  const ids = readdirSync(join(zyte, 'html')).map((f) => f.replace(/\.html\.gz$/, '')).filter((id) => id in truth).sort();
  const pipeline = [];
  const forced = [];
  let detected = 0;
  for (const id of ids) {
    const html = readPage(join(zyte, 'html', `${id}.html.gz`));
    const doc = lib.parsePage(html);
    const started = performance.now();
    const result = lib.extractArticle(doc, truth[id].url);
    times.push(performance.now() - started);
    if (result.isArticle) detected++;
    pipeline.push(pageMatch(truth[id].articleBody, result.text));
    const text = result.isArticle ? result.text : lib.extractArticle(lib.parsePage(html), truth[id].url, { force: true }).text;
    const match = pageMatch(truth[id].articleBody, text);
    forced.push(match);
    if (options.verbose && (match.precision < 0.7 || match.recall < 0.7)) {
      console.error(`zyte ${id} P ${match.precision.toFixed(2)} R ${match.recall.toFixed(2)} ${truth[id].url}`);
    }
  }
  // The published Readability.js output scored by this implementation: checks the metric (0.947).
  const baseline = JSON.parse(readFileSync(join(zyte, 'baseline', 'readability_js.json'), 'utf8')).output;
  const baselineScores = meanScores(ids.map((id) => pageMatch(truth[id].articleBody, baseline[id]?.articleBody ?? '')));
  const scores = meanScores(pipeline);
  const extractionOnly = meanScores(forced);
  figures.push({ name: 'zyte articles detected', value: detected / ids.length, unit: 'share', n: ids.length });
  figures.push({ name: 'zyte precision', value: scores.P, unit: 'mean', n: ids.length });
  figures.push({ name: 'zyte recall', value: scores.R, unit: 'mean', n: ids.length });
  figures.push({ name: 'zyte F1', value: scores.F1, unit: 'F1', n: ids.length });
  figures.push({ name: 'zyte F1 without detection gate', value: extractionOnly.F1, unit: 'F1', n: ids.length });
  figures.push({ name: 'zyte F1 of published Readability.js output', value: baselineScores.F1, unit: 'F1', n: ids.length });
  const sorted = [...times].sort((a, b) => a - b);
  figures.push({ name: 'extract time median', value: quantile(sorted, 0.5), unit: 'ms', n: sorted.length });
  figures.push({ name: 'extract time p95', value: quantile(sorted, 0.95), unit: 'ms', n: sorted.length });

  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) console.log(`${f.name.padEnd(width)}  ${f.value.toFixed(3).padStart(8)} ${f.unit.padEnd(5)} n=${f.n}`);
  for (const f of figures) console.log(JSON.stringify({ ...f, value: Number(f.value.toFixed(4)) }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
