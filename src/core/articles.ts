// Reading articles from JSON Lines, with errors that name the line and the field.
import type { Article } from './types';

/** A problem with one input line; `line` is 1-based. */
export class ArticleInputError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${source}:${line}: ${problem}`);
    this.name = 'ArticleInputError';
  }
}

const REQUIRED = ['id', 'outlet', 'text'] as const;
const OPTIONAL = ['title', 'url', 'date', 'story'] as const;

/** Validates one parsed JSON value as an article; throws ArticleInputError naming the field. */
export function toArticle(value: unknown, source: string, line: number): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArticleInputError(source, line, 'expected a JSON object for an article');
  }
  const record = value as Record<string, unknown>;
  for (const field of REQUIRED) {
    if (!(field in record)) throw new ArticleInputError(source, line, `field "${field}" is missing`);
    if (typeof record[field] !== 'string') {
      throw new ArticleInputError(source, line, `field "${field}" must be a string, not ${describe(record[field])}`);
    }
  }
  if ((record.id as string).trim() === '') throw new ArticleInputError(source, line, 'field "id" is empty');
  const article: Article = { id: record.id as string, outlet: record.outlet as string, text: record.text as string };
  for (const field of OPTIONAL) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') {
      throw new ArticleInputError(source, line, `field "${field}" must be a string, not ${describe(v)}`);
    }
    article[field] = v;
  }
  return article;
}

/** Parses JSON Lines text into articles. Blank lines are skipped; ids must be unique. */
export function parseArticles(jsonl: string, source = 'input'): Article[] {
  const articles: Article[] = [];
  const seen = new Map<string, number>();
  const lines = jsonl.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new ArticleInputError(source, i + 1, `not valid JSON (${(error as Error).message})`);
    }
    const article = toArticle(value, source, i + 1);
    const earlier = seen.get(article.id);
    if (earlier !== undefined) {
      throw new ArticleInputError(source, i + 1, `duplicate id "${article.id}" (first on line ${earlier})`);
    }
    seen.set(article.id, i + 1);
    articles.push(article);
  }
  return articles;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}
