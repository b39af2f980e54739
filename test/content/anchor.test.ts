/**
 * @jest-environment jsdom
 */
// Ranges from selectors and back, on a live DOM (jsdom has Range; linkedom does not).
import { anchor, anchorAll, describe as describeRange, rangeOffsets } from '../../src/content/anchoring/anchor';
import { buildTextIndex } from '../../src/content/anchoring/text-index';

beforeEach(() => {
  document.body.innerHTML = `
    <nav><a href="/">Home</a></nav>
    <article>
      <p>The   mayor said <em>“we will
        rebuild”</em>&nbsp;on Friday.</p><p>“We will rebuild,” she said again.</p>
      <script>var quote = "we will rebuild";</script>
    </article>`;
});

describe('anchor', () => {
  it('returns a live Range over the quote, across elements and raw whitespace', () => {
    const range = anchor(document.body, { exact: 'said “we will rebuild” on', prefix: 'The mayor ' })!;
    expect(range.toString()).toBe('said “we will\n        rebuild”\u00a0on');
    expect(range.startContainer.parentElement!.tagName).toBe('P');
    expect(range.endContainer.parentElement!.tagName).toBe('P');
  });

  it('picks the occurrence its context names, and never text in scripts', () => {
    const second = anchor(document.body, { exact: 'We will rebuild', prefix: 'on Friday.\n“', suffix: ',” she said' })!;
    expect(second.startContainer.parentElement).toBe(document.querySelectorAll('p')[1]);
    const first = anchor(document.body, { exact: 'we will rebuild', prefix: 'mayor said “' })!;
    expect(first.startContainer.parentElement!.tagName).toBe('EM');
  });

  it('returns null for text the page does not hold', () => {
    expect(anchor(document.body, { exact: 'Taxes will fall next year for everyone' })).toBeNull();
  });

  it('anchors a list in one pass, null where a quote is missing', () => {
    const ranges = anchorAll(document.body, [{ exact: 'mayor' }, { exact: 'nowhere to be found at all' }, { exact: 'she said again' }]);
    expect(ranges.map((r) => r?.toString() ?? null)).toEqual(['mayor', null, 'she said again']);
  });
});

describe('describe', () => {
  it('describes a range so that anchoring the description finds the same range', () => {
    const paragraphs = document.querySelectorAll('p');
    const range = document.createRange();
    range.setStart(paragraphs[0].firstChild!, 6);
    range.setEnd(paragraphs[1].firstChild!, 3);
    const selector = describeRange(range, document.body);
    expect(selector.exact).toBe('mayor said “we will rebuild” on Friday. “We');
    expect(selector.prefix).toBe('Home The ');
    expect(selector.suffix).toBe(' will rebuild,” she said again.');
    const again = anchor(document.body, selector)!;
    expect(again.toString()).toBe(range.toString());
  });

  it('describes ranges whose ends are elements, not text', () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('em')!);
    expect(describeRange(range, document.body).exact).toBe('“we will rebuild”');
  });
});

describe('rangeOffsets', () => {
  it('gives the offsets of a selection across paragraphs in the normalised text, without the spaces at its ends', () => {
    const paragraphs = document.querySelectorAll('p');
    const index = buildTextIndex(document.body);
    const range = document.createRange();
    // From just after "The" (the spaces after it are selected too) to the start of the second paragraph.
    range.setStart(paragraphs[0].firstChild!, 3);
    range.setEnd(paragraphs[1].firstChild!, 3);
    const offsets = rangeOffsets(range, index)!;
    expect(index.text.slice(offsets.start, offsets.end)).toBe('mayor said “we will rebuild” on Friday. “We');
  });

  it('is null for a range over whitespace or script text only', () => {
    const index = buildTextIndex(document.body);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('script')!);
    expect(rangeOffsets(range, index)).toBeNull();
  });
});
