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
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
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
  /** Buckets of that generation's story index (see PostingKey). */
  postingBuckets: number;
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
  /** Buckets of the generation's story index (see PostingKey), fixed from the header's story count. */
  postingBuckets: number;
}

/**
 * An article as stored inside its story's row: the pack's record plus `recognitionUrl`,
 * `canonicalUrl(url)` as this version computes it.
 */
export type StoredArticle = Omit<ArticleRecord, 'type'> & { recognitionUrl: string | null };

/**
 * A story row: the pack's story record (without `type`) with its articles in pack order
 * (`members`: the record's own `articles` field is their count), `urls`, the distinct
 * recognition addresses of its articles (a multiEntry index: a page's address finds its story),
 * and `ordinal`, its place among the pack's stories (0 for the first; indexed with `gen`): the
 * story index names stories by it.
 */
export type StoryRow = Omit<StoryRecord, 'type'> & { gen: number; ordinal: number; members: StoredArticle[]; urls: string[] };

/** The quotes and figures of one story (written only for a story that has some), in pack order. */
export interface ContentRow {
  gen: number;
  /** The story id in the pack. */
  id: string;
  quotes: Omit<QuoteRecord, 'type'>[];
  figures: Omit<FigureRecord, 'type'>[];
}

/**
 * Key of a document-frequency row: [generation, last term of the row]. The pack's table (terms
 * ascending) is stored in chunks, so a term's chunk is the first row whose key is at or after
 * [generation, term]. The row's value is term lines (see `termLines`) of [term, articles].
 */
export type FrequencyKey = [number, string];

/**
 * Key of a story-index row: [generation, bucket, part]. A term's postings are in bucket
 * `postingBucket(term, buckets)` (a generation's number of buckets is fixed when it starts, see
 * GenerationEntry.postingBuckets); each import checkpoint writes one part of each bucket
 * (`part` = records read by then). The row's value is term lines of [term, stories, weights]:
 * stories (their ordinals, see StoryRow) and their weights for the term. A reader reads a bucket's few rows
 * and keeps its terms' lines.
 */
export type PostingKey = [number, number, number];

/**
 * A posting line: a term, the stories indexed under it (ordinals: a few characters where an id
 * takes about 45, and a frequent term has hundreds) and their weights for it.
 */
export type PostingLine = [term: string, stories: number[], weights: number[]];
/** A frequency line: a term and the number of the pack's articles that hold it. */
export type FrequencyLine = [term: string, articles: number];

/**
 * Entries that each start with a term, as one string: "\n" + the JSON of each entry + "\n".
 * Why a string: reading a row back costs IndexedDB about 0.2 µs per array element and almost
 * nothing per byte of a string, and a reader wants one or two entries of a few hundred.
 */
export function termLines(entries: readonly (readonly [string, ...unknown[]])[]): string {
  return `\n${entries.map((entry) => JSON.stringify(entry)).join('\n')}\n`;
}

/**
 * The entry of `term` in term lines; undefined when it has none. JSON has no raw line break, so
 * "\n[" starts an entry and the term's JSON after it is the entry's first element, exactly.
 */
export function findTermLine<T extends [string, ...unknown[]]>(lines: string, term: string): T | undefined {
  const start = lines.indexOf(`\n[${JSON.stringify(term)},`);
  return start < 0 ? undefined : (JSON.parse(lines.slice(start + 1, lines.indexOf('\n', start + 1))) as T);
}

/**
 * The bucket of a term in a story index of `buckets` buckets: a 32-bit FNV-1a hash of its UTF-16
 * code units, so it never changes between versions or runs.
 */
export function postingBucket(term: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/**
 * The corpus database, schema 3: a row per story (its articles inside), a content row per story
 * with quotes or figures, frequencies in chunks and story-index postings in hash buckets, so a
 * pack of n articles is well under n rows (IndexedDB's cost is mostly per row).
 */
export class CorpusDb extends Dexie {
  packs!: EntityTable<PackEntry, 'id'>;
  generations!: EntityTable<GenerationEntry, 'id'>;
  stories!: Table<StoryRow, [number, string]>;
  content!: Table<ContentRow, [number, string]>;
  frequencies!: Table<string, FrequencyKey>;
  postings!: Table<string, PostingKey>;
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
    // Version 2 stores the same packs in other rows. Everything here is derived from pack files:
    // the upgrade drops it all (packs included, so no pack names rows that are gone), and the
    // worker's start re-imports the bundled packs into the empty tables (syncBundledPacks).
    // 0.1.0, the only version with schema 1, was never released, so no reader loses added packs.
    this.version(2)
      .stores({
        stories: '[gen+id], *urls',
        content: '[gen+id]',
        articles: null,
        quotes: null,
        figures: null,
      })
      .upgrade(clearCorpus);
    // Version 3 names stories by ordinal in the story index: the same re-import, for the same
    // reason (schema 2 was never released either).
    this.version(3).stores({ stories: '[gen+id], *urls, [gen+ordinal]' }).upgrade(clearCorpus);
  }

  /** The tables holding generation rows, each keyed [gen, …]. */
  dataTables(): Table<unknown, unknown[]>[] {
    return [this.stories, this.content, this.frequencies, this.postings] as unknown as Table<unknown, unknown[]>[];
  }
}

/** Empties every corpus table in a schema upgrade (the user database is another database). */
async function clearCorpus(transaction: Transaction): Promise<void> {
  for (const table of ['packs', 'generations', 'stories', 'content', 'frequencies', 'postings']) await transaction.table(table).clear();
}

/** The key of a story over the whole corpus: its generation and its id in the pack. */
export function storyKeyOf(generation: number, storyId: string): string {
  return `${generation}:${storyId}`;
}

/** Digits of the ordinal in a posting's story key: fixed, so those keys sort as the ordinals do. */
const ORDINAL_DIGITS = 9;

/**
 * The key of a story in the story index's postings: "#" + generation + ":" + its ordinal, so
 * reading postings needs no story id. Within a pack these keys sort as the stories do in the
 * pack (built packs list stories by id, so as their `storyKeyOf` keys do); articlesOfStories
 * takes them, and its articles carry the `storyKeyOf` key.
 */
export function postingStoryKey(generation: number, ordinal: number): string {
  return `#${generation}:${String(ordinal).padStart(ORDINAL_DIGITS, '0')}`;
}

/** A story key split: the story by id (`storyKeyOf`) or by ordinal (`postingStoryKey`). */
export type ParsedStoryKey = { generation: number; story: string } | { generation: number; ordinal: number };

/** Splits a story key of either form; null when it is not one this store made. */
export function parseStoryKey(storyKey: string): ParsedStoryKey | null {
  const byOrdinal = storyKey.startsWith('#');
  const colon = storyKey.indexOf(':');
  if (colon <= (byOrdinal ? 1 : 0)) return null;
  const generation = Number(storyKey.slice(byOrdinal ? 1 : 0, colon));
  if (!Number.isInteger(generation)) return null;
  if (!byOrdinal) return { generation, story: storyKey.slice(colon + 1) };
  const digits = storyKey.slice(colon + 1);
  return /^\d+$/.test(digits) ? { generation, ordinal: Number(digits) } : null;
}

/** Upper bound for keys that extend `prefix` (an array sorts after every string and number). */
export function prefixEnd(prefix: readonly unknown[]): unknown[] {
  return [...prefix, []];
}
