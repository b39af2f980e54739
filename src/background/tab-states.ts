// What each tab shows, kept in the background's memory. A stopped service worker forgets it;
// the panel then asks again and the background has the tab's content script report anew.
import type { TabState } from '../messages';

export class TabStates {
  private readonly states = new Map<number, TabState>();
  /** Latest report per tab: an older page's analysis that finishes late must not win. */
  private readonly reports = new Map<number, number>();
  private nextReport = 1;
  /** Called after every change of a tab's state. */
  onChange: ((tabId: number) => void) | null = null;

  /** The tab's state; undefined when nothing was reported since the worker started. */
  get(tabId: number): TabState | undefined {
    return this.states.get(tabId);
  }

  /** Starts a report for the tab and returns its number; earlier reports become stale. */
  beginReport(tabId: number): number {
    const report = this.nextReport++;
    this.reports.set(tabId, report);
    return report;
  }

  /** Whether `report` is still the tab's latest. */
  isCurrent(tabId: number, report: number): boolean {
    return this.reports.get(tabId) === report;
  }

  /** Sets the tab's state if `report` is still current (or no report is given); returns whether it did. */
  set(tabId: number, state: TabState, report?: number): boolean {
    if (report !== undefined && !this.isCurrent(tabId, report)) return false;
    this.states.set(tabId, state);
    this.onChange?.(tabId);
    return true;
  }

  /** Forgets the tab (closed, or navigated to another page). */
  forget(tabId: number): void {
    this.reports.delete(tabId);
    if (this.states.delete(tabId)) this.onChange?.(tabId);
  }

  /** Tabs with a known state. */
  tabs(): number[] {
    return [...this.states.keys()];
  }
}
