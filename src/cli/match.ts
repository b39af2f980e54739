// `parallax match --pack PACK.jsonl ARTICLES.jsonl`: the story of each article, one JSON line
// each: {"id", "story", "score", "how"}. The same recognition code as the service worker, over
// the pack read into memory instead of IndexedDB.
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { MemoryCorpus } from '../core/memory-corpus';
import type { PackContent } from '../core/pack-format';
import { addRecord, PackReader, type PackParts } from '../core/pack-read';
import { recognize } from '../core/recognize';
import { parseFlags, UsageError } from './args';
import { progressOnStderr } from './progress';
import { FileError, readArticleFile } from './read-input';

export async function matchCommand(args: string[], write: (line: string) => void = (line) => process.stdout.write(line)): Promise<void> {
  const { positional, flags } = parseFlags(args, ['--pack']);
  const packPath = flags.get('--pack');
  if (packPath === undefined) throw new UsageError('match needs --pack FILE');
  if (positional.length !== 1) throw new UsageError('match takes one articles file');
  const articles = readArticleFile(positional[0]);
  const corpus = new MemoryCorpus([{ name: basename(packPath), content: readPackForMatching(packPath) }]);
  const progress = progressOnStderr();
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    const found = await recognize(article, corpus);
    write(JSON.stringify({ id: article.id, story: found.story, score: found.score, how: found.how }) + '\n');
    progress.update(i + 1, articles.length, 'matching articles');
  }
  progress.done();
}

/** Bytes read at a time: a pack of 100,000 articles is never held whole, as text or as records. */
const CHUNK_BYTES = 1 << 20;

/**
 * What recognition needs of a pack file (terms, stories, articles; quotes and figures are
 * validated and dropped), read in chunks. Throws PackError for a bad pack, FileError when the
 * file cannot be read.
 */
export function readPackForMatching(path: string): PackContent {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new FileError(`${path}: cannot read the pack (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const reader = new PackReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: PackParts = { frequencies: [], stories: [] };
  const take = (text: string): void => {
    for (const record of reader.push(text)) if (record.type !== 'quote' && record.type !== 'figure') addRecord(parts, record);
  };
  try {
    const buffer = new Uint8Array(CHUNK_BYTES);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) take(decode(decoder, buffer.subarray(0, read), true, path));
    take(decode(decoder, new Uint8Array(0), false, path));
  } finally {
    closeSync(fd);
  }
  const header = reader.end();
  return { built: header.built, ...parts };
}

function decode(decoder: TextDecoder, bytes: Uint8Array, stream: boolean, path: string): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new FileError(`${path}: the pack is not valid UTF-8 (a corrupt file?)`);
  }
}
