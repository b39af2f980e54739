// A corpus held in memory, built from packs: what the command line and the tests recognise
// stories against. The extension keeps the same data in IndexedDB (src/store) behind the same
// `CorpusIndex` interface.
import { storyIndexTerms, type CorpusArticle, type CorpusFrequencies, type CorpusIndex, type StoryPosting } from './corpus-index';
import { canonicalUrl, type PackContent } from './pack-format';
import { pushTo } from './collections';

export class MemoryCorpus implements CorpusIndex {
  private documents = 0;
  private readonly frequencies = new Map<string, number>();
  private readonly byUrl = new Map<string, CorpusArticle[]>();
  private readonly byStory = new Map<string, CorpusArticle[]>();
  private readonly postings = new Map<string, StoryPosting[]>();

  /** A corpus of the given packs; `name` identifies each pack in the answers. */
  constructor(packs: readonly { name: string; content: PackContent }[]) {
    for (const { name, content } of packs) this.add(name, content);
  }

  private add(pack: string, content: PackContent): void {
    for (const [term, count] of content.frequencies) this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + count);
    for (const { story, articles } of content.stories) {
      const storyKey = `${pack}\u0000${story.id}`;
      const members: CorpusArticle[] = articles.map((record) => ({
        id: record.id,
        pack,
        story: story.id,
        storyKey,
        url: record.url,
        fingerprint: record.fingerprint,
      }));
      this.documents += members.length;
      this.byStory.set(storyKey, members);
      for (const article of members) {
        if (article.url === null) continue;
        const key = canonicalUrl(article.url);
        pushTo(this.byUrl, key, article);
      }
      const index = storyIndexTerms(members.map((m) => m.fingerprint));
      index.terms.forEach((term, i) => {
        const posting = { term, storyKey, weight: index.weights[i] };
        pushTo(this.postings, term, posting);
      });
    }
  }

  async termFrequencies(terms: readonly string[]): Promise<CorpusFrequencies> {
    const frequencies = new Map<string, number>();
    for (const term of terms) {
      const count = this.frequencies.get(term);
      if (count !== undefined) frequencies.set(term, count);
    }
    return { documents: this.documents, frequencies };
  }

  async articlesWithUrl(urls: readonly string[]): Promise<CorpusArticle[]> {
    return [...new Set(urls.map(canonicalUrl))].flatMap((url) => this.byUrl.get(url) ?? []);
  }

  async storiesWithTerms(terms: readonly string[]): Promise<StoryPosting[]> {
    return [...new Set(terms)].flatMap((term) => this.postings.get(term) ?? []);
  }

  async articlesOfStories(storyKeys: readonly string[]): Promise<CorpusArticle[]> {
    return [...new Set(storyKeys)].flatMap((key) => this.byStory.get(key) ?? []);
  }
}
