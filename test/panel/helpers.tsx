// Rendering panel components into jsdom with the extension's real English messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TextContext, type PanelText } from '../../src/panel/text';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages: Record<string, LocaleMessage> = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'assets', '_locales', 'en', 'messages.json'), 'utf8'),
);

/**
 * `browser.i18n.getMessage` over the real messages.json: named placeholders become their
 * content, then $1, $2 … the substitutions. Throws on a key the file lacks, so a typo fails a test
 * instead of showing an empty string.
 */
export function englishMessage(key: string, ...substitutions: (string | number)[]): string {
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key} in _locales/en/messages.json`);
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** English text with dates formatted as in en-GB ("7 Mar 2022"). */
export const englishText: PanelText = {
  t: englishMessage,
  locale: 'en-GB',
};

/** Renders `children` with the English text into a fresh element of the document; returns the element. */
export function mount(children: ComponentChildren): HTMLElement {
  const container = document.createElement('main');
  document.body.append(container);
  rerender(container, children);
  return container;
}

/** Renders `children` again into a container `mount` made, as the app does on every change of state. */
export function rerender(container: HTMLElement, children: ComponentChildren): void {
  act(() => {
    render(<TextContext.Provider value={englishText}>{children}</TextContext.Provider>, container);
  });
}

/** Unmounts everything `mount` rendered. */
export function unmountAll(): void {
  for (const container of [...document.body.querySelectorAll('main')]) {
    act(() => render(null, container));
    container.remove();
  }
}

/** The text a reader sees in `element`: blocks apart, runs of white space made single, screen-reader-only text left out. */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
  for (const block of copy.querySelectorAll('p, li, blockquote, h1, h2, h3, header, section')) block.append(' ');
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
