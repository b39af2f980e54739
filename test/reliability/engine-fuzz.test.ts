// The engine against hostile text: arbitrary strings and real articles mutated (cut, truncated,
// quotes unbalanced, huge repeated runs, RTL and bidi controls, control characters, lone
// surrogates). Whatever the text, no function throws or hangs, and every span it reports is the
// slice of the text its offsets name.
import fc from 'fast-check';
import { analyzeArticle, analyzeArticles } from '../../src/core/analyze';
import { analysePage, compareWithStory, type StoryWithKey } from '../../src/core/compare';
import { extractFigures } from '../../src/core/figures';
import { MemoryCorpus } from '../../src/core/memory-corpus';
import { buildPack } from '../../src/core/pack-build';
import { extractQuotes } from '../../src/core/quotes';
import { recognize } from '../../src/core/recognize';
import { attributeSpeakers } from '../../src/core/speakers';
import type { Article, Report } from '../../src/core/types';
import { loadArticles } from '../support/shared';
import { applyEdits, HOSTILE_CHARS, HUGE_RUNS, runs, Tally, textEdits } from './budget';

jest.setTimeout(120_000);

const tally = new Tally('engine-fuzz');
afterAll(() => console.log(tally.summary()));

/**
 * Runs `step` on `text` and records its time for the summary. A hang fails the test through its
 * timeout; how the time grows with the text is measured by `npm run bench`.
 */
function timed<T>(kind: string, text: string, step: () => T): T {
  const started = performance.now();
  const result = step();
  tally.time(kind, performance.now() - started, text.length);
  return result;
}

/** A span is in the text and its `text` is exactly the slice its offsets name. */
function expectSlice(text: string, span: { start: number; end: number; text: string }, what: string): void {
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
    throw new Error(`${what}: offsets ${span.start}…${span.end} outside a text of ${text.length}`);
  }
  if (text.slice(span.start, span.end) !== span.text) throw new Error(`${what}: text differs from the slice ${span.start}…${span.end}`);
}

/** Quotes, speakers and figures of one text, with every invariant checked. */
function checkExtraction(text: string): void {
  const quotes = timed('extractQuotes', text, () => extractQuotes(text));
  for (const q of quotes) {
    expectSlice(text, q, 'quote');
    if (!(q.openAt < q.start && (q.closeAt === -1 || q.closeAt >= q.end))) throw new Error(`quote marks of ${q.start}…${q.end} misplaced`);
  }
  const speakers = timed('attributeSpeakers', text, () => attributeSpeakers(text, quotes));
  expect(speakers).toHaveLength(quotes.length);
  if (!speakers.every((s) => s === null || typeof s === 'string')) throw new Error('a speaker is neither a name nor null');
  const figures = timed('extractFigures', text, () => extractFigures(text));
  for (const f of figures) {
    expectSlice(text, f, 'figure');
    if (!(f.value === null || Number.isFinite(f.value))) throw new Error(`figure ${f.text} has value ${f.value}`);
  }
  const analysis = timed('analyzeArticle', text, () => analyzeArticle({ id: 'x', outlet: 'o', text }, 's'));
  for (const q of analysis.quotes) expectSlice(text, q, 'analysed quote');
  for (const f of analysis.figures) expectSlice(text, f, 'analysed figure');
}

/** A report's spans are slices of their own article's text and its groups name existing items. */
function checkReport(articles: readonly Article[], report: Report): void {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const ids = new Set<string>();
  for (const analysis of report.articles) {
    const text = texts.get(analysis.id)!;
    for (const q of analysis.quotes) {
      expectSlice(text, q, `quote ${q.id}`);
      ids.add(q.id);
    }
    for (const f of analysis.figures) {
      expectSlice(text, f, `figure ${f.id}`);
      ids.add(f.id);
    }
  }
  // Plain checks in the loops: `expect` per item costs seconds on 50 KB runs of figures.
  for (const group of [...report.quoteGroups, ...report.figureGroups]) {
    for (const member of group.members) if (!ids.has(member)) throw new Error(`group ${group.id} names an unknown item ${member}`);
  }
  for (const group of report.quoteGroups) {
    for (const variant of group.variants) {
      const text = texts.get(variant.articleId)!;
      if (!(variant.start >= 0 && variant.start <= variant.end && variant.end <= text.length)) throw new Error(`variant of ${variant.quote} outside its text`);
    }
  }
}

// Real articles: the seed story (five outlets), and a spread of GVA and BASIL articles.
const seeds = loadArticles('seeds');
const gva = loadArticles('gva').filter((_, i) => i % 97 === 0).slice(0, 12);
const basil = loadArticles('basil').filter((_, i) => i % 53 === 0).slice(0, 12);
const realArticles = [...seeds, ...gva, ...basil];

const seedStory: StoryWithKey = (() => {
  const { stories } = buildPack(seeds);
  return { ...stories[0], storyKey: 'seeds\u0000' + stories[0].story.id };
})();
const corpus = new MemoryCorpus([
  { name: 'seeds', content: buildPack(seeds) },
  { name: 'basil', content: buildPack(loadArticles('basil').filter((a) => basil.some((b) => b.story === a.story))) },
]);

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...HOSTILE_CHARS, ' ', 'said', 'Smith', 'The', 'killed', 'percent'), { maxLength: 200 }).map((parts) => parts.join('')),
);

const mutatedArticle = fc.record({ source: fc.constantFrom(...realArticles), edits: textEdits(4000) }).map(({ source, edits }) => ({
  ...source,
  text: applyEdits(source.text, edits),
}));

describe('extraction never throws and reports true slices', () => {
  test('arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => tally.checkSync('arbitrary strings', () => checkExtraction(text))),
      { numRuns: runs(400) },
    );
  });

  test('real articles, mutated', () => {
    fc.assert(
      fc.property(mutatedArticle, (a) => tally.checkSync('mutated articles', () => checkExtraction(a.text))),
      { numRuns: runs(60) },
    );
  });

  /** 50 KB of distinct values ("1% 2% 3% …"): none groups with another, so clustering meets its worst case. */
  const distinctFigures = Array.from({ length: 9000 }, (_, i) => `${i + 1}% `).join('').slice(0, 50_000);

  /** Marks opened thousands of times, then closed: each quotation holds all those opened after it. */
  const nestedQuotations = '“Smith '.repeat(2000) + 'said the fleet sails at dawn' + '”'.repeat(2000);

  test.each([...HUGE_RUNS.map((unit) => [JSON.stringify(unit), unit]), ['distinct figures', distinctFigures], ['nested quotations', nestedQuotations]])('a 50 KB run of %s, alone and inside an article', (_name, unit) => {
    const run = unit.repeat(Math.ceil(50_000 / unit.length));
    const host = seeds[1].text;
    for (const text of [run, host.slice(0, 2000) + run + host.slice(2000)]) tally.checkSync('50 KB runs', () => checkExtraction(text));
    // Two outlets of one story with the run: every repeated figure or quote is grouped across them.
    const story = seeds.slice(0, 2).map((a) => ({ ...a, text: a.text + '\n\n' + run }));
    tally.checkSync('50 KB runs', () => checkReport(story, timed('analyzeArticles', run + run, () => analyzeArticles(story))));
    // A page with the run beside the stored story: the page's items join the stored ones.
    const page = { ...seeds[0], text: host.slice(0, 2000) + run + host.slice(2000) };
    tally.checkSync('50 KB runs', () => {
      const comparison = timed('compareWithStory', page.text, () => compareWithStory(page, seedStory, { how: 'story', score: 0.5, article: null }));
      for (const item of [...comparison.quotes, ...comparison.figures]) expectSlice(page.text, { ...item.anchor, text: item.anchor.exact }, `anchor ${item.id}`);
    });
  });
});

describe('the pipeline never throws', () => {
  test('analyzeArticles over sets of mutated and arbitrary articles', () => {
    const article = fc.oneof(
      mutatedArticle,
      anyText.map((text): Article => ({ id: 'arbitrary', outlet: 'Nowhere', text })),
    );
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 5 }), (list) => tally.checkSync('analyzeArticles sets', () => {
        // Ids must be unique within one input (Article.id); the same story keeps the story field.
        const articles = list.map((a, i) => ({ ...a, id: `${a.id}-${i}` }));
        const chars = articles.reduce((n, a) => n + a.text.length, 0);
        const report = timed('analyzeArticles', 'x'.repeat(chars), () => analyzeArticles(articles));
        expect(report.articles).toHaveLength(articles.length);
        checkReport(articles, report);
      })),
      { numRuns: runs(25) },
    );
  });

  test('compareWithStory and recognize on mutated pages', async () => {
    const page = fc.oneof(
      fc.record({ source: fc.constantFrom(...seeds), edits: textEdits(4000) }).map(({ source, edits }) => ({ ...source, text: applyEdits(source.text, edits) })),
      anyText.map((text) => ({ url: null, title: null, outlet: null, date: null, text })),
      // Hostile metadata too: the url, title and date reach canonicalUrl, the tokenizer and the date parser.
      fc.record({ url: fc.string({ unit: 'binary', maxLength: 60 }), title: fc.string({ unit: 'binary', maxLength: 60 }), date: fc.string({ maxLength: 30 }), text: anyText }),
    );
    await fc.assert(
      fc.asyncProperty(page, (p) => tally.check('compare + recognize pages', async () => {
        const analysis = timed('analysePage', p.text, () => analysePage(p.text));
        const comparison = timed('compareWithStory', p.text, () => compareWithStory(p, seedStory, { how: 'story', score: 0.5, article: null }, analysis));
        for (const item of [...comparison.quotes, ...comparison.figures]) {
          expectSlice(p.text, { ...item.anchor, text: item.anchor.exact }, `anchor ${item.id}`);
          expect(p.text.slice(Math.max(0, item.anchor.start - item.anchor.prefix.length), item.anchor.start)).toBe(item.anchor.prefix);
          expect(p.text.slice(item.anchor.end, item.anchor.end + item.anchor.suffix.length)).toBe(item.anchor.suffix);
        }
        const started = performance.now();
        const recognition = await recognize(p, corpus);
        tally.time('recognize', performance.now() - started, p.text.length);
        expect(Number.isFinite(recognition.score) && recognition.score >= 0 && recognition.score <= 1 + 1e-9).toBe(true);
        expect(recognition.story === null).toBe(recognition.storyKey === null);
      })),
      { numRuns: runs(40) },
    );
  });
});
