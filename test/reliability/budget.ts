// Shared by the reliability tests: how many random cases to run, a tally of every case and fault
// tried (printed at the end of each file, for the reliability table of issue 7), and the text
// mutations the fuzzers apply to real data.
import fc from 'fast-check';

/**
 * Multiplier of every case count: RELIABILITY_SCALE=10 runs ten times as many cases (a long
 * soak); the default keeps the folder within about a minute on two busy cores.
 */
export const SCALE = Math.max(0.1, Number(process.env.RELIABILITY_SCALE ?? '1') || 1);

/** `base` cases scaled by RELIABILITY_SCALE (at least one). */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

/** What one file tried: cases per kind, and how many of them lost or corrupted data or crashed. */
export class Tally {
  private readonly cases = new Map<string, number>();
  private readonly failures = new Map<string, number>();
  private readonly slowest = new Map<string, { ms: number; chars: number }>();

  constructor(private readonly file: string) {}

  /** Counts one case of `kind`. */
  count(kind: string, n = 1): void {
    this.cases.set(kind, (this.cases.get(kind) ?? 0) + n);
  }

  /** Counts one case of `kind` and runs it; a case that throws is counted as broken and rethrown. */
  async check<T>(kind: string, body: () => T | Promise<T>): Promise<T> {
    this.count(kind);
    try {
      return await body();
    } catch (error) {
      this.fail(kind);
      throw error;
    }
  }

  /** The synchronous `check`, for fast-check's synchronous properties. */
  checkSync<T>(kind: string, body: () => T): T {
    this.count(kind);
    try {
      return body();
    } catch (error) {
      this.fail(kind);
      throw error;
    }
  }

  /** Counts one case of `kind` that broke an invariant (the test fails on it too). */
  fail(kind: string): void {
    this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
  }

  /** Remembers the slowest case of `kind` (time and input size). */
  time(kind: string, ms: number, chars: number): void {
    const worst = this.slowest.get(kind);
    if (!worst || ms > worst.ms) this.slowest.set(kind, { ms, chars });
  }

  /** Total cases counted. */
  total(): number {
    return [...this.cases.values()].reduce((a, b) => a + b, 0);
  }

  /** The summary printed at the end of the file: one line per kind. */
  summary(): string {
    const lines = [...this.cases].map(([kind, n]) => `  ${kind}: ${n} cases, ${this.failures.get(kind) ?? 0} broke`);
    const times = [...this.slowest].map(([kind, { ms, chars }]) => `  slowest ${kind}: ${ms.toFixed(0)} ms (${chars} chars)`);
    return [`reliability ${this.file} (RELIABILITY_SCALE=${SCALE}): ${this.total()} cases`, ...lines, ...times].join('\n');
  }
}

/** Characters that break text handling: controls, bidi overrides, RTL scripts, lone surrogates, quote marks. */
export const HOSTILE_CHARS = [
  '\u0000', '\u0007', '\b', '\r', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff',
  '\u202e', '\u202d', '\u2066', '\u2069', 'مرحبا', 'שלום', '\u0640', '\ud800', '\udfff', '\ud83d', '\ude00', '😀', 'e\u0301',
  '"', '“', '”', '‘', '’', '«', '»', '„', '‚', "'", '`', '「', '」', '\n', '\n\n', '%', '$', '€', '1', '0', '.', ',', '-',
];

/** Runs that could make a scan quadratic: quote marks, numbers, speech verbs, titles, one long word. */
export const HUGE_RUNS = ['“', '"', '“a ', '”', "'", '1', '1,000 ', '$5 million ', '42% ', 'said ', 'Mr. ', ' ', '\n', 'a', '.', '—', '(', '«', '‘’'];

/** One edit of a text. */
export type TextEdit =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'run'; at: number; unit: string; times: number }
  | { kind: 'drop-mark'; nth: number }
  | { kind: 'reverse-paragraph'; nth: number };

/** Random edits; `maxRun` bounds the repetitions of a huge run. */
export function textEdits(maxRun: number): fc.Arbitrary<TextEdit[]> {
  const edit: fc.Arbitrary<TextEdit> = fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(fc.constantFrom(...HOSTILE_CHARS), fc.array(fc.constantFrom(...HOSTILE_CHARS), { maxLength: 12 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 20 })),
    }),
    fc.record({ kind: fc.constant('run' as const), at: fc.nat(), unit: fc.constantFrom(...HUGE_RUNS), times: fc.integer({ min: 100, max: maxRun }) }),
    fc.record({ kind: fc.constant('drop-mark' as const), nth: fc.nat() }),
    fc.record({ kind: fc.constant('reverse-paragraph' as const), nth: fc.nat() }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 });
}

const QUOTE_MARK = /["“”‘’«»„]/g;

/** Applies the edits in order (positions are taken modulo the current length). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  for (const edit of edits) {
    const at = text.length === 0 ? 0 : ('at' in edit ? edit.at % (text.length + 1) : 0);
    switch (edit.kind) {
      case 'cut':
        text = text.slice(0, at) + text.slice(at + edit.length);
        break;
      case 'truncate':
        text = text.slice(0, at);
        break;
      case 'insert':
        text = text.slice(0, at) + edit.text + text.slice(at);
        break;
      case 'run':
        text = text.slice(0, at) + edit.unit.repeat(edit.times) + text.slice(at);
        break;
      case 'drop-mark': {
        // Unbalances the quotation marks: the nth mark goes.
        const marks = [...text.matchAll(QUOTE_MARK)];
        if (marks.length === 0) break;
        const mark = marks[edit.nth % marks.length];
        text = text.slice(0, mark.index) + text.slice(mark.index! + 1);
        break;
      }
      case 'reverse-paragraph': {
        // A paragraph reversed by code unit: split surrogate pairs, closing marks before opening ones.
        const paragraphs = text.split('\n');
        const i = edit.nth % paragraphs.length;
        paragraphs[i] = paragraphs[i].split('').reverse().join('');
        text = paragraphs.join('\n');
        break;
      }
    }
  }
  return text;
}
