// The panel's one piece of state and the rules that change it: which tab the panel shows, what
// the background says about that tab, and which item the reader last clicked in the page.
// Browser access goes through a `PanelService`, so these rules are tested with a fake one.
import { isMessage, type ItemRef, type TabState } from '../messages';
import type { PanelService } from './service';

/** A request to focus an item in the panel; `seq` grows so that clicking the same item again focuses it again. */
export interface FocusRequest {
  item: ItemRef;
  seq: number;
}

/** Everything the panel shows. */
export interface PanelState {
  /** True until the panel knows which tab to show. */
  searching: boolean;
  /** The tab shown; null when the window has no active tab. */
  tabId: number | null;
  /** The background's view of the tab; null until its first answer. */
  tab: TabState | null;
  /** True when the background did not answer (it may be restarting). */
  unreachable: boolean;
  /** The item the reader clicked in the page; null before any click. */
  focus: FocusRequest | null;
  /** What came of the last attempt to reach the page or to enable the site; null when all went well. */
  notice: 'reveal-failed' | 'permission-refused' | null;
}

/** The origin ("https://example.com") of an http(s) page, for asking to run there; null for other pages. */
export function pageOrigin(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

export class PanelController {
  private current: PanelState = { searching: true, tabId: null, tab: null, unreachable: false, focus: null, notice: null };
  private readonly listeners = new Set<() => void>();
  /** Number of the latest request for a tab state: older answers arrive too late and are dropped. */
  private latestRequest = 0;
  private focusSeq = 0;

  constructor(private readonly service: PanelService) {}

  /** The state now. */
  get state(): PanelState {
    return this.current;
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts listening to the browser and loads the tab to show. */
  async start(): Promise<void> {
    const fixed = this.service.fixedTabId();
    this.service.onMessage((message, senderTabId) => this.received(message, senderTabId));
    this.service.onTabNavigated((tabId) => {
      if (tabId === this.current.tabId) void this.refresh();
    });
    if (fixed !== null) {
      await this.show(fixed);
      return;
    }
    this.service.onTabActivated(() => void this.followActiveTab());
    await this.followActiveTab();
  }

  /** Scrolls the page to `item` and flashes it. */
  async reveal(item: ItemRef): Promise<void> {
    const tabId = this.current.tabId;
    if (tabId === null) return;
    const reached = await this.service.reveal(tabId, item);
    this.update({ notice: reached ? null : 'reveal-failed' });
  }

  /**
   * Asks the reader to let Parallax run on the shown page's site. Call it straight from the click
   * handler (the browser's permission prompt needs the user gesture); does nothing when the page
   * is not an http(s) page.
   */
  enableSite(): Promise<void> {
    const { tabId, tab } = this.current;
    const origin = tab?.kind === 'unknown' ? pageOrigin(tab.url) : null;
    if (tabId === null || origin === null) return Promise.resolve();
    return this.service.enableSite(tabId, origin).then(
      (granted) => {
        this.update({ notice: granted ? null : 'permission-refused' });
        if (granted) return this.refresh();
      },
      () => this.update({ notice: 'permission-refused' }),
    );
  }

  /** Asks the background again about the shown tab. */
  async refresh(): Promise<void> {
    const tabId = this.current.tabId;
    if (tabId === null) return;
    const request = ++this.latestRequest;
    try {
      const tab = await this.service.getTabState(tabId);
      if (request === this.latestRequest) this.update({ tab, unreachable: false });
    } catch {
      if (request === this.latestRequest) this.update({ unreachable: true });
    }
  }

  private async followActiveTab(): Promise<void> {
    const tabId = await this.service.activeTabId();
    if (this.current.searching || tabId !== this.current.tabId) await this.show(tabId);
  }

  private async show(tabId: number | null): Promise<void> {
    this.update({ searching: false, tabId, tab: null, unreachable: false, focus: null, notice: null });
    if (tabId === null) this.latestRequest++;
    else await this.refresh();
  }

  private received(message: unknown, senderTabId: number | null): void {
    const tabId = this.current.tabId;
    if (tabId === null) return;
    if (isMessage(message, 'tab-state-changed') && message.tabId === tabId) {
      void this.refresh();
    } else if (isMessage(message, 'item-clicked') && senderTabId === tabId) {
      this.update({ focus: { item: message.item, seq: ++this.focusSeq } });
    }
  }

  private update(change: Partial<PanelState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener();
  }
}
