import fc from 'fast-check';
import { DEFAULT_STORY_OPTIONS, groupStories, requiredSimilarity } from '../../src/core/stories';
import type { Article } from '../../src/core/types';
import { loadArticles } from '../support/shared';

const withoutStory = (articles: readonly Article[]): Article[] => articles.map(({ story: _story, ...rest }) => rest);

/** Ids of the real articles of one gold story (throws when the story is not in the corpus). */
function membersOf(name: 'basil' | 'gva', story: string): string[] {
  const ids = loadArticles(name).filter((a) => a.story === story).map((a) => a.id);
  if (ids.length < 2) throw new Error(`story ${story} not found in ${name}`);
  return ids;
}

/** The partition as a sorted list of sorted id lists, independent of the ids given to stories. */
function partition(articles: readonly Article[], stories: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  articles.forEach((a, i) => groups.set(stories[i], [...(groups.get(stories[i]) ?? []), a.id]));
  return [...groups.values()].map((g) => g.sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('groupStories on real data', () => {
  const basil = withoutStory(loadArticles('basil'));
  const basilStories = groupStories(basil);
  const gva = withoutStory(loadArticles('gva'));
  const gvaStories = groupStories(gva);
  const storyOf = (articles: Article[], stories: string[], id: string): string => stories[articles.findIndex((a) => a.id === id)];

  it('puts the three outlets of one BASIL story together', () => {
    // Blumenthal's Vietnam service claims: New York Times, Fox News and HuffPost on the same days.
    const ids = membersOf('basil', 'basil-85475456-f38e-4c30-895d-ca2c819c6af1');
    expect(ids).toHaveLength(3);
    expect(new Set(ids.map((id) => storyOf(basil, basilStories, id))).size).toBe(1);
  });

  it('keeps BASIL close to its own grouping (pairwise F1 over 0.9)', () => {
    const gold = loadArticles('basil').map((a) => a.story ?? a.id);
    expect(pairwiseF1(gold, basilStories)).toBeGreaterThan(0.9);
  });

  it('keeps two Chicago shootings of the same weekend in different stories', () => {
    // Two incidents a day apart, same city, same outlets, same kind of headline.
    const first = membersOf('gva', 'gva-727544').map((id) => storyOf(gva, gvaStories, id));
    const second = membersOf('gva', 'gva-727759').map((id) => storyOf(gva, gvaStories, id));
    for (const story of first) expect(second).not.toContain(story);
  });

  it('keeps GVA incidents apart and together as the dataset does (pairwise F1 over 0.9)', () => {
    const gold = loadArticles('gva').map((a) => a.story ?? a.id);
    expect(pairwiseF1(gold, gvaStories)).toBeGreaterThan(0.9);
  });

  it('gives the same ids for the same input, and the same partition and ids for a shuffled input', () => {
    expect(groupStories(basil)).toEqual(basilStories);
    const order = shuffled(basil.map((_, i) => i), 7);
    const shuffledStories = groupStories(order.map((i) => basil[i]));
    expect(partition(order.map((i) => basil[i]), shuffledStories)).toEqual(partition(basil, basilStories));
    order.forEach((i, k) => expect(shuffledStories[k]).toBe(basilStories[i]));
  });

  it('keeps given stories and lets matching articles join them', () => {
    const ids = membersOf('basil', 'basil-85475456-f38e-4c30-895d-ca2c819c6af1');
    const input = basil.map((a) => (a.id === ids[0] ? { ...a, story: 'given-story' } : a));
    const stories = groupStories(input);
    for (const id of ids) expect(storyOf(input, stories, id)).toBe('given-story');
    expect(stories.filter((s) => s === 'given-story')).toHaveLength(3);
  });
});

describe('groupStories', () => {
  const article = (id: string, text: string, extra: Partial<Article> = {}): Article => ({ id, outlet: `Outlet ${id}`, text, ...extra });

  it('returns nothing for no articles', () => {
    expect(groupStories([])).toEqual([]);
  });

  it('never merges articles that carry different given stories, however alike', () => {
    const text = 'Firefighters rescued Marla Quennell from the Oakridge Mill flood near Dunmore on Tuesday.';
    const stories = groupStories([
      article('a', text, { story: 'one', date: '2020-05-05' }),
      article('b', text, { story: 'two', date: '2020-05-05' }),
      article('c', text, { date: '2020-05-05' }),
    ]);
    expect(stories.slice(0, 2)).toEqual(['one', 'two']);
    expect(['one', 'two']).toContain(stories[2]);
  });

  it('links the same event reported by two outlets and derives the id from the smallest member id', () => {
    const stories = groupStories([
      article('z-2', 'Marla Quennell was rescued from the Oakridge Mill flood in Dunmore, officials said.', { date: '2020-05-05' }),
      article('k-1', 'Rescuers pulled Marla Quennell out of the flooded Oakridge Mill near Dunmore.', { date: '2020-05-06' }),
      article('m-3', 'The city council approved a budget for new bicycle lanes downtown.', { date: '2020-05-06' }),
    ]);
    expect(stories[0]).toBe(stories[1]);
    expect(stories[2]).not.toBe(stories[0]);
    expect(stories[0]).toMatch(/^story-[0-9a-z]+$/);
    // Same group, other ids: the id follows the smallest member id, not the input position.
    const again = groupStories([
      article('k-1', 'Rescuers pulled Marla Quennell out of the flooded Oakridge Mill near Dunmore.', { date: '2020-05-06' }),
      article('z-2', 'Marla Quennell was rescued from the Oakridge Mill flood in Dunmore, officials said.', { date: '2020-05-05' }),
    ]);
    expect(again[0]).toBe(stories[0]);
  });

  it('asks more of a pair the further apart the articles were published, up to a ceiling', () => {
    const o = DEFAULT_STORY_OPTIONS;
    expect(requiredSimilarity(100, 101)).toBe(o.threshold);
    expect(requiredSimilarity(100, 130)).toBeGreaterThan(requiredSimilarity(100, 110));
    expect(requiredSimilarity(100, 2000)).toBe(o.maxThreshold);
    expect(requiredSimilarity(null, 100)).toBe(o.undatedThreshold);
  });

  it('never throws and gives every article a story id (property)', () => {
    const word = fc.constantFrom('Quennell', 'flood', 'mill', 'Dunmore', 'the', 'shot', '12', 'police', 'Advertisement', '“', '’s', '');
    const arb = fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 6 }),
        outlet: fc.constantFrom('A', 'B', 'C'),
        text: fc.oneof(fc.string({ maxLength: 200 }), fc.array(word, { maxLength: 60 }).map((w) => w.join(' '))),
        title: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        date: fc.option(fc.oneof(fc.constantFrom('2020-01-01', '2020-01-03', 'not a date', '2021-13-45'), fc.string({ maxLength: 12 })), { nil: undefined }),
        story: fc.option(fc.constantFrom('s1', 's2'), { nil: undefined }),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (articles) => {
        const stories = groupStories(articles);
        expect(stories).toHaveLength(articles.length);
        articles.forEach((a, i) => {
          expect(typeof stories[i]).toBe('string');
          expect(stories[i].length).toBeGreaterThan(0);
          if (a.story !== undefined) expect(stories[i]).toBe(a.story);
        });
      }),
      { numRuns: 200 },
    );
  });
});

/** Pairwise F1 of a clustering against gold labels, as ../shared/eval/score.mjs computes it. */
function pairwiseF1(gold: readonly string[], system: readonly string[]): number {
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const g = gold[i] === gold[j];
      const s = system[i] === system[j];
      if (g) actual++;
      if (s) predicted++;
      if (g && s) tp++;
    }
  }
  const p = predicted ? tp / predicted : 0;
  const r = actual ? tp / actual : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
