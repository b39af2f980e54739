// Which selections of the reader are worth saving as highlights. Kept apart from the reader
// highlights (which need the text index and re-finding) so the light content script can decide
// whether to show its save button without loading the page tools.

/** Nodes a selection inside of is never saved: form fields and editable text are the reader's input, not the page. */
const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Whether `node` is inside a form field or editable text. */
export function isEditable(node: Node | null): boolean {
  const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return Boolean(element?.closest(EDITABLE) || (element as HTMLElement | null)?.isContentEditable);
}

/**
 * The reader's selection as one Range when it is worth saving: not collapsed, holding more than
 * whitespace, inside `root`, and not in a form field, editable text or a document in design
 * mode. Null otherwise.
 */
export function savableSelection(win: Window, root: Node): Range | null {
  const doc = win.document;
  const selection = win.getSelection?.();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  if (doc.designMode === 'on' || isEditable(doc.activeElement)) return null;
  const range = selection.getRangeAt(0);
  if (isEditable(range.startContainer) || isEditable(range.endContainer) || isEditable(range.commonAncestorContainer)) return null;
  if (!root.contains(range.commonAncestorContainer)) return null;
  if (selection.toString().trim() === '') return null;
  return range;
}
