// Small helpers the content scripts' sessions and the reader highlights share.

/** Logs a failure the page must not see as an exception. */
export function warn(what: string, error?: unknown): void {
  console.warn(`Parallax: ${what}`, error ?? '');
}

/** Runs `task` when the page is idle (within 2 s), or soon where requestIdleCallback is missing. */
export function whenIdle(win: Window, task: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 50);
}

/** Whether `range` still covers text in the document (a re-rendered page leaves old ranges collapsed or detached). */
export function isLive(range: Range): boolean {
  return !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected;
}

/** Brings `range` to the middle of the view (smoothly, unless the reader asked for less motion). */
export function scrollToCentre(win: Window, range: Range): void {
  const behavior: ScrollBehavior = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  const element = range.startContainer.parentElement;
  // Scrolling the element also scrolls any scrolling box the article sits in; a paragraph taller
  // than half the view would put the quote off centre, so then the window scrolls by the range.
  if (element && element.getBoundingClientRect().height <= win.innerHeight / 2) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    return;
  }
  const rect = range.getBoundingClientRect();
  win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior });
}
