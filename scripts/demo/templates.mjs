// Page templates for the demo news sites: three article layouts (a broadsheet with semantic
// <article> markup, an ad-heavy tabloid in div soup, a local TV station with a video player and
// weather) and two pages that are not articles (a section front, search results). Every text
// from an article goes through escapeHtml; the pages load nothing but their site's stylesheet.
import { escapeHtml as e, jsonForScript, longDate } from './html.mjs';

/** The article layouts a page can be rendered in. */
export const ARTICLE_TEMPLATES = ['broadsheet', 'tabloid', 'station'];

/** Path of the stylesheet every demo site serves (one per template). */
export function stylesheetPath(template) {
  return `/demo-assets/${template}.css`;
}
export const FAVICON_PATH = '/favicon.ico';

/**
 * The article text as blocks: paragraphs are separated by blank lines; a paragraph whose lines
 * all start with a bullet becomes a list; other single line breaks stay line breaks. A paragraph
 * equal to the headline is left out (the headline is the page's <h1>).
 */
export function bodyBlocks(text, headline) {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && paragraph !== headline)
    .map((paragraph) => {
      const lines = paragraph.split('\n').map((line) => line.trim()).filter((line) => line !== '');
      if (lines.every((line) => /^[•·*-]\s/.test(line))) return { kind: 'list', lines: lines.map((line) => line.replace(/^[•·*-]\s+/, '')) };
      return { kind: 'paragraph', lines };
    });
}

function blockHtml(block) {
  if (block.kind === 'list') return `<ul class="key-points">${block.lines.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`;
  return `<p>${block.lines.map(e).join('<br>')}</p>`;
}

/** <head> shared by all pages: title, stylesheet, and for articles the metadata news sites publish. */
function head(page, extra = '') {
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(page.documentTitle)}</title>
<link rel="icon" href="${FAVICON_PATH}" type="image/svg+xml">
<link rel="stylesheet" href="${stylesheetPath(page.template)}">
${extra}</head>`;
}

function articleMetadata(page) {
  const { article, site } = page;
  const linkedData = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: page.headline,
    ...(article.date ? { datePublished: article.date, dateModified: article.date } : {}),
    author: [{ '@type': 'Person', name: page.byline }],
    publisher: { '@type': 'Organization', name: site.name, url: `https://${site.host}/` },
    mainEntityOfPage: { '@type': 'WebPage', '@id': page.canonicalUrl },
    url: page.canonicalUrl,
    articleSection: site.section,
    isAccessibleForFree: true,
  };
  return `<link rel="canonical" href="${e(page.canonicalUrl)}">
<meta name="description" content="${e(page.summary)}">
<meta name="author" content="${e(page.byline)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${e(site.name)}">
<meta property="og:title" content="${e(page.headline)}">
<meta property="og:description" content="${e(page.summary)}">
<meta property="og:url" content="${e(page.canonicalUrl)}">
${article.date ? `<meta property="article:published_time" content="${e(article.date)}">\n` : ''}<meta property="article:section" content="${e(site.section)}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">${jsonForScript(linkedData)}</script>
`;
}

function navigation(site) {
  return `<nav class="site-nav" aria-label="Sections"><ul>${site.sections
    .map((name) => `<li><a href="/${e(slug(name))}">${e(name)}</a></li>`)
    .join('')}</ul></nav>`;
}

function footer(site) {
  return `<footer class="site-footer">
<nav aria-label="Footer"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a> <a href="/careers">Careers</a></nav>
<p>© ${e(site.name)}. Demo page rendered by Parallax for testing; the article text belongs to its publisher.</p>
</footer>`;
}

function adSlot(kind) {
  return `<div class="ad-slot ad-${kind}" data-ad-unit="${kind}" aria-hidden="true"><span class="ad-label">Advertisement</span></div>`;
}

function relatedList(related, className) {
  if (related.length === 0) return '';
  return `<ul class="${className}">${related
    .map((link) => `<li><a href="${e(link.url)}">${e(link.title)}</a></li>`)
    .join('')}</ul>`;
}

/** A section name as a path segment ("U.S." → "u-s"). */
export function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Broadsheet: semantic <article>, <time>, rel=author, a sidebar of related stories. */
function broadsheet(page) {
  const { site, article } = page;
  const blocks = bodyBlocks(article.text, page.headline);
  return `<!doctype html>
<html lang="en">
${head(page, articleMetadata(page))}
<body class="broadsheet" style="--accent:${site.accent}">
<header class="masthead">
<div class="top-bar"><span class="edition">${e(page.article.date ? longDate(page.article.date) : 'Today')}</span><a class="subscribe" href="/subscribe">Subscribe</a><a href="/login">Log in</a></div>
<a class="logo" href="/">${e(site.name)}</a>
${navigation(site)}
</header>
${adSlot('leaderboard')}
<main class="layout">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<header class="story-header">
<p class="kicker"><a href="/${e(slug(site.section))}">${e(site.section)}</a></p>
<h1 itemprop="headline">${e(page.headline)}</h1>
<p class="standfirst">${e(page.summary)}</p>
<p class="byline">By <a rel="author" href="/by/${e(slug(page.byline))}" itemprop="author">${e(page.byline)}</a>${
    article.date ? ` · <time datetime="${e(article.date)}" itemprop="datePublished">${e(longDate(article.date))}</time>` : ''
  }</p>
</header>
<div class="story-body" itemprop="articleBody">
${blocks.map(blockHtml).join('\n')}
</div>
<footer class="story-footer"><p>A version of this article appears in print with the headline: ${e(page.headline)}.</p></footer>
</article>
<aside class="rail">
${adSlot('rectangle')}
<section class="related"><h2>Related coverage</h2>${relatedList(page.related, 'related-links')}</section>
<section class="most-read"><h2>Most read</h2>${relatedList(page.moreFromSite, 'most-read-links')}</section>
</aside>
</main>
${footer(site)}
</body>
</html>
`;
}

/** Tabloid: div soup, an ad after every other paragraph, share buttons, trending and a newsletter box. */
function tabloid(page) {
  const { site, article } = page;
  const blocks = bodyBlocks(article.text, page.headline);
  const body = blocks
    .map((block, index) => `<div class="text-block">${blockHtml(block)}</div>${index % 2 === 1 ? adSlot('in-article') : ''}`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
${head(page, articleMetadata(page))}
<body class="tabloid" style="--accent:${site.accent}">
<div class="breaking-bar"><span>Trending</span>${relatedList(page.moreFromSite.slice(0, 3), 'ticker')}</div>
<div class="header-wrap"><div class="header"><div class="logo"><a href="/">${e(site.name)}</a></div>${navigation(site)}<div class="header-tools"><a href="/search?q=">Search</a> <a href="/newsletters">Newsletters</a></div></div></div>
${adSlot('billboard')}
<div class="page-wrap"><div class="main-col">
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/${e(slug(site.section))}">${e(site.section)}</a></div>
<div class="headline-wrap"><h1 class="headline">${e(page.headline)}</h1><h2 class="sub-headline">${e(page.summary)}</h2></div>
<div class="author-row"><div class="author-name">By <span class="author">${e(page.byline)}</span></div>${
    article.date ? `<div class="article-date">Published <span class="date">${e(longDate(article.date))}</span></div>` : ''
  }<div class="share-buttons"><a href="/share/facebook">Share</a> <a href="/share/twitter">Tweet</a> <a href="/share/email">Email</a></div></div>
<div class="article-content">
${body}
</div>
<div class="newsletter-box"><div class="newsletter-title">Get the ${e(site.name)} newsletter</div><form action="/newsletters" method="get"><input name="email" type="email" placeholder="Your email"><button>Sign up</button></form></div>
<div class="read-more"><div class="read-more-title">Read more</div>${relatedList(page.related, 'read-more-links')}</div>
<div class="comments-teaser"><a href="/comments">Comments (214)</a></div>
</div>
<div class="side-col">${adSlot('half-page')}<div class="trending"><div class="trending-title">Trending now</div>${relatedList(page.moreFromSite, 'trending-links')}</div>${adSlot('sticky')}</div>
</div>
${adSlot('footer')}
${footer(site)}
</body>
</html>
`;
}

/** Local TV station: weather and closings bar, a video player, the story in a generic container. */
function station(page) {
  const { site, article } = page;
  const blocks = bodyBlocks(article.text, page.headline);
  const middle = Math.min(2, blocks.length);
  const body = [
    ...blocks.slice(0, middle).map(blockHtml),
    `<div class="inline-related"><strong>Related:</strong>${relatedList(page.related.slice(0, 2), 'inline-related-links')}</div>`,
    ...blocks.slice(middle).map(blockHtml),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
${head(page, articleMetadata(page))}
<body class="station" style="--accent:${site.accent}">
<div class="alerts"><span class="live">LIVE</span> Watch ${e(site.name)} newscasts · <a href="/weather/closings">School closings</a></div>
<div class="station-header"><a class="logo" href="/">${e(site.name)}</a>
<div class="weather-widget" aria-label="Weather"><svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><circle cx="14" cy="14" r="7" fill="#f5b301"/></svg><span class="temp">54°</span><span class="forecast">Partly cloudy</span></div>
${navigation(site)}</div>
<div class="content-area">
<div class="video-player" role="img" aria-label="Video player"><svg viewBox="0 0 64 64" width="64" height="64" aria-hidden="true"><circle cx="32" cy="32" r="30" fill="rgba(0,0,0,.5)"/><path d="M26 20 L46 32 L26 44 Z" fill="#fff"/></svg><span class="video-caption">Watch: ${e(page.headline)}</span></div>
<div class="story-container">
<div class="story-title"><h1>${e(page.headline)}</h1></div>
<div class="story-meta"><span class="byline-name">${e(page.byline)}</span>${
    article.date ? `<span class="timestamp">Posted: ${e(longDate(article.date))}</span>` : ''
  }</div>
<div class="story-text">
${body}
</div>
<div class="tags">Tags: <a href="/${e(slug(site.section))}">${e(site.section)}</a></div>
</div>
<div class="sidebar">${adSlot('rectangle')}<div class="latest"><h3>Latest news</h3>${relatedList(page.moreFromSite, 'latest-links')}</div>${adSlot('rectangle-2')}</div>
</div>
${footer(site)}
</body>
</html>
`;
}

const RENDERERS = { broadsheet, tabloid, station };

/**
 * The HTML of an article page. `page`: {template, site, article, headline, summary, byline,
 * documentTitle, canonicalUrl, related: [{title, url}], moreFromSite: [{title, url}]}.
 */
export function renderArticlePage(page) {
  const render = RENDERERS[page.template];
  if (!render) throw new Error(`unknown article template "${page.template}" (known: ${ARTICLE_TEMPLATES.join(', ')})`);
  return render(page);
}

function listingItem(item) {
  return `<li class="listing-item"><h3><a href="${e(item.url)}">${e(item.title)}</a></h3>${
    item.date ? `<time datetime="${e(item.date)}">${e(longDate(item.date))}</time>` : ''
  }<p>${e(item.summary)}</p></li>`;
}

/** A section front: the section's headlines with teasers; a listing, not an article. */
export function renderSectionFront({ site, template, section, items }) {
  const page = { documentTitle: `${section} | ${site.name}`, template };
  return `<!doctype html>
<html lang="en">
${head(page, `<meta property="og:type" content="website">\n<meta property="og:site_name" content="${e(site.name)}">\n`)}
<body class="${template} listing" style="--accent:${site.accent}">
<header class="masthead"><a class="logo" href="/">${e(site.name)}</a>${navigation(site)}</header>
${adSlot('leaderboard')}
<main class="section-front"><h1>${e(section)}</h1>
<ul class="listing">${items.map(listingItem).join('\n')}</ul>
</main>
${footer(site)}
</body>
</html>
`;
}

/** A search results page: a form and the matching headlines; not an article. */
export function renderSearchPage({ site, template, query, items }) {
  const page = { documentTitle: `Search results for "${query}" | ${site.name}`, template };
  return `<!doctype html>
<html lang="en">
${head(page, `<meta name="robots" content="noindex">\n<meta property="og:site_name" content="${e(site.name)}">\n`)}
<body class="${template} listing" style="--accent:${site.accent}">
<header class="masthead"><a class="logo" href="/">${e(site.name)}</a>${navigation(site)}</header>
<main class="search-results">
<form action="/search" method="get" role="search"><input name="q" value="${e(query)}" aria-label="Search"><button>Search</button></form>
<p class="result-count">${items.length} results for “${e(query)}”</p>
<ol class="listing">${items.map(listingItem).join('\n')}</ol>
</main>
${footer(site)}
</body>
</html>
`;
}

const BASE_CSS = `*{box-sizing:border-box}body{margin:0;color:#1a1a1a;background:#fff}a{color:inherit}
.site-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:0;padding:.5rem 0}
.ad-slot{display:flex;align-items:center;justify-content:center;background:repeating-linear-gradient(45deg,#f2f2f2,#f2f2f2 10px,#e8e8e8 10px,#e8e8e8 20px);color:#888;font:12px sans-serif;text-transform:uppercase;letter-spacing:.1em;margin:1rem auto}
.ad-leaderboard,.ad-billboard,.ad-footer{width:min(970px,100%);height:90px}.ad-rectangle,.ad-rectangle-2{width:300px;height:250px}.ad-half-page{width:300px;height:600px}.ad-sticky{width:300px;height:250px;position:sticky;top:1rem}.ad-in-article{width:min(728px,100%);height:120px}
.site-footer{border-top:1px solid #ddd;margin-top:3rem;padding:1.5rem;font:13px sans-serif;color:#555}.site-footer nav a{margin-right:1rem}
.listing{list-style:none;padding:0}.listing-item{border-bottom:1px solid #eee;padding:1rem 0}.listing-item h3{margin:0 0 .3rem}
.section-front,.search-results{max-width:800px;margin:0 auto;padding:1rem}
@media (prefers-color-scheme:dark){body{background:#121212;color:#e8e8e8}.ad-slot{background:#222;color:#777}.site-footer{color:#aaa;border-color:#333}}
`;

const TEMPLATE_CSS = {
  broadsheet: `body{font-family:Georgia,'Times New Roman',serif}
.masthead{text-align:center;border-bottom:2px solid var(--accent);padding:.5rem 1rem}.masthead .logo{font:700 2.6rem/1.2 'Times New Roman',serif;text-decoration:none;display:block}
.top-bar{display:flex;gap:1rem;justify-content:flex-end;font:12px sans-serif}.top-bar .edition{margin-right:auto}.site-nav ul{justify-content:center;font:14px sans-serif}
.layout{display:grid;grid-template-columns:minmax(0,680px) 300px;gap:3rem;justify-content:center;padding:1rem}
.story h1{font-size:2.4rem;line-height:1.15;margin:.3rem 0}.kicker{font:700 13px sans-serif;text-transform:uppercase;color:var(--accent)}
.standfirst{font-size:1.25rem;color:#444}.byline{font:14px sans-serif;color:#555}.story-body p{font-size:1.2rem;line-height:1.6}
.rail h2{font:700 14px sans-serif;text-transform:uppercase;border-top:3px solid var(--accent);padding-top:.4rem}.rail ul{padding-left:1.2rem}
@media (max-width:900px){.layout{grid-template-columns:1fr}}`,
  tabloid: `body{font-family:Arial,Helvetica,sans-serif;background:#f4f4f4}
.breaking-bar{background:#c00;color:#fff;display:flex;gap:1rem;align-items:center;padding:.3rem 1rem;font-size:13px}.breaking-bar ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0;overflow:hidden;white-space:nowrap}
.header-wrap{background:var(--accent);color:#fff}.header{display:flex;align-items:center;gap:2rem;max-width:1200px;margin:0 auto;padding:.6rem 1rem}.header .logo a{font:900 2rem Impact,sans-serif;text-decoration:none;text-transform:uppercase}
.header-tools{margin-left:auto}.page-wrap{display:flex;gap:2rem;max-width:1200px;margin:0 auto;padding:1rem;background:#fff}.main-col{flex:1;min-width:0}.side-col{width:300px}
.headline{font:900 2.5rem/1.1 Arial,sans-serif}.sub-headline{font-weight:400;color:#444;font-size:1.2rem}.author-row{display:flex;gap:1.5rem;flex-wrap:wrap;font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:.6rem}
.article-content p{font-size:1.1rem;line-height:1.55}.key-points{background:#fff6d6;padding:1rem 2rem}.newsletter-box{background:var(--accent);color:#fff;padding:1rem;margin:2rem 0}
.read-more-title,.trending-title{font-weight:900;text-transform:uppercase;border-bottom:3px solid var(--accent)}.breadcrumbs{font-size:12px;color:#777}
@media (prefers-color-scheme:dark){body{background:#000}.page-wrap{background:#121212}.key-points{background:#2a2410}}
@media (max-width:900px){.page-wrap{display:block}.side-col{width:auto}}`,
  station: `body{font-family:'Helvetica Neue',Helvetica,sans-serif}
.alerts{background:#111;color:#fff;font-size:13px;padding:.4rem 1rem}.live{background:#e00;padding:0 .4rem;margin-right:.5rem;font-weight:700}
.station-header{display:flex;flex-wrap:wrap;align-items:center;gap:1.5rem;background:var(--accent);color:#fff;padding:.6rem 1rem}.station-header .logo{font:800 1.8rem sans-serif;text-decoration:none}
.weather-widget{display:flex;align-items:center;gap:.4rem;margin-left:auto}.temp{font-size:1.4rem;font-weight:700}
.content-area{display:grid;grid-template-columns:minmax(0,760px) 300px;gap:2rem;justify-content:center;padding:1rem}
.video-player{grid-column:1;aspect-ratio:16/9;background:linear-gradient(135deg,#223,#556);display:flex;flex-direction:column;align-items:center;justify-content:center;color:#fff}
.story-container{grid-column:1}.sidebar{grid-column:2;grid-row:1/span 2}.story-title h1{font-size:2rem;line-height:1.2}
.story-meta{display:flex;gap:1rem;color:#666;font-size:14px}.story-text p{font-size:1.1rem;line-height:1.6}.inline-related{border-left:4px solid var(--accent);padding:.4rem 1rem;background:#f3f6fa}
@media (prefers-color-scheme:dark){.inline-related{background:#1c2430}}
@media (max-width:900px){.content-area{grid-template-columns:1fr}.sidebar{grid-column:1;grid-row:auto}}`,
};

/** The stylesheet of a template; undefined for an unknown one. */
export function stylesheet(template) {
  return TEMPLATE_CSS[template] === undefined ? undefined : BASE_CSS + TEMPLATE_CSS[template];
}

/** The favicon every demo site serves: a plain square in the site's colour. */
export function favicon(accent) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="${e(accent)}"/></svg>`;
}
