// The corpus database ("parallax-corpus"): every pack the reader has, as IndexedDB rows.
//
// Rows are written under a generation: each import gets a new generation number, and a pack's
// `generation` field (table `packs`) names the one that is live. Readers only look at live
// generations, so a replacement becomes visible in the one transaction that flips that field.
//
// Every data table's primary key starts with the generation ([gen, …]): a reader's range query
// touches only live rows however many half-imported or retired rows exist, and dropping a
// generation is a few key-range deletes instead of an index scan.
//
// Users' own data (highlights, settings) lives in a separate database (user-db.ts) that nothing
// here opens.
import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { ArticleRecord, FigureRecord, PackCounts, QuoteRecord, StoryRecord } from '../core/pack-format';

/** Name of the corpus database. */
export const CORPUS_DB_NAME = 'parallax-corpus';

/** Where a pack came from: shipped with the extension, or added by the reader. */
export type PackSource = 'bundled' | 'added';

/** A live pack: what the options page lists and what readers take the live generation from. */
export interface PackEntry {
  /** Store id ("bundled:seeds", "added:my-corpus.pack.jsonl"). */
  id: string;
  /** Name shown to the reader. */
  name: string;
  source: PackSource;
  /** Build date from the pack header, YYYY-MM-DD. */
  built: string;
  /** The header's checksum: importing the same pack again is a no-op. */
  checksum: string;
  counts: PackCounts;
  /** The generation its rows are stored under. */
  generation: number;
  /** When the import finished (ms since 1970). */
  importedAt: number;
}

/**
 * Bookkeeping of one generation. `importing`: rows are being written (`committed` records after
 * the header are stored; a restarted import of the same checksum resumes from there); `live`:
 * named by a pack; `retired`: replaced, removed or failed, its rows are being deleted.
 */
export interface GenerationEntry {
  id?: number;
  pack: string;
  name: string;
  source: PackSource;
  state: 'importing' | 'live' | 'retired';
  checksum: string;
  built: string;
  /**
   * Records after the header stored for good: the import resumes after them. (Rows of records
   * after this checkpoint may exist too; a resumed import writes them again under the same keys.)
   */
  committed: number;
  /** Records after the header, from the pack header. */
  total: number;
}

/** A story row (the pack's story record without `type`). */
export type StoryRow = Omit<StoryRecord, 'type'> & { gen: number };
/**
 * An article row: the pack's record plus `recognitionUrl`, `canonicalUrl(url)` as this version
 * computes it, and `seq`, its place among the story's articles (rows come back in pack order).
 */
export type ArticleRow = Omit<ArticleRecord, 'type'> & { gen: number; seq: number; recognitionUrl: string | null };
/** A quote row, with the story it belongs to and its place among the story's quotes. */
export type QuoteRow = Omit<QuoteRecord, 'type'> & { gen: number; story: string; seq: number };
/** A figure row, with the story it belongs to and its place among the story's figures. */
export type FigureRow = Omit<FigureRecord, 'type'> & { gen: number; story: string; seq: number };

/** Key of a document-frequency row: [generation, term]; the row's value is the number of articles. */
export type FrequencyKey = [number, string];
/**
 * Key of a story-index row: [generation, term, part]. A term's postings are stored in a few
 * parts (one per checkpoint of the import, `part` = records read by then), each a list, so a
 * term in thousands of stories is read as a few values instead of thousands of keys.
 */
export type PostingKey = [number, string, number];

/** The postings of one part: stories (ids in the pack) and their weights for the term. */
export interface PostingRow {
  stories: string[];
  weights: number[];
}

/**
 * The corpus database. Frequencies are read by exact key (one `get` per term), postings by one
 * key range per term (a few rows).
 */
export class CorpusDb extends Dexie {
  packs!: EntityTable<PackEntry, 'id'>;
  generations!: EntityTable<GenerationEntry, 'id'>;
  stories!: Table<StoryRow, [number, string]>;
  articles!: Table<ArticleRow, [number, string, number]>;
  quotes!: Table<QuoteRow, [number, string, number]>;
  figures!: Table<FigureRow, [number, string, number]>;
  frequencies!: Table<number, FrequencyKey>;
  postings!: Table<PostingRow, PostingKey>;
  /** The IDBKeyRange of the IndexedDB in use (fake-indexeddb's in tests), for direct reads. */
  readonly keyRange: typeof IDBKeyRange;

  /** Opens (lazily) the corpus database; tests pass `{indexedDB, IDBKeyRange}` and their own name. */
  constructor(name = CORPUS_DB_NAME, options?: DexieOptions) {
    super(name, { cache: 'disabled', ...options });
    this.keyRange = (options?.IDBKeyRange as typeof IDBKeyRange | undefined) ?? globalThis.IDBKeyRange;
    this.version(1).stores({
      packs: 'id',
      generations: '++id, pack',
      stories: '[gen+id]',
      articles: '[gen+story+seq], recognitionUrl',
      quotes: '[gen+story+seq]',
      figures: '[gen+story+seq]',
      frequencies: '',
      postings: '',
    });
  }

  /** The tables holding generation rows, each keyed [gen, …]. */
  dataTables(): Table<unknown, unknown[]>[] {
    return [this.stories, this.articles, this.quotes, this.figures, this.frequencies, this.postings] as unknown as Table<unknown, unknown[]>[];
  }
}

/** The key of a story over the whole corpus: its generation and its id in the pack. */
export function storyKeyOf(generation: number, storyId: string): string {
  return `${generation}:${storyId}`;
}

/** Splits a story key; null when it is not one this store made. */
export function parseStoryKey(storyKey: string): { generation: number; story: string } | null {
  const colon = storyKey.indexOf(':');
  if (colon <= 0) return null;
  const generation = Number(storyKey.slice(0, colon));
  return Number.isInteger(generation) ? { generation, story: storyKey.slice(colon + 1) } : null;
}

/** Upper bound for keys that extend `prefix` (an array sorts after every string and number). */
export function prefixEnd(prefix: readonly unknown[]): unknown[] {
  return [...prefix, []];
}
