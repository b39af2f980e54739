// The background: opens the panel from the toolbar button, loads the bundled corpus packs into
// IndexedDB and answers questions about the corpus. The logic lives in src/store (tested in
// Node); this file only connects it to the browser.
import browser from 'webextension-polyfill';
import { parseBundledIndex, syncBundledPacks } from '../store/bundled';
import { CorpusDb } from '../store/corpus-db';
import { CorpusActivity, corpusStatus, isCorpusStatusRequest, type CorpusStatusMessage } from '../store/status';
import { textChunks } from '../store/text-stream';

// Chrome opens the side panel itself when the toolbar button is clicked; Firefox toggles its
// sidebar from the action's click event.
const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome
  ?.sidePanel;
if (chromeSidePanel) {
  void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true });
} else {
  browser.action.onClicked.addListener(() => {
    void (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction.toggle();
  });
}

const corpus = new CorpusDb();
const activity = new CorpusActivity();

/** Tells open pages (the options page) how the imports advance; nobody listening is fine. */
activity.onChange = () => {
  void corpusStatus(corpus, activity)
    .then((packs) => browser.runtime.sendMessage({ type: 'corpus-progress', packs } satisfies CorpusStatusMessage))
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
    return syncBundledPacks(corpus, files, (file) => openPackaged(`corpus/${file}`), activity);
  })()
    .catch((error: unknown) => console.error('Parallax: loading the bundled corpus failed', error))
    .finally(() => {
      loading = null;
    });
  return loading;
}

browser.runtime.onInstalled.addListener(() => void loadBundledPacks());
browser.runtime.onStartup.addListener(() => void loadBundledPacks());
// A worker stopped mid-import is restarted by the next event, not by onStartup: checking costs
// one header read per pack, so every start of the worker checks.
void loadBundledPacks();

/** The answer to `{type: 'corpus-status'}` (a native promise: Chrome ignores others). */
async function answerStatus(): Promise<CorpusStatusMessage> {
  return { type: 'corpus-status', packs: await corpusStatus(corpus, activity) };
}

// Answers only its own messages: returning a promise for others would claim their reply.
browser.runtime.onMessage.addListener((message: unknown) => (isCorpusStatusRequest(message) ? answerStatus() : undefined));
