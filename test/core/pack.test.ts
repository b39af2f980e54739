// Corpus packs: build, serialise, read back, and reject what is not a whole, current pack.
import fc from 'fast-check';
import { crc32 } from 'node:zlib';
import { similarity } from '../../src/core/fingerprint';
import { buildPack, contextAround, PackBuildError, serializePack } from '../../src/core/pack-build';
import { canonicalUrl, crc32Hex, crc32Update, CRC32_START, PackError } from '../../src/core/pack-format';
import { PackReader, readPack } from '../../src/core/pack-read';
import type { Article } from '../../src/core/types';
import { loadArticles } from '../support/shared';

/** The articles of the first `stories` BASIL stories (by story id), so each story is complete. */
function basilSubset(stories: number): Article[] {
  const ids = [...new Set(loadArticles('basil').map((a) => a.story!))].sort().slice(0, stories);
  return loadArticles('basil').filter((a) => ids.includes(a.story!));
}

const seeds = loadArticles('seeds');
const seedContent = buildPack(seeds);
const seedText = serializePack(seedContent);
const basil = basilSubset(12);
const basilContent = buildPack(basil);
const basilText = serializePack(basilContent);

/** Every string in a value, recursively. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** The pack's lines (without the empty string after the final line break). */
const linesOf = (text: string): string[] => text.split('\n').slice(0, -1);
const joinLines = (lines: string[]): string => lines.map((l) => l + '\n').join('');

/** The message readPack throws for `text` (fails the test when it does not throw a PackError). */
function rejection(text: string): string {
  try {
    readPack(text);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as Error).message;
  }
  throw new Error('readPack accepted the text');
}

describe('building and reading a pack', () => {
  it.each([
    ['the seed story', seeds, seedContent, seedText],
    ['a BASIL subset', basil, basilContent, basilText],
  ])('reads back %s exactly as built', (_, articles, content, text) => {
    const { header, ...read } = readPack(text);
    expect(read).toEqual(content);
    const all = content.stories.flatMap((s) => s.articles);
    expect(all.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
    expect(header.counts).toEqual({
      stories: content.stories.length,
      articles: articles.length,
      quotes: content.stories.reduce((n, s) => n + s.quotes.length, 0),
      figures: content.stories.reduce((n, s) => n + s.figures.length, 0),
      terms: content.frequencies.length,
      records: linesOf(text).length - 1,
    });
    expect(header.counts.quotes).toBeGreaterThan(articles.length);
    expect(header.counts.figures).toBeGreaterThan(articles.length);
  });

  it('keeps the stories the input gives, and offsets that point at the quotes and figures', () => {
    const given = new Map(basil.map((a) => [a.id, a.story]));
    for (const story of basilContent.stories) {
      for (const a of story.articles) expect(a.story).toBe(given.get(a.id));
    }
    const byId = new Map(basil.map((a) => [a.id, a]));
    for (const { quotes, figures } of basilContent.stories) {
      for (const q of quotes) {
        const text = byId.get(q.article)!.text;
        expect(text.slice(q.start, q.end)).toBe(q.text);
        // The context is the text right around the quote.
        expect(text.slice(q.start - q.before.length, q.end + q.after.length)).toBe(q.before + q.text + q.after);
        for (const g of q.groups) expect([g.start >= q.start, g.end <= q.end]).toEqual([true, true]);
      }
      for (const f of figures) {
        const text = byId.get(f.article)!.text;
        expect(text.slice(f.start - f.before.length, f.end + f.after.length)).toBe(f.before + f.text + f.after);
      }
    }
  });

  it('groups articles without a story with the engine, and numbers groups per story', () => {
    const unlabelled = basil.map(({ story: _story, ...rest }) => rest);
    const content = buildPack(unlabelled);
    expect(content.stories.length).toBeGreaterThan(1);
    for (const s of content.stories) {
      expect(s.story.id).toMatch(/^story-/);
      const groups = s.quotes.flatMap((q) => q.groups.map((g) => g.group));
      expect(new Set(groups)).toEqual(new Set(Array.from({ length: s.story.quoteGroups }, (_, i) => i + 1)));
    }
  });

  it('never holds a whole article text', () => {
    for (const [articles, content] of [[seeds, seedContent], [basil, basilContent]] as const) {
      const all = strings(content);
      expect(Math.max(...all.map((s) => s.length))).toBeLessThanOrEqual(1000);
      const joined = all.join('\u0000');
      for (const a of articles) expect(joined.includes(a.text.trim())).toBe(false);
      // Nor most of one: what a story's records quote of an article stays well under its text.
      const quoted = content.stories.flatMap((s) => s.quotes.filter((q) => q.article === articles[0].id));
      expect(quoted.reduce((n, q) => n + q.text.length, 0)).toBeLessThan(articles[0].text.length);
    }
  });

  it('stores compact fingerprints and the document frequencies of their terms only', () => {
    const fingerprintTerms = new Set(basilContent.stories.flatMap((s) => s.articles.flatMap((a) => a.fingerprint.terms)));
    expect(new Set(basilContent.frequencies.map(([t]) => t))).toEqual(fingerprintTerms);
    const terms = basilContent.frequencies.map(([t]) => t);
    expect(terms).toEqual([...terms].sort((a, b) => (a < b ? -1 : 1)));
    for (const [, n] of basilContent.frequencies) expect(n).toBeLessThanOrEqual(basil.length);
    for (const a of basilContent.stories.flatMap((s) => s.articles)) {
      expect(a.fingerprint.terms.length).toBeGreaterThan(10);
      expect(a.fingerprint.terms.length).toBeLessThanOrEqual(40);
      expect(a.fingerprint.day).not.toBeNull();
      for (const w of a.fingerprint.weights) expect(Math.round(w * 1e4) / 1e4).toBe(w);
    }
  });

  it('stores fingerprints that find an article of the same story as the nearest one', () => {
    const articles = basilContent.stories.flatMap((s) => s.articles);
    let same = 0;
    for (const a of articles) {
      let best = { score: -1, story: '' };
      for (const b of articles) {
        const score = b.id === a.id ? -1 : similarity(a.fingerprint, b.fingerprint);
        if (score > best.score) best = { score, story: b.story };
      }
      if (best.story === a.story) same++;
    }
    expect(same / articles.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the same bytes for the same articles in any order', () => {
    expect(serializePack(buildPack(basil))).toBe(basilText);
    const shuffled = fc.sample(fc.shuffledSubarray(basil, { minLength: basil.length }), { numRuns: 1, seed: 7 })[0];
    expect(shuffled.map((a) => a.id)).not.toEqual(basil.map((a) => a.id));
    expect(serializePack(buildPack(shuffled))).toBe(basilText);
  });

  it('dates the pack from the option, else the newest article, never the clock', () => {
    expect(seedContent.built).toBe('2022-03-07');
    expect(buildPack(seeds, { built: '2024-02-29' }).built).toBe('2024-02-29');
    expect(() => buildPack(seeds, { built: '2023-02-29' })).toThrow(/not a valid YYYY-MM-DD date/);
    const undated = seeds.map(({ date: _date, ...rest }) => rest);
    expect(() => buildPack(undated)).toThrow(PackBuildError);
    expect(() => buildPack([...seeds, seeds[0]])).toThrow(/duplicate article id "seed-000"/);
  });
});

describe('reading a pack as a stream', () => {
  it('yields the same records whatever the chunk sizes, validating each line as it completes', () => {
    const whole = new PackReader().push(seedText);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 40 }), (sizes) => {
        const reader = new PackReader();
        const records = [];
        let at = 0;
        for (let i = 0; at < seedText.length; i++) {
          const size = sizes[i % sizes.length];
          records.push(...reader.push(seedText.slice(at, at + size)));
          at += size;
        }
        expect(reader.end().checksum).toBe(readPack(seedText).header.checksum);
        expect(records).toEqual(whole);
      }),
      { numRuns: 30 },
    );
  });

  it('reads line by line, the header first', () => {
    const reader = new PackReader();
    const [header, ...rest] = linesOf(seedText);
    expect(reader.pushLine(header)).toBeNull();
    expect(reader.header?.counts.articles).toBe(5);
    expect(reader.pushLine(rest[0])?.type).toBe('terms');
    for (const line of rest.slice(1)) reader.pushLine(line);
    expect(reader.end().built).toBe('2022-03-07');
  });
});

describe('rejecting what is not a whole, current pack', () => {
  const lines = linesOf(seedText);

  it('a pack cut in the middle of a line', () => {
    expect(rejection(seedText.slice(0, Math.floor(seedText.length / 2)))).toMatch(/truncated: line \d+ ends without a line break/);
  });

  it('a pack cut at a line boundary', () => {
    expect(rejection(joinLines(lines.slice(0, 20)))).toMatch(/truncated/);
    // Cut just after a story record: the story's own count says what is missing.
    expect(rejection(joinLines(lines.slice(0, lines.findIndex((l) => l.includes('"type":"story"')) + 1)))).toMatch(
      /story "blinken-war-crimes-2022-03" announces 5 articles but holds 0/,
    );
    expect(rejection(lines[0] + '\n')).toMatch(/the pack is truncated: the header announces 1 stories, the pack holds 0/);
  });

  it('a changed byte in a record, or in the header', () => {
    const i = lines.findIndex((l) => l.includes('"credible reports"'));
    const flipped = [...lines];
    flipped[i] = flipped[i].replace('"credible reports"', '"credible reporta"');
    expect(rejection(joinLines(flipped))).toMatch(/corrupt: checksum [0-9a-f]{8} does not match the header's [0-9a-f]{8}/);
    expect(rejection(seedText.replace('"built":"2022-03-07"', '"built":"2022-03-08"'))).toMatch(/checksum/);
  });

  it('a record missing a field, naming the line and the field', () => {
    const i = lines.findIndex((l) => l.includes('"type":"quote"'));
    const broken = [...lines];
    broken[i] = broken[i].replace(/,"speaker":("[^"]*"|null)/, '');
    expect(rejection(joinLines(broken))).toBe(`line ${i + 1}: quote record: field "speaker" is missing`);
    broken[i] = lines[i].replace(/"start":\d+/, '"start":"x"');
    expect(rejection(joinLines(broken))).toMatch(new RegExp(`^line ${i + 1}: quote record: field "start": .*number`));
    broken[i] = lines[i].replace('"article":"', '"article":"other-');
    expect(rejection(joinLines(broken))).toMatch(/field "article": "other-seed-\d+" is not an article of story/);
  });

  it('records out of order', () => {
    const article = lines.findIndex((l) => l.includes('"type":"article"'));
    const figure = lines.findIndex((l) => l.includes('"type":"figure"'));
    const swapped = [...lines];
    [swapped[article], swapped[figure]] = [swapped[figure], swapped[article]];
    expect(rejection(joinLines(swapped))).toMatch(new RegExp(`^line ${article + 1}: figure record out of order`));
  });

  it('a pack of a newer format, telling to update the extension', () => {
    const newer = seedText.replace('"version":2', '"version":3');
    expect(rejection(newer)).toBe('line 1: this pack has format version 3, newer than this version of Parallax reads (2): update the extension');
  });

  it('an empty file and files that are not packs', () => {
    expect(rejection('')).toBe('not a Parallax pack: the file is empty');
    expect(rejection('\n')).toMatch(/not a Parallax pack: the first line is empty/);
    expect(rejection('{"articles":[],"quoteGroups":[]}\n')).toMatch(/not a Parallax pack: the header has no "format": "parallax-pack"/);
    expect(rejection('{"articles":[]}')).toMatch(/not a Parallax pack/);
    expect(rejection('{\n  "format": "parallax-pack"\n}\n')).toMatch(/not a Parallax pack: the first line is not a JSON header/);
    expect(rejection(seeds.map((a) => JSON.stringify(a)).join('\n'))).toMatch(/not a Parallax pack/);
  });

  it('throws only PackErrors, and never hangs, whatever a random edit does to a pack', () => {
    const original = readPack(seedText);
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'insert', 'replace'),
      at: fc.nat({ max: seedText.length }),
      char: fc.constantFrom('\n', '"', '{', '}', ',', ':', '0', '9', 'a', ' ', '\\', 'é', '\ud800'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = seedText;
        for (const { kind, at, char } of edits) {
          const i = Math.min(at, text.length);
          if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
          else if (kind === 'insert') text = text.slice(0, i) + char + text.slice(i);
          else text = text.slice(0, i) + char + text.slice(i + 1);
        }
        try {
          expect(readPack(text)).toEqual(original);
        } catch (error) {
          if (!(error instanceof PackError)) throw error;
          expect(error.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('pack helpers', () => {
  it('computes the CRC-32 of the UTF-8 bytes of a string', () => {
    for (const text of ['123456789', '', 'Zürich “quoted” — 😀', 'lone \ud800 surrogate']) {
      expect(crc32Hex(crc32Update(CRC32_START, text))).toBe(crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0'));
    }
    // Continuing over pieces equals one pass over the whole.
    expect(crc32Hex(crc32Update(crc32Update(CRC32_START, 'Zür'), 'ich'))).toBe(crc32Hex(crc32Update(CRC32_START, 'Zürich')));
  });

  it('computes the same CRC-32 over long texts, whatever sits where the text is cut into slices', () => {
    const zlibCrc = (text: string) => crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0');
    // Pairs, lone surrogates and three-byte characters around multiples of 2^14 units (the
    // encoder's slice), after one- or three-byte characters.
    const tail = fc.constantFrom('😀', '\ud83d', '\ude00', '\ude00\ud83d', '€', 'é', 'a');
    fc.assert(
      fc.property(fc.constantFrom('x', '€'), fc.integer({ min: 1, max: 3 }), fc.integer({ min: -3, max: 3 }), fc.array(tail, { maxLength: 4 }), fc.string(), (filler, slices, shift, around, rest) => {
        const text = filler.repeat(slices * 16384 + shift - 2) + around.join('') + rest;
        expect(crc32Hex(crc32Update(CRC32_START, text))).toBe(zlibCrc(text));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\ud83d', '\ude00'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40_000 }), (text) => {
        expect(crc32Hex(crc32Update(CRC32_START, text))).toBe(zlibCrc(text));
      }),
      { numRuns: 50 },
    );
  });

  it('canonicalises article addresses: no scheme, www, fragment, trailing slash or tracking parameters', () => {
    expect(canonicalUrl('http://www.nytimes.com/2010/05/18/nyregion/18blumenthal.html?hp&_r=0')).toBe('nytimes.com/2010/05/18/nyregion/18blumenthal.html');
    expect(canonicalUrl('https://Example.com/news/story/?utm_source=tw&id=42#comments')).toBe('example.com/news/story?id=42');
    expect(canonicalUrl('https://example.com/a?b=2&a=1')).toBe(canonicalUrl('http://www.example.com/a/?a=1&b=2'));
    expect(canonicalUrl(' not a url ')).toBe('not a url');
  });

  it('gives the AMP and mobile editions of an article the address of the article', () => {
    const article = 'theguardian.com/us-news/2016/jun/12/orlando-shooting';
    for (const edition of [
      'https://amp.theguardian.com/us-news/2016/jun/12/orlando-shooting',
      'https://m.theguardian.com/us-news/2016/jun/12/orlando-shooting/',
      'https://www.theguardian.com/us-news/2016/jun/12/orlando-shooting/amp',
      'https://www.theguardian.com/amp/us-news/2016/jun/12/orlando-shooting',
      'https://www.theguardian.com/us-news/2016/jun/12/orlando-shooting?amp=1',
      'https://www.theguardian.com/us-news/2016/jun/12/orlando-shooting?outputType=amp#top',
      'https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/us-news/2016/jun/12/orlando-shooting',
    ]) {
      expect(canonicalUrl(edition)).toBe(article);
    }
    expect(canonicalUrl('https://www.cnn.com/2016/06/12/us/orlando-nightclub-shooting/index.amp.html')).toBe('cnn.com/2016/06/12/us/orlando-nightclub-shooting/index.html');
    // Words that merely contain "amp", and parameters that select content, stay.
    expect(canonicalUrl('https://example.com/camp/champion?format=json')).toBe('example.com/camp/champion?format=json');
    expect(canonicalUrl('https://m.co/x')).toBe('m.co/x');
  });

  it('takes the sentence around an item as context, capped at a word boundary', () => {
    const filler = 'Other news of the day went on for a while without any quotes at all. '.repeat(3);
    const text = filler + 'Earlier news. The mayor said the city “will rebuild every home” after the storm, officials noted. Next sentence. ' + filler;
    const start = text.indexOf('will');
    const end = text.indexOf('”');
    expect(contextAround(text, start - 1, end + 1, start, end, 100)).toEqual(['The mayor said the city “', '” after the storm, officials noted.']);
    const [before, after] = contextAround(text, start - 1, end + 1, start, end, 12);
    expect([before, after]).toEqual(['the city “', '” after the']);
  });

  it('keeps contexts short of a short article', () => {
    const text = 'He said “yes” and left.';
    const [before, after] = contextAround(text, 8, 13, 9, 12, 150);
    expect(before.length + after.length).toBeLessThanOrEqual(text.length / 2);
  });
});
