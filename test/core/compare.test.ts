// The comparison the side panel shows: a page beside the stored story it was recognised as.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysePage, compareWithStory, MAX_PAGE_FIGURES, MAX_PAGE_TEXT, type StoryWithKey } from '../../src/core/compare';
import type { Comparison, OtherWording, QuoteComparison } from '../../src/core/comparison';
import { MemoryCorpus } from '../../src/core/memory-corpus';
import { buildPack } from '../../src/core/pack-build';
import type { QuoteRecord } from '../../src/core/pack-format';
import { recognize } from '../../src/core/recognize';
import type { Article } from '../../src/core/types';
import { article, loadArticles, SHARED } from '../support/shared';

/** The one story of a pack built from `articles` (they must all report it). */
function storyOf(articles: readonly Article[]): StoryWithKey {
  const { stories } = buildPack(articles);
  expect(stories).toHaveLength(1);
  return { ...stories[0], storyKey: 'test\u0000' + stories[0].story.id };
}

const seeds = loadArticles('seeds');

/** A seed article as the page, compared with a pack of the other four. */
function seedComparison(pageId: string, text?: string): { comparison: Comparison; story: StoryWithKey } {
  const page = article('seeds', pageId);
  const story = storyOf(seeds.filter((a) => a.id !== pageId));
  const comparison = compareWithStory({ ...page, text: text ?? page.text }, story, { how: 'story', score: 0.42, article: null });
  return { comparison, story };
}

/** The compared quote whose page text contains `snippet`. */
function quoteWith(comparison: Comparison, snippet: string): QuoteComparison {
  const found = comparison.quotes.find((q) => q.anchor.exact.includes(snippet));
  if (!found) throw new Error(`no compared quote with "${snippet}"`);
  return found;
}

function otherFrom(quote: QuoteComparison, articleId: string): OtherWording {
  const found = quote.others.find((o) => o.articleId === articleId);
  if (!found) throw new Error(`no wording from ${articleId}`);
  return found;
}

const normalise = (text: string): string => text.replace(/[’‘]/g, "'").replace(/\s+/g, '').toLowerCase();

describe('compareWithStory on the seed story', () => {
  it('shows the war-crimes quote with every other outlet’s wording, word differences marked', () => {
    const { comparison } = seedComparison('seed-001');
    const quote = quoteWith(comparison, 'that would constitute a war crime');
    expect(quote.speaker).toMatch(/Blinken$/);
    expect(new Set(quote.others.map((o) => o.articleId))).toEqual(new Set(['seed-000', 'seed-002', 'seed-003', 'seed-004']));
    // Business Insider: "attacks against civilians" where the page has "attacks on civilians".
    const insider = otherFrom(quote, 'seed-002');
    expect(insider.outlet).toBe('Business Insider');
    expect(insider.relation).toBe('reworded');
    expect(insider.diff).toContainEqual({ op: 'removed', text: 'on' });
    expect(insider.diff).toContainEqual({ op: 'added', text: 'against' });
    expect(insider.diff.some((p) => p.op === 'same' && p.text.includes('deliberate attacks'))).toBe(true);
    // One wording per outlet, in outlet order.
    const outlets = quote.others.map((o) => o.outlet.toLowerCase());
    expect(outlets).toEqual([...outlets].sort());
  });

  it('names fragments, longer wordings and the same words as such', () => {
    const full = quoteWith(seedComparison('seed-000').comparison, 'amounting to war crimes');
    const fragment = otherFrom(full, 'seed-001');
    expect(fragment.text).toBe('very credible reports of deliberate attacks on civilians');
    expect(fragment.relation).toBe('fragment');
    expect(fragment.diff.filter((p) => p.op === 'added')).toEqual([]);

    const short = quoteWith(seedComparison('seed-001').comparison, 'very credible reports of deliberate attacks on civilians');
    expect(short.anchor.exact).toBe('very credible reports of deliberate attacks on civilians');
    expect(otherFrom(short, 'seed-000').relation).toBe('longer');
    // "…on civilians." differs only by its full stop.
    expect(otherFrom(short, 'seed-002').relation).toBe('same');
  });

  it('anchors every compared quote in the page text, in reading order, with ids q0, q1, …', () => {
    for (const seed of seeds) {
      const { comparison } = seedComparison(seed.id);
      expect(comparison.pageQuotes).toBe(analysePage(seed.text).quotes.length);
      expect(comparison.pageQuotes).toBeGreaterThanOrEqual(comparison.quotes.length);
      comparison.quotes.forEach((q, i) => {
        expect(q.id).toBe(`q${i}`);
        if (i > 0) expect(q.anchor.start).toBeGreaterThan(comparison.quotes[i - 1].anchor.start);
        const { start, end, exact, prefix, suffix } = q.anchor;
        expect(seed.text.slice(start, end)).toBe(exact);
        expect(seed.text.slice(start - prefix.length, start)).toBe(prefix);
        expect(seed.text.slice(end, end + suffix.length)).toBe(suffix);
        expect(prefix.length).toBeLessThanOrEqual(32);
        expect(suffix.length).toBe(Math.min(32, seed.text.length - end));
        expect(q.others.length).toBeGreaterThan(0);
        for (const other of q.others) {
          expect(other.articleId).not.toBe(seed.id);
          // The diff rebuilds both wordings (up to case and spacing, which jsdiff does not keep
          // exactly): the page's from 'same' + 'removed', theirs from 'same' + 'added'.
          const rebuilt = (op: string) => normalise(other.diff.filter((p) => p.op !== op).map((p) => p.text).join(''));
          expect(rebuilt('added')).toBe(normalise(exact));
          expect(rebuilt('removed')).toBe(normalise(other.text));
        }
      });
    }
  });

  it('pairs only quotes that the gold says render the same utterance (each seed as the page)', () => {
    const gold = JSON.parse(readFileSync(join(SHARED, 'eval', 'seeds.gold.json'), 'utf8')) as {
      quotes: { article: string; start: number; end: number; utterances: string[]; minor: boolean }[];
    };
    const texts = new Map(seeds.map((a) => [a.id, a.text]));
    // As score.mjs: ranges trimmed of marks, punctuation and spaces, matched at IoU ≥ 0.8.
    const edge = /[\s"'“”‘’«»„‚‹›.,;:!?()[\]—–-]/;
    const trim = (id: string, start: number, end: number): [number, number] => {
      const t = texts.get(id)!;
      while (start < end && edge.test(t[start])) start++;
      while (end > start && edge.test(t[end - 1])) end--;
      return [start, end];
    };
    const goldQuote = (id: string, start: number, end: number) => {
      const [s, e] = trim(id, start, end);
      return gold.quotes.find((g) => {
        if (g.article !== id) return false;
        const [gs, ge] = trim(id, g.start, g.end);
        return (Math.min(e, ge) - Math.max(s, gs)) / (Math.max(e, ge) - Math.min(s, gs)) >= 0.8;
      });
    };
    let right = 0;
    let counted = 0;
    for (const seed of seeds) {
      const { comparison, story } = seedComparison(seed.id);
      for (const quote of comparison.quotes) {
        const ours = goldQuote(seed.id, quote.anchor.start, quote.anchor.end);
        for (const other of quote.others) {
          const record: QuoteRecord = story.quotes.find((r) => r.article === other.articleId && r.text.includes(other.text.split(' … ')[0]))!;
          const theirs = goldQuote(other.articleId, record.start, record.end);
          // Scare quotes and fragments ("very credible") are neither credited nor penalised, as in score.mjs.
          if (ours?.minor || theirs?.minor) continue;
          counted++;
          if (ours && theirs && ours.utterances.some((u) => theirs.utterances.includes(u))) right++;
        }
      }
    }
    expect(counted).toBeGreaterThanOrEqual(25);
    // Measured 29 of 31; the two misses are a page sentence the aligner files with a neighbouring utterance.
    expect(right / counted).toBeGreaterThanOrEqual(0.9);
  });

  it('pairs the seed figures and words a disagreement relative to the page', () => {
    const { comparison } = seedComparison('seed-000');
    expect(comparison.pageFigures).toBe(analysePage(article('seeds', 'seed-000').text).figures.length);
    const day = comparison.figures.find((f) => f.anchor.exact === '12th day')!;
    expect(day.others.map((o) => [o.articleId, o.text])).toEqual([['seed-002', '11th day']]);
    expect(day.others[0].context).toContain('11th day of Russia');
    expect(day.disagreement).toBe('Reported as the 11th day of the war elsewhere');

    // "More than a thousand" killed and wounded allows the other outlet's 364 killed + 759 wounded.
    const casualties = comparison.figures.find((f) => f.anchor.exact.includes('thousand'))!;
    expect(casualties.others.map((o) => o.value).sort((a, b) => a! - b!)).toEqual([364, 759]);
    expect(casualties.disagreement).toBeNull();
    comparison.figures.forEach((f, i) => expect(f.id).toBe(`f${i}`));
  });

  it('says when the other outlets’ parts add up to more than the page’s total', () => {
    const page = article('seeds', 'seed-000');
    const text = page.text.replace('more than a thousand people', 'nearly a thousand people');
    expect(text).not.toBe(page.text);
    const { comparison } = seedComparison('seed-000', text);
    const casualties = comparison.figures.find((f) => f.anchor.exact === 'nearly a thousand people')!;
    expect(casualties.qualifier).toBe('nearly');
    expect(casualties.disagreement).toBe('Another outlet reports more: 364 killed + 759 wounded = 1,123');
  });

  it('holds lengths of time in different units against each other ("almost five decades", "48 years")', () => {
    const stored: Article[] = [{ id: 'o1', outlet: 'Outlet One', story: 'k', date: '2017-05-26', title: 'Clinton returns to Wellesley',
      text: 'Hillary Clinton gave the commencement speech at Wellesley, 48 years after her own commencement speech there.' }];
    const page: Article = { id: 'p', outlet: 'Page', text: 'Clinton spoke at Wellesley almost five decades after her own commencement speech.' };
    const comparison = compareWithStory(page, storyOf(stored), { how: 'story', score: 0.5, article: null });
    const decades = comparison.figures.find((f) => f.anchor.exact === 'almost five decades')!;
    expect(decades.others.map((o) => o.text)).toEqual(['48 years']);
    expect(decades.disagreement).toBeNull();
  });

  it('words an age disagreement as numbers, whether outlets give the person\'s given name or not', () => {
    const stored: Article[] = [
      { id: 'o1', outlet: 'Outlet One', story: 'k', date: '2013-06-08', title: 'Santa Monica shooting', text: 'The gunman shot his brother, Chris Zawahri, 25, at home.' },
      { id: 'o2', outlet: 'Outlet Two', story: 'k', date: '2013-06-08', title: 'Santa Monica shooting', text: 'Police said the gunman shot his brother at home. Zawahri, 25, died there.' },
    ];
    const page: Article = { id: 'p', outlet: 'Page', text: 'The gunman shot his brother, Christopher Zawahri, 24, at home.' };
    const comparison = compareWithStory(page, storyOf(stored), { how: 'story', score: 0.5, article: null });
    expect(comparison.figures.find((f) => f.anchor.exact === '24')!.disagreement).toBe('Other outlets report a higher figure: 25');
    // … and an age given with no name at all, joined to the person's
    const unnamed = compareWithStory({ ...page, text: 'The gunman shot his 24-year-old brother at home.' }, storyOf(stored), { how: 'story', score: 0.5, article: null });
    expect(unnamed.figures.find((f) => f.anchor.exact === '24-year-old')!.disagreement).toBe('Other outlets report a higher figure: 25');
  });

  it('summarises the story: outlets with the page, first and last day, a headline, coverage oldest first', () => {
    const { comparison, story } = seedComparison('seed-000');
    expect(comparison.story).toMatchObject({ storyKey: story.storyKey, outlets: 5, firstDate: '2022-03-06', lastDate: '2022-03-07', how: 'story', score: 0.42 });
    expect(seeds.map((a) => a.title)).toContain(comparison.story.title);
    expect(comparison.coverage.map((a) => a.articleId)).toHaveLength(4);
    const dates = comparison.coverage.map((a) => a.date!);
    expect(dates).toEqual([...dates].sort());

    const untitled = storyOf(seeds.slice(1).map(({ title: _title, ...rest }) => rest));
    expect(compareWithStory(article('seeds', 'seed-000'), untitled, { how: 'story', score: 0.4, article: null }).story.title).toBeNull();
  });
});

describe('compareWithStory on corpus stories', () => {
  const basil = loadArticles('basil');
  const storyIds = [...new Set(basil.map((a) => a.story!))].sort().slice(0, 12);
  const subset = basil.filter((a) => storyIds.includes(a.story!));
  const content = buildPack(subset);
  const corpus = new MemoryCorpus([{ name: 'test', content }]);

  it('leaves out the stored article the page is (recognised by its address)', async () => {
    let compared = 0;
    for (const page of subset.filter((a) => a.url)) {
      const recognition = await recognize({ url: page.url, text: page.text }, corpus);
      expect(recognition).toMatchObject({ how: 'url', article: page.id });
      const stored = content.stories.find((s) => s.story.id === recognition.story)!;
      const comparison = compareWithStory(page, { ...stored, storyKey: recognition.storyKey! }, {
        how: recognition.how!, score: recognition.score, article: recognition.article,
      });
      expect(comparison.coverage.map((a) => a.articleId).sort()).toEqual(stored.articles.map((a) => a.id).filter((id) => id !== page.id).sort());
      for (const quote of comparison.quotes) {
        for (const other of quote.others) expect(other.articleId).not.toBe(page.id);
        expect(new Set(quote.others.map((o) => o.articleId)).size).toBe(quote.others.length);
      }
      compared += comparison.quotes.length;
    }
    // The same quotes in other outlets of the same story are found from the stored article's own text.
    expect(compared).toBeGreaterThan(50);
  });

  it('compares a page against a story with no quotes or figures in common without failing', () => {
    const stored = content.stories[0];
    const comparison = compareWithStory({ text: 'Nothing was said. Nothing was counted.' }, { ...stored, storyKey: 'k' }, { how: 'story', score: 0.3, article: null });
    expect(comparison).toMatchObject({ quotes: [], figures: [], pageQuotes: 0, pageFigures: 0 });
    expect(comparison.coverage).toHaveLength(stored.articles.length);
  });
});

describe('page text', () => {
  it('keeps markup in quotes as plain text', () => {
    const said = '“Nobody expected <script>alert(1)</script> in the budget <b>hearing</b> this week,” Senator Maria Lopez said.';
    const articles: Article[] = [
      { id: 'a', outlet: 'One', date: '2024-05-01', text: `The hearing ran late.\n\n${said}\n\nIt adjourned at noon.` },
      { id: 'b', outlet: 'Two', date: '2024-05-02', text: `Lawmakers argued for hours.\n\n${said}\n\nA vote is due Friday.` },
    ];
    const story = { ...buildPack(articles.map((a) => ({ ...a, story: 'hearing' }))).stories[0], storyKey: 'k' };
    const comparison = compareWithStory({ text: `Budget talks stalled.\n\n${said}` }, story, { how: 'story', score: 0.5, article: null });
    const [quote] = comparison.quotes;
    expect(quote.anchor.exact).toContain('<script>alert(1)</script>');
    expect(quote.others.map((o) => o.text)).toEqual([quote.anchor.exact, quote.anchor.exact]);
    expect(quote.others.every((o) => o.relation === 'same')).toBe(true);
  });

  it('analyses only the first MAX_PAGE_TEXT characters of a huge page', () => {
    const page = article('seeds', 'seed-003');
    const filler = 'Filler words without end. '.repeat(Math.ceil(MAX_PAGE_TEXT / 26));
    const text = `${page.text}\n\n${filler}\n\n“A quotation far past the cap,” she said.`;
    expect(text.length).toBeGreaterThan(MAX_PAGE_TEXT);
    const analysis = analysePage(text);
    expect(analysis.quotes.length).toBe(analysePage(page.text).quotes.length);
    expect(analysis.quotes.every((q) => q.end <= MAX_PAGE_TEXT)).toBe(true);
  });

  it('keeps the first MAX_PAGE_FIGURES figures of a page that is a table of numbers', () => {
    const table = Array.from({ length: MAX_PAGE_FIGURES * 3 }, (_, i) => `Turnout in district ${i} was ${i + 1}% of voters.`).join('\n');
    const { figures } = analysePage(table);
    expect(figures).toHaveLength(MAX_PAGE_FIGURES);
    expect(figures[0].value).toBe(1);
    expect(figures.every((f, i) => i === 0 || f.start > figures[i - 1].start)).toBe(true);
  });
});
