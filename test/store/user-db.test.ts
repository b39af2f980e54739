// The user database across schema versions: a database written by version 1 opens with the
// current schema and keeps every highlight; highlights survive corpus imports; Web Annotation
// imports are idempotent.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { normaliseForSearch } from '../../src/content/anchoring/text-index';
import { toWebAnnotationCollection } from '../../src/highlights/export';
import { createHighlight, type Highlight } from '../../src/highlights/highlight';
import { AnnotationImportError } from '../../src/highlights/import';
import { importPack, removePack } from '../../src/store/import';
import { importHighlights, USER_DB_NAME, UserDb, type HighlightV1 } from '../../src/store/user-db';
import { loadArticles } from '../support/shared';
import { basilPack, chunks, freshDatabases } from './helpers';

/** Version 1 highlights on real articles: a passage of each of 40 gva articles. */
function v1Highlights(): HighlightV1[] {
  return loadArticles('gva')
    .filter((a) => a.text.length > 800 && a.url)
    .slice(0, 40)
    .map((a, i) => {
      const text = normaliseForSearch(a.text);
      return {
        id: `v1-${i}`,
        url: a.url!,
        canonicalUrl: `gva.example/${i}`,
        title: a.title ?? null,
        createdAt: 1_600_000_000_000 + i,
        exact: text.slice(200, 260),
        prefix: text.slice(168, 200),
        suffix: text.slice(260, 292),
        note: i % 3 === 0 ? `note ${i}` : '',
        colour: i % 2 === 0 ? 'yellow' : '#a0e0ff',
      };
    });
}

/** The user database as version 1 declared it, and nothing newer. */
class UserDbV1 extends Dexie {
  constructor(factory: IDBFactory) {
    super(USER_DB_NAME, { indexedDB: factory, IDBKeyRange });
    this.version(1).stores({ highlights: 'id, canonicalUrl, createdAt', settings: 'key' });
  }
}

describe('schema upgrade', () => {
  test('a database written by schema version 1 opens with the current schema and keeps every highlight', async () => {
    const factory = new IDBFactory();
    const old = new UserDbV1(factory);
    const written = v1Highlights();
    await old.table('highlights').bulkAdd(written);
    await old.table('settings').put({ key: 'colour', value: 'yellow' });
    old.close();

    const db = new UserDb(USER_DB_NAME, { indexedDB: factory, IDBKeyRange });
    const read = await db.highlights.orderBy('createdAt').toArray();
    expect(db.verno).toBe(2);
    expect(read).toHaveLength(written.length);
    read.forEach((highlight, i) => {
      expect(highlight).toEqual({ ...written[i], outlet: null, story: null, modifiedAt: written[i].createdAt, start: null, end: null, tags: [] });
    });
    expect(await db.settings.get('colour')).toEqual({ key: 'colour', value: 'yellow' });
    // The old index still answers, and the new ones are built over the upgraded rows.
    expect(await db.highlights.where('canonicalUrl').equals('gva.example/7').count()).toBe(1);
    expect(await db.highlights.where('tags').equals('x').count()).toBe(0);
    await db.highlights.update('v1-7', { tags: ['x', 'y'], story: 's-7' });
    expect((await db.highlights.where('tags').equals('y').toArray()).map((h) => h.id)).toEqual(['v1-7']);
    expect((await db.highlights.where('story').equals('s-7').toArray()).map((h) => h.id)).toEqual(['v1-7']);
    db.close();
  });

  test('an empty version 1 database upgrades too, and a new one starts at version 2', async () => {
    const factory = new IDBFactory();
    const old = new UserDbV1(factory);
    await old.open();
    old.close();
    const db = new UserDb(USER_DB_NAME, { indexedDB: factory, IDBKeyRange });
    expect(await db.highlights.count()).toBe(0);
    expect(db.verno).toBe(2);
    const fresh = freshDatabases().user;
    await fresh.open();
    expect(fresh.verno).toBe(2);
  });
});

/** Version 2 highlights on real BASIL articles, with every field set. */
function v2Highlights(): Highlight[] {
  return loadArticles('basil')
    .slice(0, 10)
    .map((a, i) => {
      const text = normaliseForSearch(a.text);
      const page = { url: a.url ?? `https://basil.example/${i}`, canonicalUrl: `basil.example/${i}`, title: a.title ?? null, outlet: a.outlet, story: a.story ?? null };
      return createHighlight(text, 300, 420, page, `h-${i}`, 1_700_000_000_000 + i, { note: `n${i}`, tags: ['basil', `t${i}`], colour: 'green' })!;
    });
}

describe('highlights and the corpus', () => {
  test('importing, replacing and removing corpus packs leaves highlights untouched', async () => {
    const { corpus, user } = freshDatabases();
    const highlights = v2Highlights();
    await user.highlights.bulkAdd(highlights);
    const options = { id: 'added:a', name: 'A', source: 'added' as const };
    await importPack(corpus, chunks(basilPack(0, 3)), options);
    await importPack(corpus, chunks(basilPack(3, 6)), options);
    await removePack(corpus, 'added:a');
    expect(await user.highlights.orderBy('createdAt').toArray()).toEqual(highlights);
  });
});

describe('importHighlights', () => {
  test('adds the annotations of a file once: a second import adds nothing and says why', async () => {
    const { user } = freshDatabases();
    const highlights = v2Highlights();
    const file = JSON.stringify(toWebAnnotationCollection(highlights));
    expect(await importHighlights(user, file)).toEqual({ added: 10, skipped: [] });
    const second = await importHighlights(user, file);
    expect(second.added).toBe(0);
    expect(second.skipped).toHaveLength(10);
    expect(new Set(second.skipped.map((s) => s.reason))).toEqual(new Set(['already saved']));
    expect(await user.highlights.orderBy('createdAt').toArray()).toEqual(highlights);
  });

  test('a highlight changed since the export is not overwritten by importing the old file', async () => {
    const { user } = freshDatabases();
    const highlights = v2Highlights();
    await user.highlights.bulkAdd(highlights);
    const file = JSON.stringify(toWebAnnotationCollection(highlights));
    await user.highlights.update('h-0', { note: 'newer note', modifiedAt: 1_800_000_000_000 });
    expect((await importHighlights(user, file)).added).toBe(0);
    expect((await user.highlights.get('h-0'))!.note).toBe('newer note');
  });

  test('a file that is not annotations changes nothing', async () => {
    const { user } = freshDatabases();
    await user.highlights.bulkAdd(v2Highlights());
    await expect(importHighlights(user, '<html>')).rejects.toThrow(AnnotationImportError);
    expect(await user.highlights.count()).toBe(10);
  });
});
