// Shared helpers of the store tests: real packs built from ../shared, a fresh fake IndexedDB per
// test, chunked streams, and a dump of the corpus database.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { buildPack, serializePack } from '../../src/core/pack-build';
import type { Article } from '../../src/core/types';
import { CorpusDb, type PostingKey, type PostingLine } from '../../src/store/corpus-db';
import { UserDb } from '../../src/store/user-db';
import { loadArticles } from '../support/shared';

/** The articles of BASIL stories `from`…`to` (by story id), so each story is complete. */
export function basilStories(from: number, to: number): Article[] {
  const ids = [...new Set(loadArticles('basil').map((a) => a.story!))].sort().slice(from, to);
  return loadArticles('basil').filter((a) => ids.includes(a.story!));
}

const packs = new Map<string, string>();

/** Pack text of BASIL stories `from`…`to`, built once per range. */
export function basilPack(from: number, to: number): string {
  const key = `${from}-${to}`;
  let text = packs.get(key);
  if (text === undefined) {
    text = serializePack(buildPack(basilStories(from, to)));
    packs.set(key, text);
  }
  return text;
}

/** A fresh, empty IndexedDB (its own factory), with both databases opened on it. */
export function freshDatabases(): { corpus: CorpusDb; user: UserDb; factory: IDBFactory } {
  const factory = new IDBFactory();
  const options = { indexedDB: factory, IDBKeyRange };
  return { corpus: new CorpusDb('parallax-corpus', options), user: new UserDb('parallax-user', options), factory };
}

/**
 * The text in chunks of `size` characters; with `failAfter`, the stream throws after that many
 * chunks, as a stopped worker or a broken download would.
 */
export async function* chunks(text: string, size = 4096, failAfter = Infinity): AsyncGenerator<string> {
  let sent = 0;
  for (let i = 0; i < text.length; i += size) {
    if (sent >= failAfter) throw new Error('stream interrupted');
    yield text.slice(i, i + size);
    sent++;
  }
}

/** Every row of every corpus table, keys included. */
export async function dumpCorpus(db: CorpusDb): Promise<Record<string, [unknown, unknown][]>> {
  const dump: Record<string, [unknown, unknown][]> = {};
  for (const table of db.tables) {
    const [keys, values] = await Promise.all([table.toCollection().primaryKeys(), table.toArray()]);
    dump[table.name] = keys.map((key, i) => [key, values[i]]);
  }
  return dump;
}

/** The dump with generation numbers replaced by 'G' and postings merged by term, to compare two databases' content. */
export function withoutGenerations(dump: Record<string, [unknown, unknown][]>): Record<string, [unknown, unknown][]> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return ['G', ...value.slice(1)];
    if (typeof value === 'object' && value !== null && 'gen' in value) return { ...value, gen: 'G' };
    return value;
  };
  const out: Record<string, [unknown, unknown][]> = {};
  for (const [name, rows] of Object.entries(dump)) {
    if (name === 'packs' || name === 'generations') continue;
    out[name] = rows.map(([key, value]) => [strip(key), strip(value)]);
  }
  // A bucket's postings are split into parts where the import took checkpoints, which depend on
  // where it resumed: compare each term's postings (with its bucket) as one sorted list.
  const byTerm = new Map<string, string[]>();
  for (const [key, value] of dump.postings ?? []) {
    const bucket = (key as PostingKey)[1];
    for (const [term, stories, weights] of readTermLines<PostingLine>(value as string)) {
      const list = byTerm.get(term) ?? [`bucket ${bucket}`];
      stories.forEach((story, i) => list.push(`${story} ${weights[i]}`));
      byTerm.set(term, list);
    }
  }
  out.postings = [...byTerm].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([term, list]) => [term, list.sort()]);
  return out;
}

/** Every entry of term lines (see `termLines`), in order. */
export function readTermLines<T extends [string, ...unknown[]]>(lines: string): T[] {
  return lines.slice(1, -1).split('\n').map((line) => JSON.parse(line) as T);
}
