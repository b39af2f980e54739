import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { UsageError } from '../../src/cli/args';
import { extractCommand } from '../../src/cli/extract';
import { FileError } from '../../src/cli/read-input';
import { zytePage } from './pages';

function run(args: string[]): string {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    extractCommand(args);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('parallax extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-extract-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = zytePage(1);

  test('reads .html.gz and prints one JSON line with all fields', () => {
    const path = join(dir, 'page.html.gz');
    writeFileSync(path, gzipSync(page.html));
    const out = run([path, '--url', page.url]);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(out);
    expect(Object.keys(result).sort()).toEqual(['canonicalUrl', 'date', 'isArticle', 'outlet', 'text', 'title', 'url']);
    expect(result.url).toBe(page.url);
    expect(result.text.length).toBeGreaterThan(500);
  });

  test('usage and file errors', () => {
    const path = join(dir, 'page.html');
    writeFileSync(path, page.html);
    expect(() => run([path])).toThrow(UsageError);
    expect(() => run([path, '--url', 'not a url'])).toThrow(UsageError);
    expect(() => run([join(dir, 'missing.html'), '--url', page.url])).toThrow(FileError);
  });
});
