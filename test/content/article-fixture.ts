// A made-up news article page for the content script's tests in jsdom, and helpers around it.
import type { PaintPlan } from '../../src/messages';

export const URL_OF_ARTICLE = 'https://news.example/world/2024/05/03/flood-town-rebuilds';

// Made-up news copy, long enough for detection and Readability.
export const PARAGRAPHS = [
  'Floodwaters receded on Friday from the river town, leaving streets covered in mud and residents counting the cost of the worst flooding in decades.',
  '“We will rebuild, and we will do it together,” the mayor told a crowd gathered outside the town hall, which had itself taken in a metre of water.',
  'Officials said more than 1,200 homes had been damaged and that emergency crews would keep working through the weekend to clear the main roads.',
  'A local shopkeeper said the water came faster than anyone expected. “It was in the shop within ten minutes,” she said, standing among ruined stock.',
  'The regional government promised emergency funds on Saturday, though it did not say how much money would be made available or when it would arrive.',
];

export function articleHtml(): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Flood town rebuilds', datePublished: '2024-05-03T10:00:00Z' });
  return `<!doctype html><html><head><title>Flood town rebuilds | News Example</title>
    <meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-03T10:00:00Z">
    <meta name="author" content="A. Reporter"><script type="application/ld+json">${ld}</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Flood town rebuilds</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
    <footer>© News Example</footer></body></html>`;
}

export function loadArticle(): void {
  document.open();
  document.write(articleHtml());
  document.close();
  window.history.replaceState({}, '', URL_OF_ARTICLE.replace('https://news.example', ''));
}

export async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A plan for the page's first quote, as the background would describe it. */
export function planFor(text: string, exact: string): PaintPlan {
  const start = text.indexOf(exact);
  return {
    story: '1:blinken',
    items: [
      {
        kind: 'quote',
        id: 'q0',
        differs: true,
        anchor: { start, end: start + exact.length, exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
      },
    ],
  };
}


/** jsdom does no layout: gives ranges and elements the little geometry reveal uses (scrollIntoView is a jest.fn). */
export function giveLayoutToJsdom(): void {
  Element.prototype.scrollIntoView = jest.fn();
  const rect = { x: 10, y: 10, left: 10, top: 10, right: 110, bottom: 30, width: 100, height: 20 } as DOMRect;
  Range.prototype.getClientRects = () => [rect] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect;
}
