// The reader's own data ("parallax-user"): highlights and settings. A database of its own, so
// that loading, replacing or deleting corpus packs never opens it, and a corpus schema change
// never migrates it. Schema changes add a `version(n)` with an upgrade; old versions stay listed.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';

/** Name of the user database. */
export const USER_DB_NAME = 'parallax-user';

/** A passage the reader highlighted (schema version 1; later versions add fields). */
export interface Highlight {
  /** Random id (crypto.randomUUID()). */
  id: string;
  /** The page's address as it was when highlighted. */
  url: string;
  /** `canonicalUrl(url)`: how the page is found again. */
  canonicalUrl: string;
  title: string | null;
  /** When it was made (ms since 1970). */
  createdAt: number;
  /** The highlighted text, and a little text before and after it to find it again (TextQuoteSelector). */
  exact: string;
  prefix: string;
  suffix: string;
  /** The reader's note; empty when none. */
  note: string;
  /** A CSS colour name or hex value. */
  colour: string;
}

/** One setting: a key and any structured-cloneable value. */
export interface Setting {
  key: string;
  value: unknown;
}

/** The user database. */
export class UserDb extends Dexie {
  highlights!: EntityTable<Highlight, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  /** Opens (lazily) the user database; tests pass `{indexedDB, IDBKeyRange}` and their own name. */
  constructor(name = USER_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      highlights: 'id, canonicalUrl, createdAt',
      settings: 'key',
    });
  }
}
