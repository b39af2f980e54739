/**
 * @jest-environment jsdom
 */
// The page session in a DOM without the Highlight API (jsdom): what it reports, which answers it
// keeps, how it reveals, and that odd documents do not make it throw.
import { isArticlePage } from '../../src/extract/detect';
import type { Message } from '../../src/messages';
import { PageSession } from '../../src/content/page-session';
import { giveLayoutToJsdom, loadArticle, planFor, until } from './article-fixture';

/** A session whose messages are recorded and answered by `answer` (the page has no saved highlights: those requests are answered [] and not recorded). */
function session(answer: (message: Message) => unknown = () => undefined, win: Window = window): { session: PageSession; sent: Message[] } {
  const sent: Message[] = [];
  const send = async (message: Message): Promise<unknown> => {
    if (message.type === 'page-highlights') return [];
    sent.push(message);
    return answer(message);
  };
  return { session: new PageSession(win, send), sent };
}

beforeAll(giveLayoutToJsdom);

describe('PageSession', () => {
  it('reports an article with its extracted text, then anchors the plan the background answers', async () => {
    // jsdom's address is the test page's; the article's own url is what the session reports.
    loadArticle();
    expect(isArticlePage(document, location.href).isArticle).toBe(true);
    let text = '';
    const { session: s, sent } = session((message) => {
      if (message.type !== 'page-article') return undefined;
      text = message.article.text;
      return planFor(text, 'We will rebuild, and we will do it together,');
    });
    s.run();
    await until(() => sent.length > 0);
    const report = sent[0];
    expect(report.type).toBe('page-article');
    if (report.type !== 'page-article') return;
    expect(report.article.isArticle).toBe(true);
    expect(report.article.text).toContain('We will rebuild');
    expect(report.article.url).toBe(location.href);

    await expect(s.reveal({ kind: 'quote', id: 'q0' })).resolves.toBe(true);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    await expect(s.reveal({ kind: 'quote', id: 'q9' })).resolves.toBe(false);
    await expect(s.reveal({ kind: 'figure', id: 'q0' })).resolves.toBe(false);
  });

  it('flashes a revealed quote with boxes in a shadow root that leave the page as it was', async () => {
    loadArticle();
    const { session: s } = session();
    const text = Array.from(document.querySelectorAll('p'), (p) => p.textContent).join('\n');
    s.applyPlan(planFor(text, 'It was in the shop within ten minutes,'), text);
    const before = document.documentElement.children.length;
    await expect(s.reveal({ kind: 'quote', id: 'q0' })).resolves.toBe(true);
    const host = document.documentElement.lastElementChild as HTMLElement;
    expect(document.documentElement.children.length).toBe(before + 1);
    expect(host.style.pointerEvents).toBe('none');
    s.clear();
    expect(document.documentElement.children.length).toBe(before);
  });

  it('anchors again when the page re-rendered the article after painting', async () => {
    loadArticle();
    const { session: s } = session();
    const text = Array.from(document.querySelectorAll('p'), (p) => p.textContent).join('\n');
    s.applyPlan(planFor(text, 'It was in the shop within ten minutes,'), text);
    // A framework replacing the article's nodes with equal ones leaves the old range collapsed.
    const article = document.querySelector('article')!;
    article.replaceWith(article.cloneNode(true));
    await expect(s.reveal({ kind: 'quote', id: 'q0' })).resolves.toBe(true);
    // Re-rendered without the quote: the stale range is not used.
    const quoted = Array.from(document.querySelectorAll('p')).find((p) => p.textContent!.includes('ten minutes'))!;
    quoted.replaceWith(document.createElement('p'));
    await expect(s.reveal({ kind: 'quote', id: 'q0' })).resolves.toBe(false);
  });

  it('reports a page that is not an article at once, without extracting it', async () => {
    document.open();
    document.write('<!doctype html><html><head><title>Shop</title></head><body><a href="/a">A</a> <a href="/b">B</a></body></html>');
    document.close();
    const { session: s, sent } = session();
    s.run();
    await until(() => sent.length > 0);
    expect(sent[0]).toMatchObject({ type: 'page-article', article: { isArticle: false, text: '', title: 'Shop' } });
  });

  it('drops the answer to a run that a newer run replaced', async () => {
    loadArticle();
    let answers = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { session: s, sent } = session(async (message) => {
      if (message.type !== 'page-article') return undefined;
      answers++;
      // The first answer arrives only after the second run started.
      if (answers === 1) await held;
      return answers === 1 ? planFor(message.article.text, 'We will rebuild, and we will do it together,') : { items: [] };
    });
    s.run();
    await until(() => sent.length === 1);
    s.run();
    await until(() => sent.length === 2);
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(s.reveal({ kind: 'quote', id: 'q0' })).resolves.toBe(false);
  });

  it('does not throw on an XML document or a document without a body', async () => {
    const xml = new DOMParser().parseFromString('<rss><channel><title>Feed</title></channel></rss>', 'application/xml');
    const fakeWindow = (doc: Document): Window => ({ document: doc, location: { href: 'https://news.example/feed.xml' } }) as unknown as Window;
    const { session: onXml, sent } = session(() => undefined, fakeWindow(xml));
    expect(() => onXml.run()).not.toThrow();
    await until(() => sent.length > 0);
    expect(sent[0]).toMatchObject({ type: 'page-article', article: { isArticle: false } });

    const bodiless = document.implementation.createHTMLDocument('x');
    bodiless.body.remove();
    const { session: onBodiless, sent: sentBodiless } = session(() => ({ items: [] }), fakeWindow(bodiless));
    expect(() => onBodiless.run()).not.toThrow();
    await until(() => sentBodiless.length > 0);
    await expect(onBodiless.reveal({ kind: 'quote', id: 'q0' })).resolves.toBe(false);
  });
});
