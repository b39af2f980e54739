// The background's page pipeline on a real corpus in fake-indexeddb: recognition, comparison,
// what the content script paints and the badge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPack, serializePack } from '../../src/core/pack-build';
import type { Article } from '../../src/core/types';
import type { ExtractedArticle } from '../../src/extract/extract';
import { analyseReportedPage, badgeText } from '../../src/background/page-analysis';
import { DexieCorpusIndex } from '../../src/store/dexie-corpus';
import { importPack } from '../../src/store/import';
import { chunks, freshDatabases, basilStories } from '../store/helpers';

const seeds: Article[] = readFileSync(join(__dirname, '..', '..', 'assets', 'corpus', 'seeds.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

/** The article as the content script would report it from a page at `url`. */
function reported(article: Article, url: string): ExtractedArticle {
  return {
    isArticle: true,
    url,
    canonicalUrl: url,
    title: article.title ?? '',
    outlet: article.outlet,
    date: article.date ?? null,
    text: article.text.replace(/\n\n+/g, '\n'),
  };
}

async function corpusOf(articles: Article[]): Promise<DexieCorpusIndex> {
  const { corpus } = freshDatabases();
  await importPack(corpus, chunks(serializePack(buildPack(articles))), { id: 'bundled:test', name: 'test', source: 'bundled' });
  return new DexieCorpusIndex(corpus);
}

describe('analyseReportedPage', () => {
  it('compares a seed article with the other four outlets and plans what to paint', async () => {
    const [page, ...others] = seeds;
    const corpus = await corpusOf([...others, ...basilStories(0, 6)]);
    const outcome = await analyseReportedPage(corpus, reported(page, 'https://example.com/world/blinken-war-crimes'));
    expect(outcome.state.kind).toBe('matched');
    if (outcome.state.kind !== 'matched') return;
    const { comparison } = outcome.state;
    expect(comparison.story.how).toBe('story');
    expect(comparison.coverage.map((a) => a.articleId).sort()).toEqual(others.map((a) => a.id).sort());
    expect(comparison.quotes.length).toBeGreaterThan(0);
    // Every painted item is a compared item, anchored at its text in the page.
    const text = reported(page, '').text;
    expect(outcome.plan.items).toHaveLength(comparison.quotes.length + comparison.figures.length);
    for (const item of outcome.plan.items) expect(text.slice(item.anchor.start, item.anchor.end)).toBe(item.anchor.exact);
    expect(outcome.badge).toBe(badgeText(comparison));
    expect(Number(outcome.badge)).toBe(outcome.plan.items.length);
  });

  it('says no match, with what the page holds, for an article on a story the corpus lacks', async () => {
    const [page, ...others] = basilStories(6, 7);
    const corpus = await corpusOf([...seeds, ...basilStories(0, 6)]);
    const outcome = await analyseReportedPage(corpus, reported(page, 'https://example.com/politics/other-story'));
    expect(outcome.state).toMatchObject({ kind: 'no-match', outlet: page.outlet });
    expect(outcome.plan.items).toEqual([]);
    expect(outcome.badge).toBe('');
    expect(others.length).toBeGreaterThan(0);
  });

  it('paints nothing and clears the badge on a page that is not an article', async () => {
    const corpus = await corpusOf(seeds);
    const page: ExtractedArticle = { ...reported(seeds[0], 'https://example.com/'), isArticle: false, text: '' };
    const outcome = await analyseReportedPage(corpus, page);
    expect(outcome).toEqual({ state: { kind: 'not-article', url: 'https://example.com/', pageKey: 'example.com' }, plan: { story: null, items: [] }, badge: '' });
  });
});
