import fc from 'fast-check';
import { extractQuotes, quotationEnd } from '../../src/core/quotes';
import type { QuoteSpan } from '../../src/core/types';
import { article, paragraphWith } from '../support/shared';

const QUOTE_MARKS = '"“”„‟«»‹›\'‘’‚‛`';

/** The quoted texts, in order. */
const quoted = (text: string): string[] => extractQuotes(text).map((q) => q.text);

/** The one span whose text contains `snippet`; fails the test when there is not exactly one. */
function spanWith(spans: QuoteSpan[], snippet: string): QuoteSpan {
  const found = spans.filter((q) => q.text.includes(snippet));
  expect(found).toHaveLength(1);
  return found[0];
}

describe('extractQuotes on made-up sentences', () => {
  it('finds nothing in text without quotation marks', () => {
    expect(extractQuotes('')).toEqual([]);
    expect(extractQuotes('No quotes here.\n\nNor here.')).toEqual([]);
  });

  it('reports one span per pair, marks excluded, with offsets into the text', () => {
    const text = 'Blinken said “very credible reports” exist.';
    expect(extractQuotes(text)).toEqual([
      { start: 14, end: 35, text: 'very credible reports', openAt: 13, closeAt: 35, depth: 0 },
    ]);
  });

  it('does not take apostrophes, elisions or possessives for quotation marks', () => {
    expect(extractQuotes("We're sure Russia's plan won't work, the players' union said of the '90s.")).toEqual([]);
    expect(extractQuotes('Don’t read the People’s Republic’s claims, the officials’ office said in the ’90s.')).toEqual([]);
    expect(extractQuotes("Rock 'n' roll, 'til dawn, tell 'em.")).toEqual([]);
  });

  it('does not take foot and inch marks for quotation marks', () => {
    expect(extractQuotes('He is 6\'2" and ordered a 12" pizza; she is 5\' 9".')).toEqual([]);
    expect(quoted('"He is 6\'2" tall," she said.')).toEqual(['He is 6\'2" tall,']);
  });

  it('pairs straight double quotes by the characters around them', () => {
    expect(quoted('"Yes," he said, "we will." Then "soon" and "later".')).toEqual(['Yes,', 'we will.', 'soon', 'later']);
    // A stray closing mark is skipped instead of opening a quotation that runs on.
    expect(quoted('Asked if it was "debasing" the nation," he said, "I don\'t think so."')).toEqual([
      'debasing',
      "I don't think so.",
    ]);
  });

  it('reports a quotation nested in another, the inner one with depth 1', () => {
    const spans = extractQuotes('"He told me \'never again\' and left," she said.');
    expect(spans.map((q) => [q.text, q.depth])).toEqual([
      ["He told me 'never again' and left,", 0],
      ['never again', 1],
    ]);
    const curly = extractQuotes('“They ‘love their friends’ but ‘don’t approve’ of them.”');
    expect(curly.map((q) => [q.text, q.depth])).toEqual([
      ['They ‘love their friends’ but ‘don’t approve’ of them.', 0],
      ['love their friends', 1],
      ['don’t approve', 1],
    ]);
  });

  it('reads headline quotations in single marks', () => {
    expect(quoted("U.S. Has 'Credible' Reports of War Crimes, Blinken Says")).toEqual(['Credible']);
    expect(quoted("Blinken: 'Very Credible Reports' of Attacks")).toEqual(['Very Credible Reports']);
  });

  it('reads French spaced guillemets and German reversed ones', () => {
    expect(quoted('Il a dit « Bonjour » hier.')).toEqual([' Bonjour ']);
    expect(quoted('Er sagte »Das ist gut« und ging.')).toEqual(['Das ist gut']);
  });

  it('keeps a same-kind quotation nested mid-sentence inside its quotation', () => {
    const closed = extractQuotes('“She was a true “hippie” who marched,” he said.');
    expect(closed.map((q) => [q.text, q.depth])).toEqual([
      ['She was a true “hippie” who marched,', 0],
      ['hippie', 1],
    ]);
    const unclosed = extractQuotes('“She was a true “hippie” who marched.\n\nHe left.');
    expect(unclosed.map((q) => [q.text, q.closeAt, q.depth])).toEqual([
      ['She was a true “hippie” who marched.', -1, 0],
      ['hippie', 23, 1],
    ]);
  });

  it('reads guillemets, low-9 marks and typewriter quotes', () => {
    expect(quoted('Il a dit «bonjour» et ‹salut›.')).toEqual(['bonjour', 'salut']);
    expect(quoted('Er sagte: „Das ist gut.“ Dann ‚klein‘ genug.')).toEqual(['Das ist gut.', 'klein']);
    expect(quoted('Powiedział „tak” wczoraj.')).toEqual(['tak']);
    expect(quoted("``Hello,'' he said.")).toEqual(['Hello,']);
    expect(quoted('Known as Donnell “Pops a lot’’ Strong.')).toEqual(['Pops a lot']);
    expect(quoted('Han sa ”hej” igen.')).toEqual(['hej']);
  });

  it('joins a quotation continued over paragraphs into one span', () => {
    const text = '"First part of it.\n\n"Second part," he said.';
    const [span, ...rest] = extractQuotes(text);
    expect(rest).toEqual([]);
    expect(span).toMatchObject({ openAt: 0, start: 1, closeAt: text.indexOf('," he') + 1, depth: 0 });
    expect(span.text).toBe('First part of it.\n\n"Second part,');
  });

  it('does not continue a partial quotation left open into the next paragraph', () => {
    const text = 'He called the decision "the right thing to do.\n\n"There is little doubt," he said.';
    expect(extractQuotes(text).map((q) => [q.text, q.closeAt])).toEqual([
      ['the right thing to do.', -1],
      ['There is little doubt,', text.lastIndexOf('"')],
    ]);
  });

  it('closes a double quotation left open at a paragraph end there, without crossing it', () => {
    const text = 'She said, "It is clear, frankly.\n\nThe next paragraph is narrative.';
    expect(extractQuotes(text)).toEqual([
      { start: 11, end: 32, text: 'It is clear, frankly.', openAt: 10, closeAt: -1, depth: 0 },
    ]);
  });

  it('drops a single mark left open at a paragraph end', () => {
    expect(extractQuotes("He said 'maybe, and left.\n\nThen 'x' came.")).toMatchObject([{ text: 'x' }]);
  });

  it('ends a quotation that lost its closing mark before the next sentence that opens one', () => {
    const spans = extractQuotes('“We have members, Mr. Rother said. “I’m sure some will not be happy.”');
    expect(spans.map((q) => [q.text, q.closeAt, q.depth])).toEqual([
      ['We have members, Mr. Rother said.', -1, 0],
      ['I’m sure some will not be happy.', 68, 0],
    ]);
  });

  it('closes an open quotation with a mark that smart-quote software turned the wrong way', () => {
    const text = '“It is troubling that they mock ‘God Bless America.’ “\n\nSign up.';
    const [outer, inner] = extractQuotes(text);
    expect(outer).toMatchObject({ text: 'It is troubling that they mock ‘God Bless America.’ ', closeAt: text.lastIndexOf('“') });
    expect(inner).toMatchObject({ text: 'God Bless America.', depth: 1 });
  });

  it('takes an opening mark typed twice for one mark', () => {
    expect(extractQuotes('"“Guilty?" he asked.')).toMatchObject([{ text: 'Guilty?', openAt: 0, start: 2 }]);
  });

  it('skips empty pairs of marks', () => {
    expect(extractQuotes('An empty "" pair and “ ” another.')).toEqual([]);
  });
});

describe('extractQuotes on real paragraphs', () => {
  it('reads a headline quotation in single marks', () => {
    expect(quoted(paragraphWith('seeds', "Has 'Credible' Reports"))).toEqual(['Credible']);
  });

  it('keeps a possessive inside a curly quotation', () => {
    const paragraph = paragraphWith('seeds', 'People’s Republics');
    expect(quoted(paragraph)).toContain('Donetsk and Luhansk People’s Republics');
  });

  it('skips the feet and inches of a suspect description', () => {
    const paragraph = paragraphWith('gva', '5\'9" to 5\'10"');
    expect(extractQuotes(paragraph)).toEqual([]);
  });

  it('does not let a quotation that lost its closing mark swallow the next one', () => {
    const spans = extractQuotes(paragraphWith('basil', 'We have such a broad membership'));
    expect(spans).toHaveLength(2);
    expect(spans[0].text.startsWith('We have such a broad membership')).toBe(true);
    expect(spans[0].end).toBeLessThan(spans[1].openAt);
    expect(spans[1].text.startsWith('I’m sure')).toBe(true);
  });

  it('closes a quotation at a closing mark typed as an opening one before the paragraph end', () => {
    const paragraph = paragraphWith('allsides', 'Kennedy said the statement disparages religion');
    const outer = spanWith(extractQuotes(paragraph), 'Kennedy said');
    expect(outer.closeAt).toBe(paragraph.trimEnd().length - 1);
    expect(paragraph[outer.closeAt]).toBe('“');
  });

  it('joins a statement quoted over three paragraphs into one span', () => {
    const { text } = article('gva', 'gva-d81ec4860f6b');
    const span = spanWith(extractQuotes(text), 'no fatalities');
    expect(text[span.openAt]).toBe('"');
    expect(span.text.split('\n\n')).toHaveLength(3);
    expect(span.text).toContain('Detectives are conducting interviews');
    expect(text[span.closeAt]).toBe('"');
  });

  it('continues a quotation at a paragraph that opens with a closing-shaped mark', () => {
    const { text } = article('gva', 'gva-a99c752b9f2e');
    const span = spanWith(extractQuotes(text), 'My kids are pretty upset');
    expect(span.text).toContain('He was one of my JV wrestlers');
    expect(span.closeAt).toBeGreaterThan(0);
  });
});

describe('extractQuotes invariants', () => {
  const marksAndText = fc
    .array(fc.constantFrom(...QUOTE_MARKS, ' ', ' ', '\n', '\n\n', 'a', 'b', 'A', '1', '.', ',', '—', '(', 's', '’s'), {
      maxLength: 120,
    })
    .map((parts) => parts.join(''));
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), marksAndText);

  function checkInvariants(text: string): void {
    const spans = extractQuotes(text);
    let previousStart = -1;
    for (const span of spans) {
      expect(span.text).toBe(text.slice(span.start, span.end));
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(span.start).toBeGreaterThanOrEqual(previousStart);
      previousStart = span.start;
      expect(QUOTE_MARKS).toContain(text[span.openAt]);
      expect(span.openAt).toBeLessThan(span.start);
      if (span.closeAt >= 0) {
        expect(QUOTE_MARKS).toContain(text[span.closeAt]);
        expect(span.end).toBe(span.closeAt);
      }
      expect(span.depth).toBeGreaterThanOrEqual(0);
      // A span crosses a paragraph break only where the next paragraph reopens the quotation.
      for (const gap of span.text.matchAll(/\s*\n\s*/g)) {
        expect(QUOTE_MARKS).toContain(span.text[(gap.index ?? 0) + gap[0].length]);
      }
    }
  }

  it('holds for arbitrary text and for text dense in quotation marks', () => {
    fc.assert(fc.property(anyText, (text) => checkInvariants(text)), { numRuns: 2000 });
  });

  it('handles a megabyte of text in one linear pass', () => {
    const sentence = 'He said, "It\'s 6\'2" and “they’re ‘fine’.\n\n“Yes,” she added. \'Very\' ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const spans = extractQuotes(text);
    expect(spans.length).toBeGreaterThan(40_000);
    checkInvariants(text.slice(0, 5000));
    // Adversarial runs of marks alone.
    expect(extractQuotes('“'.repeat(1_000_000))).toEqual([]);
    expect(extractQuotes(' "a'.repeat(300_000)).length).toBeLessThanOrEqual(1);
  });
});

describe('quotationEnd', () => {
  it('ends a quotation after its closing mark, both code units of a typewriter double, or at its end when unclosed', () => {
    const text = `"It was fine,'' said John. “Yes,” he said. He said: “It goes on`;
    const [fine, yes, unclosed] = extractQuotes(text);
    expect(text.slice(quotationEnd(text, fine))).toBe(' said John. “Yes,” he said. He said: “It goes on');
    expect(text.slice(quotationEnd(text, yes))).toBe(' he said. He said: “It goes on');
    expect(quotationEnd(text, unclosed)).toBe(text.length);
  });
});
