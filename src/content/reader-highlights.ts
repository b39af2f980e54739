// The page side of the reader's highlights: a selection becomes a highlight (page-text offsets →
// `createHighlight` → save-highlight), and on every visit the page's saved highlights are asked
// for, found again in the page text (`refindHighlights`, which tolerates edited pages) and painted
// with the Highlight API, one Highlight per palette colour. Offsets always count characters of the
// text index's `text` of the document body, the text `createHighlight` and re-finding share.
import { canonicalUrl as addressKey } from '../core/canonical-url';
import { pushTo } from '../core/collections';
import { extractArticle, type ExtractedArticle } from '../extract/extract';
import { createHighlight, paletteColour, type Highlight, type HighlightColour, type HighlightPage } from '../highlights/highlight';
import { refindHighlights } from '../highlights/refind';
import { rangeFromOffsets, rangeOffsets } from './anchoring/anchor';
import { buildTextIndex, type TextIndex } from './anchoring/text-index';
import type { Highlighter } from './highlighter';
import type { SendMessage } from './page-session';
import { isLive, warn } from './page-tools';
import { savableSelection } from './selection';

export { isEditable, savableSelection } from './selection';

/** The answer to refind-status: ids of the page's highlights found again and not found. */
export interface RefindStatus {
  found: string[];
  missing: string[];
}

/**
 * What a highlight records of the page, from what extraction read. `canonicalUrl` is the page's
 * canonical address (rel=canonical, else og:url, else its url) in the form highlights are stored
 * and looked up by (`canonicalUrl` of core/pack-format: no scheme, "www." or tracking parameters).
 * The story is null until the background says which story it recognised (`setStory`).
 */
export function highlightPage(article: ExtractedArticle): HighlightPage {
  return {
    url: article.url,
    canonicalUrl: addressKey(article.canonicalUrl),
    title: article.title || null,
    outlet: article.outlet || null,
    story: null,
  };
}

/**
 * The page facts of `doc` read now, by the extraction's own rules (Readability runs only if the
 * page is an article, so callers use this for pages that are not, or before extraction ran).
 * Falls back to the bare address when the document cannot be read.
 */
export function readHighlightPage(doc: Document, url: string): HighlightPage {
  try {
    return highlightPage(extractArticle(doc, url));
  } catch {
    return { url, canonicalUrl: addressKey(url), title: (doc.title ?? '').trim() || null, outlet: null, story: null };
  }
}

/**
 * A random UUID (version 4). `crypto.randomUUID` exists only in secure contexts, and news pages
 * are still sometimes served over http; `getRandomValues` exists everywhere.
 */
export function randomId(crypto: Crypto): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether `value` has the fields re-finding and painting read (the background may be an old version). */
function isHighlight(value: unknown): value is Highlight {
  const h = value as Highlight;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.id === 'string' &&
    typeof h.exact === 'string' &&
    typeof h.prefix === 'string' &&
    typeof h.suffix === 'string' &&
    typeof h.colour === 'string' &&
    (h.start === null || typeof h.start === 'number') &&
    (h.end === null || typeof h.end === 'number')
  );
}

/** One page's reader highlights: saving, re-finding, painting, status and reveal. */
export class ReaderHighlights {
  /** The page facts highlights are saved with and looked up by; null until the page is read. */
  private page: HighlightPage | null = null;
  /** Counts pages, so an answer about an earlier page (before a navigation) is dropped. */
  private generation = 0;
  private highlights: Highlight[] = [];
  /** Found highlights' ranges by id (absent: not found). */
  private ranges = new Map<string, Range>();
  /** The current load (page-highlights and painting); status waits for it. */
  private loading: Promise<void> = Promise.resolve();

  /**
   * `ignore`: the extension's own elements, left out of the text index. `scrollTo`: brings a
   * range into view (the page session's reveal motion).
   */
  constructor(
    private readonly win: Window,
    private readonly send: SendMessage,
    private readonly highlighter: Highlighter,
    private readonly ignore: (element: Element) => boolean,
    private readonly scrollTo: (range: Range) => void,
  ) {}

  /** Forgets the page (a navigation or a new run): nothing is painted until `setPage`. */
  reset(): void {
    this.generation++;
    this.page = null;
    this.highlights = [];
    this.ranges.clear();
    this.loading = Promise.resolve();
    this.paint();
  }

  /** The page is known: asks for its saved highlights, finds and paints them. */
  setPage(page: HighlightPage): void {
    this.page = page;
    this.reload();
  }

  /** Highlights saved from now on record this story (the background recognised the page). */
  setStory(story: string | null): void {
    if (this.page) this.page = { ...this.page, story };
  }

  /** Asks for the page's highlights again (they changed) and repaints; nothing before `setPage`. */
  reload(): void {
    const page = this.page;
    if (!page) return;
    const generation = this.generation;
    this.loading = this.load(generation, page);
  }

  /**
   * Saves the reader's current selection; resolves to the saved highlight, or null when there is
   * no selection worth saving or saving failed (logged).
   */
  async saveSelection(): Promise<Highlight | null> {
    try {
      const root = this.root();
      const range = root && savableSelection(this.win, root);
      return range ? await this.saveRange(range) : null;
    } catch (error) {
      warn('could not save the selection', error);
      return null;
    }
  }

  /** Saves the text of `range` as a highlight and paints it; null when it holds no page text or saving failed. */
  async saveRange(range: Range): Promise<Highlight | null> {
    try {
      const root = this.root();
      if (!root) return null;
      const index = this.index(root);
      const offsets = rangeOffsets(range, index);
      if (!offsets) return null;
      const page = this.page ?? readHighlightPage(this.win.document, this.win.location.href);
      const highlight = createHighlight(index.text, offsets.start, offsets.end, page, randomId(this.win.crypto), Date.now());
      if (!highlight) return null;
      const generation = this.generation;
      const saved = await this.send({ type: 'save-highlight', highlight });
      if (!isHighlight(saved)) return null;
      // Painted now; the background's highlights-changed will reload the same list.
      if (generation === this.generation && !this.highlights.some((h) => h.id === saved.id)) {
        this.highlights.push(saved);
        this.place();
      }
      return saved;
    } catch (error) {
      warn('could not save the highlight', error);
      return null;
    }
  }

  /**
   * Which of the page's highlights are found. Those not found are looked for again first: a page
   * that renders its text late may show them by now.
   */
  async status(): Promise<RefindStatus> {
    try {
      await this.loading;
      if (this.ranges.size < this.highlights.length) this.place();
    } catch (error) {
      warn('could not look for the highlights', error);
    }
    const found = this.highlights.filter((h) => this.ranges.has(h.id)).map((h) => h.id);
    const missing = this.highlights.filter((h) => !this.ranges.has(h.id)).map((h) => h.id);
    return { found, missing };
  }

  /** Scrolls the highlight into view and flashes it; false when the page has no such highlight or it is not found. */
  async reveal(id: string): Promise<boolean> {
    try {
      await this.loading;
      if (!this.highlights.some((h) => h.id === id)) return false;
      let range = this.ranges.get(id);
      // A page that re-rendered its text left the ranges collapsed or detached: find them again.
      if (!range || !isLive(range)) {
        this.place();
        range = this.ranges.get(id);
      }
      if (!range) return false;
      this.scrollTo(range);
      this.highlighter.flash(range);
      return true;
    } catch (error) {
      warn('could not show the highlight', error);
      return false;
    }
  }

  private async load(generation: number, page: HighlightPage): Promise<void> {
    try {
      const answer = await this.send({ type: 'page-highlights', canonicalUrl: page.canonicalUrl });
      if (generation !== this.generation) return;
      // No list is a failed answer, not an empty page: what is painted stays.
      if (!Array.isArray(answer)) {
        warn('the saved highlights could not be read', answer);
        return;
      }
      const hadSome = this.highlights.length > 0;
      this.highlights = answer.filter(isHighlight);
      this.place();
      // An open panel lists which highlights the page found: it asks again now, not on a timer.
      if (hadSome || this.highlights.length > 0) this.send({ type: 'highlights-found' }).catch(() => undefined);
    } catch (error) {
      warn('could not read the saved highlights', error);
    }
  }

  /** Finds every highlight in the page text as it is now and paints the found ones. */
  private place(): void {
    this.ranges.clear();
    const root = this.root();
    if (root && this.highlights.length > 0) {
      const index = this.index(root);
      for (const { highlight, start, end } of refindHighlights(index.searchText, this.highlights).found) {
        const range = rangeFromOffsets(root, index, start, end);
        if (range) this.ranges.set(highlight.id, range);
      }
    }
    this.paint();
  }

  private paint(): void {
    const byColour = new Map<HighlightColour, Range[]>();
    for (const highlight of this.highlights) {
      const range = this.ranges.get(highlight.id);
      if (!range) continue;
      pushTo(byColour, paletteColour(highlight.colour), range);
    }
    try {
      this.highlighter.paintHighlights(byColour);
    } catch (error) {
      warn('could not paint the highlights', error);
    }
  }

  private index(root: Element): TextIndex {
    return buildTextIndex(root, { ignore: this.ignore });
  }

  private root(): Element | null {
    return this.win.document.body ?? this.win.document.documentElement;
  }
}
