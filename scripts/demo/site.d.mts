// Types of site.mjs for the TypeScript tests.

/** An article in the articles JSONL format. */
export interface DemoArticle {
  id: string;
  outlet: string;
  text: string;
  title?: string | null;
  url?: string | null;
  date?: string | null;
  story?: string;
}

export type ArticleTemplate = 'broadsheet' | 'tabloid' | 'station';

export interface DemoEntry {
  article: DemoArticle;
  url?: string;
  template?: ArticleTemplate;
  headline?: string;
}

export interface DemoResponse {
  status: number;
  contentType: string;
  body: string;
}

export interface DemoArticlePage {
  id: string;
  /** The address the page is served at (http). */
  url: string;
  /** The article's real address (rel=canonical). */
  canonicalUrl: string;
  template: ArticleTemplate;
  headline: string;
  outlet: string;
}

export interface DemoListingPage {
  kind: 'section' | 'search';
  url: string;
}

export interface DemoSite {
  respond(url: string): DemoResponse | undefined;
  articlePages: DemoArticlePage[];
  listingPages: DemoListingPage[];
}

export const SEED_PAGES: Record<string, { url: string; headline?: string }>;
export function readArticles(path: string): DemoArticle[];
export function servedUrl(url: string): string;
export function buildDemoSite(entries: DemoEntry[]): DemoSite;
