// The content script: written by the content-script work in progress.
export {};
