// The Highlights view's state and the rules that change it: which view is shown, which highlights
// are listed (this page's or all, filtered by a search), which of this page's the page found
// again, and what the reader did last (a delete to undo, an import's result). It follows the
// tab the PanelController shows and reaches the browser only through the PanelService.
import { canonicalUrl } from '../core/pack-format';
import { DEFAULT_COLOUR, type ComparedVersions, type Highlight } from '../highlights/highlight';
import type { SkippedAnnotation } from '../highlights/import';
import { isMessage, type HighlightRequest, type ItemRef, type TabState } from '../messages';
import type { HighlightImport } from '../store/user-db';
import { pageOrigin, type PanelController } from './controller';
import { safeHttpUrl } from './safe-url';
import type { PanelService, RefindStatus } from './service';

/** The panel's two views. */
export type PanelView = 'comparison' | 'highlights';

/** Whose highlights the Highlights view lists. */
export type HighlightScope = 'page' | 'all';

/** The export formats the background writes. */
export type ExportFormat = Extract<HighlightRequest, { action: 'export' }>['format'];

/** What came of the reader's last action, when it needs saying. */
export type HighlightNotice =
  | { kind: 'imported'; added: number; skipped: SkippedAnnotation[] }
  | { kind: 'import-failed'; reason: string }
  | { kind: 'request-failed' }
  | { kind: 'reveal-failed' }
  | { kind: 'save-failed' };

/** Everything the Highlights view shows. */
export interface HighlightsState {
  view: PanelView;
  scope: HighlightScope;
  /** The search box's text. */
  query: string;
  /** `canonicalUrl()` of the shown tab's page; null when the tab shows no http(s) page. */
  pageKey: string | null;
  /** Highlights matching the query (all pages), newest first; null until the background answered. */
  listed: Highlight[] | null;
  /** This page's highlights whatever the query, newest first. */
  pageHighlights: Highlight[];
  /** The content script's answer to refind-status; null when it did not answer (or there is no page). */
  refind: RefindStatus | null;
  /** The highlight just deleted, while it can be undone; null otherwise. */
  deleted: Highlight | null;
  notice: HighlightNotice | null;
}

/** Timings and sources of ids and time, replaceable in tests. */
export interface HighlightsOptions {
  /** Pause after a keystroke in the search box before asking the background. */
  searchDelayMs?: number;
  /** How long a delete can be undone. */
  undoMs?: number;
  newId?: () => string;
  now?: () => number;
}

/** File name ending and MIME type of each export format. */
const EXPORT_FILES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  jsonld: { extension: 'jsonld', mimeType: 'application/ld+json' },
};

/** Other versions kept with a highlight saved from the comparison: enough to read later, not the whole story. */
const MAX_COMPARED = 20;
const MAX_COMPARED_CHARS = 600;

/** The page key of a tab's address: `canonicalUrl()` for http(s) pages, null otherwise. */
export function pageKeyOf(url: string | null): string | null {
  return url !== null && pageOrigin(url) !== null ? canonicalUrl(url) : null;
}

/** The error text of a rejected request (the background's message when it sent one). */
function reasonOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

export class HighlightsController {
  private current: HighlightsState = {
    view: 'comparison',
    scope: 'page',
    query: '',
    pageKey: null,
    listed: null,
    pageHighlights: [],
    refind: null,
    deleted: null,
    notice: null,
  };
  private readonly listeners = new Set<() => void>();
  /** Number of the latest listing: older answers are dropped. */
  private latestListing = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly searchDelayMs: number;
  private readonly undoMs: number;
  private readonly newId: () => string;
  private readonly now: () => number;
  /** The tab and page last listed for, to notice when the panel moves on. */
  private shownTabId: number | null = null;
  private shownTabKind: TabState['kind'] | null = null;

  constructor(
    private readonly service: PanelService,
    private readonly panel: PanelController,
    options: HighlightsOptions = {},
  ) {
    this.searchDelayMs = options.searchDelayMs ?? 200;
    this.undoMs = options.undoMs ?? 8000;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.now = options.now ?? Date.now;
  }

  /** The state now. */
  get state(): HighlightsState {
    return this.current;
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows the panel's tab and the background's news; lists the highlights once. */
  start(): Promise<void> {
    this.panel.subscribe(() => this.followPanel());
    this.service.onMessage((message, senderTabId) => {
      // The list changed at once; which of them the page finds is known when it says so.
      if (isMessage(message, 'highlights-changed')) void this.refresh();
      else if (isMessage(message, 'highlights-found') && senderTabId !== null && senderTabId === this.panel.state.tabId) void this.refresh();
    });
    return this.followPanel() ?? this.refresh();
  }

  /** Shows the comparison or the highlights; what came of an action in the other view is no longer news. */
  setView(view: PanelView): void {
    if (view !== this.current.view) this.update({ view, notice: null });
  }

  /** Lists this page's highlights or all. */
  setScope(scope: HighlightScope): void {
    this.update({ scope });
  }

  /** Filters the lists by `query` (every word in the text, note, tags, title or outlet), after a short pause for typing. */
  search(query: string): void {
    this.update({ query });
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.refresh(), this.searchDelayMs);
  }

  /** Asks the background for the highlights and the page for what it found again. */
  async refresh(): Promise<void> {
    const listing = ++this.latestListing;
    const { query, pageKey } = this.current;
    const tabId = this.panel.state.tabId;
    try {
      const [matching, refind] = await Promise.all([
        this.list(query),
        tabId !== null && pageKey !== null ? this.service.refindStatus(tabId) : Promise.resolve(null),
      ]);
      const everything = query.trim() === '' ? matching : await this.list('');
      if (listing !== this.latestListing) return;
      // The page's own list names its highlights even when its key differs from the address's.
      const onPage = new Set(refind ? [...refind.found, ...refind.missing] : []);
      const pageHighlights = everything.filter((h) => (pageKey !== null && h.canonicalUrl === pageKey) || onPage.has(h.id));
      this.update({ listed: matching, pageHighlights, refind, ...(this.current.notice?.kind === 'request-failed' ? { notice: null } : {}) });
    } catch {
      if (listing === this.latestListing) this.update({ notice: { kind: 'request-failed' } });
    }
  }

  /** Changes a highlight's note, tags or colour. */
  async edit(id: string, changes: Extract<HighlightRequest, { action: 'update' }>['changes']): Promise<void> {
    try {
      const updated = (await this.service.highlightRequest({ action: 'update', id, changes })) as Highlight;
      const replace = (list: Highlight[]) => list.map((h) => (h.id === id ? updated : h));
      this.update({ listed: this.current.listed && replace(this.current.listed), pageHighlights: replace(this.current.pageHighlights) });
    } catch {
      this.update({ notice: { kind: 'request-failed' } });
    }
  }

  /** Deletes a highlight; it can be put back with `undoDelete` for a few seconds. */
  async remove(id: string): Promise<void> {
    try {
      const deleted = (await this.service.highlightRequest({ action: 'delete', id })) as Highlight | null;
      const without = (list: Highlight[]) => list.filter((h) => h.id !== id);
      this.update({ listed: this.current.listed && without(this.current.listed), pageHighlights: without(this.current.pageHighlights), deleted });
      clearTimeout(this.undoTimer);
      if (deleted !== null) this.undoTimer = setTimeout(() => this.update({ deleted: null }), this.undoMs);
    } catch {
      this.update({ notice: { kind: 'request-failed' } });
    }
  }

  /** Puts the highlight deleted last back as it was. */
  async undoDelete(): Promise<void> {
    const highlight = this.current.deleted;
    if (highlight === null) return;
    clearTimeout(this.undoTimer);
    this.update({ deleted: null });
    try {
      await this.service.highlightRequest({ action: 'restore', highlight });
      await this.refresh();
    } catch {
      this.update({ notice: { kind: 'request-failed' } });
    }
  }

  /** Scrolls the page to one of its highlights and flashes it. */
  async reveal(id: string): Promise<void> {
    const tabId = this.panel.state.tabId;
    if (tabId === null) return;
    const reached = await this.service.revealHighlight(tabId, id);
    this.update({ notice: reached ? null : { kind: 'reveal-failed' } });
  }

  /** Opens the page of a highlight in a new tab; does nothing for addresses other than http(s). */
  open(highlight: Highlight): void {
    const href = safeHttpUrl(highlight.url);
    if (href !== null) this.service.openPage(href);
  }

  /** Downloads the listed scope's highlights (this page's or all) in `format`. */
  async exportAs(format: ExportFormat): Promise<void> {
    const { scope, pageKey } = this.current;
    const canonical = scope === 'page' ? pageKey : null;
    try {
      const text = (await this.service.highlightRequest({ action: 'export', format, canonicalUrl: canonical })) as string;
      const { extension, mimeType } = EXPORT_FILES[format];
      const day = new Date(this.now()).toISOString().slice(0, 10);
      this.service.download(`parallax-highlights-${day}.${extension}`, text, mimeType);
    } catch {
      this.update({ notice: { kind: 'request-failed' } });
    }
  }

  /** Imports a W3C Web Annotation file's text and says what was added and skipped. */
  async importText(text: string): Promise<void> {
    try {
      const result = (await this.service.highlightRequest({ action: 'import', text })) as HighlightImport;
      this.update({ notice: { kind: 'imported', added: result.added, skipped: result.skipped } });
      await this.refresh();
    } catch (error) {
      this.update({ notice: { kind: 'import-failed', reason: reasonOf(error) } });
    }
  }

  /**
   * Saves a quote or figure of the shown comparison as a highlight of the page, with the other
   * outlets' versions attached. Its position is left unknown: the comparison's offsets count the
   * extracted text, not the page text the content script indexes, which finds it by its words.
   */
  async saveItem(item: ItemRef): Promise<void> {
    const tab = this.panel.state.tab;
    const pageKey = this.savingKey();
    if (tab?.kind !== 'matched' || pageKey === null) return;
    const { comparison } = tab;
    const found = item.kind === 'quote' ? comparison.quotes.find((q) => q.id === item.id) : comparison.figures.find((f) => f.id === item.id);
    if (!found) return;
    const compared: ComparedVersions = {
      kind: item.kind,
      others: found.others.slice(0, MAX_COMPARED).map((other) => ({ outlet: other.outlet, text: other.text.slice(0, MAX_COMPARED_CHARS), date: other.date })),
    };
    const now = this.now();
    const highlight: Highlight = {
      id: this.newId(),
      url: tab.url,
      canonicalUrl: pageKey,
      title: tab.title || null,
      outlet: tab.outlet || null,
      story: comparison.story.storyKey,
      createdAt: now,
      modifiedAt: now,
      exact: found.anchor.exact,
      prefix: found.anchor.prefix,
      suffix: found.anchor.suffix,
      start: null,
      end: null,
      note: '',
      tags: [],
      colour: DEFAULT_COLOUR,
      compared,
    };
    try {
      await this.service.saveHighlight(highlight);
      await this.refresh();
    } catch {
      this.update({ notice: { kind: 'save-failed' } });
    }
  }

  /** Forgets the last notice. */
  dismissNotice(): void {
    this.update({ notice: null });
  }

  /**
   * The key to save a new highlight of the shown page under: the one the content script looks the
   * page up by, when a highlight it reported shows it (pages declaring another canonical address
   * than their own); else the address's key.
   */
  private savingKey(): string | null {
    const { refind, pageHighlights, pageKey } = this.current;
    const reported = new Set(refind ? [...refind.found, ...refind.missing] : []);
    return pageHighlights.find((h) => reported.has(h.id))?.canonicalUrl ?? pageKey;
  }

  private list(query: string): Promise<Highlight[]> {
    return this.service.highlightRequest({ action: 'list', canonicalUrl: null, query }) as Promise<Highlight[]>;
  }

  /** Lists again when the panel shows another tab or page; asks the page again when its state changed. Returns the refresh when one started. */
  private followPanel(): Promise<void> | undefined {
    const { tabId, tab } = this.panel.state;
    // The background names the key the page's highlights are stored under; before it has, the address's.
    const pageKey = tab && 'pageKey' in tab ? tab.pageKey : pageKeyOf(tab?.url ?? null);
    const kind = tab?.kind ?? null;
    if (tabId === this.shownTabId && pageKey === this.current.pageKey && kind === this.shownTabKind) return undefined;
    const samePage = tabId === this.shownTabId && pageKey === this.current.pageKey;
    this.shownTabId = tabId;
    this.shownTabKind = kind;
    if (!samePage) this.update({ pageKey, refind: null, pageHighlights: [] });
    return this.refresh();
  }

  private update(change: Partial<HighlightsState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener();
  }
}
