import { stem, words } from '../../src/core/words';

const keys = (text: string) => words(text).map((w) => w.key);

describe('words', () => {
  it('spells out contractions so styles compare equal', () => {
    expect(keys('We’ve seen')).toEqual(keys('we have seen'));
    expect(keys("They're very credible")).toEqual(keys('they are very credible'));
    expect(keys("can't")).toEqual(keys('can not'));
  });

  it('drops the possessive', () => {
    expect(keys('Russia’s attack')).toEqual(keys('Russia attack'));
  });

  it('keeps offsets into the original text', () => {
    const text = '  “We’re  documenting”';
    for (const w of words(text)) expect(text.slice(w.start, w.end)).toMatch(/^[\p{L}’']+$/u);
  });

  it('marks function words', () => {
    expect(words('the war').map((w) => w.stop)).toEqual([true, false]);
  });
});

describe('stem', () => {
  it('brings inflected forms together', () => {
    expect(stem('documenting')).toBe(stem('document'));
    expect(stem('attacks')).toBe(stem('attack'));
    expect(stem('used')).toBe(stem('use'));
    expect(stem('committed')).toBe(stem('commit'));
    expect(stem('studies')).toBe(stem('study'));
  });

  it('leaves short words and numbers alone', () => {
    expect(stem('us')).toBe('us');
    expect(stem('1990s')).toBe('1990s');
  });
});
