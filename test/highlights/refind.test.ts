// Re-finding highlights on edited pages: the measurement the issue asks for. Real article texts
// from ../shared/corpus, a seeded generator of edits (page-edits.ts, where "right place" is
// defined), and the share of highlights found again at the right place. The bar on wrong places
// is zero: a highlight painted on other text is worse than one listed as not found.
import approxSearch from 'approx-string-match';
import { foldMarks } from '../../src/content/anchoring/text-index';
import { createHighlight, type Highlight, type HighlightPage } from '../../src/highlights/highlight';
import { refindHighlight, refindHighlights } from '../../src/highlights/refind';
import type { Article } from '../../src/core/types';
import { loadArticles } from '../support/shared';
import {
  applyEdit,
  collapseTracked,
  Dice,
  isRightPlace,
  seededRandom,
  wordBounds,
  type EditKind,
  type TrackedText,
} from './page-edits';

const PAGE: HighlightPage = { url: 'https://news.example/story', canonicalUrl: 'news.example/story', title: null, outlet: null, story: null };

/** A highlight made on `text` (already collapsed) at [start, end). */
function highlightOn(text: string, start: number, end: number): Highlight {
  const made = createHighlight(text, start, end, PAGE, 'h', 0);
  if (!made) throw new Error(`no highlight at ${start}-${end}`);
  return made;
}

/** Articles long enough to hold a highlight among other paragraphs, from the three corpora. */
function articlePool(): Article[] {
  return (['gva', 'basil', 'allsides'] as const).flatMap((name) => loadArticles(name).filter((a) => a.text.length >= 1200 && a.text.length <= 30_000));
}

/** Ends of sentences in text[from, to): offsets just after ". ", "? ", '." ' and the like. */
function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  const end = /[.!?]["'\u201d\u2019)]?(?=\s)/g;
  end.lastIndex = from;
  for (let m = end.exec(text); m && m.index < to; m = end.exec(text)) ends.push(m.index + m[0].length);
  if (ends[ends.length - 1] !== to) ends.push(to);
  return ends;
}

/** A passage a reader might mark: a phrase of a few words, one to three sentences, or the end of one paragraph and the start of the next. */
function pickHighlight(dice: Dice, text: string): TrackedText | null {
  const paragraphs: { start: number; end: number }[] = [];
  const separator = /\n\s*\n/g;
  let from = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    paragraphs.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  paragraphs.push({ start: from, end: text.length });
  const prose = paragraphs.filter((p) => p.end - p.start >= 120);
  if (prose.length === 0) return null;
  const index = dice.int(0, prose.length - 1);
  const paragraph = prose[index];
  const shape = dice.pick(['phrase', 'phrase', 'sentences', 'sentences', 'across'] as const);
  if (shape === 'phrase') {
    const { starts, ends } = wordBounds(text, paragraph.start, paragraph.end);
    const count = Math.min(starts.length, dice.int(3, 12));
    const first = dice.int(0, starts.length - count);
    return { text, start: starts[first], end: ends[first + count - 1] };
  }
  if (shape === 'across' && index + 1 < prose.length && prose[index + 1].start - paragraph.end <= 4) {
    const next = prose[index + 1];
    const lastSentence = sentenceEnds(text, paragraph.start, paragraph.end);
    const start = lastSentence.length > 1 ? lastSentence[lastSentence.length - 2] + 1 : paragraph.start;
    return { text, start, end: sentenceEnds(text, next.start, next.end)[0] };
  }
  const ends = sentenceEnds(text, paragraph.start, paragraph.end);
  const first = dice.int(0, ends.length - 1);
  const last = Math.min(ends.length - 1, first + dice.int(0, 2));
  const start = first === 0 ? paragraph.start : ends[first - 1] + 1;
  return { text, start, end: ends[last] };
}

const EDITS_THAT_KEEP: EditKind[] = [
  'insert-words-around',
  'delete-words-around',
  'insert-words-inside',
  'delete-words-inside',
  'reorder-paragraphs',
  'whitespace',
  'quote-style',
];

interface Outcome {
  kinds: EditKind[];
  removed: boolean;
  verdict: 'right' | 'not-found' | 'wrong';
  exact: string;
  foundText: string | null;
  trueText: string;
}

/** Errors allowed between a passage and a "twin" of it elsewhere on the page: 10% of its length. */
const TWIN_ERRORS = 0.1;

/** Whether text[start, end) occurs elsewhere in `text` with at most TWIN_ERRORS of it edited. */
function hasTwin(text: string, start: number, end: number): boolean {
  const passage = text.slice(start, end);
  const maxErrors = Math.floor(passage.length * TWIN_ERRORS);
  return [text.slice(0, start), text.slice(end)].some((part) => approxSearch(part, passage, maxErrors).length > 0);
}

/** One generated case: a highlight on a real article, the article edited, the highlight looked for. */
function runCase(dice: Dice, pool: Article[]): Outcome | 'twin' | null {
  const article = dice.pick(pool);
  const picked = pickHighlight(dice, article.text);
  if (!picked) return null;
  const before = collapseTracked(picked);
  if (before.end - before.start < 8) return null;
  // A passage the page prints twice, even with small differences (a quote in the headline and
  // the body, a tweet embedded and quoted, a repeated caption), has two right answers once one
  // copy is edited; such highlights are left out and counted (see the README's limits).
  if (hasTwin(foldMarks(before.text), before.start, before.end)) return 'twin';
  const highlight = highlightOn(before.text, before.start, before.end);

  const removed = dice.chance(0.08);
  const kinds: EditKind[] = [];
  for (let n = dice.int(1, 4); n > 0; n--) kinds.push(dice.pick(EDITS_THAT_KEEP));
  if (removed) kinds.splice(dice.int(0, kinds.length), 0, 'remove-highlight');
  let edited: TrackedText = picked;
  for (const kind of kinds) edited = applyEdit(edited, kind, dice);
  const after = collapseTracked(edited);

  const found = refindHighlight(foldMarks(after.text), highlight);
  const verdict = !found ? 'not-found' : isRightPlace(found, after, before.end - before.start) ? 'right' : 'wrong';
  return {
    kinds,
    removed: after.start === after.end,
    verdict,
    exact: highlight.exact,
    foundText: found ? after.text.slice(found.start, found.end) : null,
    trueText: after.text.slice(after.start, after.end),
  };
}

describe('re-finding highlights on edited real articles', () => {
  const CASES = 1500;
  const outcomes: Outcome[] = [];
  let twins = 0;

  // REFIND_SEED=n runs another generated set (the figures in the README are over several).
  beforeAll(() => {
    const dice = new Dice(seededRandom(Number(process.env.REFIND_SEED ?? 20240605)));
    const pool = articlePool();
    while (outcomes.length < CASES) {
      const outcome = runCase(dice, pool);
      if (outcome === 'twin') twins++;
      else if (outcome) outcomes.push(outcome);
    }
  });

  test('no highlight is ever found on the wrong text', () => {
    const wrong = outcomes.filter((o) => o.verdict === 'wrong');
    const shown = wrong.slice(0, 5).map((o) => ({ kinds: o.kinds, exact: o.exact.slice(0, 120), found: o.foundText?.slice(0, 120), truth: o.trueText.slice(0, 120) }));
    expect(shown).toEqual([]);
  });

  test('most edited highlights are found again at their place; removed ones are reported not found', () => {
    const kept = outcomes.filter((o) => !o.removed);
    const removed = outcomes.filter((o) => o.removed);
    const right = kept.filter((o) => o.verdict === 'right').length;
    const share = right / kept.length;
    const byKind = EDITS_THAT_KEEP.map((kind) => {
      const withKind = kept.filter((o) => o.kinds.includes(kind));
      return `${kind} ${withKind.filter((o) => o.verdict === 'right').length}/${withKind.length}`;
    });
    console.log(
      `re-found at the right place: ${right}/${kept.length} = ${(100 * share).toFixed(1)}%; ` +
        `removed text reported not found: ${removed.filter((o) => o.verdict === 'not-found').length}/${removed.length}; ` +
        `wrong: ${outcomes.filter((o) => o.verdict === 'wrong').length}; passages with a twin left out: ${twins}\n  by edit: ${byKind.join(', ')}`,
    );
    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    expect(removed.length).toBeGreaterThan(50);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});

describe('refindHighlights', () => {
  const text = 'The council met on Tuesday. "We will rebuild," the mayor said. The storm hit the coast.';

  test('uses the stored position when the page is unchanged, and lists the missing apart', () => {
    const first = highlightOn(text, text.indexOf('The storm'), text.length);
    const second = highlightOn(text, 0, text.indexOf(' on Tuesday'));
    const gone: Highlight = { ...highlightOn(text, 0, 10), id: 'gone', exact: 'Taxes will fall for every family next year', start: 3 };
    const { found, notFound } = refindHighlights(foldMarks(text), [first, gone, second]);
    expect(found.map((f) => [f.start, f.end, f.verbatim])).toEqual([
      [0, second.end, true],
      [first.start, first.end, true],
    ]);
    expect(notFound).toEqual([gone]);
  });

  test('a stale position is only a hint: the text moved, it is found where it went', () => {
    const highlight = highlightOn(text, text.indexOf('We will'), text.indexOf(',"'));
    const moved = 'Breaking: a new first line. ' + text;
    const found = refindHighlight(foldMarks(moved), highlight);
    expect(moved.slice(found!.start, found!.end)).toBe('We will rebuild');
  });

  test('curly quotation marks on the page match the straight ones saved', () => {
    const highlight = highlightOn(text, text.indexOf('"We'), text.indexOf(' the mayor'));
    const curly = text.replace('"We will rebuild,"', '\u201cWe will rebuild,\u201d');
    const found = refindHighlight(foldMarks(curly), highlight);
    expect(found).toMatchObject({ start: highlight.start, verbatim: true });
  });

  test('an edited passage is found where its context is', () => {
    const page = 'The council met on Tuesday. The mayor promised that every family would have a roof before winter. The storm hit the coast.';
    const start = page.indexOf('The mayor');
    const highlight = highlightOn(page, start, page.indexOf(' The storm'));
    const edited = page.replace('every family would have', 'each family will have');
    const found = refindHighlight(foldMarks(edited), highlight);
    expect(found).toMatchObject({ start, verbatim: false });
    expect(edited.slice(found!.start, found!.end)).toBe('The mayor promised that each family will have a roof before winter.');
  });

  test('context that the page repeats is no evidence: a removed alert is not found on its look-alike', () => {
    const alerts =
      'Storm Watch issued May 8 at 7:27PM expiring at 9:00PM for: Caddo, Canadian, Cleveland, Comanche, Cotton, Garvin. ' +
      'Storm Watch issued May 8 at 6:10PM expiring at 8:00PM for: Logan, Lincoln. ' +
      'Storm Watch issued May 8 at 7:37PM expiring at 9:00PM for: Cleveland, Comanche, Cotton, Garvin, Grady. ' +
      'Storm Watch issued May 8 at 6:55PM expiring at 8:00PM for: Stephens.';
    const highlight = highlightOn(alerts, 0, alerts.indexOf(' Storm Watch issued May 8 at 6:10'));
    // The highlighted alert expires and leaves the page; the suffix saved with it ("Storm Watch
    // issued May 8 at 6:…") still agrees after the other 7-o'clock alert, as after every alert.
    const expired = alerts.slice(alerts.indexOf('Storm Watch issued May 8 at 6:10'));
    expect(refindHighlight(foldMarks(expired), highlight)).toBeNull();
  });

  test('a look-alike elsewhere is not taken: an edited caption of a gallery is found at its place, not on its near-twin', () => {
    const gallery =
      'Image 1 of 3: Firefighters stand outside the burned warehouse on Tuesday morning. ' +
      'Image 2 of 3: Firefighters stand outside the burned warehouse on Tuesday evening. ' +
      'Image 3 of 3: The owner speaks to reporters.';
    const highlight = highlightOn(gallery, gallery.indexOf('Firefighters'), gallery.indexOf(' Image 2'));
    expect(refindHighlight(foldMarks(gallery), highlight)).toMatchObject({ start: highlight.start, verbatim: true });
    // A word cut from the highlighted caption leaves two captions about as close to it; only its
    // own has both sides agreeing (the twin's prefix, "Image 2 of 3", fits better at the first).
    const edited = gallery.replace('burned warehouse on Tuesday morning', 'warehouse on Tuesday morning');
    expect(refindHighlight(foldMarks(edited), highlight)).toMatchObject({ start: highlight.start, verbatim: false });
    // (Were the highlighted caption removed, its twin would be taken: the known limit the README names.)
  });
});
