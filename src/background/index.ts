// The background: loads the bundled corpus packs into IndexedDB, recognises and compares the
// pages the content script reports, keeps each tab's state for the panel, and drives the toolbar
// badge, the toolbar button and the context menu. The logic lives in src/store, src/core and
// page-analysis.ts (tested in Node); this file only connects it to the browser.
import browser, { type Runtime } from 'webextension-polyfill';
import type { ExtractedArticle } from '../extract/extract';
import type { Highlight } from '../highlights/highlight';
import {
  isMessage,
  type ExtractPageMessage,
  type HighlightRequestMessage,
  type PageArticleMessage,
  type PaintPlan,
  type SaveHighlightMessage,
  type TabState,
  type TabStateChangedMessage,
} from '../messages';
import { parseBundledIndex, syncBundledPacks } from '../store/bundled';
import { CorpusDb } from '../store/corpus-db';
import { UserDb } from '../store/user-db';
import { DexieCorpusIndex } from '../store/dexie-corpus';
import { CorpusActivity, corpusStatus, isCorpusStatusRequest, type CorpusStatusMessage } from '../store/status';
import { textChunks } from '../store/text-stream';
import { extractOffPage } from './extraction';
import { answerHighlightRequest, changesHighlights, hasPageHighlights, pageHighlights, saveHighlight } from './highlights';
import { analyseReportedPage, pageKeyOf } from './page-analysis';
import { enableSite, forgetSites, runContentScript, siteEnabled } from './sites';
import { StartedAnalyses } from './started-analyses';
import { TabStates } from './tab-states';

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}
interface FirefoxSidebar {
  toggle(): Promise<void>;
  open(): Promise<void>;
}
const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

// Chrome opens the side panel itself when the toolbar button is clicked; Firefox toggles its
// sidebar from the action's click event.
if (chromeSidePanel) void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true });
else browser.action.onClicked.addListener(() => void firefoxSidebar?.toggle());

/** Opens the panel beside `tabId`; must run before any await in a user-gesture handler. */
function openPanel(tabId: number): void {
  if (chromeSidePanel) void chromeSidePanel.open({ tabId }).catch(() => undefined);
  else void firefoxSidebar?.open().catch(() => undefined);
}

const corpus = new CorpusDb();
const userData = new UserDb();
const corpusIndex = new DexieCorpusIndex(corpus);
const activity = new CorpusActivity();
const tabs = new TabStates();
/** Comparisons started when the background extracted a tab's article, for that tab's report of it. */
const started = new StartedAnalyses<PaintPlan>();

// ---- the corpus ----

/** No pack is live and none could be loaded: the message says why, for the reader. */
class CorpusUnavailable extends Error {}

/** Tells open pages (options, panels) how imports advance; nobody listening is fine. */
activity.onChange = () => {
  void corpusStatus(corpus, activity)
    .then((packs) => {
      void browser.runtime.sendMessage({ type: 'corpus-progress', packs } satisfies CorpusStatusMessage).catch(() => undefined);
      const { done, total } = packs.reduce(
        (sum, p) => (p.state === 'importing' ? { done: sum.done + p.done, total: sum.total + p.total } : sum),
        { done: 0, total: 0 },
      );
      for (const tabId of tabs.tabs()) {
        const state = tabs.get(tabId);
        if (state?.kind === 'corpus-loading') tabs.set(tabId, { ...state, done, total });
      }
    })
    .catch(() => undefined);
};

/** A file of the extension, streamed as text. */
async function openPackaged(path: string): Promise<AsyncIterable<string>> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status}`);
  return textChunks(response.body);
}

let loading: Promise<unknown> | null = null;

/** Imports the bundled packs (resuming an unfinished import); one run at a time. */
function loadBundledPacks(): Promise<unknown> {
  loading ??= (async () => {
    const response = await fetch(browser.runtime.getURL('corpus/index.json'));
    const files = parseBundledIndex(await response.json());
    const outcomes = await syncBundledPacks(corpus, files, (file) => openPackaged(`corpus/${file}`), activity);
    // Pages compared before the corpus changed are compared again against the new one.
    if (outcomes.some((o) => o.status !== 'unchanged')) askTabsAgain();
  })()
    .catch((error: unknown) => console.error('Parallax: loading the bundled corpus failed', error))
    .finally(() => {
      loading = null;
    });
  return loading;
}

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({
    id: 'parallax-compare',
    title: browser.i18n.getMessage('contextMenuCompare'),
    contexts: ['page', 'selection'],
  });
  browser.contextMenus.create({
    id: 'parallax-save-highlight',
    title: browser.i18n.getMessage('contextMenuSaveHighlight'),
    contexts: ['selection'],
  });
});
// Every start of the worker (install, update, browser start, or the next event after it was
// stopped mid-import) checks the bundled packs: it costs one header read per pack.
void loadBundledPacks();

/**
 * Waits until some pack is live. While the first import runs, the tab shows its progress; when
 * no pack could be loaded, throws the reason.
 */
async function corpusReady(tabId: number, url: string, report: number): Promise<void> {
  if ((await corpus.packs.count()) > 0) return;
  if (loading) {
    tabs.set(tabId, { kind: 'corpus-loading', url, done: 0, total: 0 }, report);
    activity.onChange?.();
    await loading;
  }
  if ((await corpus.packs.count()) > 0) return;
  const failures = (await corpusStatus(corpus, activity)).flatMap((p) => (p.state === 'failed' ? [p.message] : []));
  throw new CorpusUnavailable(browser.i18n.getMessage('errorCorpusFailed', failures.join('; ') || 'no pack is installed'));
}

// ---- pages ----

/** Compares the page a content script reported; answers with what to paint. */
async function onPageReported(tabId: number, message: PageArticleMessage): Promise<PaintPlan> {
  const { article } = message;
  const report = tabs.beginReport(tabId);
  if (article.isArticle) tabs.set(tabId, { kind: 'working', url: article.url }, report);
  try {
    if (article.isArticle) await corpusReady(tabId, article.url, report);
    const [outcome, savedHighlights] = await Promise.all([
      analyseReportedPage(corpusIndex, article),
      hasPageHighlights(userData, pageKeyOf(article)),
    ]);
    if (!tabs.set(tabId, outcome.state, report)) return { story: null, items: [] };
    await setBadge(tabId, outcome.badge);
    return { ...outcome.plan, savedHighlights };
  } catch (error) {
    const text = error instanceof CorpusUnavailable ? error.message : browser.i18n.getMessage('errorAnalysisFailed', (error as Error).message);
    console.error('Parallax: comparing', article.url, 'failed', error);
    tabs.set(tabId, { kind: 'error', url: article.url, message: text }, report);
    await setBadge(tabId, '');
    return { story: null, items: [] };
  }
}

/** The article extracted from a page's HTML off its main thread; null when that failed (logged). */
async function answerExtraction(html: string, url: string): Promise<ExtractedArticle | null> {
  try {
    return await extractOffPage(html, url);
  } catch (error) {
    console.warn('Parallax: extracting', url, 'off the page failed', error);
    return null;
  }
}

/**
 * Extracts the article of a tab's top frame and starts comparing it at once: the content script
 * reports this article next, and its report takes that comparison (see StartedAnalyses).
 */
async function onExtractPage(tabId: number, message: ExtractPageMessage): Promise<ExtractedArticle | null> {
  // The article is being read (extraction takes a moment on long pages): say so to the panel.
  tabs.set(tabId, { kind: 'working', url: message.url });
  const article = await answerExtraction(message.html, message.url);
  if (article) started.start(tabId, article, () => onPageReported(tabId, { type: 'page-article', article }));
  return article;
}

/**
 * Runs article.js (anchoring, painting, reader highlights) in the frame of the content script that asked
 * for it: the light content script does so only for articles and pages with highlights. True once
 * it ran; false when the browser refused (logged).
 */
async function injectArticleTools(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['article.js'] });
    return true;
  } catch (error) {
    console.warn('Parallax: could not load the page tools into tab', tabId, error);
    return false;
  }
}

async function setBadge(tabId: number, text: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed meanwhile.
  }
}

/** The tab's state; when the worker lost it (it was stopped), asks the tab's content script to report again. */
async function tabState(tabId: number): Promise<TabState> {
  const known = tabs.get(tabId);
  if (known) return known;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? null;
  const enabled = await siteEnabled(url).catch(() => false);
  if (enabled) void browser.tabs.sendMessage(tabId, { type: 'analyse-again' }).catch(() => undefined);
  return { kind: 'unknown', url, siteEnabled: enabled };
}

/** Has every tab with a known state report its page again (the corpus changed). */
function askTabsAgain(): void {
  for (const tabId of tabs.tabs()) void browser.tabs.sendMessage(tabId, { type: 'analyse-again' }).catch(() => undefined);
}

tabs.onChange = (tabId) => {
  void browser.runtime.sendMessage({ type: 'tab-state-changed', tabId } satisfies TabStateChangedMessage).catch(() => undefined);
};

browser.tabs.onRemoved.addListener((tabId) => {
  tabs.forget(tabId);
  started.forget(tabId);
});
// A new document in the tab: its old state no longer applies (the browser resets the badge).
// Without the "tabs" permission `change.url` is hidden on sites the extension may not read, so
// the loading status alone decides; the content script reports the new page when it is idle.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  tabs.forget(tabId);
  started.forget(tabId);
});
browser.permissions.onRemoved.addListener((removed) => void forgetSites(removed.origins ?? []).catch(() => undefined));

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (tab?.id === undefined) return;
  if (info.menuItemId === 'parallax-save-highlight') {
    void saveSelection(tab.id);
    return;
  }
  openPanel(tab.id);
  // The menu grants this tab for now: run the content script here if it is not running yet.
  if (!tabs.get(tab.id)) void runContentScript(tab.id).catch((error: unknown) => console.warn('Parallax:', error));
});

/** Has the tab's content script save the reader's selection (running it first if needed). */
async function saveSelection(tabId: number): Promise<void> {
  try {
    if (!tabs.get(tabId)) await runContentScript(tabId);
    await browser.tabs.sendMessage(tabId, { type: 'save-selection' });
  } catch (error) {
    console.warn('Parallax: saving the selection failed', error);
  }
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'save-highlight' && tab?.id !== undefined) void saveSelection(tab.id);
});

// ---- highlights ----

/** Tells every part showing highlights (panels, content scripts) to read them again. */
function highlightsChanged(): void {
  const message = { type: 'highlights-changed' } as const;
  void browser.runtime.sendMessage(message).catch(() => undefined);
  for (const tabId of tabs.tabs()) void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** A native promise around the Dexie one: Chrome drops other promises' results. */
async function answerPageHighlights(canonicalUrl: string): Promise<Highlight[]> {
  return pageHighlights(userData, canonicalUrl);
}

async function onSaveHighlight(message: SaveHighlightMessage): Promise<Highlight> {
  const saved = await saveHighlight(userData, message.highlight);
  highlightsChanged();
  return saved;
}

async function onHighlightRequest(message: HighlightRequestMessage): Promise<unknown> {
  const answer = await answerHighlightRequest(userData, message.request);
  if (changesHighlights(message.request)) highlightsChanged();
  return answer;
}

/** Whether the sender is one of the extension's own pages (panel, options), not a content script. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

/**
 * Answers the messages the background handles; `undefined` leaves others' messages alone.
 * Only the extension's own contexts can message it (no `externally_connectable`); even so, page
 * reports are taken only from content scripts in tabs, and requests only from extension pages.
 */
function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  // Chrome honours only native promises returned from here: every branch calls an async function.
  // Page reports come only from content scripts in tabs.
  const tabId = fromExtensionPage(sender) ? undefined : sender.tab?.id;
  if (isMessage(message, 'page-article')) return tabId === undefined ? undefined : (started.take(tabId, message.article) ?? onPageReported(tabId, message));
  if (isMessage(message, 'load-article-tools')) return tabId === undefined ? undefined : injectArticleTools(tabId, sender.frameId ?? 0);
  if (isMessage(message, 'extract-page')) {
    if (tabId === undefined) return undefined;
    return (sender.frameId ?? 0) === 0 ? onExtractPage(tabId, message) : answerExtraction(message.html, message.url);
  }
  // Highlights: the content script saves and reads its page's; the panel does the rest.
  if (isMessage(message, 'save-highlight')) return onSaveHighlight(message);
  if (isMessage(message, 'page-highlights')) return answerPageHighlights(message.canonicalUrl);
  if (!fromExtensionPage(sender)) return undefined;
  if (isCorpusStatusRequest(message)) return answerStatus();
  if (isMessage(message, 'get-tab-state')) return tabState(message.tabId);
  if (isMessage(message, 'enable-site')) return enableSite(message.origin, message.tabId);
  if (isMessage(message, 'highlight-request')) return onHighlightRequest(message);
  return undefined;
}

async function answerStatus(): Promise<CorpusStatusMessage> {
  return { type: 'corpus-status', packs: await corpusStatus(corpus, activity) };
}

browser.runtime.onMessage.addListener(onMessage);
void browser.action.setBadgeBackgroundColor({ color: '#35507a' });
