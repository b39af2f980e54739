// The light content script's view of one tab's top frame: it detects whether the page is an
// article and loads the page tools (article.js, see article-tools.ts) only when they have work:
// an article to extract and paint, saved highlights to find again, a selection to save, or a
// panel request about highlights. A page that is none of these costs the detection and one
// message, nothing more.
import { canonicalUrl as addressKey } from '../core/canonical-url';
import type { ItemRef } from '../messages';
import type { ArticleTools } from './article-tools';
import { detectArticle, highlightKey, notAnArticle } from './page-facts';
import type { SendMessage } from './page-session';
import { warn } from './page-tools';
import type { RefindStatus } from './reader-highlights';

/** Loads the page tools into this world; resolves to null when they could not be loaded. */
export type LoadArticleTools = () => Promise<ArticleTools | null>;

const NOTHING_FOUND: RefindStatus = { found: [], missing: [] };

export class LightSession {
  /** Counts runs, so work for an earlier page (before a navigation) is dropped. */
  private runs = 0;
  /** Whether the current page is an article by the detection. */
  private article = false;
  private tools: ArticleTools | null = null;
  private loading: Promise<ArticleTools | null> | null = null;

  constructor(
    private readonly win: Window,
    private readonly send: SendMessage,
    private readonly load: LoadArticleTools,
  ) {}

  /** Reads the page (again): detection now; the page tools only when the page needs them. */
  run(): void {
    const run = ++this.runs;
    const doc = this.win.document;
    const url = this.win.location.href;
    this.article = detectArticle(doc, url);
    if (this.tools) {
      this.tools.session.run(this.article);
      return;
    }
    if (this.article) {
      void this.withTools().then((tools) => {
        if (tools && run === this.runs) tools.session.run(true);
      });
      return;
    }
    const report = notAnArticle(doc, url);
    this.send({ type: 'page-article', article: report }).catch((error: unknown) => warn('the extension did not take the page', error));
    void this.showSavedHighlights(run, addressKey(report.canonicalUrl));
  }

  /** Scrolls to a compared item and flashes it; false when nothing is painted (no page tools yet). */
  async reveal(item: ItemRef): Promise<boolean> {
    return this.tools ? this.tools.session.reveal(item) : false;
  }

  /** Saved highlights changed: repaint, or load the tools if this page now has some. */
  highlightsChanged(): void {
    if (this.tools) this.tools.session.highlights.reload();
    else void this.showSavedHighlights(this.runs);
  }

  /** Saves the reader's selection; resolves to whether a highlight was saved. */
  async saveSelection(): Promise<boolean> {
    const tools = await this.toolsForPage();
    return tools !== null && (await tools.session.highlights.saveSelection()) !== null;
  }

  /** Saves the text of `range` (the save button's selection) as a highlight. */
  async saveRange(range: Range): Promise<void> {
    const tools = await this.toolsForPage();
    await tools?.session.highlights.saveRange(range);
  }

  /** Which of the page's saved highlights are found (none without saved highlights). */
  async refindStatus(): Promise<RefindStatus> {
    const tools = await this.toolsIfHighlighted();
    return tools ? tools.session.highlights.status() : NOTHING_FOUND;
  }

  /** Scrolls to a saved highlight and flashes it; false when the page has none or it is not found. */
  async revealHighlight(id: string): Promise<boolean> {
    const tools = await this.toolsIfHighlighted();
    return tools ? tools.session.highlights.reveal(id) : false;
  }

  /** Whether the page (its highlight key) has saved highlights (false when the background does not answer). */
  private async hasSavedHighlights(key = highlightKey(this.win.document, this.win.location.href)): Promise<boolean> {
    try {
      const answer = await this.send({ type: 'page-highlights', canonicalUrl: key });
      return Array.isArray(answer) && answer.length > 0;
    } catch (error) {
      warn('could not read the saved highlights', error);
      return false;
    }
  }

  /** Loads the tools and paints the page's highlights when a page that is not an article has some. */
  private async showSavedHighlights(run: number, key?: string): Promise<void> {
    if (!(await this.hasSavedHighlights(key)) || run !== this.runs) return;
    await this.toolsForPage();
  }

  private async toolsIfHighlighted(): Promise<ArticleTools | null> {
    if (this.tools) return this.tools;
    return (await this.hasSavedHighlights()) ? this.toolsForPage() : null;
  }

  /**
   * The page tools, ready for the current page: on an article, the run that loads them reads it;
   * on any other page they are started on its saved highlights here.
   */
  private async toolsForPage(): Promise<ArticleTools | null> {
    if (this.tools) return this.tools;
    const run = this.runs;
    const tools = await this.withTools();
    if (tools && !this.article && run === this.runs) tools.session.showHighlights();
    return tools;
  }

  /** Loads the page tools once (again after a failure). */
  private withTools(): Promise<ArticleTools | null> {
    this.loading ??= this.load()
      .catch((error: unknown) => {
        warn('the page tools could not be loaded', error);
        return null;
      })
      .then((tools) => {
        if (tools) this.tools = tools;
        else this.loading = null;
        return tools;
      });
    return this.loading;
  }
}
