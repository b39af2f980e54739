// The demo web: articles (the JSONL article format) rendered into news pages at their real
// addresses, plus section fronts, search pages, stylesheets and favicons on the same hosts.
// `DemoSite.respond(url)` answers one request; server.mjs puts it behind an HTTP proxy.
import { readFileSync } from 'node:fs';
import {
  ARTICLE_TEMPLATES,
  FAVICON_PATH,
  favicon,
  renderArticlePage,
  renderSearchPage,
  renderSectionFront,
  slug,
  stylesheet,
} from './templates.mjs';

/**
 * Addresses for the seed articles (assets/corpus/seeds.jsonl has none): plausible ones on the real
 * sites of Business Insider, Newsweek and Slate, made-up ones (.example) for the translated
 * outlets; a headline where the seed has no title.
 */
export const SEED_PAGES = {
  'seed-000': {
    url: 'https://arabic-outlet.example/world/2022/03/07/blinken-credible-reports-russia-war-crimes-ukraine',
    headline: 'Blinken: "Credible reports" that Russia committed war crimes in Ukraine',
  },
  'seed-001': { url: 'https://portuguese-outlet.example/mundo/2022/03/07/us-notes-potential-war-crimes-russia-ukraine/' },
  'seed-002': {
    url: 'https://www.businessinsider.com/blinken-us-very-credible-reports-russia-attacks-civilians-war-crime-2022-3',
    headline: 'Blinken says the US has "very credible reports" of Russian attacks on civilians that would be a war crime',
  },
  'seed-003': { url: 'https://www.newsweek.com/us-has-credible-reports-russian-war-crimes-ukraine-blinken-says-1685431' },
  'seed-004': { url: 'https://slate.com/news-and-politics/2022/03/blinken-very-credible-reports-russian-war-crimes-ukraine.html' },
};

/** How the known outlets' demo sites look; other hosts get a template and colour from their name. */
const SITE_STYLES = {
  'nytimes.com': { template: 'broadsheet', accent: '#121212' },
  'foxnews.com': { template: 'tabloid', accent: '#003366' },
  'huffingtonpost.com': { template: 'tabloid', accent: '#0dbe98' },
  'huffpost.com': { template: 'tabloid', accent: '#0dbe98' },
  'businessinsider.com': { template: 'tabloid', accent: '#1f4b99' },
  'newsweek.com': { template: 'broadsheet', accent: '#d61e2b' },
  'slate.com': { template: 'broadsheet', accent: '#6b1f5c' },
  'arabic-outlet.example': { template: 'station', accent: '#0b6e4f' },
  'portuguese-outlet.example': { template: 'station', accent: '#1d3557' },
};

const NEWS_SECTIONS = ['World', 'U.S.', 'Politics', 'Business', 'Opinion', 'Tech', 'Science', 'Health', 'Sports'];
const STATION_SECTIONS = ['News', 'Weather', 'Traffic', 'Investigations', 'Sports', 'Community'];

/** Reads an articles JSONL file (one JSON object a line; blank lines skipped). */
export function readArticles(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** The address a request for `url` is served under: always http (the demo serves no TLS), no fragment. */
export function servedUrl(url) {
  const parsed = new URL(url);
  parsed.protocol = 'http:';
  parsed.hash = '';
  return parsed.href;
}

function hashOf(text) {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)) >>> 0;
  return hash;
}

function styleFor(host) {
  const known = Object.entries(SITE_STYLES).find(([domain]) => host === domain || host.endsWith(`.${domain}`));
  if (known) return known[1];
  const hash = hashOf(host);
  return { template: ARTICLE_TEMPLATES[hash % ARTICLE_TEMPLATES.length], accent: `hsl(${hash % 360} 60% 32%)` };
}

function titleCase(segment) {
  return segment.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

/** The section an article address names ("/politics/2010/…" → "Politics"); "News" when none. */
function sectionOf(url) {
  const first = new URL(url).pathname.split('/').find((segment) => /^[a-z][a-z-]{2,24}$/i.test(segment));
  return first ? titleCase(first) : 'News';
}

/** The first sentence of the first paragraph of prose, at most `max` characters; '' for no prose. */
function firstSentence(text, max) {
  // Captions and lists run over several lines; a lead paragraph is one.
  const prose = text.split(/\n\s*\n/).map((p) => p.trim()).find((p) => p.length >= 80 && !p.includes('\n')) ?? '';
  const sentence = /^.+?[.!?]["”’]?(?=\s|$)/.exec(prose)?.[0] ?? prose;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * One article page to render: `article` (JSONL format), at `url` (default: the article's own url,
 * or its SEED_PAGES address), in `template` (default: its site's), with `headline` overriding a
 * missing title.
 */
function articlePageFor(entry) {
  const { article } = entry;
  const seed = SEED_PAGES[article.id];
  const canonicalUrl = entry.url ?? article.url ?? seed?.url;
  if (!canonicalUrl) throw new Error(`article ${article.id} has no url and none was given`);
  const host = new URL(canonicalUrl).hostname;
  const style = styleFor(host);
  const template = entry.template ?? style.template;
  const headline = (entry.headline ?? article.title ?? seed?.headline ?? firstSentence(article.text, 110)).trim();
  const section = sectionOf(canonicalUrl);
  return {
    template,
    article,
    headline,
    summary: firstSentence(article.text, 200),
    byline: 'Staff Reporter',
    documentTitle: `${headline} | ${article.outlet}`,
    canonicalUrl,
    url: servedUrl(canonicalUrl),
    site: {
      host,
      name: article.outlet,
      accent: style.accent,
      section,
      sections: template === 'station' ? STATION_SECTIONS : NEWS_SECTIONS,
    },
  };
}

/**
 * The demo web for `entries` ([{article, url?, template?, headline?}]). `respond(url)` answers a
 * request: {status, contentType, body}, or undefined when the url is not part of the demo.
 * `articlePages` lists the article pages ({id, url, canonicalUrl, template, headline, outlet});
 * `listingPages` the section fronts and search pages ({kind, url}), one of each per host.
 */
export function buildDemoSite(entries) {
  const pages = entries.map(articlePageFor);
  const byUrl = new Map();
  for (const page of pages) {
    if (byUrl.has(page.url)) throw new Error(`two demo articles at ${page.url}`);
    byUrl.set(page.url, page);
  }
  const link = (page) => ({ title: page.headline, url: page.url, date: page.article.date, summary: page.summary });
  for (const page of pages) {
    const others = pages.filter((other) => other !== page);
    const sameStory = page.article.story ? others.filter((other) => other.article.story === page.article.story) : [];
    page.related = sameStory.slice(0, 5).map(link);
    // The site's own stories first, then other stories; the same story's reports only to fill up.
    const byPreference = [
      ...others.filter((o) => o.site.host === page.site.host && !sameStory.includes(o)),
      ...others.filter((o) => o.site.host !== page.site.host && !sameStory.includes(o)),
      ...sameStory,
    ];
    page.moreFromSite = byPreference.slice(0, 5).map(link);
  }
  const hosts = new Map();
  for (const page of pages) if (!hosts.has(page.site.host)) hosts.set(page.site.host, page);

  const listingPages = [...hosts.keys()].flatMap((host) => [
    { kind: 'section', url: `http://${host}/${slug(hosts.get(host).site.sections[0])}` },
    { kind: 'search', url: `http://${host}/search?q=war+crimes` },
  ]);

  /** Section fronts list the host's own articles first, then the rest of the demo web. */
  function listingItems(host, query) {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const matching = pages.filter((page) => {
      const haystack = `${page.headline}\n${page.article.text}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
    return [...matching.filter((p) => p.site.host === host), ...matching.filter((p) => p.site.host !== host)].map(link);
  }

  function respond(url) {
    const parsed = new URL(servedUrl(url));
    const page = byUrl.get(parsed.href);
    if (page) return html(renderArticlePage(page));
    const sample = hosts.get(parsed.hostname);
    if (!sample) return undefined;
    const site = sample.site;
    if (parsed.pathname === FAVICON_PATH) return { status: 200, contentType: 'image/svg+xml', body: favicon(site.accent) };
    const css = /^\/demo-assets\/([a-z]+)\.css$/.exec(parsed.pathname);
    if (css && stylesheet(css[1]) !== undefined) return { status: 200, contentType: 'text/css; charset=utf-8', body: stylesheet(css[1]) };
    if (parsed.pathname === '/search') {
      const query = parsed.searchParams.get('q') ?? '';
      return html(renderSearchPage({ site, template: sample.template, query, items: query ? listingItems(site.host, query) : [] }));
    }
    const section = site.sections.find((name) => `/${slug(name)}` === parsed.pathname.replace(/\/$/, ''));
    if (section) return html(renderSectionFront({ site, template: sample.template, section, items: listingItems(site.host, '') }));
    return undefined;
  }

  return {
    respond,
    articlePages: pages.map((page) => ({
      id: page.article.id,
      url: page.url,
      canonicalUrl: page.canonicalUrl,
      template: page.template,
      headline: page.headline,
      outlet: page.article.outlet,
    })),
    listingPages,
  };
}

function html(body) {
  return { status: 200, contentType: 'text/html; charset=utf-8', body };
}
