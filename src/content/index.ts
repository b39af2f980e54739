// content.js, the light content script (top frame of news pages, at document_idle): detection,
// messages (an article's HTML goes to the background, which reads it off this thread), the
// address watch and the selection button. The heavy half (anchoring, painting, highlight
// re-finding, and Readability for when the background cannot read a page) is article.js, which
// the background injects only when LightSession asks for it. See README.md and article-tools.ts.
// It uses the browser's own extension API, not webextension-polyfill: the polyfill's setup was a
// large share of this script's cost on every page (see extension-api.ts).
import { isMessage, type Message } from '../messages';
import { answerMessages, extensionApi } from './extension-api';
import { watchAddress } from './address-watch';
import { articleTools, type ArticleTools } from './article-tools';
import { LightSession } from './light-session';
import { warn } from './page-tools';
import { savableSelection } from './selection';
import { SelectionButton } from './selection-button';

/** Marks this isolated world, so a second injection (scripting.executeScript after enable-site) does nothing. */
const STARTED = Symbol.for('parallax.content-script');

/** Has the background inject article.js into this frame; resolves to its tools once it ran. */
async function loadArticleTools(): Promise<ArticleTools | null> {
  if (!articleTools()) await extensionApi().runtime.sendMessage({ type: 'load-article-tools' } satisfies Message);
  return articleTools() ?? null;
}

function start(): void {
  // Frames are not articles (the manifest says all_frames: false; this holds if it changes).
  if (window.top !== window) return;
  const world = globalThis as { [STARTED]?: boolean };
  if (world[STARTED]) return;
  world[STARTED] = true;

  const api = extensionApi();
  const session = new LightSession(window, (message: Message) => api.runtime.sendMessage(message), loadArticleTools);
  const button = new SelectionButton(
    window,
    () => api.i18n.getMessage('contextMenuSaveHighlight'),
    () => savableSelection(window, document.body ?? document.documentElement),
    (range) => void session.saveRange(range),
  );
  answerMessages(api, (message: unknown) => {
    if (isMessage(message, 'reveal')) return session.reveal(message.item);
    if (isMessage(message, 'analyse-again')) session.run();
    if (isMessage(message, 'save-selection')) return saveSelection();
    if (isMessage(message, 'highlights-changed')) session.highlightsChanged();
    if (isMessage(message, 'refind-status')) return session.refindStatus();
    if (isMessage(message, 'reveal-highlight')) return session.revealHighlight(message.id);
    return undefined;
  });
  /** Answers save-selection with whether a highlight was saved. */
  async function saveSelection(): Promise<boolean> {
    button.hide();
    return session.saveSelection();
  }
  button.listen();
  watchAddress(window, () => session.run());
  session.run();
}

try {
  start();
} catch (error) {
  warn('the content script could not start', error);
}
