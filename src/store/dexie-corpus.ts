// The corpus as recognition reads it (CorpusIndex), over the live generations of the corpus
// database. Each call is one read transaction that first reads the live packs, so it sees one
// consistent state: a replacement committed meanwhile shows all old rows or all new, never a mix.
import type { CorpusArticle, CorpusFrequencies, CorpusIndex, StoryPosting } from '../core/corpus-index';
import { canonicalUrl, type ArticleRecord, type FigureRecord, type QuoteRecord, type StoryRecord } from '../core/pack-format';
import { CorpusDb, parseStoryKey, prefixEnd, storyKeyOf, type ArticleRow, type PackEntry, type PostingRow } from './corpus-db';

/** Terms whose frequencies are kept in memory at most (a few MB). */
const FREQUENCY_CACHE_SIZE = 200_000;

/** Everything stored for one story, as the pack gave it: for the panel. */
export interface StoryContent {
  storyKey: string;
  /** Id of the pack the story is from. */
  pack: string;
  story: StoryRecord;
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  figures: FigureRecord[];
}

/**
 * CorpusIndex over the live packs of a corpus database. The hot calls go to IndexedDB directly
 * (one request per term or story in one read transaction): Dexie's per-query overhead made them
 * several times slower.
 */
export class DexieCorpusIndex implements CorpusIndex {
  /** Summed frequencies (0: not listed) of terms asked for, valid for `cachedGenerations`. */
  private readonly cachedFrequencies = new Map<string, number>();
  private cachedGenerations = '';

  constructor(readonly db: CorpusDb) {}

  /**
   * Document frequencies summed over the live packs; `documents` is their number of articles.
   * Frequencies of one set of live generations never change, so terms already asked for are
   * answered from memory (pages share most of their common words) until the packs change.
   */
  async termFrequencies(terms: readonly string[]): Promise<CorpusFrequencies> {
    const wanted = [...new Set(terms)];
    return this.read(['packs', 'frequencies'], async (tx) => {
      const packs = await livePacks(tx);
      const documents = packs.reduce((sum, p) => sum + p.counts.articles, 0);
      const generations = packs.map((p) => p.generation).sort((a, b) => a - b).join(',');
      if (generations !== this.cachedGenerations || this.cachedFrequencies.size > FREQUENCY_CACHE_SIZE) {
        this.cachedFrequencies.clear();
        this.cachedGenerations = generations;
      }
      const cache = this.cachedFrequencies;
      const missing = wanted.filter((term) => !cache.has(term));
      const store = tx.objectStore('frequencies');
      const found = await Promise.all(packs.flatMap((p) => missing.map((term) => request<number | undefined>(store.get([p.generation, term])))));
      missing.forEach((term) => cache.set(term, 0));
      found.forEach((articles, i) => {
        const term = missing[i % missing.length];
        if (articles !== undefined) cache.set(term, cache.get(term)! + articles);
      });
      const frequencies = new Map<string, number>();
      for (const term of wanted) {
        const articles = cache.get(term)!;
        if (articles > 0) frequencies.set(term, articles);
      }
      return { documents, frequencies };
    });
  }

  /** Live articles whose address, made canonical, is one of `urls` (given raw or canonical). */
  async articlesWithUrl(urls: readonly string[]): Promise<CorpusArticle[]> {
    // A canonical address is its own canonical form, so raw and canonical ones both work.
    const wanted = [...new Set(urls.map(canonicalUrl))].filter((url) => url !== '');
    if (wanted.length === 0) return [];
    return this.read(['packs', 'articles'], async (tx) => {
      const live = liveGenerations(await livePacks(tx));
      const index = tx.objectStore('articles').index('recognitionUrl');
      const found = await Promise.all(wanted.map((url) => request<ArticleRow[]>(index.getAll(url))));
      return found.flat().filter((row) => live.has(row.gen)).map((row) => corpusArticle(row, live));
    });
  }

  /** Story-index postings of the live packs for `terms`. */
  async storiesWithTerms(terms: readonly string[]): Promise<StoryPosting[]> {
    const wanted = [...new Set(terms)];
    return this.read(['packs', 'postings'], async (tx) => {
      const packs = await livePacks(tx);
      const store = tx.objectStore('postings');
      const postings: StoryPosting[] = [];
      await Promise.all(
        packs.flatMap(({ generation }) =>
          wanted.map(async (term) => {
            for (const row of await request<PostingRow[]>(store.getAll(this.prefixRange([generation, term])))) {
              row.stories.forEach((story, i) => postings.push({ term, storyKey: storyKeyOf(generation, story), weight: row.weights[i] }));
            }
          }),
        ),
      );
      return postings;
    });
  }

  /** The live articles of these stories (keys of stories no longer live give nothing). */
  async articlesOfStories(storyKeys: readonly string[]): Promise<CorpusArticle[]> {
    const stories = [...new Set(storyKeys)].map(parseStoryKey).filter((s) => s !== null);
    if (stories.length === 0) return [];
    return this.read(['packs', 'articles'], async (tx) => {
      const live = liveGenerations(await livePacks(tx));
      const store = tx.objectStore('articles');
      const kept = stories.filter((s) => live.has(s.generation));
      const found = await Promise.all(kept.map((s) => request<ArticleRow[]>(store.getAll(this.prefixRange([s.generation, s.story])))));
      return found.flat().map((row) => corpusArticle(row, live));
    });
  }

  /** Keys that extend `prefix`. */
  private prefixRange(prefix: unknown[]): IDBKeyRange {
    return this.db.keyRange.bound(prefix, prefixEnd(prefix));
  }

  /** Runs `body` in one read-only IndexedDB transaction over `stores`. */
  private async read<T>(stores: string[], body: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    if (!this.db.isOpen()) await this.db.open();
    const tx = this.db.backendDB().transaction(stores, 'readonly');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('the corpus read was aborted'));
    });
    const [result] = await Promise.all([body(tx), done]);
    return result;
  }

  /** The story's records for the panel; null when the key names no live story. */
  async storyContent(storyKey: string): Promise<StoryContent | null> {
    const { db } = this;
    const parsed = parseStoryKey(storyKey);
    if (parsed === null) return null;
    const { generation: gen, story: id } = parsed;
    return db.transaction('r', [db.packs, db.stories, db.articles, db.quotes, db.figures], async () => {
      const live = liveGenerations(await db.packs.toArray());
      const pack = live.get(gen);
      if (pack === undefined) return null;
      const story = await db.stories.get([gen, id]);
      if (!story) return null;
      const range = [[gen, id], prefixEnd([gen, id])] as const;
      const [articles, quotes, figures] = await Promise.all([
        db.articles.where(':id').between(...range).toArray(),
        db.quotes.where(':id').between(...range).toArray(),
        db.figures.where(':id').between(...range).toArray(),
      ]);
      const { gen: _g, ...storyFields } = story;
      return {
        storyKey,
        pack,
        story: { type: 'story', ...storyFields },
        articles: articles.map(({ gen: _gen, seq: _seq, recognitionUrl: _url, ...a }) => ({ type: 'article', ...a })),
        quotes: quotes.map(({ gen: _gen, seq: _seq, story: _story, ...q }) => ({ type: 'quote', ...q })),
        figures: figures.map(({ gen: _gen, seq: _seq, story: _story, ...f }) => ({ type: 'figure', ...f })),
      };
    });
  }
}

/** The live packs, read in the transaction (so its other reads see the same generations). */
function livePacks(tx: IDBTransaction): Promise<PackEntry[]> {
  return request<PackEntry[]>(tx.objectStore('packs').getAll());
}

/** The result of a request, as a promise (settled while the transaction is still active). */
function request<T>(req: IDBRequest): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });
}

/** Live generation → pack id. */
function liveGenerations(packs: readonly PackEntry[]): Map<number, string> {
  return new Map(packs.map((p) => [p.generation, p.id]));
}

function corpusArticle(row: ArticleRow, live: Map<number, string>): CorpusArticle {
  return {
    id: row.id,
    pack: live.get(row.gen)!,
    story: row.story,
    storyKey: storyKeyOf(row.gen, row.story),
    url: row.url,
    fingerprint: row.fingerprint,
  };
}
