// Importing a corpus pack into the corpus database, streaming, in generations.
//
// The pack is read chunk by chunk (PackReader validates each record); complete stories are
// written in transactions of a few hundred rows under a new generation, each transaction also
// recording how many records are stored. Only when the reader's `end()` has checked counts and
// checksum does one transaction make the generation live; the replaced generation is then deleted
// in batches. A failed pack (PackError) or a full disk (StorageFullError) leaves the live data as
// it was and its rows are deleted;
// an interrupted import (the service worker stopped, the stream broke) is resumed by importing
// the same pack again: every byte is re-read and re-validated, the stored records are skipped.
import { canonicalUrl, PackError, type PackHeader, type PackRecord, type PackStory } from '../core/pack-format';
import { addRecord, PackReader } from '../core/pack-read';
import { storyIndexTerms } from '../core/corpus-index';
import type { IndexableTypeArrayReadonly, Table } from 'dexie';
import { CorpusDb, prefixEnd, type FrequencyKey, type GenerationEntry, type PackEntry, type PackSource, type PostingKey, type PostingRow } from './corpus-db';

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
  /** Rows written per transaction (a story is never split); default 500. */
  batchRows?: number;
  /**
   * Stories whose story-index postings are gathered before they are written, grouped by term;
   * an interrupted import resumes after the last such checkpoint. Default 1000.
   */
  checkpointStories?: number;
}

/** What an import did: `unchanged` when the same pack (same checksum) was already live. */
export interface ImportResult {
  status: 'imported' | 'unchanged';
  pack: PackEntry;
}

const DEFAULT_BATCH_ROWS = 500;
const DEFAULT_CHECKPOINT_STORIES = 1000;

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
  let resumeAfter = 0;
  let seen = 0;
  let batch = new Batch();
  const postings = new PostingBuffer();
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
        resumeAfter = generation.committed;
        await options.onProgress?.({ pack: options.id, done: resumeAfter, total: generation.total });
      }
      for (const record of records) {
        seen++;
        if (seen <= resumeAfter) continue;
        // A story record closes the previous story (the reader has checked its counts).
        if ((record.type === 'story' || record.type === 'terms') && batch.rows >= batchRows) {
          await commitBatch(db, generation!, batch, postings, seen - 1, false, options);
          batch = new Batch();
        }
        batch.add(record);
      }
    }
    const header = reader.end();
    if (generation === null) throw new PackError('not a Parallax pack: the file is empty');
    await commitBatch(db, generation, batch, postings, seen, true, options);
    const pack = await goLive(db, generation, header);
    await purgeRetired(db, batchRows);
    return { status: 'imported', pack };
  } catch (error) {
    // A bad pack or a full disk will fail again the same way: drop the rows instead of keeping them to resume.
    if ((error instanceof PackError || error instanceof StorageFullError) && generation !== null) {
      await db.generations.update(generation.id!, { state: 'retired' });
      await purgeRetired(db, batchRows);
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
    };
    fresh.id = await db.generations.add(fresh);
    return fresh;
  });
  await purgeRetired(db, options.batchRows ?? DEFAULT_BATCH_ROWS);
  return entry;
}

/** Drops an unfinished import of the pack (one of other bytes, now superseded by the live ones). */
async function retireUnfinished(db: CorpusDb, id: string): Promise<void> {
  const unfinished = (await db.generations.where('pack').equals(id).toArray()).filter((g) => g.state === 'importing');
  if (unfinished.length === 0) return;
  await db.generations.bulkUpdate(unfinished.map((g) => ({ key: g.id!, changes: { state: 'retired' as const } })));
  await purgeRetired(db);
}

/** Records waiting to be written: document-frequency chunks and whole stories. */
class Batch {
  readonly frequencies: [string, number][] = [];
  readonly stories: PackStory[] = [];
  /** Rows the batch will write (a frequency entry or a record each): sizes the transaction. */
  rows = 0;

  add(record: PackRecord): void {
    this.rows += record.type === 'terms' ? record.entries.length : 1;
    addRecord(this, record);
  }
}

/** Story-index postings of stories read since the last checkpoint, by term. */
class PostingBuffer {
  readonly byTerm = new Map<string, PostingRow>();
  stories = 0;

  add(story: PackStory): void {
    const index = storyIndexTerms(story.articles.map((a) => a.fingerprint));
    index.terms.forEach((term, i) => {
      let row = this.byTerm.get(term);
      if (!row) this.byTerm.set(term, (row = { stories: [], weights: [] }));
      row.stories.push(story.story.id);
      row.weights.push(index.weights[i]);
    });
    this.stories++;
  }

  clear(): void {
    this.byTerm.clear();
    this.stories = 0;
  }
}

/**
 * Writes a batch in one transaction (records up to `through` read). When the posting buffer is
 * full, or `last`, its postings go in the same transaction and the checkpoint moves to `through`;
 * with nothing buffered the checkpoint moves too. Then reports progress.
 */
async function commitBatch(
  db: CorpusDb,
  generation: GenerationEntry,
  batch: Batch,
  postings: PostingBuffer,
  through: number,
  last: boolean,
  options: ImportOptions,
): Promise<void> {
  const gen = generation.id!;
  for (const story of batch.stories) postings.add(story);
  const checkpoint = last || postings.stories === 0 || postings.stories >= (options.checkpointStories ?? DEFAULT_CHECKPOINT_STORIES);
  await writeTransaction(db, [db.generations, ...db.dataTables()], options.name, async () => {
    const current = await db.generations.get(gen);
    // Another page retired or finished this generation meanwhile: writing on would leave orphans.
    if (!current || current.state !== 'importing') throw new Error(`the import of ${options.id} was cancelled`);
    if (batch.frequencies.length > 0) {
      await db.frequencies.bulkPut(
        batch.frequencies.map(([, articles]) => articles),
        asKeys(batch.frequencies.map(([term]): FrequencyKey => [gen, term])),
      );
    }
    if (batch.stories.length > 0) await writeStories(db, gen, batch.stories);
    if (checkpoint && postings.byTerm.size > 0) {
      await db.postings.bulkPut([...postings.byTerm.values()], asKeys([...postings.byTerm.keys()].map((term): PostingKey => [gen, term, through])));
    }
    if (checkpoint) await db.generations.update(gen, { committed: through });
  });
  if (checkpoint) {
    postings.clear();
    generation.committed = through;
  }
  await options.onProgress?.({ pack: options.id, done: through, total: generation.total });
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

async function writeStories(db: CorpusDb, gen: number, stories: PackStory[]): Promise<void> {
  await Promise.all([
    db.stories.bulkPut(stories.map(({ story: { type: _type, ...story } }) => ({ ...story, gen }))),
    db.articles.bulkPut(
      stories.flatMap((s) =>
        s.articles.map(({ type: _type, ...article }, seq) => ({
          ...article,
          gen,
          seq,
          recognitionUrl: article.url === null ? null : canonicalUrl(article.url),
        })),
      ),
    ),
    db.quotes.bulkPut(stories.flatMap((s) => s.quotes.map(({ type: _type, ...quote }, seq) => ({ ...quote, gen, story: s.story.id, seq })))),
    db.figures.bulkPut(stories.flatMap((s) => s.figures.map(({ type: _type, ...figure }, seq) => ({ ...figure, gen, story: s.story.id, seq })))),
  ]);
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
export async function removePack(db: CorpusDb, id: string, batchRows = DEFAULT_BATCH_ROWS): Promise<boolean> {
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
export async function purgeRetired(db: CorpusDb, batchRows = DEFAULT_BATCH_ROWS): Promise<void> {
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
