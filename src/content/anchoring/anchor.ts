// From text-quote selectors to live DOM Ranges and back. The text work is in text-index.ts and
// match-quote.ts (pure, tested in Node); this file only turns offsets into Ranges.
import { matchQuote, matchQuotesInOrder, type TextQuoteSelector } from './match-quote';
import { buildTextIndex, type TextIndex } from './text-index';

export type { TextQuoteSelector } from './match-quote';

/** Characters of context `describe` keeps on each side (as the page anchors do). */
const CONTEXT_CHARS = 32;

/** A Range over text[start, end) of `index`; null when the index cannot place both ends. */
export function rangeFromOffsets(root: Node, index: TextIndex, start: number, end: number): Range | null {
  const startPoint = index.pointAt(start, 'start');
  const endPoint = index.pointAt(end, 'end');
  if (!startPoint || !endPoint) return null;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  return range.collapsed ? null : range;
}

/**
 * Finds `selector` in the text of `root` and returns it as a live Range; null when the quote is
 * not there (not even approximately). Pass `index` when anchoring several quotes in one page.
 */
export function anchor(root: Node, selector: TextQuoteSelector, index: TextIndex = buildTextIndex(root)): Range | null {
  const match = matchQuote(index.searchText, selector);
  return match ? rangeFromOffsets(root, index, match.start, match.end) : null;
}

/**
 * Anchors quotes listed in reading order with one text index, in time close to linear in the
 * page text (see `matchQuotesInOrder`; `hints` are expected start offsets in the index's text).
 * One Range or null per selector.
 */
export function anchorAll(
  root: Node,
  selectors: readonly TextQuoteSelector[],
  index: TextIndex = buildTextIndex(root),
  hints: readonly number[] = [],
): (Range | null)[] {
  return matchQuotesInOrder(index.searchText, selectors, hints).map((match) =>
    match ? rangeFromOffsets(root, index, match.start, match.end) : null,
  );
}

/**
 * The selector that finds `range` again in `root`: its normalised text with up to 32 characters
 * of context each side. A range outside `root` describes as an empty quote.
 */
export function describe(range: Range, root: Node, index: TextIndex = buildTextIndex(root)): TextQuoteSelector {
  const start = index.offsetAt(range.startContainer, range.startOffset);
  const end = Math.max(start, index.offsetAt(range.endContainer, range.endOffset));
  return {
    exact: index.text.slice(start, end),
    prefix: index.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: index.text.slice(end, end + CONTEXT_CHARS),
  };
}

/**
 * Where `range` is in `index.text` (a reader's selection turned into page-text offsets), with the
 * spaces at either end left out: a selection dragged past a word takes the space or block break
 * after it. Null when the range holds no text of the index (only whitespace, or outside it).
 */
export function rangeOffsets(range: Range, index: TextIndex): { start: number; end: number } | null {
  let start = index.offsetAt(range.startContainer, range.startOffset);
  let end = index.offsetAt(range.endContainer, range.endOffset);
  while (start < end && index.text[start] === ' ') start++;
  while (end > start && index.text[end - 1] === ' ') end--;
  return start < end ? { start, end } : null;
}
