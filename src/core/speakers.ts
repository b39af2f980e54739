// Who said each quote. (First version: "X said" right after the quote.)
import type { QuoteSpan } from './types';

/** The speaker of each quote as named in this article (null when the text does not say). */
export function attributeSpeakers(text: string, quotes: readonly QuoteSpan[]): (string | null)[] {
  return quotes.map((q) => {
    const after = text.slice(q.closeAt + 1, q.closeAt + 60);
    const m = /^\s*([A-Z][\w.-]*(?: [A-Z][\w.-]*)*) (?:said|says)/.exec(after);
    return m ? m[1] : null;
  });
}
