// Page metadata shared by detection and extraction: <meta> tags and JSON-LD objects.
// Pure DOM code: runs on the live page in the content script and on a linkedom document in Node.

/** At most this many JSON-LD scripts are read, and each only up to this size, so a page cannot stall us. */
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_JSON_LD_CHARS = 200_000;
/** Bounds on walking one JSON-LD tree (nested @graph, arrays of objects). */
const MAX_JSON_LD_OBJECTS = 500;
const MAX_JSON_LD_DEPTH = 6;

/** A page's <meta> tags, read once: lookups by property, name or itemprop. */
export interface MetaTags {
  /** The content of the first `<meta property=KEY>`, else `name=KEY`, else `itemprop=KEY` with a non-empty value; '' when none. */
  get(key: string): string;
}

/** At most this many <meta> tags are read (a page cannot stall us with thousands). */
const MAX_META_TAGS = 500;

/** Reads the page's <meta> tags in one pass (one query instead of three per key looked up). */
export function metaTags(doc: Document): MetaTags {
  const byAttribute = { property: new Map<string, string>(), name: new Map<string, string>(), itemprop: new Map<string, string>() };
  const elements = doc.querySelectorAll('meta[content]');
  for (let i = 0; i < elements.length && i < MAX_META_TAGS; i++) {
    const value = elements[i].getAttribute('content')?.trim();
    if (!value) continue;
    for (const attribute of ['property', 'name', 'itemprop'] as const) {
      const key = elements[i].getAttribute(attribute);
      if (key && !byAttribute[attribute].has(key)) byAttribute[attribute].set(key, value);
    }
  }
  return { get: (key) => byAttribute.property.get(key) ?? byAttribute.name.get(key) ?? byAttribute.itemprop.get(key) ?? '' };
}

/** A JSON-LD object with its `@type` values lower-cased (empty when it has none). */
export interface LinkedDataObject {
  types: string[];
  data: Record<string, unknown>;
}

/**
 * Every typed object of the page's JSON-LD scripts, flattening arrays and `@graph`
 * (including objects nested one level inside others, such as `mainEntity`); [] when there is none
 * or it does not parse.
 */
export function linkedDataObjects(doc: Document): LinkedDataObject[] {
  const found: LinkedDataObject[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_JSON_LD_SCRIPTS; i++) {
    const source = scripts[i].textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    const parsed = parseJson(source) ?? parseJson(cleanedJson(source));
    if (parsed !== undefined) collectTyped(parsed, 0, found);
  }
  return found;
}

/** `source` parsed as JSON; undefined when it does not parse. */
function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    return undefined;
  }
}

/**
 * `source` without what some CMSs put around or inside their JSON: CDATA comments, control
 * characters in strings. Applied only when the JSON does not parse as it is (the patterns cost
 * their compilation on a live page).
 */
function cleanedJson(source: string): string {
  return source.replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[|\]\]>\s*$/g, '').replace(/[\u0000-\u001f]+/g, ' ');
}

function collectTyped(value: unknown, depth: number, found: LinkedDataObject[]): void {
  if (depth > MAX_JSON_LD_DEPTH || found.length >= MAX_JSON_LD_OBJECTS || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectTyped(item, depth + 1, found);
    return;
  }
  const object = value as Record<string, unknown>;
  const rawType = object['@type'];
  const types = (Array.isArray(rawType) ? rawType : [rawType]).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
  if (types.length > 0) found.push({ types, data: object });
  if ('@graph' in object) collectTyped(object['@graph'], depth + 1, found);
  // A WebPage often carries the article as mainEntity; a QAPage its question.
  if ('mainEntity' in object) collectTyped(object['mainEntity'], depth + 1, found);
}

/** A JSON-LD value as plain text: a string, or the `name` of an object (first item of an array); '' otherwise. */
export function linkedDataText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.length > 0 ? linkedDataText(value[0]) : '';
  if (value !== null && typeof value === 'object') {
    const name = (value as Record<string, unknown>)['name'];
    return typeof name === 'string' ? name.trim() : '';
  }
  return '';
}

/** JSON-LD types of articles: news, blog posts, reports, opinion and analysis pieces. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'satiricalarticle',
]);

/** True for a JSON-LD object of an article type. */
export function isArticleObject(object: LinkedDataObject): boolean {
  return object.types.some((t) => ARTICLE_TYPES.has(t));
}

/** The first JSON-LD object whose type is an article type; undefined when there is none. */
export function linkedDataArticle(objects: readonly LinkedDataObject[]): LinkedDataObject | undefined {
  return objects.find(isArticleObject);
}

/**
 * The address the page declares canonical: rel=canonical, else og:url, resolved against `url`;
 * `url` itself when neither is a usable http(s) address.
 */
export function declaredCanonical(doc: Document, url: string, meta: MetaTags = metaTags(doc)): string {
  const candidates = [doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), meta.get('og:url')];
  for (const candidate of candidates) {
    const href = candidate?.trim();
    if (!href) continue;
    try {
      const resolved = new URL(href, url);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.href;
    } catch {
      // An unparsable canonical is ignored rather than trusted.
    }
  }
  return url;
}
