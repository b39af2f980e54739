/**
 * @jest-environment jsdom
 */
// Reader highlights on a real saved page (jsdom, with a recording stand-in for the Highlight API):
// a selection becomes a highlight whose text is the selected text, and the saved highlight is
// found and painted again after a reload of the same page and on an edited copy of it.
import { canonicalUrl as addressKey } from '../../src/core/pack-format';
import type { Highlight } from '../../src/highlights/highlight';
import type { Message } from '../../src/messages';
import { PageSession } from '../../src/content/page-session';
import { readerHighlightName } from '../../src/content/highlighter';
import { zytePage } from '../extract/pages';

jest.setTimeout(30_000);

/** What the Highlight API was given: name → ranges. */
const painted = new Map<string, { ranges: Range[]; priority: number }>();

/** Text as the text index normalises it (whitespace runs to one space, invisible characters dropped). */
function normalise(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060]/g, '').replace(/\s+/g, ' ').trim();
}

/** Loads a saved page into the test document, without its scripts (jest's jsdom would run them). */
function writePage(html: string): void {
  document.open();
  document.write(html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, ''));
  document.close();
}

/** The first Zyte page with a long paragraph holding a link or emphasis (text across elements). */
function pageWithParagraph(): { html: string; paragraph: () => HTMLParagraphElement } {
  for (let i = 0; i < 40; i++) {
    const { html } = zytePage(i);
    writePage(html);
    const pick = (): HTMLParagraphElement | undefined =>
      Array.from(document.querySelectorAll('p')).find(
        (p) => normalise(p.textContent ?? '').length > 200 && p.querySelector('a, em, strong, i, b') !== null && p.querySelector('div, br, script, p') === null,
      );
    const found = pick();
    if (found && document.body.textContent!.indexOf(found.textContent!) === document.body.textContent!.lastIndexOf(found.textContent!)) {
      return { html, paragraph: () => pick()! };
    }
  }
  throw new Error('no Zyte page with a suitable paragraph');
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.trim()) nodes.push(node as Text);
  return nodes;
}

/** Selects from the 12th character of the paragraph's first text node to 5 characters before the end of its last one. */
function selectInside(paragraph: HTMLElement): Range {
  const nodes = textNodes(paragraph);
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const range = document.createRange();
  range.setStart(first, Math.min(12, first.length - 1));
  range.setEnd(last, Math.max(1, last.length - 5));
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

/** A stand-in background: keeps saved highlights, answers page-highlights by canonical url. */
function background(store: Highlight[]): { send: (message: Message) => Promise<unknown>; sent: Message[] } {
  const sent: Message[] = [];
  const send = async (message: Message): Promise<unknown> => {
    sent.push(message);
    if (message.type === 'save-highlight') {
      store.push(message.highlight);
      return message.highlight;
    }
    if (message.type === 'page-highlights') return store.filter((h) => h.canonicalUrl === message.canonicalUrl);
    if (message.type === 'page-article') return { items: [] };
    return undefined;
  };
  return { send, sent };
}

async function until(condition: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A session started on the current document, once it has asked for the page's highlights. */
async function startSession(store: Highlight[]): Promise<{ session: PageSession; sent: Message[] }> {
  const { send, sent } = background(store);
  const session = new PageSession(window, send);
  session.run();
  await until(() => sent.some((m) => m.type === 'page-highlights'));
  await session.highlights.status();
  return { session, sent };
}

const yellow = readerHighlightName('yellow');

beforeAll(() => {
  const features = window as unknown as Record<string, unknown>;
  features.CSS = { highlights: painted };
  features.Highlight = class {
    priority = 0;
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  CSSStyleSheet.prototype.replaceSync ??= () => undefined;
  Element.prototype.scrollIntoView = jest.fn();
  const rect = { x: 10, y: 10, left: 10, top: 10, right: 110, bottom: 30, width: 100, height: 20 } as DOMRect;
  Range.prototype.getClientRects = () => [rect] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect;
});

beforeEach(() => painted.clear());

describe('reader highlights on a real page', () => {
  const { html, paragraph } = pageWithParagraph();
  const store: Highlight[] = [];
  let saved: Highlight;

  it('saves the selection with the selected text, its context, its position and the page address', async () => {
    writePage(html);
    const { session, sent } = await startSession(store);
    const range = selectInside(paragraph());
    const highlight = await session.highlights.saveSelection();
    expect(highlight).not.toBeNull();
    saved = highlight!;
    expect(saved.exact).toBe(normalise(range.toString()));
    expect(saved.exact.length).toBeGreaterThan(150);
    expect(saved.prefix.length).toBe(32);
    expect(saved.suffix.length).toBeGreaterThan(0);
    expect(saved.end! - saved.start!).toBe(saved.exact.length);
    expect(saved.url).toBe(location.href);
    const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
    expect(saved.canonicalUrl).toBe(addressKey(canonical ? new URL(canonical, location.href).href : location.href));
    expect(saved.story).toBeNull();
    // jsdom, like an http page, has no crypto.randomUUID: the id is made from random bytes.
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sent).toContainEqual({ type: 'save-highlight', highlight: saved });
    // Painted at once, over exactly the selected text.
    expect(painted.get(yellow)?.ranges.map((r) => normalise(r.toString()))).toEqual([saved.exact]);
  });

  it('finds and paints the highlight again when the same page is loaded again', async () => {
    writePage(html);
    const { session } = await startSession(store);
    expect(painted.get(yellow)?.ranges.map((r) => normalise(r.toString()))).toEqual([saved.exact]);
    await expect(session.highlights.status()).resolves.toEqual({ found: [saved.id], missing: [] });
    await expect(session.highlights.reveal(saved.id)).resolves.toBe(true);
    expect(painted.has('parallax-flash')).toBe(true);
    await expect(session.highlights.reveal('no-such-id')).resolves.toBe(false);
  });

  it('finds it on an edited copy of the page (paragraph added before, a word changed inside) and lists a removed one as missing', async () => {
    writePage(html);
    const target = paragraph();
    const added = document.createElement('p');
    added.textContent = 'An editor added this paragraph after the highlight was made, moving everything below it.';
    target.before(added);
    // One word in the middle of the highlighted text replaced.
    const node = textNodes(target).reduce((a, b) => (b.length > a.length ? b : a));
    const from = node.length >> 1;
    const word = /\b[a-z]{4,}\b/i.exec(node.data.slice(from))!;
    node.data = node.data.slice(0, from + word.index) + 'meanwhile' + node.data.slice(from + word.index + word[0].length);
    const gone: Highlight = { ...saved, id: 'removed', exact: 'This sentence was never on the page and so cannot be found.', prefix: 'nowhere ', suffix: ' at all', start: 5, end: 64 };
    const { session } = await startSession([...store, gone]);
    const ranges = painted.get(yellow)?.ranges ?? [];
    expect(ranges).toHaveLength(1);
    const text = normalise(ranges[0].toString());
    expect(text).toContain('meanwhile');
    expect(text.slice(0, 20)).toBe(saved.exact.slice(0, 20));
    expect(text.slice(-20)).toBe(saved.exact.slice(-20));
    expect(target.contains(ranges[0].startContainer) && target.contains(ranges[0].endContainer)).toBe(true);
    await expect(session.highlights.status()).resolves.toEqual({ found: [saved.id], missing: ['removed'] });
  });

  it('tells an open panel when it has looked for the saved highlights again, and nothing on a page that never had any', async () => {
    writePage(html);
    const kept = [{ ...saved }];
    const { session, sent } = await startSession(kept);
    const found = () => sent.filter((m) => m.type === 'highlights-found').length;
    expect(found()).toBe(1);
    // Deleted elsewhere: the page looks again, paints nothing, and says so once it has.
    kept.length = 0;
    session.highlights.reload();
    await session.highlights.status();
    expect(painted.get(yellow)?.ranges ?? []).toEqual([]);
    expect(found()).toBe(2);

    writePage(html);
    const quiet = await startSession([]);
    quiet.session.highlights.reload();
    await quiet.session.highlights.status();
    expect(quiet.sent.filter((m) => m.type === 'highlights-found')).toEqual([]);
  });

  it('paints each palette colour under its own name and an unknown colour as yellow, never as CSS', async () => {
    writePage(html);
    const green = { ...saved, id: 'green', colour: 'Green' };
    const odd = { ...saved, id: 'odd', colour: 'red;} body{display:none' };
    await startSession([green, odd]);
    expect(painted.get(readerHighlightName('green'))?.ranges).toHaveLength(1);
    expect(painted.get(yellow)?.ranges).toHaveLength(1);
    expect([...painted.keys()].every((name) => /^parallax-[a-z-]+$/.test(name))).toBe(true);
  });

  it('saves nothing for a collapsed or whitespace-only selection, or one in editable text', async () => {
    writePage(html);
    const { session, sent } = await startSession([]);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    await expect(session.highlights.saveSelection()).resolves.toBeNull();
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', '');
    editable.textContent = 'A draft the reader is typing into the page.';
    document.body.append(editable);
    const range = document.createRange();
    range.selectNodeContents(editable);
    selection.addRange(range);
    await expect(session.highlights.saveSelection()).resolves.toBeNull();
    expect(sent.some((m) => m.type === 'save-highlight')).toBe(false);
  });
});
