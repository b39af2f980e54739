// The text of a DOM subtree as anchoring sees it, with a map back to DOM points.
//
// Extracted article text (src/extract/extract.ts `blockText`) collapses whitespace and puts a line
// break between blocks; the page's text nodes hold raw whitespace, non-breaking spaces and
// sometimes no whitespace at all between two paragraphs. Both sides are brought to one form: every
// run of whitespace becomes one space, a block boundary counts as a space, and invisible
// characters (soft hyphens, zero-width spaces) are dropped. `searchText` further folds typographic
// quotation marks and dashes to their ASCII forms, character for character, so a quote typed with
// straight marks still matches exactly. Pure DOM reading (no layout, no Range): runs on linkedom.

/** Elements that start a new block; the same list `blockText` uses, so boundaries agree. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);

/** Elements whose text is never shown as page text (or is shown only when something else fails). */
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'TEXTAREA', 'SELECT',
]);

/** Whitespace (as `\s`, which is what extraction collapses) and characters that render as nothing. */
const COLLAPSED_RUN = /[\s\u00ad\u200b-\u200d\u2060]+/g;
const WHITESPACE = /\s/;
/** Text that is not already in normal form: whitespace other than single spaces, or invisible characters. */
const NEEDS_REWRITE = /[^\S ]| {2}|[\u00ad\u200b-\u200d\u2060]/;
/** Node.DOCUMENT_POSITION_FOLLOWING (the constant is not a global in Node). */
const FOLLOWING = 4;

/** Typographic marks folded to one form in `searchText` (one UTF-16 unit each way, so offsets stay). */
const FOLDED = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\uff02\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const FOLD_TO: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\uff02': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

/** Folds quotation marks and dashes as `searchText` does; same length as `text`. */
export function foldMarks(text: string): string {
  return text.replace(FOLDED, (mark) => FOLD_TO[mark]);
}

/**
 * Brings a quote (or its prefix/suffix) to the index's form: whitespace runs to one space,
 * invisible characters dropped, marks folded.
 */
export function normaliseForSearch(text: string): string {
  return foldMarks(text.replace(COLLAPSED_RUN, (run) => (WHITESPACE.test(run) ? ' ' : '')));
}

/** A place in the DOM: a text node and an offset in it (UTF-16 units). */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Options for `buildTextIndex`. */
export interface TextIndexOptions {
  /** Elements whose subtree is left out (the extension's own UI). */
  ignore?: (element: Element) => boolean;
}

/** The normalised text of a subtree and the way back from its offsets to DOM points. */
export interface TextIndex {
  /** The subtree's text in normalised form (see the file comment). */
  readonly text: string;
  /** `text` with quotation marks and dashes folded: same length and offsets; what searches run on. */
  readonly searchText: string;
  /**
   * The DOM point at a boundary of `text`: side 'start' is the point just before the character at
   * `offset`, 'end' the point just after the character at `offset - 1`. Boundaries that fall on a
   * block separator move to the nearest real character inward. Null when the index has no text.
   */
  pointAt(offset: number, side: 'start' | 'end'): TextPoint | null;
  /**
   * The offset in `text` of a DOM point (a text node or element container with an offset).
   * Points inside skipped or empty nodes map to the next indexed character; points past the end
   * map to `text.length`; points outside the root to 0 or `text.length`, whichever is nearer in
   * document order.
   */
  offsetAt(container: Node, offset: number): number;
}

/**
 * Reads the text of `root`'s text nodes in document order once, in time linear in the subtree.
 * The index is a snapshot: after the page changes its text, build a new one.
 */
export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  const chunks: string[] = [];
  let length = 0;
  let lastIsSpace = true; // no leading space at the start of the text
  // Segments: runs of `text` that map one to one onto consecutive characters of one text node.
  // A segment whose node is -1 is a block separator with no character in the DOM.
  const segmentStart: number[] = [];
  const segmentNode: number[] = [];
  const segmentNodeOffset: number[] = [];
  const nodes: Text[] = [];
  const firstSegmentOfNode = new Map<Node, number>();

  const emit = (chunk: string, nodeIndex: number, nodeOffset: number): void => {
    const last = segmentStart.length - 1;
    const continues =
      last >= 0 &&
      nodeIndex >= 0 &&
      segmentNode[last] === nodeIndex &&
      segmentNodeOffset[last] + (length - segmentStart[last]) === nodeOffset;
    if (!continues) {
      segmentStart.push(length);
      segmentNode.push(nodeIndex);
      segmentNodeOffset.push(nodeOffset);
      if (nodeIndex >= 0 && !firstSegmentOfNode.has(nodes[nodeIndex])) firstSegmentOfNode.set(nodes[nodeIndex], segmentStart.length - 1);
    }
    chunks.push(chunk);
    length += chunk.length;
    lastIsSpace = chunk.endsWith(' ');
  };
  const blockBoundary = (): void => {
    if (!lastIsSpace) emit(' ', -1, 0);
  };
  const addTextNode = (node: Text): void => {
    const value = node.nodeValue ?? '';
    if (value.length === 0) return;
    const nodeIndex = nodes.length;
    nodes.push(node);
    // Most prose nodes are in normal form already: one chunk, no scanning.
    if (!NEEDS_REWRITE.test(value)) {
      const skip = lastIsSpace && value.charCodeAt(0) === 32 ? 1 : 0;
      if (value.length > skip) emit(value.slice(skip), nodeIndex, skip);
      return;
    }
    let at = 0;
    for (const run of value.matchAll(COLLAPSED_RUN)) {
      const runStart = run.index ?? 0;
      if (runStart > at) emit(value.slice(at, runStart), nodeIndex, at);
      at = runStart + run[0].length;
      const space = run[0].search(WHITESPACE);
      if (space >= 0 && !lastIsSpace) emit(' ', nodeIndex, runStart + space);
    }
    if (at < value.length) emit(value.slice(at), nodeIndex, at);
  };

  // Iterative walk with firstChild/nextSibling: no recursion depth limit, no child arrays.
  const skip = (element: Element): boolean => {
    const name = (element.tagName ?? '').toUpperCase();
    return SKIPPED_ELEMENTS.has(name) || element.hasAttribute('hidden') || (options.ignore?.(element) ?? false);
  };
  let node: Node | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      addTextNode(node as Text);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (!skip(element)) {
        if (BLOCK_ELEMENTS.has(element.tagName.toUpperCase())) blockBoundary();
        descend = node.firstChild !== null;
      }
    } else if (node.nodeType === 9 || node.nodeType === 11) {
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Leave finished subtrees, closing blocks on the way up.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK_ELEMENTS.has((node as Element).tagName.toUpperCase())) blockBoundary();
    }
    node = node && node !== root ? node.nextSibling : null;
  }

  let text = chunks.join('');
  // A trailing separator or space has no use and would end the text on a point with no node.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    if (segmentStart.length > 0 && segmentStart[segmentStart.length - 1] === text.length) {
      segmentStart.pop();
      segmentNode.pop();
      segmentNodeOffset.pop();
    }
  }
  const searchText = foldMarks(text);

  /** Index of the segment holding the character at `offset` (binary search). */
  const segmentAt = (offset: number): number => {
    let low = 0;
    let high = segmentStart.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segmentStart[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const segmentEnd = (segment: number): number =>
    segment + 1 < segmentStart.length ? segmentStart[segment + 1] : text.length;

  const pointAt = (offset: number, side: 'start' | 'end'): TextPoint | null => {
    if (segmentStart.length === 0 || text.length === 0) return null;
    if (side === 'start') {
      if (offset >= text.length) return pointAt(text.length, 'end');
      const first = Math.max(0, offset);
      let segment = segmentAt(first);
      let within = first - segmentStart[segment];
      while (segment < segmentStart.length && segmentNode[segment] < 0) {
        segment++;
        within = 0;
      }
      if (segment >= segmentStart.length) return pointAt(text.length, 'end');
      return { node: nodes[segmentNode[segment]], offset: segmentNodeOffset[segment] + within };
    }
    const lastChar = Math.max(0, Math.min(offset, text.length) - 1);
    let segment = segmentAt(lastChar);
    let within = lastChar - segmentStart[segment];
    while (segment >= 0 && segmentNode[segment] < 0) {
      segment--;
      if (segment >= 0) within = segmentEnd(segment) - 1 - segmentStart[segment];
    }
    if (segment < 0) return pointAt(0, 'start');
    return { node: nodes[segmentNode[segment]], offset: segmentNodeOffset[segment] + within + 1 };
  };

  const offsetInTextNode = (node: Node, nodeOffset: number): number | null => {
    const first = firstSegmentOfNode.get(node);
    if (first === undefined) return null;
    const nodeIndex = segmentNode[first];
    let segment = first;
    while (segment + 1 < segmentStart.length && segmentNode[segment + 1] === nodeIndex && segmentNodeOffset[segment + 1] <= nodeOffset) {
      segment++;
    }
    const within = Math.max(0, nodeOffset - segmentNodeOffset[segment]);
    return Math.min(segmentStart[segment] + within, segmentEnd(segment));
  };

  const offsetAt = (container: Node, offset: number): number => {
    if (container.nodeType === 3) {
      const found = offsetInTextNode(container, offset);
      if (found !== null) return found;
    }
    if (container !== root && !root.contains(container)) {
      return container.compareDocumentPosition(root) & FOLLOWING ? 0 : text.length;
    }
    // The first indexed text node at or after the point, in document order.
    let next: Node | null = container.nodeType === 3 ? afterSubtree(container, root) : container.childNodes[offset] ?? afterSubtree(container, root);
    while (next) {
      if (next.nodeType === 3) {
        const found = offsetInTextNode(next, 0);
        if (found !== null) return found;
      }
      next = next.firstChild ?? afterSubtree(next, root);
    }
    return text.length;
  };

  return { text, searchText, pointAt, offsetAt };
}

/** The node after `node`'s subtree in document order, staying inside `root`; null at the end. */
function afterSubtree(node: Node, root: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}
