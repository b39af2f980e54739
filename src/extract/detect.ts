// Cheap article detection: is this page one news/blog article (worth running Readability on)?
// Uses a few querySelector calls, the page's metadata and a bounded estimate of paragraph text
// density; it never walks the whole tree.
import { ARTICLE_TYPES, linkedDataObjects, metaContent, type LinkedDataObject } from './metadata';

/** At most this many <p> elements are looked at for the text-density estimate. */
const MAX_PARAGRAPHS = 400;
/** A paragraph shorter than this (characters) is a caption, teaser or label rather than prose. */
const MIN_PROSE_PARAGRAPH = 80;

/** The signals detection looked at (exposed so an evaluation can explain its decisions). */
export interface PageSignals {
  /** JSON-LD says Article/NewsArticle/BlogPosting/…  */
  linkedDataArticle: boolean;
  /** JSON-LD says the page is mainly something else: product, forum thread, Q&A, collection. */
  linkedDataOther: string;
  /** og:type, lower-cased; '' when absent. */
  openGraphType: string;
  /** article:published_time (or JSON-LD datePublished on an article) is present. */
  publishedTime: boolean;
  /** Number of <article> elements (capped at 10). */
  articleElements: number;
  /** An element marked up as the article body (itemprop=articleBody). */
  articleBodyMarkup: boolean;
  /** A byline: meta author, rel=author or itemprop=author. */
  byline: boolean;
  /** Characters of prose paragraphs under the single parent holding the most of them. */
  bestContainerProse: number;
  /** Characters of prose paragraphs on the page (among the first MAX_PARAGRAPHS <p>). */
  totalProse: number;
  /** The url's path is the site root, which is a home page and never one article. */
  rootPath: boolean;
  /** The url's path names a section that holds docs, forums, shops or listings rather than articles. */
  nonArticlePath: string;
}

/** Detection result: the decision, its score and the reasons (signals that counted) in order. */
export interface ArticleDetection {
  isArticle: boolean;
  score: number;
  reasons: string[];
}

/** Score at and above which a page counts as an article. */
export const ARTICLE_THRESHOLD = 3;

/** Decides cheaply whether `doc` (loaded from `url`) is an article page; never throws on odd pages. */
export function isArticlePage(doc: Document, url: string): ArticleDetection {
  return scoreSignals(pageSignals(doc, url));
}

/** Reads the detection signals of a page. */
export function pageSignals(doc: Document, url: string): PageSignals {
  const objects = linkedDataObjects(doc);
  const openGraphType = metaContent(doc, 'og:type').toLowerCase();
  const { bestContainerProse, totalProse } = proseDensity(doc);
  const path = urlPath(url);
  return {
    linkedDataArticle: objects.some((o) => o.types.some((t) => ARTICLE_TYPES.has(t))),
    linkedDataOther: otherMainType(objects),
    openGraphType,
    publishedTime:
      metaContent(doc, 'article:published_time') !== '' ||
      objects.some((o) => o.types.some((t) => ARTICLE_TYPES.has(t)) && typeof o.data['datePublished'] === 'string'),
    articleElements: Math.min(10, doc.querySelectorAll('article').length),
    articleBodyMarkup: doc.querySelector('[itemprop="articleBody"]') !== null,
    byline: metaContent(doc, 'author') !== '' || doc.querySelector('[rel="author"], [itemprop="author"]') !== null,
    bestContainerProse,
    totalProse,
    rootPath: path === '/' || path === '',
    nonArticlePath: NON_ARTICLE_PATH.exec(path)?.[1] ?? '',
  };
}

// Path segments of site sections that are not articles: documentation sites, forums and Q&A,
// shops and product pages, tag/category listings and search results.
const NON_ARTICLE_PATH =
  /\/(docs?|documentation|api|reference|manual|wiki|forums?|threads?|topics?|questions|community|products?|shop|store|collections?|category|categories|tags?|search|cart)(?:\/|$|\.)/i;

function urlPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

// JSON-LD types that say the page is mainly not an article.
const OTHER_MAIN_TYPES = ['product', 'discussionforumposting', 'qapage', 'collectionpage', 'searchresultspage', 'profilepage'];

function otherMainType(objects: readonly LinkedDataObject[]): string {
  for (const o of objects) for (const t of o.types) if (OTHER_MAIN_TYPES.includes(t)) return t;
  return '';
}

/** Prose paragraph characters per parent (the best one) and in total, over a bounded number of <p>. */
function proseDensity(doc: Document): { bestContainerProse: number; totalProse: number } {
  const paragraphs = doc.querySelectorAll('p');
  const perParent = new Map<Element, number>();
  let totalProse = 0;
  let bestContainerProse = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const paragraph = paragraphs[i];
    const length = (paragraph.textContent ?? '').trim().length;
    if (length < MIN_PROSE_PARAGRAPH) continue;
    const parent = paragraph.parentElement;
    if (!parent) continue;
    const sum = (perParent.get(parent) ?? 0) + length;
    perParent.set(parent, sum);
    if (sum > bestContainerProse) bestContainerProse = sum;
    totalProse += length;
  }
  return { bestContainerProse, totalProse };
}

/** Weighs the signals into a score and a decision. */
export function scoreSignals(s: PageSignals): ArticleDetection {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(`${reason} ${points > 0 ? '+' : ''}${points}`);
  };
  if (s.linkedDataArticle) add(3, 'JSON-LD article');
  if (s.linkedDataOther) add(-3, `JSON-LD ${s.linkedDataOther}`);
  if (s.openGraphType === 'article') add(1, 'og:type article');
  else if (s.openGraphType.startsWith('product') || s.openGraphType.includes(':product') || s.openGraphType.includes('item')) add(-3, `og:type ${s.openGraphType}`);
  if (s.publishedTime) add(1, 'published time');
  if (s.articleBodyMarkup) add(1, 'articleBody markup');
  if (s.articleElements === 1) add(0.5, 'one <article>');
  else if (s.articleElements >= 3) add(-1.5, 'many <article>');
  if (s.byline) add(0.5, 'byline');
  if (s.bestContainerProse >= 1500) add(2, 'long prose');
  else if (s.bestContainerProse >= 600) add(1, 'some prose');
  else if (s.bestContainerProse < 250) add(-2, 'little prose');
  if (s.rootPath) add(-3, 'home page');
  if (s.nonArticlePath) add(-1.5, `/${s.nonArticlePath}/ path`);
  return { isArticle: score >= ARTICLE_THRESHOLD, score, reasons };
}
