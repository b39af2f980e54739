// Recognition against the corpus store in Node (fake-indexeddb): imports packs of 1, 10 and 100
// copies of the base corpus (scaled-pack.ts) and times recognition of held-out pages; pack bytes
// per article and import throughput. bench/browser.mjs measures the same in Chromium.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { recognize, type PageArticle } from '../src/core/recognize';
import { emit, summarize } from './report';
import { buildPack, serializePack } from '../src/core/pack-build';
import { CorpusDb } from '../src/store/corpus-db';
import { DexieCorpusIndex } from '../src/store/dexie-corpus';
import { importPack } from '../src/store/import';
import { loadCorpus, scaled } from './scaled-pack';

async function* chunks(text: string, size = 65536): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

// Set by bench/run.mjs: the shared folder beside the project.
const shared = process.env.PARALLAX_SHARED!;
const quick = process.argv.includes('--quick');

const load = (name: string) => loadCorpus(shared, name);

async function main(): Promise<void> {
  // Pack size per article, with quotes and figures, for the corpora with known stories.
  for (const name of ['gva', 'basil']) {
    const articles = load(name);
    const text = serializePack(buildPack(articles));
    emit(`pack_bytes_per_article_${name}`, Buffer.byteLength(text) / articles.length, 'B', articles.length, `pack size per article (${name}, uncompressed)`);
    if (quick) continue;
    const db = new CorpusDb(`bench-import-${name}`);
    const started = performance.now();
    await importPack(db, chunks(text), { id: name, name, source: 'added' });
    const seconds = (performance.now() - started) / 1000;
    emit(`node_import_articles_per_s_${name}`, articles.length / seconds, 'articles/s', articles.length, `import of the ${name} pack, quotes and figures included`);
    db.close();
    await db.delete();
  }

  const articles = load('gva');
  // The pages: every fifth article, left out of the base pack, so they are recognised by content.
  // The base pack (the rest, and the political corpus) holds about a thousand articles.
  const pages = articles.filter((_, i) => i % (quick ? 15 : 5) === 0);
  const base = buildPack([...articles.filter((_, i) => i % 5 !== 0), ...load('basil')]);
  const p95At = new Map<number, number>();
  for (const copies of quick ? [1, 10] : [1, 10, 100]) {
    let text = serializePack(scaled(base, copies));
    const db = new CorpusDb(`bench-${copies}`);
    const started = performance.now();
    const { pack } = await importPack(db, chunks(text), { id: 'bench', name: 'bench', source: 'added' });
    const importSeconds = (performance.now() - started) / 1000;
    text = '';
    // Timings are of recognition, not of collecting the import's garbage (bench/run.mjs passes --expose-gc).
    (globalThis as { gc?: () => void }).gc?.();
    const size = pack.counts.articles;
    const label = `${copies}k`;
    emit(`node_import_articles_per_s_${label}`, size / importSeconds, 'articles/s', size, `import of ${size} articles (fingerprints only)`);
    const index = new DexieCorpusIndex(db);
    const timings: number[] = [];
    // The first pages after a worker start fill caches: recognised untimed first. Each recognition
    // reads in one transaction, as the background's (page-analysis.ts).
    const recognizeIn = (page: PageArticle) => index.reading((view) => recognize({ ...page, url: undefined }, view));
    for (const page of pages.slice(0, 20)) await recognizeIn(page);
    for (const page of pages.slice(20)) {
      const t0 = performance.now();
      await recognizeIn(page);
      timings.push(performance.now() - t0);
    }
    const summary = summarize(timings);
    p95At.set(copies, summary.p95);
    emit(`node_recognize_ms_p95_${label}`, summary.p95, 'ms', summary.n, `recognition of one page among ${size} articles`);
    emit(`node_recognize_ms_median_${label}`, summary.median, 'ms', summary.n, `recognition of one page among ${size} articles`);
    db.close();
    await db.delete();
  }
  const largest = Math.max(...p95At.keys());
  emit(`node_recognize_p95_growth_1_to_${largest}x`, p95At.get(largest)! / p95At.get(1)!, 'ratio', 2, `recognition p95 growth, corpus ${largest}x larger`);
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
