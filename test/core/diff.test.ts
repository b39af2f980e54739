import { diffWording } from '../../src/core/diff';

describe('diffWording', () => {
  it('marks words only in the other wording as added and only in the base as removed', () => {
    const parts = diffWording('They are very reliable and we are documenting everything', 'They are very trustworthy and we document everything');
    expect(parts.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(expect.arrayContaining(['reliable']));
    expect(parts.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual(expect.arrayContaining(['trustworthy']));
  });

  it('treats curly and straight apostrophes and case as the same', () => {
    expect(diffWording('We’re documenting', "we're documenting").every((p) => p.op === 'same')).toBe(true);
  });

  it('keeps each wording recoverable from its parts, markup included as plain text', () => {
    const base = 'a <b>bold</b> claim, said twice';
    const other = 'a <script>x</script> claim said once';
    const parts = diffWording(base, other);
    const side = (skip: string) => parts.filter((p) => p.op !== skip).map((p) => p.text).join('').replace(/\s+/g, ' ');
    expect(side('removed')).toBe(other);
    expect(side('added')).toBe(base);
  });
});
