// Reading a corpus pack, streaming: feed it text in chunks (or lines) as they arrive, get back
// validated records, and call `end()` to check the counts and checksum. Pure: no file access.
import * as v from 'valibot';
import {
  checksumPrefix,
  crc32Hex,
  crc32Update,
  CRC32_START,
  PACK_FORMAT,
  PACK_VERSION,
  PackError,
  PackHeaderSchema,
  RECORD_SCHEMAS,
  type ArticleRecord,
  type Pack,
  type PackCounts,
  type PackHeader,
  type PackRecord,
  type PackStory,
  type StoryRecord,
} from './pack-format';
import { FIGURE_KINDS } from './types';

/** No line of a valid pack comes near this; a longer one is corrupt (and would eat memory). */
const MAX_LINE_LENGTH = 1_000_000;

/** Where the reader is in the fixed record order. */
type Section = 'header' | 'terms' | 'story' | 'article' | 'quote' | 'figure';
const SECTION_ORDER: Record<Section, number> = { header: 0, terms: 1, story: 2, article: 3, quote: 4, figure: 5 };

/**
 * A streaming pack reader. `push` validates the header first, then each record as its line
 * completes, and throws PackError naming the line and the field; `end` throws when the pack is
 * truncated (counts or checksum differ from the header). Once it has thrown, it throws again.
 *
 * A record passes validation before the checksum can be known, so an importer should treat what
 * it stored as provisional until `end()` returns.
 */
export class PackReader {
  /** The validated header; null until the first line is read. */
  header: PackHeader | null = null;
  private pending: string[] = [];
  private pendingLength = 0;
  private line = 0;
  private crc = CRC32_START;
  private readonly seen: PackCounts = { stories: 0, articles: 0, quotes: 0, figures: 0, terms: 0, records: 0 };
  private section: Section = 'header';
  private lastTerm: string | null = null;
  private story: StoryRecord | null = null;
  private storyArticles = new Set<string>();
  private storyItems = new Set<string>();
  private storyCounts = { articles: 0, quotes: 0, figures: 0 };
  private readonly storyIds = new Set<string>();
  private readonly articleIds = new Set<string>();
  private failure: PackError | null = null;
  private ended = false;

  /** Feeds the next piece of text; returns the records of the lines it completed, in order. */
  push(chunk: string): PackRecord[] {
    this.guard();
    const records: PackRecord[] = [];
    let from = 0;
    for (let newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, newline);
      const line = this.pending.length > 0 ? this.pending.join('') + piece : piece;
      this.pending = [];
      this.pendingLength = 0;
      this.checkLength(line.length);
      const record = this.run(() => this.readLine(line));
      if (record) records.push(record);
      from = newline + 1;
    }
    if (from < chunk.length) {
      this.pending.push(chunk.slice(from));
      this.pendingLength += chunk.length - from;
      this.checkLength(this.pendingLength);
    }
    return records;
  }

  /** Reads one whole line (without its "\n"); returns its record, or null for the header. */
  pushLine(line: string): PackRecord | null {
    this.guard();
    if (this.pendingLength > 0) this.fail(new PackError('a line was pushed while a chunk ended mid-line', this.line + 1));
    this.checkLength(line.length);
    return this.run(() => this.readLine(line));
  }

  /** Checks that the pack was complete: counts and checksum as the header says. Returns the header. */
  end(): PackHeader {
    this.guard();
    this.ended = true;
    return this.run(() => {
      if (this.pendingLength > 0) {
        // A non-pack file without a final line break still gets told apart from a cut pack.
        if (this.header === null) readHeader(this.pending.join(''));
        throw new PackError(`the pack is truncated: line ${this.line + 1} ends without a line break (an interrupted download or copy?)`);
      }
      const header = this.header;
      if (!header) throw new PackError('not a Parallax pack: the file is empty');
      this.closeStory(null);
      for (const key of Object.keys(header.counts) as (keyof PackCounts)[]) {
        if (header.counts[key] !== this.seen[key]) {
          const problem = this.seen[key] < header.counts[key] ? 'the pack is truncated' : 'the pack is corrupt';
          throw new PackError(`${problem}: the header announces ${header.counts[key]} ${key}, the pack holds ${this.seen[key]}`);
        }
      }
      const checksum = crc32Hex(this.crc);
      if (checksum !== header.checksum) {
        throw new PackError(`the pack is corrupt: checksum ${checksum} does not match the header's ${header.checksum}`);
      }
      return header;
    });
  }

  private guard(): void {
    if (this.failure) throw this.failure;
    if (this.ended) throw new PackError('the reader has already ended');
  }

  private fail(error: PackError): never {
    this.failure = error;
    throw error;
  }

  /** Runs a step, remembering a PackError and turning anything else into one (a reader bug must not pass as a crash). */
  private run<T>(step: () => T): T {
    try {
      return step();
    } catch (error) {
      this.fail(error instanceof PackError ? error : new PackError(`unreadable (${(error as Error).message})`, this.line));
    }
  }

  private checkLength(length: number): void {
    if (length > MAX_LINE_LENGTH) {
      this.fail(new PackError(`the line is longer than ${MAX_LINE_LENGTH} characters: the pack is corrupt`, this.line + 1));
    }
  }

  private readLine(text: string): PackRecord | null {
    this.line++;
    if (this.line === 1) {
      this.header = readHeader(text);
      this.crc = crc32Update(CRC32_START, checksumPrefix(this.header));
      return null;
    }
    this.crc = crc32Update(this.crc, text + '\n');
    this.seen.records++;
    const record = this.parseRecord(text);
    this.place(record);
    return record;
  }

  private parseRecord(text: string): PackRecord {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new PackError(text.trim() === '' ? 'empty line: the pack is corrupt' : 'not valid JSON: the pack is corrupt', this.line);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new PackError('expected a record (a JSON object): the pack is corrupt', this.line);
    }
    const type = (value as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(RECORD_SCHEMAS, type)) {
      throw new PackError(`unknown record type ${type === undefined ? '(field "type" is missing)' : JSON.stringify(type)}: the pack is corrupt`, this.line);
    }
    if (isSurelyValidRecord(value)) return value;
    const schema = RECORD_SCHEMAS[type as keyof typeof RECORD_SCHEMAS];
    const result = v.safeParse(schema, value);
    if (!result.success) throw new PackError(`${type} record: ${describeIssue(result.issues[0])}`, this.line);
    return result.output as PackRecord;
  }

  /** Checks the record's place in the fixed order and its references; counts it. */
  private place(record: PackRecord): void {
    if (record.type === 'story') {
      this.closeStory(this.line);
      if (this.storyIds.has(record.id)) throw new PackError(`story "${record.id}" appears twice`, this.line);
      this.storyIds.add(record.id);
      this.story = record;
      this.storyArticles = new Set();
      this.storyItems = new Set();
      this.storyCounts = { articles: 0, quotes: 0, figures: 0 };
      this.section = 'story';
      this.seen.stories++;
      return;
    }
    // A story has at least one article, and its articles come first.
    const misplaced = this.section === 'story' ? record.type !== 'article' : SECTION_ORDER[record.type] < SECTION_ORDER[this.section];
    if (misplaced || (record.type !== 'terms' && this.story === null)) {
      throw new PackError(`${record.type} record out of order (after ${this.section === 'header' ? 'the header' : `a ${this.section} record`})`, this.line);
    }
    this.section = record.type;
    switch (record.type) {
      case 'terms':
        for (const [term, frequency] of record.entries) {
          if (this.lastTerm !== null && term <= this.lastTerm) throw new PackError(`terms record: term "${term}" is out of order or repeated`, this.line);
          if (this.header && frequency > this.header.counts.articles) {
            throw new PackError(`terms record: term "${term}" is in ${frequency} articles, more than the pack holds`, this.line);
          }
          this.lastTerm = term;
        }
        this.seen.terms += record.entries.length;
        return;
      case 'article':
        this.checkArticle(record);
        this.storyArticles.add(record.id);
        this.storyCounts.articles++;
        this.seen.articles++;
        return;
      case 'quote':
      case 'figure': {
        if (!this.storyArticles.has(record.article)) {
          throw new PackError(`${record.type} record: field "article": "${record.article}" is not an article of story "${this.story!.id}"`, this.line);
        }
        if (this.storyItems.has(record.id)) throw new PackError(`${record.type} record: id "${record.id}" appears twice`, this.line);
        this.storyItems.add(record.id);
        if (record.end < record.start) throw new PackError(`${record.type} record: field "end" is before "start"`, this.line);
        if (record.type === 'quote') {
          for (const ref of record.groups) {
            if (ref.group > this.story!.quoteGroups) throw new PackError(`quote record: field "groups": group ${ref.group} is not a group of the story`, this.line);
            if (ref.end < ref.start) throw new PackError('quote record: field "groups": "end" is before "start"', this.line);
          }
          this.storyCounts.quotes++;
          this.seen.quotes++;
        } else {
          if (record.group !== null && record.group > this.story!.figureGroups) {
            throw new PackError(`figure record: field "group": group ${record.group} is not a group of the story`, this.line);
          }
          this.storyCounts.figures++;
          this.seen.figures++;
        }
        return;
      }
    }
  }

  private checkArticle(record: ArticleRecord): void {
    if (record.story !== this.story!.id) {
      throw new PackError(`article record: field "story": "${record.story}" but it follows story "${this.story!.id}"`, this.line);
    }
    if (this.articleIds.has(record.id)) throw new PackError(`article "${record.id}" appears twice`, this.line);
    this.articleIds.add(record.id);
    if (record.fingerprint.terms.length !== record.fingerprint.weights.length) {
      throw new PackError('article record: field "fingerprint": terms and weights differ in number', this.line);
    }
  }

  /** Checks that the story just read holds what its record announced (`line`: where the next story starts; null at the end). */
  private closeStory(line: number | null): void {
    const story = this.story;
    if (!story) return;
    for (const key of ['articles', 'quotes', 'figures'] as const) {
      if (story[key] !== this.storyCounts[key]) {
        throw new PackError(`story "${story.id}" announces ${story[key]} ${key} but holds ${this.storyCounts[key]}: the pack is corrupt or truncated`, line);
      }
    }
    this.story = null;
  }
}

// The fast path of validation: direct checks of what RECORD_SCHEMAS require, about five times
// faster than valibot (which took as long as JSON.parse). A record they accept is exactly one the
// schema accepts, and the schema would output an equal object, so it is used as parsed; a record
// they do not accept goes through valibot, which names the problem, so errors read the same. They
// must never accept what the schema rejects (test/core/pack-fast-check.test.ts compares them).

/** A parsed JSON object. */
type Fields = Record<string, unknown>;

const isText = (x: unknown): boolean => typeof x === 'string';
const isNonEmpty = (x: unknown): boolean => typeof x === 'string' && x.length > 0;
const isNullableText = (x: unknown): boolean => x === null || typeof x === 'string';
const isCount = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 0;
const isPositive = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 1;
const isObject = (x: unknown): x is Fields => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Whether `fields` has exactly `count` own keys (strict objects: with every required one checked, no other). */
const hasKeys = (fields: Fields, count: number): boolean => Object.keys(fields).length === count;
const QUOTE_RELATIONS = new Set(['reference', 'same', 'fragment', 'reworded']);
const FIGURE_KIND_SET: ReadonlySet<string> = new Set(FIGURE_KINDS);

function isFingerprint(x: unknown): boolean {
  if (!isObject(x) || !hasKeys(x, 3)) return false;
  const { day, terms, weights } = x;
  if (!(day === null || Number.isInteger(day)) || !Array.isArray(terms) || !Array.isArray(weights)) return false;
  for (const term of terms) if (!isNonEmpty(term)) return false;
  for (const weight of weights) if (typeof weight !== 'number' || !(weight >= 0 && weight <= 1)) return false;
  return true;
}

function isQuoteGroupRef(x: unknown): boolean {
  return isObject(x) && hasKeys(x, 4) && isPositive(x.group) && isCount(x.start) && isCount(x.end) && QUOTE_RELATIONS.has(x.relation as string);
}

/** Per record type: true when the record certainly passes its schema (false: let valibot decide). */
const SURELY_VALID: Record<keyof typeof RECORD_SCHEMAS, (r: Fields) => boolean> = {
  terms: (r) => {
    if (!hasKeys(r, 2) || !Array.isArray(r.entries)) return false;
    for (const entry of r.entries) {
      if (!Array.isArray(entry) || entry.length !== 2 || !isNonEmpty(entry[0]) || !isPositive(entry[1])) return false;
    }
    return true;
  },
  story: (r) =>
    hasKeys(r, 7) && isNonEmpty(r.id) && isPositive(r.articles) && isCount(r.quotes) && isCount(r.figures) && isCount(r.quoteGroups) && isCount(r.figureGroups),
  article: (r) =>
    hasKeys(r, 9) &&
    isNonEmpty(r.id) &&
    isNonEmpty(r.story) &&
    isText(r.outlet) &&
    isNullableText(r.url) &&
    isNullableText(r.canonicalUrl) &&
    isNullableText(r.title) &&
    isNullableText(r.date) &&
    isFingerprint(r.fingerprint),
  quote: (r) =>
    hasKeys(r, 10) &&
    isNonEmpty(r.id) &&
    isNonEmpty(r.article) &&
    isCount(r.start) &&
    isCount(r.end) &&
    isText(r.text) &&
    isNullableText(r.speaker) &&
    isText(r.before) &&
    isText(r.after) &&
    Array.isArray(r.groups) &&
    r.groups.every(isQuoteGroupRef),
  figure: (r) =>
    hasKeys(r, 14) &&
    isNonEmpty(r.id) &&
    isNonEmpty(r.article) &&
    isCount(r.start) &&
    isCount(r.end) &&
    isText(r.text) &&
    (r.value === null || Number.isFinite(r.value)) &&
    FIGURE_KIND_SET.has(r.kind as string) &&
    isNullableText(r.qualifier) &&
    isText(r.what) &&
    (r.group === null || isPositive(r.group)) &&
    isNullableText(r.disagreement) &&
    isText(r.before) &&
    isText(r.after),
};

/**
 * Whether a parsed line is certainly a record its schema (RECORD_SCHEMAS, by `type`) accepts, as
 * is; false when the schema rejects it, and possibly for some records it accepts (then valibot decides).
 */
export function isSurelyValidRecord(value: unknown): value is PackRecord {
  if (!isObject(value) || typeof value.type !== 'string' || !Object.hasOwn(SURELY_VALID, value.type)) return false;
  return SURELY_VALID[value.type as keyof typeof RECORD_SCHEMAS](value);
}

/** Validates the first line; tells a non-pack from a pack of a newer format. */
function readHeader(text: string): PackHeader {
  if (text.trim() === '') throw new PackError('not a Parallax pack: the first line is empty', 1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PackError('not a Parallax pack: the first line is not a JSON header', 1);
  }
  const fields = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (fields.format !== PACK_FORMAT) throw new PackError(`not a Parallax pack: the header has no "format": "${PACK_FORMAT}"`, 1);
  if (typeof fields.version === 'number' && Number.isInteger(fields.version) && fields.version > PACK_VERSION) {
    throw new PackError(
      `this pack has format version ${fields.version}, newer than this version of Parallax reads (${PACK_VERSION}): update the extension`,
      1,
    );
  }
  const result = v.safeParse(PackHeaderSchema, value);
  if (!result.success) throw new PackError(`header: ${describeIssue(result.issues[0])}`, 1);
  return result.output;
}

/** "field "speaker": expected string, got number"; "field "x" is missing". */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((item) => item.key).filter((key) => key !== undefined);
  const field = path.map(String).join('.');
  const named = field === '' ? 'the record' : `field "${field}"`;
  if (issue.kind === 'schema' && issue.received === 'undefined') return `${named} is missing`;
  if (issue.kind === 'schema' && issue.expected === 'never') return `${named} is not part of the format`;
  return `${named}: ${issue.message}`;
}

/** A pack's terms and stories as its records arrive (see `addRecord`). */
export interface PackParts {
  frequencies: [string, number][];
  stories: PackStory[];
}

/**
 * Adds a record read in pack order: terms to the frequency table, a story as a new entry, and an
 * article, quote or figure to the story before it (the reader has checked that order).
 */
export function addRecord(parts: PackParts, record: PackRecord): void {
  if (record.type === 'terms') {
    for (const entry of record.entries) parts.frequencies.push(entry);
    return;
  }
  if (record.type === 'story') {
    parts.stories.push({ story: record, articles: [], quotes: [], figures: [] });
    return;
  }
  const story = parts.stories[parts.stories.length - 1];
  if (record.type === 'article') story.articles.push(record);
  else if (record.type === 'quote') story.quotes.push(record);
  else story.figures.push(record);
}

/**
 * Reads a whole pack from one string and assembles it; throws PackError (see PackReader).
 * Terms are returned in one table, records grouped by story.
 */
export function readPack(text: string): Pack {
  const reader = new PackReader();
  const parts: PackParts = { frequencies: [], stories: [] };
  for (const record of reader.push(text)) addRecord(parts, record);
  const header = reader.end();
  return { header, built: header.built, ...parts };
}
