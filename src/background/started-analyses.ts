// Comparisons the background starts as soon as it has extracted a page's article itself. The
// content script reports that same article (`page-article`) once the extraction's answer has
// crossed back to the page, which waits for the page's main thread; starting at once saves that
// round trip, and the report then takes the answer already under way instead of comparing twice.
import type { ExtractedArticle } from '../extract/extract';

/** Whether two reports carry the same article, field by field. */
export function sameArticle(a: ExtractedArticle, b: ExtractedArticle): boolean {
  return (
    a.isArticle === b.isArticle &&
    a.url === b.url &&
    a.canonicalUrl === b.canonicalUrl &&
    a.title === b.title &&
    a.outlet === b.outlet &&
    a.date === b.date &&
    a.text === b.text
  );
}

/** Per tab, the one comparison started for the article last extracted there. */
export class StartedAnalyses<Answer> {
  private readonly byTab = new Map<number, { article: ExtractedArticle; answer: Promise<Answer> }>();

  /** Starts `analyse` for the tab's article; it replaces one started for an earlier article. */
  start(tabId: number, article: ExtractedArticle, analyse: () => Promise<Answer>): void {
    this.byTab.set(tabId, { article, answer: analyse() });
  }

  /**
   * The answer started for this same article in the tab, handed out once; undefined when none was
   * started for it (the page read the article itself, or it changed since).
   */
  take(tabId: number, article: ExtractedArticle): Promise<Answer> | undefined {
    const started = this.byTab.get(tabId);
    if (!started || !sameArticle(started.article, article)) return undefined;
    this.byTab.delete(tabId);
    return started.answer;
  }

  /** Drops what was started for the tab (closed, or loading another page). */
  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
