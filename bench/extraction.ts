// Extraction per page in Node: the Readability path (`extractArticle`) on linkedom documents of
// the Zyte benchmark's saved pages. bench/browser.mjs times the same on the live DOM in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { parsePage } from '../src/cli/extract';
import { extractArticle } from '../src/extract/extract';
import { emit, summarize } from './report';

const shared = process.env.PARALLAX_SHARED!;
const quick = process.argv.includes('--quick');
const zyte = join(shared, 'pages', 'zyte');
const truth = JSON.parse(readFileSync(join(zyte, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
const ids = Object.keys(truth).sort().filter((_, i) => !quick || i % 4 === 0);

const parse: number[] = [];
const extract: number[] = [];
for (const [round, id] of ids.entries()) {
  const html = gunzipSync(readFileSync(join(zyte, 'html', `${id}.html.gz`))).toString('utf8');
  const t0 = performance.now();
  const doc = parsePage(html);
  const t1 = performance.now();
  extractArticle(doc, truth[id].url);
  const t2 = performance.now();
  // The first pages carry the JIT's compilation: timed apart from the rest.
  if (round < 5) continue;
  parse.push(t1 - t0);
  extract.push(t2 - t1);
}
const p = summarize(parse);
const e = summarize(extract);
emit('extract_node_ms_median', e.median, 'ms', e.n, 'extraction per Zyte page, Node (linkedom)');
emit('extract_node_ms_p95', e.p95, 'ms', e.n, 'extraction per Zyte page, Node (linkedom)');
emit('parse_node_ms_median', p.median, 'ms', p.n, 'linkedom parse per Zyte page (not extraction)');
