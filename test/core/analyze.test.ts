import fc from 'fast-check';
import { analyzeArticles } from '../../src/core/analyze';
import type { Article } from '../../src/core/types';
import { loadArticles } from '../support/shared';

function checkReport(articles: Article[]) {
  const report = analyzeArticles(articles);
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const ids = new Set<string>();
  for (const a of report.articles) {
    const text = texts.get(a.id)!;
    for (const item of [...a.quotes, ...a.figures]) {
      expect(text.slice(item.start, item.end)).toBe(item.text);
      expect(ids.has(item.id)).toBe(false);
      ids.add(item.id);
    }
  }
  for (const g of [...report.quoteGroups, ...report.figureGroups]) for (const m of g.members) expect(ids.has(m)).toBe(true);
  return report;
}

describe('analyzeArticles', () => {
  it('keeps given stories and reports every article once, in input order', () => {
    const seeds = loadArticles('seeds');
    const report = checkReport(seeds);
    expect(report.articles.map((a) => a.id)).toEqual(seeds.map((a) => a.id));
    expect(new Set(report.articles.map((a) => a.story))).toEqual(new Set([seeds[0].story]));
  });

  it('only groups quotes and figures of one story', () => {
    const basil = loadArticles('basil').slice(0, 30);
    const report = checkReport(basil);
    const storyOf = new Map(report.articles.flatMap((a) => [...a.quotes, ...a.figures].map((x) => [x.id, a.story] as const)));
    for (const g of [...report.quoteGroups, ...report.figureGroups]) expect(new Set(g.members.map((m) => storyOf.get(m))).size).toBe(1);
  });

  it('treats quotes holding markup or script as text (property: any text, never a throw, spans exact)', () => {
    const hostile = fc.constantFrom('“<script>alert(1)</script>,” he said.', '"<img src=x onerror=alert(1)>"', '‘', '’', '"', '«', '»', '\n\n', ' 1,000 ', '12th', 'Mr. Smith said', '$2.5bn');
    const text = fc.array(fc.oneof(hostile, fc.string({ maxLength: 20 })), { maxLength: 40 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        checkReport(texts.map((t, i) => ({ id: `a${i}`, outlet: `Outlet ${i % 2}`, text: t, date: '2022-03-06' })));
      }),
      { numRuns: 150 },
    );
  });
});
