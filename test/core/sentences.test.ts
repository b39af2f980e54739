import { splitSentences } from '../../src/core/sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital', () => {
    expect(texts('Now We are reviewing these reports. They are very reliable and we are documenting everything,')).toEqual([
      'Now We are reviewing these reports.',
      'They are very reliable and we are documenting everything,',
    ]);
  });

  it('does not split after titles, initials and U.S.', () => {
    expect(texts('Mr. Blinken said the U.S. Department of State and J. Smith agree.')).toHaveLength(1);
  });

  it('splits after a question or exclamation with closing marks', () => {
    expect(texts('Well, which is it? I am getting whipsawed here!')).toEqual(['Well, which is it?', 'I am getting whipsawed here!']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
