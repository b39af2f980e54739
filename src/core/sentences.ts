// Sentence boundaries inside a short text (a quotation), as offsets.
import type { Span } from './types';

// Words after which a period does not end a sentence ("Mr. Blinken", "U.S. officials").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sen rep gov gen lt col sgt capt cmdr adm jr sr no vs etc inc corp co ltd dept jan feb mar apr jun jul aug sep sept oct nov dec prof rev fig approx'.split(' '),
);

/**
 * Splits `text` into sentences: a run ends at ".", "!" or "?" (with any closing quotes or
 * brackets) followed by white space and a capital letter, digit or opening quote. Returns at
 * least one span for non-blank text; spans are trimmed of surrounding white space.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && endsWithAbbreviation(text, m.index)) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function endsWithAbbreviation(text: string, periodAt: number): boolean {
  let i = periodAt;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, periodAt);
  // A single letter ("U.S", "J. Smith") or a listed abbreviation.
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
