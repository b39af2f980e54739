/** @jest-environment jsdom */
// The panel on a comparison the engine really builds: seed-001 (the Portuguese-language outlet's
// report) compared with a pack of the other four seed articles, as the background does.
import { compareWithStory, type StoryWithKey } from '../../src/core/compare';
import type { Comparison } from '../../src/core/comparison';
import { buildPack } from '../../src/core/pack-build';
import { ComparisonView } from '../../src/panel/components/ComparisonView';
import { article, loadArticles } from '../support/shared';
import { mount, unmountAll, visibleText } from './helpers';

afterEach(unmountAll);

let comparison: Comparison;
beforeAll(() => {
  const { stories } = buildPack(loadArticles('seeds').filter((a) => a.id !== 'seed-001'));
  const story: StoryWithKey = { ...stories[0], storyKey: 'seeds\u0000' + stories[0].story.id };
  comparison = compareWithStory(article('seeds', 'seed-001'), story, { how: 'story', score: 0.42, article: null });
});

function show(): HTMLElement {
  return mount(<ComparisonView comparison={comparison} pageTitle="US notes potential war crimes" focus={null} onReveal={() => undefined} />);
}

/** The quote card whose page wording contains `snippet`. */
function card(root: HTMLElement, snippet: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('.quote')].find((c) => c.querySelector('.page-words')!.textContent!.includes(snippet));
  if (!found) throw new Error(`no quote card with "${snippet}"`);
  return found;
}

/** The wording of `outlet` in a quote card. */
function wordingOf(quote: HTMLElement, outlet: string): HTMLElement {
  const found = [...quote.querySelectorAll<HTMLElement>('.wording')].find((w) => w.querySelector('.outlet')!.textContent === outlet);
  if (!found) throw new Error(`no wording from ${outlet}`);
  return found;
}

test('every compared quote is a card, in reading order, with one wording per other outlet', () => {
  const root = show();
  const cards = [...root.querySelectorAll('.quote')];
  expect(cards).toHaveLength(comparison.quotes.length);
  expect(cards.length).toBeGreaterThanOrEqual(3);
  const starts = comparison.quotes.map((q) => q.anchor.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  cards.forEach((c, i) => expect(c.querySelectorAll('.wording')).toHaveLength(comparison.quotes[i].others.length));
});

test('Business Insider\'s "attacks against civilians" is marked against the page\'s "attacks on civilians"', () => {
  const insider = wordingOf(card(show(), 'that would constitute a war crime'), 'Business Insider');
  expect(insider.classList.contains('wording-reworded')).toBe(true);
  expect([...insider.querySelectorAll('del')].map(visibleText)).toContain('on');
  expect([...insider.querySelectorAll('ins')].map(visibleText)).toContain('against');
  expect(visibleText(insider.querySelector('.their-words')!)).toContain('deliberate attacks on against civilians');
});

test('an outlet with the same words says so; an outlet quoting a part shows that part', () => {
  const quote = card(show(), 'very credible reports of deliberate attacks on civilians');
  expect(visibleText(wordingOf(quote, 'Business Insider'))).toBe('Business Insider 6 Mar 2022 Same words');
  const newsweek = wordingOf(quote, 'Newsweek');
  expect(visibleText(newsweek.querySelector('.their-words')!)).toBe('very credible …');
  expect(visibleText(newsweek.querySelector('.relation-note')!)).toBe('Quotes only part of it');
  const arabic = wordingOf(quote, 'Arabic-language outlet (English translation)');
  expect(visibleText(arabic.querySelector('.relation-note')!)).toBe('Quotes more of it');
});

test('coverage lists the four other articles; without stored addresses none is a link', () => {
  const items = [...show().querySelectorAll('.coverage-item')];
  expect(items.map((i) => i.querySelector('.outlet')!.textContent)).toEqual(comparison.coverage.map((a) => a.outlet));
  expect(items).toHaveLength(4);
  expect(items.some((i) => i.querySelector('a'))).toBe(false);
});

test('each page figure is shown with the other outlets that report its quantity', () => {
  const figures = [...show().querySelectorAll('.figure')];
  expect(figures).toHaveLength(comparison.figures.length);
  figures.forEach((f, i) => {
    expect(f.querySelector('.figure-text')!.textContent).toBe(comparison.figures[i].anchor.exact);
    expect(f.querySelectorAll('.other-figure')).toHaveLength(comparison.figures[i].others.length);
  });
});
