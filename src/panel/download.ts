// A file from text made in the panel, handed to the browser's downloads through a Blob URL and
// an <a download> click: no network, no "downloads" permission, and the CSP has nothing to say
// about following a link the page made.

/**
 * Makes `text` a file named `filename` and asks the browser to save it: a Blob URL, a hidden
 * `<a download>` clicked once, and the URL revoked after the click had its turn.
 */
export function downloadText(doc: Document, filename: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox: the click only queues it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
