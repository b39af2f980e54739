// Bundled packs (install, update, startup) and the status the options page shows.
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { readPack } from '../../src/core/pack-read';
import { packId, packName, parseBundledIndex, syncBundledPacks } from '../../src/store/bundled';
import { importPack } from '../../src/store/import';
import { CorpusActivity, corpusStatus, isCorpusStatusMessage, isCorpusStatusRequest } from '../../src/store/status';
import { basilPack, chunks, freshDatabases } from './helpers';

jest.setTimeout(60_000);

const files: Record<string, string> = { 'one.pack.jsonl': basilPack(0, 4), 'two.pack.jsonl': basilPack(4, 9) };

/** Opens a pack file of `files`, counting the opens; a name not there fails like a missing file. */
function opener(available: Record<string, string>, size = 3000, failAfter = Infinity) {
  const opened: string[] = [];
  const open = async (file: string): Promise<AsyncIterable<string>> => {
    opened.push(file);
    if (!(file in available)) throw new Error('404');
    return chunks(available[file], size, failAfter);
  };
  return { open, opened };
}

test('the index file lists pack names; anything else is refused', () => {
  expect(parseBundledIndex({ packs: ['seeds.pack.jsonl'] })).toEqual(['seeds.pack.jsonl']);
  expect(() => parseBundledIndex({ packs: ['../x.jsonl'] })).toThrow(/corpus\/index.json/);
  expect(() => parseBundledIndex([])).toThrow(/corpus\/index.json/);
  expect(packName('seeds.pack.jsonl')).toBe('seeds');
  expect(packId('added', 'my.pack.jsonl')).toBe('added:my.pack.jsonl');
});

test('install imports every listed pack; startup with the same packs changes nothing', async () => {
  const { corpus } = freshDatabases();
  const { open } = opener(files);
  const first = await syncBundledPacks(corpus, Object.keys(files), open);
  expect(first).toEqual([
    { id: 'bundled:one.pack.jsonl', status: 'imported' },
    { id: 'bundled:two.pack.jsonl', status: 'imported' },
  ]);
  const status = await corpusStatus(corpus);
  expect(status.map((p) => [p.name, p.source, p.state, p.counts?.articles])).toEqual([
    ['one', 'bundled', 'ready', readPack(files['one.pack.jsonl']).header.counts.articles],
    ['two', 'bundled', 'ready', readPack(files['two.pack.jsonl']).header.counts.articles],
  ]);
  const again = await syncBundledPacks(corpus, Object.keys(files), open);
  expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
});

test('an update drops bundled packs it no longer lists and keeps added ones', async () => {
  const { corpus } = freshDatabases();
  await syncBundledPacks(corpus, Object.keys(files), opener(files).open);
  await importPack(corpus, chunks(basilPack(9, 12)), { id: 'added:mine.pack.jsonl', name: 'mine', source: 'added' });
  const outcomes = await syncBundledPacks(corpus, ['two.pack.jsonl'], opener(files).open);
  expect(outcomes).toEqual([
    { id: 'bundled:two.pack.jsonl', status: 'unchanged' },
    { id: 'bundled:one.pack.jsonl', status: 'removed' },
  ]);
  expect((await corpus.packs.toArray()).map((p) => p.id).sort()).toEqual(['added:mine.pack.jsonl', 'bundled:two.pack.jsonl']);
});

test('a startup after a stopped import resumes it; a failing pack does not stop the others', async () => {
  const { corpus } = freshDatabases();
  const activity = new CorpusActivity();
  // The worker stopped while importing "one".
  await syncBundledPacks(corpus, ['one.pack.jsonl'], opener(files, 2000, 6).open, activity);
  const stopped = await corpusStatus(corpus);
  expect(stopped.map((p) => p.state)).toEqual(['interrupted']);

  const broken = { ...files, 'bad.pack.jsonl': files['two.pack.jsonl'].slice(0, 9000) };
  const outcomes = await syncBundledPacks(corpus, ['bad.pack.jsonl', 'one.pack.jsonl', 'gone.pack.jsonl'], opener(broken).open, activity);
  expect(outcomes.map((o) => o.status)).toEqual(['failed', 'imported', 'failed']);
  expect(outcomes[0].message).toMatch(/truncated/);
  expect(outcomes[2].message).toMatch(/could not read gone.pack.jsonl \(404\)/);
  const status = await corpusStatus(corpus, activity);
  expect(status.map((p) => [p.name, p.state])).toEqual([
    ['bad', 'failed'],
    ['gone', 'failed'],
    ['one', 'ready'],
  ]);
});

test('activity shows a running import with its progress', async () => {
  const { corpus } = freshDatabases();
  const activity = new CorpusActivity();
  const seen: string[] = [];
  activity.onChange = () => void seen.push('change');
  let during: Awaited<ReturnType<typeof corpusStatus>> = [];
  await importPack(corpus, chunks(files['one.pack.jsonl']), {
    id: 'added:x',
    name: 'x',
    source: 'added',
    batchRows: 30,
    onProgress: async (progress) => {
      activity.progress('x', 'added', progress);
      if (progress.done > 0 && during.length === 0) during = await corpusStatus(corpus, activity);
    },
  });
  expect(during).toHaveLength(1);
  expect(during[0]).toMatchObject({ id: 'added:x', state: 'importing', counts: null });
  expect(during[0].state === 'importing' && during[0].done < during[0].total).toBe(true);
  activity.finished('added:x');
  expect((await corpusStatus(corpus, activity)).map((p) => p.state)).toEqual(['ready']);
  expect(seen.length).toBeGreaterThan(2);
});

test('a corpus database of schema 1 is emptied by the upgrade, and the next start imports the bundled packs again', async () => {
  const { corpus, user, factory } = freshDatabases();
  const options = { indexedDB: factory, IDBKeyRange };
  await user.settings.put({ key: 'theme', value: 'dark' });
  const v1 = new Dexie(corpus.name, options);
  v1.version(1).stores({
    packs: 'id',
    generations: '++id, pack',
    stories: '[gen+id]',
    articles: '[gen+story+seq], recognitionUrl',
    quotes: '[gen+story+seq]',
    figures: '[gen+story+seq]',
    frequencies: '',
    postings: '',
  });
  await v1.table('packs').put({ id: 'bundled:one.pack.jsonl', name: 'one', source: 'bundled', checksum: 'x', generation: 1 });
  await v1.table('generations').put({ id: 1, pack: 'bundled:one.pack.jsonl', state: 'live' });
  await v1.table('stories').put({ gen: 1, id: 's' });
  await v1.table('articles').put({ gen: 1, story: 's', seq: 0, recognitionUrl: 'example.com/a' });
  await v1.table('frequencies').put(3, [1, 'term']);
  await v1.table('postings').put({ stories: ['s'], weights: [1] }, [1, 'term', 9]);
  v1.close();

  await corpus.open();
  expect(corpus.verno).toBe(3);
  expect(corpus.tables.map((t) => t.name).sort()).toEqual(['content', 'frequencies', 'generations', 'packs', 'postings', 'stories']);
  for (const table of corpus.tables) expect([table.name, await table.count()]).toEqual([table.name, 0]);
  expect(await user.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });

  const outcomes = await syncBundledPacks(corpus, ['one.pack.jsonl'], opener(files).open);
  expect(outcomes).toEqual([{ id: 'bundled:one.pack.jsonl', status: 'imported' }]);
  expect((await corpusStatus(corpus)).map((p) => [p.name, p.state])).toEqual([['one', 'ready']]);
});

test('status messages are told apart', () => {
  expect(isCorpusStatusRequest({ type: 'corpus-status' })).toBe(true);
  expect(isCorpusStatusRequest({ type: 'corpus-status', packs: [] })).toBe(false);
  expect(isCorpusStatusRequest({ type: 'analyze' })).toBe(false);
  expect(isCorpusStatusMessage({ type: 'corpus-progress', packs: [] })).toBe(true);
  expect(isCorpusStatusMessage({ type: 'corpus-status' })).toBe(false);
});
