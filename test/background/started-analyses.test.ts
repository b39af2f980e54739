// The comparison the background starts when it extracted a tab's article, taken by the content
// script's report of that article instead of a second comparison.
import { sameArticle, StartedAnalyses } from '../../src/background/started-analyses';
import type { ExtractedArticle } from '../../src/extract/extract';

const article: ExtractedArticle = {
  isArticle: true,
  url: 'https://news.example/2024/05/bridge-closes',
  canonicalUrl: 'https://news.example/2024/05/bridge-closes',
  title: 'Bridge closes for repairs',
  outlet: 'news.example',
  date: '2024-05-02T10:00:00.000Z',
  text: 'The bridge will close on Monday, the city said.\n"It is overdue," the mayor said.',
};

/** The article as a report brings it: a structured copy, not the object the background kept. */
const reported = (changes: Partial<ExtractedArticle> = {}): ExtractedArticle => ({ ...structuredClone(article), ...changes });

describe('StartedAnalyses', () => {
  it('hands the started comparison to the report of the same article, once, without comparing again', async () => {
    const started = new StartedAnalyses<string>();
    let runs = 0;
    started.start(7, article, async () => `plan ${++runs}`);
    const answer = started.take(7, reported());
    expect(answer).toBeDefined();
    expect(await answer).toBe('plan 1');
    expect(runs).toBe(1);
    expect(started.take(7, reported())).toBeUndefined();
  });

  it('gives nothing for another tab or another article', () => {
    const started = new StartedAnalyses<string>();
    started.start(7, article, async () => 'plan');
    expect(started.take(8, reported())).toBeUndefined();
    for (const change of [{ text: article.text + ' More.' }, { url: 'https://news.example/other' }, { isArticle: false }, { date: null }, { title: 'Bridge opens' }]) {
      expect(started.take(7, reported(change))).toBeUndefined();
    }
    // The started comparison is still there for its own article.
    expect(started.take(7, reported())).toBeDefined();
  });

  it('keeps only the latest article of a tab, and forgets a tab', () => {
    const started = new StartedAnalyses<string>();
    const next = reported({ url: 'https://news.example/2024/05/bridge-reopens', text: 'The bridge reopened.' });
    started.start(7, article, async () => 'first');
    started.start(7, next, async () => 'second');
    expect(started.take(7, reported())).toBeUndefined();
    expect(started.take(7, next)).toBeDefined();
    started.start(7, article, async () => 'again');
    started.forget(7);
    expect(started.take(7, reported())).toBeUndefined();
  });
});

describe('sameArticle', () => {
  it('compares every field', () => {
    expect(sameArticle(article, reported())).toBe(true);
    for (const key of Object.keys(article) as (keyof ExtractedArticle)[]) {
      const changed = { ...article, [key]: typeof article[key] === 'boolean' ? !article[key] : `${String(article[key])}x` };
      expect(sameArticle(article, changed)).toBe(false);
    }
  });
});
