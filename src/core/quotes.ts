// Quotation spans. (First version: paired typographic and straight double quotes only.)
import type { QuoteSpan } from './types';

/** Every quoted span of `text`, in text order; offsets are into `text` itself. */
export function extractQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const re = /[“"]([^“”"\n]+)[”"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    spans.push({ start, end, text: m[1], openAt: m.index, closeAt: end, depth: 0 });
  }
  return spans;
}
