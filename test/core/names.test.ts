import { canonicalSpeakers } from '../../src/core/names';
import { extractQuotes } from '../../src/core/quotes';
import { attributeSpeakers } from '../../src/core/speakers';
import { loadArticles } from '../support/shared';

describe('canonicalSpeakers: people', () => {
  it('merges spelling variants of a first name into the most frequent full form', () => {
    const map = canonicalSpeakers([['Anthony Blinken', 'Antony Blinken', 'Anthony Blinken', 'Blinken']]);
    expect(map.get('Antony Blinken')).toBe('Anthony Blinken');
    expect(map.get('Anthony Blinken')).toBe('Anthony Blinken');
    expect(map.get('Blinken')).toBe('Anthony Blinken');
  });

  it('keeps apart a man\'s and a woman\'s first name one letter apart ("Mark" and "Mary Conditt")', () => {
    const map = canonicalSpeakers([['Mark Conditt', 'Mark Conditt'], ['Mary Conditt', 'Mary Conditt']]);
    expect(map.get('Mary Conditt')).toBe('Mary Conditt');
    expect(map.get('Mark Conditt')).toBe('Mark Conditt');
    // a spelling variant of one man's name still merges
    expect(canonicalSpeakers([['Jon Tester', 'Jon Tester'], ['John Tester']]).get('John Tester')).toBe('Jon Tester');
  });

  it('takes the full form most articles use, not the one most quotes carry', () => {
    // a tweet quoted five times under its signature in one article; two other articles say "Donald Trump"
    const tweets = Array<string>(5).fill('Donald J. Trump');
    const map = canonicalSpeakers([tweets, ['Donald Trump', 'Trump'], ['Donald Trump']]);
    expect(map.get('Donald J. Trump')).toBe('Donald Trump');
    // in as many articles, the form of more quotes
    expect(canonicalSpeakers([tweets, ['Donald Trump']]).get('Donald Trump')).toBe('Donald J. Trump');
  });

  it('maps titled and surname-only forms to the full name', () => {
    const map = canonicalSpeakers([['Mr. Trump', 'Trump', 'Donald Trump', 'President Trump']]);
    for (const n of ['Mr. Trump', 'Trump', 'Donald Trump', 'President Trump']) expect(map.get(n)).toBe('Donald Trump');
  });

  it('ignores accents and knows common nicknames and initials', () => {
    const map = canonicalSpeakers([['Felipe Calderón', 'Felipe Calderon', 'Joe Biden', 'Joseph Biden', 'J. Biden']]);
    expect(map.get('Felipe Calderon')).toBe(map.get('Felipe Calderón'));
    expect(new Set([map.get('Joe Biden'), map.get('Joseph Biden'), map.get('J. Biden')]).size).toBe(1);
  });

  it('keeps a description as it is: "the friend" is no organisation, and one outlet’s friend need not be another’s', () => {
    const map = canonicalSpeakers([['the friend', 'a friend', "Smith's step-grandmother", 'the White House']]);
    expect(map.get('the friend')).toBe('the friend');
    expect(map.get('a friend')).toBe('a friend');
    expect(map.get("Smith's step-grandmother")).toBe("Smith's step-grandmother");
    expect(map.get('the White House')).toBe('White House');
  });

  it('keeps apart people who share a surname, and leaves an ambiguous surname alone', () => {
    const map = canonicalSpeakers([['Joe Biden', 'Hunter Biden', 'Biden', 'Mr. Biden']]);
    expect(map.get('Joe Biden')).toBe('Joe Biden');
    expect(map.get('Hunter Biden')).toBe('Hunter Biden');
    expect(map.get('Biden')).toBe('Biden');
    expect(map.get('Mr. Biden')).toBe('Biden');
  });

  it('keeps a surname apart from the one woman of that surname named in full when an article gives both ("Trump" beside "Melania Trump")', () => {
    const map = canonicalSpeakers([['Melania Trump', 'Trump'], ['Trump']]);
    expect(map.get('Trump')).toBe('Trump');
    expect(map.get('Melania Trump')).toBe('Melania Trump');
    // … a surname alone elsewhere is hers ("Clinton said" of Hillary Clinton), and so is a man's beside him
    expect(canonicalSpeakers([['Hillary Clinton'], ['Clinton']]).get('Clinton')).toBe('Hillary Clinton');
    expect(canonicalSpeakers([['Peter King', 'King']]).get('King')).toBe('Peter King');
  });

  it('keeps a junior apart from his father', () => {
    const map = canonicalSpeakers([['Donald Trump', 'Donald Trump Jr.', 'Trump']]);
    expect(map.get('Donald Trump Jr.')).toBe('Donald Trump Jr.');
    expect(map.get('Trump')).toBe('Donald Trump');
  });

  it('maps every input name, unmatched names to themselves', () => {
    const names = ['Jens Stoltenberg', 'NATO', '', 'Ursula von der Leyen'];
    const map = canonicalSpeakers([names]);
    expect([...map.keys()].sort()).toEqual([...names].sort());
    expect(map.get('Jens Stoltenberg')).toBe('Jens Stoltenberg');
    expect(map.get('Ursula von der Leyen')).toBe('Ursula von der Leyen');
  });
});

describe('canonicalSpeakers: organisations', () => {
  it('treats "State Department" and "U.S. Department of State" as one body, naming it fully', () => {
    const map = canonicalSpeakers([['State Department', 'U.S. Department of State']]);
    expect(map.get('State Department')).toBe('U.S. Department of State');
  });

  it('normalises Defence/Defense and a leading "the"', () => {
    const map = canonicalSpeakers([['the UK Ministry of Defence', 'UK Ministry of Defense', 'Defense Ministry']]);
    const canon = new Set(map.values());
    expect(canon.size).toBe(1);
    expect([...canon][0]).not.toMatch(/^the /);
  });

  it('does not merge a person with an organisation that shares a word', () => {
    const map = canonicalSpeakers([['Vicente Fox', 'Fox', 'Fox News']]);
    expect(map.get('Fox')).toBe('Vicente Fox');
    expect(map.get('Fox News')).toBe('Fox News');
  });

  it('keeps a broadcaster named by its country whole ("State media" is no Ms. Media)', () => {
    const map = canonicalSpeakers([['State media', 'Kim Jong Un'], ['Iranian television']]);
    expect(map.get('State media')).toBe('State media');
    expect(map.get('Iranian television')).toBe('Iranian television');
  });
});

describe('canonicalSpeakers on a real story', () => {
  it('gives Blinken one name across the five seed articles', () => {
    const names = loadArticles('seeds').flatMap((a) =>
      attributeSpeakers(a.text, extractQuotes(a.text)).filter((s): s is string => s !== null),
    );
    const map = canonicalSpeakers([names]);
    const blinken = new Set(names.filter((n) => /Blinken$/.test(n)).map((n) => map.get(n)));
    // outlets spell him Anthony and Antony
    expect(new Set(names.filter((n) => /Blinken$/.test(n))).size).toBeGreaterThan(1);
    expect(blinken.size).toBe(1);
    expect([...blinken][0]).toMatch(/^Ant(h)?ony Blinken$/);
  });
});
