// Fault injection into fake-indexeddb: after a number of writes to one database, the next write
// fails as a browser would fail it. Two ways, as browsers differ: the write request throws at once
// ('throw'), or the transaction aborts with the error after the write was issued ('abort', what
// Chrome does on a full disk: the transaction ends with QuotaExceededError).
import { IDBCursor, IDBObjectStore } from 'fake-indexeddb';

/** A fault waiting in the IndexedDB prototypes; `restore` takes it out. */
export interface WriteFault {
  /** Writes to the database seen since the fault was set. */
  writes(): number;
  /** Whether the fault fired. */
  fired(): boolean;
  restore(): void;
}

type Method = (this: unknown, ...args: unknown[]) => unknown;
type Target = { name: string; proto: Record<string, Method>; database: (self: unknown) => string };

interface FakeTransaction {
  db: { name: string };
  _abort(errorName: string): void;
}

const storeOf = (self: unknown): { transaction: FakeTransaction } => self as { transaction: FakeTransaction };
const cursorStore = (self: unknown): { transaction: FakeTransaction } => {
  const source = (self as { source: { objectStore?: unknown } }).source;
  return storeOf(source.objectStore ?? source);
};

const TARGETS: Target[] = [
  ...['put', 'add', 'delete', 'clear'].map((name) => ({ name, proto: IDBObjectStore.prototype as unknown as Record<string, Method>, database: (self: unknown) => storeOf(self).transaction.db.name })),
  ...['update', 'delete'].map((name) => ({ name, proto: IDBCursor.prototype as unknown as Record<string, Method>, database: (self: unknown) => cursorStore(self).transaction.db.name })),
];

/** Writes that store data (a full disk refuses them; deletions still pass). */
export const STORING_WRITES = ['put', 'add', 'update'];

/**
 * Makes write number `after + 1` to `database` fail with a DOMException named `error`
 * (QuotaExceededError, UnknownError, …), once; later writes pass. `how`: see the file comment.
 * `methods`: which writes count (store put/add/delete/clear, cursor update/delete); all by default.
 */
export function failWrite(database: string, after: number, error: string, how: 'throw' | 'abort', methods?: readonly string[]): WriteFault {
  let writes = 0;
  let fired = false;
  const originals = TARGETS.filter((target) => !methods || methods.includes(target.name)).map((target) => [target, target.proto[target.name]] as const);
  for (const [target, original] of originals) {
    target.proto[target.name] = function (this: unknown, ...args: unknown[]): unknown {
      if (fired || target.database(this) !== database) return original.apply(this, args);
      writes++;
      if (writes <= after) return original.apply(this, args);
      fired = true;
      if (how === 'throw') throw new DOMException(`injected ${error}`, error);
      const request = original.apply(this, args);
      const transaction = target.proto === (IDBCursor.prototype as unknown) ? cursorStore(this).transaction : storeOf(this).transaction;
      // After the caller has placed its other requests, as a commit failing later would.
      queueMicrotask(() => transaction._abort(error));
      return request;
    };
  }
  return {
    writes: () => writes,
    fired: () => fired,
    restore: () => {
      for (const [target, original] of originals) target.proto[target.name] = original;
    },
  };
}
