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

/** Recognition time (ms) of each page against `dbName`, after `warmUp` untimed pages (caches of a fresh worker). */
async function recognizeEach(pages: PageArticle[], dbName: string, warmUp: number): Promise<number[]> {
  const db = new CorpusDb(dbName);
  try {
    const index = new DexieCorpusIndex(db);
    for (const page of pages.slice(0, warmUp)) await recognize(page, index);
    const timings: number[] = [];
    for (const page of pages) {
      const t0 = performance.now();
      await recognize(page, index);
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
