import fc from 'fast-check';
import { alignQuotes, type PlacedQuote } from '../../src/core/align';
import { analyzeArticles } from '../../src/core/analyze';
import { extractQuotes } from '../../src/core/quotes';
import { loadArticles } from '../support/shared';

let serial = 0;
function placed(articleId: string, text: string, speaker: string | null = null): PlacedQuote {
  return { articleId, quote: { id: `${articleId}:q${serial++}`, text, start: 0, end: text.length, openAt: -1, closeAt: -1, depth: 0, speaker } };
}

const membersOf = (groups: ReturnType<typeof alignQuotes>) => groups.map((g) => g.members.slice().sort());

describe('alignQuotes', () => {
  it('groups the same words quoted by two outlets, and marks them the same', () => {
    const a = placed('a', 'Such discussions are fully consistent with the relevant law and ethical requirements.');
    const b = placed('b', 'Such discussions are fully consistent with the relevant law and ethical requirements.');
    const groups = alignQuotes([a, b]);
    expect(membersOf(groups)).toEqual([[a.quote.id, b.quote.id].sort()]);
    expect(groups[0].variants.map((v) => v.relation).sort()).toEqual(['reference', 'same']);
  });

  it('groups one quote that two pages repeat hundreds of times, more than a word leads to as candidates', () => {
    const text = 'We will win this fight.';
    const copies = [...Array.from({ length: 300 }, () => placed('a', text)), ...Array.from({ length: 300 }, () => placed('b', text))];
    expect(membersOf(alignQuotes(copies))).toEqual([copies.map((p) => p.quote.id).sort()]);
  });

  it('links a fragment to the full quotation and calls it a fragment', () => {
    const full = placed('a', 'We have seen very credible reports of deliberate attacks against civilians that would constitute a war crime.');
    const fragment = placed('b', 'very credible reports of deliberate attacks against civilians');
    const [group] = alignQuotes([full, fragment]);
    expect(group.members.sort()).toEqual([full.quote.id, fragment.quote.id].sort());
    expect(group.variants.find((v) => v.quote === fragment.quote.id)!.relation).toBe('fragment');
  });

  it('links translations that word one sentence differently', () => {
    const a = placed('a', 'They are very reliable and we are documenting everything.');
    const b = placed('b', 'They’re very credible and we’re documenting everything.');
    const c = placed('c', 'They are very trustworthy and we document everything.');
    const groups = alignQuotes([a, b, c]);
    expect(membersOf(groups)).toEqual([[a, b, c].map((p) => p.quote.id).sort()]);
    const reworded = groups[0].variants.find((v) => v.relation === 'reworded')!;
    expect(reworded.diff.some((part) => part.op !== 'same')).toBe(true);
  });

  it('puts a quotation of two utterances into both groups', () => {
    const both = placed('a', 'We’ve seen very credible reports of deliberate attacks on civilians that would constitute a war crime. We’ve seen very credible reports of the use of certain weapons.');
    const first = placed('b', 'We have seen very credible reports of deliberate attacks against civilians that would constitute a war crime.');
    const second = placed('c', 'very credible reports about the use of certain weapons.');
    const groups = alignQuotes([both, first, second]);
    expect(membersOf(groups)).toEqual(
      expect.arrayContaining([[both.quote.id, first.quote.id].sort(), [both.quote.id, second.quote.id].sort()]),
    );
    expect(groups).toHaveLength(2);
  });

  it('does not link different statements that share common words', () => {
    const a = placed('a', 'You know if it had been a right wing blog, they would be booking this person on TV all day.');
    const b = placed('b', 'I have a right to know who you are.');
    const c = placed('c', 'This is America’s war.');
    const d = placed('d', 'There is no question that America must win the war on terror.');
    expect(alignQuotes([a, b, c, d])).toEqual([]);
  });

  it('links differently named speakers only on near-verbatim wording (one of the names is likely wrong)', () => {
    // BASIL: the NYT's copy of Santorum's words is attributed to "Obama", whom the sentence is about.
    const santorum = 'It’s about some phony ideal, some phony theology. Oh, not a theology based on the Bible, a different theology.';
    const a = placed('a', santorum, 'Rick Santorum');
    const b = placed('b', santorum, 'Obama');
    expect(membersOf(alignQuotes([a, b]))).toEqual([[a.quote.id, b.quote.id].sort()]);
    const c = placed('c', 'We will not back down from this fight for working families.', 'Nancy Pelosi');
    const d = placed('d', 'We will never back down from the fight for families who work.', 'John Boehner');
    const e = placed('e', 'We will never back down from the fight for families who work.', 'Nancy Pelosi');
    expect(membersOf(alignQuotes([c, d]))).toEqual([]);
    expect(membersOf(alignQuotes([c, e]))).toEqual([[c.quote.id, e.quote.id].sort()]);
  });

  it('takes a described speaker ("a neighbor") for anyone, as an unknown one', () => {
    const words = ['We will not back down from this fight for working families.', 'We will never back down from the fight for families who work.'];
    const named = placed('a', words[0], 'Nancy Pelosi');
    const described = placed('b', words[1], 'a neighbor');
    expect(membersOf(alignQuotes([named, described]))).toEqual([[named.quote.id, described.quote.id].sort()]);
  });

  it('reads "Jr." and the like as no part of a last name', () => {
    const a = placed('a', 'The matter will be resolved in the courts, as it should be.', 'Roger J. Stone Jr.');
    const b = placed('b', 'The matter will be resolved by the courts, as it should.', 'Roger Stone');
    expect(membersOf(alignQuotes([a, b]))).toEqual([[a.quote.id, b.quote.id].sort()]);
  });

  it('aligns a term quoted inside a quotation on its own, not as words the outer quotation renders', () => {
    const text = 'He need not have gotten physical with the students who asked about his support of the “Obama Agenda” at all.';
    const outer: PlacedQuote = { articleId: 'a', quote: { id: 'a:outer', text, start: 100, end: 100 + text.length, openAt: 99, closeAt: 100 + text.length, depth: 0, speaker: 'Mediaite' } };
    const termAt = text.indexOf('Obama Agenda');
    const term: PlacedQuote = { articleId: 'a', quote: { id: 'a:term', text: 'Obama Agenda', start: 100 + termAt, end: 100 + termAt + 12, openAt: 99 + termAt, closeAt: 100 + termAt + 12, depth: 1, speaker: null } };
    const fragment = placed('b', 'Obama agenda.');
    expect(membersOf(alignQuotes([outer, term, fragment]))).toEqual([[term.quote.id, fragment.quote.id].sort()]);
    // a statement quoted inside one stays part of what the outer quotation renders
    const said = placed('c', 'He said my uncle shot me and then he cried.');
    const inner: PlacedQuote = { articleId: 'c', quote: { ...said.quote, id: 'c:inner', text: 'my uncle shot me', start: 8, end: 24, depth: 1 } };
    const other = placed('d', 'My uncle shot me.');
    expect(membersOf(alignQuotes([said, inner, other]))).toEqual([[said.quote.id, inner.quote.id, other.quote.id].sort()]);
  });

  it('reads a quotation two levels in as words of the quote right around it only', () => {
    const text = 'The lawyer said: “The mayor told reporters outside City Hall: ‘“The fleet will sail at dawn on Monday.”’ We never saw that memo.”';
    const quotes = extractQuotes(text).map((q, i): PlacedQuote => ({ articleId: 'a', quote: { ...q, id: `a:${q.depth}:${i}`, speaker: null } }));
    expect(quotes.map((q) => q.quote.depth).sort()).toEqual([0, 1, 2]);
    const other = placed('b', 'The fleet will sail at dawn on Monday.');
    const [group] = alignQuotes([...quotes, other]);
    // the memo's words, and the mayor's quoting them, but not the lawyer's quoting the mayor
    expect(group.members.sort()).toEqual([...quotes.filter((q) => q.quote.depth > 0).map((q) => q.quote.id), other.quote.id].sort());
  });

  it('compares a run-on sentence a piece at a time, and finds a fragment in its piece', () => {
    const runOn = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const long = placed('a', runOn);
    const fragment = placed('b', Array.from({ length: 15 }, (_, i) => `word${150 + i}`).join(' '));
    const [group] = alignQuotes([long, fragment]);
    expect(group.members.sort()).toEqual([long.quote.id, fragment.quote.id].sort());
    const variant = group.variants.find((v) => v.quote === long.quote.id)!;
    expect(runOn.slice(variant.start, variant.end).split(' ')).toEqual(Array.from({ length: 120 }, (_, i) => `word${120 + i}`));
  });

  it('never groups quotes of a single article alone', () => {
    const a = placed('a', 'The world laughs at us.');
    const b = placed('a', 'The world laughs at us.');
    expect(alignQuotes([a, b])).toEqual([]);
  });

  it('on a real story, every group spans two articles and every variant lies inside its quote', () => {
    const basil = loadArticles('basil');
    const story = basil[0].story!;
    const report = analyzeArticles(basil.filter((a) => a.story === story));
    const quotes = new Map(report.articles.flatMap((a) => a.quotes.map((q) => [q.id, { q, article: a.id }] as const)));
    expect(report.quoteGroups.length).toBeGreaterThan(0);
    for (const group of report.quoteGroups) {
      expect(new Set(group.members.map((id) => quotes.get(id)!.article)).size).toBeGreaterThan(1);
      for (const v of (group as ReturnType<typeof alignQuotes>[number]).variants) {
        const { q } = quotes.get(v.quote)!;
        expect(v.start).toBeGreaterThanOrEqual(q.start);
        expect(v.end).toBeLessThanOrEqual(q.end);
      }
    }
  });

  it('never throws, and groups only quotes it was given (property)', () => {
    const quoteText = fc.array(fc.constantFrom('we', 'have', 'seen', 'reports', 'war', 'crime', 'the', 'very', '.', 'Credible', 'attacks', '’s'), { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), quoteText), { maxLength: 12 }), (items) => {
        const quotes = items.map(([article, text]) => placed(article, text));
        const ids = new Set(quotes.map((q) => q.quote.id));
        for (const group of alignQuotes(quotes)) for (const id of group.members) expect(ids.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
