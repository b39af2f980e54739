// Sites the reader enabled beyond the news sites of the manifest: an optional host permission
// the panel asked for, and a content script registered for that origin at run time. The
// browser keeps both across restarts; this file keeps them in step.
import browser from 'webextension-polyfill';

const SCRIPT_PREFIX = 'site:';

/** "https://example.com" for an http(s) address; null for any other. */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Whether the extension may run on the page at `url` (a manifest site or one the reader enabled). */
export async function siteEnabled(url: string | null | undefined): Promise<boolean> {
  const origin = originOf(url);
  if (origin === null) return false;
  return browser.permissions.contains({ origins: [`${origin}/*`] });
}

/**
 * Runs the content script on `origin` from now on, and in `tabId` right away. Throws when the
 * reader has not granted the origin (the panel asks first).
 */
export async function enableSite(origin: string, tabId: number): Promise<void> {
  if (originOf(origin) !== origin) throw new Error(`${origin} is not a web origin`);
  if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) {
    throw new Error(`Parallax may not read pages of ${origin}`);
  }
  const id = SCRIPT_PREFIX + origin;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [`${origin}/*`], js: ['content.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  }
  await runContentScript(tabId);
}

/** Stops running on origins whose permission the reader withdrew (in the browser's settings). */
export async function forgetSites(origins: readonly string[]): Promise<void> {
  const ids = origins.map((pattern) => SCRIPT_PREFIX + pattern.replace(/\/\*$/, ''));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
}

/**
 * Injects the content script into one tab (after the reader enabled the site, or chose the
 * context menu entry, which grants this tab for now). The script ignores a second injection.
 */
export async function runContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}
