// The analysis pipeline: articles in, report out (format in ../shared/eval/README.md).
import { alignQuotes, type PlacedQuote } from './align';
import { figureContext, groupFigures, type PlacedFigure } from './figure-groups';
import { extractFigures } from './figures';
import { canonicalSpeakers } from './names';
import { extractQuotes } from './quotes';
import { attributeSpeakers } from './speakers';
import { groupStories } from './stories';
import type { Article, ArticleAnalysis, FigureGroup, QuoteGroup, Report } from './types';
import { pushTo } from './collections';

export interface AnalyzeOptions {
  /** Called after each article is analysed, and once per story aligned. */
  onProgress?: (done: number, total: number, stage: 'articles' | 'stories') => void;
}

/** Quotes, speakers and figures of one article, with ids prefixed by the article's id. */
export function analyzeArticle(article: Article, story: string): ArticleAnalysis {
  const spans = extractQuotes(article.text);
  const speakers = attributeSpeakers(article.text, spans);
  return {
    id: article.id,
    story,
    quotes: spans.map((span, i) => ({ ...span, id: `${article.id}:q${i}`, speaker: speakers[i] })),
    figures: extractFigures(article.text).map((f, i) => ({ ...f, id: `${article.id}:f${i}` })),
  };
}

/** Analyses every article, groups them into stories, and aligns quotes and figures per story. */
export function analyzeArticles(articles: readonly Article[], options: AnalyzeOptions = {}): Report {
  const stories = groupStories(articles);
  const analyses: ArticleAnalysis[] = [];
  articles.forEach((article, i) => {
    analyses.push(analyzeArticle(article, stories[i]));
    options.onProgress?.(i + 1, articles.length, 'articles');
  });

  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const byStory = new Map<string, ArticleAnalysis[]>();
  for (const a of analyses) {
    pushTo(byStory, a.story, a);
  }

  const quoteGroups: QuoteGroup[] = [];
  const figureGroups: FigureGroup[] = [];
  let storiesDone = 0;
  for (const members of byStory.values()) {
    unifySpeakers(members);
    const quotes: PlacedQuote[] = members.flatMap((a) => a.quotes.map((quote) => ({ articleId: a.id, quote })));
    for (const g of alignQuotes(quotes)) quoteGroups.push({ ...g, id: `g${quoteGroups.length + 1}` });
    const figures: PlacedFigure[] = members.flatMap((a) => a.figures.map((figure) =>
      ({ articleId: a.id, figure, context: figureContext(textOf.get(a.id) ?? '', figure.start, figure.end) })));
    for (const g of groupFigures(figures)) figureGroups.push({ ...g, id: `h${figureGroups.length + 1}` });
    options.onProgress?.(++storiesDone, byStory.size, 'stories');
  }
  return { articles: analyses, quoteGroups, figureGroups };
}

/** Rewrites speaker names so that one person has one name across a story's articles. */
function unifySpeakers(members: ArticleAnalysis[]): void {
  const names = members.map((a) => a.quotes.map((q) => q.speaker).filter((s): s is string => s !== null));
  const canonical = canonicalSpeakers(names);
  for (const a of members) for (const q of a.quotes) if (q.speaker) q.speaker = canonical.get(q.speaker) ?? q.speaker;
}
