// A highlight: a passage the reader marked on a page, with what is needed to find it again when
// the page changes (the W3C Web Annotation selectors) and what the reader added (note, tags,
// colour). Pure: no DOM, no browser API; the content script turns a selection into page-text
// offsets and calls `createHighlight`, the store keeps the records (src/store/user-db.ts).

/** Characters of page text kept before and after the highlighted text (TextQuoteSelector prefix/suffix). */
export const CONTEXT_CHARS = 32;

/** The colours a reader can give a highlight (the page paints and the panel shows each its own way). */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** One of HIGHLIGHT_COLOURS. */
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** The colour a highlight gets when the reader picks none. */
export const DEFAULT_COLOUR: HighlightColour = 'yellow';

/**
 * The palette colour a stored colour is shown in: itself when in the palette (any case), else the
 * default. A stored (or imported) colour is data: only palette names ever reach CSS.
 */
export function paletteColour(colour: string): HighlightColour {
  const name = colour.trim().toLowerCase();
  return (HIGHLIGHT_COLOURS as readonly string[]).includes(name) ? (name as HighlightColour) : DEFAULT_COLOUR;
}

/** A passage the reader highlighted, as stored (user database schema version 2). */
export interface Highlight {
  /** Random id (a UUID); the annotation id in exports is `urn:uuid:` + this. */
  id: string;
  /** The page's address as it was when highlighted. */
  url: string;
  /** `canonicalUrl(url)`: how the page is found again. */
  canonicalUrl: string;
  /** The page's title; null when it has none. */
  title: string | null;
  /** The outlet that published the page; null when unknown. */
  outlet: string | null;
  /** Key of the corpus story the page was recognised as; null when it was not recognised. */
  story: string | null;
  /** When it was made (ms since 1970). */
  createdAt: number;
  /** When the reader last changed it (note, tags, colour); `createdAt` until then. */
  modifiedAt: number;
  /** The highlighted text as the page showed it (TextQuoteSelector `exact`). */
  exact: string;
  /** Up to CONTEXT_CHARS characters of page text just before `exact`; '' at the start of the text. */
  prefix: string;
  /** Up to CONTEXT_CHARS characters of page text just after `exact`; '' at the end of the text. */
  suffix: string;
  /**
   * Offsets of `exact` in the page's normalised text (TextPositionSelector: the text index's
   * `text`, one space per whitespace run); null for highlights saved before positions were
   * kept (schema version 1) or imported without one.
   */
  start: number | null;
  end: number | null;
  /** The reader's note; '' when none. */
  note: string;
  /** The reader's tags, in the order given, without duplicates. */
  tags: string[];
  /** A CSS colour name or hex value. */
  colour: string;
  /** For a quote or figure saved from the panel's comparison: how other outlets reported it; absent otherwise. */
  compared?: ComparedVersions;
}

/** Other outlets' versions of a saved quote or figure, as the comparison showed them. */
export interface ComparedVersions {
  kind: 'quote' | 'figure';
  /** One entry per other article: its outlet, its wording or figure, its date (null when unknown). */
  others: { outlet: string; text: string; date: string | null }[];
}

/** What is known about the page a highlight is made on. */
export interface HighlightPage {
  url: string;
  canonicalUrl: string;
  title: string | null;
  outlet: string | null;
  /** Recognised corpus story key; null when none. */
  story: string | null;
}

/** What the reader chose for a new highlight (all optional). */
export interface HighlightChoices {
  note?: string;
  tags?: readonly string[];
  colour?: string;
}

/** W3C TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector (https://www.w3.org/TR/annotation-model/#text-position-selector). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * A highlight of text[start, end) of the page's normalised text: the exact text, CONTEXT_CHARS of
 * prefix and suffix, and the position. `id` and `now` come from the caller (crypto.randomUUID(),
 * Date.now()) so that this stays pure. Returns null when the range is empty, out of the text, or
 * only whitespace: there is nothing to find again.
 */
export function createHighlight(
  text: string,
  start: number,
  end: number,
  page: HighlightPage,
  id: string,
  now: number,
  choices: HighlightChoices = {},
): Highlight | null {
  if (!(start >= 0 && end <= text.length && start < end)) return null;
  const exact = text.slice(start, end);
  if (exact.trim() === '') return null;
  return {
    id,
    ...page,
    createdAt: now,
    modifiedAt: now,
    exact,
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
    note: choices.note ?? '',
    tags: cleanTags(choices.tags ?? []),
    colour: choices.colour ?? DEFAULT_COLOUR,
  };
}

/** Tags trimmed, inner whitespace collapsed, empty ones and repeats (case-insensitive) dropped. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ');
    const key = clean.toLowerCase();
    if (clean === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(clean);
  }
  return kept;
}

/** The highlight's TextQuoteSelector. */
export function quoteSelector(highlight: Highlight): TextQuoteSelector {
  return { type: 'TextQuoteSelector', exact: highlight.exact, prefix: highlight.prefix, suffix: highlight.suffix };
}

/** The highlight's TextPositionSelector; null when its position is unknown. */
export function positionSelector(highlight: Highlight): TextPositionSelector | null {
  if (highlight.start === null || highlight.end === null) return null;
  return { type: 'TextPositionSelector', start: highlight.start, end: highlight.end };
}
