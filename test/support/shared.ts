// Real data for tests, read from ../shared at test time (never copied into the project).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticles } from '../../src/core/articles';
import type { Article } from '../../src/core/types';

/** The shared folder beside the project. */
export const SHARED = join(__dirname, '..', '..', '..', 'shared');

const cache = new Map<string, Article[]>();

/** Articles of ../shared/corpus/NAME.jsonl (basil, gva, allsides) or ../shared/eval/seeds.jsonl ('seeds'). */
export function loadArticles(name: 'basil' | 'gva' | 'allsides' | 'seeds'): Article[] {
  let articles = cache.get(name);
  if (!articles) {
    const path = name === 'seeds' ? join(SHARED, 'eval', 'seeds.jsonl') : join(SHARED, 'corpus', `${name}.jsonl`);
    articles = parseArticles(readFileSync(path, 'utf8'), path);
    cache.set(name, articles);
  }
  return articles;
}

/** One article by id; throws when it is not there, so a test never passes on missing data. */
export function article(name: Parameters<typeof loadArticles>[0], id: string): Article {
  const found = loadArticles(name).find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id} in ${name}`);
  return found;
}

/** The paragraph of a real article that contains `snippet` (tests name a few words, not the text). */
export function paragraphWith(name: Parameters<typeof loadArticles>[0], snippet: string): string {
  for (const a of loadArticles(name)) {
    const at = a.text.indexOf(snippet);
    if (at < 0) continue;
    const start = a.text.lastIndexOf('\n', at) + 1;
    const end = a.text.indexOf('\n', at);
    return a.text.slice(start, end < 0 ? undefined : end);
  }
  throw new Error(`no paragraph with "${snippet}" in ${name}`);
}
