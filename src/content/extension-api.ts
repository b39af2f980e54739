// The browser's own extension API for the light content script, without webextension-polyfill
// (whose setup cost about a fifth of content.js's time on a page that is not an article).
// Firefox and recent Chromium have a promise-based `browser`; older Chromium only `chrome`, whose
// runtime.sendMessage also returns a promise in Manifest V3. Answers to messages go through
// sendResponse, which every one of them honours (a promise returned by a listener is not).

/** The few calls content.js makes. */
export interface ExtensionApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
    };
  };
  i18n: { getMessage(name: string): string };
}

/** `browser` where the browser has it, else `chrome`. */
export function extensionApi(): ExtensionApi {
  const world = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = world.browser ?? world.chrome;
  if (!api) throw new Error('no extension API in this context');
  return api;
}

/**
 * Listens to runtime messages with `handle`: an answer that is a promise is sent when it settles
 * (undefined when it fails), any other answer at once; undefined means the message is not ours.
 */
export function answerMessages(api: ExtensionApi, handle: (message: unknown) => unknown): void {
  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const answer = handle(message);
    if (answer === undefined) return undefined;
    if (!(answer instanceof Promise)) {
      sendResponse(answer);
      return undefined;
    }
    answer.then(sendResponse, (error: unknown) => {
      console.warn('Parallax: answering a message failed', error);
      sendResponse(undefined);
    });
    return true;
  });
}
