// Quotation spans: every stretch of text between a pair of quotation marks, found in one linear
// scan. Marks are told apart from apostrophes, elisions and foot/inch marks by the characters
// around them, then paired with a stack per paragraph. News-style quotations that run over several
// paragraphs (each paragraph reopened with a fresh opening mark, only the last one closed) become
// one span.
import type { QuoteSpan } from './types';

/**
 * Families of marks that pair with each other. Straight and typographic double marks pair freely
 * (pages mix them: `“…"`, `"…’’`), as do single marks; guillemets pair only with guillemets.
 */
const enum Kind {
  Double = 0,
  Single = 1,
  Angle = 2,
  AngleSingle = 3,
}
const KIND_COUNT = 4;

/** What the glyph itself says about its role, before its neighbours are looked at. */
const enum Shape {
  /** Opening glyph (“ ‘ « ‹) that closes only where nothing else fits (German „…“ closes with “). */
  Open,
  /** Opening glyph that never closes („ ‚ ` ``). */
  OpenOnly,
  /** Closing glyph (” ’ » ›) that opens only at a word start with nothing to close (Swedish ”…”). */
  Close,
  /** Straight marks (" ' ''), the same glyph for both roles. */
  Either,
}

interface Mark {
  kind: Kind;
  shape: Shape;
  /** Code units the mark takes: 2 for the typewriter doubles '' `` ’’ ‘‘. */
  length: number;
  /** Followed by a non-space, after a space, an opening bracket, a dash or another quote mark. */
  canOpen: boolean;
  /** After a non-space, followed by a space, punctuation or the end. */
  canClose: boolean;
  /**
   * Space on both sides. Smart-quote software turns a closing " typed after a space into “
   * ("…the way. “" ending a paragraph), so such a mark closes whatever quotation is open.
   */
  spaced: boolean;
}

/** An opening mark waiting for its closing mark. */
interface OpenQuote {
  kind: Kind;
  /** Offset of the opening mark. */
  openAt: number;
  /** Offset just past the opening mark: where the span starts. */
  start: number;
  /** Stack index of the nearest open quote of the same kind below this one, or -1. */
  belowSameKind: number;
  /**
   * Offset of the first mark of the same kind that opened a sentence while this quote was open,
   * or -1: evidence that this quote's closing mark is missing.
   */
  sameKindOpenedInside: number;
}

/** What the scan stops at; the regular expression engine skips the plain text in between. */
const MARK_OR_LINE_BREAK = /[\n\r\u2028\u2029"“”„‟«»‹›'‘’‚‛`]/g;

/**
 * Any line break ends a paragraph: the input separates paragraphs with blank lines, and scraped
 * pages put captions and list items on lines of their own, which a quotation must not run into.
 */
const isLineBreak = (c: string): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
/** Exactly the characters of \s, tested by code (the scan calls this for every mark). */
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return true;
  const code = c.charCodeAt(0);
  if (code < 0x2000) return code <= 0x20 || code === 0xa0 || code === 0x1680;
  return code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f ||
    code === 0x3000 || code === 0xfeff;
}

/** A letter or digit of any script; ASCII and general punctuation are decided without a regex. */
function isAlnum(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0x2000 && code <= 0x206f) return false;
  return /[\p{L}\p{N}]/u.test(c);
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Characters after which a mark is an opening one when a word follows: "(“A", "—'B", "“‘C". */
const OPENING_CONTEXT = '([{<‐‑‒–—―-/−"“”„‟«»‹›\'‘’‚‛`';

/** Word-initial elisions written with a leading apostrophe ('em, 'til, rock 'n' roll). */
const ELISIONS = new Set(['em', 'til', 'till', 'tis', 'twas', 'cause', 'cos', 'cuz', 'bout', 'round', 'n', 'nuff', 'kay', 'sup', 'ol', 'neath', 'gainst', 'burbs', 'coz']);

/** Whether a single mark at `i` opening a word is an elision, not a quotation ('90s, ’em). */
function isElision(text: string, i: number): boolean {
  // Decades and years: "the '90s", "the ’08 election"; a quote starting with two digits is rare.
  if (isDigit(text[i + 1]) && isDigit(text[i + 2]) && !isDigit(text[i + 3])) return true;
  let end = i + 1;
  while (end < text.length && end - i <= 7 && /[a-zA-Z]/.test(text[end])) end++;
  if (isAlnum(text[end])) return false;
  return ELISIONS.has(text.slice(i + 1, end).toLowerCase());
}

/** Whether the mark at `i` is a foot or inch mark: 6'2", 5' 9", 6'01", 5’1. */
function isFootOrInch(text: string, i: number, single: boolean): boolean {
  if (!isDigit(text[i - 1])) return false;
  if (single) {
    // Feet are followed by the inches: 6'2, 6' 3.
    return isDigit(text[i + 1]) || (text[i + 1] === ' ' && isDigit(text[i + 2]));
  }
  // Inches come after feet: walk back over at most two digits and a space to the foot mark.
  let j = i - 1;
  while (j > i - 3 && isDigit(text[j - 1])) j--;
  if (text[j - 1] === ' ') j--;
  const foot = text[j - 1];
  return (foot === "'" || foot === '’' || foot === '′') && isDigit(text[j - 2]);
}

/** The quotation mark at `i` and its context, or null when `i` holds no quotation mark. */
function markAt(text: string, i: number): Mark | null {
  const c = text[i];
  let kind: Kind;
  let shape: Shape;
  let length = 1;
  switch (c) {
    case '"': kind = Kind.Double; shape = Shape.Either; break;
    case '“': case '‟': kind = Kind.Double; shape = Shape.Open; break;
    case '”': kind = Kind.Double; shape = Shape.Close; break;
    case '„': kind = Kind.Double; shape = Shape.OpenOnly; break;
    case '«': kind = Kind.Angle; shape = Shape.Open; break;
    case '»': kind = Kind.Angle; shape = Shape.Close; break;
    case '‹': kind = Kind.AngleSingle; shape = Shape.Open; break;
    case '›': kind = Kind.AngleSingle; shape = Shape.Close; break;
    case "'": kind = Kind.Single; shape = Shape.Either; break;
    case '‘': case '‛': kind = Kind.Single; shape = Shape.Open; break;
    case '’': kind = Kind.Single; shape = Shape.Close; break;
    case '‚': case '`': kind = Kind.Single; shape = Shape.OpenOnly; break;
    default: return null;
  }
  // Typewriter doubles: ``…'' and the ’’ that some pages close quotations with ("a lot’’ Strong").
  if (kind === Kind.Single && text[i + 1] === c && text[i + 2] !== c && text[i - 1] !== c) {
    kind = Kind.Double;
    length = 2;
  }
  const before = text[i - 1];
  const after = text[i + length];
  const single = kind === Kind.Single;
  // Between two letters or digits a single mark is an apostrophe (don’t, Russia's, O'Brien).
  if (single && isAlnum(before) && isAlnum(after)) return null;
  if ((c === '"' || c === "'" || c === '’' || c === '”') && isFootOrInch(text, i, single)) return null;
  let canOpen = !isSpace(after) && (isSpace(before) || OPENING_CONTEXT.includes(before as string));
  const canClose = !isSpace(before) && !isAlnum(after);
  if (canOpen && single && isElision(text, i)) canOpen = false;
  return { kind, shape, length, canOpen, canClose, spaced: isSpace(before) && isSpace(after) };
}

/** Whether `mark` closes a quotation, given whether one of its kind is open. */
function closes(mark: Mark, hasOpen: boolean): boolean {
  if (!hasOpen) return false;
  switch (mark.shape) {
    case Shape.OpenOnly: return false;
    // “ closes only where it cannot open: „So“ sagte er.
    case Shape.Open: return (mark.canClose && !mark.canOpen) || mark.spaced;
    case Shape.Close: return mark.canClose || !mark.canOpen;
    // A straight mark with no telling context (`a"b`, ` " `) closes the open quote.
    case Shape.Either: return mark.canClose || (!mark.canOpen && mark.kind === Kind.Double);
  }
}

/** Whether `mark` (which did not close anything) opens a quotation. */
function opens(mark: Mark): boolean {
  switch (mark.shape) {
    case Shape.Open: case Shape.OpenOnly: return mark.canOpen || !mark.canClose;
    // ” opening a word: "”My kids are upset" starts a paragraph on some sites.
    case Shape.Close: return mark.canOpen && !mark.canClose;
    // A lone straight double with no telling context opens ("said"I", ` " `); a single one is
    // an apostrophe or a stray.
    case Shape.Either: return mark.canOpen || (!mark.canClose && mark.kind === Kind.Double);
  }
}

/**
 * Whether a quotation left open at the end of a paragraph is dropped rather than closed there.
 * An unclosed double quotation is nearly always a real quote whose closing mark the page forgot
 * (a statement that ends "…pretty chilling, frankly." with the paragraph): it is closed at the
 * paragraph end. The third-party BASIL quote spans agree: some of them (4 of 165) are covered
 * only by such quotations, none of them lies in narrative that this swallows. An unclosed single
 * mark is far more often a misread apostrophe (the players’ … ’90s), so it is dropped.
 */
const dropWhenUnclosed = (kind: Kind): boolean => kind === Kind.Single || kind === Kind.AngleSingle;

/** Whether the mark at `i` starts a sentence: it follows . ! ? … or : (spaces between). */
function opensSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 4 && isSpace(text[j])) j--;
  return j < 0 || '.!?…:'.includes(text[j]);
}

/** Whether the first letter from `i` on (within a few characters) is a lowercase one. */
function startsLowercase(text: string, i: number): boolean {
  for (let j = i; j < text.length && j < i + 4; j++) {
    const c = text[j];
    if (isAlnum(c)) return c !== c.toUpperCase();
  }
  return false;
}

/** Index of the first non-space character at or after `i` (text.length when none). */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** Whether text[start, end) holds anything but spaces (an empty pair of marks quotes nothing). */
function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text[i])) return true;
  return false;
}

/** Offset just past the last non-space character before `end`, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1])) end--;
  return end;
}

/**
 * Every quoted span of `text`: one entry per pair of quotation marks (“…”, "…", ‘…’, '…', «…»,
 * „…“, ‚…‘, ‹…›, ``…''), the marks excluded, sorted by start; offsets are UTF-16 indices into
 * `text` itself. A quotation never crosses a paragraph (line) break, except the news pattern of a
 * full-sentence quotation left open and continued by an opening mark at the start of the next
 * paragraph, which is one span from the first opening to the last closing mark. A double quotation still open at a paragraph
 * end is closed there (`closeAt` -1); an unclosed single one is dropped. `depth` counts the
 * reported quotations that enclose a span. Returns [] when the text quotes nothing.
 */
export function extractQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: OpenQuote[] = [];
  // Stack index of the innermost open quotation of each kind, or -1.
  const topOfKind: number[] = new Array<number>(KIND_COUNT).fill(-1);
  // Offset of a continuation mark (opening a paragraph that goes on with an open quotation).
  let continuationAt = -1;

  const push = (kind: Kind, openAt: number, length: number): void => {
    const below = topOfKind[kind];
    // A doubled opening mark ("“Mr. Flynn, how do you plead?") is one mark typed twice.
    if (below >= 0 && below === stack.length - 1 && stack[below].start === openAt) {
      stack[below].start = openAt + length;
      return;
    }
    // “We have a broad membership, he said. “I’m sure…” has lost a closing mark before the second
    // opening; “a true “hippie” who marched” nests one (typographically wrong, but common).
    if (below >= 0 && stack[below].sameKindOpenedInside < 0 && opensSentence(text, openAt)) {
      stack[below].sameKindOpenedInside = openAt;
    }
    topOfKind[kind] = stack.length;
    stack.push({ kind, openAt, start: openAt + length, belowSameKind: below, sameKindOpenedInside: -1 });
  };
  const pop = (): OpenQuote => {
    const quote = stack.pop() as OpenQuote;
    topOfKind[quote.kind] = quote.belowSameKind;
    return quote;
  };
  const emit = (quote: OpenQuote, end: number, closeAt: number): void => {
    if (hasNonSpace(text, quote.start, end)) {
      spans.push({ start: quote.start, end, text: text.slice(quote.start, end), openAt: quote.openAt, closeAt, depth: 0 });
    }
  };

  /** Whether no opening mark of its kind started a sentence while `quote` was open. */
  const unbroken = (quote: OpenQuote): boolean => quote.sameKindOpenedInside < 0;

  /**
   * Ends the paragraph that ends at `paragraphEnd`. Of each kind, the open quotations opened
   * after the last sentence-starting mark of that kind are nested in one another; the outermost
   * of them is the quotation the paragraph ends in. That one goes on into the next paragraph
   * when the next paragraph opens with a mark of its kind, or else is closed here (single marks:
   * dropped); the ones nested in it are dropped; the earlier ones lost their closing mark and end
   * before the mark that broke them.
   */
  const endParagraph = (paragraphEnd: number): void => {
    if (stack.length === 0) return;
    const next = skipSpaces(text, paragraphEnd);
    const mark = next < text.length ? markAt(text, next) : null;
    let goesOn: OpenQuote | null = null;
    if (mark && mark.canOpen && opens(mark)) {
      for (let at = topOfKind[mark.kind]; at >= 0 && unbroken(stack[at]); at = stack[at].belowSameKind) {
        goesOn = stack[at];
      }
      // News style leaves a paragraph's quotation open only when it quotes full sentences; a
      // partial quotation ("called it “a searing time") is closed even if the next paragraph goes
      // on quoting, so one left open there lost its closing mark and the next paragraph is new.
      if (goesOn && startsLowercase(text, goesOn.start)) goesOn = null;
    }
    while (stack.length > 0) {
      const quote = pop();
      const enclosedInUnbroken = quote.belowSameKind >= 0 && unbroken(stack[quote.belowSameKind]);
      if (quote === goesOn || enclosedInUnbroken || dropWhenUnclosed(quote.kind)) continue;
      // “We have a broad membership, he said. “I’m sure…” ends before the mark that broke it.
      const end = unbroken(quote) ? paragraphEnd : quote.sameKindOpenedInside;
      emit(quote, trimEnd(text, quote.start, end), -1);
    }
    if (goesOn) {
      goesOn.belowSameKind = -1;
      topOfKind[goesOn.kind] = 0;
      stack.push(goesOn);
      continuationAt = next;
    }
  };

  const interesting = new RegExp(MARK_OR_LINE_BREAK);
  for (let found = interesting.exec(text); found; found = interesting.exec(text)) {
    const i = found.index;
    if (isLineBreak(text[i])) {
      endParagraph(i);
      // The paragraph gap is skipped in one go so that endParagraph runs once per gap.
      interesting.lastIndex = skipSpaces(text, i);
      continue;
    }
    const mark = markAt(text, i);
    if (!mark) continue;
    interesting.lastIndex = i + mark.length;
    // The mark reopening a continued quotation belongs to that quotation.
    if (i === continuationAt) continue;
    const hasOpen = topOfKind[mark.kind] >= 0;
    if (closes(mark, hasOpen)) {
      // Quotations opened inside and never closed are strays or apostrophes: dropped.
      while (stack.length - 1 > topOfKind[mark.kind]) pop();
      emit(pop(), i, i);
    } else if (opens(mark)) {
      push(mark.kind, i, mark.length);
    }
  }
  endParagraph(text.length);

  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  assignDepths(spans);
  return spans;
}

/** Sets each span's depth to the number of reported spans enclosing it (spans sorted by start). */
function assignDepths(spans: QuoteSpan[]): void {
  const enclosing: QuoteSpan[] = [];
  for (const span of spans) {
    while (enclosing.length > 0 && enclosing[enclosing.length - 1].end <= span.openAt) enclosing.pop();
    span.depth = enclosing.length;
    enclosing.push(span);
  }
}

/**
 * Where a quotation's marks end: after its closing mark, both code units of a typewriter double ("…,'' said
 * Wendell Watson"); at the span's end when it runs unclosed to a paragraph end.
 */
export function quotationEnd(text: string, quote: Pick<QuoteSpan, 'closeAt' | 'end'>): number {
  if (quote.closeAt < 0) return quote.end;
  return quote.closeAt + (/^(?:''|’’)$/.test(text.slice(quote.closeAt, quote.closeAt + 2)) ? 2 : 1);
}
