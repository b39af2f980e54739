// The packs shipped with the extension (listed in corpus/index.json): imported on install,
// update and startup, resumed when a stopped worker left one half done, dropped when a new
// version no longer lists them. The browser glue only supplies how to open a pack file.
import { PackError } from '../core/pack-format';
import type { CorpusDb, PackSource } from './corpus-db';
import { importPack, purgeRetired, removePack, StorageFullError } from './import';
import type { CorpusActivity } from './status';

/** What one bundled pack's import did. */
export interface BundledOutcome {
  id: string;
  status: 'imported' | 'unchanged' | 'removed' | 'failed';
  /** Why it failed; absent otherwise. */
  message?: string;
}

/** The pack list of corpus/index.json (`{"packs": ["seeds.pack.jsonl", …]}`); throws on anything else. */
export function parseBundledIndex(value: unknown): string[] {
  const packs = (value as { packs?: unknown } | null)?.packs;
  if (!Array.isArray(packs) || !packs.every((p) => typeof p === 'string' && p !== '' && !p.includes('/'))) {
    throw new Error('corpus/index.json does not list pack files as {"packs": ["NAME.pack.jsonl", …]}');
  }
  return packs;
}

/** The name shown for a pack file: "seeds" for "seeds.pack.jsonl". */
export function packName(file: string): string {
  return file.replace(/(\.pack)?\.jsonl$/i, '');
}

/** Store id of a pack file: "bundled:seeds.pack.jsonl"; a file added again under the same name replaces the earlier one. */
export function packId(source: PackSource, file: string): string {
  return `${source}:${file}`;
}

/**
 * Imports each listed pack file (a no-op for one already live with the same checksum; an
 * unfinished import resumes), then removes bundled packs the list no longer names. A pack that
 * fails does not stop the others; its message is in the outcome and in `activity`.
 */
export async function syncBundledPacks(
  db: CorpusDb,
  files: readonly string[],
  open: (file: string) => Promise<AsyncIterable<string>>,
  activity?: CorpusActivity,
): Promise<BundledOutcome[]> {
  await purgeRetired(db);
  const outcomes: BundledOutcome[] = [];
  for (const file of files) {
    const id = packId('bundled', file);
    const name = packName(file);
    try {
      const result = await importPack(db, await open(file), {
        id,
        name,
        source: 'bundled',
        onProgress: (progress) => activity?.progress(name, 'bundled', progress),
      });
      activity?.finished(id);
      outcomes.push({ id, status: result.status });
    } catch (error) {
      const message = error instanceof PackError || error instanceof StorageFullError ? error.message : `could not read ${file} (${(error as Error).message})`;
      activity?.failed(id, name, 'bundled', message);
      outcomes.push({ id, status: 'failed', message });
    }
  }
  const listed = new Set(files.map((file) => packId('bundled', file)));
  const known = new Map<string, PackSource>();
  for (const p of await db.packs.toArray()) known.set(p.id, p.source);
  for (const g of await db.generations.toArray()) known.set(g.pack, g.source);
  for (const [id, source] of known) {
    if (source !== 'bundled' || listed.has(id)) continue;
    await removePack(db, id);
    activity?.finished(id);
    outcomes.push({ id, status: 'removed' });
  }
  return outcomes;
}
