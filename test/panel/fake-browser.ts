// A fake browser for the panel's controllers: tabs whose states a test sets, a background holding
// highlights in memory, a page answering refind-status; records what the panel sends.
import type { Highlight } from '../../src/highlights/highlight';
import type { HighlightRequest, ItemRef, TabState } from '../../src/messages';
import type { PanelService, RefindStatus } from '../../src/panel/service';

/** A browser with tabs whose states the test sets, recording what the panel sends. */
export class FakeBrowser implements PanelService {
  fixed: number | null = null;
  active: number | null = 1;
  states = new Map<number, TabState>();
  asked: number[] = [];
  revealed: [number, ItemRef][] = [];
  enabled: [number, string][] = [];
  grant = true;
  pageListens = true;
  backgroundAnswers = true;
  /** The background's saved highlights. */
  saved: Highlight[] = [];
  /** Every highlight request, in order. */
  requests: HighlightRequest[] = [];
  /** What the page's content script answers to refind-status; null: no content script. */
  refind: RefindStatus | null = { found: [], missing: [] };
  revealedHighlights: [number, string][] = [];
  opened: string[] = [];
  downloads: { filename: string; text: string; mimeType: string }[] = [];
  /** The answer to an import request; an Error is thrown as the background would. */
  importAnswer: unknown = { added: 0, skipped: [] };
  private activated: (() => void)[] = [];
  private navigated: ((tabId: number) => void)[] = [];
  private messages: ((message: unknown, sender: number | null) => void)[] = [];

  fixedTabId = () => this.fixed;
  activeTabId = async () => this.active;
  onTabActivated = (listener: () => void) => void this.activated.push(listener);
  onTabNavigated = (listener: (tabId: number) => void) => void this.navigated.push(listener);
  onMessage = (listener: (message: unknown, sender: number | null) => void) => void this.messages.push(listener);
  async getTabState(tabId: number): Promise<TabState> {
    this.asked.push(tabId);
    if (!this.backgroundAnswers) throw new Error('Could not establish connection');
    return this.states.get(tabId) ?? { kind: 'unknown', url: null, siteEnabled: false };
  }
  async reveal(tabId: number, item: ItemRef): Promise<boolean> {
    this.revealed.push([tabId, item]);
    return this.pageListens;
  }
  async enableSite(tabId: number, origin: string): Promise<boolean> {
    this.enabled.push([tabId, origin]);
    return this.grant;
  }

  activate(tabId: number): void {
    this.active = tabId;
    for (const listener of this.activated) listener();
  }
  navigate(tabId: number): void {
    for (const listener of this.navigated) listener(tabId);
  }
  send(message: unknown, senderTabId: number | null): void {
    for (const listener of this.messages) listener(message, senderTabId);
  }

  async highlightRequest(request: HighlightRequest): Promise<unknown> {
    this.requests.push(request);
    switch (request.action) {
      case 'list': {
        const words = request.query.toLowerCase().split(/\s+/).filter(Boolean);
        return this.saved
          .filter((h) => request.canonicalUrl === null || h.canonicalUrl === request.canonicalUrl)
          .filter((h) => words.every((w) => [h.exact, h.note, ...h.tags].join('\n').toLowerCase().includes(w)))
          .sort((a, b) => b.createdAt - a.createdAt);
      }
      case 'update': {
        const at = this.saved.findIndex((h) => h.id === request.id);
        this.saved[at] = { ...this.saved[at], ...request.changes };
        return this.saved[at];
      }
      case 'delete': {
        const deleted = this.saved.find((h) => h.id === request.id) ?? null;
        this.saved = this.saved.filter((h) => h.id !== request.id);
        return deleted;
      }
      case 'restore':
        this.saved.push(request.highlight);
        return undefined;
      case 'export':
        return `${request.format} of ${request.canonicalUrl ?? 'all'}`;
      case 'import':
        if (this.importAnswer instanceof Error) throw this.importAnswer;
        return this.importAnswer;
    }
  }
  async saveHighlight(highlight: Highlight): Promise<Highlight> {
    this.saved.push(highlight);
    return highlight;
  }
  async refindStatus(_tabId: number): Promise<RefindStatus | null> {
    return this.refind;
  }
  async revealHighlight(tabId: number, id: string): Promise<boolean> {
    this.revealedHighlights.push([tabId, id]);
    return this.pageListens;
  }
  openPage(url: string): void {
    this.opened.push(url);
  }
  download(filename: string, text: string, mimeType: string): void {
    this.downloads.push({ filename, text, mimeType });
  }
}
