// What the side panel shows for one page: the page's quotes and figures, each beside the other
// outlets' versions of it, and the story's other articles. Built by `compareWithStory`
// (compare.ts) from the page's text and a stored story; pure data, so it crosses the message
// boundary between the background and the panel as is.
import type { RecognitionMethod } from './recognize';
import type { FigureKind, WordingDiff } from './types';

/** Where an item sits in the page's extracted text, and the text around it for finding it in the DOM. */
export interface PageAnchor {
  /** Offsets in the page text the comparison was built from (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** Exactly `pageText.slice(start, end)`. */
  exact: string;
  /** Up to 32 characters of page text just before and just after: they tell repeated text apart. */
  prefix: string;
  suffix: string;
}

/** A stored article of the story, as the panel names it. */
export interface SourceArticle {
  articleId: string;
  outlet: string;
  title: string | null;
  url: string | null;
  /** As stored (ISO date or date-time); null when unknown. */
  date: string | null;
}

/** How another outlet's wording relates to the page's wording of the same utterance. */
export type WordingRelation =
  /** the same words (ignoring case, punctuation and spacing) */
  | 'same'
  /** theirs is part of the page's wording */
  | 'fragment'
  /** the page's wording is part of theirs */
  | 'longer'
  /** other words */
  | 'reworded';

/** One other outlet's wording of a quote on the page. */
export interface OtherWording extends SourceArticle {
  /**
   * Their wording (the part of their quote that renders the same utterance). When they quote the
   * page quote's sentences in separate quotations, those parts joined by " … ".
   */
  text: string;
  /** Who they say spoke; null when they do not say. */
  speaker: string | null;
  relation: WordingRelation;
  /** Word diff from the page's wording to theirs: 'removed' = only on the page, 'added' = only in theirs. */
  diff: WordingDiff;
}

/** A quote on the page with every other outlet's wording of it. */
export interface QuoteComparison {
  /** Stable within one comparison: "q" + index in reading order. */
  id: string;
  anchor: PageAnchor;
  /** Speaker named on the page, else the one other outlets name; null when nobody says. */
  speaker: string | null;
  /** Other outlets' wordings, one per article, ordered by outlet name then date. */
  others: OtherWording[];
}

/** Another outlet's report of a quantity on the page. */
export interface OtherFigure extends SourceArticle {
  /** Their figure as written ("more than 1,000 people"). */
  text: string;
  value: number | null;
  qualifier: string | null;
  /** Their sentence around it, cut to a few words each side. */
  context: string;
}

/** A figure on the page with the other outlets' figures for the same quantity. */
export interface FigureComparison {
  /** Stable within one comparison: "f" + index in reading order. */
  id: string;
  anchor: PageAnchor;
  value: number | null;
  kind: FigureKind;
  qualifier: string | null;
  /** What is counted ("civilians killed"); "" when unknown. */
  what: string;
  others: OtherFigure[];
  /** In words a reader understands, how the others differ ("Other outlets report 1,000 or more"); null when they agree. */
  disagreement: string | null;
}

/** The recognised story, for the panel's header. */
export interface StorySummary {
  storyKey: string;
  /** A headline for the story: the title of its most central stored article; null when none has a title. */
  title: string | null;
  /** Distinct outlets among the story's stored articles and the page. */
  outlets: number;
  /** Earliest and latest dates of the story's articles (YYYY-MM-DD); null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
  how: RecognitionMethod;
  score: number;
}

/** Everything the panel shows for a recognised page. */
export interface Comparison {
  story: StorySummary;
  /** Quotes of the page that other outlets also quote, in the page's reading order. */
  quotes: QuoteComparison[];
  /** Figures of the page that other outlets also report, in reading order. */
  figures: FigureComparison[];
  /** The story's stored articles other than the page itself, oldest first. */
  coverage: SourceArticle[];
  /** How many quotes and figures the page has in all (with or without other versions). */
  pageQuotes: number;
  pageFigures: number;
}
