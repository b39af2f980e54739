// Reading article files for the command line: UTF-8 checked, errors name the file and line.
import { readFileSync } from 'node:fs';
import { ArticleInputError, parseArticles } from '../core/articles';
import type { Article } from '../core/types';

/** A file that cannot be read at all (missing, unreadable). */
export class FileError extends Error {
  override name = 'FileError';
}

/** Reads a JSON Lines article file; throws ArticleInputError or FileError. */
export function readArticleFile(path: string): Article[] {
  return parseArticles(decodeUtf8(readBytes(path), path), path);
}

/** The bytes of a file; FileError naming the file and the reason when it cannot be read. */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new FileError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Decodes UTF-8 strictly; a bad byte is reported with its line and byte offset. */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new ArticleInputError(source, line, `not valid UTF-8 (byte ${at} of the file)`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search for the shortest prefix that fails to decode as complete UTF-8.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
