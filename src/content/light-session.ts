// The light content script's view of one tab's top frame. It detects whether the page is an
// article; an article's HTML goes to the background, which extracts it off this thread
// (background/extraction.ts) and compares it. The page tools (article.js, see article-tools.ts)
// load only when they have work: compared quotes and figures to paint, saved highlights to find
// again, a selection to save, a panel request about highlights, or an article the background
// could not read. A page with none of these costs the detection and a message or two.
import { canonicalUrl as addressKey } from '../core/canonical-url';
import type { ExtractedArticle } from '../extract/extract';
import { metaTags } from '../extract/metadata';
import { isExtractedArticle, isPaintPlan, type ItemRef, type PaintPlan } from '../messages';
import type { ArticleTools } from './article-tools';
import { detectArticle, highlightKey, notAnArticle } from './page-facts';
import type { SendMessage } from './page-session';
import { warn } from './page-tools';
import type { RefindStatus } from './reader-highlights';

/** Loads the page tools into this world; resolves to null when they could not be loaded. */
export type LoadArticleTools = () => Promise<ArticleTools | null>;

const NOTHING_FOUND: RefindStatus = { found: [], missing: [] };

/** Pages larger than this (characters of HTML) are read in the page rather than sent. */
const MAX_SENT_HTML = 16_000_000;

export class LightSession {
  /** Counts runs, so work for an earlier page (before a navigation) is dropped. */
  private runs = 0;
  /** Whether the current page is an article by the detection. */
  private article = false;
  private tools: ArticleTools | null = null;
  private loading: Promise<ArticleTools | null> | null = null;
  /** The current article as extracted and the background's plan for it; null until both came. */
  private shown: { article: ExtractedArticle; plan: PaintPlan } | null = null;

  constructor(
    private readonly win: Window,
    private readonly send: SendMessage,
    private readonly load: LoadArticleTools,
  ) {}

  /** Reads the page (again): detection now; an article in the next task. */
  run(): void {
    const run = ++this.runs;
    this.shown = null;
    const doc = this.win.document;
    const url = this.win.location.href;
    // Read once for the detection and, on a page that is not an article, for its report.
    const meta = metaTags(doc);
    this.article = detectArticle(doc, url, meta);
    if (this.article) {
      this.tools?.session.forget();
      // A task of its own, not an idle callback: serialising the page costs a few milliseconds,
      // while waiting for an idle period held the comparison back by 20 ms or more.
      this.win.setTimeout(() => void this.readArticle(run), 0);
      return;
    }
    if (this.tools) {
      this.tools.session.run(false);
      return;
    }
    void this.reportOtherPage(run, notAnArticle(doc, url, meta));
  }

  /** Reports a page that is not an article; loads the page tools if it has saved highlights. */
  private async reportOtherPage(run: number, report: ExtractedArticle): Promise<void> {
    let answer: unknown;
    try {
      answer = await this.send({ type: 'page-article', article: report });
    } catch (error) {
      warn('the extension did not take the page', error);
    }
    if (run !== this.runs) return;
    const saved = isPaintPlan(answer) ? answer.savedHighlights : undefined;
    if ((saved ?? (await this.hasSavedHighlights(addressKey(report.canonicalUrl)))) && run === this.runs) await this.toolsForPage();
  }

  /**
   * Has the background extract the article from the page's HTML and compare it, then loads the
   * page tools if they have something to show. When the background cannot read it, the tools read
   * it in the page.
   */
  private async readArticle(run: number): Promise<void> {
    if (run !== this.runs) return;
    const article = await this.extractElsewhere();
    if (run !== this.runs) return;
    if (article === null) {
      const tools = await this.withTools();
      if (tools && run === this.runs) tools.session.run(true);
      return;
    }
    let plan: PaintPlan = { story: null, items: [] };
    try {
      const answer = await this.send({ type: 'page-article', article });
      if (isPaintPlan(answer)) plan = answer;
    } catch (error) {
      warn('the extension did not take the page', error);
    }
    if (run !== this.runs) return;
    this.shown = { article, plan };
    const needed =
      this.tools !== null || plan.items.length > 0 || (plan.savedHighlights ?? (await this.hasSavedHighlights(addressKey(article.canonicalUrl))));
    if (!needed || run !== this.runs) return;
    const tools = await this.withTools();
    if (tools && run === this.runs) tools.session.show(article, plan);
  }

  /** The article, extracted by the background from the page's HTML; null when it could not. */
  private async extractElsewhere(): Promise<ExtractedArticle | null> {
    const html = this.win.document.documentElement?.outerHTML ?? '';
    if (html.length > MAX_SENT_HTML) return null;
    try {
      const answer = await this.send({ type: 'extract-page', html, url: this.win.location.href });
      return isExtractedArticle(answer) ? answer : null;
    } catch (error) {
      warn('the extension could not read the page', error);
      return null;
    }
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
  private async showSavedHighlights(run: number): Promise<void> {
    if (!(await this.hasSavedHighlights()) || run !== this.runs) return;
    await this.toolsForPage();
  }

  private async toolsIfHighlighted(): Promise<ArticleTools | null> {
    if (this.tools) return this.tools;
    return (await this.hasSavedHighlights()) ? this.toolsForPage() : null;
  }

  /**
   * The page tools, ready for the current page: an article read already is shown in them (one
   * still being read is shown when it is); any other page is started on its saved highlights.
   */
  private async toolsForPage(): Promise<ArticleTools | null> {
    if (this.tools) return this.tools;
    const run = this.runs;
    const tools = await this.withTools();
    if (!tools || run !== this.runs) return tools;
    if (!this.article) tools.session.showHighlights();
    else if (this.shown) tools.session.show(this.shown.article, this.shown.plan);
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
