// Types shared by the analysis engine. The engine is pure: no DOM, no browser API, so the
// command line, the service worker and the tests all run the same code.

/** One news article, as the command line reads it (one JSON object per line). */
export interface Article {
  /** Unique within one input. */
  id: string;
  /** Publication name ("The New York Times", "Slate"). */
  outlet: string;
  /** Plain text, paragraphs separated by blank lines, page noise included. */
  text: string;
  title?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) or date-time. */
  date?: string;
  /** Story id when the input already knows it; otherwise the engine groups articles. */
  story?: string;
}

/** A half-open range of UTF-16 code units into an article's `text`. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** A quoted span: the characters between one pair of quotation marks, marks excluded. */
export interface QuoteSpan extends Span {
  /** Exactly `text.slice(start, end)` of the article. */
  text: string;
  /** Offset of the opening mark (the span starts right after it). */
  openAt: number;
  /** Offset of the closing mark, or -1 when the quotation runs to a paragraph end unclosed. */
  closeAt: number;
  /** Nesting depth: 0 for a top-level quotation, 1 for a quotation inside it, … */
  depth: number;
}

/** A quote with its attributed speaker. */
export interface Quote extends QuoteSpan {
  /** Report-wide unique id. */
  id: string;
  /** Canonical name of the person or body quoted; null when the text does not say. */
  speaker: string | null;
}

/**
 * The kinds of numeric expression. A `share` is a part of a whole said as a fraction ("two-thirds",
 * "one in five", "half of them"), its value the fraction (0.667); it compares with a `percent`.
 */
export const FIGURE_KINDS = ['count', 'ordinal', 'percent', 'share', 'money', 'measure'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** A numeric quantity reported in an article (dates, clock times and years excluded). */
export interface FigureSpan extends Span {
  /** Exactly `text.slice(start, end)`: the number and what it counts ("364 civilians"). */
  text: string;
  /** The number itself (1.5 million → 1500000); null for vague amounts ("hundreds of"). */
  value: number | null;
  kind: FigureKind;
  /** "more than", "at least", "about", "nearly", …; null when the figure is exact. */
  qualifier: string | null;
  /** What is counted, in a few words ("civilians killed", "day of the war"); "" when unknown. */
  what: string;
}

export interface Figure extends FigureSpan {
  /** Report-wide unique id. */
  id: string;
}

/** A set of items (quotes or figures), across articles, that report the same thing. */
export interface Group {
  id: string;
  /** Ids of the member quotes or figures. */
  members: string[];
}

/** One run of a word diff between two wordings of a quotation. */
export interface DiffPart {
  /** The words of this run, with their spacing. */
  text: string;
  /** 'same': in both; 'added': only in the compared wording; 'removed': only in the base wording. */
  op: 'same' | 'added' | 'removed';
}

export type WordingDiff = DiffPart[];

/** How a wording relates to the fullest wording of its utterance. */
export type Relation = 'reference' | 'same' | 'fragment' | 'reworded';

/** One outlet's wording of an utterance: a whole quote or the sentence of a quote that renders it. */
export interface QuoteVariant {
  /** Id of the quote the wording belongs to. */
  quote: string;
  articleId: string;
  /** Offsets of the wording in the article's text (inside the quote's span). */
  start: number;
  end: number;
  relation: Relation;
  /** Word-level differences from the reference wording (empty for the reference itself). */
  diff: WordingDiff;
}

/** Quotes rendering one utterance, with each wording compared to the fullest one. */
export interface QuoteGroup extends Group {
  variants: QuoteVariant[];
}

/** A group of figures, with whether the outlets disagree. */
export interface FigureGroup extends Group {
  /** Human-readable reason the figures disagree; null when they agree. */
  disagreement: string | null;
}

/** Everything the engine found in one article. */
export interface ArticleAnalysis {
  id: string;
  story: string;
  quotes: Quote[];
  figures: Figure[];
}

/** The analysis report (format in ../shared/eval/README.md, extra fields allowed). */
export interface Report {
  articles: ArticleAnalysis[];
  quoteGroups: QuoteGroup[];
  figureGroups: FigureGroup[];
}
