// The corpus pack format (version 2): JSON Lines, streamable, validated without eval.
//
//   line 1   header  {"format":"parallax-pack","version":2,"built":"YYYY-MM-DD","counts":{…},"checksum":"…"}
//   then     terms   document frequencies of the fingerprint terms, in chunks, terms ascending
//            story   then that story's article records, then its quote records, then its figure records
//            story   …
//
// Every record is one line with a `type` tag. A pack holds what the engine derived from its
// articles (metadata, fingerprints, quotes with a sentence of context, figures), never whole texts.
// The checksum is a CRC-32 over the header without its checksum (`checksumPrefix`) followed by
// every byte after the header line, so a changed header field is caught as well as a changed record.
// docs/pack-format.md describes the format for people.
import * as v from 'valibot';
import { FIGURE_KINDS } from './types';

/** Value of the header's `format` field. */
export const PACK_FORMAT = 'parallax-pack';
/**
 * The format version this code writes and the newest it reads; it reads every older one too.
 * Version 2 added the figure kind `share`.
 */
export const PACK_VERSION = 2;

/** A pack that cannot be read: not a pack, newer format, truncated or corrupt. */
export class PackError extends Error {
  constructor(
    message: string,
    /** 1-based line of the pack the problem is on; null for problems of the whole pack. */
    readonly line: number | null = null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'PackError';
  }
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = count;
const positive = v.pipe(v.number(), v.integer(), v.minValue(1));
const nonEmpty = v.pipe(v.string(), v.minLength(1));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const PackCountsSchema = v.strictObject({
  stories: count,
  articles: count,
  quotes: count,
  figures: count,
  /** Entries of the document-frequency table. */
  terms: count,
  /** Lines after the header. */
  records: count,
});
export type PackCounts = v.InferOutput<typeof PackCountsSchema>;

export const PackHeaderSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(PACK_VERSION)),
  /** Build date: from the builder's caller or the newest article, never the wall clock. */
  built: isoDate,
  counts: PackCountsSchema,
  /** CRC-32, 8 lower-case hex digits. */
  checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
});
export type PackHeader = v.InferOutput<typeof PackHeaderSchema>;

/**
 * A chunk of the document-frequency table: [term, number of the pack's articles whose terms
 * include it]. The table counts over all the pack's articles (`counts.articles` documents) but
 * lists only terms that appear in some stored fingerprint.
 */
export const TermsRecordSchema = v.strictObject({
  type: v.literal('terms'),
  entries: v.array(v.strictTuple([nonEmpty, positive])),
});
export type TermsRecord = v.InferOutput<typeof TermsRecordSchema>;

/** One story (event); its articles, quotes and figures follow it, in that order. */
export const StoryRecordSchema = v.strictObject({
  type: v.literal('story'),
  id: nonEmpty,
  articles: positive,
  quotes: count,
  figures: count,
  /** Utterance groups of the story; quotes refer to them as 1…quoteGroups. */
  quoteGroups: count,
  /** Figure groups of the story; figures refer to them as 1…figureGroups. */
  figureGroups: count,
});
export type StoryRecord = v.InferOutput<typeof StoryRecordSchema>;

export const FingerprintSchema = v.strictObject({
  /** Publication day (days since 1970-01-01 UTC); null when the article has no date. */
  day: v.nullable(v.pipe(v.number(), v.integer())),
  terms: v.array(nonEmpty),
  /** Weights of `terms` (same order), rounded to 4 decimals. */
  weights: v.array(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
});

export const ArticleRecordSchema = v.strictObject({
  type: v.literal('article'),
  id: nonEmpty,
  story: nonEmpty,
  outlet: v.string(),
  url: v.nullable(v.string()),
  /** `canonicalUrl(url)`: what a page's address is matched against; null without a url. */
  canonicalUrl: v.nullable(v.string()),
  title: v.nullable(v.string()),
  /** As the input gave it (ISO date or date-time); null when unknown. */
  date: v.nullable(v.string()),
  fingerprint: FingerprintSchema,
});
export type ArticleRecord = v.InferOutput<typeof ArticleRecordSchema>;

/** Where a quote (or one sentence of it) renders an utterance of the story. */
export const QuoteGroupRefSchema = v.strictObject({
  /** Story-local group number, 1-based. */
  group: positive,
  /** Offsets of the wording in the article text (inside the quote). */
  start: offset,
  end: offset,
  relation: v.picklist(['reference', 'same', 'fragment', 'reworded']),
});
export type QuoteGroupRef = v.InferOutput<typeof QuoteGroupRefSchema>;

export const QuoteRecordSchema = v.strictObject({
  type: v.literal('quote'),
  id: nonEmpty,
  article: nonEmpty,
  /** Offsets of `text` in the article text (quotation marks excluded). */
  start: offset,
  end: offset,
  text: v.string(),
  speaker: v.nullable(v.string()),
  /** The sentence around the quote: text just before it (opening mark included) … */
  before: v.string(),
  /** … and just after it (closing mark included); each side capped, cut at a word. */
  after: v.string(),
  groups: v.array(QuoteGroupRefSchema),
});
export type QuoteRecord = v.InferOutput<typeof QuoteRecordSchema>;

export const FigureRecordSchema = v.strictObject({
  type: v.literal('figure'),
  id: nonEmpty,
  article: nonEmpty,
  start: offset,
  end: offset,
  text: v.string(),
  value: v.nullable(v.pipe(v.number(), v.finite())),
  kind: v.picklist(FIGURE_KINDS),
  qualifier: v.nullable(v.string()),
  what: v.string(),
  /** Story-local figure group number, 1-based; null when no other outlet reports the quantity. */
  group: v.nullable(positive),
  /** Why the figures of the group disagree; null when they agree or there is no group. */
  disagreement: v.nullable(v.string()),
  /** A few words before and after the figure, within its sentence. */
  before: v.string(),
  after: v.string(),
});
export type FigureRecord = v.InferOutput<typeof FigureRecordSchema>;

export type PackRecord = TermsRecord | StoryRecord | ArticleRecord | QuoteRecord | FigureRecord;

/** Schema of each record type, by its `type` tag. */
export const RECORD_SCHEMAS = {
  terms: TermsRecordSchema,
  story: StoryRecordSchema,
  article: ArticleRecordSchema,
  quote: QuoteRecordSchema,
  figure: FigureRecordSchema,
} as const;

/** One story with everything stored for it. */
export interface PackStory {
  story: StoryRecord;
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  figures: FigureRecord[];
}

/** A pack's content, as built (before serialisation) or read back (without the header). */
export interface PackContent {
  /** Build date, YYYY-MM-DD. */
  built: string;
  /** Document frequencies [term, articles], terms ascending (code-unit order). */
  frequencies: [string, number][];
  /** Stories by id ascending. */
  stories: PackStory[];
}

/** A pack read back: its content and the header it came with. */
export interface Pack extends PackContent {
  header: PackHeader;
}

/**
 * What the checksum covers before the body: the header line as written, minus its checksum.
 * Serialised with a fixed key order, so a reader rebuilds the same bytes from the parsed header.
 */
export function checksumPrefix(header: Omit<PackHeader, 'checksum'>): string {
  const { stories, articles, quotes, figures, terms, records } = header.counts;
  const canonical = {
    format: header.format,
    version: header.version,
    built: header.built,
    counts: { stories, articles, quotes, figures, terms, records },
  };
  return JSON.stringify(canonical) + '\n';
}

/**
 * CRC-32 tables for slicing by 8: table k (at k * 256) advances a byte's CRC by k more zero bytes,
 * so eight bytes take eight lookups and no loop-carried shifts in between.
 */
const CRC_TABLES = (() => {
  const tables = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) {
      const previous = tables[(k - 1) * 256 + n];
      tables[k * 256 + n] = (previous >>> 8) ^ tables[previous & 0xff];
    }
  }
  return tables;
})();

/** Initial state of a CRC-32 computation; finish with `crc32Hex`. */
export const CRC32_START = 0xffffffff;

/** UTF-16 code units encoded per step: the byte buffer holds three bytes for each, and one more unit (a split pair). */
const CRC_SLICE = 1 << 14;
/** Made on first use: modules that import this file but never sum (panel code under jsdom) need no TextEncoder. */
let crcEncoder: TextEncoder | undefined;
const crcBytes = new Uint8Array((CRC_SLICE + 1) * 3);

/**
 * Continues a CRC-32 (IEEE, as in zip and PNG) over the UTF-8 bytes of `text`, as TextEncoder
 * writes them (a lone surrogate as U+FFFD). The text is encoded in slices into one reused buffer:
 * the native encoder and a table-driven loop over bytes are several times faster than encoding
 * code unit by code unit in JavaScript.
 */
export function crc32Update(crc: number, text: string): number {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CRC_SLICE);
    // Never split a surrogate pair between two slices.
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
    const { written } = (crcEncoder ??= new TextEncoder()).encodeInto(text.slice(start, end), crcBytes);
    crc = crc32Bytes(crc, crcBytes, written);
    start = end;
  }
  return crc >>> 0;
}

/** Continues a CRC-32 over the first `length` bytes of `bytes`, eight at a time. */
function crc32Bytes(crc: number, bytes: Uint8Array, length: number): number {
  const t = CRC_TABLES;
  let i = 0;
  for (; i + 8 <= length; i += 8) {
    const low = (crc ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24))) >>> 0;
    crc =
      t[1792 + (low & 0xff)] ^
      t[1536 + ((low >>> 8) & 0xff)] ^
      t[1280 + ((low >>> 16) & 0xff)] ^
      t[1024 + (low >>> 24)] ^
      t[768 + bytes[i + 4]] ^
      t[512 + bytes[i + 5]] ^
      t[256 + bytes[i + 6]] ^
      t[bytes[i + 7]];
  }
  for (; i < length; i++) crc = t[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}

/** The finished CRC-32 as 8 lower-case hex digits. */
export function crc32Hex(crc: number): string {
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

export { canonicalUrl } from './canonical-url';
