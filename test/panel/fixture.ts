// A small realistic Comparison for the panel's tests, hand-built from the seed story (Blinken on
// war crimes, March 2022): the page is the Portuguese-language outlet's report; the other
// wordings are the other seed articles' real quotes, diffed with the engine's own diffWording.
// The figures' other reports are made up in the engine's shapes (no second seed reports them).
import type { Comparison, OtherWording, PageAnchor, QuoteComparison, SourceArticle, WordingRelation } from '../../src/core/comparison';
import { diffWording } from '../../src/core/diff';
import { article } from '../support/shared';

const PAGE_ID = 'seed-001';

/** The first run of `id`'s text from `start` to `end` (both included, a closing quotation mark left out). */
function quoted(id: string, start: string, end: string): { text: string; at: number } {
  const text = article('seeds', id).text;
  const at = text.indexOf(start);
  const stop = text.indexOf(end, at);
  if (at < 0 || stop < 0) throw new Error(`no quotation "${start}…${end}" in ${id}`);
  return { text: text.slice(at, stop + end.length).replace(/[”"]$/, ''), at };
}

function anchorOf(start: string, end: string): PageAnchor {
  const pageText = article('seeds', PAGE_ID).text;
  const { text, at } = quoted(PAGE_ID, start, end);
  return { start: at, end: at + text.length, exact: text, prefix: pageText.slice(Math.max(0, at - 32), at), suffix: pageText.slice(at + text.length, at + text.length + 32) };
}

function source(id: string): SourceArticle {
  const a = article('seeds', id);
  return { articleId: a.id, outlet: a.outlet, title: `${a.outlet} on Blinken and war crimes`, url: `https://example.org/${a.id}`, date: a.date ?? null };
}

function wording(page: PageAnchor, id: string, start: string, end: string, relation: WordingRelation, speaker: string | null = 'Antony Blinken'): OtherWording {
  const text = quoted(id, start, end).text;
  return { ...source(id), text, speaker, relation, diff: diffWording(page.exact, text) };
}

function quote(id: string, start: string, end: string, others: (page: PageAnchor) => OtherWording[]): QuoteComparison {
  const anchor = anchorOf(start, end);
  return { id, anchor, speaker: 'Antony Blinken', others: others(anchor) };
}

/** The comparison of seed-001 with the rest of its story. */
export function blinkenComparison(): Comparison {
  const figureAnchor = anchorOf('364 civilians', 'civilians');
  const woundedAnchor = anchorOf('759 wounded', 'wounded');
  return {
    story: { storyKey: 'seeds/blinken-war-crimes-2022-03', title: 'Blinken: "very credible reports" of Russian war crimes', outlets: 5, firstDate: '2022-03-06', lastDate: '2022-03-07', how: 'story', score: 0.71 },
    quotes: [
      quote('q0', 'We’ve seen very credible reports of deliberate attacks on civilians that', 'certain weapons,', (page) => [
        wording(page, 'seed-002', 'We have seen very credible', 'being used,', 'reworded'),
        wording(page, 'seed-004', 'very credible reports about the use', 'weapons.', 'fragment'),
      ]),
      quote('q1', 'very credible reports of deliberate attacks on civilians”', '”', (page) => [
        wording(page, 'seed-002', 'very credible reports of deliberate attacks on civilians”', '”', 'same'),
        wording(page, 'seed-004', 'very credible reports”', '”', 'fragment'),
      ]),
      quote('q2', 'What we’re doing now', 'putting it all together,', (page) => [
        wording(page, 'seed-003', "What we're doing right now", 'putting it all together.', 'reworded', null),
        wording(page, 'seed-004', 'What we’re doing right now', 'putting it all together,', 'reworded', 'Jake Tapper'),
      ]),
    ],
    figures: [
      {
        id: 'f0', anchor: figureAnchor, value: 364, kind: 'count', qualifier: null, what: 'civilians killed',
        others: [{ ...source('seed-000'), text: 'more than a thousand people', value: 1000, qualifier: 'more than', context: 'bombings that have killed and wounded more than a thousand people' }],
        disagreement: 'Other outlets report more than 1,000',
      },
      {
        id: 'f1', anchor: woundedAnchor, value: 759, kind: 'count', qualifier: null, what: 'wounded',
        others: [{ ...source('seed-002'), text: '759 wounded', value: 759, qualifier: null, context: '364 civilians killed and 759 wounded' }],
        disagreement: null,
      },
    ],
    coverage: ['seed-002', 'seed-003', 'seed-004', 'seed-000'].map(source),
    pageQuotes: 6,
    pageFigures: 7,
  };
}
