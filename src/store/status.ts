// What the reader is told about the corpus: each pack and its state (importing with progress,
// ready with counts, failed with the message), from the database plus the imports this page or
// worker is running. Also the messages that carry it between the background and its pages.
import type { PackCounts } from '../core/pack-format';
import type { CorpusDb, PackSource } from './corpus-db';
import type { ImportProgress } from './import';

/** State of one pack. `interrupted`: an import stopped half-way and nothing is running it now. */
export type PackState =
  | { state: 'ready' }
  | { state: 'importing'; done: number; total: number }
  | { state: 'interrupted'; done: number; total: number }
  | { state: 'failed'; message: string };

/** One pack as the options page lists it. */
export type PackStatus = PackState & {
  id: string;
  name: string;
  source: PackSource;
  /** Build date of the live version; null when none is live yet. */
  built: string | null;
  /** Counts of the live version; null when none is live yet. */
  counts: PackCounts | null;
};

/** Ask the background for the corpus status: `{type: 'corpus-status'}`. */
export interface CorpusStatusRequest {
  type: 'corpus-status';
}

/** The background's answer to a CorpusStatusRequest, and what it broadcasts as imports advance. */
export interface CorpusStatusMessage {
  type: 'corpus-status' | 'corpus-progress';
  packs: PackStatus[];
}

/** True for a `{type: 'corpus-status'}` request. */
export function isCorpusStatusRequest(message: unknown): message is CorpusStatusRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'corpus-status' && !('packs' in message);
}

/** True for a status answer or progress broadcast. */
export function isCorpusStatusMessage(message: unknown): message is CorpusStatusMessage {
  const type = (message as { type?: unknown } | null)?.type;
  return (type === 'corpus-status' || type === 'corpus-progress') && Array.isArray((message as { packs?: unknown }).packs);
}

/** Imports running in this page or worker, and failures since it started (the database keeps neither). */
export class CorpusActivity {
  private readonly packs = new Map<string, { name: string; source: PackSource; state: Exclude<PackState, { state: 'ready' | 'interrupted' }> }>();
  /** Called after every change (to broadcast progress). */
  onChange: (() => void) | null = null;

  /** Records progress of an import (its first call marks it as running). */
  progress(name: string, source: PackSource, progress: ImportProgress): void {
    this.packs.set(progress.pack, { name, source, state: { state: 'importing', done: progress.done, total: progress.total } });
    this.onChange?.();
  }

  /** Records that an import failed, with the message to show. */
  failed(id: string, name: string, source: PackSource, message: string): void {
    this.packs.set(id, { name, source, state: { state: 'failed', message } });
    this.onChange?.();
  }

  /** Forgets the pack's import (it finished, or the pack was removed). */
  finished(id: string): void {
    this.packs.delete(id);
    this.onChange?.();
  }

  /** What is running or failed, by pack id. */
  entries(): [string, { name: string; source: PackSource; state: PackState }][] {
    return [...this.packs];
  }
}

/**
 * Every pack the database knows (live, or with an unfinished import) and those `activity` is
 * importing or saw fail, in `comparePackStatus` order. Empty when there are none.
 */
export async function corpusStatus(db: CorpusDb, activity?: CorpusActivity): Promise<PackStatus[]> {
  const [packs, generations] = await db.transaction('r', db.packs, db.generations, () => Promise.all([db.packs.toArray(), db.generations.toArray()]));
  const byId = new Map<string, PackStatus>();
  for (const p of packs) byId.set(p.id, { id: p.id, name: p.name, source: p.source, built: p.built, counts: p.counts, state: 'ready' });
  for (const g of generations) {
    if (g.state !== 'importing') continue;
    const live = byId.get(g.pack);
    byId.set(g.pack, {
      id: g.pack,
      name: live?.name ?? g.name,
      source: g.source,
      built: live?.built ?? null,
      counts: live?.counts ?? null,
      state: 'interrupted',
      done: g.committed,
      total: g.total,
    });
  }
  for (const [id, { name, source, state }] of activity?.entries() ?? []) {
    const known = byId.get(id);
    byId.set(id, { id, name: known?.name ?? name, source, built: known?.built ?? null, counts: known?.counts ?? null, ...state });
  }
  return [...byId.values()].sort(comparePackStatus);
}

/** The order packs are listed in: bundled ones first, then by name. */
export function comparePackStatus(a: PackStatus, b: PackStatus): number {
  return a.source === b.source ? a.name.localeCompare(b.name) : a.source === 'bundled' ? -1 : 1;
}
