// Article extraction: metadata from the page, body text from Readability run on a clone.
// Pure DOM code: runs on the live page in the content script and on a linkedom document in Node.
import { Readability } from '@mozilla/readability';
import { isArticlePage, parseUrl } from './detect';
import { declaredCanonical, linkedDataArticle, linkedDataObjects, linkedDataText, metaTags, type LinkedDataObject, type MetaTags } from './metadata';

/** Extracted text is cut to this many characters so a megabyte page cannot stall the pipeline. */
export const MAX_TEXT_CHARS = 200_000;

/** What the extension keeps of one page. */
export interface ExtractedArticle {
  /** Whether detection took the page for an article; when false, `text` is ''. */
  isArticle: boolean;
  /** The url the page was loaded from. */
  url: string;
  /** rel=canonical or og:url resolved against `url`; `url` itself when the page names neither. */
  canonicalUrl: string;
  /** Headline without a trailing (or leading) " | Site name"; '' when the page has no title at all. */
  title: string;
  /** og:site_name, JSON-LD publisher name, else the host without "www."; '' for a url without host. */
  outlet: string;
  /** Publication time as an ISO 8601 string (UTC); null when the page states none that parses. */
  date: string | null;
  /** Body text, paragraphs separated by "\n", whitespace collapsed, at most MAX_TEXT_CHARS. */
  text: string;
}

/**
 * Extracts the article of `doc` (loaded from `url`). Detection runs first; Readability only runs
 * (on a deep clone, since it rewrites the tree) when the page looks like an article.
 * `force` skips the detection gate; `detected` is the detection's verdict when the caller has
 * just run it (the content script does), so it does not run twice; `clone` is a deep clone of
 * `doc` the caller made already (in an earlier task, so that no one task does both).
 */
export function extractArticle(
  doc: Document,
  url: string,
  options: { force?: boolean; detected?: boolean; clone?: Document } = {},
): ExtractedArticle {
  const objects = linkedDataObjects(doc);
  const meta = metaTags(doc);
  const isArticle = options.detected ?? isArticlePage(doc, url, objects, meta).isArticle;
  const ldArticle = linkedDataArticle(objects);
  const outlet = outletName(meta, url, objects);
  let readableTitle = '';
  let text = '';
  if (isArticle || options.force) {
    const parsed = readableContent(options.clone ?? (doc.cloneNode(true) as Document));
    readableTitle = parsed.title;
    text = parsed.text;
  }
  const rawTitle = meta.get('og:title') || linkedDataText(ldArticle?.data['headline']) || readableTitle || (doc.title ?? '');
  return {
    isArticle,
    url,
    canonicalUrl: declaredCanonical(doc, url, meta),
    title: stripSiteName(normaliseSpace(rawTitle), outlet, parseUrl(url).host),
    outlet,
    date: publicationDate(doc, meta, ldArticle, objects),
    text,
  };
}

/** Title and text of the article in `clone`, a deep clone of the page that Readability rewrites. */
function readableContent(clone: Document): { title: string; text: string } {
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch {
    // Readability throws on some broken trees; a page we cannot read has no text, not an error.
    return { title: '', text: '' };
  }
  if (!parsed?.content) return { title: parsed?.title ?? '', text: '' };
  return { title: parsed.title ?? '', text: blockText(parsed.content) };
}

// Elements that start a new paragraph in the text.
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
// An iframe's children are fallback markup no current browser shows: the page's text never holds it.
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg', 'SVG']);

/** The text of `root`, one line per block, whitespace collapsed, empty lines dropped, capped. */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  let total = 0;
  const flush = (): void => {
    const line = normaliseSpace(current);
    current = '';
    if (!line) return;
    lines.push(line);
    total += line.length + 1;
  };
  // Iterative walk (a deeply nested page must not overflow the stack).
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0 && total < MAX_TEXT_CHARS) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      // Flush long runs so the cap also holds for one huge paragraph.
      if (current.length > MAX_TEXT_CHARS) flush();
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = (node as Element).tagName ?? '';
    if (SKIPPED_ELEMENTS.has(name)) continue;
    const block = BLOCK_ELEMENTS.has(name.toUpperCase());
    if (leaving) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  flush();
  const text = lines.join('\n');
  return text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function outletName(meta: MetaTags, url: string, objects: readonly LinkedDataObject[]): string {
  const siteName = meta.get('og:site_name');
  if (siteName) return normaliseSpace(siteName);
  for (const o of objects) {
    const publisher = linkedDataText(o.data['publisher']);
    if (publisher) return normaliseSpace(publisher);
  }
  return parseUrl(url).host.replace(/^www\./, '');
}

// Separators sites put between headline and site name: "Headline | Site", "Headline - Site", "Site: Headline".
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » ', ': '];

/**
 * Removes a trailing (or leading) "<separator> site name" from a title: the outlet itself, or a
 * name the outlet or the host contains ("| Britannica" for "Encyclopedia Britannica",
 * "| EPAM SolutionsHub" on solutionshub.epam.com). The title unchanged when it has none.
 */
export function stripSiteName(title: string, outlet: string, host = ''): string {
  if (!outlet && !host) return title;
  const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const site = squash(outlet);
  const hostName = squash(host);
  const namesSite = (part: string): boolean => {
    const name = squash(part);
    if (name.length < 3) return false;
    return name === site || site.includes(name) || hostName.includes(name) || wordsInHost(part, host);
  };
  for (const separator of TITLE_SEPARATORS) {
    const last = title.lastIndexOf(separator);
    if (last > 0 && namesSite(title.slice(last + separator.length))) return title.slice(0, last).trim();
    const first = title.indexOf(separator);
    if (first > 0 && separator !== ': ' && namesSite(title.slice(0, first))) {
      const tail = title.slice(first + separator.length).trim();
      if (tail) return tail;
    }
  }
  return title;
}

/** Every word of `part` appears in the host ("EPAM SolutionsHub" on solutionshub.epam.com). */
function wordsInHost(part: string, host: string): boolean {
  const words = part.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hostText = host.toLowerCase();
  return words.length > 0 && words.every((word) => hostText.includes(word));
}

/** article:published_time, JSON-LD datePublished (the article's first), microdata, else <time datetime>; ISO 8601 or null. */
function publicationDate(doc: Document, meta: MetaTags, ldArticle: LinkedDataObject | undefined, objects: readonly LinkedDataObject[]): string | null {
  const candidates = [
    meta.get('article:published_time'),
    linkedDataText(ldArticle?.data['datePublished']),
    // Many CMSs date the WebPage rather than an Article object, or use microdata.
    ...objects.map((o) => linkedDataText(o.data['datePublished'])),
    meta.get('datePublished'),
    // A <time> inside the article before any in headers or sidebars (those date other things).
    (doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]'))?.getAttribute('datetime') ?? '',
  ];
  for (const candidate of candidates) {
    const date = isoDate(candidate);
    if (date) return date;
  }
  return null;
}

function isoDate(text: string): string | null {
  const trimmed = text.trim();
  // Only strings that start like a date: Date.parse accepts far too much ("1", "May").
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
