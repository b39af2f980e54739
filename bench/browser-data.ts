// Writes what bench/browser.mjs loads into Chromium, into the folder PARALLAX_BENCH_DATA (a
// temporary folder inside the benchmark build, never committed): the scaled corpus packs
// (pack-1k.jsonl …, the first copy with quotes and figures), the held-out pages recognition is
// timed on (pages.json) and the articles the demo site serves for time to panel (site.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPack, serializePack } from '../src/core/pack-build';
import { loadCorpus, scaled } from './scaled-pack';

const shared = process.env.PARALLAX_SHARED!;
const out = process.env.PARALLAX_BENCH_DATA!;
const quick = process.argv.includes('--quick');
mkdirSync(out, { recursive: true });

const articles = loadCorpus(shared, 'gva');
// Every fifth article is left out of the packs, so it is recognised by content, not by address.
const heldOut = articles.filter((_, i) => i % 5 === 0);
const base = buildPack([...articles.filter((_, i) => i % 5 !== 0), ...loadCorpus(shared, 'basil')]);
const sizes: Record<string, number> = {};
for (const copies of quick ? [1, 10] : [1, 10, 100]) {
  const content = scaled(base, copies, true);
  const text = serializePack(content);
  writeFileSync(join(out, `pack-${copies}k.jsonl`), text);
  sizes[`${copies}k`] = content.stories.reduce((n, s) => n + s.articles.length, 0);
}
writeFileSync(join(out, 'sizes.json'), JSON.stringify(sizes));
writeFileSync(join(out, 'pages.json'), JSON.stringify(heldOut.map(({ text, title, date, outlet }) => ({ text, title, date, outlet }))));
// Pages for time to panel: held-out articles (recognised by content) and packed ones (by address).
const served = [...heldOut.slice(0, quick ? 8 : 30), ...articles.filter((_, i) => i % 5 === 1).slice(0, quick ? 8 : 30)];
writeFileSync(join(out, 'site.json'), JSON.stringify(served.filter((a) => a.url).map((article) => ({ article }))));
process.stderr.write(`benchmark data in ${out}: ${JSON.stringify(sizes)} articles per pack\n`);
