import { matchQuote, matchQuotesInOrder, openingOffset } from '../../src/content/anchoring/match-quote';
import { normaliseForSearch } from '../../src/content/anchoring/text-index';

// Short made-up sentences in the style of news copy.
const TEXT = normaliseForSearch(
  'Menu Home "We will rebuild," the mayor said. Related: "We will rebuild," says mayor after storm. ' +
    'The storm hit the coast on Tuesday. "We will rebuild," the mayor said again on Wednesday, ' +
    'adding that "every family will have a roof before winter comes."',
);

describe('matchQuote', () => {
  it('finds a quote verbatim and scores it 1 with its context', () => {
    const match = matchQuote(TEXT, { exact: 'every family will have a roof', prefix: 'adding that "', suffix: ' before winter' });
    expect(TEXT.slice(match!.start, match!.end)).toBe('every family will have a roof');
    expect(match!.score).toBeCloseTo(1);
  });

  it('tells repeated text apart by prefix and suffix', () => {
    const second = TEXT.indexOf('We will rebuild', TEXT.indexOf('Tuesday'));
    expect(matchQuote(TEXT, { exact: 'We will rebuild,', prefix: 'hit the coast on Tuesday. "', suffix: '" the mayor said again' })!.start).toBe(second);
    expect(matchQuote(TEXT, { exact: 'We will rebuild,', prefix: 'Related: "', suffix: '" says mayor' })!.start).toBe(TEXT.indexOf('Related') + 10);
    // The suffix alone decides too.
    expect(matchQuote(TEXT, { exact: 'We will rebuild,', suffix: '" the mayor said again' })!.start).toBe(second);
  });

  it('compares quotation marks, dashes and whitespace in one form', () => {
    const match = matchQuote(TEXT, { exact: '“We will\n rebuild,”  the mayor said again', prefix: 'Tuesday. ' });
    expect(match!.start).toBe(TEXT.indexOf('"We will rebuild," the mayor said again'));
  });

  it('finds a quote with a changed word where its context says it is', () => {
    const match = matchQuote(TEXT, { exact: 'every household will have a roof', prefix: 'adding that "', suffix: ' before winter' });
    expect(TEXT.slice(match!.start, match!.end)).toMatch(/every family will have a roof/);
    expect(match!.score).toBeLessThan(1);
  });

  it('finds nothing for a quote the text does not hold', () => {
    expect(matchQuote(TEXT, { exact: 'Taxes will fall next year for everyone', prefix: 'the minister said ' })).toBeNull();
    expect(matchQuote(TEXT, { exact: 'no' + 'x' })).toBeNull();
    expect(matchQuote(TEXT, { exact: '   ' })).toBeNull();
    expect(matchQuote('', { exact: 'anything' })).toBeNull();
  });

  it('takes a looser near match only when its context agrees', () => {
    // A third of the characters differ: only the context can vouch for it.
    const loose = { exact: 'each family will get a new roof when winter comes' };
    expect(matchQuote(TEXT, loose)).toBeNull();
    expect(matchQuote(TEXT, { ...loose, prefix: 'the mayor said ', suffix: ' on Tuesday' })).toBeNull();
    const withContext = matchQuote(TEXT, { ...loose, prefix: 'adding that "', suffix: '."' });
    expect(withContext && TEXT.slice(withContext.start, withContext.end)).toMatch(/family will have a roof before winter comes$/);
  });

  it('lets the expected position decide between occurrences in the same context', () => {
    const text = normaliseForSearch('Teaser: He said "we will win" today. Story: He said "we will win" today.');
    const selector = { exact: 'we will win', prefix: 'He said "', suffix: '" today' };
    const second = text.lastIndexOf('we will win');
    expect(matchQuote(text, selector, { hint: second - 3 })!.start).toBe(second);
    expect(matchQuote(text, selector, { hint: 0 })!.start).toBe(text.indexOf('we will win'));
    // Context still outweighs position.
    expect(matchQuote(text, { ...selector, prefix: 'Teaser: He said "' }, { hint: second })!.start).toBe(text.indexOf('we will win'));
  });

  it('searches only the window it is given', () => {
    const first = TEXT.indexOf('We will rebuild');
    expect(matchQuote(TEXT, { exact: 'We will rebuild' }, { from: first + 1 })!.start).toBeGreaterThan(first);
    expect(matchQuote(TEXT, { exact: 'storm hit' }, { to: TEXT.indexOf('storm hit') + 5 })).toBeNull();
  });
});

describe('matchQuotesInOrder', () => {
  it('finds edited quotes between their exactly found neighbours', () => {
    const matches = matchQuotesInOrder(TEXT, [
      { exact: 'The storm hit the coast' },
      { exact: 'We will rebuild,', prefix: 'Tuesday. "' },
      { exact: 'every household will have a roof' },
    ]);
    expect(matches.map((m) => m && TEXT.slice(m.start, m.start + 10))).toEqual(['The storm ', 'We will re', 'every fami']);
    expect(matches[1]!.start).toBeGreaterThan(matches[0]!.end);
  });

  it('keeps null for a quote that is not there', () => {
    expect(matchQuotesInOrder(TEXT, [{ exact: 'The storm hit' }, { exact: 'a completely different sentence about budgets' }])[1]).toBeNull();
  });
});

describe('openingOffset', () => {
  it('places an extracted text by its opening, past a teaser that repeats its first sentence', () => {
    const page = normaliseForSearch('Menu The storm hit the coast. Share The storm hit the coast.\n"We will rebuild," the mayor said.');
    const article = 'The storm hit the coast.\n"We will rebuild," the mayor said.';
    expect(openingOffset(page, article)).toBe(page.lastIndexOf('The storm'));
    expect(openingOffset(page, 'Nothing of this is on the page.')).toBeNull();
    expect(openingOffset(page, '')).toBeNull();
  });
});
