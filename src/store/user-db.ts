// The reader's own data ("parallax-user"): highlights and settings. A database of its own, so
// that loading, replacing or deleting corpus packs never opens it, and a corpus schema change
// never migrates it. Schema changes add a `version(n)` with an upgrade; old versions stay listed,
// so a database written by any earlier version opens and keeps every highlight.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { DEFAULT_COLOUR, type Highlight } from '../highlights/highlight';
import { readAnnotations, type SkippedAnnotation } from '../highlights/import';

export type { Highlight } from '../highlights/highlight';

/** Name of the user database. */
export const USER_DB_NAME = 'parallax-user';

/** A highlight as schema version 1 stored it; version 2 added the fields `Highlight` has beyond these. */
export interface HighlightV1 {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string | null;
  createdAt: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  colour: string;
}

/** One setting: a key and any structured-cloneable value. */
export interface Setting {
  key: string;
  value: unknown;
}

/** Schema version 1: highlights by page and time. */
const SCHEMA_V1 = {
  highlights: 'id, canonicalUrl, createdAt',
  settings: 'key',
};

/** Schema version 2: also by story (a story's highlights across outlets) and by tag. */
const SCHEMA_V2 = {
  highlights: 'id, canonicalUrl, createdAt, story, *tags',
  settings: 'key',
};

/** A version 1 highlight with the version 2 fields: nothing was known of them, so they are empty. */
export function upgradeHighlightV1(old: HighlightV1): Highlight {
  return {
    ...old,
    outlet: null,
    story: null,
    modifiedAt: old.createdAt,
    start: null,
    end: null,
    tags: [],
    colour: old.colour || DEFAULT_COLOUR,
  };
}

/**
 * A stored row as a current highlight. Rows are current after the upgrade, but a tab still
 * running older code (during a downgrade, say) may write a version 1 row into the upgraded
 * database: it is read with the version 2 fields empty rather than breaking whoever lists it.
 */
export function asCurrentHighlight(row: Highlight | HighlightV1): Highlight {
  return 'tags' in row && Array.isArray(row.tags) && typeof (row as Highlight).modifiedAt === 'number' ? (row as Highlight) : upgradeHighlightV1(row);
}

/** The user database. */
export class UserDb extends Dexie {
  highlights!: EntityTable<Highlight, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  /** Opens (lazily) the user database; tests pass `{indexedDB, IDBKeyRange}` and their own name. */
  constructor(name = USER_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table<HighlightV1 & Partial<Highlight>, string>('highlights')
          .toCollection()
          .modify((row, ref) => {
            ref.value = upgradeHighlightV1(row);
          }),
      );
  }
}

/** What an import of a Web Annotation file did. */
export interface HighlightImport {
  /** Highlights added. */
  added: number;
  /** Annotations of the file not imported, with the reason (an id already saved, no text quote, …). */
  skipped: SkippedAnnotation[];
}

/**
 * Imports a Web Annotation file (export.ts's JSON-LD or another tool's) into `db`: idempotent,
 * since an annotation whose id is already saved is skipped. Throws AnnotationImportError when
 * the text holds no annotations list.
 */
export async function importHighlights(db: UserDb, text: string, now = Date.now()): Promise<HighlightImport> {
  return db.transaction('rw', db.highlights, async () => {
    const known = new Set(await db.highlights.toCollection().primaryKeys());
    const { highlights, skipped } = readAnnotations(text, known, now);
    await db.highlights.bulkAdd(highlights);
    return { added: highlights.length, skipped };
  });
}
