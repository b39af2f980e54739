// Figures of different outlets that report the same quantity, with whether they disagree.
//
// A figure's `what` ("civilians killed", "people killed and wounded", "day of the war") is read
// back into a quantity key. Casualty counts (killed, wounded, shot, and totals such as "killed and
// wounded") of one story share a key, because a total has to be compared with its parts; other
// figures share a key only when they count the same noun with the same event, and then only when
// their values are compatible, so that "39 countries" and "more than 100 countries" stay apart.
import {
  CASUALTY_EVENTS, EVENT_NOUNS, EVENT_WORDS, GENERIC_PERSON_NOUNS, ORDINAL_SERIES_NOUNS, singular, TENS_WORDS, UNIT_WORDS,
  type EventKind,
} from './figure-words';
import { formatNumber } from './figures';
import { words } from './words';
import type { Figure, FigureGroup } from './types';

/** A figure with the article it comes from. */
export interface PlacedFigure {
  articleId: string;
  figure: Figure;
  /** Words around the figure in its article (about a line); lets common small counts and durations group. */
  context?: string;
}

/** How a figure's quantity is compared with others. */
interface Reading {
  placed: PlacedFigure;
  /** Figures with equal keys may report the same quantity. */
  key: string;
  /** Part of a casualty count ("killed", "wounded", "total"), the event for other events, '' otherwise. */
  part: string;
  /** Whether values must be compatible to group (figures with no event to anchor them). */
  needsCompatibleValues: boolean;
  /**
   * Content words of the figure's context, for quantities said so often ("two girls", "six years")
   * that equal values alone do not make them one: such figures group only when they share one.
   */
  topic?: ReadonlySet<string>;
  /** Range of true values the figure allows, given its qualifier. */
  low: number;
  high: number;
  /** The same, widened by the rounding of a large round number ("$700 billion" may be 716): for grouping only. */
  looseLow: number;
  looseHigh: number;
}

/**
 * Groups the figures of one story that report the same quantity, each group holding figures from
 * at least two articles, and flags disagreement. Group ids are left empty for the caller to set.
 * Returns [] when no quantity is reported by two articles.
 */
export function groupFigures(figures: readonly PlacedFigure[]): FigureGroup[] {
  const byKey = new Map<string, Reading[]>();
  for (const placed of figures) {
    const reading = readFigure(placed);
    if (!reading) continue;
    const list = byKey.get(reading.key);
    if (list) list.push(reading);
    else byKey.set(reading.key, [reading]);
  }
  joinCountsOfOneQuantity(byKey);
  const groups: FigureGroup[] = [];
  for (const [key, readings] of byKey) {
    const clusters = !readings[0].needsCompatibleValues ? [currentCounts(readings)]
      : isOnePersonsAge(key, readings) ? [readings] : clusterByValue(readings);
    for (const members of clusters) {
      if (new Set(members.map((r) => r.placed.articleId)).size < 2) continue;
      groups.push({ id: '', members: members.map((r) => r.placed.figure.id), disagreement: disagreement(members) });
    }
  }
  return groups;
}

/**
 * Moves readings to the key of another wording of the same quantity, so that word choice does not
 * split it:
 * - a casualty count with a specific noun ("2 teenagers killed", "two students killed") joins the
 *   key holding the same count of the same part in another article ("2 people dead"), people in
 *   general first;
 * - an age without a name ("an 18-year-old") joins the one named person of that age ("Brian
 *   Davis, 18"), when exactly one named age of the story has that value.
 */
function joinCountsOfOneQuantity(byKey: Map<string, Reading[]>): void {
  const keys = [...byKey.keys()];
  const casualtyKeys = keys.filter((k) => k.startsWith('casualty|')).sort((a, b) => Number(b === GENERIC_CASUALTY) - Number(a === GENERIC_CASUALTY));
  for (const key of casualtyKeys) {
    if (key === GENERIC_CASUALTY) continue;
    const readings = byKey.get(key)!;
    const moved = readings.filter((r) => {
      const home = casualtyKeys.find((k) => k !== key && byKey.get(k)?.some((o) => o.part === r.part
        && o.placed.articleId !== r.placed.articleId && sameValue(o, r)));
      if (!home) return false;
      byKey.get(home)!.push(r);
      return true;
    });
    if (moved.length === readings.length) byKey.delete(key);
    else if (moved.length > 0) byKey.set(key, readings.filter((r) => !moved.includes(r)));
  }
  const anonymous = byKey.get(ANONYMOUS_AGE);
  if (!anonymous) return;
  const namedAges = keys.filter((k) => k.startsWith(`${ANONYMOUS_AGE} of `));
  const stay = anonymous.filter((r) => {
    const homes = namedAges.filter((k) => byKey.get(k)!.some((o) => compatible(o, r)));
    if (homes.length !== 1) return true;
    byKey.get(homes[0])!.push(r);
    return false;
  });
  if (stay.length > 0) byKey.set(ANONYMOUS_AGE, stay);
  else byKey.delete(ANONYMOUS_AGE);
}

/**
 * Whether the ages under a name's key ("Zamora, 37", "37-year-old Larry Zamora") are one person's:
 * then outlets that give different ages disagree. A name that some article gives two ages
 * ("Mark Short, 40", "Mark Jr., 5") is a family's, whose ages group only when equal.
 */
function isOnePersonsAge(key: string, readings: readonly Reading[]): boolean {
  if (!key.startsWith(`${ANONYMOUS_AGE} of `)) return false;
  // an article's ages are pairwise compatible when its highest low is within its lowest high
  const bounds = new Map<string, { highestLow: number; lowestHigh: number }>();
  for (const r of readings) {
    const b = bounds.get(r.placed.articleId);
    if (b) {
      b.highestLow = Math.max(b.highestLow, r.low);
      b.lowestHigh = Math.min(b.lowestHigh, r.high);
    } else bounds.set(r.placed.articleId, { highestLow: r.low, lowestHigh: r.high });
  }
  return [...bounds.values()].every((b) => b.highestLow <= b.lowestHigh * (1 + TOLERANCE));
}

const GENERIC_CASUALTY = 'casualty|person';
const ANONYMOUS_AGE = 'measure|age';

/** The quantity key of a figure, or null when it cannot be compared (vague, unknown, superseded). */
function readFigure(placed: PlacedFigure): Reading | null {
  const f = placed.figure;
  if (f.value === null || !Number.isFinite(f.value)) return null;
  // "A day earlier, 249 civilians were killed": an older count is not the story's figure
  if (f.what.endsWith('(earlier count)')) return null;
  const [low, high] = comparableRange(f);
  const days = daysPerUnit(f);
  const rounding = days !== undefined || /^age\b/.test(f.what) ? 0 : roundingOf(f);
  // half a unit of rounding, but never more than 3 %: "$350 billion" is not "$400 billion"
  const slack = Math.min(0.45 * rounding, 0.03 * Math.abs(f.value));
  const base = { placed, low, high, looseLow: low - slack, looseHigh: high + slack };
  if (f.kind === 'ordinal') {
    if (!f.what) return null;
    return { ...base, key: `ordinal|${f.what}`, part: 'ordinal', needsCompatibleValues: !ORDINAL_SERIES_NOUNS.has(f.what.split(' ')[0]) };
  }
  const words = f.what.split(' ').filter(Boolean);
  const events = words.map((w) => EVENT_WORDS.get(w)).filter((e): e is EventKind => e !== undefined);
  const noun = words.length > 0 && (!EVENT_WORDS.has(words[0]) || EVENT_NOUNS.has(words[0])) ? words[0] : '';
  if (events.length > 0) {
    const event = events[0];
    // "364 civilians" and "a thousand people" count the same people; "12 children" a subset
    const subject = !noun || GENERIC_PERSON_NOUNS.has(noun) || EVENT_NOUNS.has(noun) ? 'person' : singular(noun);
    if (CASUALTY_EVENTS.has(event)) {
      const total = events.length > 1 || event === 'casualties' || event === 'shot';
      return { ...base, key: `casualty|${subject}`, part: total ? 'total' : event, needsCompatibleValues: false };
    }
    return { ...base, key: `${event}|${subject}`, part: event, needsCompatibleValues: false };
  }
  // Money and shares need no noun: "$716 billion" in two outlets is one amount (values must match)
  if (!noun && f.kind !== 'money' && f.kind !== 'percent') return null;
  // Without an event, small spelled-out counts ("two sides", "three things") and durations ("five
  // years") recur across outlets as turns of phrase or as different periods: they are one quantity
  // only when their contexts share a content word ("two girls … shotgun", "six years of tax returns").
  // "twice" counts times of anything: it never groups.
  const common = (f.kind === 'count' && (f.value ?? 0) < 10 && !/\d/.test(f.text)) || days !== undefined;
  if (common && (placed.context === undefined || f.what === 'times')) return null;
  const topic = common ? contextWords(placed.context!, f.text) : undefined;
  // Lengths of time compare in days whatever their unit ("almost five decades", "48 years").
  const key = days !== undefined ? LENGTH_OF_TIME : `${f.kind}|${words.map(singular).join(' ')}`;
  return { ...base, key, part: '', needsCompatibleValues: true, topic };
}

/**
 * How far a large number may have been rounded, from the digits it is written with: one unit of
 * its last significant digit ("$700 billion": 100 billion; "$716 billion": 1 billion; "five
 * million": 1 million). 0 below 1,000, where a round number is as likely exact ("10 years", "40 countries").
 */
function roundingOf(f: Pick<Figure, 'value' | 'text'>): number {
  const value = Math.abs(f.value ?? 0);
  if (value < 1000) return 0;
  const written = /\d[\d,]*(?:\.\d+)?/.exec(f.text)?.[0].replace(/,/g, '');
  // a number in words ("five million") has one significant digit
  const digits = written === undefined ? '1' : written.includes('.') ? written.replace('.', '').replace(/^0+/, '') : written.replace(/0+$/, '');
  return 10 ** (Math.floor(Math.log10(value)) - Math.max(digits.length, 1) + 1);
}

/** Characters of context on each side of a figure: about a line of text. */
const FIGURE_CONTEXT_CHARS = 60;

/** The text around a figure within its sentence, as grouping reads it (`PlacedFigure.context`). */
export function figureContext(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - FIGURE_CONTEXT_CHARS), start);
  const after = text.slice(end, end + FIGURE_CONTEXT_CHARS);
  const sentenceStart = Math.max(before.search(/[^.!?\n]*$/), 0);
  const sentenceEnd = after.search(/[.!?](?:\s|$)|\n/);
  return before.slice(sentenceStart) + text.slice(start, end) + (sentenceEnd < 0 ? after : after.slice(0, sentenceEnd));
}

/** The stems of the content words of `context`, the figure's own words left out. */
function contextWords(context: string, figureText: string): Set<string> {
  const own = new Set(words(figureText).map((w) => w.key));
  return new Set(words(context).filter((w) => !w.stop && !own.has(w.key) && !/\d/.test(w.key) && w.key.length > 2
    && !UNIT_WORDS.has(w.key) && !TENS_WORDS.has(w.key)).map((w) => w.key));
}

const LENGTH_OF_TIME = 'measure|length of time';
/** Days in each unit of a length of time. */
const DAYS_IN: ReadonlyMap<string, number> = new Map([
  ['decade', 3652.5], ['year', 365.25], ['month', 30.4375], ['week', 7], ['day', 1], ['hour', 1 / 24], ['minute', 1 / 1440], ['second', 1 / 86400],
]);

/** For a length of time ("six years", "a 21-day quarantine"), the days in its unit; undefined for other figures. */
function daysPerUnit(f: Pick<Figure, 'kind' | 'what'>): number | undefined {
  return f.kind === 'measure' ? DAYS_IN.get(singular(f.what.split(' ')[0])) : undefined;
}

/** The unit of an age given in months, weeks or days ("14-month-old", "9 months old"); null for years. */
function ageUnit(f: Pick<Figure, 'kind' | 'what' | 'text'>): string | null {
  if (f.kind !== 'measure' || !/^age\b/.test(f.what)) return null;
  return /(?:^|[\s\d-])(month|week|day)s?(?=[\s-]|$)/i.exec(f.text)?.[1].toLowerCase() ?? null;
}

/** For a person's age, the days in its unit (a year unless given in months, weeks or days); undefined for other figures. */
function daysPerAgeUnit(f: Pick<Figure, 'kind' | 'what' | 'text'>): number | undefined {
  return /^age\b/.test(f.what) ? DAYS_IN.get(ageUnit(f) ?? 'year') : undefined;
}

/** The values a figure allows, as `valueRange`, with lengths of time and ages in days so that units compare. */
export function comparableRange(f: Pick<Figure, 'value' | 'qualifier' | 'kind' | 'what' | 'text'>): [number, number] {
  const [low, high] = valueRange(f.value ?? NaN, f.qualifier);
  const days = daysPerUnit(f) ?? daysPerAgeUnit(f) ?? 1;
  return [low * days, high * days];
}

/** The values a figure allows given its qualifier: "more than 1,000" allows 1,000 to 2,000, "nearly 50" 25 to 50, "about 50" 45 to 55, "5 to 7" 5 to 7. */
export function valueRange(value: number, qualifier: string | null): [number, number] {
  const q = qualifier ?? '';
  const range = /^to ([\d,.]+)$/.exec(q);
  if (range) return [value, Number(range[1].replace(/,/g, ''))];
  if (AT_LEAST.test(q)) return [value, 2 * value];
  if (AT_MOST.test(q)) return [value / 2, value];
  if (ABOUT.test(q)) return [0.9 * value, 1.1 * value];
  return [value, value];
}

const AT_LEAST = /^(?:more than|over|at least|upwards of|no fewer than|just over|well over|above|well above)$/;
const AT_MOST = /^(?:nearly|almost|just under|under|below|less than|fewer than|up to|at most|no more than|not more than|as many as|as much as)$/;
const ABOUT = /^(?:about|around|approximately|roughly|some|an estimated|estimated|close to)$/;

/** Tolerance of value comparisons, relative: rounding in "1.1 million" against "1,123,000". */
export const TOLERANCE = 0.005;
const compatible = (a: Reading, b: Reading): boolean =>
  a.low <= b.high * (1 + TOLERANCE) && b.low <= a.high * (1 + TOLERANCE);
const sameValue = (a: Reading, b: Reading): boolean =>
  Math.abs((a.placed.figure.value ?? 0) - (b.placed.figure.value ?? 0)) <= Math.abs(b.placed.figure.value ?? 0) * TOLERANCE;

/**
 * Each article's current count of each part: its first mention, plus repeated mentions of the
 * same value. Other values in the same article ("On Friday it had confirmed 331 deaths") are
 * older counts or sub-counts, not the figure the outlets compare.
 */
function currentCounts(readings: Reading[]): Reading[] {
  const first = new Map<string, Reading>();
  const kept: Reading[] = [];
  for (const r of readings) {
    const slot = `${r.placed.articleId}|${r.part}`;
    const head = first.get(slot);
    if (!head) first.set(slot, r);
    if (!head || sameValue(r, head)) kept.push(r);
  }
  return kept;
}

const sharesWord = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((w) => b.has(w));

/**
 * Figures with no event to anchor them group only with compatible values ("39 countries" ≠ "100
 * countries"): each joins the first cluster whose every member is compatible with it and, for a
 * common small count or length of time, whose first member's context shares a word with its own.
 */
function clusterByValue(readings: Reading[]): Reading[][] {
  const topics = articleTopics(readings);
  // "Compatible with every member" is "compatible with the cluster's highest low and lowest high":
  // one test per cluster instead of one per member, so a page repeating "42%" thousands of times
  // no longer takes seconds (a NaN bound stays NaN and, as before, admits nobody).
  const clusters: { members: Reading[]; highestLow: number; lowestHigh: number }[] = [];
  for (const r of readings) {
    const topic = topics.get(r);
    const home = clusters.find((c) => c.highestLow <= r.looseHigh * (1 + TOLERANCE) && r.looseLow <= c.lowestHigh * (1 + TOLERANCE)
      && (!topic || !topics.get(c.members[0]) || sharesWord(topics.get(c.members[0])!, topic)));
    if (home) {
      home.members.push(r);
      home.highestLow = Math.max(home.highestLow, r.looseLow);
      home.lowestHigh = Math.min(home.lowestHigh, r.looseHigh);
    } else clusters.push({ members: [r], highestLow: r.looseLow, lowestHigh: r.looseHigh });
  }
  return clusters.map((c) => c.members);
}

/**
 * The topic of each reading that has one, pooled over the readings of its article with the same
 * value: an article that says "three children" four times speaks of one quantity, so each mention
 * groups as well as the article's best-described one ("the couple's three children: Liana, 8; …").
 */
function articleTopics(readings: readonly Reading[]): Map<Reading, ReadonlySet<string>> {
  const byMention = new Map<string, Reading[]>();
  for (const r of readings) {
    if (!r.topic) continue;
    const slot = `${r.placed.articleId}|${r.placed.figure.value}`;
    const list = byMention.get(slot);
    if (list) list.push(r);
    else byMention.set(slot, [r]);
  }
  const pooled = new Map<Reading, ReadonlySet<string>>();
  for (const same of byMention.values()) {
    const words = new Set(same.flatMap((o) => [...o.topic!]));
    for (const o of same) pooled.set(o, words);
  }
  return pooled;
}

// ---- disagreement ---------------------------------------------------------------------------

/** A reader's phrase for why the group's figures disagree; null when they agree. */
function disagreement(members: Reading[]): string | null {
  const reasons: string[] = [];
  const byPart = new Map<string, Reading[]>();
  for (const r of members) {
    const list = byPart.get(r.part);
    if (list) list.push(r);
    else byPart.set(r.part, [r]);
  }
  for (const [part, readings] of byPart) {
    const distinct: Reading[] = [];
    for (const r of readings) if (!distinct.some((d) => compatible(d, r))) distinct.push(r);
    if (distinct.length > 1) {
      const label = part === 'ordinal' || part === '' || part === 'total' ? readings[0].placed.figure.what : part;
      reasons.push(`values differ: ${distinct.map((r) => formatFigure(r)).join(' vs ')}${label ? ` (${label})` : ''}`);
    }
  }
  const parts = partsSum(members);
  const total = byPart.get('total')?.[0];
  if (parts && total) {
    const shown = `total (${formatFigure(total)} ${total.placed.figure.what.replace(/^\S+ (?=killed|wounded|shot)/, '')})`;
    const sum = `the parts (${parts.text})`;
    if (total.high * (1 + TOLERANCE) < parts.sum) reasons.push(`${shown} is smaller than ${sum}`);
    else if (total.low > parts.sum * (1 + TOLERANCE)) reasons.push(`${shown} is larger than ${sum}`);
  }
  return reasons.length > 0 ? reasons.join('; ') : null;
}

/** The first article that gives both killed and wounded counts: their sum, to compare with totals. */
function partsSum(members: Reading[]): { sum: number; text: string } | null {
  const articles = [...new Set(members.map((r) => r.placed.articleId))];
  for (const articleId of articles) {
    const killed = members.find((r) => r.placed.articleId === articleId && r.part === 'killed');
    const wounded = members.find((r) => r.placed.articleId === articleId && r.part === 'wounded');
    if (!killed || !wounded) continue;
    const k = killed.placed.figure.value ?? 0;
    const w = wounded.placed.figure.value ?? 0;
    return { sum: k + w,
      text: `${formatNumber(k)} killed + ${formatNumber(w)} wounded = ${formatNumber(k + w)}` };
  }
  return null;
}

/** "more than 1,000", "12th", "39%", "$2.5 billion". */
function formatFigure(r: Reading): string {
  const f = r.placed.figure;
  const v = f.value ?? 0;
  const unit = ageUnit(f);
  let shown = formatNumber(v);
  if (f.kind === 'ordinal') shown = ordinal(v);
  else if (f.kind === 'percent') shown = `${shown}%`;
  else if (f.kind === 'money') shown = /^[$£€¥]/.test(f.text.trim()) ? `${f.text.trim()[0]}${shown}` : shown;
  else if (unit) shown = `${shown} ${unit}${v === 1 ? '' : 's'}`;
  const q = f.qualifier && !f.qualifier.startsWith('to ') ? `${f.qualifier} ` : '';
  const upTo = f.qualifier?.startsWith('to ') ? ` ${f.qualifier}` : '';
  return `${q}${shown}${upTo}`;
}

/** "1st", "12th", "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
