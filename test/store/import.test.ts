// The corpus store: importing real packs, reading them back through the CorpusIndex, rejecting
// bad packs without touching live data, atomic replacement, resuming, removal, and the user
// database left alone.
import { storyIndexTerms, type CorpusFrequencies, type StoryPosting } from '../../src/core/corpus-index';
import { canonicalUrl, PackError } from '../../src/core/pack-format';
import { readPack } from '../../src/core/pack-read';
import { DexieCorpusIndex } from '../../src/store/dexie-corpus';
import { importPack, purgeRetired, removePack } from '../../src/store/import';
import type { Highlight } from '../../src/store/user-db';
import { findTermLine, parseStoryKey, postingStoryKey, termLines } from '../../src/store/corpus-db';
import { recognize } from '../../src/core/recognize';
import { basilPack, basilStories, chunks, dumpCorpus, freshDatabases, readTermLines, withoutGenerations } from './helpers';

jest.setTimeout(60_000);

const packA = basilPack(0, 10);
const packB = basilPack(10, 22);
const optionsA = { id: 'added:a', name: 'A', source: 'added' as const, batchRows: 60 };

/** Code-unit order of [term, count] entries, as packs list them. */
const byTerm = ([a]: [string, number], [b]: [string, number]): number => (a < b ? -1 : a > b ? 1 : 0);

/** The message of the error `promise` rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('story keys', () => {
  test('posting keys name stories by ordinal, sort as the ordinals do, and lead to the same articles as id keys', async () => {
    expect(parseStoryKey(postingStoryKey(12, 7))).toEqual({ generation: 12, ordinal: 7 });
    expect(parseStoryKey('12:#7')).toEqual({ generation: 12, story: '#7' });
    expect(['#x:1', '#3:', '#3:-1', ':a', 'a:b'].map(parseStoryKey)).toEqual([null, null, null, null, null]);
    const ordinals = [0, 9, 10, 99, 100, 12345];
    expect(ordinals.map((o) => postingStoryKey(3, o)).sort()).toEqual(ordinals.map((o) => postingStoryKey(3, o)));

    const { corpus } = freshDatabases();
    const { pack } = await importPack(corpus, chunks(packA), optionsA);
    const index = new DexieCorpusIndex(corpus);
    const stories = readPack(packA).stories;
    const last = stories.length - 1;
    const byOrdinal = await index.articlesOfStories([postingStoryKey(pack.generation, last)]);
    expect(byOrdinal.map((a) => [a.id, a.storyKey])).toEqual(stories[last].articles.map((a) => [a.id, `${pack.generation}:${stories[last].story.id}`]));
    // Both keys of one story: its articles once.
    expect(await index.articlesOfStories([postingStoryKey(pack.generation, last), byOrdinal[0].storyKey])).toEqual(byOrdinal);
    expect(await index.articlesOfStories([postingStoryKey(pack.generation, stories.length)])).toEqual([]);
  });
});

describe('round trip', () => {
  // Checkpoints every 2 stories: the story index is written in parts, the posting buffer emptied and refilled.
  test.each([['at the end', undefined], ['every 2 stories', 2]])('what the store returns equals the pack records (postings written %s)', async (_, checkpointStories) => {
    const { corpus } = freshDatabases();
    const result = await importPack(corpus, chunks(packA, 1000), { ...optionsA, checkpointStories });
    expect(result.status).toBe('imported');
    const pack = readPack(packA);
    expect(result.pack.counts).toEqual(pack.header.counts);
    const index = new DexieCorpusIndex(corpus);

    const storyKeys = new Map<string, string>();
    for (const expected of pack.stories) {
      const [first] = await index.articlesWithUrl([expected.articles[0].url!]);
      expect(first.story).toBe(expected.story.id);
      storyKeys.set(expected.story.id, first.storyKey);
      const content = await index.storyContent(first.storyKey);
      expect(content).toEqual({ storyKey: first.storyKey, pack: 'added:a', ...expected });

      const members = await index.articlesOfStories([first.storyKey]);
      expect(members.map((a) => [a.id, a.pack, a.story, a.url, a.fingerprint])).toEqual(
        expected.articles.map((a) => [a.id, 'added:a', a.story, a.url, a.fingerprint]),
      );
    }
    expect(new Set(storyKeys.values()).size).toBe(pack.stories.length);

    const frequencies = await index.termFrequencies(pack.frequencies.map(([term]) => term).concat(['no-such-term']));
    expect(frequencies.documents).toBe(pack.header.counts.articles);
    expect([...frequencies.frequencies].sort(byTerm)).toEqual(pack.frequencies);

    // Each story is found under every term of its index, with its weight, by a key that
    // articlesOfStories takes.
    for (const expected of pack.stories) {
      const { terms, weights } = storyIndexTerms(expected.articles.map((a) => a.fingerprint));
      const postings = await index.storiesWithTerms(terms);
      const storyOf = new Map<string, string>();
      for (const key of new Set(postings.map((p) => p.storyKey))) storyOf.set(key, (await index.articlesOfStories([key]))[0].storyKey);
      const own = postings.filter((p) => storyOf.get(p.storyKey) === storyKeys.get(expected.story.id));
      expect(own.map((p): [string, number] => [p.term, p.weight]).sort(byTerm)).toEqual(terms.map((t, i): [string, number] => [t, weights[i]]).sort(byTerm));
    }
  });

  test('a recognition in a view reads in one transaction and answers as separate reads do', async () => {
    const { corpus } = freshDatabases();
    await importPack(corpus, chunks(packA), optionsA);
    const index = new DexieCorpusIndex(corpus);
    // Articles of the pack's stories (found as copies) and of stories it lacks (no match).
    const pages = basilStories(0, 14).filter((_, i) => i % 3 === 0).map(({ story: _story, url: _url, ...page }) => page);
    const separately = [];
    for (const page of pages) separately.push(await recognize(page, index));
    expect(separately.map((r) => r.story !== null)).toEqual(expect.arrayContaining([true, false]));

    const transactions = jest.spyOn(corpus.backendDB(), 'transaction');
    for (const [i, page] of pages.entries()) {
      transactions.mockClear();
      expect(await index.reading((view) => recognize(page, view))).toEqual(separately[i]);
      expect(transactions).toHaveBeenCalledTimes(1);
    }
    transactions.mockRestore();
  });

  test('pages are found by the canonical form of their address', async () => {
    const { corpus } = freshDatabases();
    await importPack(corpus, chunks(packA), optionsA);
    const record = readPack(packA).stories[0].articles[0];
    const index = new DexieCorpusIndex(corpus);
    const tracked = new URL(record.url!);
    tracked.searchParams.set('utm_source', 'share');
    tracked.hash = 'comments';
    expect((await index.articlesWithUrl([tracked.href])).map((a) => a.id)).toEqual([record.id]);
    expect((await index.articlesWithUrl([canonicalUrl(record.url!)])).map((a) => a.id)).toEqual([record.id]);
    expect(await index.articlesWithUrl(['example.com/not-stored'])).toEqual([]);
  });

  test('importing the same pack again is a no-op', async () => {
    const { corpus } = freshDatabases();
    const first = await importPack(corpus, chunks(packA), optionsA);
    const before = await dumpCorpus(corpus);
    let progressCalls = 0;
    const again = await importPack(corpus, chunks(packA), { ...optionsA, onProgress: () => void progressCalls++ });
    expect(again).toEqual({ status: 'unchanged', pack: first.pack });
    expect(progressCalls).toBe(0);
    expect(await dumpCorpus(corpus)).toEqual(before);
  });
});

describe('term lines', () => {
  test('each term finds its own entry, whatever characters terms hold', () => {
    const entries: [string, number][] = [
      ['a', 1],
      ['a,b', 2],
      ['ab', 3],
      ['line\nbreak', 4],
      ['quote"\\', 5],
      ['["a",9]', 6],
      ['\u2028é', 7],
    ];
    const lines = termLines(entries);
    for (const entry of entries) expect(findTermLine(lines, entry[0])).toEqual(entry);
    expect(readTermLines(lines)).toEqual(entries);
    for (const absent of ['', 'b', 'line', '"a"', 'a,', '9]']) expect(findTermLine(lines, absent)).toBeUndefined();
  });
});

describe('bad packs', () => {
  const lines = packB.split('\n');
  const corruptRecord = packB.replace('"type":"figure"', '"type":"figure" ').replace(/"what":"[^"]*"/, '"what":"changed"');
  const header = JSON.parse(lines[0]);
  const cases: [string, string, RegExp][] = [
    ['corrupt (a changed record)', corruptRecord, /checksum .* does not match/],
    ['truncated at a line break', lines.slice(0, Math.floor(lines.length / 2)).join('\n') + '\n', /truncated/],
    ['truncated mid-line', packB.slice(0, Math.floor(packB.length * 0.7)), /truncated/],
    ['of a newer version', [JSON.stringify({ ...header, version: 3 }), ...lines.slice(1)].join('\n'), /newer than this version of Parallax reads \(2\): update the extension/],
    ['not a pack', 'id,title\n1,x\n', /not a Parallax pack/],
  ];

  test.each(cases)('a pack %s is rejected with its message, live data untouched', async (_name, text, message) => {
    const { corpus } = freshDatabases();
    await importPack(corpus, chunks(packA), optionsA);
    const before = await dumpCorpus(corpus);
    const error = await rejection(importPack(corpus, chunks(text, 2000), { ...optionsA, batchRows: 40 }));
    expect(error).toBeInstanceOf(PackError);
    expect(error.message).toMatch(message);
    expect(await dumpCorpus(corpus)).toEqual(before);
  });

  test('a failed first import leaves an empty store', async () => {
    const { corpus } = freshDatabases();
    await rejection(importPack(corpus, chunks(corruptRecord, 2000), { ...optionsA, batchRows: 40 }));
    const dump = await dumpCorpus(corpus);
    expect(Object.values(dump).every((rows) => rows.length === 0)).toBe(true);
  });
});

describe('replacement', () => {
  test('a reader during a replacement sees only the old or only the new pack, also over successive reads of one view', async () => {
    const { corpus } = freshDatabases();
    await importPack(corpus, chunks(packA), optionsA);
    const index = new DexieCorpusIndex(corpus);
    const [a, b] = [readPack(packA), readPack(packB)];
    const terms = [...new Set([...a.frequencies, ...b.frequencies].map(([term]) => term))];
    /** "term ordinal weight" of every posting a pack's stories give (the ordinal: the story's place in the pack). */
    const postingsOf = (pack: typeof a): string[] =>
      pack.stories
        .flatMap((story, ordinal) => {
          const index = storyIndexTerms(story.articles.map((article) => article.fingerprint));
          return index.terms.map((term, i) => `${term} ${ordinal} ${index.weights[i]}`);
        })
        .sort();
    const [postingsOfA, postingsOfB] = [postingsOf(a), postingsOf(b)];
    const stateOf = (documents: number): string => (documents === a.header.counts.articles ? 'old' : documents === b.header.counts.articles ? 'new' : 'mixed');

    /** Which pack a reader sees: frequencies and story postings must agree with one of them. */
    const observe = async (): Promise<string> =>
      judge(...(await Promise.all([index.termFrequencies(terms), index.storiesWithTerms(terms)])));
    /** The same, read one after the other in one view, as recognition reads (`reading`). */
    const observeInView = (): Promise<string> =>
      index.reading(async (view) => {
        const frequencies = await view.termFrequencies(terms);
        return judge(frequencies, await view.storiesWithTerms(terms));
      });
    const judge = (frequencies: CorpusFrequencies, postings: StoryPosting[]): string => {
      const expected = stateOf(frequencies.documents) === 'old' ? a : b;
      const sameFrequencies = JSON.stringify([...frequencies.frequencies].sort(byTerm)) === JSON.stringify(expected.frequencies);
      const found = postings.map((p) => {
        const story = parseStoryKey(p.storyKey);
        return `${p.term} ${story !== null && 'ordinal' in story ? story.ordinal : p.storyKey} ${p.weight}`;
      });
      const samePostings = JSON.stringify(found.sort()) === JSON.stringify(expected === a ? postingsOfA : postingsOfB);
      return sameFrequencies && samePostings ? stateOf(frequencies.documents) : 'mixed';
    };

    const seen: (string | Promise<string>)[] = [];
    let batches = 0;
    await importPack(corpus, chunks(packB, 3000), {
      ...optionsA,
      batchRows: 50,
      onProgress: async () => {
        batches++;
        seen.push(observe(), observeInView()); // racing the next write transactions
        seen.push(await observe());
      },
    });
    const states = await Promise.all(seen);
    expect(batches).toBeGreaterThan(5);
    expect(states).not.toContain('mixed');
    expect(states[0]).toBe('old');
    expect(await observe()).toBe('new');
    expect(await observeInView()).toBe('new');
    // The old generation's rows are gone, from every table.
    const live = (await corpus.packs.get('added:a'))!.generation;
    for (const table of corpus.dataTables()) {
      const generations = new Set((await table.toCollection().primaryKeys()).map(([gen]) => gen));
      expect([table.name, ...generations]).toEqual([table.name, live]);
    }
  });

  test('packs of several ids are live together and can be removed one by one', async () => {
    const { corpus } = freshDatabases();
    await importPack(corpus, chunks(packA), optionsA);
    await importPack(corpus, chunks(packB), { id: 'bundled:b', name: 'B', source: 'bundled' });
    const index = new DexieCorpusIndex(corpus);
    const [a, b] = [readPack(packA), readPack(packB)];
    // A term both packs list: its frequencies add up.
    const inB = new Map(b.frequencies);
    const [shared, inA] = a.frequencies.find(([term]) => inB.has(term))!;
    const both = await index.termFrequencies([shared]);
    expect(both.documents).toBe(a.header.counts.articles + b.header.counts.articles);
    expect(both.frequencies.get(shared)).toBe(inA + inB.get(shared)!);

    expect(await removePack(corpus, 'added:a')).toBe(true);
    const after = await index.termFrequencies([shared]);
    expect(after.documents).toBe(b.header.counts.articles);
    expect(after.frequencies.get(shared)).toBe(inB.get(shared));
    expect(await index.articlesWithUrl([a.stories[0].articles[0].url!])).toEqual([]);
    expect((await index.articlesWithUrl([b.stories[0].articles[0].url!])).map((x) => x.pack)).toEqual(['bundled:b']);
    const generations = new Set((await corpus.postings.toCollection().primaryKeys()).map(([gen]) => gen));
    expect([...generations]).toEqual([(await corpus.packs.get('bundled:b'))!.generation]);
    expect(await removePack(corpus, 'added:a')).toBe(false);
  });

  test('story keys of a replaced generation give nothing', async () => {
    const { corpus } = freshDatabases();
    await importPack(corpus, chunks(packA), optionsA);
    const index = new DexieCorpusIndex(corpus);
    const [old] = await index.articlesWithUrl([readPack(packA).stories[0].articles[0].url!]);
    await importPack(corpus, chunks(packB), optionsA);
    expect(await index.articlesOfStories([old.storyKey])).toEqual([]);
    expect(await index.storyContent(old.storyKey)).toBeNull();
  });
});

describe('resuming', () => {
  test('an interrupted import resumes where it stopped and ends as a clean import', async () => {
    const { corpus } = freshDatabases();
    const options = { ...optionsA, batchRows: 50, checkpointStories: 3 };
    const error = await rejection(importPack(corpus, chunks(packB, 2000, 60), options));
    expect(error.message).toBe('stream interrupted');
    const [partial] = await corpus.generations.toArray();
    expect(partial.state).toBe('importing');
    const termsRecords = packB.split('\n').filter((line) => line.startsWith('{"type":"terms"')).length;
    expect(partial.committed).toBeGreaterThan(termsRecords); // some stories are past a checkpoint
    expect(partial.committed).toBeLessThan(partial.total);
    expect(await corpus.packs.count()).toBe(0);

    const progress: number[] = [];
    const result = await importPack(corpus, chunks(packB, 2000), { ...options, onProgress: ({ done }) => void progress.push(done) });
    expect(result.status).toBe('imported');
    expect(result.pack.generation).toBe(partial.id);
    expect(progress[0]).toBe(partial.committed); // the stored part was not written again

    const clean = freshDatabases().corpus;
    await importPack(clean, chunks(packB, 2000), options);
    expect(withoutGenerations(await dumpCorpus(corpus))).toEqual(withoutGenerations(await dumpCorpus(clean)));
    const stored = await corpus.stories.toArray();
    expect(stored.reduce((n, story) => n + story.members.length, 0)).toBe(readPack(packB).header.counts.articles);
  });

  test('another pack under the same id discards the stale partial import', async () => {
    const { corpus } = freshDatabases();
    await rejection(importPack(corpus, chunks(packB, 2000, 40), { ...optionsA, batchRows: 50 }));
    const [stale] = await corpus.generations.toArray();
    const result = await importPack(corpus, chunks(packA), optionsA);
    expect(result.pack.generation).not.toBe(stale.id);
    const clean = freshDatabases().corpus;
    await importPack(clean, chunks(packA), optionsA);
    expect(withoutGenerations(await dumpCorpus(corpus))).toEqual(withoutGenerations(await dumpCorpus(clean)));
    expect((await corpus.generations.toArray()).map((g) => g.state)).toEqual(['live']);
  });

  test('a deletion left half done is finished by purgeRetired', async () => {
    const { corpus } = freshDatabases();
    await importPack(corpus, chunks(packA), optionsA);
    const [live] = await corpus.generations.toArray();
    await corpus.transaction('rw', corpus.packs, corpus.generations, async () => {
      await corpus.packs.delete('added:a');
      await corpus.generations.update(live.id!, { state: 'retired' });
    });
    expect(await corpus.stories.count()).toBeGreaterThan(7);
    await purgeRetired(corpus, 7);
    const dump = await dumpCorpus(corpus);
    expect(Object.values(dump).every((rows) => rows.length === 0)).toBe(true);
  });
});

describe('user data', () => {
  const highlight: Highlight = {
    id: 'h1',
    url: 'https://www.example.com/news/story?utm_source=x',
    canonicalUrl: 'example.com/news/story',
    title: 'A story',
    outlet: 'Example News',
    story: 'story-1',
    createdAt: 1_700_000_000_000,
    modifiedAt: 1_700_000_000_000,
    exact: 'the exact words',
    prefix: 'before ',
    suffix: ' after',
    start: 120,
    end: 135,
    note: 'check this',
    tags: ['later'],
    colour: 'yellow',
  };

  test('corpus import, replacement and removal never open the user database', async () => {
    const { corpus, factory } = freshDatabases();
    await importPack(corpus, chunks(packA), optionsA);
    await importPack(corpus, chunks(packB), optionsA);
    await removePack(corpus, 'added:a');
    expect((await factory.databases()).map((d) => d.name)).toEqual(['parallax-corpus']);
  });

  test('highlights and settings survive corpus import, replacement and removal', async () => {
    const { corpus, user } = freshDatabases();
    await user.highlights.add(highlight);
    await user.settings.put({ key: 'theme', value: 'dark' });
    await importPack(corpus, chunks(packA), optionsA);
    await importPack(corpus, chunks(packB), optionsA);
    await rejection(importPack(corpus, chunks(packA.slice(0, 5000)), optionsA));
    await removePack(corpus, 'added:a');
    expect(await user.highlights.toArray()).toEqual([highlight]);
    expect(await user.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
  });
});
