// The corpus as recognition reads it (CorpusIndex), over the live generations of the corpus
// database. Each call is one read transaction that first reads the live packs, so it sees one
// consistent state: a replacement committed meanwhile shows all old rows or all new, never a mix.
// A view (`reading`) puts all its calls in one such transaction: a whole recognition sees one state.
import type { CorpusArticle, CorpusFrequencies, CorpusIndex, StoryPosting } from '../core/corpus-index';
import { canonicalUrl, type ArticleRecord, type FigureRecord, type QuoteRecord, type StoryRecord } from '../core/pack-format';
import {
  CorpusDb,
  parseStoryKey,
  postingBucket,
  postingStoryKey,
  prefixEnd,
  storyKeyOf,
  findTermLine,
  type FrequencyKey,
  type FrequencyLine,
  type PackEntry,
  type PostingLine,
  type StoredArticle,
  type StoryRow,
} from './corpus-db';
import { pushTo } from '../core/collections';

/** Terms whose frequencies are kept in memory at most (a few MB). */
const FREQUENCY_CACHE_SIZE = 200_000;

/** Postings kept in memory at most (a few MB). */
const POSTING_CACHE_SIZE = 200_000;

/** A term's postings in one generation: story ordinals and their weights. */
type PostingLists = [ordinals: number[], weights: number[]];

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
 * (one request per story, bucket or frequency row in one read transaction): Dexie's per-query
 * overhead made them several times slower.
 */
export class DexieCorpusIndex implements CorpusIndex {
  /**
   * @param scope the transaction and live packs every read shares (a view made by `reading`);
   *   null: each call reads in a transaction of its own.
   * @param caches what the index remembers between calls; a view shares its index's.
   */
  constructor(
    readonly db: CorpusDb,
    private readonly scope: ReadScope | null = null,
    private readonly caches = new IndexCaches(),
  ) {}

  /**
   * Runs `body` with a view of this index whose reads all share one read-only transaction: one
   * state of the corpus for a whole recognition, and one transaction's cost instead of one per
   * call. `body` must await nothing but the view's reads: a transaction ends once a task passes
   * without a request on it.
   */
  async reading<T>(body: (view: DexieCorpusIndex) => Promise<T>): Promise<T> {
    if (this.scope) return body(this);
    const tx = await this.transaction(['packs', 'frequencies', 'postings', 'stories']);
    return body(new DexieCorpusIndex(this.db, { tx, packs: livePacks(tx) }, this.caches));
  }

  /**
   * Document frequencies summed over the live packs; `documents` is their number of articles.
   * Frequencies of one set of live generations never change, so terms already asked for are
   * answered from memory (pages share most of their common words) until the packs change. The
   * others are looked up in the frequency rows that can hold them, each row read once.
   */
  async termFrequencies(terms: readonly string[]): Promise<CorpusFrequencies> {
    const wanted = [...new Set(terms)];
    return this.read(['frequencies'], async (tx, packs) => {
      const documents = packs.reduce((sum, p) => sum + p.counts.articles, 0);
      const generations = packs.map((p) => p.generation).sort((a, b) => a - b).join(',');
      const { caches } = this;
      if (generations !== caches.generations || caches.frequencies.size > FREQUENCY_CACHE_SIZE) {
        caches.frequencies.clear();
        if (generations !== caches.generations) caches.frequencyRowKeys.clear();
        caches.generations = generations;
      }
      const cache = caches.frequencies;
      const missing = wanted.filter((term) => !cache.has(term)).sort(byCodeUnits);
      if (missing.length > 0) {
        // Summed apart and cached at once: a concurrent call must not see half-summed terms.
        const sums = new Map(missing.map((term) => [term, 0]));
        const store = tx.objectStore('frequencies');
        await Promise.all(packs.map((p) => this.addFrequencies(store, p.generation, missing, sums)));
        for (const [term, articles] of sums) cache.set(term, articles);
      }
      const frequencies = new Map<string, number>();
      for (const term of wanted) {
        const articles = cache.get(term)!;
        if (articles > 0) frequencies.set(term, articles);
      }
      return { documents, frequencies };
    });
  }

  /** Adds one generation's frequencies of `terms` (ascending) to `sums`. */
  private async addFrequencies(store: IDBObjectStore, generation: number, terms: readonly string[], sums: Map<string, number>): Promise<void> {
    // Kept as values, not promises: awaiting another transaction's request would let this one end.
    let lastTerms = this.caches.frequencyRowKeys.get(generation);
    if (lastTerms === undefined) {
      lastTerms = (await request<FrequencyKey[]>(store.getAllKeys(this.prefixRange([generation])))).map(([, last]) => last);
      this.caches.frequencyRowKeys.set(generation, lastTerms);
    }
    // The row of a term is the first whose last term is not before it; terms ascend, so do rows.
    const termsOfRow = new Map<string, string[]>();
    let row = 0;
    for (const term of terms) {
      while (row < lastTerms.length && lastTerms[row] < term) row++;
      if (row === lastTerms.length) break;
      pushTo(termsOfRow, lastTerms[row], term);
    }
    await Promise.all(
      [...termsOfRow].map(async ([last, inRow]) => {
        const lines = await request<string | undefined>(store.get([generation, last]));
        if (lines === undefined) return;
        for (const term of inRow) {
          const line = findTermLine<FrequencyLine>(lines, term);
          if (line !== undefined) sums.set(term, sums.get(term)! + line[1]);
        }
      }),
    );
  }

  /** Live articles whose address, made canonical, is one of `urls` (given raw or canonical). */
  async articlesWithUrl(urls: readonly string[]): Promise<CorpusArticle[]> {
    // A canonical address is its own canonical form, so raw and canonical ones both work.
    const wanted = [...new Set(urls.map(canonicalUrl))].filter((url) => url !== '');
    if (wanted.length === 0) return [];
    return this.read(['stories'], async (tx, packs) => {
      const live = liveGenerations(packs);
      const index = tx.objectStore('stories').index('urls');
      const found = await Promise.all(
        wanted.map(async (url) =>
          (await request<StoryRow[]>(index.getAll(url)))
            .filter((row) => live.has(row.gen))
            .flatMap((row) => row.members.filter((a) => a.recognitionUrl === url).map((a) => corpusArticle(a, row.gen, live))),
        ),
      );
      return found.flat();
    });
  }

  /**
   * Story-index postings of the live packs for `terms`, pack by pack in the order of `terms`; their
   * story keys name stories by ordinal (`postingStoryKey`): articlesOfStories takes them. A live
   * generation's postings never change, so terms already asked for are answered from memory (the
   * frequent ones, with hundreds of postings, recur from page to page); for the others each
   * bucket holding some of them is read once.
   */
  async storiesWithTerms(terms: readonly string[]): Promise<StoryPosting[]> {
    const wanted = [...new Set(terms)];
    return this.read(['postings'], async (tx, packs) => {
      const live = liveGenerations(packs);
      const { caches } = this;
      for (const generation of caches.postings.keys()) if (!live.has(generation)) caches.postings.delete(generation);
      if (caches.postingCount > POSTING_CACHE_SIZE) {
        caches.postings.clear();
        caches.postingCount = 0;
      }
      const store = tx.objectStore('postings');
      const found = await Promise.all(packs.map((pack) => this.postingsOf(store, pack, wanted)));
      const postings: StoryPosting[] = [];
      packs.forEach(({ generation }, p) => {
        for (const term of wanted) {
          const [ordinals, weights] = found[p].get(term)!;
          ordinals.forEach((ordinal, i) => postings.push({ term, storyKey: postingStoryKey(generation, ordinal), weight: weights[i] }));
        }
      });
      return postings;
    });
  }

  /** One generation's [ordinals, weights] of each of `terms` (empty when it has none), from the cache or its buckets. */
  private async postingsOf(store: IDBObjectStore, { generation, postingBuckets }: PackEntry, terms: readonly string[]): Promise<Map<string, PostingLists>> {
    let cache = this.caches.postings.get(generation);
    if (cache === undefined) this.caches.postings.set(generation, (cache = new Map()));
    const result = new Map<string, PostingLists>();
    const termsOfBucket = new Map<number, string[]>();
    for (const term of terms) {
      const cached = cache.get(term);
      if (cached !== undefined) {
        result.set(term, cached);
        continue;
      }
      const bucket = postingBucket(term, postingBuckets);
      pushTo(termsOfBucket, bucket, term);
    }
    await Promise.all(
      [...termsOfBucket].map(async ([bucket, inBucket]) => {
        // A bucket has a row per import checkpoint, each with lines of some of its terms.
        const rows = await request<string[]>(store.getAll(this.prefixRange([generation, bucket])));
        for (const term of inBucket) {
          const lists: PostingLists = [[], []];
          for (const lines of rows) {
            const line = findTermLine<PostingLine>(lines, term);
            if (line === undefined) continue;
            lists[0].push(...line[1]);
            lists[1].push(...line[2]);
          }
          cache.set(term, lists);
          this.caches.postingCount += lists[0].length + 1;
          result.set(term, lists);
        }
      }),
    );
    return result;
  }

  /**
   * The live articles of these stories, keyed by id or by ordinal (keys of stories no longer live
   * give nothing); the articles carry the id form (`storyKeyOf`). A story keyed both ways counts once.
   */
  async articlesOfStories(storyKeys: readonly string[]): Promise<CorpusArticle[]> {
    const stories = [...new Set(storyKeys)].map(parseStoryKey).filter((s) => s !== null);
    if (stories.length === 0) return [];
    return this.read(['stories'], async (tx, packs) => {
      const live = liveGenerations(packs);
      const store = tx.objectStore('stories');
      const byOrdinal = store.index('[gen+ordinal]');
      const kept = stories.filter((s) => live.has(s.generation));
      const found = await Promise.all(
        kept.map((s) => request<StoryRow | undefined>('ordinal' in s ? byOrdinal.get([s.generation, s.ordinal]) : store.get([s.generation, s.story]))),
      );
      const seen = new Set<string>();
      return found.flatMap((row) => {
        if (row === undefined || seen.has(storyKeyOf(row.gen, row.id))) return [];
        seen.add(storyKeyOf(row.gen, row.id));
        return row.members.map((a) => corpusArticle(a, row.gen, live));
      });
    });
  }

  /** Keys that extend `prefix`. */
  private prefixRange(prefix: unknown[]): IDBKeyRange {
    return this.db.keyRange.bound(prefix, prefixEnd(prefix));
  }

  /**
   * Runs `body` with a read-only transaction over the packs and `stores` and the live packs read
   * in it: the view's shared one, else a new one.
   */
  private async read<T>(stores: string[], body: (tx: IDBTransaction, packs: PackEntry[]) => Promise<T>): Promise<T> {
    if (this.scope) return body(this.scope.tx, await this.scope.packs);
    const tx = await this.transaction(['packs', ...stores]);
    return body(tx, await livePacks(tx));
  }

  /**
   * A read-only transaction over `stores`. A read needs no commit: its answer is whole once its
   * last request succeeded, so nothing waits for the complete event (a round trip to the
   * browser's IndexedDB); an aborted transaction fails its pending requests, and with them the read.
   */
  private async transaction(stores: string[]): Promise<IDBTransaction> {
    if (!this.db.isOpen()) await this.db.open();
    return this.db.backendDB().transaction(stores, 'readonly');
  }

  /** The story's records for the panel; null when the key (a `storyKeyOf` key) names no live story. */
  async storyContent(storyKey: string): Promise<StoryContent | null> {
    const { db } = this;
    const parsed = parseStoryKey(storyKey);
    if (parsed === null || !('story' in parsed)) return null;
    const { generation: gen, story: id } = parsed;
    return db.transaction('r', [db.packs, db.stories, db.content], async () => {
      const live = liveGenerations(await db.packs.toArray());
      const pack = live.get(gen);
      if (pack === undefined) return null;
      const [story, content] = await Promise.all([db.stories.get([gen, id]), db.content.get([gen, id])]);
      if (!story) return null;
      const { gen: _gen, ordinal: _ordinal, members, urls: _urls, ...storyFields } = story;
      return {
        storyKey,
        pack,
        story: { type: 'story', ...storyFields },
        articles: members.map(({ recognitionUrl: _url, ...a }) => ({ type: 'article', ...a })),
        quotes: (content?.quotes ?? []).map((q) => ({ type: 'quote', ...q })),
        figures: (content?.figures ?? []).map((f) => ({ type: 'figure', ...f })),
      };
    });
  }
}

/** A transaction that several reads share, and the live packs as read in it. */
interface ReadScope {
  tx: IDBTransaction;
  packs: Promise<PackEntry[]>;
}

/** What an index remembers between calls: answers that hold while the live packs stay the same. */
class IndexCaches {
  /** Summed frequencies (0: not listed) of terms asked for, valid for `generations`. */
  readonly frequencies = new Map<string, number>();
  /** Per live generation, the keys (last terms, ascending) of its frequency rows. */
  readonly frequencyRowKeys = new Map<number, string[]>();
  generations = '';
  /** Per live generation, the postings of terms asked for; `postingCount` counts them (and the terms). */
  readonly postings = new Map<number, Map<string, PostingLists>>();
  postingCount = 0;
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

function corpusArticle(article: StoredArticle, gen: number, live: Map<number, string>): CorpusArticle {
  return {
    id: article.id,
    pack: live.get(gen)!,
    story: article.story,
    storyKey: storyKeyOf(gen, article.story),
    url: article.url,
    fingerprint: article.fingerprint,
  };
}

/** Code-unit order, the order of the pack's terms and of IndexedDB's string keys. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
