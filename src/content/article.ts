// article.js: the heavy half of the content script (see article-tools.ts), injected into the tab
// by the background when content.js asks for it. Creates the page session and hands it over;
// content.js drives it. A second injection into the same world does nothing.
import browser from 'webextension-polyfill';
import type { Message } from '../messages';
import { articleTools, provideArticleTools } from './article-tools';
import { PageSession, warn } from './page-session';

try {
  if (window.top === window && !articleTools()) {
    const session = new PageSession(window, (message: Message) => browser.runtime.sendMessage(message));
    document.addEventListener('click', session.onClick, { capture: true, passive: true });
    provideArticleTools({ session });
  }
} catch (error) {
  warn('the page tools could not start', error);
}
