// Scale benchmark of the corpus store (not a test): imports a pack of N copies of the gva corpus
// (rare terms renamed per copy so they stay rare, common ones shared) into fake-indexeddb and
// times the CorpusIndex calls recognition makes for one page.
//
//   npx esbuild test/store/scale-bench.ts --bundle --platform=node --outfile=/tmp/NAME/bench.js
//   cd /work/main && node --expose-gc --max-old-space-size=8000 /tmp/NAME/bench.js 1 10 100     (copies: 1k, 10k, 100k articles)
import 'fake-indexeddb/auto';
import { articleTerms, prepareArticle } from '../../src/core/fingerprint';
import { buildPack, serializePack } from '../../src/core/pack-build';
import type { PackContent, PackStory } from '../../src/core/pack-format';
import { CorpusDb } from '../../src/store/corpus-db';
import { DexieCorpusIndex } from '../../src/store/dexie-corpus';
import { importPack } from '../../src/store/import';
import { readFileSync } from 'node:fs';
import { parseArticles } from '../../src/core/articles';

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
          fingerprint: { ...a.fingerprint, terms: a.fingerprint.terms.map((t) => rename(t, copy)) },
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

async function* chunks(text: string, size = 65536): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function main(): Promise<void> {
  const path = '../shared/corpus/gva.jsonl'; // run from the project folder
  const articles = parseArticles(readFileSync(path, 'utf8'), path);
  const base = buildPack(articles);
  for (const copies of process.argv.slice(2).map(Number)) {
    let text = serializePack(scaled(base, copies));
    const megabytes = text.length / 1e6;
    const db = new CorpusDb(`bench-${copies}`);
    let started = performance.now();
    const { pack } = await importPack(db, chunks(text), { id: 'bench', name: 'bench', source: 'added' });
    const importMs = performance.now() - started;
    text = '';
    // Timings are of the store, not of collecting the import's garbage (run with --expose-gc).
    (globalThis as { gc?: () => void }).gc?.();
    const index = new DexieCorpusIndex(db);
    const timings = { frequencies: [] as number[], stories: [] as number[], articles: [] as number[], total: [] as number[] };
    let termCount = 0;
    let postingCount = 0;
    // Pages: the original articles (as copy 0 stores them), without their address.
    const pages = articles.filter((_, i) => i % 5 === 0).slice(0, 120);
    for (const [n, page] of [...pages.slice(0, 20), ...pages].entries()) {
      const warmUp = n < 20;
      const terms = [...articleTerms(prepareArticle({ title: page.title ?? undefined, text: page.text })).keys()];
      if (!warmUp) termCount += terms.length;
      started = performance.now();
      await index.articlesWithUrl([`example.com/${page.id}`]);
      const frequencies = await index.termFrequencies(terms);
      const t1 = performance.now();
      // Recognition asks the story index for ~40 of the page's rarer terms.
      const cap = Math.max(30, frequencies.documents * 0.02);
      const rarer = terms.filter((t) => (frequencies.frequencies.get(t) ?? Infinity) <= cap).slice(0, 40);
      const postings = await index.storiesWithTerms(rarer);
      if (!warmUp) postingCount += postings.length;
      const t2 = performance.now();
      const keys = [...new Set(postings.map((p) => p.storyKey))].slice(0, 8);
      await index.articlesOfStories(keys);
      const t3 = performance.now();
      if (warmUp) continue;
      timings.frequencies.push(t1 - started);
      timings.stories.push(t2 - t1);
      timings.articles.push(t3 - t2);
      timings.total.push(t3 - started);
    }
    const line = (name: keyof typeof timings): string =>
      `${name} p50 ${percentile(timings[name], 0.5).toFixed(1)} p95 ${percentile(timings[name], 0.95).toFixed(1)} ms`;
    console.log(
      `${pack.counts.articles} articles (${megabytes.toFixed(0)} MB): import ${(importMs / 1000).toFixed(1)} s = ${Math.round((pack.counts.articles / importMs) * 1000)} articles/s; ` +
        `${Math.round(termCount / pages.length)} terms/page, ${Math.round(postingCount / pages.length)} postings/page`,
    );
    console.log(`  ${line('frequencies')}; ${line('stories')}; ${line('articles')}; ${line('total')}`);
    db.close();
    await db.delete();
  }
}

void main();
