// Numeric quantities. (First version: digit runs only.)
import type { FigureSpan } from './types';

/** Every figure in `text`, in text order (dates, clock times and years left out). */
export function extractFigures(text: string): FigureSpan[] {
  const out: FigureSpan[] = [];
  const re = /\b\d[\d,]*(?:\.\d+)?\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(m[0].replace(/,/g, '')),
      kind: 'count', qualifier: null, what: '' });
  }
  return out;
}
