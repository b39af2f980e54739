// Extraction per page in Node: the Readability path (`extractArticle`) on linkedom documents of
// the Zyte benchmark's saved pages. bench/browser.mjs times the same on the live DOM in Chromium.
import { performance } from 'node:perf_hooks';
import { parsePage } from '../src/cli/extract';
import { extractArticle } from '../src/extract/extract';
import { emit, summarize } from './report';
import { zytePages } from './zyte';

const shared = process.env.PARALLAX_SHARED!;
const quick = process.argv.includes('--quick');
const zyte = zytePages(shared);
const ids = zyte.ids.filter((_, i) => !quick || i % 4 === 0);

const parse: number[] = [];
const extract: number[] = [];
for (const [round, id] of ids.entries()) {
  const html = zyte.htmlOf(id);
  const t0 = performance.now();
  const doc = parsePage(html);
  const t1 = performance.now();
  extractArticle(doc, zyte.urlOf(id));
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
