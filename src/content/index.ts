// The content script (top frame of news pages, at document_idle): wires PageSession to the
// extension's messages, the page's clicks and its address changes. See README.md.
import browser from 'webextension-polyfill';
import { isMessage, type Message } from '../messages';
import { watchAddress } from './address-watch';
import { PageSession, warn } from './page-session';
import { savableSelection } from './reader-highlights';
import { SelectionButton } from './selection-button';

/** Marks this isolated world, so a second injection (scripting.executeScript after enable-site) does nothing. */
const STARTED = Symbol.for('parallax.content-script');

function start(): void {
  // Frames are not articles (the manifest says all_frames: false; this holds if it changes).
  if (window.top !== window) return;
  const world = globalThis as { [STARTED]?: boolean };
  if (world[STARTED]) return;
  world[STARTED] = true;

  const session = new PageSession(window, (message: Message) => browser.runtime.sendMessage(message));
  const highlights = session.highlights;
  const button = new SelectionButton(
    window,
    browser.i18n.getMessage('contextMenuSaveHighlight'),
    () => savableSelection(window, document.body ?? document.documentElement),
    (range) => void highlights.saveRange(range),
  );
  // An async function's promise is native: Chrome's own `browser` only honours native promises.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessage(message, 'reveal')) return session.reveal(message.item);
    if (isMessage(message, 'analyse-again')) session.run();
    if (isMessage(message, 'save-selection')) return saveSelection();
    if (isMessage(message, 'highlights-changed')) highlights.reload();
    if (isMessage(message, 'refind-status')) return highlights.status();
    if (isMessage(message, 'reveal-highlight')) return highlights.reveal(message.id);
    return undefined;
  });
  /** Answers save-selection with whether a highlight was saved. */
  async function saveSelection(): Promise<boolean> {
    button.hide();
    return (await highlights.saveSelection()) !== null;
  }
  document.addEventListener('click', session.onClick, { capture: true, passive: true });
  button.listen();
  watchAddress(window, () => session.run());
  session.run();
}

try {
  start();
} catch (error) {
  warn('the content script could not start', error);
}
