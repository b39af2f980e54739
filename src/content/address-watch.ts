// Single-page sites change the article without loading a new document: the content script learns
// of it from the address. The Navigation API's `navigate` event reports every same-document
// navigation (pushState included) where it exists (Chromium, recent Firefox); elsewhere `popstate`
// and a slow poll of location.href (a string comparison) catch pushState navigations.

/** Wait after the last navigation signal before comparing addresses (the new page renders meanwhile). */
export const SETTLE_MS = 1000;
/** Poll interval where the Navigation API is missing. */
export const POLL_MS = 2000;

/** The address without its fragment: jumping to "#comments" does not change the article. */
function articleAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/**
 * Calls `onChange` once the page's address (fragment aside) has changed and navigation signals
 * have been quiet for SETTLE_MS. Returns a function that stops watching.
 */
export function watchAddress(win: Window, onChange: () => void): () => void {
  let last = articleAddress(win.location.href);
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const compare = (): void => {
    settleTimer = undefined;
    const now = articleAddress(win.location.href);
    if (now === last) return;
    last = now;
    try {
      onChange();
    } catch (error) {
      console.warn('Parallax: re-reading the page after navigation failed', error);
    }
  };
  const settle = (): void => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(compare, SETTLE_MS);
  };

  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('navigate', settle);
    return () => {
      clearTimeout(settleTimer);
      navigation.removeEventListener('navigate', settle);
    };
  }
  win.addEventListener('popstate', settle);
  const poll = setInterval(() => {
    if (settleTimer === undefined && articleAddress(win.location.href) !== last) settle();
  }, POLL_MS);
  return () => {
    clearTimeout(settleTimer);
    clearInterval(poll);
    win.removeEventListener('popstate', settle);
  };
}
