// Web Annotation files against the highlight importer: real exports (highlights on GVA articles)
// and another tool's annotations, mutated at random (fields deleted, values of the wrong type,
// hostile strings, nesting bombs, prototype keys, repeated ids) or cut as text. Whatever the file,
// reading it throws nothing but AnnotationImportError (for a file with no list), accounts for
// every annotation (imported, or skipped with a reason), never changes a saved highlight, and
// importing it twice adds nothing.
import fc from 'fast-check';
import { IDBKeyRange, IDBFactory } from 'fake-indexeddb';
import { toWebAnnotationCollection } from '../../src/highlights/export';
import { createHighlight, type Highlight } from '../../src/highlights/highlight';
import { AnnotationImportError, readAnnotations } from '../../src/highlights/import';
import { importHighlights, UserDb } from '../../src/store/user-db';
import { loadArticles } from '../support/shared';
import { runs, Tally } from './budget';

jest.setTimeout(120_000);

const tally = new Tally('highlight-import-fuzz');
afterAll(() => console.log(tally.summary()));

/** Highlights on real GVA articles, as the page would save them. */
const saved: Highlight[] = loadArticles('gva')
  .filter((a) => a.url && a.text.length > 600)
  .slice(0, 24)
  .map((a, i) =>
    createHighlight(
      a.text,
      200,
      260,
      { url: a.url!, canonicalUrl: `gva.example/${i}`, title: a.title ?? null, outlet: a.outlet, story: i % 2 ? `story-${i}` : null },
      `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      1_700_000_000_000 + i * 1000,
      { note: i % 3 === 0 ? `note ${i}` : '', tags: i % 4 === 0 ? ['check', 'later'] : [], colour: i % 5 === 0 ? 'green' : 'yellow' },
    )!,
  );

/** An annotation as a Hypothesis-like tool writes it. */
const foreign = (i: number): unknown => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: `https://hypothes.is/a/foreign-${i}`,
  type: 'Annotation',
  created: '2023-05-01T10:00:00Z',
  bodyValue: 'from elsewhere',
  target: [{ source: 'https://www.example.com/news/story', selector: [{ type: 'RangeSelector' }, { type: 'TextQuoteSelector', exact: `words ${i}`, prefix: 'a ', suffix: ' b' }] }],
});

const ourExport = toWebAnnotationCollection(saved);

/** Values a hostile or broken file puts where a field should be. */
const HOSTILE_VALUES: unknown[] = [
  null, true, 0, -1, 1.5, 1e308, -1e308, '', ' ', 'x'.repeat(100_000), 'not a date', '99999-01-01', '2024-13-45',
  'javascript:alert(1)', 'http://', 'https://evil.example/<script>', 'data:text/html,<b>', 'red;background:url(https://x)',
  'urn:uuid:', 'urn:uuid:00000000-0000-4000-8000-000000000001', '\ud800', '\u0000', '\u202e', [], {}, [[[[[]]]]],
  { constructor: { prototype: { polluted: true } } }, JSON.parse('{"__proto__":{"polluted":true}}'),
  { type: 'TextQuoteSelector' }, { type: 'TextQuoteSelector', exact: 'x', prefix: 5 },
  { type: 'TextPositionSelector', start: 5, end: 5 }, { type: 'TextPositionSelector', start: -1, end: 2 }, ['Annotation'], 'Annotation',
];

/** A deeply nested value: arrays or objects `depth` levels down. */
const nest = (depth: number, object: boolean): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = object ? { value } : [value];
  return value;
};

type Edit = { path: number; op: 'delete' | 'replace' | 'duplicate' | 'nest'; value: unknown };

type Slot = [Record<string, unknown> | unknown[], string | number];

/** Every [container, key] of a JSON document, in a fixed order. */
function slots(document: unknown): Slot[] {
  const found: Slot[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        found.push([value, i]);
        walk(item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        found.push([value as Record<string, unknown>, key]);
        walk((value as Record<string, unknown>)[key]);
      }
    }
  };
  walk(document);
  return found;
}

/** The document with the edits applied (on a copy). */
function edited(document: unknown, edits: readonly Edit[]): unknown {
  const copy = structuredClone(document);
  for (const edit of edits) {
    const all = slots(copy);
    if (all.length === 0) break;
    const [container, key] = all[edit.path % all.length];
    const target = container as Record<string | number, unknown>;
    if (edit.op === 'delete') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete target[key];
    } else if (edit.op === 'duplicate' && Array.isArray(container)) {
      container.splice(key as number, 0, structuredClone(container[key as number]));
    } else if (edit.op === 'nest') {
      target[key] = nest(500, typeof edit.value === 'string');
    } else {
      // A copy: fast-check may hand two edits the same value object, and one placed inside the
      // other would make a cycle no file can hold.
      target[key] = structuredClone(edit.value);
    }
  }
  return copy;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  path: fc.nat(),
  op: fc.constantFrom('delete' as const, 'replace' as const, 'replace' as const, 'duplicate' as const, 'nest' as const),
  value: fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.jsonValue({ maxDepth: 3 })),
});

const documents: unknown[] = [
  ourExport,
  [...ourExport.first.items.slice(0, 6), foreign(1), foreign(2)],
  { type: 'AnnotationPage', items: [...ourExport.first.items.slice(6, 12), foreign(3)] },
  ourExport.first.items[0],
  foreign(4),
];

/** The annotations a document lists, as the importer finds them; null when it lists none. */
function listed(document: unknown): unknown[] | null {
  if (Array.isArray(document)) return document;
  if (typeof document !== 'object' || document === null) return null;
  const record = document as Record<string, unknown>;
  if (record.type === 'AnnotationCollection') {
    const first = record.first as Record<string, unknown> | null | undefined;
    return typeof first === 'object' && first !== null && Array.isArray(first.items) ? first.items : [];
  }
  if (record.type === 'AnnotationPage') return Array.isArray(record.items) ? record.items : null;
  if (record.type === 'Annotation' || Array.isArray(record.type)) return [document];
  return null;
}

const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,30})$/i;

/** Throws `message` unless `ok`: plain checks, since `expect` per field is slow over hundreds of cases. */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** Reads `text`, checking every promise the importer makes; returns the reading (null for a refused file). */
function checkedReading(text: string, known: ReadonlySet<string>): ReturnType<typeof readAnnotations> | null {
  let document: unknown = undefined;
  let parses = true;
  try {
    document = JSON.parse(text);
  } catch {
    parses = false;
  }
  const list = parses ? listed(document) : null;
  let reading: ReturnType<typeof readAnnotations>;
  try {
    reading = readAnnotations(text, known, 1_000);
  } catch (error) {
    if (!(error instanceof AnnotationImportError)) throw error;
    // Refused only when it is not JSON or lists no annotations.
    check(list === null, `a file listing ${list?.length} annotations was refused: ${error.message}`);
    check(error.message.length > 10, 'a refusal without a reason');
    return null;
  }
  check(list !== null, 'a file without a list was read');
  const { highlights, skipped } = reading;
  // Every annotation is accounted for, once.
  check(highlights.length + skipped.length === list!.length, `${list!.length} annotations, ${highlights.length} imported, ${skipped.length} skipped`);
  check(new Set(skipped.map((s) => s.index)).size === skipped.length, 'an annotation skipped twice');
  for (const s of skipped) {
    check(s.index >= 0 && s.index < list!.length, `skipped index ${s.index}`);
    check(/\w{4}/.test(s.reason) && !/undefined|\[object/.test(s.reason), `skip reason "${s.reason}"`);
  }
  const ids = new Set<string>();
  for (const h of highlights) {
    check(typeof h.id === 'string' && h.id !== '' && !known.has(h.id) && !ids.has(h.id), `highlight id ${JSON.stringify(h.id)}`);
    ids.add(h.id);
    check(typeof h.exact === 'string' && h.exact.length > 0 && h.exact.length <= 20_000, 'exact text');
    check(/^https?:/i.test(h.url), `url ${h.url}`);
    check(Number.isFinite(h.createdAt) && Number.isFinite(h.modifiedAt), 'dates');
    check(COLOUR.test(h.colour), `colour ${h.colour}`);
    check(h.tags.every((t) => typeof t === 'string' && t.trim() === t && t !== ''), 'tags');
    check((h.start === null && h.end === null) || (Number.isInteger(h.start) && Number.isInteger(h.end) && h.start! < h.end!), 'position');
    for (const field of ['canonicalUrl', 'prefix', 'suffix', 'note'] as const) check(typeof h[field] === 'string', field);
    for (const field of ['title', 'outlet', 'story'] as const) check(h[field] === null || typeof h[field] === 'string', field);
  }
  check(({} as Record<string, unknown>).polluted === undefined, 'Object.prototype was polluted');
  return reading;
}

const knownIds = new Set(saved.slice(0, 8).map((h) => h.id));

describe('readAnnotations on mutated files', () => {
  test('structured mutations of real exports and foreign annotations', () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(edit, { minLength: 1, maxLength: 5 }), (document, edits) =>
        tally.checkSync('read: mutated JSON-LD', () => void checkedReading(JSON.stringify(edited(document, edits)), knownIds)),
      ),
      { numRuns: runs(500) },
    );
  });

  test('an id that names no highlight ("urn:uuid:" alone) is skipped, not saved under the empty id', () => {
    tally.checkSync('read: mutated JSON-LD', () => {
      const reading = checkedReading(JSON.stringify([{ ...(foreign(7) as object), id: 'urn:uuid:' }, foreign(8)]), knownIds)!;
      expect(reading.skipped).toEqual([{ index: 0, reason: 'its id names no highlight' }]);
      expect(reading.highlights.map((h) => h.id)).toEqual(['https://hypothes.is/a/foreign-8']);
    });
  });

  test('the file cut or its characters changed', () => {
    const text = JSON.stringify(ourExport, null, 2);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.constantFrom('', '"', '{', '}', ']', ',', '\\', '\ud800', 'x'), fc.boolean(), (at, char, cut) =>
        tally.checkSync('read: cut or changed text', () => void checkedReading(cut ? text.slice(0, at) : text.slice(0, at) + char + text.slice(at + 1), knownIds)),
      ),
      { numRuns: runs(300) },
    );
  });

  test('arbitrary JSON and nesting bombs', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => tally.checkSync('read: arbitrary JSON', () => void checkedReading(JSON.stringify(value), knownIds))),
      { numRuns: runs(300) },
    );
    const bombs = [
      '['.repeat(1_000_000) + ']'.repeat(1_000_000),
      '['.repeat(1_000_000),
      '[' + '{"a":'.repeat(500_000) + '1' + '}'.repeat(500_000) + ']',
      // Deep values where the schema looks: built as text, since JSON.stringify itself overflows on them.
      JSON.stringify({ type: 'AnnotationPage', items: [foreign(5)] }).replace('"target":', `"body":${'{"value":'.repeat(200_000)}1${'}'.repeat(200_000)},"target":`),
      JSON.stringify({ type: 'AnnotationPage', items: [foreign(6)] }).replace(/"target":.*\]\}\]\}$/, `"target":${'['.repeat(200_000)}${']'.repeat(200_000)}}]}`),
    ];
    for (const bomb of bombs) {
      tally.checkSync('read: nesting bombs', () => {
        checkedReading(bomb, knownIds);
      });
    }
  });
});

describe('importHighlights never changes what is saved', () => {
  const db = new UserDb('parallax-user', { indexedDB: new IDBFactory(), IDBKeyRange });

  beforeAll(async () => {
    await db.highlights.bulkAdd(saved.slice(0, 8));
  });

  test('mutated files imported twice: saved highlights unchanged, the second import adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...documents), fc.array(edit, { minLength: 1, maxLength: 4 }), (document, edits) =>
        tally.check('import: mutated JSON-LD, twice', async () => {
          const text = JSON.stringify(edited(document, edits));
          const before = await db.highlights.toArray();
          let first: Awaited<ReturnType<typeof importHighlights>>;
          try {
            first = await importHighlights(db, text);
          } catch (error) {
            expect(error).toBeInstanceOf(AnnotationImportError);
            expect(await db.highlights.toArray()).toEqual(before);
            return;
          }
          const after = await db.highlights.toArray();
          expect(after.length).toBe(before.length + first.added);
          const byId = new Map(after.map((h) => [h.id, h]));
          for (const h of before) expect(byId.get(h.id)).toEqual(h);
          const second = await importHighlights(db, text);
          expect(second.added).toBe(0);
          expect(await db.highlights.toArray()).toEqual(after);
          // What was imported exports and reads back as the same highlights.
          const added = after.filter((h) => !before.some((b) => b.id === h.id));
          const again = readAnnotations(JSON.stringify(toWebAnnotationCollection(added)), new Set(), 0);
          expect(again.skipped).toEqual([]);
          expect(new Map(again.highlights.map((h) => [h.id, h]))).toEqual(new Map(added.map((h) => [h.id, h])));
        }),
      ),
      { numRuns: runs(120) },
    );
    // The eight highlights saved first are still there, exactly as saved.
    for (const h of saved.slice(0, 8)) expect(await db.highlights.get(h.id)).toEqual(h);
  });
});
