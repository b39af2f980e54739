/** @jest-environment jsdom */
// The Highlights view end to end in jsdom: the real controllers and components against a fake
// browser (background holding highlights in memory, page answering refind-status), on highlights
// made with createHighlight from a real seed article.
import { act } from 'preact/test-utils';
import { canonicalUrl } from '../../src/core/pack-format';
import { toMarkdown } from '../../src/highlights/export';
import { createHighlight, type Highlight } from '../../src/highlights/highlight';
import type { TabState } from '../../src/messages';
import { App } from '../../src/panel/app';
import { PanelController } from '../../src/panel/controller';
import { downloadText } from '../../src/panel/download';
import { HighlightsController } from '../../src/panel/highlights-controller';
import { article } from '../support/shared';
import { FakeBrowser } from './fake-browser';
import { blinkenComparison } from './fixture';
import { mount, unmountAll, visibleText } from './helpers';

const PAGE_URL = 'https://www.example.org/seed-001?utm_source=feed';
const OTHER_URL = 'https://example.net/world/seed-002';

afterEach(unmountAll);

// jsdom's Blob has no text(); browsers' has.
beforeAll(() => {
  Blob.prototype.text ??= function (this: Blob) {
    return new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(this);
    });
  };
});

/** A highlight of the first occurrence of `words` in a seed article's text. */
function highlightOf(id: string, words: string, url: string, createdAt: number, change: Partial<Highlight> = {}): Highlight {
  const seed = article('seeds', id);
  const at = seed.text.indexOf(words);
  if (at < 0) throw new Error(`no "${words}" in ${id}`);
  const page = { url, canonicalUrl: canonicalUrl(url), title: `${seed.outlet} report`, outlet: seed.outlet, story: null };
  return { ...createHighlight(seed.text, at, at + words.length, page, `id-${createdAt}`, createdAt)!, ...change };
}

const matched = (): TabState => ({ kind: 'matched', url: PAGE_URL, pageKey: canonicalUrl(PAGE_URL), title: 'Blinken says war crimes reports credible', outlet: 'Portuguese-language outlet', comparison: blinkenComparison() });

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** The panel on tab 1 showing the seed page, with `saved` highlights in the background. */
async function openPanel(saved: Highlight[], setUp: (fake: FakeBrowser) => void = () => {}) {
  const fake = new FakeBrowser();
  fake.states.set(1, matched());
  fake.saved = [...saved];
  setUp(fake);
  const panel = new PanelController(fake);
  let id = 0;
  const highlights = new HighlightsController(fake, panel, { searchDelayMs: 0, undoMs: 30, newId: () => `new-${++id}`, now: () => Date.UTC(2024, 5, 1) });
  const root = mount(<App panel={panel} highlights={highlights} />);
  await act(async () => {
    await highlights.start();
    await panel.start();
  });
  await settle();
  return { fake, root, panel, highlights };
}

function click(element: Element): Promise<void> {
  return act(() => {
    (element as HTMLElement).click();
  }).then(settle);
}

function button(root: Element, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => visibleText(b) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function showHighlights(root: HTMLElement): Promise<void> {
  await click(root.querySelector('#view-tab-highlights')!);
}

const cardTexts = (root: Element, selector = '.highlight') => [...root.querySelectorAll(selector)].map((card) => card.querySelector('.hl-text')!.textContent);

const onPage = () => [
  highlightOf('seed-001', '364 civilians', PAGE_URL, 1000),
  highlightOf('seed-001', 'very credible reports', 'https://example.org/seed-001', 2000),
];
const elsewhere = () => highlightOf('seed-002', 'very credible', OTHER_URL, 3000);

describe('tabs', () => {
  test('a tablist of the comparison and the highlights with this page’s count; arrows switch and move the focus', async () => {
    const { root } = await openPanel([...onPage(), elsewhere()]);
    const tablist = root.querySelector('[role="tablist"]')!;
    const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map(visibleText)).toEqual(['Comparison', 'Highlights 2']);
    expect(tabs[1].querySelector('.sr-only')!.textContent).toBe('(2 on this page)');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1]);
    expect(root.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).toBe('view-tab-comparison');
    expect(root.querySelector('.comparison')).not.toBeNull();

    tabs[0].focus();
    await act(() => {
      tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    const selected = root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
    expect(selected.id).toBe('view-tab-highlights');
    expect(document.activeElement).toBe(selected);
    expect(root.querySelector('[role="tabpanel"]')!.id).toBe('view-panel-highlights');
    expect(root.querySelector('.comparison')).toBeNull();
  });
});

describe('listing', () => {
  test('this page lists its highlights (page address canonicalised), newest first, and not other pages’', async () => {
    const { root } = await openPanel([...onPage(), elsewhere()]);
    await showHighlights(root);
    expect(cardTexts(root)).toEqual(['very credible reports', '364 civilians']);
    expect(root.querySelector('.not-found')).toBeNull();
  });

  test('a highlight the page lists under another key still counts as this page’s', async () => {
    const keyedElsewhere = highlightOf('seed-001', 'war crimes', 'https://canonical.example/story', 500);
    const { root } = await openPanel([keyedElsewhere], (fake) => (fake.refind = { found: [keyedElsewhere.id], missing: [] }));
    await showHighlights(root);
    expect(cardTexts(root)).toEqual(['war crimes']);
  });

  test('all pages: grouped by page with title, outlet and date; choosing another page’s highlight opens it', async () => {
    const hostile = highlightOf('seed-003', 'putting it all together', 'javascript:alert(1)', 4000);
    const { root, fake } = await openPanel([...onPage(), elsewhere(), hostile]);
    await showHighlights(root);
    await act(() => {
      root.querySelector<HTMLInputElement>('input[value="all"]')!.click();
    });
    const groups = [...root.querySelectorAll('.page-group')];
    expect(groups.map((g) => visibleText(g.querySelector('.page-group-head')!))).toEqual([
      `${article('seeds', 'seed-003').outlet} report ${article('seeds', 'seed-003').outlet} 1 Jan 1970`,
      `${article('seeds', 'seed-002').outlet} report ${article('seeds', 'seed-002').outlet} 1 Jan 1970`,
      `${article('seeds', 'seed-001').outlet} report This page ${article('seeds', 'seed-001').outlet} 1 Jan 1970`,
    ]);
    // Only http(s) pages become links, and the shown page is not one.
    expect([...root.querySelectorAll('.page-group-head a')].map((a) => a.getAttribute('href'))).toEqual([OTHER_URL]);
    await click(groups[1].querySelector('.hl-text')!);
    expect(fake.opened).toEqual([OTHER_URL]);
    await click(groups[0].querySelector('.hl-text')!);
    expect(fake.opened).toEqual([OTHER_URL]);
    expect(groups[0].querySelector('.button-link')).toBeNull();
    // This page's highlights in the all-pages list still reveal.
    await click(groups[2].querySelector('.hl-text')!);
    expect(fake.revealedHighlights).toEqual([[1, 'id-2000']]);
  });

  test('empty page: says how to save one', async () => {
    const { root } = await openPanel([elsewhere()]);
    await showHighlights(root);
    expect(visibleText(root.querySelector('.highlights-view .empty')!)).toContain('choose “Save highlight” from the context menu');
  });
});

describe('search', () => {
  test('typing asks the background with the query and lists only matches; the tab count stays the page’s', async () => {
    const noted = highlightOf('seed-001', '759 wounded', PAGE_URL, 2500, { note: 'Check against UN figures', tags: ['casualties'] });
    const { root, fake } = await openPanel([...onPage(), noted]);
    await showHighlights(root);
    const box = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(root.querySelector(`label[for="${box.id}"]`)!.textContent).toBe('Search highlights');
    box.value = 'un figures';
    await act(() => {
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(fake.requests).toContainEqual({ action: 'list', canonicalUrl: null, query: 'un figures' });
    expect(cardTexts(root)).toEqual(['759 wounded']);
    expect(visibleText(root.querySelector('#view-tab-highlights')!)).toBe('Highlights 3');

    box.value = 'nothing like this';
    await act(() => {
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(cardTexts(root)).toEqual([]);
    expect(visibleText(root.querySelector('.highlights-view .empty')!)).toBe('No highlights match “nothing like this”.');
  });
});

describe('editing', () => {
  async function editorOf(root: HTMLElement, text: string): Promise<HTMLElement> {
    const card = [...root.querySelectorAll<HTMLElement>('.highlight')].find((c) => c.querySelector('.hl-text')!.textContent === text)!;
    const edit = button(card, 'Edit');
    await click(edit);
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    return card;
  }

  test('the note is saved when the box is left and with Ctrl+Enter, not when unchanged', async () => {
    const { root, fake } = await openPanel(onPage());
    await showHighlights(root);
    const card = await editorOf(root, '364 civilians');
    const note = card.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(card.querySelector(`label[for="${note.id}"]`)!.textContent).toBe('Note');
    await act(() => {
      note.dispatchEvent(new FocusEvent('blur'));
    });
    expect(fake.requests.filter((r) => r.action === 'update')).toEqual([]);

    note.value = 'Compare with the UN count';
    await act(() => {
      note.dispatchEvent(new FocusEvent('blur'));
    });
    await settle();
    expect(fake.requests.filter((r) => r.action === 'update')).toEqual([{ action: 'update', id: 'id-1000', changes: { note: 'Compare with the UN count' } }]);
    expect(visibleText(card.querySelector('.hl-note')!)).toBe('Compare with the UN count');

    note.value = 'Second thought';
    await act(() => {
      note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await settle();
    expect(fake.requests.filter((r) => r.action === 'update').at(-1)).toEqual({ action: 'update', id: 'id-1000', changes: { note: 'Second thought' } });
  });

  test('tags from comma-separated text; colour from the named palette', async () => {
    const { root, fake } = await openPanel(onPage());
    await showHighlights(root);
    const card = await editorOf(root, '364 civilians');
    const tags = card.querySelector<HTMLInputElement>('.hl-tags-input')!;
    tags.value = ' casualties, ukraine ,, ';
    await act(() => {
      tags.dispatchEvent(new FocusEvent('blur'));
    });
    await settle();
    expect(fake.requests.at(-1)).toEqual({ action: 'update', id: 'id-1000', changes: { tags: ['casualties', 'ukraine'] } });
    expect([...card.querySelectorAll('.hl-tag')].map((t) => t.textContent)).toEqual(['casualties', 'ukraine']);

    const colours = [...card.querySelectorAll<HTMLInputElement>('.hl-colours input[type="radio"]')];
    expect(colours.map((c) => c.parentElement!.querySelector('.sr-only')!.textContent)).toEqual(['Yellow', 'Green', 'Blue', 'Pink', 'Purple']);
    expect(colours.find((c) => c.checked)!.value).toBe('yellow');
    await click(colours[2]);
    expect(fake.requests.at(-1)).toEqual({ action: 'update', id: 'id-1000', changes: { colour: 'blue' } });
    expect(card.querySelector<HTMLInputElement>('.hl-colours input:checked')!.value).toBe('blue');
  });
});

describe('delete and undo', () => {
  test('Delete removes the card and offers Undo, which restores it as it was', async () => {
    const { root, fake } = await openPanel(onPage());
    await showHighlights(root);
    const [newest] = [...root.querySelectorAll('.highlight')];
    await click(button(newest, 'Delete'));
    expect(fake.requests.at(-1)).toEqual({ action: 'delete', id: 'id-2000' });
    expect(cardTexts(root)).toEqual(['364 civilians']);
    const bar = root.querySelector('.undo-bar')!;
    expect(visibleText(bar)).toBe('Deleted. Undo');
    expect(document.activeElement).toBe(button(bar, 'Undo'));

    await click(button(bar, 'Undo'));
    expect(fake.requests).toContainEqual({ action: 'restore', highlight: onPage()[1] });
    expect(cardTexts(root)).toEqual(['very credible reports', '364 civilians']);
    expect(root.querySelector('.undo-bar')).toBeNull();
  });

  test('the Undo bar goes after its time', async () => {
    const { root } = await openPanel(onPage());
    await showHighlights(root);
    await click(button(root.querySelector('.highlight')!, 'Delete'));
    expect(root.querySelector('.undo-bar')).not.toBeNull();
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 60)));
    expect(root.querySelector('.undo-bar')).toBeNull();
  });
});

describe('found and not found on the page', () => {
  test('highlights the page did not find are kept under "Not found on this page"; found ones reveal', async () => {
    const [old, recent] = onPage();
    const { root, fake } = await openPanel([old, recent], (f) => (f.refind = { found: [recent.id], missing: [old.id] }));
    await showHighlights(root);
    const lost = root.querySelector('.not-found')!;
    expect(lost.querySelector('h2')!.textContent).toBe('Not found on this page');
    expect(cardTexts(lost)).toEqual(['364 civilians']);
    expect([...lost.querySelectorAll('button')].map(visibleText)).toEqual(['Edit', 'Delete']);
    expect(cardTexts(root, '.highlight.hl-found')).toEqual(['very credible reports']);

    await click(button(root.querySelector('.hl-found')!, 'Show on page'));
    expect(fake.revealedHighlights).toEqual([[1, recent.id]]);
    await click(lost.querySelector('.hl-text')!);
    expect(fake.revealedHighlights).toHaveLength(1);
  });

  test('a page that does not answer: all listed, and the panel says it could not check', async () => {
    const { root } = await openPanel(onPage(), (f) => (f.refind = null));
    await showHighlights(root);
    expect(cardTexts(root)).toEqual(['very credible reports', '364 civilians']);
    expect(visibleText(root.querySelector('.highlights-view .hint')!)).toContain('did not say which highlights it found');
  });

  test('the list follows highlights-changed from the background', async () => {
    const { root, fake } = await openPanel(onPage());
    await showHighlights(root);
    fake.saved.push(highlightOf('seed-001', 'war crimes', PAGE_URL, 5000));
    await act(() => fake.send({ type: 'highlights-changed' }, null));
    await settle();
    expect(cardTexts(root)[0]).toBe('war crimes');
  });
});

describe('what the page found, kept current', () => {
  test("the panel asks the page again when the page says it looked for its highlights, and only its own tab's page", async () => {
    const [old, recent] = onPage();
    const { root, fake } = await openPanel([old, recent], (f) => (f.refind = { found: [recent.id], missing: [old.id] }));
    await showHighlights(root);
    expect(root.querySelector('.not-found')).not.toBeNull();
    // The page now shows the old highlight's text again (it rendered late).
    fake.refind = { found: [recent.id, old.id], missing: [] };
    await act(() => fake.send({ type: 'highlights-found' }, 2));
    await settle();
    expect(root.querySelector('.not-found')).not.toBeNull();
    await act(() => fake.send({ type: 'highlights-found' }, 1));
    await settle();
    expect(root.querySelector('.not-found')).toBeNull();
    expect(cardTexts(root, '.highlight.hl-found').sort()).toEqual(['364 civilians', 'very credible reports']);
  });
});

describe('export and import', () => {
  test('each export button downloads the background’s text for the scope listed', async () => {
    const { root, fake } = await openPanel(onPage());
    await showHighlights(root);
    await click(button(root, 'Markdown'));
    expect(fake.requests.at(-1)).toEqual({ action: 'export', format: 'markdown', canonicalUrl: 'example.org/seed-001' });
    expect(fake.downloads).toEqual([{ filename: 'parallax-highlights-2024-06-01.md', text: 'markdown of example.org/seed-001', mimeType: 'text/markdown' }]);
    await act(() => {
      root.querySelector<HTMLInputElement>('input[value="all"]')!.click();
    });
    await click(button(root, 'JSON-LD'));
    await click(button(root, 'CSV'));
    expect(fake.downloads.slice(1)).toEqual([
      { filename: 'parallax-highlights-2024-06-01.jsonld', text: 'jsonld of all', mimeType: 'application/ld+json' },
      { filename: 'parallax-highlights-2024-06-01.csv', text: 'csv of all', mimeType: 'text/csv' },
    ]);
  });

  test('downloadText clicks an <a download> on a Blob URL holding the text, then revokes it', async () => {
    jest.useFakeTimers();
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), `blob:test/${blobs.length}`);
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    const clicks: { href: string; download: string; inDocument: boolean }[] = [];
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      event.preventDefault();
      clicks.push({ href: link.href, download: link.download, inDocument: document.body.contains(link) });
    };
    document.addEventListener('click', onClick);
    try {
      downloadText(document, 'notes.md', '> “Quote” & <b>', 'text/markdown');
      expect(clicks).toEqual([{ href: 'blob:test/1', download: 'notes.md', inDocument: true }]);
      expect(document.querySelector('a[download]')).toBeNull();
      expect(blobs[0].type).toBe('text/markdown;charset=utf-8');
      expect(await blobs[0].text()).toBe('> “Quote” & <b>');
      expect(revoked).toEqual([]);
      jest.advanceTimersByTime(10_000);
      expect(revoked).toEqual(['blob:test/1']);
    } finally {
      document.removeEventListener('click', onClick);
      jest.useRealTimers();
    }
  });

  async function chooseFile(root: HTMLElement, text: string): Promise<void> {
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.accept).toBe('.json,.jsonld,application/json,application/ld+json');
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'highlights.jsonld')] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    await settle();
  }

  test('importing a file sends its text and shows what was added and skipped, with reasons', async () => {
    const { root, fake } = await openPanel(onPage(), (f) => (f.importAnswer = { added: 2, skipped: [{ index: 3, reason: 'already saved' }] }));
    await showHighlights(root);
    await chooseFile(root, '{"type":"AnnotationCollection"}');
    expect(fake.requests).toContainEqual({ action: 'import', text: '{"type":"AnnotationCollection"}' });
    expect(visibleText(root.querySelector('.highlight-notice')!)).toBe('Added 2, skipped 1. Annotation 4: already saved Dismiss');
    await click(button(root.querySelector('.highlight-notice')!, 'Dismiss'));
    expect(root.querySelector('.highlight-notice')).toBeNull();
  });

  test('a file that is no annotation list: the background’s reason is shown', async () => {
    const { root } = await openPanel([], (f) => (f.importAnswer = new Error('not JSON')));
    await showHighlights(root);
    await chooseFile(root, 'hello');
    expect(visibleText(root.querySelector('.highlight-notice')!)).toBe('Nothing was imported: not JSON Dismiss');
  });
});

describe('reader text stays text', () => {
  test('a hostile note, tag and page text are shown as text, never as markup', async () => {
    const hostile = highlightOf('seed-001', '364 civilians', PAGE_URL, 1000, {
      exact: '<b>bold</b> claim',
      note: '<img src=x onerror="window.pwned=1">',
      tags: ['<script>alert(1)</script>'],
      colour: 'red;background:url(https://evil.example/x)',
    });
    const { root } = await openPanel([hostile]);
    await showHighlights(root);
    const card = root.querySelector('.highlight')!;
    expect(card.querySelector('img, b, script')).toBeNull();
    expect(card.querySelector('.hl-note')!.textContent).toBe('<img src=x onerror="window.pwned=1">');
    expect(card.querySelector('.hl-text')!.textContent).toBe('<b>bold</b> claim');
    expect(card.querySelector('.hl-tag')!.textContent).toBe('<script>alert(1)</script>');
    // A stored colour outside the palette is shown as the page paints it: yellow.
    expect(['#ffdd00', 'rgb(255, 221, 0)']).toContain((card as HTMLElement).style.borderLeftColor);
  });
});

describe('saving from the comparison', () => {
  test('"Save highlight" on a quote saves its page text with the other outlets’ wordings; the card then says Saved', async () => {
    const { root, fake } = await openPanel([]);
    const card = root.querySelector('li.item.quote')!;
    const save = button(card, 'Save highlight');
    expect(save.getAttribute('aria-describedby')).toBe('q0-words');
    await click(save);
    const comparison = blinkenComparison();
    const quote = comparison.quotes[0];
    expect(fake.saved).toHaveLength(1);
    const [saved] = fake.saved;
    expect(saved).toMatchObject({
      id: 'new-1',
      url: PAGE_URL,
      canonicalUrl: 'example.org/seed-001',
      title: 'Blinken says war crimes reports credible',
      story: comparison.story.storyKey,
      exact: quote.anchor.exact,
      prefix: quote.anchor.prefix,
      suffix: quote.anchor.suffix,
      start: null,
      end: null,
    });
    expect(saved.compared).toEqual({ kind: 'quote', others: quote.others.map((o) => ({ outlet: o.outlet, text: o.text, date: o.date })) });
    expect(visibleText(button(root.querySelector('li.item.quote')!, 'Saved'))).toBe('Saved');
    expect(button(root.querySelector('li.item.quote')!, 'Saved').disabled).toBe(true);
    expect(visibleText(root.querySelector('#view-tab-highlights')!)).toBe('Highlights 1');
    // Clicking the button does not also reveal the quote in the page.
    expect(fake.revealed).toEqual([]);

    const markdown = toMarkdown(fake.saved);
    expect(markdown).toContain('Other outlets’ wordings:');
    expect(markdown).toContain(`- ${quote.others[0].outlet}, ${quote.others[0].date!.slice(0, 10)}: “`);
  });

  test('on a page the content script keys by another canonical address, a new highlight takes that key', async () => {
    const keyed = highlightOf('seed-001', 'war crimes', 'https://canonical.example/story', 500);
    const { root, fake } = await openPanel([keyed], (f) => (f.refind = { found: [keyed.id], missing: [] }));
    await click(button(root.querySelector('li.item.quote')!, 'Save highlight'));
    expect(fake.saved.at(-1)!.canonicalUrl).toBe('canonical.example/story');
  });

  test('figures too; a failed save says so', async () => {
    const { root, fake } = await openPanel([], (f) => (f.saveHighlight = () => Promise.reject(new Error('no'))));
    await click(button(root.querySelector('li.item.figure')!, 'Save highlight'));
    expect(fake.saved).toEqual([]);
    expect(visibleText(root.querySelector('.highlight-notice')!)).toBe('The highlight could not be saved. Dismiss');
    // A notice belongs to the view it came from.
    await showHighlights(root);
    expect(root.querySelector('.highlight-notice')).toBeNull();
  });
});
