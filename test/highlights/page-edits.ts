// A generator of edited article pages for the re-finding measurement: a highlight is picked in a
// real article, the article is edited the way news pages change between visits, and the place the
// highlighted text went to is tracked through every edit, so a re-found highlight can be judged
// right or wrong by position, not by resemblance.
//
// "Right" (written down here because the test's zero-wrong bar depends on it): at least half of
// the re-found span lies on the highlight's tracked counterpart (so it is painted mostly on the
// reader's text), and it covers at least half of that counterpart, or of the original highlight
// when words inserted inside made the counterpart longer. Anything else found is WRONG, including
// an identical copy of the text elsewhere on the page. When the edits removed the highlighted
// text entirely (the counterpart is empty), every re-found span is wrong.

/** A page text and where the highlighted passage is in it (empty span: it was removed). */
export interface TrackedText {
  text: string;
  start: number;
  end: number;
}

/** Deterministic PRNG (mulberry32): the same seed gives the same cases on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers over one PRNG. */
export class Dice {
  constructor(readonly random: () => number) {}
  /** An integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.random() * (high - low + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
}

/**
 * text[a, b) replaced by `insert`, the tracked span carried along: text inserted exactly at the
 * span's start or end stays outside it; text replacing characters of the span becomes part of it.
 */
export function replaceTracked(doc: TrackedText, a: number, b: number, insert: string): TrackedText {
  const delta = insert.length - (b - a);
  const mapStart = (x: number): number => {
    if (x < a) return x;
    if (a === b) return x + delta; // pure insertion at the start: before the highlight
    if (x < b) return a;
    return x + delta;
  };
  const mapEnd = (x: number): number => {
    if (x <= a) return x;
    if (x <= b) return a + insert.length;
    return x + delta;
  };
  let start = mapStart(doc.start);
  let end = mapEnd(doc.end);
  if (doc.start === doc.end || end <= start) start = end = Math.min(start, end);
  return { text: doc.text.slice(0, a) + insert + doc.text.slice(b), start, end };
}

/** Offsets of word starts and ends (a word: a run of non-space characters) in text[from, to). */
export function wordBounds(text: string, from = 0, to = text.length): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const word = /\S+/g;
  word.lastIndex = from;
  for (let m = word.exec(text); m && m.index < to; m = word.exec(text)) {
    if (m.index + m[0].length > to) break;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** Page text as the text index sees it: whitespace runs collapsed to one space, invisible characters dropped, with where each raw offset went. */
export function collapseWithOffsets(raw: string): { text: string; offsetOf: (x: number) => number } {
  const at = new Int32Array(raw.length + 1);
  let out = '';
  let i = 0;
  const run = /[\s\u00ad\u200b-\u200d\u2060]/;
  while (i < raw.length) {
    if (run.test(raw[i])) {
      let j = i;
      let whitespace = false;
      while (j < raw.length && run.test(raw[j])) {
        if (/\s/.test(raw[j])) whitespace = true;
        at[j] = out.length;
        j++;
      }
      if (whitespace) out += ' ';
      i = j;
    } else {
      at[i] = out.length;
      out += raw[i];
      i++;
    }
  }
  at[raw.length] = out.length;
  return { text: out, offsetOf: (x) => at[x] };
}

/** Tracked span of an edited raw text in its collapsed form (trailing whitespace of the span left out). */
export function collapseTracked(doc: TrackedText): TrackedText {
  const { text, offsetOf } = collapseWithOffsets(doc.text);
  let end = doc.end;
  while (end > doc.start && /\s/.test(doc.text[end - 1])) end--;
  let start = doc.start;
  while (start < end && /\s/.test(doc.text[start])) start++;
  return { text, start: offsetOf(start), end: start === end ? offsetOf(start) : offsetOf(end) };
}

/** Overlap of [a, b) and [c, d). */
export function overlap(a: number, b: number, c: number, d: number): number {
  return Math.max(0, Math.min(b, d) - Math.max(a, c));
}

/** The verdict on a re-found span against the tracked counterpart (see the file comment). */
export function isRightPlace(found: { start: number; end: number }, truth: TrackedText, highlightLength: number): boolean {
  const trueLength = truth.end - truth.start;
  if (trueLength === 0) return false;
  const shared = overlap(found.start, found.end, truth.start, truth.end);
  return shared >= Math.min(trueLength, highlightLength) / 2 && shared >= (found.end - found.start) / 2;
}

/** The kinds of edit the generator applies. */
export type EditKind =
  | 'insert-words-around'
  | 'delete-words-around'
  | 'insert-words-inside'
  | 'delete-words-inside'
  | 'reorder-paragraphs'
  | 'whitespace'
  | 'quote-style'
  | 'remove-highlight';

/**
 * A run of `count` words from the article itself, outside the highlight: inserted words then look
 * like the page (the hard case for approximate matching) without planting a copy of the
 * highlighted text, which would make two right answers.
 */
function someWords(dice: Dice, doc: TrackedText, count: number): string {
  const { starts, ends } = wordBounds(doc.text);
  for (;;) {
    const at = dice.int(0, Math.max(0, starts.length - count));
    const start = starts[at];
    const end = ends[Math.min(ends.length - 1, at + count - 1)];
    if (end <= doc.start || start >= doc.end) return doc.text.slice(start, end);
  }
}

/** Word boundaries (offsets just before a word) within `range` characters of the highlight, outside it. */
function boundariesAround(doc: TrackedText, range: number): number[] {
  const { starts } = wordBounds(doc.text, Math.max(0, doc.start - range), Math.min(doc.text.length, doc.end + range));
  return starts.filter((s) => s < doc.start || s > doc.end);
}

/** Applies one edit of `kind`; returns the edited page (unchanged when the edit does not apply). */
export function applyEdit(doc: TrackedText, kind: EditKind, dice: Dice): TrackedText {
  switch (kind) {
    case 'insert-words-around': {
      const places = boundariesAround(doc, 120);
      if (places.length === 0) return doc;
      const at = dice.pick(places);
      return replaceTracked(doc, at, at, someWords(dice, doc, dice.int(1, 6)) + ' ');
    }
    case 'delete-words-around': {
      const { starts, ends } = wordBounds(doc.text, Math.max(0, doc.start - 120), Math.min(doc.text.length, doc.end + 120));
      const count = dice.int(1, 4);
      const options = starts
        .map((s, i) => [s, ends[Math.min(ends.length - 1, i + count - 1)]] as const)
        .filter(([s, e]) => e < doc.start || s > doc.end);
      if (options.length === 0) return doc;
      const [s, e] = dice.pick(options);
      // Take the space after the words too, so the text stays one-spaced.
      return replaceTracked(doc, s, Math.min(doc.text.length, e + 1), '');
    }
    case 'insert-words-inside': {
      const { starts } = wordBounds(doc.text, doc.start, doc.end);
      const inner = starts.filter((s) => s > doc.start);
      if (inner.length === 0) return doc;
      const at = dice.pick(inner);
      return replaceTracked(doc, at, at, someWords(dice, doc, dice.int(1, 3)) + ' ');
    }
    case 'delete-words-inside': {
      const { starts, ends } = wordBounds(doc.text, doc.start, doc.end);
      // At most a quarter of the highlight's words: the rest is what is to be found.
      const count = Math.min(dice.int(1, 3), Math.floor(starts.length / 4));
      if (count === 0) return doc;
      const i = dice.int(0, starts.length - count);
      const end = i + count < starts.length ? starts[i + count] : ends[i + count - 1];
      return replaceTracked(doc, starts[i], end, '');
    }
    case 'reorder-paragraphs':
      return reorderParagraphs(doc, dice);
    case 'whitespace':
      return changeWhitespace(doc, dice);
    case 'quote-style':
      return changeQuoteStyle(doc, dice);
    case 'remove-highlight': {
      // The passage is cut, sometimes with the rest of its paragraph.
      if (dice.chance(0.5)) return replaceTracked(doc, doc.start, doc.end, '');
      const from = doc.text.lastIndexOf('\n', doc.start) + 1;
      const next = doc.text.indexOf('\n', doc.end);
      return replaceTracked(doc, from, next < 0 ? doc.text.length : next, '');
    }
  }
}

/** Paragraphs shuffled; the ones the highlight touches move together, in their order. */
function reorderParagraphs(doc: TrackedText, dice: Dice): TrackedText {
  const blocks: { start: number; end: number }[] = [];
  const separator = /\n\s*\n/g;
  let from = 0;
  for (let m = separator.exec(doc.text); m; m = separator.exec(doc.text)) {
    blocks.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  blocks.push({ start: from, end: doc.text.length });
  // Merge the blocks the highlight spans into one unit.
  const units: { start: number; end: number }[] = [];
  for (const block of blocks) {
    const last = units[units.length - 1];
    const touches = (b: { start: number; end: number }) => b.end >= doc.start && b.start <= doc.end;
    if (last && touches(last) && touches(block) && doc.start !== doc.end) last.end = block.end;
    else units.push({ ...block });
  }
  if (units.length < 2) return doc;
  for (let i = units.length - 1; i > 0; i--) {
    const j = dice.int(0, i);
    [units[i], units[j]] = [units[j], units[i]];
  }
  let text = '';
  let start = doc.start;
  let end = doc.end;
  for (const unit of units) {
    if (text) text += '\n\n';
    if (doc.start >= unit.start && doc.end <= unit.end) {
      start = text.length + doc.start - unit.start;
      end = text.length + doc.end - unit.start;
    }
    text += doc.text.slice(unit.start, unit.end);
  }
  return { text, start, end };
}

/** Some spaces become runs of spaces, line breaks, tabs or no-break spaces; some paragraph breaks single line breaks. */
function changeWhitespace(doc: TrackedText, dice: Dice): TrackedText {
  const forms = ['  ', '\n', ' \t', '\u00a0', ' \n  '];
  const share = dice.pick([0.05, 0.2, 0.5]);
  let text = '';
  let start = doc.start;
  let end = doc.end;
  for (let i = 0; i < doc.text.length; i++) {
    const c = doc.text[i];
    let replacement = c;
    if (c === ' ' && dice.chance(share)) replacement = dice.pick(forms);
    else if (c === '\n' && dice.chance(share)) replacement = ' ';
    // Characters after position i move; so do the highlight's bounds when they are after it.
    const shift = replacement.length - 1;
    if (doc.start > i) start += shift;
    if (doc.end > i) end += shift;
    text += replacement;
  }
  return { text, start, end };
}

/** Straight quotation marks and apostrophes become typographic ones or the reverse; hyphen-dashes become dashes. */
function changeQuoteStyle(doc: TrackedText, dice: Dice): TrackedText {
  const toCurly = dice.chance(0.5);
  let text: string;
  if (toCurly) {
    text = doc.text
      .replace(/"(?=\w)/g, '\u201c')
      .replace(/"/g, '\u201d')
      .replace(/(?<=\w)'/g, '\u2019')
      .replace(/'/g, '\u2018')
      .replace(/ - /g, ' \u2014 ');
  } else {
    text = doc.text.replace(/[\u201c\u201d\u201e]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\u2014/g, '-');
  }
  // Every replacement is one character for one: offsets hold.
  return { ...doc, text };
}
