// Broken packs against the reader and the importer: real packs with bits flipped, lines dropped,
// duplicated or swapped, cut at random points, a raised version, changed counts (with and without
// a recomputed checksum), lines over the limit, JSON nesting bombs and a 50 MB line. Every one is
// refused with a PackError saying what is wrong (and on which line, when one line is), and a
// refused import leaves the live pack exactly as it was.
import fc from 'fast-check';
import { checksumPrefix, crc32Hex, crc32Update, CRC32_START, PackError, type PackHeader } from '../../src/core/pack-format';
import { PackReader, readPack } from '../../src/core/pack-read';
import type { CorpusDb } from '../../src/store/corpus-db';
import { importPack } from '../../src/store/import';
import { basilPack, chunks, dumpCorpus, freshDatabases } from '../store/helpers';
import { runs, Tally } from './budget';

jest.setTimeout(120_000);

const tally = new Tally('pack-fuzz');
afterAll(() => console.log(tally.summary()));

const liveText = basilPack(0, 4);
const packText = basilPack(4, 8);
const packBytes = Buffer.from(packText, 'utf8');
const lines = packText.split('\n').slice(0, -1); // the pack ends with a line break
const header = JSON.parse(lines[0]) as PackHeader;
const body = packText.slice(packText.indexOf('\n') + 1);

/** The pack with `lines` after the header and a header whose checksum matches them (a consistent lie). */
function withValidChecksum(headerFields: Omit<PackHeader, 'checksum'>, bodyLines: readonly string[]): string {
  const rest = bodyLines.map((l) => l + '\n').join('');
  const checksum = crc32Hex(crc32Update(crc32Update(CRC32_START, checksumPrefix(headerFields)), rest));
  return JSON.stringify({ ...headerFields, checksum }) + '\n' + rest;
}

/** The PackError reading `text` throws; fails when it reads or throws anything else. */
function readError(text: string): PackError {
  try {
    readPack(text);
  } catch (error) {
    if (!(error instanceof PackError)) throw new Error(`not a PackError: ${String(error)}`);
    return error;
  }
  throw new Error('a broken pack was read as valid');
}

/** A PackError names a line of the text (or none, for the whole pack) and says what is wrong. */
function expectWellFormed(error: PackError, text: string): void {
  const lineCount = text.split('\n').length;
  if (error.line !== null) {
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lineCount);
    expect(error.message.startsWith(`line ${error.line}: `)).toBe(true);
  }
  // "line 3: quote record: field "speaker" is missing", "the pack is truncated: …": more than a word.
  expect(error.message.replace(/^line \d+: /, '').length).toBeGreaterThan(12);
  expect(error.message).not.toMatch(/undefined|\[object/);
}

type Mutation =
  | { kind: 'flip-bit'; at: number; bit: number }
  | { kind: 'drop-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip-bit' as const), at: fc.nat({ max: packBytes.length - 1 }), bit: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat({ max: lines.length - 1 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat({ max: lines.length - 1 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat({ max: lines.length - 1 }), b: fc.nat({ max: lines.length - 1 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: packBytes.length - 1 }) }),
);

/** The mutated pack as the importer would see it: bytes decoded as UTF-8 (bad sequences become U+FFFD). */
function mutate(m: Mutation): string {
  switch (m.kind) {
    case 'flip-bit': {
      const bytes = Buffer.from(packBytes);
      bytes[m.at] ^= 1 << m.bit;
      return new TextDecoder().decode(bytes);
    }
    case 'truncate':
      return new TextDecoder().decode(packBytes.subarray(0, m.at));
    case 'drop-line':
      return lines.filter((_, i) => i !== m.at).map((l) => l + '\n').join('');
    case 'duplicate-line':
      return lines.flatMap((l, i) => (i === m.at ? [l, l] : [l])).map((l) => l + '\n').join('');
    case 'swap-lines': {
      const swapped = [...lines];
      [swapped[m.a], swapped[m.b]] = [swapped[m.b], swapped[m.a]];
      return swapped.map((l) => l + '\n').join('');
    }
  }
}

describe('the reader refuses every broken pack with a PackError', () => {
  test('random bit flips, dropped, duplicated and swapped lines, cuts', () => {
    fc.assert(
      fc.property(mutation, (m) =>
        tally.checkSync(`reader: ${m.kind}`, () => {
          const text = mutate(m);
          if (text === packText) return; // swapping a line with itself
          expectWellFormed(readError(text), text);
        }),
      ),
      { numRuns: runs(600) },
    );
  });

  test('the same, fed in random chunks and single lines through PackReader', () => {
    fc.assert(
      fc.property(mutation, fc.integer({ min: 1, max: 5000 }), (m, size) =>
        tally.checkSync('reader: streamed mutations', () => {
          const text = mutate(m);
          if (text === packText) return;
          const reader = new PackReader();
          let error: unknown = null;
          try {
            for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
            reader.end();
          } catch (caught) {
            error = caught;
          }
          expect(error).toBeInstanceOf(PackError);
          // Once failed, the reader keeps failing with the same error.
          expect(() => reader.push('{}\n')).toThrow((error as PackError).message);
        }),
      ),
      { numRuns: runs(200) },
    );
  });

  test.each([3, 4, 99, 2 ** 31])('a header of version %d asks to update the extension', (version) => {
    tally.checkSync('reader: wrong versions', () => {
      const text = withValidChecksum({ ...header, version } as unknown as PackHeader, lines.slice(1));
      expect(readError(text).message).toBe(`line 1: this pack has format version ${version}, newer than this version of Parallax reads (2): update the extension`);
    });
  });

  it('reads a pack of the older version 1 (before the figure kind "share")', () => {
    const older = withValidChecksum({ ...header, version: 1 }, lines.slice(1));
    expect(readPack(older).header.version).toBe(1);
  });

  test.each([0, -1, 1.5, '1', null])('a header of version %p is refused as not a valid header', (version) => {
    tally.checkSync('reader: wrong versions', () => {
      const error = readError(JSON.stringify({ ...header, version }) + '\n' + body);
      expect(error.message).toMatch(/^line 1: header: field "version": /);
    });
  });

  test.each(['stories', 'articles', 'quotes', 'figures', 'terms', 'records'] as const)('header count of %s changed', (key) => {
    tally.checkSync('reader: changed counts', () => {
      for (const delta of [-1, 1, 1000]) {
        const counts = { ...header.counts, [key]: Math.max(0, header.counts[key] + delta) };
        const countError = new RegExp(`header announces ${counts[key]} ${key}, the pack holds ${header.counts[key]}|terms record: term .* more than the pack holds`);
        // Without a new checksum, the counts are compared first (the checksum covers them too).
        expect(readError(JSON.stringify({ ...header, counts }) + '\n' + body).message).toMatch(countError);
        // With a recomputed checksum, the counts alone tell.
        const { checksum: _checksum, ...fields } = header;
        expect(readError(withValidChecksum({ ...fields, counts }, lines.slice(1))).message).toMatch(countError);
      }
    });
  });

  test("a story's counts changed, checksum recomputed: the story names itself", () => {
    const at = lines.findIndex((l) => l.includes('"type":"story"'));
    for (const field of ['articles', 'quotes', 'figures'] as const) {
      tally.checkSync('reader: changed counts', () => {
        const story = JSON.parse(lines[at]);
        story[field] += 1;
        const changed = lines.slice(1).map((l, i) => (i + 1 === at ? JSON.stringify(story) : l));
        const { checksum: _checksum, ...fields } = header;
        const error = readError(withValidChecksum(fields, changed));
        expect(error.message).toMatch(new RegExp(`story "${story.id}" announces ${story[field]} ${field} but holds ${story[field] - 1}`));
      });
    }
  });

  test('oversized lines, nesting bombs and a 50 MB line', () => {
    const quoteLine = lines.findIndex((l) => l.includes('"type":"quote"'));
    const insert = (line: string, at = quoteLine): string => [...lines.slice(0, at), line, ...lines.slice(at)].map((l) => l + '\n').join('');
    const cases: [string, string, RegExp][] = [
      ['a line just over the limit', insert('{"type":"quote","text":"' + 'x'.repeat(1_000_000) + '"}'), new RegExp(`^line ${quoteLine + 1}: the line is longer than 1000000 characters`)],
      ['an array nesting bomb', insert('{"type":"quote","groups":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'), new RegExp(`^line ${quoteLine + 1}: quote record: `)],
      ['an object nesting bomb', insert('{"type":"terms","entries":[["a",' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000) + ']]}'), new RegExp(`^line ${quoteLine + 1}: terms record: `)],
      ['an unclosed nesting bomb', insert('['.repeat(900_000)), new RegExp(`^line ${quoteLine + 1}: not valid JSON`)],
      ['a nesting bomb as the header', '['.repeat(500_000) + ']'.repeat(400_000) + '\n' + body, /^line 1: not a Parallax pack/],
      ['a 50 MB line', insert('{"type":"quote","text":"' + 'ab'.repeat(25_000_000) + '"}'), new RegExp(`^line ${quoteLine + 1}: the line is longer`)],
      ['50 MB without a line break', 'x'.repeat(50_000_000), /^line 1: the line is longer/],
    ];
    for (const [name, text, message] of cases) {
      tally.checkSync('reader: oversized and nested', () => {
        const error = readError(text);
        expect([name, error.message]).toEqual([name, expect.stringMatching(message)]);
      });
    }
  });
});

describe('a refused import leaves the live pack as it was', () => {
  const options = { id: 'added:fuzz', name: 'Fuzz', source: 'added' as const, batchRows: 40, checkpointStories: 2 };
  let corpus: CorpusDb;
  let before: Awaited<ReturnType<typeof dumpCorpus>>;

  beforeAll(async () => {
    corpus = freshDatabases().corpus;
    await importPack(corpus, chunks(liveText), options);
    before = await dumpCorpus(corpus);
  });

  /** Imports `text` over the live pack; the import must fail with a PackError and change nothing. */
  async function refusedImport(kind: string, text: string, chunkSize: number): Promise<void> {
    await tally.check(kind, async () => {
      let error: unknown = null;
      await importPack(corpus, chunks(text, chunkSize), options).catch((caught: unknown) => void (error = caught));
      expect(error).toBeInstanceOf(PackError);
      expect(await dumpCorpus(corpus)).toEqual(before);
    });
  }

  test('random mutations of another pack, under the live pack’s id', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, fc.integer({ min: 200, max: 20_000 }), async (m, size) => {
        const text = mutate(m);
        if (text === packText) return;
        await refusedImport(`import: ${m.kind}`, text, size);
      }),
      { numRuns: runs(40) },
    );
  });

  test('a newer version, changed counts, a 50 MB line', async () => {
    const { checksum: _checksum, ...fields } = header;
    const quoteLine = lines.findIndex((l) => l.includes('"type":"quote"'));
    const cases = [
      withValidChecksum({ ...fields, version: 3 } as unknown as PackHeader, lines.slice(1)),
      withValidChecksum({ ...fields, counts: { ...fields.counts, figures: fields.counts.figures + 1 } }, lines.slice(1)),
      [...lines.slice(0, quoteLine), '{"type":"quote","text":"' + 'ab'.repeat(25_000_000) + '"}', ...lines.slice(quoteLine)].join('\n') + '\n',
    ];
    for (const text of cases) await refusedImport('import: version, counts, 50 MB line', text, 65_536);
  });

  test('afterwards the same database takes the intact pack', async () => {
    const result = await importPack(corpus, chunks(packText), options);
    expect(result.status).toBe('imported');
    expect((await corpus.stories.toArray()).reduce((n, story) => n + story.members.length, 0)).toBe(header.counts.articles);
    expect((await corpus.generations.toArray()).map((g) => g.state)).toEqual(['live']);
  });
});
