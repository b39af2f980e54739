/** @jest-environment jsdom */
// The panel's components rendered into jsdom with the real English messages: what a reader sees
// for a matched page and for every other state, and that corpus text stays text.
import { act } from 'preact/test-utils';
import type { Comparison } from '../../src/core/comparison';
import type { TabState } from '../../src/messages';
import { Panel, type PanelActions } from '../../src/panel/components/Panel';
import type { PanelState } from '../../src/panel/controller';
import { blinkenComparison } from './fixture';
import { englishMessage as t, mount, rerender, unmountAll, visibleText } from './helpers';

afterEach(unmountAll);

function panelState(tab: TabState | null, change: Partial<PanelState> = {}): PanelState {
  return { searching: false, tabId: 7, tab, unreachable: false, focus: null, notice: null, ...change };
}

function matched(comparison: Comparison = blinkenComparison()): TabState {
  return { kind: 'matched', url: 'https://example.org/seed-001', pageKey: 'example.org/seed-001', title: 'Blinken says war crimes reports credible', outlet: 'Portuguese-language outlet', comparison };
}

function actionsSpy(): PanelActions & { revealed: string[]; enabled: number; retried: number } {
  const spy = {
    revealed: [] as string[],
    enabled: 0,
    retried: 0,
    reveal: (item: { kind: string; id: string }) => spy.revealed.push(`${item.kind}:${item.id}`),
    enableSite: () => void spy.enabled++,
    retry: () => void spy.retried++,
  };
  return spy;
}

function showPanel(state: PanelState, actions: PanelActions = actionsSpy()): HTMLElement {
  return mount(<Panel state={state} actions={actions} />);
}

/** The quote card whose page wording starts with `start`. */
function quoteCard(root: HTMLElement, start: string): HTMLElement {
  const card = [...root.querySelectorAll<HTMLElement>('.quote')].find((c) => visibleText(c.querySelector('.page-words')!).startsWith(start));
  if (!card) throw new Error(`no quote card starting "${start}"`);
  return card;
}

describe('a matched page', () => {
  test('the header names the story, its outlets, its dates and how it was recognised', () => {
    const header = showPanel(panelState(matched())).querySelector('header.story')!;
    expect(header.querySelector('h1')!.textContent).toBe('Blinken: "very credible reports" of Russian war crimes');
    expect(visibleText(header)).toContain('5 outlets');
    expect(visibleText(header)).toContain('6 Mar 2022 – 7 Mar 2022');
    expect(visibleText(header)).toContain('Same story, matched by content (score 0.71)');
    expect([...header.querySelectorAll('.story-found')].map(visibleText)).toEqual(['Quotes also in other reports: 3 of 6', 'Figures also in other reports: 2 of 7']);
  });

  test.each([
    ['url', 'Same article as one stored in the corpus'],
    ['duplicate', 'Copy of an article stored in the corpus'],
  ] as const)('recognised by %s: "%s"', (how, text) => {
    const comparison = blinkenComparison();
    comparison.story.how = how;
    expect(visibleText(showPanel(panelState(matched(comparison))).querySelector('.story-how')!)).toBe(text);
  });

  test('a story without a title is headed by the page title; one date is shown once', () => {
    const comparison = blinkenComparison();
    comparison.story = { ...comparison.story, title: null, firstDate: '2022-03-06', lastDate: '2022-03-06T10:00:00Z', outlets: 1 };
    const header = showPanel(panelState(matched(comparison))).querySelector('header.story')!;
    expect(header.querySelector('h1')!.textContent).toBe('Blinken says war crimes reports credible');
    expect(visibleText(header.querySelector('.story-facts')!)).toBe('1 outlet 6 Mar 2022');
  });

  test('quotes come in reading order with speaker, the page wording and each outlet', () => {
    const root = showPanel(panelState(matched()));
    const cards = [...root.querySelectorAll('.quote')];
    expect(cards.map((c) => c.querySelector('.page-words')!.textContent!.slice('This page: '.length, 'This page: '.length + 20))).toEqual([
      'We’ve seen very cred',
      'very credible report',
      'What we’re doing now',
    ]);
    expect(cards[0].querySelector('.speaker')!.textContent).toBe('Antony Blinken');
    expect([...cards[0].querySelectorAll('.wording .outlet')].map((o) => o.textContent)).toEqual(['Business Insider', 'Slate']);
    expect(visibleText(cards[0].querySelector('.wording .source')!)).toBe('Business Insider 6 Mar 2022');
    expect(visibleText(cards[0].querySelector('.versions-count')!)).toBe('2 other outlets:');
  });

  test('a reworded quote marks the words left out with <del> and the words added with <ins>', () => {
    const reworded = quoteCard(showPanel(panelState(matched())), 'We’ve seen').querySelector('.wording-reworded')!;
    const removed = [...reworded.querySelectorAll('del')].map(visibleText);
    const added = [...reworded.querySelectorAll('ins')].map(visibleText);
    expect(removed).toEqual(["'ve", 'on', 'the use of']);
    expect(added).toEqual(['have', 'against', 'being used']);
    // Screen readers hear what each mark means.
    expect(reworded.querySelector('del .sr-only')!.textContent!.trim()).toBe('left out:');
    expect(reworded.querySelector('ins .sr-only')!.textContent!.trim()).toBe('added:');
    expect(visibleText(reworded.querySelector('.their-words')!)).toBe(
      "We've have seen very credible reports of deliberate attacks on against civilians that would constitute a war crime. We've seen very credible reports of the use of certain weapons being used,",
    );
  });

  test('the same words say "Same words" instead of repeating them', () => {
    const same = quoteCard(showPanel(panelState(matched())), 'very credible reports of').querySelector('.wording-same')!;
    expect(visibleText(same)).toBe('Business Insider 6 Mar 2022 Same words');
    expect(same.querySelector('del, ins, blockquote')).toBeNull();
  });

  test('a fragment shows only the quoted part between ellipses, with a note', () => {
    const fragment = quoteCard(showPanel(panelState(matched())), 'very credible reports of').querySelector('.wording-fragment')!;
    expect(visibleText(fragment.querySelector('.their-words')!)).toBe('very credible reports …');
    expect(fragment.querySelector('del')).toBeNull();
    expect(visibleText(fragment.querySelector('.relation-note')!)).toBe('Quotes only part of it');
  });

  test('a fragment with changes inside keeps their marks but not the page words around it', () => {
    const fragment = quoteCard(showPanel(panelState(matched())), 'We’ve seen').querySelector('.wording-fragment')!;
    const words = visibleText(fragment.querySelector('.their-words')!);
    expect(words.startsWith('… very credible reports')).toBe(true);
    expect(words).not.toContain("We've seen very credible reports of deliberate");
    expect([...fragment.querySelectorAll('ins')].map(visibleText)).toEqual(['about', '.']);
  });

  test("an outlet naming another speaker says so; one naming nobody or the page's speaker does not", () => {
    const comparison = blinkenComparison();
    comparison.quotes[0].others[1].speaker = 'Anthony Blinken';
    const root = showPanel(panelState(matched(comparison)));
    const notes = (start: string) => [...quoteCard(root, start).querySelectorAll('.wording')].map((w) => [...w.querySelectorAll('.relation-note')].map(visibleText));
    expect(notes('What we’re doing')).toEqual([[], ['Attributed to Jake Tapper']]);
    expect(notes('We’ve seen')).toEqual([[], ['Quotes only part of it']]);
  });

  test('figures show the page figure, the others, and a disagreement in plain words', () => {
    const root = showPanel(panelState(matched()));
    const [differing, agreeing] = [...root.querySelectorAll('.figure')];
    expect(visibleText(differing.querySelector('.page-figure')!)).toBe('364 civilians civilians killed');
    expect(visibleText(differing.querySelector('.verdict')!)).toBe('≠ Outlets differ: Other outlets report more than 1,000');
    expect(differing.classList.contains('disagrees')).toBe(true);
    expect(visibleText(differing.querySelector('.other-figure')!)).toBe(
      'Arabic-language outlet (English translation) 7 Mar 2022 more than a thousand people differs bombings that have killed and wounded more than a thousand people',
    );
    expect(visibleText(agreeing.querySelector('.verdict')!)).toBe('= No disagreement between outlets');
    expect(agreeing.querySelector('.differs-tag')).toBeNull();
  });

  test('coverage lists the other articles with links that open in a new tab', () => {
    const links = [...showPanel(panelState(matched())).querySelectorAll<HTMLAnchorElement>('.coverage a')];
    expect(links.map((a) => a.href)).toEqual(['https://example.org/seed-002', 'https://example.org/seed-003', 'https://example.org/seed-004', 'https://example.org/seed-000']);
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).toBe(true);
  });

  test('with nothing shared, the sections say so', () => {
    const comparison = { ...blinkenComparison(), quotes: [], figures: [] };
    const root = showPanel(panelState(matched(comparison)));
    expect(visibleText(root.querySelector('.quotes .empty')!)).toBe(t('panelNoSharedQuotes'));
    expect(visibleText(root.querySelector('.figures .empty')!)).toBe(t('panelNoSharedFigures'));
  });
});

describe('corpus text is text', () => {
  const hostile = '<img src=x onerror="window.pwned=1">';

  test('markup in quotes, outlets, titles and figures is shown, never parsed', () => {
    const comparison = blinkenComparison();
    comparison.story.title = hostile;
    comparison.quotes[0].speaker = hostile;
    comparison.quotes[0].others[0] = { ...comparison.quotes[0].others[0], outlet: hostile, diff: [{ text: hostile, op: 'added' }] };
    comparison.figures[0].disagreement = hostile;
    comparison.coverage[0] = { ...comparison.coverage[0], title: hostile };
    const root = showPanel(panelState(matched(comparison)));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe(hostile);
    expect(root.querySelector('.speaker')!.textContent).toBe(hostile);
    expect(visibleText(root.querySelector('.wording ins')!)).toBe(hostile);
    expect(root.querySelector('.coverage a')!.textContent).toContain(hostile);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  test.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//evil.example/x', 'not a url'])('%j is not linked', (url) => {
    const comparison = blinkenComparison();
    comparison.coverage = [{ ...comparison.coverage[0], url }];
    const item = showPanel(panelState(matched(comparison))).querySelector('.coverage-item')!;
    expect(item.querySelector('a')).toBeNull();
    expect(visibleText(item)).toContain('Business Insider on Blinken and war crimes');
  });
});

describe('choosing an item reveals it in the page', () => {
  test('click, Enter and Space on a quote or figure call reveal with its id', () => {
    const actions = actionsSpy();
    const root = showPanel(panelState(matched()), actions);
    const [, secondQuote] = root.querySelectorAll<HTMLElement>('.quote');
    const [firstFigure] = root.querySelectorAll<HTMLElement>('.figure');
    act(() => secondQuote.querySelector<HTMLElement>('.their-words')!.click());
    act(() => void firstFigure.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    act(() => void firstFigure.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
    expect(actions.revealed).toEqual(['quote:q1', 'figure:f0', 'figure:f0']);
  });

  test('a click on a coverage link does not reveal anything', () => {
    const actions = actionsSpy();
    const root = showPanel(panelState(matched()), actions);
    act(() => void root.querySelector<HTMLElement>('.coverage a')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(actions.revealed).toEqual([]);
  });

  test('items are in the Tab order, labelled by their words, and arrow keys move between them', () => {
    const root = showPanel(panelState(matched()));
    const items = [...root.querySelectorAll<HTMLElement>('.item')];
    expect(items).toHaveLength(5);
    expect(items.every((item) => item.tabIndex === 0 && item.getAttribute('aria-describedby') === 'reveal-hint')).toBe(true);
    const [speakerId, wordsId] = items[0].getAttribute('aria-labelledby')!.split(' ');
    expect(root.querySelector(`#${speakerId}`)!.textContent).toBe('Antony Blinken');
    expect(root.querySelector(`#${wordsId}`)!.textContent).toContain('We’ve seen very credible reports');
    items[2].focus();
    act(() => void items[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(document.activeElement).toBe(items[3]);
    act(() => void items[3].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true })));
    expect(document.activeElement).toBe(items[2]);
  });

  test('an item clicked in the page takes the focus and flashes, again on a second click', () => {
    const state = panelState(matched());
    const root = showPanel(state);
    const figure = root.querySelectorAll<HTMLElement>('.figure')[1];
    rerender(root, <Panel state={{ ...state, focus: { item: { kind: 'figure', id: 'f1' }, seq: 1 } }} actions={actionsSpy()} />);
    expect(document.activeElement).toBe(figure);
    expect(figure.classList.contains('flash')).toBe(true);
    root.querySelector<HTMLElement>('.quote')!.focus();
    rerender(root, <Panel state={{ ...state, focus: { item: { kind: 'figure', id: 'f1' }, seq: 2 } }} actions={actionsSpy()} />);
    expect(document.activeElement).toBe(figure);
  });

  test('when the page did not answer, the panel says to reload it', () => {
    const root = showPanel(panelState(matched(), { notice: 'reveal-failed' }));
    expect(visibleText(root.querySelector('.notice')!)).toBe(t('panelRevealFailed'));
  });
});

describe('every other state explains itself', () => {
  const site = 'https://www.example-news.com/world/2022/03/06/story';

  test.each<[string, TabState, string, string]>([
    ['a page Parallax cannot read', { kind: 'unknown', url: 'chrome://settings/', siteEnabled: false }, 'panelNotWebHeading', 'panelNotWebText'],
    ['an allowed site not read yet', { kind: 'unknown', url: site, siteEnabled: true }, 'panelNotReadHeading', 'panelNotReadText'],
    ['working', { kind: 'working', url: site }, 'panelWorkingHeading', 'panelWorkingText'],
    ['not an article', { kind: 'not-article', url: site, pageKey: site }, 'panelNotArticleHeading', 'panelNotArticleText'],
  ])('%s', (_, tab, heading, text) => {
    const root = showPanel(panelState(tab));
    expect(root.querySelector('h1')!.textContent).toBe(t(heading));
    expect(root.querySelector('.status-text')!.textContent).toBe(t(text));
    expect(root.querySelector('button')).toBeNull();
  });

  test('a page whose address the browser hides points to the context menu', () => {
    const root = showPanel(panelState({ kind: 'unknown', url: null, siteEnabled: false }));
    expect(root.querySelector('h1')!.textContent).toBe('Parallax is not running on this page');
    expect(root.querySelector('.status-text')!.textContent).toContain('right-click the page and choose “Compare with other outlets” to compare it.');
    expect(root.querySelector('button')).toBeNull();
  });

  test('a site not allowed yet offers to run Parallax there', () => {
    const actions = actionsSpy();
    const root = showPanel(panelState({ kind: 'unknown', url: site, siteEnabled: false }), actions);
    expect(root.querySelector('h1')!.textContent).toBe('Parallax does not run on this site yet');
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Run Parallax on this site');
    act(() => button.click());
    expect(actions.enabled).toBe(1);
  });

  test('a refused permission is explained', () => {
    const root = showPanel(panelState({ kind: 'unknown', url: site, siteEnabled: false }, { notice: 'permission-refused' }));
    expect(visibleText(root.querySelector('.notice')!)).toBe(t('panelPermissionRefused'));
  });

  test('the corpus loading shows its progress', () => {
    const root = showPanel(panelState({ kind: 'corpus-loading', url: site, done: 420, total: 1000 }));
    expect(root.querySelector('h1')!.textContent).toBe('Loading the corpus');
    const bar = root.querySelector('progress')!;
    expect([bar.value, bar.max, bar.getAttribute('aria-label')]).toEqual([42, 100, '42% loaded']);
    expect(root.querySelector('.progress-text')!.textContent).toBe('42% loaded');
  });

  test('no match says what was found on the page and that the corpus has no other report', () => {
    const root = showPanel(panelState({ kind: 'no-match', url: site, pageKey: site, title: 'A local story', outlet: 'Example News', quotes: 4, figures: 1 }));
    expect(root.querySelector('h1')!.textContent).toBe('No other report of this story');
    expect(visibleText(root)).toContain('The corpus has no other report of this story');
    expect(visibleText(root.querySelector('.page-title')!)).toBe('A local story Example News');
    expect(visibleText(root.querySelector('.page-counts')!)).toBe('Parallax found 4 quotes on this page and 1 figure.');
  });

  test("an error shows the background's message as an alert", () => {
    const message = 'This page could not be compared (out of memory). Reload the page to try again.';
    const root = showPanel(panelState({ kind: 'error', url: site, message }));
    const alert = root.querySelector('[role=alert]')!;
    expect(alert.querySelector('h1')!.textContent).toBe('Something went wrong');
    expect(alert.querySelector('.status-text')!.textContent).toBe(message);
  });

  test('an unanswering background can be asked again', () => {
    const actions = actionsSpy();
    const root = showPanel(panelState(null, { unreachable: true }), actions);
    expect(root.querySelector('[role=alert] h1')!.textContent).toBe('Parallax is not answering');
    act(() => root.querySelector('button')!.click());
    expect(actions.retried).toBe(1);
  });

  test('before the first answer, and without a tab', () => {
    expect(showPanel(panelState(null)).querySelector('h1')!.textContent).toBe('Looking at this page…');
    expect(showPanel(panelState(null, { searching: true, tabId: null })).querySelector('h1')!.textContent).toBe('Looking at this page…');
    expect(visibleText(showPanel(panelState(null, { tabId: null })))).toBe(`No tab to show ${t('panelIntro')}`);
  });
});
