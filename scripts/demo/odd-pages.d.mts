// Types of odd-pages.mjs for the TypeScript tests.
import type { DemoArticle } from './site.mjs';

export interface OddPage {
  /** What is odd about it, for test names and the summary. */
  name: string;
  /** The address it is served at (http, a news site's host). */
  url: string;
  html: string;
  /** The TabState kinds the panel may rightly show for it ('matched': the comparison). */
  expectedKinds: string[];
}

export const HOSTILE_TITLE: string;
export const HOSTILE_OUTLET: string;
export const HOSTILE_QUOTES: string[];
export function proseParagraphs(count: number, seed?: number): string[];
export function oddPages(hostileArticle: DemoArticle): OddPage[];
