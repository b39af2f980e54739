import { normaliseForSearch } from '../../src/content/anchoring/text-index';
import { cleanTags, CONTEXT_CHARS, createHighlight, positionSelector, quoteSelector, type HighlightPage } from '../../src/highlights/highlight';
import { loadArticles } from '../support/shared';

const PAGE: HighlightPage = {
  url: 'https://www.example.com/news/story?utm_source=x',
  canonicalUrl: 'example.com/news/story',
  title: 'A story',
  outlet: 'Example News',
  story: null,
};

describe('createHighlight', () => {
  // A real article's text in the text index's form (one space per whitespace run).
  const text = normaliseForSearch(loadArticles('basil')[3].text).replace(/"/g, '\u201c');

  test('keeps the exact text, 32 characters either side and the position', () => {
    const start = text.indexOf(' ', 400) + 1;
    const end = text.indexOf(' ', start + 60);
    const highlight = createHighlight(text, start, end, PAGE, 'id-1', 1_700_000_000_000, { note: 'why?', tags: [' a ', 'A', 'b  c'], colour: '#ff0' })!;
    expect(highlight).toMatchObject({ id: 'id-1', ...PAGE, createdAt: 1_700_000_000_000, modifiedAt: 1_700_000_000_000, start, end, note: 'why?', tags: ['a', 'b c'], colour: '#ff0' });
    expect(highlight.exact).toBe(text.slice(start, end));
    expect(highlight.prefix).toHaveLength(CONTEXT_CHARS);
    expect(highlight.prefix + highlight.exact + highlight.suffix).toBe(text.slice(start - CONTEXT_CHARS, end + CONTEXT_CHARS));
    expect(quoteSelector(highlight)).toEqual({ type: 'TextQuoteSelector', exact: highlight.exact, prefix: highlight.prefix, suffix: highlight.suffix });
    expect(positionSelector(highlight)).toEqual({ type: 'TextPositionSelector', start, end });
  });

  test('at the ends of the text the context is what there is', () => {
    const first = createHighlight(text, 0, 10, PAGE, 'a', 0)!;
    expect(first.prefix).toBe('');
    expect(first.colour).toBe('yellow');
    const last = createHighlight(text, text.length - 5, text.length, PAGE, 'b', 0)!;
    expect(last.suffix).toBe('');
    expect(last.prefix).toHaveLength(CONTEXT_CHARS);
  });

  test('nothing to highlight: empty, reversed, out of the text or only whitespace', () => {
    const space = text.indexOf(' ');
    expect(createHighlight(text, 5, 5, PAGE, 'x', 0)).toBeNull();
    expect(createHighlight(text, 9, 5, PAGE, 'x', 0)).toBeNull();
    expect(createHighlight(text, -1, 5, PAGE, 'x', 0)).toBeNull();
    expect(createHighlight(text, 0, text.length + 1, PAGE, 'x', 0)).toBeNull();
    expect(createHighlight(text, space, space + 1, PAGE, 'x', 0)).toBeNull();
  });

  test('a highlight saved without a position has no TextPositionSelector', () => {
    const highlight = { ...createHighlight(text, 0, 10, PAGE, 'a', 0)!, start: null, end: null };
    expect(positionSelector(highlight)).toBeNull();
  });
});

describe('cleanTags', () => {
  test('trims, collapses inner whitespace, drops empty tags and repeats regardless of case, keeps order', () => {
    expect(cleanTags(['  Climate ', '', 'climate', 'court\n ruling', '   ', 'Court ruling', 'z'])).toEqual(['Climate', 'court ruling', 'z']);
  });
});
