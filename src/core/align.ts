// Quotes of different outlets that render the same utterance.
import type { Group, Quote } from './types';

/** A quote with the article it comes from. */
export interface PlacedQuote {
  articleId: string;
  quote: Quote;
}

/** Groups the quotes of one story that render the same utterance. */
export function alignQuotes(_quotes: readonly PlacedQuote[]): Group[] {
  return [];
}
