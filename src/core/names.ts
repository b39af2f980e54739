// One canonical name per person (or organisation) across the articles of a story.
//
// People are grouped by surname (accents and case ignored, "Jr." kept apart); inside a surname,
// full names whose first names agree (equal, a spelling variant such as Anthony/Antony, a common
// nickname, or an initial) are one person. A surname alone ("Trump", "Mr. Trump") joins the one
// person of that surname, and stays as it is when the story names several (two Bidens).
// Organisations are normalised lightly: "the", Defence/Defense, "State Department" = "Department of State".
import { BROADCASTER_NOUNS, FIRST_NAME_GENDER, isDescription, NAME_PARTICLES, NAME_SUFFIXES, ORGANIZATION_NOUNS, TITLES } from './speaker-cues';

// Common English nicknames, both directions, for first-name agreement.
const NICKNAMES: readonly (readonly string[])[] = [
  ['joe', 'joseph'], ['bill', 'william', 'will', 'billy'], ['bob', 'robert', 'rob', 'bobby'], ['mike', 'michael'],
  ['jim', 'james', 'jimmy'], ['tom', 'thomas'], ['dick', 'richard', 'rick', 'rich'], ['ted', 'edward', 'ed', 'teddy'],
  ['chuck', 'charles', 'charlie'], ['bibi', 'benjamin', 'ben'], ['al', 'albert', 'alan'], ['dan', 'daniel', 'danny'],
  ['dave', 'david'], ['steve', 'steven', 'stephen'], ['tony', 'anthony', 'antony'], ['andy', 'andrew'],
  ['chris', 'christopher'], ['jeff', 'jeffrey', 'geoffrey'], ['ron', 'ronald'], ['don', 'donald'], ['pat', 'patrick', 'patricia'],
  ['liz', 'elizabeth', 'beth'], ['kate', 'katherine', 'catherine', 'kathy'], ['sue', 'susan'], ['jon', 'jonathan', 'john'],
  ['nick', 'nicholas'], ['matt', 'matthew'], ['sam', 'samuel', 'samantha'], ['alex', 'alexander', 'alexandra'],
  ['greg', 'gregory'], ['ken', 'kenneth'], ['larry', 'lawrence'], ['jerry', 'gerald', 'jerome'], ['hank', 'henry'],
  ['vlad', 'vladimir'], ['fred', 'frederick'], ['mitch', 'mitchell'], ['newt', 'newton'], ['peggy', 'margaret'],
];
const NICKNAME_GROUP = new Map<string, number>();
NICKNAMES.forEach((group, i) => group.forEach((n) => NICKNAME_GROUP.set(n, i)));

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Edit distance (insertions, deletions, substitutions), capped: returns cap+1 once above cap. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Whether one name may be the other misspelt ("Cowen" for "Cowan", "Marids" for "Mardis"): five
 * letters or more, the same first letter, one edit or two neighbouring letters swapped apart.
 */
export function mayBeMisspelt(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || a[0] !== b[0]) return false;
  if (editDistance(a, b, 1) <= 1) return true;
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/**
 * Whether one name is the other with a letter written twice ("Amil" and "Amill"), from four letters:
 * evidence enough of one person only with more, such as an equal age (Hale and Halle are two names).
 */
export function differsByDoubledLetter(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 4 && (isDoubledIn(a, b) || isDoubledIn(b, a));
}

/** Whether `long` is `short` with one of its letters written twice. */
function isDoubledIn(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  const at = [...short].findIndex((c, i) => c !== long[i]);
  const doubled = at === -1 ? short.length : at;
  return long[doubled] === long[doubled - 1] && long.slice(doubled + 1) === short.slice(doubled);
}

/** Whether two first names can belong to one person (Anthony/Antony, Joe/Joseph, J./John). */
export function sameFirstName(a: string, b: string): boolean {
  const x = fold(a).replace(/\.$/, '');
  const y = fold(b).replace(/\.$/, '');
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0]; // an initial
  const gx = NICKNAME_GROUP.get(x);
  if (gx !== undefined && gx === NICKNAME_GROUP.get(y)) return true;
  // Spelling variants: one edit for names of four letters or more, two for long names; not a man's
  // name and a woman's ("Mark" and "Mary Conditt" are son and grandmother)
  const genders = [FIRST_NAME_GENDER.get(x), FIRST_NAME_GENDER.get(y)];
  if (genders[0] && genders[1] && genders[0] !== genders[1]) return false;
  const cap = Math.min(x.length, y.length) >= 7 ? 2 : Math.min(x.length, y.length) >= 4 ? 1 : 0;
  return cap > 0 && x[0] === y[0] && editDistance(x, y, cap) <= cap;
}

interface PersonName {
  original: string;
  /** The name without titles ("Mr. Steele" → "Steele"). */
  display: string;
  /** Surname key: folded last name, plus the suffix ("trump jr"). */
  key: string;
  /** Given names (empty for a surname alone). */
  given: string[];
  /** Quotes given this form. */
  count: number;
  /** Articles that use this form. */
  articles: number;
}

function isOrganization(name: string): boolean {
  const words = name.split(/\s+/);
  if (/^the\s/i.test(name)) return true;
  return words.some(
    (w) => ORGANIZATION_NOUNS.has(w.toLowerCase()) || BROADCASTER_NOUNS.has(w.toLowerCase()) ||
      (w.length >= 2 && /^[A-Z.&-]+$/.test(w) && !NAME_SUFFIXES.has(w.toLowerCase()) && /[A-Z].*[A-Z]/.test(w)),
  );
}

function parsePerson(original: string, count: number, articles: number): PersonName | null {
  const words = original.trim().split(/\s+/).filter(Boolean);
  // Titles in front ("Mr.", "Secretary of State") are not part of the name.
  let start = 0;
  while (start < words.length - 1 && (TITLES.has(words[start].toLowerCase()) || TITLES.has(words[start].toLowerCase().replace(/\.$/, '')))) {
    start++;
    if (words[start]?.toLowerCase() === 'of' && start < words.length - 2) start += 2;
  }
  const name = words.slice(start);
  const suffix = name.length > 1 && NAME_SUFFIXES.has(name[name.length - 1].toLowerCase()) ? name.pop() : undefined;
  if (name.length === 0) return null;
  const surname = name[name.length - 1];
  const given = name.slice(0, -1).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  const display = [...name, ...(suffix ? [suffix] : [])].join(' ');
  const key = fold(surname) + (suffix ? ' ' + fold(suffix).replace(/\.$/, '') : '');
  return { original, display, key, given, count, articles };
}

/** Organisation key: "the UK Ministry of Defence" and "Defense Ministry" agree. */
function organizationKey(name: string): string {
  let words = fold(name)
    .replace(/\bdefence\b/g, 'defense')
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words[0] === 'the') words = words.slice(1);
  // A country in front ("U.S. Department of State", "UK Ministry of Defence").
  while (words.length > 2 && /^(?:u|s|k|us|uk|united|states|kingdom|british|american)$/.test(words[0])) words = words.slice(1);
  // "State Department" → "department of state".
  const head = words[words.length - 1];
  if (words.length >= 2 && words.length <= 3 && /^(?:department|ministry|office|agency)$/.test(head)) {
    words = [head, 'of', ...words.slice(0, -1)];
  }
  return words.join(' ');
}

interface OrganizationName {
  original: string;
  /** Without a leading "the". */
  name: string;
  count: number;
}

/** Picks the canonical form: most complete (most words), then most frequent, then with accents. */
function pickOrganization(forms: readonly OrganizationName[]): string {
  const words = (s: string) => s.split(/\s+/).length;
  return [...forms].sort((a, b) => words(b.name) - words(a.name) || b.count - a.count || a.name.localeCompare(b.name))[0].name;
}

/**
 * Picks a person's canonical form: the full form most articles use, then the one most quotes
 * carry, then the longest, then with accents.
 */
function pickPerson(forms: readonly PersonName[]): string {
  const accents = (s: string) => (/[^\x00-\x7F]/.test(s) ? 1 : 0);
  return [...forms].sort(
    (a, b) => Number(b.given.length > 0) - Number(a.given.length > 0) || b.articles - a.articles || b.count - a.count ||
      b.display.length - a.display.length || accents(b.display) - accents(a.display) || a.display.localeCompare(b.display),
  )[0].display;
}

/**
 * Maps each speaker name used in a story to the one name the report uses for that person or body:
 * spelling variants, surname-only and titled forms map to the most frequent full form (by articles
 * that use it, so that a tweet quoted ten times under its signature, "Donald J. Trump", does not
 * outvote the name other outlets use); a name nothing else matches maps to itself without its
 * titles. `names` holds each article's speaker names, one per quote; every name is a key.
 */
export function canonicalSpeakers(names: readonly (readonly string[])[]): Map<string, string> {
  const counts = new Map<string, number>();
  const articles = new Map<string, number>();
  for (const ofArticle of names) {
    for (const n of ofArticle) counts.set(n, (counts.get(n) ?? 0) + 1);
    for (const n of new Set(ofArticle)) articles.set(n, (articles.get(n) ?? 0) + 1);
  }
  const result = new Map<string, string>();

  const orgs = new Map<string, OrganizationName[]>();
  const bySurname = new Map<string, PersonName[]>();
  for (const [name, count] of counts) {
    const trimmed = name.trim();
    // "the friend" of one outlet need not be the friend of another
    if (!trimmed || isDescription(trimmed)) {
      result.set(name, name);
      continue;
    }
    if (isOrganization(trimmed)) {
      const key = organizationKey(trimmed);
      const list = orgs.get(key) ?? [];
      list.push({ original: name, name: trimmed.replace(/^the\s+/i, ''), count });
      orgs.set(key, list);
      continue;
    }
    const person = parsePerson(trimmed, count, articles.get(name)!);
    if (!person) {
      result.set(name, trimmed);
      continue;
    }
    const list = bySurname.get(person.key) ?? [];
    list.push(person);
    bySurname.set(person.key, list);
  }

  for (const list of orgs.values()) {
    const canonical = pickOrganization(list);
    for (const form of list) result.set(form.original, canonical);
  }

  for (const list of bySurname.values()) {
    // Full names cluster when their first names agree.
    const full = list.filter((p) => p.given.length > 0);
    const clusters: PersonName[][] = [];
    for (const p of full) {
      const home = clusters.find((c) => c.some((q) => sameFirstName(q.given[0], p.given[0])));
      if (home) home.push(p);
      else clusters.push([p]);
    }
    for (const cluster of clusters) {
      const canonical = pickPerson(cluster);
      for (const p of cluster) result.set(p.original, canonical);
    }
    const bare = list.filter((p) => p.given.length === 0);
    const bareCanonical = clusters.length === 1 ? pickPerson(clusters[0]) : bare.length ? pickPerson(bare) : '';
    // With several people of that surname a bare surname stays a bare surname; so it does when an article
    // gives it beside a woman named in full, as attribution does only when it told them apart ("Trump said"
    // beside "first lady Melania Trump"): a name given two ways across the story is a lesser fault than
    // someone's words given to his wife
    const woman = clusters.length === 1 && clusters[0].every((q) => FIRST_NAME_GENDER.get(fold(q.given[0])) === 'f');
    const keptApart = (p: PersonName): boolean => woman
      && names.some((ofArticle) => ofArticle.includes(p.original) && clusters[0].some((q) => ofArticle.includes(q.original)));
    for (const p of bare) result.set(p.original, clusters.length === 1 && !keptApart(p) ? bareCanonical : p.display);
  }
  return result;
}
