// Figures of different outlets that report the same quantity, with whether they disagree.
//
// A figure's `what` ("civilians killed", "people killed and wounded", "day of the war") is read
// back into a quantity key. Casualty counts (killed, wounded, shot, and totals such as "killed and
// wounded") of one story share a key, because a total has to be compared with its parts; other
// figures share a key only when they count the same noun with the same event, and then only when
// their values are compatible, so that "39 countries" and "more than 100 countries" stay apart.
import {
  CASUALTY_EVENTS, comparedWhat, DEMONYM_ENDING, EVENT_NOUNS, EVENT_WORDS, GENDERED_PERSON_NOUNS, GENERIC_PERSON_NOUNS, givenNameOfAge, isNumberWord, ORDINAL_SERIES_NOUNS, PERSON_NOUNS, SCALE_WORDS,
  singular, VAGUE_SCALES, type EventKind,
} from './figure-words';
import { formatNumber, formatShare, trailsNumber } from './figures';
import { words } from './words';
import { differsByDoubledLetter, mayBeMisspelt, sameFirstName } from './names';
import { describedNoun } from './speaker-cues';
import type { Figure, FigureGroup } from './types';
import { pushTo } from './collections';

/** A figure with the article it comes from. */
export interface PlacedFigure {
  articleId: string;
  figure: Figure;
  /** Words around the figure in its article (about a line); lets common small counts and durations group. */
  context?: FigureContext;
}

/** The text of a figure's sentence just before and just after it. */
export interface FigureContext {
  before: string;
  after: string;
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
  /** Whether the figure is an item of a list of people ("two women" of "a man, two women and a child"): a part, never a total. */
  listItem?: boolean;
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
  for (const placed of withNounsNamedAgain(figures)) {
    const reading = readFigure(placed);
    if (!reading) continue;
    pushTo(byKey, reading.key, reading);
  }
  joinMentionsOfVictims(byKey);
  joinCountsOfTheHeld(byKey);
  joinCountsOfOneQuantity(byKey);
  joinCountsOfPeople(byKey);
  joinCountsNamedAgain(byKey);
  joinMisspelledNames(byKey);
  joinAgesOfOnePerson(byKey);
  joinPercentagesOfShares(byKey);
  const groups: FigureGroup[] = [];
  for (const [key, readings] of byKey) {
    const clusters = !readings[0].needsCompatibleValues ? countClusters(readings)
      : isOnePersonsAge(key, readings) || isOneQuantityPerArticle(key, readings) ? [readings]
      : key.startsWith(`${ANONYMOUS_AGE} of `) ? joinByGivenName(clusterByValue(readings)) : clusterByValue(readings);
    for (const members of clusters) {
      if (new Set(members.map((r) => r.placed.articleId)).size < 2) continue;
      groups.push({ id: '', members: members.map((r) => r.placed.figure.id), disagreement: disagreement(members) });
    }
  }
  return groups;
}

/** The groups of one event's key: each article's current count by part, then other counts outlets give alike. */
function countClusters(readings: Reading[]): Reading[][] {
  const current = currentCounts(readings);
  return [...eventClusters(current), ...otherCountsAgreed(readings, new Set(current))];
}

/**
 * The groups of one event's key, by part: for casualties, one group when an article gives only a
 * total ("more than a thousand killed and wounded" beside "364 killed" and "759 wounded": the parts
 * are of that total), one per part otherwise ("six killed" and "three others injured" are two
 * quantities; an article's "8 people shot" beside its own "six wounded" is one more). A total an
 * article gives as large as one of its parts ("Thirteen people were shot", "the 13 victims were
 * injured": none killed) goes with that part. Other events have one part.
 */
function eventClusters(readings: Reading[]): Reading[][] {
  const givesParts = (articleId: string) => readings.some((r) => r.placed.articleId === articleId && r.part !== 'total');
  if (readings.some((r) => r.part === 'total' && !givesParts(r.placed.articleId))) return [readings];
  const partsAsLargeAsTotal = new Set<string>();
  const killedIn = new Set(readings.filter((r) => r.part === 'killed').map((r) => r.placed.articleId));
  // ("two firefighters shot", then "Two other firefighters were injured": others than the total's;
  // beside a count of the dead, "one dead and eight others hurt", others than the dead)
  const others = (o: Reading) => OTHERS.test(o.placed.figure.text) && !killedIn.has(o.placed.articleId);
  for (const r of readings) {
    const same = r.part === 'total' ? readings.find((o) => o.part !== 'total' && o.placed.articleId === r.placed.articleId && sameValue(o, r)
      && !others(o)) : undefined;
    if (same) partsAsLargeAsTotal.add(same.part);
  }
  const totalPart = partsAsLargeAsTotal.size === 1 ? [...partsAsLargeAsTotal][0] : 'total';
  const byPart = new Map<string, Reading[]>();
  for (const r of readings) {
    const part = r.part === 'total' ? totalPart : r.part;
    pushTo(byPart, part, r);
  }
  const totals = byPart.get('total');
  const allHit = totals ? [...byPart].flatMap(([part, members]) => part === 'total' ? []
    : members.filter((r) => countsAllHit(r, readings, members, totals))) : [];
  if (allHit.length === 0) return [...byPart.values()];
  const parts = [...byPart].map(([part, members]) => part === 'total' ? [...members, ...allHit] : members.filter((r) => !allHit.includes(r)));
  return parts.filter((members) => members.length > 0);
}

/**
 * Whether a part that is all an article gives ("Police said 10 people were wounded. One of the
 * victims was killed.") counts everyone hit: it equals another article's total ("Ten people were
 * shot"), and other articles give that part, none with its value ("nine others wounded").
 */
function countsAllHit(r: Reading, readings: readonly Reading[], members: readonly Reading[], totals: readonly Reading[]): boolean {
  const elsewhere = (o: Reading) => o.placed.articleId !== r.placed.articleId;
  const onlyPart = readings.every((o) => elsewhere(o) || o.part === r.part);
  const partElsewhere = members.filter(elsewhere);
  return onlyPart && partElsewhere.length > 0 && !partElsewhere.some((o) => sameValue(o, r))
    && totals.some((t) => elsewhere(t) && sameValue(t, r));
}

/**
 * Moves a count with no event ("three women", "three brothers") to the count of the same noun and
 * value in the story that says they went missing or were arrested ("three young women who had gone
 * missing", "Three brothers have been arrested"): outside casualties, such an event marks out the
 * people counted, and other outlets count them without it.
 */
function joinCountsOfTheHeld(byKey: Map<string, Reading[]>): void {
  for (const [key, held] of [...byKey]) {
    if (!/^(?:missing|arrested|displaced)\|/.test(key)) continue;
    // (one pass per noun and value, however often they are said)
    const seen = new Set<string>();
    for (const e of [...held]) {
      const noun = nounOf(e);
      const plainKey = `count|${noun}`;
      if (seen.has(`${plainKey}|${e.placed.figure.value}`)) continue;
      seen.add(`${plainKey}|${e.placed.figure.value}`);
      // ("50 people fled" is no "50 people" at the party, nor "two men arrested" the two men shot: a noun
      // for anyone says too little, and so does one for any man or woman beside an arrest)
      const anyone = GENERIC_PERSON_NOUNS.has(noun) && (!GENDERED_PERSON_NOUNS.has(noun) || key.startsWith('arrested|'));
      const plain = byKey.get(plainKey);
      if (!noun || anyone || !plain) continue;
      // (nor "two additional suspects" the two arrested)
      const kept = plain.filter((r) => {
        if (!sameValue(r, e) || OTHERS.test(r.placed.figure.text)) return true;
        held.push({ ...r, key, part: e.part, needsCompatibleValues: false, topic: undefined });
        return false;
      });
      if (kept.length === 0) byKey.delete(plainKey);
      else byKey.set(plainKey, kept);
    }
  }
}

/** A count of others than those counted before: "Two other firefighters", "two additional victims", "three others". */
const OTHERS = /\b(?:other|others|additional)\b/i;

/**
 * Moves a count with no event ("the two officers", "his two children") to the casualty count of
 * the same people and value in its own article ("two officers were shot"): the article names the
 * victims again, and another outlet may count them only as victims.
 */
function joinMentionsOfVictims(byKey: Map<string, Reading[]>): void {
  for (const [key, readings] of [...byKey]) {
    const noun = /^count\|(\p{L}+)$/u.exec(key)?.[1];
    const generic = noun !== undefined && GENERIC_PERSON_NOUNS.has(noun);
    const victims = noun && byKey.get(`casualty|${generic ? 'person' : noun}`);
    if (!victims) continue;
    const kept = readings.filter((r) => {
      // the victims' own noun ("two bailiffs") names them; "two women" may be anyone else
      const counted = (!generic || namesAgain(r)) && victims.find((v) => v.placed.articleId === r.placed.articleId && sameValue(v, r));
      if (counted) victims.push({ ...r, key: counted.key, part: counted.part, needsCompatibleValues: false, topic: undefined });
      return !counted;
    });
    if (kept.length === 0) byKey.delete(key);
    else byKey.set(key, kept);
  }
}

/**
 * A count that may name the victims again: said of people named before ("the two officers", "his
 * two children"), of the dead or the shot ("the bodies of four men"), or too large to equal the
 * victims by chance ("When they arrived, 13 people … were located"). Not "when two women came to her aid".
 */
const namesAgain = ({ placed: { context, figure } }: Reading): boolean => context === undefined || (figure.value ?? 0) >= CHANCE_COUNT
  || /^all\b/i.test(figure.text) || /\b(?:the|his|her|their|its|these|those|all|both|(?:bodies|deaths|killings?|murders?|shootings?|slayings?) of)\s*$/i.test(context.before);

/** A count of people this large is rarely equal to another by chance, in its article or in another outlet's. */
const CHANCE_COUNT = 5;

/**
 * Moves a casualty count with a specific noun ("2 teenagers killed", "two students killed") to the
 * key holding the same count of the same part in another article ("2 people dead"), people in
 * general first, so that word choice does not split one quantity.
 */
function joinCountsOfOneQuantity(byKey: Map<string, Reading[]>): void {
  const keys = [...byKey.keys()];
  const casualtyKeys = keys.filter((k) => k.startsWith('casualty|')).sort((a, b) => Number(b === GENERIC_CASUALTY) - Number(a === GENERIC_CASUALTY));
  for (const key of casualtyKeys) {
    if (key === GENERIC_CASUALTY) continue;
    moveReadings(byKey, key, (r) => casualtyKeys.find((k) => k !== key && byKey.get(k)?.some((o) => o.part === r.part
      && o.placed.articleId !== r.placed.articleId && sameValue(o, r) && !ofOtherGender(o, r)
      // an item of a list ("two women" of "a man, two women and a child") is no one else's total ("two people")
      && (!r.listItem || nounOf(o) === nounOf(r)))));
  }
}

/** The head noun a figure counts, as keys compare it ("females" → "woman"); '' when none. */
const nounOf = (r: Reading): string => headNoun(r.placed.figure.what.split(' ')[0]);

/** Whether two figures count people of opposite genders ("one male" and "one woman" are different people). */
function ofOtherGender(a: Reading, b: Reading): boolean {
  const [ga, gb] = [GENDERED_PERSON_NOUNS.get(nounOf(a)), GENDERED_PERSON_NOUNS.get(nounOf(b))];
  return ga !== undefined && gb !== undefined && ga !== gb;
}

/** Moves each reading of `key` to the key `homeOf` finds for it, if any; drops `key` once it holds none. */
function moveReadings(byKey: Map<string, Reading[]>, key: string, homeOf: (r: Reading) => string | undefined): void {
  const readings = byKey.get(key)!;
  const kept = readings.filter((r) => {
    const home = homeOf(r);
    if (home) byKey.get(home)!.push({ ...r, key: home });
    return !home;
  });
  if (kept.length === 0) byKey.delete(key);
  else if (kept.length < readings.length) byKey.set(key, kept);
}

/**
 * Moves a count of people in general ("1.8 million people", "more than 100 people", "eight people") to
 * the count of a noun for people that another article gives the same value ("1.8 million young
 * immigrants", "about 100 partygoers", "eight participants"), and joins two nouns for people by their
 * role ("five Taliban prisoners", "five members of the Taliban"): from five up, an equal number of
 * people in one story is one quantity, whichever word counts it. Never two nouns one article gives
 * that number each ("ten protesters and ten officers"). Below a thousand the noun must name a role
 * ("prisoners", "members", "partygoers"), not only be built like one ("500 search warrants").
 */
function joinCountsOfPeople(byKey: Map<string, Reading[]>): void {
  // the head noun of a count's key: "count|young immigrant" → "immigrant"
  const headOf = (key: string): string => key.slice(key.lastIndexOf(' ') + 1).replace(/^count\|/, '');
  const counts = [...byKey.keys()].filter((k) => k.startsWith('count|'));
  const isGeneric = (k: string): boolean => !k.includes(' ') && GENERIC_PERSON_NOUNS.has(headOf(k));
  const generic = counts.filter(isGeneric);
  const ofPeople = counts.filter((k) => !isGeneric(k) && namesPeople(headOf(k)));
  const byRole = new Set(ofPeople.filter((k) => namesRole(headOf(k)) || headOf(k).endsWith('goer')));
  // which articles give each value under each key, and which keys give each value (in `ofPeople` order)
  const articlesOf = new Map<string, Set<string>>();
  const keysOf = new Map<number, Set<string>>();
  const slot = (key: string, value: number): Set<string> => articlesOf.get(`${key}#${value}`) ?? new Set();
  for (const key of [...generic, ...ofPeople]) {
    for (const r of byKey.get(key)!) {
      const value = r.placed.figure.value ?? 0;
      articlesOf.set(`${key}#${value}`, slot(key, value).add(r.placed.articleId));
      if (!isGeneric(key)) keysOf.set(value, (keysOf.get(value) ?? new Set<string>()).add(key));
    }
  }
  // where the counts of `value` under `key` go: a key for people that another article gives it under
  // and no article gives it under both
  const homeOf = (key: string, value: number): string | undefined => {
    const here = slot(key, value);
    return [...keysOf.get(value) ?? []].find((k) => k !== key && byKey.has(k) && (value >= LARGE_COUNT || byRole.has(k))
      && [...slot(k, value)].some((a) => !here.has(a)) && ![...here].some((a) => slot(k, value).has(a)));
  };
  for (const key of [...generic, ...byRole]) {
    const readings = byKey.get(key);
    if (!readings) continue;
    const homes = new Map<number, string>();
    for (const value of new Set(readings.map((r) => r.placed.figure.value ?? 0))) {
      const home = value >= CHANCE_COUNT ? homeOf(key, value) : undefined;
      if (!home) continue;
      homes.set(value, home);
      for (const a of slot(key, value)) slot(home, value).add(a);
      articlesOf.delete(`${key}#${value}`);
    }
    if (homes.size > 0) moveReadings(byKey, key, (r) => homes.get(r.placed.figure.value ?? 0));
  }
}

/** A count of people this large, equal in two outlets, is one quantity whatever noun for people counts it. */
const LARGE_COUNT = 1000;

/** Whether a noun is one for people or for someone by their role ("victim", "prisoner", "member"). */
const namesRole = (noun: string): boolean => PERSON_NOUNS.has(noun) || describedNoun(noun) !== null;

/** Whether a key's head noun counts people: a noun for people, or one built like one ("immigrant", "worker", "voter"). */
const namesPeople = (noun: string): boolean => PERSON_NOUNS.has(noun) || /(?:ant|ent|er|or|ist|ee|ian)$/.test(noun);

/**
 * Joins the counts of one set of people or things that an article names again by another noun:
 * "three Americans imprisoned in North Korea" … "the three prisoners" … "the three men". A definite
 * count ("the", "these", "those", "all") refers back to the latest count of that value before it in
 * its article (of people, when it counts people); the two keys become one for that value throughout
 * the story, so that another outlet's "three prisoners" meets this one's "three Americans".
 */
function joinCountsNamedAgain(byKey: Map<string, Reading[]>): void {
  const byArticle = new Map<string, Reading[]>();
  for (const readings of byKey.values()) for (const r of readings) pushTo(byArticle, r.placed.articleId, r);
  // keys joined for one value, as a union-find over "value|key"
  const parent = new Map<string, string>();
  const root = (node: string): string => {
    let r = node;
    while (parent.has(r)) r = parent.get(r)!;
    for (let n = node; n !== r;) {
      const next = parent.get(n)!;
      parent.set(n, r);
      n = next;
    }
    return r;
  };
  for (const readings of byArticle.values()) {
    const soFar = new Map<number, CountsOfOneValue>();
    for (const r of [...readings].sort((a, b) => a.placed.figure.start - b.placed.figure.start)) {
      const value = r.placed.figure.value!;
      const counts = soFar.get(value) ?? { keys: new Set(), genders: new Set() };
      soFar.set(value, counts);
      const before = countNamedAgain(r, counts);
      if (before) {
        const [a, b] = [root(`${value}|${before.key}`), root(`${value}|${r.key}`)];
        if (a !== b) parent.set(b, a);
      }
      counts.keys.add(r.key);
      const gender = GENDERED_PERSON_NOUNS.get(nounOf(r));
      if (gender) counts.genders.add(gender);
      counts.latest = r;
      if (countsPeople(r)) counts.latestOfPeople = r;
    }
  }
  // (every node names a key that holds readings of its value, and a root's key is never emptied)
  for (const node of [...parent.keys()]) {
    const [value, key] = [Number(node.slice(0, node.indexOf('|'))), node.slice(node.indexOf('|') + 1)];
    const home = root(node).slice(root(node).indexOf('|') + 1);
    moveReadings(byKey, key, (r) => (r.placed.figure.value === value ? home : undefined));
  }
}

/** The figures of one value an article has given so far, in text order. */
interface CountsOfOneValue {
  keys: Set<string>;
  genders: Set<'m' | 'f'>;
  latest?: Reading;
  latestOfPeople?: Reading;
}

/** The count a definite count names again, from the figures of its value before it in its article; undefined when none. */
function countNamedAgain(r: Reading, earlier: CountsOfOneValue): Reading | undefined {
  // ("the two sides", "the two countries": the parties to something, named one by one; "two other children" are someone else)
  if (!isCountOfSome(r) || !isDefinite(r.placed) || PARTIES.has(nounOf(r)) || OTHERS.test(r.placed.figure.text)) return undefined;
  // (not when the article has named that many of this noun, or that many men and that many women, before)
  if (earlier.keys.has(r.key) || earlier.genders.size > 1) return undefined;
  // people are named again as people, things as things: "two U.S. attorneys to lead a pair of criminal
  // investigations … the two prosecutors", "these two men … the two bomb sites"
  const before = countsPeople(r) ? earlier.latestOfPeople : earlier.latest;
  if (!before || (countsPeople(before) && !namesPeople(nounOf(r)) && !countsPeople(r))) return undefined;
  // (a count with its noun, not "5-4" or "doubled")
  if (!isCountOfSome(before) || !/\s/.test(before.placed.figure.text) || ofOtherGender(before, r) || OTHERS.test(before.placed.figure.text)) return undefined;
  return before;
}

/**
 * "Three women were found alive … The three were treated at a hospital": a count with no noun that
 * names again ("the three", "all four") counts what the latest count of its value before it in its
 * article counts, without that count's event. Figures are returned in their order, some with a noun.
 */
function withNounsNamedAgain(figures: readonly PlacedFigure[]): PlacedFigure[] {
  // the noun of the latest count of each value, by article and value, in text order
  const latest = new Map<string, string>();
  const nouns = new Map<PlacedFigure, string>();
  for (const placed of [...figures].sort((a, b) => a.figure.start - b.figure.start)) {
    const { kind, value, what } = placed.figure;
    if (kind !== 'count' || value === null) continue;
    const key = `${placed.articleId}|${value}`;
    const noun = what.split(' ')[0];
    if (noun) latest.set(key, noun);
    else if (isDefinite(placed)) {
      const before = latest.get(key);
      if (before && !EVENT_WORDS.has(before)) nouns.set(placed, before);
    }
  }
  return figures.map((placed) => {
    const noun = nouns.get(placed);
    return noun ? { ...placed, figure: { ...placed.figure, what: noun } } : placed;
  });
}

/** Whether a figure names its count as known already: "the three men", "these two", "all three". */
const isDefinite = ({ context, figure }: PlacedFigure): boolean =>
  /^(?:the|these|those|all)\s/i.test(figure.text) || (context !== undefined && /\b(?:the|these|those|all)\s*$/i.test(context.before));

/** Nouns for the parties to something, which "the two" names without counting them before: "the two sides", "the two countries". */
const PARTIES = new Set(['side', 'country', 'nation', 'party', 'government', 'leader', 'camp', 'candidate', 'team', 'company', 'state', 'chamber']);

/** Whether a figure surely counts people: "two U.S. attorneys", "two individuals", "3 wonderful gentlemen", "three Americans", "two Democrats". */
function countsPeople(r: Reading): boolean {
  const noun = nounOf(r);
  return namesRole(noun) || PERSON_NOUNS.has(`${noun}s`) || /m[ae]n$/.test(noun) || noun === 'folk'
    || /\b\p{Lu}\p{Ll}+s$/u.test(r.placed.figure.text);
}

/** A count of something with no event: "three prisoners", "the two brothers" (not "the second suspect", "three hours"). */
const isCountOfSome = (r: Reading): boolean => r.key.startsWith('count|') && r.placed.figure.kind === 'count';

/**
 * Joins the ages of one person whose name an outlet misspells ("6-year-old Jeremy Marids" beside
 * "6-year-old Jeremy Mardis", "Donahue" and "Donohue"; see `mayBeMisspelt`), with an age in common.
 */
function joinMisspelledNames(byKey: Map<string, Reading[]>): void {
  // the name as written ("age of Mardis"; the key has it as a noun, "mardi")
  const nameIn = (key: string): string => byKey.get(key)![0].placed.figure.what.replace(/^age of (?:\S+ )?/, '');
  const keys = [...byKey.keys()].filter((k) => k.startsWith(`${ANONYMOUS_AGE} of `))
    .sort((a, b) => byKey.get(b)!.length - byKey.get(a)!.length);
  for (const [i, key] of keys.entries()) {
    const readings = byKey.get(key);
    if (!readings) continue;
    const name = nameIn(key);
    for (const other of keys.slice(i + 1)) {
      const others = byKey.get(other);
      const spelled = others ? nameIn(other) : '';
      if (!others || !(mayBeMisspelt(name, spelled) || differsByDoubledLetter(name, spelled))) continue;
      if (!others.some((o) => readings.some((r) => compatible(o, r)))) continue;
      readings.push(...others);
      byKey.delete(other);
    }
  }
}

const givenNameOf = (r: Reading): string | null => givenNameOfAge(r.placed.figure.what);

/**
 * A family's ages under their surname, clustered by value, joined where outlets a birthday apart
 * name one person ("Mark Cormier, 54" and "53-year-old Mark Cormier", not "Candace Cormier, 61"):
 * clusters that give the person's given name, no other, within a birthday of each other. Not a
 * given name an article gives two ages ("Mark Short, 40, and his son Mark Jr., 5").
 */
function joinByGivenName(clusters: Reading[][]): Reading[][] {
  const near = (a: Reading, b: Reading): boolean => ageGap(a, b) <= AGE_SLACK_DAYS;
  const byArticleAndName = new Map<string, Reading[]>();
  for (const r of clusters.flat()) {
    const given = givenNameOf(r);
    if (given) pushTo(byArticleAndName, `${r.placed.articleId}|${given.toLowerCase()}`, r);
  }
  const shared = new Set([...byArticleAndName].filter(([, rs]) => !rs.every((a) => rs.every((b) => near(a, b)))).map(([k]) => k.split('|')[1]));
  const joined = clusters.map((c) => [...c]);
  for (let i = 0; i < joined.length; i++) {
    for (let j = i + 1; j < joined.length; j++) {
      const [a, b] = [joined[i], joined[j]];
      const names = [...a, ...b].map(givenNameOf).filter((n): n is string => n !== null);
      if (!a.some(givenNameOf) || !b.some(givenNameOf) || names.some((n) => shared.has(n.toLowerCase()))
        || !names.every((n) => sameFirstName(n, names[0]))) continue;
      if (!a.every((x) => b.every((y) => near(x, y)))) continue;
      joined[i] = [...a, ...b];
      joined[j] = [];
    }
  }
  return joined.filter((c) => c.length > 0);
}

/**
 * Moves unnamed ages to the key of the person they are the age of:
 * - a span of several people's ages ("ranged in age from 46 to 73") is no one's: it goes to a key
 *   of spans;
 * - an age without a name ("an 18-year-old") joins the one named person of that age ("Brian
 *   Davis, 18"), when exactly one named age of the story has that value;
 * - then the people each article gives an age are matched across articles, one to one, as
 *   outlets that disagree by a birthday or round a baby's months describe them: "a 12-year-old
 *   boy" is "an 11-year-old boy" (not the "12-year-old girl" beside him), "a 22-month-old" is
 *   "a 1-year-old child" (see `matchAgeSlots`). A matched unnamed person gets a key of their own.
 */
function joinAgesOfOnePerson(byKey: Map<string, Reading[]>): void {
  const anonymous = byKey.get(ANONYMOUS_AGE);
  if (!anonymous) return;
  const namedAges = [...byKey.keys()].filter((k) => k.startsWith(`${ANONYMOUS_AGE} of `));
  // "The victims range from 5 to 72 years of age" is no one person's age: such spans compare with each other
  const spans = new Set(anonymous.filter(isRangeOfAges));
  if (spans.size > 0) byKey.set(`${ANONYMOUS_AGE} span`, [...spans]);
  const stay = anonymous.filter((r) => {
    if (spans.has(r)) return false;
    let homes = namedAges.filter((k) => byKey.get(k)!.some((o) => compatible(o, r)));
    // "6-year-old Jeremy Mardis" and "the 6-year-old boy" in one article are one boy
    if (homes.length > 1 && r.placed.figure.qualifier === null) homes = homes.filter((k) => byKey.get(k)!.some((o) => o.placed.articleId === r.placed.articleId && compatible(o, r)));
    if (homes.length !== 1) return true;
    byKey.get(homes[0])!.push(r);
    return false;
  });
  const moved = new Set<Reading>();
  const slots = ageSlots(stay, namedAges.filter((k) => isOnePersonsAge(k, byKey.get(k)!)), byKey);
  const people = matchAgeSlots(slots);
  people.forEach((slots, i) => {
    const named = slots.find((slot) => slot.name !== null)?.name;
    const unnamed = new Set(slots.filter((slot) => slot.name === null).flatMap((slot) => slot.readings));
    for (const r of unnamed) moved.add(r);
    if (named) byKey.get(named)!.push(...unnamed);
    else byKey.set(`${ANONYMOUS_AGE} of person ${i + 1}`, stay.filter((r) => unnamed.has(r)));
  });
  // two people of one age an article tells apart, whom no match tells apart elsewhere, group with no one
  // (grouped by value, they would be one again)
  const apart = new Set(slots.flat().filter((slot) => slot.exactOnly).flatMap((slot) => slot.readings));
  const left = stay.filter((r) => !moved.has(r) && !apart.has(r));
  if (left.length > 0) byKey.set(ANONYMOUS_AGE, left);
  else byKey.delete(ANONYMOUS_AGE);
}

/** One person an article gives an age: named (the key of their ages) or not. */
interface AgeSlot {
  articleId: string;
  readings: Reading[];
  /** The key of a named person's ages ("measure|age of Castro"); null for an unnamed person. */
  name: string | null;
  /** From the noun after the age ("an 11-year-old boy"); null when no mention says. */
  gender: 'm' | 'f' | null;
  /** The distinct ranges of its readings: a page may repeat "the 6-year-old" thousands of times. */
  ages: { low: number; high: number }[];
  /** The content words around its readings ("shot in the chest"), which tell apart two people of one age. */
  topic: ReadonlySet<string>;
  /**
   * One of two unnamed people its article gives one age ("A 20-year-old man …", "Another 20-year-old
   * man …"): one person only with that very age elsewhere, not with "his 21-year-old brother".
   */
  exactOnly: boolean;
}

/** Days in a year, as lengths of time count them (`DAYS_IN`). */
const YEAR_DAYS = 365.25;
/** How far outlets' ages of one person may differ: a birthday, or a baby's months rounded to a year. */
const AGE_SLACK_DAYS = YEAR_DAYS + 1;
/**
 * Two articles with more people than this who could be one another are matched by equal ages only:
 * more is guesswork, and the search for the best matching grows combinatorially.
 */
const MAX_MATCHED_SLOTS = 5;

/**
 * Whether two ages may be one age in two units, the finer rounded to the coarser: "22-month-old"
 * and "2-year-old", but not "5 months old" and "1 week old".
 */
function isOneAge(a: Reading, b: Reading): boolean {
  const unit = Math.max(daysPerAgeUnit(a.placed.figure) ?? 1, daysPerAgeUnit(b.placed.figure) ?? 1);
  return Math.round(a.low / unit) === Math.round(b.low / unit);
}

/** Whether two figures of one article are in one clause: the later within the earlier's context, no colon or semicolon between. */
function inOneClause(a: Reading, b: Reading): boolean {
  const [first, second] = a.placed.figure.start <= b.placed.figure.start ? [a, b] : [b, a];
  const between = second.placed.figure.start - first.placed.figure.end;
  const after = first.placed.context?.after ?? '';
  return between <= after.length && !/[:;]/.test(after.slice(0, between));
}

/** The noun right after an age ("boy" after "an 11-year-old boy"), lower case; '' when none. */
const nounAfter = (r: Reading): string => /^[\s-]*(\p{L}+)/u.exec(r.placed.context?.after ?? '')?.[1].toLowerCase() ?? '';

/** The gender the noun after an age gives, or null. */
const genderOf = (r: Reading): 'm' | 'f' | null => GENDERED_PERSON_NOUNS.get(nounAfter(r)) ?? null;

/** "two 21-year-olds", "two 26-year-old women": the age of several people. */
function isAgeOfSeveral(r: Reading): boolean {
  const noun = nounAfter(r);
  const one = singular(noun);
  return /olds$/i.test(r.placed.figure.text) || (noun !== one && (PERSON_NOUNS.has(one) || GENDERED_PERSON_NOUNS.has(one)));
}

/**
 * "The victims ranged in age from 46 to 73", "were 46 to 73 years of age": the span of several
 * people's ages, no one's age (not "23 or 24 years old", nor a decade, "in his 30s").
 */
function isRangeOfAges(r: Reading): boolean {
  const { value, qualifier, text } = r.placed.figure;
  if (value === null || !/^to /.test(qualifier ?? '') || /\d0s\b/.test(text)) return false;
  // ("At a gun range in Texas, a 45-year-old": not a range of ages)
  return /\brang(?:e|es|ed|ing)\s+(?:in\s+age\s+)?(?:from|between)\b[^.;]*$/i.test(r.placed.context?.before ?? '')
    || valueRange(value, qualifier)[1] - value >= AGE_SPAN;
}

/** How wide a range of ages must be to be several people's: "23 or 24 years old" is one man's. */
const AGE_SPAN = 5;

/**
 * The people of each article that has ages: one slot per named person, and one per value of its
 * unnamed ages given exactly, a value in months joining the one it rounds to in years (split by
 * gender when the article has "a 40-year-old woman and a 40-year-old man"; mentions that do not
 * say which are then left out).
 */
function ageSlots(unnamed: readonly Reading[], namedKeys: readonly string[], byKey: ReadonlyMap<string, Reading[]>): AgeSlot[][] {
  const slotsOf = new Map<string, AgeSlot[]>();
  const add = (fields: Omit<AgeSlot, 'ages' | 'topic' | 'exactOnly'>): void => {
    const ranges = new Map(fields.readings.map((r) => [`${r.low}|${r.high}`, { low: r.low, high: r.high }]));
    const topic = new Set(fields.readings.flatMap((r) => r.placed.context ? [...contextWords(r.placed.context, r.placed.figure)] : []));
    const slot = { ...fields, ages: [...ranges.values()], topic, exactOnly: false };
    pushTo(slotsOf, slot.articleId, slot);
  };
  for (const name of namedKeys) {
    for (const articleId of new Set(byKey.get(name)!.map((r) => r.placed.articleId))) {
      const readings = byKey.get(name)!.filter((r) => r.placed.articleId === articleId);
      add({ articleId, readings, name, gender: null });
    }
  }
  const sameAgeOf = new Map<string, Reading[][]>();
  // "between 16 and 18 years old", "two 21-year-olds": not one person's age
  for (const r of unnamed.filter((o) => o.placed.figure.qualifier === null && !isAgeOfSeveral(o))) {
    const sameAge = sameAgeOf.get(r.placed.articleId) ?? [];
    sameAgeOf.set(r.placed.articleId, sameAge);
    // "a 22-month-old toddler … along with a 2-year-old sibling": two ages in one clause are two people;
    // "Another 20-year-old man" is someone else of that age
    const slot = saysAnother(r) ? undefined : sameAge.find((o) => isOneAge(o[0], r)
      && (o[0].placed.figure.value === r.placed.figure.value || !o.some((m) => inOneClause(m, r))));
    if (slot) slot.push(r);
    else sameAge.push([r]);
  }
  for (const readings of [...sameAgeOf.values()].flat()) {
    const articleId = readings[0].placed.articleId;
    const genders = new Set(readings.map(genderOf).filter((g) => g !== null));
    if (genders.size < 2) add({ articleId, readings, name: null, gender: [...genders][0] ?? null });
    else for (const gender of genders) add({ articleId, readings: readings.filter((r) => genderOf(r) === gender), name: null, gender });
  }
  // the unnamed people of one age an article tells apart ("A 20-year-old man …", "Another 20-year-old man …")
  for (const slots of slotsOf.values()) {
    for (const other of slots.filter((slot) => slot.name === null && saysAnother(slot.readings[0]))) {
      const sameAge = slots.filter((slot) => slot.name === null && slot.ages.some((x) => sameRange(x, other.ages[0])));
      if (sameAge.length > 1) for (const slot of sameAge) slot.exactOnly = true;
    }
  }
  return [...slotsOf.values()];
}

/** Whether an age is said to be someone else's of that age: "Another 20-year-old man". */
const saysAnother = (r: Reading): boolean => /\banother\s*$/i.test(r.placed.context?.before ?? '');


/**
 * The people who are one person across articles, as lists of slots from different articles (each
 * holding an unnamed slot). Each two articles' slots are matched one to one, as many as can be,
 * then with the least difference in age; a match some equally good matching does not make is
 * left out ("an 18-year-old" with two named 18-year-olds). Matches then join people, closest
 * first, as long as a person keeps one slot per article and one name.
 */
function matchAgeSlots(articles: readonly AgeSlot[][]): AgeSlot[][] {
  const matches: SlotMatch[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) matches.push(...certainMatches(articles[i], articles[j]));
  }
  // "An 18-year-old was hurt" in a story of two named 18-year-olds is neither, even where one is named alone
  const named = articles.flat().filter((slot) => slot.name !== null);
  const unambiguous = matches.filter(({ a, b }) => {
    const [unnamed, person] = a.name === null ? [a, b] : [b, a];
    // (by age alone: what is said around them does not choose between two named people)
    const ageGap = ageSlotGap(unnamed, person)!;
    return person.name === null || !named.some((o) => o.name !== person.name && (ageSlotGap(unnamed, o) ?? Infinity) <= ageGap);
  });
  const personOf = new Map<AgeSlot, AgeSlot[]>();
  for (const slots of articles) for (const slot of slots) personOf.set(slot, [slot]);
  // one named person's slots in different articles are one person from the start
  const firstOfName = new Map<string, AgeSlot>();
  for (const slot of named) {
    const first = firstOfName.get(slot.name!);
    if (first) join(personOf, first, slot);
    else firstOfName.set(slot.name!, slot);
  }
  for (const { a, b } of unambiguous.sort((x, y) => x.gap - y.gap)) {
    const [pa, pb] = [personOf.get(a)!, personOf.get(b)!];
    if (pa === pb) continue;
    const names = new Set([...pa, ...pb].map((slot) => slot.name).filter((n) => n !== null));
    const articleIds = [...pa, ...pb].map((slot) => slot.articleId);
    if (names.size > 1 || new Set(articleIds).size < articleIds.length) continue;
    join(personOf, a, b);
  }
  return [...new Set(personOf.values())].filter((person) => person.length > 1 && person.some((slot) => slot.name === null));
}

/** Merges the people of slots `a` and `b`. */
function join(personOf: Map<AgeSlot, AgeSlot[]>, a: AgeSlot, b: AgeSlot): void {
  const person = [...personOf.get(a)!, ...personOf.get(b)!];
  for (const slot of person) personOf.set(slot, person);
}

/** A match of two articles' slots, with how far apart their ages are (days). */
interface SlotMatch {
  a: AgeSlot;
  b: AgeSlot;
  gap: number;
}

/**
 * The matches between two articles' people that every best one-to-one matching makes: most
 * matches, then least total gap. Found by dynamic programming over the slots of `bs` already
 * taken, then by walking every best matching to see which slot of `bs` each slot of `as` takes.
 */
function certainMatches(as: readonly AgeSlot[], bs: readonly AgeSlot[]): SlotMatch[] {
  const allGaps = as.map((a) => bs.map((b) => slotGap(a, b)));
  const rows = as.map((_, i) => i).filter((i) => allGaps[i].some((gap) => gap !== null));
  const columns = bs.map((_, j) => j).filter((j) => allGaps.some((row) => row[j] !== null));
  if (rows.length > MAX_MATCHED_SLOTS || columns.length > MAX_MATCHED_SLOTS) return exactMatches(as, bs, allGaps);
  const gaps = rows.map((i) => columns.map((j) => allGaps[i][j]));
  // a state: the next row to match, and the set of columns taken (bits)
  const stateKey = (i: number, taken: number): number => i * 2 ** columns.length + taken;
  // [matches, total gap] of the best matching of rows i… to the columns not taken
  const best = new Map<number, [number, number]>();
  const bestFrom = (i: number, taken: number): [number, number] => {
    if (i === rows.length) return [0, 0];
    const key = stateKey(i, taken);
    const known = best.get(key);
    if (known) return known;
    let value = bestFrom(i + 1, taken);
    gaps[i].forEach((gap, j) => {
      if (gap === null || taken & (1 << j)) return;
      const [count, cost] = bestFrom(i + 1, taken | (1 << j));
      if (count + 1 > value[0] || (count + 1 === value[0] && cost + gap < value[1] - 1e-6)) value = [count + 1, cost + gap];
    });
    best.set(key, value);
    return value;
  };
  // the choices (a column, or -1 for none) that keep a matching best from a state
  const bestChoices = (i: number, taken: number): number[] => {
    const [count, cost] = bestFrom(i, taken);
    const keeps = ([c, k]: [number, number], gap: number, matched: number): boolean => c + matched === count && Math.abs(k + gap - cost) <= 1e-6;
    const choices = keeps(bestFrom(i + 1, taken), 0, 0) ? [-1] : [];
    gaps[i].forEach((gap, j) => {
      if (gap !== null && !(taken & (1 << j)) && keeps(bestFrom(i + 1, taken | (1 << j)), gap, 1)) choices.push(j);
    });
    return choices;
  };
  const choicesOfRow = rows.map(() => new Set<number>());
  const visited = new Set<number>();
  const pending: [number, number][] = [[0, 0]];
  for (let state = pending.pop(); state; state = pending.pop()) {
    const [i, taken] = state;
    const key = stateKey(i, taken);
    if (i === rows.length || visited.has(key)) continue;
    visited.add(key);
    for (const j of bestChoices(i, taken)) {
      choicesOfRow[i].add(j);
      pending.push([i + 1, j < 0 ? taken : taken | (1 << j)]);
    }
  }
  return rows.flatMap((row, i) => {
    const [j] = choicesOfRow[i];
    return choicesOfRow[i].size === 1 && j >= 0 ? [{ a: as[row], b: bs[columns[j]], gap: gaps[i][j]! }] : [];
  });
}

/**
 * The matches of two slots with equal ages (less than a day apart, `slotGap`'s ties aside) that
 * are each other's closest, and alone so.
 */
function exactMatches(as: readonly AgeSlot[], bs: readonly AgeSlot[], gaps: readonly (number | null)[][]): SlotMatch[] {
  const closest = (gapsOf: readonly (number | null)[]): number => {
    let best = -1;
    let least = 1;
    let tied = false;
    gapsOf.forEach((gap, k) => {
      if (gap === null || gap >= least + 1e-9) return;
      tied = gap > least - 1e-9;
      if (!tied) [best, least] = [k, gap];
    });
    return tied ? -1 : best;
  };
  return as.flatMap((a, i) => {
    const j = closest(gaps[i]);
    return j >= 0 && closest(gaps.map((row) => row[j])) === i ? [{ a, b: bs[j], gap: gaps[i][j]! }] : [];
  });
}

/**
 * How far apart two slots' ages are, in days (0 when some mentions agree), or null when they
 * cannot be one person: two names, two genders, or more than a year apart.
 */
function slotGap(a: AgeSlot, b: AgeSlot): number | null {
  const gap = ageSlotGap(a, b);
  return gap === null ? null : gap + TOPIC_TIE_DAYS * (1 - topicOverlap(a.topic, b.topic));
}

/** `slotGap` by age alone. */
function ageSlotGap(a: AgeSlot, b: AgeSlot): number | null {
  if ((a.name !== null && b.name !== null) || (a.gender !== null && b.gender !== null && a.gender !== b.gender)) return null;
  // "Another 20-year-old man" is no one's "21-year-old brother" elsewhere
  if ((a.exactOnly || b.exactOnly) && !a.ages.some((x) => b.ages.some((y) => sameRange(x, y)))) return null;
  let gap = Infinity;
  for (const x of a.ages) for (const y of b.ages) gap = Math.min(gap, ageGap(x, y));
  return gap <= AGE_SLACK_DAYS ? gap : null;
}

/**
 * Less than a day, so that what is said around two ages only chooses between people of equal ages:
 * "A 20-year-old man shot in the chest" is the other outlet's "20-year-old man … hit in his chest", not
 * its "Another 20-year-old man … hit in his groin".
 */
const TOPIC_TIE_DAYS = 0.5;

/** The share of the smaller topic's words the other has (0 when either is empty): a person described at length is no further from a short mention. */
function topicOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/** Whether two ranges of ages are the same age as written ("20-year-old" twice; not "21-year-old", nor "20-month-old"). */
const sameRange = (x: { low: number; high: number }, y: { low: number; high: number }): boolean => x.low === y.low && x.high === y.high;

/** Days between two ranges of ages, 0 when they overlap. */
const ageGap = (x: { low: number; high: number }, y: { low: number; high: number }): number => Math.max(0, x.low - y.high, y.low - x.high);

/**
 * Whether the ages under a name's key ("Zamora, 37", "37-year-old Larry Zamora") are one person's:
 * then outlets that give different ages disagree. A name that some article gives two ages
 * ("Mark Short, 40", "Mark Jr., 5") is a family's, whose ages group only when equal; an article
 * that says "14-month-old Eva" and "1-year-old Eva" rounds one age two ways.
 */
function isOnePersonsAge(key: string, readings: readonly Reading[]): boolean {
  if (!key.startsWith(`${ANONYMOUS_AGE} of `)) return false;
  const firstOf = new Map<string, Reading>();
  return readings.every((r) => {
    const first = firstOf.get(r.placed.articleId);
    if (!first) firstOf.set(r.placed.articleId, r);
    return !first || isOneAge(first, r);
  });
}

const GENERIC_CASUALTY = 'casualty|person';
const ANONYMOUS_AGE = 'measure|age';

/** What an age limit is read as ("minimum age": "18 and older"; "maximum age": "under 13"), and the key of both. */
const AGE_LIMIT = /^(?:minimum|maximum) age$/;
const AGE_LIMIT_KEY = 'measure|age limit';

/** The quantity key of a figure, or null when it cannot be compared (vague, unknown, superseded). */
function readFigure(placed: PlacedFigure): Reading | null {
  const f = placed.figure;
  if (f.value === null) return readVagueFigure(placed);
  if (!Number.isFinite(f.value)) return null;
  // "A day earlier, 249 civilians were killed": an older count is not the story's figure
  if (f.what.endsWith('(earlier count)')) return null;
  const [low, high] = comparableRange(f);
  const days = daysPerUnit(f);
  const physical = physicalUnit(f);
  // a distance or a weight is often converted from another unit and rounded, however small ("300
  // kilograms (660 pounds)")
  const rounding = days !== undefined || /^age\b/.test(f.what) ? 0 : physical ? lastDigitUnit(f) : roundingOf(f);
  // half a unit of rounding, but never more than 3 %: "$350 billion" is not "$400 billion"; in the unit figures compare in
  const slack = Math.min(0.45 * rounding, 0.03 * Math.abs(f.value)) * comparableUnit(f);
  const base = { placed, low, high, looseLow: low - slack, looseHigh: high + slack };
  if (f.kind === 'ordinal') {
    if (!f.what) return null;
    return { ...base, key: `ordinal|${f.what}`, part: 'ordinal', needsCompatibleValues: !ORDINAL_SERIES_NOUNS.has(f.what.split(' ')[0]) };
  }
  // "under 17" and "17 and older" state one age limit from its two sides: the limit is the number itself
  if (AGE_LIMIT.test(f.what)) {
    return { placed, low: f.value, high: f.value, looseLow: f.value, looseHigh: f.value, key: AGE_LIMIT_KEY, part: '', needsCompatibleValues: true };
  }
  // a count of blows ("shot seven times") is no count of victims, whatever its event: it is compared
  // as counts of times are, by the words around it
  const blows = /^times\b/.test(f.what);
  // "All seven were in stable condition": everyone counted before, people unless the article says otherwise
  const everyone = f.kind === 'count' && !f.what && /^all\b/i.test(f.text);
  // (an age keys by surname: "age of Mark Cormier" is under "age of Cormier" with his family's)
  const words = blows ? ['times'] : everyone ? ['people'] : comparedWhat(f.what).split(' ').filter(Boolean);
  const events = words.map((w) => EVENT_WORDS.get(w)).filter((e): e is EventKind => e !== undefined);
  const noun = words.length > 0 && (!EVENT_WORDS.has(words[0]) || EVENT_NOUNS.has(words[0])) ? words[0] : '';
  if (events.length > 0) {
    const event = events[0];
    // "364 civilians" and "a thousand people" count the same people; "12 children" a subset, as are
    // the women of "a man, two women and a child were killed"
    const listItem = isListItem(placed.context);
    const generic = GENERIC_PERSON_NOUNS.has(noun) && !(GENDERED_PERSON_NOUNS.has(singular(noun)) && listItem);
    const subject = !noun || generic || EVENT_NOUNS.has(noun) ? 'person' : headNoun(noun);
    if (CASUALTY_EVENTS.has(event)) {
      const total = events.length > 1 || event === 'casualties' || event === 'shot';
      return { ...base, key: `casualty|${subject}`, part: total ? 'total' : event, needsCompatibleValues: false, listItem };
    }
    return { ...base, key: `${event}|${subject}`, part: event, needsCompatibleValues: false };
  }
  // Money and shares need no noun: "$716 billion" in two outlets is one amount (values must match)
  if (!noun && f.kind !== 'money' && f.kind !== 'percent' && f.kind !== 'share') return null;
  // Without an event, small spelled-out counts ("two sides", "three things") and durations ("five
  // years") recur across outlets as turns of phrase or as different periods: they are one quantity
  // only when their contexts share a content word ("two girls … shotgun", "six years of tax returns").
  // Counts of times ("twice", "5 times") are of anything: they too need a shared word ("shot twice").
  // A count joined to its noun ("seven-term", "two-story") tells of one thing, no turn of phrase.
  const compound = /^\p{L}+-\p{L}+$/u.test(f.text);
  const common = (f.kind === 'count' && (f.value ?? 0) < 10 && !/\d/.test(f.text) && !compound) || days !== undefined || blows;
  if (common && placed.context === undefined) return null;
  const topic = common ? contextWords(placed.context!, f) : undefined;
  // Lengths of time compare in days whatever their unit ("almost five decades", "48 years").
  // Distances compare in miles ("about six miles", "10 km"), weights in kilograms ("300 kilograms", "660 pounds").
  // Percentages compare by value whatever the word after them ("20% purity" and "up to 20%", "65% left"
  // and "65%"), for that word is as often what the percentage describes as what it is of; a share said
  // in words ("a fifth of the oil") keeps its noun unless a percentage has it too (`joinPercentagesOfShares`)
  const kind = f.kind === 'share' ? 'percent' : f.kind;
  const key = days !== undefined ? LENGTH_OF_TIME : physical?.key ?? (f.kind === 'money' ? 'money|'
    : f.kind === 'percent' ? PERCENTAGE : `${kind}|${nounKey(words)}`);
  return { ...base, key, part: '', needsCompatibleValues: true, topic };
}

/**
 * Another item of a list of people right after a figure or right before it: a count word or number
 * and up to three words, one of them a noun for people (", and a small child", "A man, ").
 */
const ITEM_COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d+)`;
const ITEM_AFTER = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+)?|and\s+)${ITEM_COUNT}((?:[\s-]+\p{L}+){1,3})`, 'iu');
const ITEM_BEFORE = new RegExp(String.raw`\b${ITEM_COUNT}((?:[\s-]+\p{L}+){1,3})(?:,\s*(?:and\s+)?|\s+and\s+)$`, 'iu');

/** Whether a figure is one of a list of counted people ("two adult females" in "One adult male, two adult females, and one child"). */
function isListItem(context: FigureContext | undefined): boolean {
  if (context === undefined) return false;
  const itemOfPeople = (item: RegExpExecArray | null) => item !== null && item[1].toLowerCase().split(/[\s-]+/).some((w) => {
    const one = singular(w);
    return PERSON_NOUNS.has(w) || PERSON_NOUNS.has(one) || GENDERED_PERSON_NOUNS.has(one);
  });
  return itemOfPeople(ITEM_AFTER.exec(context.after)) || itemOfPeople(ITEM_BEFORE.exec(context.before));
}

const PERCENTAGE = 'percent|';
const nounKey = (words: readonly string[]): string => words.map(headNoun).join(' ');

/**
 * Moves a share said in words ("two-thirds of the vote") to the percentages when another outlet gives a
 * percentage of the same noun ("67 percent of the vote"): it then compares with them by value, as a
 * share with no noun does; a share of anything else keeps to its noun ("a fifth of the world's oil" is
 * no "20% purity").
 */
function joinPercentagesOfShares(byKey: Map<string, Reading[]>): void {
  const percentages = byKey.get(PERCENTAGE);
  if (!percentages) return;
  const nouns = new Set(percentages.map((r) => nounKey(r.placed.figure.what.split(' ').filter(Boolean))));
  for (const key of [...byKey.keys()]) {
    if (key !== PERCENTAGE && key.startsWith(PERCENTAGE) && nouns.has(key.slice(PERCENTAGE.length))) moveReadings(byKey, key, () => PERCENTAGE);
  }
}

/**
 * A vague amount of something ("tens of thousands of emails", "hundreds of people", "several
 * hundred protesters") as a broad range, 2 to 10 times what its scale words stand for, so that it
 * meets the same amount told vaguely or exactly elsewhere ("more than 360 people"). Amounts of an
 * event ("dozens killed") are left out: a casualty count is compared by its value. Null when the
 * figure names no scale ("tens of people" alone is too vague).
 */
function readVagueFigure(placed: PlacedFigure): Reading | null {
  const f = placed.figure;
  const words = f.what.split(' ').filter(Boolean);
  if (words.length === 0 || words.some((w) => EVENT_WORDS.has(w))) return null;
  let unit = 1;
  let scaled = false;
  for (const word of f.text.toLowerCase().split(/[^a-z]+/)) {
    const scale = VAGUE_SCALES.get(word) ?? (word === 'dozen' ? 12 : SCALE_WORDS.get(word));
    if (scale === undefined) continue;
    unit *= scale;
    scaled ||= word !== 'tens';
  }
  if (!scaled) return null;
  const [low, high] = [2 * unit, 10 * unit];
  return { placed, low, high, looseLow: low, looseHigh: high, key: `${f.kind}|${nounKey(words)}`, part: '', needsCompatibleValues: true };
}

/**
 * Words outlets use for the same people or things: "his two kids" are "his two children", "three
 * handguns" "three guns", "six nations" "six countries", "five rounds" "five bullets", "two adult
 * females" "two women".
 */
const SAME_NOUNS: ReadonlyMap<string, string> = new Map([
  ['kid', 'child'], ['teen', 'teenager'], ['cop', 'officer'], ['nation', 'country'], ['female', 'woman'], ['male', 'man'],
  ['count', 'charge'], ['handgun', 'gun'], ['pistol', 'gun'], ['revolver', 'gun'], ['firearm', 'gun'], ['weapon', 'gun'], ['round', 'bullet'],
]);

/** A noun as quantity keys compare it: singular, and one word for words that name the same people. */
function headNoun(noun: string): string {
  const one = singular(noun);
  return SAME_NOUNS.get(one) ?? one;
}

/**
 * How far a large number may have been rounded, from the digits it is written with: one unit of
 * its last significant digit ("$700 billion": 100 billion; "$716 billion": 1 billion; "five
 * million": 1 million). 0 below 1,000, where a round number is as likely exact ("10 years", "40 countries").
 */
function roundingOf(f: Pick<Figure, 'value' | 'text'>): number {
  return Math.abs(f.value ?? 0) < 1000 ? 0 : lastDigitUnit(f);
}

/** One unit of the last significant digit a number is written with ("660": 10; "661": 1; "five million": 1 million). */
function lastDigitUnit(f: Pick<Figure, 'value' | 'text'>): number {
  const value = Math.abs(f.value ?? 0);
  if (value === 0) return 0;
  const written = /\d[\d,]*(?:\.\d+)?/.exec(f.text)?.[0].replace(/,/g, '');
  // a number in words ("five million") has one significant digit
  const digits = written === undefined ? '1' : written.includes('.') ? written.replace('.', '').replace(/^0+/, '') : written.replace(/0+$/, '');
  return 10 ** (Math.floor(Math.log10(value)) - Math.max(digits.length, 1) + 1);
}

/** Characters of context on each side of a figure: about a line of text. */
const FIGURE_CONTEXT_CHARS = 60;

/** The text around a figure within its sentence, as grouping reads it (`PlacedFigure.context`). */
export function figureContext(text: string, start: number, end: number): FigureContext {
  const before = text.slice(Math.max(0, start - FIGURE_CONTEXT_CHARS), start);
  const after = text.slice(end, end + FIGURE_CONTEXT_CHARS);
  const sentenceStart = Math.max(before.search(/[^.!?\n]*$/), 0);
  const sentenceEnd = after.search(/[.!?](?:\s|$)|\n/);
  return { before: before.slice(sentenceStart), after: sentenceEnd < 0 ? after : after.slice(0, sentenceEnd) };
}

/**
 * The stems of the content words of a figure's context and of the words that modify its noun
 * ("four Republican senators"), the noun it counts left out.
 */
function contextWords({ before, after }: FigureContext, f: Pick<Figure, 'text' | 'what' | 'qualifier'>): Set<string> {
  const counted = new Set(words(`${f.what} ${f.qualifier ?? ''}`).map((w) => w.key));
  // the figure's own words that say its number ("three", "million", "twice"), as written: keys are stemmed
  const saysNumber = (raw: string): boolean => isNumberWord(raw) || SCALE_WORDS.has(raw) || COUNTS_OF_TIMES.has(raw);
  const own = new Set(words(f.text).filter((w) => counted.has(w.key) || saysNumber(f.text.slice(w.start, w.end).toLowerCase())).map((w) => w.key));
  return new Set(words(before + f.text + after).filter((w) => !w.stop && !own.has(w.key) && !/\d/.test(w.key) && w.key.length > 2
    && !isNumberWord(w.key)).map((w) => w.key));
}

/** Words that are counts of times themselves ("shot twice"): no topic. */
const COUNTS_OF_TIMES = new Set(['once', 'twice', 'thrice']);

const LENGTH_OF_TIME = 'measure|length of time';
/** How far, in percentage points, a share said in words may be from a percentage of the same amount. */
const SHARE_SLACK = 1;

/** Days in each unit of a length of time. */
const DAYS_IN: ReadonlyMap<string, number> = new Map([
  ['decade', 10 * YEAR_DAYS], ['year', YEAR_DAYS], ['month', 30.4375], ['week', 7], ['day', 1], ['hour', 1 / 24], ['minute', 1 / 1440], ['second', 1 / 86400],
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

const KM_IN_MILES = 0.621371;
const POUND_IN_KG = 0.45359237;
const WEIGHT = 'measure|weight';
/**
 * Units of distance and weight, each with its quantity's key and its size in the unit that quantity
 * compares in: miles for distances ("about six miles", "10 km"), kilograms for weights ("300
 * kilograms", "660 pounds").
 */
const PHYSICAL_UNITS: ReadonlyMap<string, { key: string; size: number }> = new Map([
  ...unitsOf('measure|distance', [['mile', 1], ['km', KM_IN_MILES], ['kilometer', KM_IN_MILES], ['kilometre', KM_IN_MILES]]),
  ...unitsOf(WEIGHT, [['kg', 1], ['kilogram', 1], ['kilo', 1], ['gram', 0.001], ['pound', POUND_IN_KG], ['lb', POUND_IN_KG],
    ['lbs', POUND_IN_KG], ['tonne', 1000]]),
]);

function unitsOf(key: string, sizes: [string, number][]): [string, { key: string; size: number }][] {
  return sizes.map(([unit, size]) => [unit, { key, size }]);
}

/**
 * For a distance given by its unit alone ("six miles", "10 km"), or a weight by its unit, before a
 * noun too ("300 kilograms", "a 300-kilogram limit"), its key and the size of its unit; undefined for
 * other figures. A distance before a noun is of some other thing ("a 25-mile rampage" is no "25 miles").
 */
function physicalUnit(f: Pick<Figure, 'kind' | 'what'>): { key: string; size: number } | undefined {
  const [unit, ...more] = f.what.split(' ');
  const known = f.kind === 'measure' ? PHYSICAL_UNITS.get(singular(unit)) : undefined;
  return known && (more.length === 0 || known.key === WEIGHT) ? known : undefined;
}

/** For a person's age, the days in its unit (a year unless given in months, weeks or days); undefined for other figures. */
function daysPerAgeUnit(f: Pick<Figure, 'kind' | 'what' | 'text'>): number | undefined {
  return /^age\b/.test(f.what) ? DAYS_IN.get(ageUnit(f) ?? 'year') : undefined;
}

/** The values a figure allows, as `valueRange`, with lengths of time and ages in days, distances in miles, weights in kilograms and shares in percent, so that units compare. */
export function comparableRange(f: Pick<Figure, 'value' | 'qualifier' | 'kind' | 'what' | 'text'>): [number, number] {
  const [low, high] = valueRange(f.value ?? NaN, f.qualifier);
  const scale = comparableUnit(f);
  // a share said in words is a percentage rounded to a point or so: "two-thirds" is "67 percent"
  const slack = f.kind === 'share' ? SHARE_SLACK : 0;
  return [low * scale - slack, high * scale + slack];
}

/** What one unit of the figure is in the unit figures compare in: days for lengths of time and ages, miles for distances, kilograms for weights, percent for shares. */
function comparableUnit(f: Pick<Figure, 'kind' | 'what' | 'text'>): number {
  return daysPerUnit(f) ?? daysPerAgeUnit(f) ?? physicalUnit(f)?.size ?? (f.kind === 'share' ? 100 : 1);
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
const overlapsLoosely = (a: Reading, b: Reading): boolean =>
  a.looseLow <= b.looseHigh * (1 + TOLERANCE) && b.looseLow <= a.looseHigh * (1 + TOLERANCE);
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

/**
 * The counts of an event besides each article's current one that outlets give alike: "More than 750
 * people have been killed so far this year" beside each one's "four people killed", or the same older
 * count. They pair by part and equal value, across articles; "one" agrees by chance too often.
 */
function otherCountsAgreed(readings: Reading[], current: ReadonlySet<Reading>): Reading[][] {
  const others = readings.filter((r) => !current.has(r) && (r.placed.figure.value ?? 0) > 1);
  const byValue = new Map<string, Reading[]>();
  for (const r of others) pushTo(byValue, `${r.part}|${r.placed.figure.value}`, r);
  return [...byValue.values()].map((rs) => ((rs[0].placed.figure.value ?? 0) >= CHANCE_COUNT ? rs : withTopicShared(rs)));
}

/**
 * The readings that share a word of their context with a reading of another article (a small count
 * agrees by chance otherwise: "two killed in a crash in March", "two killed in a separate crash in 2019").
 */
function withTopicShared(readings: Reading[]): Reading[] {
  // (not the words of what they count: "killed" is in every context of a count of the killed)
  const topicOf = (r: Reading): string[] => {
    const counted = new Set(words(r.placed.figure.what).map((w) => w.key));
    return r.placed.context ? [...contextWords(r.placed.context, r.placed.figure)].filter((w) => !counted.has(w)) : [];
  };
  const wordsOf = new Map(readings.map((r) => [r, topicOf(r)]));
  const articlesWith = new Map<string, Set<string>>();
  for (const [r, topic] of wordsOf) for (const w of topic) articlesWith.set(w, (articlesWith.get(w) ?? new Set<string>()).add(r.placed.articleId));
  return readings.filter((r) => wordsOf.get(r)!.some((w) => [...articlesWith.get(w)!].some((a) => a !== r.placed.articleId)));
}

/**
 * Whether the readings of a key name one quantity that the articles disagree on: a count or measure
 * of a noun that each article gives one value ("a 48-page indictment" here, "a 47-page indictment"
 * there; "136 passengers" and "139 passengers"), within a quarter of each other. Not shares, amounts
 * or ages, which recur for other things, nor common small counts and lengths of time, which need a
 * shared topic.
 */
function isOneQuantityPerArticle(key: string, readings: readonly Reading[]): boolean {
  if (!/^(?:count|measure)\|./.test(key) || key === LENGTH_OF_TIME || key.startsWith(ANONYMOUS_AGE) || readings.some((r) => r.topic)) return false;
  const valueOf = new Map<string, number>();
  for (const r of readings) {
    const v = r.placed.figure.value!;
    const seen = valueOf.get(r.placed.articleId);
    if (seen !== undefined && seen !== v) return false;
    valueOf.set(r.placed.articleId, v);
  }
  if (valueOf.size < 2) return false;
  // ("23 Russian diplomats" here, "23 British diplomats" there: two quantities)
  const sides = readings.map((r) => new Set(sidesOf(r.placed.figure.text)));
  if (sides.some((a) => sides.some((b) => otherSides(a, b)))) return false;
  const values = [...valueOf.values()];
  const low = Math.min(...values);
  return low > 0 && Math.max(...values) / low <= MAX_DISAGREEMENT_RATIO;
}

const MAX_DISAGREEMENT_RATIO = 1.25;

const sharesWord = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((w) => b.has(w));

/**
 * Figures with no event to anchor them group only with compatible values ("39 countries" ≠ "100
 * countries"), closest values first: "over $300" goes with "$313.89" rather than with "$466.30"
 * named before it. An article's mentions of one value are one node; a cluster takes one node per
 * article (an article's "$14,000" and "over $10,000" are two amounts) unless the article restates
 * one amount more exactly ("nearly $44 million", then "$43,885,310"), and every member must be
 * compatible with every other. A common small count or length of time joins only figures whose
 * contexts share a word with its own.
 */
function clusterByValue(readings: Reading[]): Reading[][] {
  const topics = articleTopics(readings);
  // One node per article and value ("three weeks" is "21 days"): a page repeating "42%" thousands of times is one node.
  const nodes: ValueNode[] = [];
  const nodeOf = new Map<string, ValueNode>();
  for (const r of readings) {
    const f = r.placed.figure;
    const value = f.value === null ? r.low : f.value * comparableUnit(f);
    const slot = `${r.placed.articleId}|${value}`;
    let node = nodeOf.get(slot);
    if (!node) {
      node = { order: nodes.length, articleId: r.placed.articleId, value, members: [], low: -Infinity, high: Infinity, topic: topics.get(r),
        sides: new Set() };
      nodes.push(node);
      nodeOf.set(slot, node);
    }
    node.members.push(r);
    for (const side of sidesOf(f.text)) node.sides.add(side);
    node.low = Math.max(node.low, r.looseLow);
    node.high = Math.min(node.high, r.looseHigh);
  }
  const overlap = (low: number, high: number): boolean => low <= high * (1 + TOLERANCE);
  const pairs: { a: ValueNode; b: ValueNode; distance: number }[] = [];
  // Nodes in order of their lowest value: a node's overlapping ones follow it until one starts past
  // its highest (a page of thousands of distinct values then compares each with its neighbours only;
  // wide ranges, "more than N", still meet all the values they allow). Bounds are never NaN: readings
  // of non-finite values are left out (`readFigure`).
  const byLow = [...nodes].sort((x, y) => x.low - y.low || x.order - y.order);
  for (let i = 0; i < byLow.length; i++) {
    const first = byLow[i];
    const reach = first.high * (1 + TOLERANCE);
    for (let j = i + 1; j < byLow.length && byLow[j].low <= reach; j++) {
      const [a, b] = first.order < byLow[j].order ? [first, byLow[j]] : [byLow[j], first];
      if (a.articleId === b.articleId || !overlap(Math.max(a.low, b.low), Math.min(a.high, b.high))) continue;
      if ((a.topic && b.topic && !sharesWord(a.topic, b.topic)) || onOtherSides(a, b)) continue;
      pairs.push({ a, b, distance: Math.abs(Math.log((Math.abs(a.value) + 1) / (Math.abs(b.value) + 1))) });
    }
  }
  pairs.sort((x, y) => x.distance - y.distance || x.a.order - y.a.order || x.b.order - y.b.order);
  // union of clusters, each with the articles it holds and the values all its members allow
  const clusterOf = new Map<ValueNode, ValueCluster>(nodes.map((n) => [n, { nodes: [n], articles: new Set([n.articleId]), low: n.low, high: n.high }]));
  for (const { a, b } of pairs) {
    const [ca, cb] = [clusterOf.get(a)!, clusterOf.get(b)!];
    if (ca === cb || !canMerge(ca, cb)) continue;
    const low = Math.max(ca.low, cb.low);
    const high = Math.min(ca.high, cb.high);
    if (!overlap(low, high)) continue;
    const merged: ValueCluster = { nodes: [...ca.nodes, ...cb.nodes], articles: new Set([...ca.articles, ...cb.articles]), low, high };
    for (const n of merged.nodes) clusterOf.set(n, merged);
  }
  const position = new Map(readings.map((r, k) => [r, k]));
  const clusters = [...new Set(nodes.map((n) => clusterOf.get(n)!))];
  return clusters.map((c) => c.nodes.flatMap((n) => n.members).sort((x, y) => position.get(x)! - position.get(y)!));
}

/**
 * Whether two clusters may be one: each article they share restates its amount (`restates`) across them, and
 * no two of their figures count people of different sides (`onOtherSides`).
 */
const canMerge = (ca: ValueCluster, cb: ValueCluster): boolean => cb.nodes.every((n) => (!ca.articles.has(n.articleId)
  || ca.nodes.every((m) => m.articleId !== n.articleId || restates(m, n))) && ca.nodes.every((m) => !onOtherSides(m, n)));

/**
 * The nationalities and parties a figure's own words give what it counts, each prefixed with its kind:
 * "two Brazilian officials" → nation:brazilian, "three GOP senators" → party:republican ("Democratic" and
 * "Democrat" are one). Words shaped like a demonym (`DEMONYM_ENDING`) count as nations ("Brazilian", "Israeli",
 * "British", "French").
 */
function sidesOf(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}'’]+/gu) ?? []).flatMap((w) => {
    // (an American party's members are Americans: "two Republican officials" are no "two Brazilian officials")
    if (/^Democrat(?:ic|s)?$/.test(w)) return ['party:democrat', 'nation:american'];
    if (/^(?:Republicans?|GOP)$/.test(w)) return ['party:republican', 'nation:american'];
    return DEMONYM_ENDING.test(w) && !isNumberWord(w.toLowerCase()) ? [`nation:${w.toLowerCase()}`] : [];
  });
}

/**
 * Whether two nodes count people of different sides, of one kind: "two Brazilian officials" are no "two Russian
 * officials", "40 Republican senators" no "40 Democratic senators" (but may be "40 American senators").
 */
const onOtherSides = (a: ValueNode, b: ValueNode): boolean => otherSides(a.sides, b.sides);

/** Whether two sets of sides (`sidesOf`) differ in a kind both give. */
function otherSides(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return ['nation:', 'party:'].some((kind) => {
    const [x, y] = [[...a].filter((w) => w.startsWith(kind)), [...b].filter((w) => w.startsWith(kind))];
    return x.length > 0 && y.length > 0 && !x.some((w) => y.includes(w));
  });
}

/** How far apart (relative) an article's rounded and exact mentions of one amount may be. */
const RESTATED_DISTANCE = 0.05;

/**
 * Whether two values of one article are one amount said twice, once rounded or qualified: one
 * allows the other's value as written ("nearly $44 million" allows 43,885,310; 230 does not allow
 * 229), and they are close.
 */
const restates = (a: ValueNode, b: ValueNode): boolean => ((a.low <= b.value && b.value <= a.high) || (b.low <= a.value && a.value <= b.high))
  && Math.abs(a.value - b.value) <= RESTATED_DISTANCE * Math.max(Math.abs(a.value), Math.abs(b.value));

/** An article's mentions of one value, as `clusterByValue` places them. */
interface ValueNode {
  order: number;
  articleId: string;
  value: number;
  members: Reading[];
  /** The values all its mentions allow (loose bounds). */
  low: number;
  high: number;
  topic: ReadonlySet<string> | undefined;
  /** The nationalities and parties its figures' words give (`sidesOf`). */
  sides: Set<string>;
}

interface ValueCluster {
  nodes: ValueNode[];
  articles: Set<string>;
  low: number;
  high: number;
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
    pushTo(byMention, slot, r);
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
    pushTo(byPart, r.part, r);
  }
  for (const [part, readings] of byPart) {
    const distinct: Reading[] = [];
    // (a distance or weight in another unit agrees within the rounding of its conversion: "300 kilograms (660 pounds)";
    // one key holds one kind of measure)
    const physical = physicalUnit(readings[0].placed.figure) !== undefined;
    const agree = physical ? overlapsLoosely : compatible;
    for (const r of readings) if (!distinct.some((d) => agree(d, r))) distinct.push(r);
    if (distinct.length > 1) {
      const label = physical ? '' : part === 'ordinal' || part === '' || part === 'total' ? readings[0].placed.figure.what : part;
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

/** "more than 1,000", "12th", "39%", "$2.5 billion"; a distance or weight with its unit ("10 km"). */
function formatFigure(r: Reading): string {
  const f = r.placed.figure;
  // (the unit as the outlet wrote it: "km" takes no plural s)
  return physicalUnit(f) ? `${formatAmount(f)} ${f.what.split(' ')[0]}` : formatAmount(f, ageUnit(f));
}

/**
 * A figure's amount as a reader writes it, with its qualifier: "more than 1,000", "12th", "39%",
 * "66.7%" for two-thirds, "$2.5 billion" as "$2,500,000,000", "5 to 7"; a count or measure with
 * `unit` after it ("4 years").
 */
export function formatAmount(f: Pick<Figure, 'value' | 'kind' | 'qualifier' | 'text'>, unit: string | null = null): string {
  const v = f.value ?? 0;
  let shown = formatNumber(v);
  if (f.kind === 'ordinal') shown = ordinal(v);
  else if (f.kind === 'percent') shown = `${shown}%`;
  else if (f.kind === 'share') shown = formatShare(v);
  else if (f.kind === 'money') shown = /^[$£€¥]/.test(f.text.trim()) ? `${f.text.trim()[0]}${shown}` : shown;
  else if (unit) shown = `${shown} ${unit}${v === 1 ? '' : 's'}`;
  if (!f.qualifier) return shown;
  return trailsNumber(f.qualifier) ? `${shown} ${f.qualifier}` : `${f.qualifier} ${shown}`;
}

/** "1st", "12th", "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
