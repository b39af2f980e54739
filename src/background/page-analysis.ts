// What the background makes of one page the content script reported: the tab's state for the
// panel, what the content script should paint, and the toolbar badge. Browser-free (it reads
// the corpus through DexieCorpusIndex), so the tests run it in Node on fake-indexeddb.
import { analysePage, compareWithStory } from '../core/compare';
import type { Comparison } from '../core/comparison';
import { canonicalUrl } from '../core/pack-format';
import { recognize } from '../core/recognize';
import type { ExtractedArticle } from '../extract/extract';
import type { PaintPlan, TabState } from '../messages';
import type { DexieCorpusIndex } from '../store/dexie-corpus';

/** Everything the background shows for a page. */
export interface PageOutcome {
  state: TabState;
  plan: PaintPlan;
  /** Toolbar badge text: how many quotes and figures here have other versions; '' for none. */
  badge: string;
}

const NOTHING_TO_PAINT: PaintPlan = { story: null, items: [] };

/** The key the page's highlights are stored under: its declared canonical address (else its own), normalised. */
export function pageKeyOf(article: ExtractedArticle): string {
  return canonicalUrl(article.canonicalUrl || article.url);
}

/** Recognises the page's story and compares it; a page that is not an article gets 'not-article'. */
export async function analyseReportedPage(corpus: DexieCorpusIndex, article: ExtractedArticle): Promise<PageOutcome> {
  const pageKey = pageKeyOf(article);
  if (!article.isArticle || article.text.trim() === '') {
    return { state: { kind: 'not-article', url: article.url, pageKey }, plan: NOTHING_TO_PAINT, badge: '' };
  }
  const analysis = analysePage(article.text);
  const recognition = await corpus.reading((view) => recognize(article, view));
  const story = recognition.storyKey === null ? null : await corpus.storyContent(recognition.storyKey);
  const { url, title, outlet } = article;
  const { how } = recognition;
  if (how === null || story === null) {
    const state: TabState = { kind: 'no-match', url, pageKey, title, outlet, quotes: analysis.quotes.length, figures: analysis.figures.length };
    return { state, plan: NOTHING_TO_PAINT, badge: '' };
  }
  const comparison = compareWithStory(article, story, { ...recognition, how }, analysis);
  return {
    state: { kind: 'matched', url, pageKey, title, outlet, comparison },
    plan: paintPlan(comparison),
    badge: badgeText(comparison),
  };
}

/** Every compared quote and figure, with whether another outlet's version differs from the page's. */
export function paintPlan(comparison: Comparison): PaintPlan {
  return {
    story: comparison.story.storyKey,
    items: [
      ...comparison.quotes.map((q) => ({
        kind: 'quote' as const,
        id: q.id,
        anchor: q.anchor,
        differs: q.others.some((o) => o.relation !== 'same'),
      })),
      ...comparison.figures.map((f) => ({ kind: 'figure' as const, id: f.id, anchor: f.anchor, differs: f.disagreement !== null })),
    ],
  };
}

/** The badge: the number of items with other versions ("99+" past two digits), '' for none. */
export function badgeText(comparison: Comparison): string {
  const count = comparison.quotes.length + comparison.figures.length;
  if (count === 0) return '';
  return count > 99 ? '99+' : String(count);
}
