// The benchmark corpus: the shared corpora scaled up by copying them with changed ids, urls,
// dates and rare terms (renamed per copy so they stay rare; common ones are shared). Built in
// memory or in a temporary folder for each run, never committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticles } from '../src/core/articles';
import type { PackContent, PackStory } from '../src/core/pack-format';
import type { Article } from '../src/core/types';

/** Days between one copy of the corpus and the next. */
const DAYS_BETWEEN_COPIES = 7;

/** Terms in at most this many articles of one copy are renamed per copy. */
const RARE = 5;

/** The articles of one shared corpus file (`shared`/corpus/`name`.jsonl). */
export function loadCorpus(shared: string, name: string): Article[] {
  const path = join(shared, 'corpus', `${name}.jsonl`);
  return parseArticles(readFileSync(path, 'utf8'), path);
}

/**
 * `copies` copies of the content. Copies carry no quotes and figures (they do not affect
 * recognition, and make the pack smaller), except the first when `keepFirstCopy`: then pages of
 * its stories are compared as in real use.
 */
export function scaled(content: PackContent, copies: number, keepFirstCopy = false): PackContent {
  const rare = new Set(content.frequencies.filter(([, n]) => n <= RARE).map(([t]) => t));
  const rename = (term: string, copy: number): string => (copy > 0 && rare.has(term) ? `${term}~${copy}` : term);
  const frequencies = new Map<string, number>();
  const stories: PackStory[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const [term, n] of content.frequencies) {
      const name = rename(term, copy);
      frequencies.set(name, (frequencies.get(name) ?? 0) + n);
    }
    for (const s of content.stories) {
      if (copy === 0 && keepFirstCopy) {
        stories.push(s);
        continue;
      }
      const copied = renamedStory(s, copy, rename);
      stories.push({ ...copied, story: { ...copied.story, quotes: 0, figures: 0, quoteGroups: 0, figureGroups: 0 }, quotes: [], figures: [] });
    }
  }
  stories.sort((a, b) => (a.story.id < b.story.id ? -1 : 1));
  const sorted = [...frequencies].sort(([a], [b]) => (a < b ? -1 : 1));
  return { built: content.built, frequencies: sorted, stories };
}

/** Copy `copy` of a story: ids, story keys, urls and dates changed; copy 0 keeps its own. */
function renamedStory(s: PackStory, copy: number, rename: (term: string, copy: number) => string): PackStory {
  if (copy === 0) return s;
  const id = `${s.story.id}~${copy}`;
  return {
    ...s,
    story: { ...s.story, id },
    articles: s.articles.map((a) => ({
      ...a,
      id: `${a.id}~${copy}`,
      story: id,
      url: a.url && `${a.url}?copy=${copy}`,
      canonicalUrl: a.canonicalUrl && `${a.canonicalUrl}?copy=${copy}`,
      date: a.date && shiftDate(a.date, copy * DAYS_BETWEEN_COPIES),
      fingerprint: {
        ...a.fingerprint,
        day: a.fingerprint.day === null ? null : a.fingerprint.day + copy * DAYS_BETWEEN_COPIES,
        terms: a.fingerprint.terms.map((t) => rename(t, copy)),
      },
    })),
  };
}

function shiftDate(date: string, days: number): string {
  const day = new Date(date.slice(0, 10) + 'T00:00:00Z');
  return new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
