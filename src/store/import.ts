// Importing a corpus pack into the corpus database, streaming, in generations.
//
// The pack is read chunk by chunk (PackReader validates each record); complete stories are
// written in transactions of a few thousand records under a new generation, one transaction in
// flight while the next batch is read. A story is one row (its articles inside) plus one row of
// its quotes and figures, frequencies go in chunks and story-index postings in hash buckets: the
// cost of IndexedDB is mostly per row. Checkpoint transactions also record how many records are
// stored for good. Only when the reader's `end()` has checked counts and
// checksum does one transaction make the generation live; the replaced generation is then deleted
// in batches. A failed pack (PackError) or a full disk (StorageFullError) leaves the live data as
// it was and its rows are deleted;
// an interrupted import (the service worker stopped, the stream broke) is resumed by importing
// the same pack again: every byte is re-read and re-validated, the stored records are skipped.
import { canonicalUrl, PackError, type PackHeader, type PackRecord, type PackStory } from '../core/pack-format';
import { PackReader } from '../core/pack-read';
import { STORY_INDEX_SIZE, storyIndexTerms } from '../core/corpus-index';
import type { IndexableTypeArrayReadonly, Table } from 'dexie';
import {
  CorpusDb,
  postingBucket,
  prefixEnd,
  type ContentRow,
  termLines,
  type FrequencyKey,
  type GenerationEntry,
  type PackEntry,
  type PackSource,
  type PostingKey,
  type PostingLine,
  type StoryRow,
} from './corpus-db';
import { pushTo } from '../core/collections';

/**
 * The browser refused to store more (its storage quota or the disk is full). The import's own
 * rows are deleted again, so the space it took is freed; the live packs are unchanged.
 */
export class StorageFullError extends Error {
  constructor(packName: string) {
    super(`there is not enough storage space for "${packName}": remove packs you no longer need or free disk space, then add it again`);
    this.name = 'StorageFullError';
  }
}

/** Progress of an import: records (lines after the header) stored or skipped, of `total`. */
export interface ImportProgress {
  pack: string;
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Store id of the pack; a later import with the same id replaces it. */
  id: string;
  /** Name shown to the reader. */
  name: string;
  source: PackSource;
  /** Called after each stored batch (and once at the start); the import waits for a returned promise. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /**
   * Records written per transaction (a story is never split; TERM_ENTRIES_PER_ROW entries of a
   * terms record count as one); default 4000.
   */
  batchRows?: number;
  /**
   * Stories whose story-index postings are gathered before they are written, one row per bucket;
   * an interrupted import resumes after the last such checkpoint. Default 20,000.
   */
  checkpointStories?: number;
}

/** What an import did: `unchanged` when the same pack (same checksum) was already live. */
export interface ImportResult {
  status: 'imported' | 'unchanged';
  pack: PackEntry;
}

/** Records per write transaction by default. */
const DEFAULT_BATCH_ROWS = 4000;
/**
 * Entries of a terms record that count as one record when a batch is sized: an entry is a term
 * and a number, a few bytes where a story or an article record is hundreds, and counted one by
 * one the frequencies of a 10k pack took 40 transactions.
 */
const TERM_ENTRIES_PER_ROW = 16;
/**
 * Stories per checkpoint by default: their postings are held in memory (about 48 per story) and
 * written as one part of each bucket, so fewer checkpoints mean fewer, fuller rows.
 */
const DEFAULT_CHECKPOINT_STORIES = 20_000;
/** Postings the buffer has room for at first (it doubles as needed). */
const INITIAL_POSTINGS = 1 << 14;
/** Keys deleted per transaction when a generation is dropped. */
const PURGE_ROWS = 500;
/**
 * Terms per frequency row, at most (a terms record is cut into rows of about this size). A reader
 * reads a whole row for one term (reading costs about as much per byte as per row), an import
 * writes a row per this many terms.
 */
const FREQUENCY_ROW_TERMS = 128;
/**
 * Postings a bucket holds on average, over all its parts: what a reader reads per term it has not
 * read before. Rows written: buckets x checkpoints, so larger checkpoints allow smaller buckets.
 */
const POSTINGS_PER_BUCKET = 150;

/**
 * Buckets of a new generation's story index: about POSTINGS_PER_BUCKET postings in each for a
 * pack of `stories` stories, so a reader reads the same few kilobytes per term at any corpus size
 * (each of the pack's checkpoints adds a row of a fraction of that to every bucket).
 */
function postingBucketsFor(stories: number): number {
  return Math.max(1, Math.ceil((stories * STORY_INDEX_SIZE) / POSTINGS_PER_BUCKET));
}

// Imports of one pack in one page or worker run one after the other (install and startup events
// can both start one); keyed by database name and pack id.
const running = new Map<string, Promise<unknown>>();

/**
 * Imports a pack from text chunks (a File or fetch body through TextDecoderStream, a Node stream
 * with an encoding set). Resolves with the live pack; rejects with the PackError of a corrupt,
 * truncated or newer pack or a StorageFullError (live data unchanged, the failed rows deleted), or with the stream's own
 * error (the stored part is kept, and importing the same pack again resumes).
 */
export function importPack(db: CorpusDb, chunks: AsyncIterable<string>, options: ImportOptions): Promise<ImportResult> {
  const lock = `${db.name}\n${options.id}`;
  const previous = running.get(lock) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => runImport(db, chunks, options));
  running.set(lock, next);
  void next.catch(() => undefined).then(() => {
    if (running.get(lock) === next) running.delete(lock);
  });
  return next;
}

async function runImport(db: CorpusDb, chunks: AsyncIterable<string>, options: ImportOptions): Promise<ImportResult> {
  const reader = new PackReader();
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  let generation: GenerationEntry | null = null;
  let writer: BatchWriter | null = null;
  let resumeAfter = 0;
  let seen = 0;
  /** Story records read so far, skipped ones included: the next story's ordinal. */
  let storiesSeen = 0;
  let batch = new Batch();
  try {
    for await (const chunk of chunks) {
      const records = reader.push(chunk);
      if (generation === null && reader.header !== null) {
        const live = await db.packs.get(options.id);
        // Same bytes already live: leaving the loop cancels the rest of the stream.
        if (live && live.checksum === reader.header.checksum) {
          await retireUnfinished(db, options.id);
          return { status: 'unchanged', pack: live };
        }
        generation = await beginGeneration(db, options, reader.header);
        writer = new BatchWriter(db, generation, options);
        resumeAfter = generation.committed;
        await options.onProgress?.({ pack: options.id, done: resumeAfter, total: generation.total });
      }
      for (const record of records) {
        seen++;
        const ordinal = record.type === 'story' ? storiesSeen++ : -1;
        if (seen <= resumeAfter) continue;
        // A story record closes the previous story (the reader has checked its counts).
        if ((record.type === 'story' || record.type === 'terms') && batch.rows >= batchRows) {
          await writer!.write(batch, seen - 1, false);
          batch = new Batch();
        }
        batch.add(record, ordinal);
      }
    }
    const header = reader.end();
    if (generation === null) throw new PackError('not a Parallax pack: the file is empty');
    await writer!.write(batch, seen, true);
    await writer!.settled();
    const pack = await goLive(db, generation, header);
    await purgeRetired(db);
    return { status: 'imported', pack };
  } catch (error) {
    // The write in flight ends first (committed, it is part of what a later import resumes from).
    await writer?.settled().catch(() => undefined);
    // A bad pack or a full disk will fail again the same way: drop the rows instead of keeping them to resume.
    if ((error instanceof PackError || error instanceof StorageFullError) && generation !== null) {
      await db.generations.update(generation.id!, { state: 'retired' });
      await purgeRetired(db);
    }
    throw error;
  }
}

/** Resumes the unfinished import of this pack (same checksum) or starts a new generation, retiring stale ones. */
async function beginGeneration(db: CorpusDb, options: ImportOptions, header: PackHeader): Promise<GenerationEntry> {
  const entry = await writeTransaction(db, [db.generations], options.name, async () => {
    const unfinished = (await db.generations.where('pack').equals(options.id).toArray()).filter((g) => g.state === 'importing');
    let resumed: GenerationEntry | null = null;
    for (const g of unfinished) {
      if (g.checksum === header.checksum && resumed === null) resumed = g;
      else await db.generations.update(g.id!, { state: 'retired' });
    }
    if (resumed) return resumed;
    const fresh: GenerationEntry = {
      pack: options.id,
      name: options.name,
      source: options.source,
      state: 'importing',
      checksum: header.checksum,
      built: header.built,
      committed: 0,
      total: header.counts.records,
      postingBuckets: postingBucketsFor(header.counts.stories),
    };
    fresh.id = await db.generations.add(fresh);
    return fresh;
  });
  await purgeRetired(db);
  return entry;
}

/** Drops an unfinished import of the pack (one of other bytes, now superseded by the live ones). */
async function retireUnfinished(db: CorpusDb, id: string): Promise<void> {
  const unfinished = (await db.generations.where('pack').equals(id).toArray()).filter((g) => g.state === 'importing');
  if (unfinished.length === 0) return;
  await db.generations.bulkUpdate(unfinished.map((g) => ({ key: g.id!, changes: { state: 'retired' as const } })));
  await purgeRetired(db);
}

/** A story of the pack with its place among the pack's stories. */
type OrderedStory = PackStory & { ordinal: number };

/** Records waiting to be written: frequency rows and whole stories. */
class Batch {
  /** [last term, term lines]: each terms record cut into rows on its own, so the rows do not depend on where a batch or a resume starts. */
  readonly frequencies: [string, string][] = [];
  readonly stories: OrderedStory[] = [];
  /** Records in the batch (a terms record counts its entries): sizes the transaction. */
  rows = 0;

  /** Adds a record; `ordinal` is the story's place among the pack's stories (for a story record). */
  add(record: PackRecord, ordinal: number): void {
    if (record.type === 'terms') {
      this.rows += Math.ceil(record.entries.length / TERM_ENTRIES_PER_ROW);
      const rows = Math.ceil(record.entries.length / FREQUENCY_ROW_TERMS);
      const size = Math.ceil(record.entries.length / Math.max(1, rows));
      for (let from = 0; from < record.entries.length; from += size) {
        const entries = record.entries.slice(from, from + size);
        this.frequencies.push([entries[entries.length - 1][0], termLines(entries)]);
      }
      return;
    }
    this.rows++;
    if (record.type === 'story') {
      this.stories.push({ story: record, articles: [], quotes: [], figures: [], ordinal });
      return;
    }
    // A batch starts at a story (or terms) record, so the story of this record is in it.
    const story = this.stories[this.stories.length - 1];
    if (record.type === 'article') story.articles.push(record);
    else if (record.type === 'quote') story.quotes.push(record);
    else story.figures.push(record);
  }
}

/**
 * Story-index postings of stories read since the last checkpoint. A checkpoint holds about 48
 * postings for each of 20,000 stories; kept as a line of arrays per term they took about 200 MiB
 * of a worker's heap in a 106k import, so each term is kept once (its id) and the postings in flat
 * typed arrays, and lines are made only for the rows being written.
 */
class PostingBuffer {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private termOfPosting = new Uint32Array(INITIAL_POSTINGS);
  private storyOfPosting = new Uint32Array(INITIAL_POSTINGS);
  private weightOfPosting = new Float64Array(INITIAL_POSTINGS);
  private postings = 0;
  stories = 0;

  constructor(private readonly buckets: number) {}

  add(story: OrderedStory): void {
    const index = storyIndexTerms(story.articles.map((a) => a.fingerprint));
    if (this.postings + index.terms.length > this.termOfPosting.length) this.grow(this.postings + index.terms.length);
    index.terms.forEach((term, i) => {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.termIds.set(term, id);
        this.terms.push(term);
      }
      this.termOfPosting[this.postings] = id;
      this.storyOfPosting[this.postings] = story.ordinal;
      this.weightOfPosting[this.postings] = index.weights[i];
      this.postings++;
    });
    this.stories++;
  }

  /**
   * The buffered postings as a row per bucket, with their keys (part `through`), emptying the
   * buffer. In a row, terms come in the order they were first buffered and each term's stories in
   * the order they were added.
   */
  take(gen: number, through: number): { keys: PostingKey[]; rows: string[] } {
    // Postings grouped by term (a counting sort, stable): term t's are byTerm[starts[t]..starts[t+1]).
    const termCount = this.terms.length;
    const starts = new Uint32Array(termCount + 1);
    for (let p = 0; p < this.postings; p++) starts[this.termOfPosting[p] + 1]++;
    for (let t = 0; t < termCount; t++) starts[t + 1] += starts[t];
    const byTerm = new Uint32Array(this.postings);
    const next = starts.slice(0, termCount);
    for (let p = 0; p < this.postings; p++) byTerm[next[this.termOfPosting[p]]++] = p;

    const termsOfBucket = new Map<number, number[]>();
    for (let t = 0; t < termCount; t++) {
      const bucket = postingBucket(this.terms[t], this.buckets);
      pushTo(termsOfBucket, bucket, t);
    }
    const keys: PostingKey[] = [];
    const rows: string[] = [];
    for (const [bucket, termIds] of termsOfBucket) {
      const lines = termIds.map((t): PostingLine => {
        const stories: number[] = [];
        const weights: number[] = [];
        for (let i = starts[t]; i < starts[t + 1]; i++) {
          stories.push(this.storyOfPosting[byTerm[i]]);
          weights.push(this.weightOfPosting[byTerm[i]]);
        }
        return [this.terms[t], stories, weights];
      });
      keys.push([gen, bucket, through]);
      rows.push(termLines(lines));
    }
    this.termIds.clear();
    this.terms.length = 0;
    this.postings = 0;
    this.stories = 0;
    return { keys, rows };
  }

  /** Makes room for at least `needed` postings. */
  private grow(needed: number): void {
    const size = Math.max(needed, this.termOfPosting.length * 2);
    const [terms, stories, weights] = [new Uint32Array(size), new Uint32Array(size), new Float64Array(size)];
    terms.set(this.termOfPosting);
    stories.set(this.storyOfPosting);
    weights.set(this.weightOfPosting);
    [this.termOfPosting, this.storyOfPosting, this.weightOfPosting] = [terms, stories, weights];
  }
}

/**
 * Writes the batches of one generation, one transaction each, with one in flight while the next
 * batch is read (IndexedDB stores in another process, so reading and storing overlap). A batch's
 * transaction also moves the checkpoint when it holds the buffered postings; progress is reported
 * after it commits.
 */
class BatchWriter {
  private inFlight: Promise<void> = Promise.resolve();
  private readonly postings: PostingBuffer;
  private readonly checkpointStories: number;

  constructor(
    private readonly db: CorpusDb,
    private readonly generation: GenerationEntry,
    private readonly options: ImportOptions,
  ) {
    this.postings = new PostingBuffer(generation.postingBuckets);
    this.checkpointStories = options.checkpointStories ?? DEFAULT_CHECKPOINT_STORIES;
  }

  /** Resolves when the write in flight has committed and its progress was reported; rejects with its error. */
  settled(): Promise<void> {
    return this.inFlight;
  }

  /**
   * Waits for the previous write, then starts writing `batch` (records up to `through` read).
   * When the posting buffer is full, or `last`, its postings go in the same transaction and the
   * checkpoint moves to `through`; with nothing buffered the checkpoint moves too.
   */
  async write(batch: Batch, through: number, last: boolean): Promise<void> {
    await this.inFlight;
    const { db, generation, options } = this;
    const gen = generation.id!;
    for (const story of batch.stories) this.postings.add(story);
    const checkpoint = last || this.postings.stories === 0 || this.postings.stories >= this.checkpointStories;
    const postings = checkpoint ? this.postings.take(gen, through) : null;
    const stories = batch.stories.map((story) => storyRow(gen, story));
    const content = batch.stories.filter((s) => s.quotes.length + s.figures.length > 0).map((story) => contentRow(gen, story));
    const stored = writeTransaction(db, [db.generations, ...db.dataTables()], options.name, async () => {
      // Every write is issued at once; the state check aborts them all if it fails.
      const [current] = await Promise.all([
        db.generations.get(gen),
        batch.frequencies.length > 0 && db.frequencies.bulkPut(batch.frequencies.map(([, row]) => row), asKeys(batch.frequencies.map(([term]): FrequencyKey => [gen, term]))),
        stories.length > 0 && db.stories.bulkPut(stories),
        content.length > 0 && db.content.bulkPut(content),
        postings !== null && postings.rows.length > 0 && db.postings.bulkPut(postings.rows, asKeys(postings.keys)),
        checkpoint && db.generations.update(gen, { committed: through }),
      ]);
      // Another page retired or finished this generation meanwhile: writing on would leave orphans.
      if (!current || current.state !== 'importing') throw new Error(`the import of ${options.id} was cancelled`);
    });
    this.inFlight = stored.then(async () => {
      if (checkpoint) generation.committed = through;
      await options.onProgress?.({ pack: options.id, done: through, total: generation.total });
    });
    // Awaited by the next write or by `settled`; not an unhandled rejection meanwhile.
    this.inFlight.catch(() => undefined);
  }
}

/** The story's row: its record, its ordinal, its articles with their recognition addresses, and those addresses. */
function storyRow(gen: number, { story: { type: _type, ...story }, articles, ordinal }: OrderedStory): StoryRow {
  const members = articles.map(({ type: _articleType, ...article }) => ({ ...article, recognitionUrl: article.url === null ? null : canonicalUrl(article.url) }));
  const urls = [...new Set(members.map((a) => a.recognitionUrl).filter((url) => url !== null))];
  return { ...story, gen, ordinal, members, urls };
}

function contentRow(gen: number, { story, quotes, figures }: PackStory): ContentRow {
  return {
    gen,
    id: story.id,
    quotes: quotes.map(({ type: _type, ...quote }) => quote),
    figures: figures.map(({ type: _type, ...figure }) => figure),
  };
}

/**
 * Runs a read-write transaction; a refusal to store more becomes a StorageFullError. Browsers
 * report it as the request's error or, after the fact, as the transaction's (then Dexie rejects
 * with the aborted requests' errors), so both are looked at.
 */
async function writeTransaction<T>(db: CorpusDb, tables: Table[], packName: string, scope: () => Promise<T>): Promise<T> {
  let idbTransaction = null as IDBTransaction | null;
  try {
    return await db.transaction('rw', tables, (transaction) => {
      idbTransaction = transaction.idbtrans;
      return scope();
    });
  } catch (error) {
    if (isQuotaExceeded(error) || isQuotaExceeded(idbTransaction?.error)) throw new StorageFullError(packName);
    throw error;
  }
}

/** Whether an error (a DOMException, or a Dexie error wrapping one or a list of them) says the quota is exceeded. */
function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 3 || typeof error !== 'object' || error === null) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError') return true;
  if (isQuotaExceeded(inner, depth + 1)) return true;
  return Array.isArray(failures) && failures.some((failure) => isQuotaExceeded(failure, depth + 1));
}

/** Compound keys for an outbound bulkPut (Dexie's types allow only flat keys there). */
function asKeys(keys: readonly (readonly (string | number)[])[]): IndexableTypeArrayReadonly {
  return keys as unknown as IndexableTypeArrayReadonly;
}

/** Makes the generation the pack's live one and retires the one it replaces, in one transaction. */
async function goLive(db: CorpusDb, generation: GenerationEntry, header: PackHeader): Promise<PackEntry> {
  return writeTransaction(db, [db.packs, db.generations], generation.name, async () => {
    const current = await db.generations.get(generation.id!);
    if (!current || current.state !== 'importing') throw new Error(`the import of ${generation.pack} was cancelled`);
    const previous = await db.packs.get(generation.pack);
    const pack: PackEntry = {
      id: generation.pack,
      name: generation.name,
      source: generation.source,
      built: header.built,
      checksum: header.checksum,
      counts: header.counts,
      generation: generation.id!,
      postingBuckets: generation.postingBuckets,
      importedAt: Date.now(),
    };
    await db.packs.put(pack);
    await db.generations.update(generation.id!, { state: 'live', committed: generation.total });
    if (previous && previous.generation !== generation.id) await db.generations.update(previous.generation, { state: 'retired' });
    return pack;
  });
}

/**
 * Removes a pack: one transaction takes it out of the live set (readers stop seeing it at once),
 * then its rows are deleted in batches. Also cancels an unfinished import of it. Returns false
 * when there was nothing to remove.
 */
export async function removePack(db: CorpusDb, id: string, batchRows = PURGE_ROWS): Promise<boolean> {
  const removed = await db.transaction('rw', db.packs, db.generations, async () => {
    const generations = await db.generations.where('pack').equals(id).toArray();
    for (const g of generations) await db.generations.update(g.id!, { state: 'retired' });
    const live = await db.packs.get(id);
    if (live) await db.packs.delete(id);
    return generations.length > 0 || live !== undefined;
  });
  await purgeRetired(db, batchRows);
  return removed;
}

/**
 * Deletes the rows of retired generations, `batchRows` keys per transaction so readers are never
 * blocked long; also finishes a deletion a stopped worker left half done.
 */
export async function purgeRetired(db: CorpusDb, batchRows = PURGE_ROWS): Promise<void> {
  const retired = (await db.generations.toArray()).filter((g) => g.state === 'retired');
  for (const { id } of retired) {
    const gen = id!;
    for (const table of db.dataTables()) {
      for (;;) {
        const deleted = await db.transaction('rw', table, async () => {
          const keys = await table.where(':id').between([gen], prefixEnd([gen])).limit(batchRows).primaryKeys();
          if (keys.length === 0) return 0;
          await table.where(':id').between([gen], keys[keys.length - 1], true, true).delete();
          return keys.length;
        });
        if (deleted < batchRows) break;
      }
    }
    await db.generations.delete(gen);
  }
}
