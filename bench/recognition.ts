// Scale benchmark of the corpus store (not a test): imports a pack of N copies of the gva corpus
// (rare terms renamed per copy so they stay rare, common ones shared) into fake-indexeddb and
// times the CorpusIndex calls recognition makes for one page.
//
//   npx esbuild test/store/scale-bench.ts --bundle --platform=node --outfile=/tmp/NAME/bench.js
//   cd /work/main && node --expose-gc --max-old-space-size=8000 /tmp/NAME/bench.js 1 10 100     (copies: 1k, 10k, 100k articles)
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArticles } from '../src/core/articles';
import { recognize } from '../src/core/recognize';
import { emit, summarize } from './report';
import { buildPack, serializePack } from '../src/core/pack-build';
import type { PackContent, PackStory } from '../src/core/pack-format';
import { CorpusDb } from '../src/store/corpus-db';
import { DexieCorpusIndex } from '../src/store/dexie-corpus';
import { importPack } from '../src/store/import';

/** Days between one copy of the corpus and the next. */
const DAYS_BETWEEN_COPIES = 7;

/** Terms in at most this many articles of one copy are renamed per copy. */
const RARE = 5;

/** `copies` copies of the content without quotes and figures (they do not affect recognition). */
function scaled(content: PackContent, copies: number): PackContent {
  const rare = new Set(content.frequencies.filter(([, n]) => n <= RARE).map(([t]) => t));
  const rename = (term: string, copy: number): string => (copy > 0 && rare.has(term) ? `${term}~${copy}` : term);
  const frequencies = new Map<string, number>();
  const stories: PackStory[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const [term, n] of content.frequencies) {
      const name = rename(term, copy);
      frequencies.set(name, (frequencies.get(name) ?? 0) + n);
    }
    for (const s of content.stories) {
      const id = `${s.story.id}~${copy}`;
      stories.push({
        story: { ...s.story, id, quotes: 0, figures: 0, quoteGroups: 0, figureGroups: 0 },
        articles: s.articles.map((a) => ({
          ...a,
          id: `${a.id}~${copy}`,
          story: id,
          url: a.url && `${a.url}?copy=${copy}`,
          canonicalUrl: a.canonicalUrl && `${a.canonicalUrl}?copy=${copy}`,
          date: a.date && shiftDate(a.date, copy * DAYS_BETWEEN_COPIES),
          fingerprint: {
            ...a.fingerprint,
            day: a.fingerprint.day === null ? null : a.fingerprint.day + copy * DAYS_BETWEEN_COPIES,
            terms: a.fingerprint.terms.map((t) => rename(t, copy)),
          },
        })),
        quotes: [],
        figures: [],
      });
    }
  }
  stories.sort((a, b) => (a.story.id < b.story.id ? -1 : 1));
  const sorted = [...frequencies].sort(([a], [b]) => (a < b ? -1 : 1));
  return { built: content.built, frequencies: sorted, stories };
}

function shiftDate(date: string, days: number): string {
  const day = new Date(date.slice(0, 10) + 'T00:00:00Z');
  return new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

async function* chunks(text: string, size = 65536): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

// Set by bench/run.mjs: the shared folder beside the project.
const shared = process.env.PARALLAX_SHARED!;
const quick = process.argv.includes('--quick');

function load(name: string) {
  const path = join(shared, 'corpus', `${name}.jsonl`);
  return parseArticles(readFileSync(path, 'utf8'), path);
}

async function main(): Promise<void> {
  // Pack size per article, with quotes and figures, for the corpora with known stories.
  for (const name of ['gva', 'basil']) {
    const articles = load(name);
    const text = serializePack(buildPack(articles));
    emit(`pack_bytes_per_article_${name}`, Buffer.byteLength(text) / articles.length, 'B', articles.length, `pack size per article (${name}, uncompressed)`);
    const db = new CorpusDb(`bench-import-${name}`);
    const started = performance.now();
    await importPack(db, chunks(text), { id: name, name, source: 'added' });
    const seconds = (performance.now() - started) / 1000;
    emit(`import_articles_per_s_${name}`, articles.length / seconds, 'articles/s', articles.length, `import of the ${name} pack, quotes and figures included`);
    db.close();
    await db.delete();
  }

  const articles = load('gva');
  // The pages: every fifth article, left out of the base pack, so they are recognised by content.
  // The base pack (the rest, and the political corpus) holds about a thousand articles.
  const pages = articles.filter((_, i) => i % 5 === 0);
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
    emit(`import_articles_per_s_${label}`, size / importSeconds, 'articles/s', size, `import of ${size} articles (fingerprints only)`);
    const index = new DexieCorpusIndex(db);
    const timings: number[] = [];
    // The first pages after a worker start fill caches; they are timed apart.
    for (const page of pages.slice(0, 20)) await recognize({ ...page, url: undefined }, index);
    for (const page of pages) {
      const t0 = performance.now();
      await recognize({ ...page, url: undefined }, index);
      timings.push(performance.now() - t0);
    }
    const summary = summarize(timings);
    p95At.set(copies, summary.p95);
    emit(`recognize_ms_p95_${label}`, summary.p95, 'ms', summary.n, `recognition of one page among ${size} articles`);
    emit(`recognize_ms_median_${label}`, summary.median, 'ms', summary.n, `recognition of one page among ${size} articles`);
    db.close();
    await db.delete();
  }
  const largest = Math.max(...p95At.keys());
  emit(`recognize_p95_growth_1_to_${largest}x`, p95At.get(largest)! / p95At.get(1)!, 'ratio', 2, `recognition p95 growth, corpus ${largest}x larger`);
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
