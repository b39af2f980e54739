// Hostile and odd pages at news-site addresses (issue 7): markup and script in quotes, titles and
// outlet names; a megabyte of text; 5,000 levels of nesting; a page that keeps rewriting itself;
// frames; right-to-left text; no text at all; a page that redefines built-ins before any
// extension script runs. Each carries its own check, run by a page timer every 250 ms
// (`window.__pageOk`: true while the page still works as its author meant, else why not;
// `window.__pageTicks` counts the runs), so a test sees the page's scripts still running and
// unharmed after the extension looked at it.
import { escapeHtml as e, jsonForScript } from './html.mjs';

/**
 * Markup a hostile page puts where the extension shows text: in its headline, its outlet name
 * and its quotes. Shown as text, none of it may create an element or run.
 */
export const HOSTILE_TITLE = `<img src=x onerror="alert('title')"> Mayor's "plan" </script><script>alert('t')</script>`;
export const HOSTILE_OUTLET = `</script><svg onload=alert('outlet')> The "Daily" <b>News</b>`;
export const HOSTILE_QUOTES = [
  `<img src=x onerror="alert('quote')"> is not a plan, it is a picture`,
  `</script><script>alert('quote')</script> we will never close the library`,
  `{{constructor.constructor('alert(1)')()}} and 45% of the budget is gone`,
];

/** One odd page: where it is served, its HTML, and which tab states are a right answer. */
function oddPage(name, url, html, expectedKinds) {
  return { name, url, html, expectedKinds };
}

/**
 * The page's own check, a script: `check` is the body of a function returning true while the
 * page works. Runs every 250 ms from the start, so it also runs after the extension's scripts.
 */
function pageCheck(check) {
  return `<script>
(function () {
  var check = function () { ${check} };
  window.__pageOk = null;
  window.__pageTicks = 0;
  setInterval(function () {
    try {
      var result = check();
      window.__pageOk = result === true ? true : 'check returned ' + String(result);
    } catch (error) {
      window.__pageOk = 'check threw ' + String(error);
    }
    window.__pageTicks += 1;
  }, 250);
})();
</script>`;
}

/** An article page's head: its metadata in the common forms, no favicon request, no stylesheet. */
function articleHead({ title, outlet, url, date, lang = 'en', extraHead = '' }) {
  const linkedData = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: date, publisher: { '@type': 'Organization', name: outlet }, url };
  return `<head>
<meta charset="utf-8">
${extraHead}<title>${e(title)} | ${e(outlet)}</title>
<link rel="icon" href="data:,">
<link rel="canonical" href="${e(url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${e(outlet)}">
<meta property="og:title" content="${e(title)}">
<meta property="og:url" content="${e(url)}">
<meta property="article:published_time" content="${e(date)}">
<meta http-equiv="content-language" content="${e(lang)}">
<script type="application/ld+json">${jsonForScript(linkedData)}</script>
</head>`;
}

/** A plain article page: headline, byline and paragraphs (text, escaped), plus `extraBody` HTML. */
function articlePage({ title, outlet, url, paragraphs, check, date = '2024-05-01', lang = 'en', dir = 'ltr', extraHead = '', extraBody = '' }) {
  return `<!doctype html>
<html lang="${e(lang)}" dir="${e(dir)}">
${articleHead({ title, outlet, url, date, lang, extraHead })}
<body>
<article>
<h1>${e(title)}</h1>
<p class="byline">By Staff Reporter · <time datetime="${e(date)}">${e(date)}</time></p>
<div class="article-body">
${paragraphs.map((paragraph) => `<p>${e(paragraph)}</p>`).join('\n')}
</div>
${extraBody}
</article>
${pageCheck(check)}
</body>
</html>
`;
}

const SPEAKERS = ['the mayor', 'Councillor Ruiz', 'the finance director', 'a union spokeswoman', 'the governor', 'Dr. Patel'];
const TOPICS = ['the library', 'bus fares', 'the new stadium', 'water rates', 'the school budget', 'road repairs', 'the harbour', 'park lighting'];

/** `count` paragraphs of plain news prose with quotes and figures, the same for the same `seed`. */
export function proseParagraphs(count, seed = 1) {
  let state = seed >>> 0 || 1;
  const next = (n) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % n;
  };
  const paragraphs = [];
  for (let i = 0; i < count; i += 1) {
    const speaker = SPEAKERS[next(SPEAKERS.length)];
    const topic = TOPICS[next(TOPICS.length)];
    const figure = 10 + next(890);
    paragraphs.push(
      `Paragraph ${i + 1}: the council spent ${figure} thousand dollars on ${topic} last year, up ${1 + next(40)}% from the year before. ` +
        `"We cannot keep paying for ${topic} the way we did in ${2000 + next(24)}," ${speaker} said on Tuesday, adding that ${next(200)} residents had written in. ` +
        `Others disagreed, saying the figures for ${topic} were "not what the public was promised" and asked for a review by ${['June', 'July', 'the autumn'][next(3)]}.`,
    );
  }
  return paragraphs;
}

const ARABIC_PARAGRAPHS = [
  'قال وزير الخارجية يوم الأحد إن الحكومة تلقت «تقارير موثوقة جدا» عن هجمات متعمدة على المدنيين، مضيفا أن التحقيق سيستمر.',
  'وأضاف الوزير في مقابلة تلفزيونية: «لن نتوقف حتى نعرف الحقيقة كاملة»، مشيرا إلى أن ٣٩ دولة طلبت فتح تحقيق.',
  'وبحسب الأرقام الرسمية، ارتفع عدد النازحين إلى ١٫٥ مليون شخص خلال أسبوعين، وهو ما وصفته الأمم المتحدة بأنه «أسرع أزمة لجوء» في أوروبا منذ عقود.',
  'ونقلت الوكالة عن مسؤول قوله إن "الوضع الإنساني يتدهور بسرعة" وإن المساعدات لا تصل إلى المدن المحاصرة، بينما دعا آخرون إلى وقف فوري لإطلاق النار.',
  'Mixed direction: the minister said "we will not stop" (لن نتوقف) twice, and 45% of the aid arrived late.',
];

/**
 * The odd pages, each {name, url, html, expectedKinds} (TabState kinds the panel may rightly
 * show: "matched" is the comparison). `hostileArticle` (JSONL format, a packed article's text)
 * makes the hostile page a recognised one, so its quotes reach the comparison.
 */
export function oddPages(hostileArticle) {
  const pages = [];

  pages.push(
    oddPage(
      'markup and script in the title, outlet and quotes',
      'http://www.cnn.com/2024/05/01/us/hostile-markup-mayor-plan/index.html',
      articlePage({
        title: HOSTILE_TITLE,
        outlet: HOSTILE_OUTLET,
        url: 'https://www.cnn.com/2024/05/01/us/hostile-markup-mayor-plan/index.html',
        paragraphs: [
          ...HOSTILE_QUOTES.map((quote, i) => `"${quote}," the mayor said on day ${i + 1}, and the council answered that it would "study the plan" before the vote on ${i + 3} May.`),
          ...proseParagraphs(6, 7),
        ],
        check: `return document.querySelectorAll('img, svg').length === 0 && document.querySelector('h1').textContent.indexOf('<img') === 0;`,
      }),
      ['no-match', 'matched'],
    ),
  );

  pages.push(
    oddPage(
      'a recognised article with markup in its quotes',
      'http://www.newsweek.com/blinken-credible-reports-hostile-markup-copy-1685499',
      articlePage({
        // Its own headline: recognition weighs it, the markup is in the quotes.
        title: hostileArticle.title ?? 'Blinken says the US has credible reports of war crimes',
        outlet: 'Newsweek',
        date: hostileArticle.date ?? '2022-03-06',
        url: 'https://www.newsweek.com/blinken-credible-reports-hostile-markup-copy-1685499',
        paragraphs: [
          ...hostileArticle.text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== ''),
          ...HOSTILE_QUOTES.map((quote) => `Blinken added: "${quote}," according to a transcript.`),
        ],
        check: `return document.querySelectorAll('img, svg').length === 0;`,
      }),
      ['matched'],
    ),
  );

  const megabyte = proseParagraphs(3000, 3);
  pages.push(
    oddPage(
      'a megabyte of article text',
      'http://www.reuters.com/world/megabyte-council-budget-2024-05-01/',
      articlePage({
        title: 'Council budget: every line of it',
        outlet: 'Reuters',
        url: 'https://www.reuters.com/world/megabyte-council-budget-2024-05-01/',
        paragraphs: megabyte,
        check: `return document.querySelectorAll('.article-body p').length === ${megabyte.length};`,
      }),
      ['no-match', 'matched', 'error'],
    ),
  );

  // The parser flattens deep markup (Chromium stops nesting at 512 levels), so the page nests
  // itself with DOM calls while it loads, before the extension's scripts run. Chromium's renderer
  // itself crashes laying out about 3,000 nested boxes (no extension needed), so the article sits
  // 1,500 levels down and the 5,000-level branch, with a paragraph at its bottom, is not rendered
  // (display: none): DOM walks and clones still meet all of it.
  pages.push(
    oddPage(
      '5,000 levels of nested elements',
      'http://www.cnn.com/2024/05/01/us/deeply-nested-council-story/index.html',
      articlePage({
        title: 'A story buried under thousands of boxes',
        outlet: 'CNN',
        url: 'https://www.cnn.com/2024/05/01/us/deeply-nested-council-story/index.html',
        paragraphs: proseParagraphs(12, 11),
        extraBody: `<script>
(function () {
  function nest(levels) {
    var outer = document.createElement('div');
    var inner = outer;
    for (var i = 1; i < levels; i += 1) { var child = document.createElement('div'); inner.appendChild(child); inner = child; }
    return { outer: outer, inner: inner };
  }
  var body = document.querySelector('.article-body');
  var article = nest(1500);
  while (body.firstChild) article.inner.appendChild(body.firstChild);
  body.appendChild(article.outer);
  var hidden = nest(5000);
  hidden.outer.style.display = 'none';
  var deepest = document.createElement('p');
  deepest.textContent = '"This sentence sits five thousand levels down," the page said.';
  hidden.inner.appendChild(deepest);
  body.appendChild(hidden.outer);
  window.__deepest = deepest;
  window.__articleBottom = article.inner;
})();
</script>`,
        check: `var depth = 0; for (var node = window.__deepest; node && node !== document.body; node = node.parentNode) depth += 1; return depth > 5000 && window.__articleBottom.querySelectorAll('p').length === 12;`,
      }),
      ['no-match', 'matched', 'not-article', 'error'],
    ),
  );

  pages.push(
    oddPage(
      'a page rewriting its paragraphs every 50 ms',
      'http://www.washingtonpost.com/dc-md-va/2024/05/01/live-council-budget-rewrites/',
      articlePage({
        title: 'Live: the council budget, as it happens',
        outlet: 'The Washington Post',
        url: 'https://www.washingtonpost.com/dc-md-va/2024/05/01/live-council-budget-rewrites/',
        paragraphs: proseParagraphs(20, 5),
        extraBody: `<script>
(function () {
  window.__rewrites = 0;
  setInterval(function () {
    var paragraphs = document.querySelectorAll('.article-body p');
    var at = window.__rewrites % paragraphs.length;
    var fresh = document.createElement('p');
    fresh.textContent = 'Update ' + window.__rewrites + ': "We are still counting the votes," the clerk said at ' + (window.__rewrites % 60) + ' minutes past.';
    paragraphs[at].replaceWith(fresh);
    window.__rewrites += 1;
  }, 50);
})();
</script>`,
        check: `return window.__rewrites > 0 && document.querySelectorAll('.article-body p').length === 20;`,
      }),
      ['no-match', 'matched'],
    ),
  );

  const framedArticle = articlePage({
    title: 'The story inside the frame',
    outlet: 'NPR',
    url: 'https://www.npr.org/2024/05/01/framed-story',
    paragraphs: proseParagraphs(10, 13),
    check: 'return true;',
  });
  pages.push(
    oddPage(
      'an article inside an iframe',
      'http://www.npr.org/2024/05/01/article-inside-a-frame',
      `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>NPR</title><link rel="icon" href="data:,"></head>
<body>
<header>NPR</header>
<iframe id="story-frame" title="Story" style="width:100%;height:600px;border:0" srcdoc="${e(framedArticle)}"></iframe>
${pageCheck(`var frame = document.getElementById('story-frame'); return frame.contentDocument !== null && frame.contentDocument.querySelectorAll('p').length >= 10;`)}
</body></html>
`,
      ['not-article', 'no-match'],
    ),
  );

  pages.push(
    oddPage(
      'an iframe inside an article',
      'http://www.npr.org/2024/05/01/frame-inside-the-article',
      articlePage({
        title: 'A story with a frame in the middle',
        outlet: 'NPR',
        url: 'https://www.npr.org/2024/05/01/frame-inside-the-article',
        paragraphs: proseParagraphs(8, 17),
        extraBody: `<iframe id="embed" title="Embedded post" style="width:100%;height:200px" srcdoc="${e(
          `<!doctype html><p>"This embedded post is not part of the story," the embed said.</p><script>window.__embedOk = true;</script>`,
        )}"></iframe>`,
        check: `var frame = document.getElementById('embed'); return frame.contentWindow.__embedOk === true;`,
      }),
      ['no-match', 'matched'],
    ),
  );

  pages.push(
    oddPage(
      'right-to-left text',
      'http://www.aljazeera.com/news/2024/5/1/arabic-right-to-left-report',
      articlePage({
        title: 'تقارير موثوقة عن هجمات على المدنيين',
        outlet: 'الجزيرة',
        url: 'https://www.aljazeera.com/news/2024/5/1/arabic-right-to-left-report',
        lang: 'ar',
        dir: 'rtl',
        paragraphs: [...ARABIC_PARAGRAPHS, ...ARABIC_PARAGRAPHS.slice(0, 4)],
        check: `return document.documentElement.dir === 'rtl' && document.querySelector('h1').textContent.length > 10;`,
      }),
      ['no-match', 'matched'],
    ),
  );

  pages.push(
    oddPage(
      'a page with no text',
      'http://apnews.com/article/empty-page-0000000000',
      `<!doctype html>
<html><head><meta charset="utf-8"><title></title><link rel="icon" href="data:,"></head>
<body>${pageCheck('return document.body.innerText.trim() === "";')}</body></html>
`,
      ['not-article'],
    ),
  );

  // Redefined before anything else runs (the first script of <head>); the check asserts they are
  // still the page's own afterwards, and that the page's code relying on them still works.
  const redefinitions = `<script>
(function () {
  var realMap = Array.prototype.map, realParse = JSON.parse, RealPromise = Promise;
  window.__real = { map: realMap, parse: realParse, Promise: RealPromise };
  Array.prototype.map = function pageMap(fn) { var out = []; for (var i = 0; i < this.length; i += 1) out.push('page:' + fn(this[i], i)); return out; };
  JSON.parse = function pageParse(text) { return { pageParsed: String(text).length }; };
  window.fetch = function pageFetch() { return new RealPromise(function () {}); };
  window.Promise = function PagePromise() { throw new Error('this page has no promises'); };
  window.Promise.resolve = function () { throw new Error('this page has no promises'); };
})();
</script>
`;
  pages.push(
    oddPage(
      'a page redefining Array.prototype.map, JSON.parse, fetch and Promise',
      'http://www.washingtonpost.com/politics/2024/05/01/redefined-builtins-budget/',
      articlePage({
        title: 'Budget talks stall as the council walks out',
        outlet: 'The Washington Post',
        url: 'https://www.washingtonpost.com/politics/2024/05/01/redefined-builtins-budget/',
        paragraphs: proseParagraphs(14, 19),
        extraHead: redefinitions,
        check: `return Array.prototype.map.name === 'pageMap' && [1].map(function (x) { return x; })[0] === 'page:1'
          && JSON.parse('{}').pageParsed === 2 && window.fetch.name === 'pageFetch' && window.Promise.name === 'PagePromise';`,
      }),
      ['no-match', 'matched'],
    ),
  );

  return pages;
}
