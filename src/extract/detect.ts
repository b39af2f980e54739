// Cheap article detection: is this page one news/blog article (worth running Readability on)?
// Uses a few querySelector calls, the page's metadata and a bounded estimate of paragraph text
// density; it never walks the whole tree.
import { isArticleObject, linkedDataObjects, metaContent, type LinkedDataObject } from './metadata';

/** Paragraph text counts for this many ancestors (parent, grandparent, …). */
const CONTAINER_LEVELS = 3;
/** At most this many <p>, <div> and <td> elements are looked at for the text-density estimate. */
const MAX_BLOCKS = 3000;
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
  /** Characters of prose paragraphs on the page (among the first MAX_BLOCKS blocks). */
  totalProse: number;
  /** A date of publication anywhere: JSON-LD datePublished, date meta tags or a <time datetime>. */
  anyDate: boolean;
  /** An author/byline element by class name (many themes mark bylines only that way). */
  authorMarkup: boolean;
  /** Shop markup: a price or an add-to-cart control. */
  shopMarkup: boolean;
  /** Share of the page's prose that sits in the best container (0 when there is no prose). */
  proseConcentration: number;
  /** The best prose container lies inside an <article> element. */
  proseInArticleElement: boolean;
  /** Number of <pre> code blocks (capped at 10). */
  codeBlocks: number;
  /** The url's path is the site root, which is a home page and never one article. */
  rootPath: boolean;
  /** The url's path names a section that holds docs, forums, shops or listings rather than articles. */
  nonArticlePath: string;
  /** Words in the longest path segment ("/2024/05/how-to-fix-a-leak" → 5); 0 for the root. */
  slugWords: number;
  /** A path segment is a number of four or more digits: a story id or a year ("/news/275221/", "/2019/11/"). */
  numericId: boolean;
  /** The host name is a documentation portal, help centre, forum or shop ("docs.", "developer."). */
  nonArticleHost: string;
}

/** Detection result: the decision, its score and the reasons (signals that counted) in order. */
export interface ArticleDetection {
  isArticle: boolean;
  score: number;
  reasons: string[];
}

/** Score at and above which a page counts as an article. */
export const ARTICLE_THRESHOLD = 2.5;

/**
 * Decides cheaply whether `doc` (loaded from `url`) is an article page; never throws on odd pages.
 * `objects`: the page's JSON-LD objects, when the caller has read them already.
 */
export function isArticlePage(doc: Document, url: string, objects = linkedDataObjects(doc)): ArticleDetection {
  return scoreSignals(pageSignals(doc, url, objects));
}

/** Reads the detection signals of a page (`objects`: its JSON-LD objects, read when not given). */
export function pageSignals(doc: Document, url: string, objects = linkedDataObjects(doc)): PageSignals {
  const articleObjects = objects.filter(isArticleObject);
  const openGraphType = metaContent(doc, 'og:type').toLowerCase();
  const { bestContainerProse, totalProse, proseInArticleElement } = proseDensity(doc);
  const { host, path } = parseUrl(url);
  return {
    linkedDataArticle: articleObjects.length > 0,
    linkedDataOther: otherMainType(objects),
    openGraphType,
    publishedTime:
      metaContent(doc, 'article:published_time') !== '' ||
      articleObjects.some((o) => typeof o.data['datePublished'] === 'string'),
    articleElements: Math.min(10, doc.querySelectorAll('article').length),
    articleBodyMarkup: doc.querySelector('[itemprop="articleBody"]') !== null,
    byline: metaContent(doc, 'author') !== '' || doc.querySelector('[rel="author"], [itemprop="author"]') !== null,
    bestContainerProse,
    totalProse,
    anyDate:
      objects.some((o) => typeof o.data['datePublished'] === 'string') ||
      doc.querySelector('meta[itemprop="datePublished"], meta[name="date"], meta[name="publish-date"], meta[name="parsely-pub-date"], time[datetime]') !== null,
    authorMarkup: doc.querySelector('[class*="byline"], [class*="author"], [rel="author"], [itemprop="author"]') !== null,
    shopMarkup: doc.querySelector('[itemprop="price"], [name="add-to-cart"], form[action*="cart"], [class*="add-to-cart"], [class*="price"]') !== null,
    proseInArticleElement,
    proseConcentration: totalProse > 0 ? bestContainerProse / totalProse : 0,
    codeBlocks: Math.min(10, doc.querySelectorAll('pre').length),
    rootPath: path === '/' || path === '',
    nonArticlePath: NON_ARTICLE_PATH.exec(path)?.[1] ?? '',
    slugWords: slugWords(path),
    numericId: /\/\d{4,}(?:[/.]|$)/.test(path),
    nonArticleHost: NON_ARTICLE_HOST.exec(host)?.[1] ?? '',
  };
}

// Path segments of site sections that are not articles: documentation sites, forums and Q&A,
// shops and product pages, tag/category listings, search results, and companies' service pages.
const NON_ARTICLE_PATH =
  /\/(docs?|documentation|api|reference|manual|wiki|forums?|threads?|discussions?|questions|community|products?|shop|store|collections?|category|categories|tags?|search|cart|services?|solutions|pricing|portfolio)(?:\/|$|\.)/i;
// Host names of documentation portals, help centres, forums and shops (docs.x.com, developer.x.com).
const NON_ARTICLE_HOST = /^(docs?|developers?|learn|support|help|forums?|community|shop|store|api)\./i;

function slugWords(path: string): number {
  let most = 0;
  for (const segment of path.split('/')) {
    const words = segment.replace(/\.\w+$/, '').split(/[-_+]|%20/).filter((word) => word !== '').length;
    if (words > most) most = words;
  }
  return most;
}

/** Host name and path of `url`; both '' when it does not parse. */
export function parseUrl(url: string): { host: string; path: string } {
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname, path: parsed.pathname };
  } catch {
    return { host: '', path: '' };
  }
}

// JSON-LD types that say the page is mainly not an article.
const OTHER_MAIN_TYPES = ['product', 'discussionforumposting', 'qapage', 'collectionpage', 'searchresultspage', 'profilepage'];

function otherMainType(objects: readonly LinkedDataObject[]): string {
  for (const o of objects) for (const t of o.types) if (OTHER_MAIN_TYPES.includes(t)) return t;
  return '';
}

// Inline elements whose text belongs to the paragraph around them.
const INLINE_ELEMENTS = new Set(['A', 'ABBR', 'B', 'CITE', 'EM', 'FONT', 'I', 'MARK', 'Q', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);

/** Length of the text an element holds itself (text nodes and inline children), not in nested blocks. */
function ownTextLength(element: Element): number {
  let length = 0;
  const children = element.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.nodeType === 3) length += (child.nodeValue ?? '').trim().length;
    else if (child.nodeType === 1 && INLINE_ELEMENTS.has((child as Element).tagName.toUpperCase())) length += (child.textContent ?? '').trim().length;
  }
  return length;
}

/**
 * Prose characters under the best container and in total, over a bounded number of text blocks.
 * Blocks are <p> and also <div>/<td> holding text themselves: some news sites write paragraphs
 * as <div class="paragraph"> or as text separated by <br>. Each block counts for its parent and
 * the next ancestors: articles split into <section>s, or with a wrapper <div> per paragraph,
 * still gather their prose in one ancestor.
 */
function proseDensity(doc: Document): { bestContainerProse: number; totalProse: number; proseInArticleElement: boolean } {
  const blocks = doc.querySelectorAll('p, div, td');
  const perContainer = new Map<Element, number>();
  let totalProse = 0;
  let bestContainerProse = 0;
  let best: Element | null = null;
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS; i++) {
    const block = blocks[i];
    const length = block.tagName.toUpperCase() === 'P' ? (block.textContent ?? '').trim().length : ownTextLength(block);
    if (length < MIN_PROSE_PARAGRAPH) continue;
    totalProse += length;
    let container = block.parentElement;
    for (let level = 0; level < CONTAINER_LEVELS && container; level++, container = container.parentElement) {
      const sum = (perContainer.get(container) ?? 0) + length;
      perContainer.set(container, sum);
      if (sum > bestContainerProse) {
        bestContainerProse = sum;
        best = container;
      }
    }
  }
  return { bestContainerProse, totalProse, proseInArticleElement: best?.closest('article') != null };
}

/**
 * Weighs the signals into a score and a decision. Weights were set on the WCXB development pages
 * as a whole (seven page types), never for single pages.
 */
export function scoreSignals(s: PageSignals): ArticleDetection {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(`${reason} ${points > 0 ? '+' : ''}${points}`);
  };
  // News sites and blogs declare their articles; shops and forums declare their own kinds.
  if (s.linkedDataArticle) add(3, 'JSON-LD article');
  if (s.linkedDataOther) add(-3, `JSON-LD ${s.linkedDataOther}`);
  // WordPress themes put og:type=article on every page, services and landing pages included: weak.
  if (s.openGraphType === 'article') add(1, 'og:type article');
  else if (/product|item/.test(s.openGraphType)) add(-3, `og:type ${s.openGraphType}`);
  if (s.publishedTime || s.anyDate) add(0.5, 'date');
  // Forum threads have authors too, so a byline is only a hint.
  if (s.byline || s.authorMarkup) add(1, 'byline');
  // Product pages and category grids show prices.
  if (s.shopMarkup) add(-1, 'price or cart');
  // Documentation pages carry code samples; news articles rarely more than one.
  if (s.codeBlocks >= 2) add(-1, 'code blocks');
  // Listings and section fronts are grids of <article> teasers; a related-stories rail under a real
  // article is excused when the main prose sits inside an <article>.
  if (s.articleElements >= 3 && !s.proseInArticleElement) add(-1.5, 'many <article>');
  if (s.bestContainerProse >= 1500) add(2, 'long prose');
  else if (s.bestContainerProse >= 600) add(1, 'some prose');
  else if (s.bestContainerProse < 250) add(-2, 'little prose');
  // An article's prose runs in one block; landing pages scatter short blurbs over many sections.
  if (s.proseConcentration >= 0.5) add(0.5, 'prose in one block');
  else if (s.proseConcentration < 0.3) add(-0.5, 'scattered prose');
  // Article urls carry a headline slug ("/city-council-votes-on-next-budget") or a story id or
  // date ("/news/275221/", "/2019/11/18/"); section fronts, service pages and docs have one-word
  // paths ("/news", "/consulting").
  if (s.slugWords >= 5 || s.numericId) add(1.5, s.numericId ? 'story id or date' : 'headline slug');
  else if (s.slugWords <= 1) add(-1.5, 'short path');
  if (s.rootPath) add(-3, 'home page');
  if (s.nonArticlePath || s.nonArticleHost) add(-2, `${s.nonArticleHost ? s.nonArticleHost + '. host' : '/' + s.nonArticlePath + '/ path'}`);
  return { isArticle: score >= ARTICLE_THRESHOLD, score, reasons };
}
