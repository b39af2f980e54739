// The corpus as recognition reads it (CorpusIndex), over the live generations of the corpus
// database. Each call is one read transaction that first reads the live packs, so it sees one
// consistent state: a replacement committed meanwhile shows all old rows or all new, never a mix.
import type { CorpusArticle, CorpusFrequencies, CorpusIndex, StoryPosting } from '../core/corpus-index';
import { canonicalUrl, type ArticleRecord, type FigureRecord, type QuoteRecord, type StoryRecord } from '../core/pack-format';
import { CorpusDb, parseStoryKey, prefixEnd, storyKeyOf, type ArticleRow, type PackEntry } from './corpus-db';

/** Everything stored for one story, as the pack gave it: for the panel. */
export interface StoryContent {
  storyKey: string;
  /** Id of the pack the story is from. */
  pack: string;
  story: StoryRecord;
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  figures: FigureRecord[];
}

/** CorpusIndex over the live packs of a corpus database. */
export class DexieCorpusIndex implements CorpusIndex {
  constructor(readonly db: CorpusDb) {}

  /** Document frequencies summed over the live packs; `documents` is their number of articles. */
  async termFrequencies(terms: readonly string[]): Promise<CorpusFrequencies> {
    const { db } = this;
    const wanted = [...new Set(terms)];
    return db.transaction('r', db.packs, db.frequencies, async () => {
      const packs = await db.packs.toArray();
      const documents = packs.reduce((sum, p) => sum + p.counts.articles, 0);
      const frequencies = new Map<string, number>();
      const found = await Promise.all(
        packs.flatMap((p) =>
          wanted.map((term) => db.frequencies.where(':id').between([p.generation, term], prefixEnd([p.generation, term])).primaryKeys()),
        ),
      );
      for (const keys of found) for (const [, term, articles] of keys) frequencies.set(term, (frequencies.get(term) ?? 0) + articles);
      return { documents, frequencies };
    });
  }

  /** Live articles whose address, made canonical, is one of `urls` (given raw or canonical). */
  async articlesWithUrl(urls: readonly string[]): Promise<CorpusArticle[]> {
    const { db } = this;
    const wanted = [...new Set(urls.flatMap((url) => [url, canonicalUrl(url)]))];
    if (wanted.length === 0) return [];
    return db.transaction('r', db.packs, db.articles, async () => {
      const live = liveGenerations(await db.packs.toArray());
      const rows = await db.articles.where('recognitionUrl').anyOf(wanted).toArray();
      return rows.filter((row) => live.has(row.gen)).map((row) => corpusArticle(row, live));
    });
  }

  /** Story-index postings of the live packs for `terms`. */
  async storiesWithTerms(terms: readonly string[]): Promise<StoryPosting[]> {
    const { db } = this;
    const wanted = [...new Set(terms)];
    return db.transaction('r', db.packs, db.postings, async () => {
      const packs = await db.packs.toArray();
      const found = await Promise.all(
        packs.flatMap((p) =>
          wanted.map((term) => db.postings.where(':id').between([p.generation, term], prefixEnd([p.generation, term])).primaryKeys()),
        ),
      );
      const postings: StoryPosting[] = [];
      for (const keys of found) for (const [gen, term, story, weight] of keys) postings.push({ term, storyKey: storyKeyOf(gen, story), weight });
      return postings;
    });
  }

  /** The live articles of these stories (keys of stories no longer live give nothing). */
  async articlesOfStories(storyKeys: readonly string[]): Promise<CorpusArticle[]> {
    const { db } = this;
    const stories = [...new Set(storyKeys)].map(parseStoryKey).filter((s) => s !== null);
    if (stories.length === 0) return [];
    return db.transaction('r', db.packs, db.articles, async () => {
      const live = liveGenerations(await db.packs.toArray());
      const kept = stories.filter((s) => live.has(s.generation));
      const found = await Promise.all(
        kept.map((s) => db.articles.where(':id').between([s.generation, s.story], prefixEnd([s.generation, s.story])).toArray()),
      );
      return found.flat().map((row) => corpusArticle(row, live));
    });
  }

  /** The story's records for the panel; null when the key names no live story. */
  async storyContent(storyKey: string): Promise<StoryContent | null> {
    const { db } = this;
    const parsed = parseStoryKey(storyKey);
    if (parsed === null) return null;
    const { generation: gen, story: id } = parsed;
    return db.transaction('r', [db.packs, db.stories, db.articles, db.quotes, db.figures], async () => {
      const live = liveGenerations(await db.packs.toArray());
      const pack = live.get(gen);
      if (pack === undefined) return null;
      const story = await db.stories.get([gen, id]);
      if (!story) return null;
      const range = [[gen, id], prefixEnd([gen, id])] as const;
      const [articles, quotes, figures] = await Promise.all([
        db.articles.where(':id').between(...range).toArray(),
        db.quotes.where(':id').between(...range).toArray(),
        db.figures.where(':id').between(...range).toArray(),
      ]);
      const { gen: _g, ...storyFields } = story;
      return {
        storyKey,
        pack,
        story: { type: 'story', ...storyFields },
        articles: articles.map(({ gen: _gen, seq: _seq, recognitionUrl: _url, ...a }) => ({ type: 'article', ...a })),
        quotes: quotes.map(({ gen: _gen, seq: _seq, story: _story, ...q }) => ({ type: 'quote', ...q })),
        figures: figures.map(({ gen: _gen, seq: _seq, story: _story, ...f }) => ({ type: 'figure', ...f })),
      };
    });
  }
}

/** Live generation → pack id. */
function liveGenerations(packs: readonly PackEntry[]): Map<number, string> {
  return new Map(packs.map((p) => [p.generation, p.id]));
}

function corpusArticle(row: ArticleRow, live: Map<number, string>): CorpusArticle {
  return {
    id: row.id,
    pack: live.get(row.gen)!,
    story: row.story,
    storyKey: storyKeyOf(row.gen, row.story),
    url: row.url,
    fingerprint: row.fingerprint,
  };
}
