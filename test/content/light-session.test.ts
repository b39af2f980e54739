/**
 * @jest-environment jsdom
 */
// The light content script's session in jsdom: an article is read by the background from the
// page's HTML (here: extractFromHtml, as Firefox's background page runs it), and the page tools
// (a real PageSession) load only when they have something to show.
import { LightSession } from '../../src/content/light-session';
import { PageSession } from '../../src/content/page-session';
import { extractFromHtml } from '../../src/extract/extract-html';
import type { Highlight } from '../../src/highlights/highlight';
import type { Message, PaintPlan } from '../../src/messages';
import { giveLayoutToJsdom, loadArticle, planFor, until } from './article-fixture';

interface Setup {
  session: LightSession;
  sent: Message[];
  /** How often the page tools were loaded. */
  loads: () => number;
  /** The messages sent before the page tools were first loaded. */
  beforeLoad: () => Message[];
}

/**
 * A light session whose background extracts with `extract` (null: it cannot), answers reports
 * with `plan`, and has `saved` highlights for the page.
 */
function setup(
  options: { extract?: (message: Extract<Message, { type: 'extract-page' }>) => unknown; plan?: (text: string) => PaintPlan; saved?: Highlight[]; olderBackground?: boolean } = {},
): Setup {
  const sent: Message[] = [];
  let loads = 0;
  let sentBeforeLoad: Message[] | null = null;
  let tools: PageSession | null = null;
  const send = async (message: Message): Promise<unknown> => {
    sent.push(message);
    if (message.type === 'extract-page') return (options.extract ?? ((m) => extractFromHtml(m.html, m.url)))(message);
    if (message.type === 'page-article') {
      const plan = (message.article.isArticle && options.plan?.(message.article.text)) || { story: null, items: [] };
      // The background says whether the page has saved highlights; an older one did not.
      return options.olderBackground ? plan : { ...plan, savedHighlights: (options.saved ?? []).length > 0 };
    }
    if (message.type === 'page-highlights') return options.saved ?? [];
    return undefined;
  };
  const load = async () => {
    loads++;
    sentBeforeLoad ??= [...sent];
    tools ??= new PageSession(window, send);
    return { session: tools };
  };
  return { session: new LightSession(window, send, load), sent, loads: () => loads, beforeLoad: () => sentBeforeLoad ?? [...sent] };
}

const types = (sent: Message[]) => sent.map((m) => m.type);
const QUOTE = 'We will rebuild, and we will do it together,';

beforeAll(giveLayoutToJsdom);

describe('LightSession on an article', () => {
  it('has the background read the page, and loads the page tools to paint what it compared', async () => {
    loadArticle();
    const { session, sent, loads } = setup({ plan: (text) => planFor(text, QUOTE) });
    session.run();
    await until(() => loads() === 1);
    const extraction = sent[0];
    if (extraction.type !== 'extract-page') throw new Error(`first message: ${extraction.type}`);
    expect(extraction.url).toBe(location.href);
    expect(extraction.html).toContain('<article><h1>Flood town rebuilds</h1>');
    const report = sent.find((m) => m.type === 'page-article');
    if (report?.type !== 'page-article') throw new Error('no report');
    expect(report.article).toMatchObject({ isArticle: true, title: 'Flood town rebuilds' });
    // The quote the background compared is painted and can be revealed.
    await expect(session.reveal({ kind: 'quote', id: 'q0' })).resolves.toBe(true);
    await expect(session.reveal({ kind: 'quote', id: 'q9' })).resolves.toBe(false);
  });

  it('loads nothing more when the story is not stored and the page has no saved highlights', async () => {
    loadArticle();
    const { session, sent, loads } = setup();
    session.run();
    await until(() => sent.some((m) => m.type === 'page-article'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(types(sent)).toEqual(['extract-page', 'page-article']);
    expect(loads()).toBe(0);
    await expect(session.reveal({ kind: 'quote', id: 'q0' })).resolves.toBe(false);
  });

  it('loads the page tools for saved highlights even with nothing compared', async () => {
    for (const olderBackground of [false, true]) {
      loadArticle();
      const { session, loads, beforeLoad } = setup({ saved: [{ id: 'h1' } as Highlight], olderBackground });
      session.run();
      await until(() => loads() === 1);
      // Only a background that does not say so in its answer is asked separately.
      expect(types(beforeLoad())).toEqual(olderBackground ? ['extract-page', 'page-article', 'page-highlights'] : ['extract-page', 'page-article']);
    }
  });

  it.each([
    ['answers null', () => null],
    ['fails', () => Promise.reject(new Error('no receiver'))],
    ['answers something else', () => ({ text: 42 })],
  ])('reads the article in the page when the background %s', async (_what, failure) => {
    loadArticle();
    const { session, sent, loads } = setup({ extract: failure });
    session.run();
    await until(() => sent.some((m) => m.type === 'page-article'));
    expect(loads()).toBe(1);
    const report = sent.find((m) => m.type === 'page-article');
    if (report?.type !== 'page-article') throw new Error('no report');
    expect(report.article.isArticle).toBe(true);
    expect(report.article.text).toContain('It was in the shop within ten minutes');
  });
});

describe('LightSession on a page that is not an article', () => {
  it('reports it at once, sends no HTML and loads nothing', async () => {
    document.open();
    document.write('<!doctype html><html><head><title>Home</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>');
    document.close();
    window.history.replaceState({}, '', '/');
    const { session, sent, loads } = setup();
    session.run();
    await until(() => sent.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(types(sent)).toEqual(['page-article']);
    const report = sent[0];
    if (report.type !== 'page-article') throw new Error('no report');
    expect(report.article.isArticle).toBe(false);
    expect(loads()).toBe(0);
  });
});
