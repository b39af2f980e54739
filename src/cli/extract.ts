// `parallax extract PAGE.html --url URL`: the content script's extraction, run on a saved page.
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../extract/extract';
import { parseFlags, UsageError } from './args';
import { FileError, readBytes } from './read-input';

/** Reads a saved page (.html, or gzip-compressed .html.gz), decoded as UTF-8 with replacement. */
export function readPageFile(path: string): string {
  let bytes = readBytes(path);
  // Compressed by content, not by name: a .gz renamed to .html still reads.
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new FileError(`${path}: not a valid gzip file (${(error as Error).message})`);
    }
  }
  // Saved pages are not always valid UTF-8; a stray byte should not lose the page.
  return new TextDecoder('utf-8').decode(bytes);
}

/** Parses page HTML into a DOM Document in Node (linkedom), as the browser would give the content script. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Runs the extract command: prints one JSON line {isArticle, url, canonicalUrl, title, outlet, date, text}. */
export function extractCommand(args: string[]): void {
  const { positional, flags } = parseFlags(args, ['--url']);
  if (positional.length !== 1) throw new UsageError('extract takes one page file');
  const url = flags.get('--url');
  if (!url) throw new UsageError('extract needs --url URL (the address the page was loaded from)');
  try {
    new URL(url);
  } catch {
    throw new UsageError(`--url ${url} is not an absolute url`);
  }
  const doc = parsePage(readPageFile(positional[0]));
  process.stdout.write(JSON.stringify(extractArticle(doc, url)) + '\n');
}
