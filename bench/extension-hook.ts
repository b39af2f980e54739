// The background of the benchmark build (`node build.mjs --bench`, never the normal build): the
// real background, plus `parallaxBench` on the service worker's global, which bench/browser.mjs
// calls with worker.evaluate to import scaled packs and time recognition in the worker's own
// IndexedDB.
import '../src/background/index';
import browser from 'webextension-polyfill';
import { recognize, type PageArticle } from '../src/core/recognize';
import { CorpusDb } from '../src/store/corpus-db';
import { DexieCorpusIndex } from '../src/store/dexie-corpus';
import { importPack } from '../src/store/import';
import { textChunks } from '../src/store/text-stream';

/** A pack file of the build (`bench/…`) imported into `dbName` (undefined: the background's corpus). */
async function importFile(path: string, dbName?: string): Promise<{ seconds: number; articles: number }> {
  const db = new CorpusDb(dbName);
  try {
    const response = await fetch(browser.runtime.getURL(path));
    if (!response.ok || response.body === null) throw new Error(`${path}: HTTP ${response.status}`);
    const started = performance.now();
    const { pack } = await importPack(db, textChunks(response.body), { id: `bench:${path}`, name: path, source: 'added' });
    return { seconds: (performance.now() - started) / 1000, articles: pack.counts.articles };
  } finally {
    db.close();
  }
}

/**
 * Recognition time (ms) of each page against `dbName` but the first `warmUp`, which are
 * recognised untimed first: a fresh index's caches, as in a worker that has seen a few pages.
 */
async function recognizeEach(pages: PageArticle[], dbName: string, warmUp: number): Promise<number[]> {
  const db = new CorpusDb(dbName);
  try {
    const index = new DexieCorpusIndex(db);
    // One transaction per recognition, as the background's (page-analysis.ts).
    const recognizeIn = (page: PageArticle) => index.reading((view) => recognize(page, view));
    for (const page of pages.slice(0, warmUp)) await recognizeIn(page);
    const timings: number[] = [];
    for (const page of pages.slice(warmUp)) {
      const t0 = performance.now();
      await recognizeIn(page);
      timings.push(performance.now() - t0);
    }
    return timings;
  } finally {
    db.close();
  }
}

async function deleteDb(dbName: string): Promise<void> {
  await new CorpusDb(dbName).delete();
}

(globalThis as { parallaxBench?: unknown }).parallaxBench = { importFile, recognizeEach, deleteDb };
