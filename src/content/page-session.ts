// One page's life in the content script: tell the background what the page is, anchor and paint
// what it answers, reveal items for the panel and report clicks on painted quotes. Everything the
// page could break (odd DOMs, a background that does not answer) is caught and logged: the page
// itself must never notice the extension.
import { extractArticle, type ExtractedArticle } from '../extract/extract';
import { isPaintPlan, type ItemRef, type Message, type PaintPlan } from '../messages';
import { anchorAll } from './anchoring/anchor';
import { openingOffset } from './anchoring/match-quote';
import { buildTextIndex } from './anchoring/text-index';
import { createHighlighter, type Highlighter } from './highlighter';
import { detectArticle, notAnArticle } from './page-facts';
import { isLive, scrollToCentre, warn, whenIdle } from './page-tools';
import { highlightPage, readHighlightPage, ReaderHighlights } from './reader-highlights';
import { SAVE_BUTTON_TAG } from './selection-button';

export { warn } from './page-tools';

type PlanItem = PaintPlan['items'][number];

/** A plan item and where it is in the live page (null when it could not be found). */
interface AnchoredItem {
  item: PlanItem;
  range: Range | null;
}

/** Sends a message to the extension; resolves to the answer. */
export type SendMessage = (message: Message) => Promise<unknown>;

function isPlanItem(value: unknown): value is PlanItem {
  const item = value as PlanItem;
  return typeof item === 'object' && item !== null && typeof item.id === 'string' && typeof item.anchor?.exact === 'string';
}

/** The content script's state for one tab's top frame. */
export class PageSession {
  /** Counts runs, so an answer to an earlier run (before a navigation) is dropped. */
  private runs = 0;
  private anchored: AnchoredItem[] = [];
  /** The text last sent to the background (the text the plan's offsets refer to). */
  private articleText = '';
  private readonly highlighter: Highlighter;
  /** The reader's highlights on this page (saved, found again, painted). */
  readonly highlights: ReaderHighlights;

  constructor(
    private readonly win: Window,
    private readonly send: SendMessage,
  ) {
    this.highlighter = createHighlighter(win);
    this.highlights = new ReaderHighlights(win, send, this.highlighter, (element) => this.isOwn(element), (range) =>
      scrollToCentre(win, range),
    );
  }

  /**
   * Reads the page (again) in the page itself and reports it: a cheap detection now (unless the
   * caller ran it: `isArticle`); extraction, which runs Readability on a clone of the document,
   * when the page is idle. Clears earlier paints. The light content script reads articles off the
   * page's main thread and calls `show`; this is for when the extension could not.
   */
  run(isArticle?: boolean): void {
    const run = this.forget();
    const doc = this.win.document;
    const url = this.win.location.href;
    const article = isArticle ?? detectArticle(doc, url);
    if (!article) {
      void this.report(run, notAnArticle(doc, url));
      this.showHighlights();
      return;
    }
    // Two idle tasks, the copy of the page and then Readability on it, so that neither alone
    // holds the main thread as long as both (a long task delays the reader's input).
    whenIdle(this.win, () => {
      if (run !== this.runs) return;
      let clone: Document | undefined;
      try {
        clone = doc.cloneNode(true) as Document;
      } catch (error) {
        warn('could not copy the page', error);
      }
      whenIdle(this.win, () => {
        if (run !== this.runs) return;
        let extracted: ExtractedArticle;
        try {
          // The detection ran moments ago (here or in content.js): not again inside the extraction.
          extracted = extractArticle(doc, url, { detected: true, clone });
        } catch (error) {
          warn('extraction failed', error);
          extracted = notAnArticle(doc, url);
        }
        void this.report(run, extracted);
        this.highlights.setPage(highlightPage(extracted));
      });
    });
  }

  /**
   * Shows an article the light content script read and reported: its saved highlights, and the
   * plan the background answered, anchored and painted. Clears earlier paints.
   */
  show(article: ExtractedArticle, plan: PaintPlan): void {
    this.forget();
    this.highlights.setPage(highlightPage(article));
    this.highlights.setStory(typeof plan.story === 'string' ? plan.story : null);
    this.applyPlan(plan, article.text);
  }

  /** Drops the page shown so far (paints, highlights, answers still to come); returns the new run. */
  forget(): number {
    this.clear();
    this.highlights.reset();
    return ++this.runs;
  }

  /** Finds and paints the page's saved highlights without reading the article (a page that is not one). */
  showHighlights(): void {
    this.highlights.setPage(readHighlightPage(this.win.document, this.win.location.href));
  }

  private async report(run: number, article: ExtractedArticle): Promise<void> {
    let answer: unknown;
    try {
      answer = await this.send({ type: 'page-article', article });
    } catch (error) {
      warn('the extension did not take the page', error);
      return;
    }
    if (run !== this.runs || !isPaintPlan(answer)) return;
    this.highlights.setStory(typeof answer.story === 'string' ? answer.story : null);
    this.applyPlan(answer, article.text);
  }

  /**
   * Anchors every item of `plan` in the page and paints the ones that differ elsewhere.
   * `articleText`: the extracted text the plan's offsets refer to (helps place repeated text).
   */
  applyPlan(plan: Pick<PaintPlan, 'items'>, articleText = this.articleText): void {
    try {
      this.articleText = articleText;
      const items = plan.items.filter(isPlanItem);
      const root = this.root();
      if (!root) return;
      const index = buildTextIndex(root, { ignore: (element) => this.isOwn(element) });
      const articleStart = openingOffset(index.searchText, articleText);
      const hints = articleStart === null ? [] : items.map((item) => articleStart + item.anchor.start);
      const ranges = anchorAll(root, items.map((item) => item.anchor), index, hints);
      this.anchored = items.map((item, i) => ({ item, range: ranges[i] }));
      this.paint();
    } catch (error) {
      warn('could not mark the quotes', error);
    }
  }

  /**
   * Scrolls the item into the middle of the view and flashes it. Resolves to false when the page
   * has no such item or it cannot be found in the page any more.
   */
  async reveal(ref: ItemRef): Promise<boolean> {
    try {
      let entry = this.find(ref);
      if (!entry) return false;
      // A page that re-rendered its article left our ranges collapsed or detached: anchor again.
      if (!entry.range || !isLive(entry.range)) {
        this.applyPlan({ items: this.anchored.map((a) => a.item) });
        entry = this.find(ref);
      }
      const range = entry?.range;
      if (!range) return false;
      scrollToCentre(this.win, range);
      this.highlighter.flash(range);
      return true;
    } catch (error) {
      warn('could not show the item', error);
      return false;
    }
  }

  /**
   * The click listener (capture phase, passive: it never cancels or stops the page's handling):
   * a click on a painted quote or figure tells the panel to focus it.
   */
  readonly onClick = (event: MouseEvent): void => {
    try {
      if (event.button !== 0 || !this.highlighter.paints || this.anchored.length === 0) return;
      // The end of a text selection is not a click on a quote.
      const selection = this.win.getSelection();
      if (selection && !selection.isCollapsed) return;
      const item = this.paintedItemAt(event.clientX, event.clientY);
      if (!item) return;
      const ref: ItemRef = { kind: item.kind, id: item.id };
      // Nobody listening (panel closed) is normal.
      this.send({ type: 'item-clicked', item: ref }).catch(() => undefined);
    } catch (error) {
      warn('could not handle a click', error);
    }
  };

  /** Removes paints and forgets anchored items. */
  clear(): void {
    this.anchored = [];
    this.articleText = '';
    try {
      this.highlighter.clear();
    } catch (error) {
      warn('could not clear the marks', error);
    }
  }

  /** Whether `element` is the extension's own (flash boxes, the save button): not page text. */
  private isOwn(element: Element): boolean {
    return this.highlighter.owns(element) || element.localName === SAVE_BUTTON_TAG;
  }

  private root(): Element | null {
    return this.win.document.body ?? this.win.document.documentElement;
  }

  private find(ref: ItemRef): AnchoredItem | undefined {
    return this.anchored.find((a) => a.item.kind === ref.kind && a.item.id === ref.id);
  }

  private painted(): AnchoredItem[] {
    return this.anchored.filter((a) => a.range !== null && a.item.differs);
  }

  private paint(): void {
    const painted = this.painted();
    this.highlighter.paint(
      painted.filter((a) => a.item.kind === 'quote').map((a) => a.range as Range),
      painted.filter((a) => a.item.kind === 'figure').map((a) => a.range as Range),
    );
  }

  /** The painted item under the viewport point (x, y); undefined when there is none. */
  private paintedItemAt(x: number, y: number): PlanItem | undefined {
    const caret = caretAt(this.win.document, x, y);
    for (const { item, range } of this.painted()) {
      if (!range) continue;
      // The caret test is cheap; the rectangles make sure the point is on the text itself and not
      // in the margin beside the line the caret snapped to.
      if (caret && !safeIsPointInRange(range, caret.node, caret.offset)) continue;
      if (Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) return item;
    }
    return undefined;
  }
}

function safeIsPointInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    // A point in another tree (a shadow root) is not in our range.
    return false;
  }
}

/** The caret position at a viewport point (standard API first, WebKit's older one else); null when neither exists. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const range = legacy.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}
