// Numeric quantities in article text: counts, money, percentages, measures and ordinals, with the
// qualifier before them ("more than") and what they count ("civilians killed"). Dates, clock
// times, years, phone numbers, addresses, URLs and numbers inside names are recognised and skipped.
//
// The text is cut once into word, number and punctuation tokens; each rule then looks at a few
// tokens around a number, so the whole scan is linear in the length of the text.
import {
  CURRENCY_PREFIXES, CURRENCY_WORDS, DEMONYM_ENDING, EARLIER_MARKERS, EVENT_LABEL, EVENT_NOUNS, EVENT_WORDS, GENDERED_PERSON_NOUNS, isNumberWord, MEASURE_UNITS,
  MONEY_SCALE_LETTERS, MONTHS, ORDINAL_SERIES_NOUNS, ORDINAL_WORDS, PERSON_NOUNS, QUALIFIERS, SCALE_WORDS, TENS_WORDS, TIME_UNITS,
  singular, UNIT_WORDS, VAGUE_PLURALS, WEEKDAYS, type EventKind,
} from './figure-words';
import { describedNoun, FIRST_NAME_GENDER, isTitleWord, NAME_PARTICLES, NAME_SUFFIXES, STREET_NAME_ENDS } from './speaker-cues';
import type { FigureKind, FigureSpan } from './types';

type TokenType = 'word' | 'num' | 'punct' | 'break';

interface Token {
  type: TokenType;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Inside a URL, e-mail address or phone number. */
  masked: boolean;
  /** On a line written in Title Case (a headline), where capitals say nothing about names. */
  titleLine: boolean;
}

/** The number itself, before units, qualifiers and nouns are attached. */
interface Core {
  first: number;
  /** Token index just past the number. */
  next: number;
  value: number | null;
  ordinal: boolean;
  /** Written in digits (names, years, codes and addresses are only ever digits). */
  digits: boolean;
  /** Qualifier that is part of the number itself ("several hundred"). */
  qualifier: string | null;
  /** A part of a whole ("half of them"): the figure is a share. */
  share?: true;
}

// Sentence-ending or clause-separating punctuation: event words are not looked for across it.
const SENTENCE_END = new Set(['.', '!', '?', ';', ':', '•', '|']);

// Function words and adverbs that end the noun phrase after a number ("364 civilians had been …").
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'of',
  'in', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'as', 'and', 'or', 'but', 'nor', 'than', 'then', 'so',
  'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'while', 'was', 'were', 'is', 'are', 'be', 'been',
  'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'can', 'may', 'might',
  'must', 'shall', 'said', 'says', 'say', 'told', 'according', 'per', 'each', 'every', 'all', 'some', 'any', 'no',
  'not', 'also', 'only', 'just', 'about', 'more', 'most', 'less', 'least', 'over', 'under', 'after', 'before',
  'since', 'during', 'until', 'into', 'onto', 'upon', 'out', 'up', 'down', 'off', 'outside', 'inside', 'across',
  'through', 'between', 'among', 'against', 'around', 'near', 'within', 'without', 'via', 'including', 'like',
  'still', 'already', 'now', 'reportedly', 'allegedly', 'later', 'earlier', 'ago', 'again', 'here', 'there',
  'today', 'yesterday', 'tonight', 'percent', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'them', 'him', 'us',
  'got', 'get', 'were', 'if', 'because', 'though', 'although', 'whether', 'both', 'either', 'other than',
  'away', 'apart', 'back', 'ahead', 'yet', 'even', 'ever', 'never', 'very', 'too', 'such', 'next', 'last', 'behind',
  'beyond', 'toward', 'towards', 'along', 'amid', 'despite', 'versus', 'vs', 'per', 'plus', 'minus',
  // common irregular verbs in the past tense: "a group of four ran over"
  'ran', 'went', 'came', 'left', 'took', 'made', 'saw', 'found', 'fell', 'put', 'set', 'held', 'led', 'met',
  'sat', 'stood', 'began', 'brought', 'bought', 'gave', 'knew', 'thought', 'felt', 'kept', 'lost', 'won', 'paid',
  'sent', 'spent', 'heard', 'hit', 'remain', 'remained', 'face', 'faced', 'say', 'remains', 'appeared',
  'go', 'goes', 'fought', 'spoke', 'wrote', 'grew', 'drove', 'rode', 'once', 'sometimes', 'often', 'always', 'together',
  'usually',
]);

// Capitalised words after which a number is part of a name ("Section 8", "Boeing 737", "Channel 2").
const NAME_PREFIXES = new Set([
  'section', 'article', 'title', 'chapter', 'route', 'highway', 'interstate', 'flight', 'boeing', 'airbus', 'room',
  'apartment', 'apt', 'suite', 'unit', 'gate', 'pier', 'platform', 'channel', 'station', 'precinct', 'district',
  'ward', 'proposition', 'prop', 'amendment', 'resolution', 'apollo', 'windows', 'iphone', 'galaxy', 'model',
  'type', 'category', 'level', 'phase', 'stage', 'number', 'no', 'engine', 'ladder', 'squad', 'battalion', 'local',
  'rule', 'page', 'figure', 'table', 'vol', 'volume', 'issue', 'episode', 'season', 'game', 'week', 'day',
  'fortune', 'formula', 'area', 'camp', 'fort', 'cell', 'block', 'lot', 'exit', 'mile', 'photo', 'image', 'video',
  'news', 'fox', 'abc', 'nbc', 'cbs', 'pbs', 'wsb', 'kiro', 'komo',
]);

// Words that end a street name: "1200 Elm Street", "10 Downing Street" are addresses.
const STREET_WORDS = new Set([
  ...STREET_NAME_ENDS, 'drive', 'dr', 'lane', 'ln', 'way', 'court', 'ct', 'place', 'pl', 'circle', 'terrace', 'trail', 'pike',
  'square', 'plaza',
]);

// Time zones and clock words after a number ("0900 GMT", "7 p.m.", "9am").
const CLOCK_WORDS = new Set([
  'am', 'pm', 'gmt', 'utc', 'et', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'mst', 'mdt', 'bst', 'cet', 'cest',
  'ist', 'msk', 'o’clock', "o'clock",
]);

// "50 or more", "$250,000 or less": a bound said after the number states a cutoff, which other
// outlets give as "fewer than 50" or "more than $250,000": the number itself is compared.
const BOUNDS_AFTER = new Set(['more', 'greater', 'fewer', 'less', 'older', 'younger']);

// Words before a lone number that say it is a quantity ("the death toll rose to 12", "killing 3").
const QUANTITY_CUES = new Set([
  'toll', 'total', 'tally', 'rose', 'risen', 'climbed', 'increased', 'reached', 'jumped', 'soared', 'fell',
  'dropped', 'stood', 'killing', 'killed', 'kill', 'kills', 'wounding', 'wounded', 'injuring', 'injured',
  'injures', 'numbered',
]);

/** Verbs that take lives: "claimed seven lives", "took two lives", "cost more than 100,000 lives". */
const LIVES_TAKEN = /^(?:claim(?:s|ed|ing)?|t(?:ake|akes|aken|ook|aking)|cost(?:s|ing)?|lost|los(?:e|es|ing)|end(?:s|ed|ing)?|massacre)$/;

const ORDINAL_NAME_NOUNS = new Set(['century', 'centuries', 'precinct', 'district', 'ward',
  'street', 'avenue', 'amendment', 'circuit', 'congressional', 'place', 'edition', 'degree']);
/**
 * What a digit ordinal numbers as a figure even when capitalised: "the 6th District", "the 10th Circuit", "the 2nd Amendment",
 * "Petty Officer 2nd Class".
 */
const NUMBERED_NOUNS = new Set(['district', 'ward', 'circuit', 'amendment', 'congressional', 'congress', 'precinct', 'class']);
const FRACTION_WORDS = new Map([['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4],
  ['quarters', 4], ['fifth', 5], ['fifths', 5], ['tenth', 10], ['tenths', 10]]);
const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([['½', 1 / 2], ['¼', 1 / 4], ['¾', 3 / 4], ['⅓', 1 / 3], ['⅔', 2 / 3],
  ['⅛', 1 / 8]]);
const SPEED_UNITS: ReadonlyMap<string, string> = new Map([['mile', 'mph'], ['miles', 'mph'], ['km', 'kph'], ['kilometer', 'kph'],
  ['kilometers', 'kph'], ['kilometre', 'kph'], ['kilometres', 'kph']]);
/** What the number after "a father of", "a family of", "a town of" counts. */
const COUNTED_OF: ReadonlyMap<string, string> = new Map([
  ...['father', 'mother', 'parent', 'dad', 'mom', 'grandfather', 'grandmother'].map((w): [string, string] => [w, 'children']),
  ...['family', 'household', 'group', 'crowd', 'gang', 'team'].map((w): [string, string] => [w, 'people']),
  ...['village', 'town', 'city', 'community', 'suburb', 'borough', 'township', 'hamlet', 'country', 'nation', 'county', 'island', 'province']
    .map((w): [string, string] => [w, 'residents']),
]);
/** Groups of people that a capitalised name makes one body: "the Gang of Eight", "the Group of 20". */
const NAMED_GROUPS = new Set(['group', 'gang', 'team', 'crowd']);
const FINISHING_VERBS = new Set(['placed', 'placing', 'finished', 'finishing', 'finishes', 'came', 'ranked', 'ranks', 'ranking']);
const STREAK_WORDS = new Set(['straight', 'consecutive', 'successive']);
/** Words an ordinal makes a kind of ("a fourth grade student", "a second shift worker"): no count of what follows. */
const ORDINAL_KIND_WORDS = new Set(['grade', 'year', 'shift', 'generation', 'term', 'tier', 'class', 'string', 'party', 'rate']);

// Nouns that name a war, so that "12th day of its war" and "11th day of Russia's attack" read alike.
const WAR_WORDS = new Set(['war', 'invasion', 'attack', 'offensive', 'conflict', 'fighting', 'assault', 'siege']);

/** Nouns a number counts in a hyphenated compound, besides nouns for people ("a 50-worker cutoff"): "a two-term congressman", "a two-story house". */
const HYPHEN_COUNT_NOUNS = new Set(['term', 'tier', 'story', 'seat', 'member', 'car', 'bedroom', 'person', 'time', 'vote', 'count', 'page',
  'part', 'step', 'judge', 'nation', 'country', 'game', 'star', 'door', 'point', 'lane', 'bed', 'room', 'unit', 'shot',
  'bullet', 'paragraph', 'sentence']);

// Gun names read like measures ("9mm handgun", ".40-caliber", "12-gauge shotgun"); they are names.
const CALIBER_WORDS = new Set(['mm', 'caliber', 'calibre', 'gauge', 'millimeter', 'millimetre']);

// One token per match; the capture group that matched gives its type without another test.
const TOKEN_RE = /(\n)|(\p{L}+(?:['’]\p{L}+)*)|(\d+(?:[.,:]\d+)*)|\S/gu;
// URLs, e-mail addresses, web addresses and phone numbers: digits inside them are never figures.
// Each alternative starts with a fixed anchor ("http", "www.", "@", ".com", a digit), so the scan stays
// linear; e-mail and domain names are widened to the surrounding non-space characters afterwards.
const MASK_RE =
  /https?:\/\/\S+|www\.\S+|@|\.(?:com|org|net|gov|edu|io|co\.uk)\b\S*|(?:\+?1[-.\s])?\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b|\b\d{3}-\d{4}\b/g;

/** Every figure in `text`, in text order; [] when there is none. Dates, clock times and years left out. */
export function extractFigures(text: string): FigureSpan[] {
  const tokens = tokenize(text);
  const figures: FigureSpan[] = [];
  const built: Built[] = [];
  for (let i = 0; i < tokens.length; ) {
    const skip = skipDateOrTime(tokens, i);
    if (skip > i) {
      i = skip;
      continue;
    }
    const figure = figureAt(tokens, i, built);
    // A run of hundreds of digits is no quantity anyone reports; its value overflows to Infinity.
    if (figure && (figure.value === null || Number.isFinite(figure.value))) {
      built.push(figure);
      figures.push(toSpan(text, tokens, figure));
      i = figure.next;
    } else i++;
  }
  return nameAgesInFull(tokens, figures);
}

/**
 * Ages given with a first name only ("Megan, 33") named in full by the surname the article gives that
 * first name elsewhere ("Megan L. Short"), as other outlets' "33-year-old Megan Short" name them; kept
 * when the first name goes with no surname or with several, or ends a name itself.
 */
function nameAgesInFull(tokens: Token[], figures: FigureSpan[]): FigureSpan[] {
  if (!figures.some((f) => f.what.startsWith('age of '))) return figures;
  const surnames = new Map<string, Set<string>>();
  const lastWords = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]) || tokens[i].titleLine || isCapitalised(tokens[i - 1])) continue;
    // a run of names: "Megan L. Short", "Mark Jason Short Sr.", "Mark “Cornbread” Cormier"
    const run: string[] = [];
    let j = i;
    for (; j < tokens.length && run.length < 5; j++) {
      const t = tokens[j];
      const nickname = run.length > 0 && /^[“"]$/.test(t.text) ? nicknameEnd(tokens, j) : -1;
      if (nickname > 0) j = nickname;
      else if (isCapitalised(t)) run.push(t.text);
      else if (!(t.text === '.' && run.length > 0 && (run[run.length - 1].length === 1 || isTitle(run[run.length - 1])))) break;
    }
    while (run.length > 1 && (NAME_SUFFIXES.has(run[run.length - 1].toLowerCase()) || run[run.length - 1].length === 1)) run.pop();
    const first = givenName(run.slice(0, -1), isBoundary(tokens[i - 1]));
    if (first && run.length <= 4) {
      const last = run[run.length - 1];
      surnames.set(first, (surnames.get(first) ?? new Set<string>()).add(last));
      lastWords.add(last);
    }
    i = j;
  }
  return figures.map((f) => {
    if (!f.what.startsWith('age of ')) return f;
    const [name, surname] = f.what.slice(7).split(' ');
    if (surname) return f;
    const found = surnames.get(name);
    // "Trump, 72" stays: a word that ends a name ("Donald Trump") is a surname, whatever else it starts ("Trump Tower")
    return found?.size === 1 && !lastWords.has(name) ? { ...f, what: `age of ${name} ${[...found][0]}` } : f;
  });
}

/** Whether a capitalised word is a title before a name ("Sen", "Sheriff", "President"). */
const isTitle = (word: string): boolean => isTitleWord(word.toLowerCase());

/** The surname at tokens[surnameAt] with the given name before it, when there is one ("Candace Cormier", "Cormier"). */
function fullName(tokens: Token[], surnameAt: number): string {
  // a surname's particles belong to it: "Marine Le Pen", "Bill de Blasio"
  let particlesAt = surnameAt;
  while (tokens[particlesAt - 1]?.type === 'word' && NAME_PARTICLES.has(tokens[particlesAt - 1].lower)) particlesAt--;
  const given = givenNameBefore(tokens, particlesAt);
  const surname = [...tokens.slice(particlesAt, surnameAt).map((t) => t.text), withoutPossessive(tokens[surnameAt].text)].join(' ');
  return given ? `${given} ${surname}` : surname;
}

/** A possessive's ending: "Brown’s", "Smith's". */
const POSSESSIVE = /['’]s$/;
/** "Brown" of "Brown’s". */
const withoutPossessive = (word: string): string => word.replace(POSSESSIVE, '');

/**
 * The given name among the words of a name before its surname: the first word after the titles and
 * words for a role ("Rusty" of "Kerr County Sheriff Rusty", "Jane" of "Neighbor Jane", "Antoine" of
 * "Antoine Lamar"), never an initial nor a common word opening the sentence; null when there is none.
 */
function givenName(words: readonly string[], opensSentence: boolean): string | null {
  let first = 0;
  words.forEach((w, k) => {
    if (isTitle(w) || namesRole(w)) first = k + 1;
  });
  const given = words.slice(first).find((w) => w.length > 1);
  const lower = given?.toLowerCase() ?? '';
  // (a common word opening the sentence, "Yet Richard Simmons"; elsewhere one may be a given name, "Police identified Will Short")
  const common = (opensSentence && STOP_WORDS.has(lower) && !FIRST_NAME_GENDER.has(lower)) || NOT_GIVEN_NAMES.has(lower) || WEEKDAYS.has(lower);
  return given && !common ? given : null;
}

/** Whether a capitalised word before a name says what the person is ("Neighbor", "Suspect", "Former"). */
function namesRole(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === 'former' || PERSON_NOUNS.has(lower) || describedNoun(lower) !== null;
}

/** Words that open a run of capitals without naming anyone: "The Cormier home", "When Smith …", a list's "Others". */
const NOT_GIVEN_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'when', 'while', 'after', 'before', 'if', 'as',
  'but', 'and', 'or', 'so', 'then', 'on', 'in', 'at', 'by', 'for', 'with', 'from', 'of', 'to', 'others', 'victims', 'suspects']);

/**
 * The given name of the person whose surname is tokens[surnameAt] ("Candace" of "Candace “Candy”
 * Cormier", "Chuck" of "Sen. Chuck Schumer"), read back past initials and a nickname; null when the
 * name has no word before the surname.
 */
function givenNameBefore(tokens: Token[], surnameAt: number): string | null {
  const words: string[] = [];
  let k = surnameAt;
  while (words.length < 4) {
    const before = tokens[k - 1];
    // a nickname in quotation marks: "Mark “Cornbread” Cormier" (read forward as `nicknameEnd` reads it)
    if (before && /^[”"]$/.test(before.text)) {
      let open = k - 2;
      while (open > k - 5 && isCapitalised(tokens[open])) open--;
      if (nicknameEnd(tokens, open) === k - 1 && isCapitalised(tokens[open - 1])) k = open;
      else break;
    } else if (before?.text === '.' && isCapitalised(tokens[k - 2]) && (tokens[k - 2].text.length === 1 || isTitle(tokens[k - 2].text))) k--;
    else if (isCapitalised(before) && !before.titleLine) words.unshift(tokens[--k].text);
    else break;
  }
  return givenName(words, isBoundary(tokens[k - 1]));
}

function tokenize(text: string): Token[] {
  const masks: Array<[number, number]> = [];
  MASK_RE.lastIndex = 0;
  for (let m = MASK_RE.exec(text); m; m = MASK_RE.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    if (m[0] === '@' || m[0][0] === '.') {
      // "name@example.org", "example.com/2021/364": widen over the word around the anchor
      const floor = masks.length > 0 ? masks[masks.length - 1][1] : 0;
      while (start > floor && /[\w.+-]/.test(text[start - 1])) start--;
      if (m[0] === '@') while (end < text.length && /[\w.-]/.test(text[end])) end++;
      MASK_RE.lastIndex = Math.max(MASK_RE.lastIndex, end);
    }
    masks.push([start, end]);
  }
  const tokens: Token[] = [];
  let mask = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    while (mask < masks.length && masks[mask][1] <= start) mask++;
    const masked = mask < masks.length && masks[mask][0] <= start;
    const t = m[0];
    const type: TokenType = m[1] ? 'break' : m[2] ? 'word' : m[3] ? 'num' : 'punct';
    const lower = type === 'word' ? t.toLowerCase() : t;
    tokens.push({ type, text: t, lower, start, end: start + t.length, masked, titleLine: false });
  }
  markTitleLines(tokens);
  return tokens;
}

// Headlines ("At Least 364 Civilians Killed In Ukraine") capitalise every word but short ones ("with",
// "from") and a source set off at the end ("Man, 45, Shot Dead Outside Bar, police say", "Boy, 5,
// Wounded; suspect sought"); a sentence full of names still has its verbs and nouns in lower case
// ("Police named Cesar Sayoc Jr., 56, of Aventura", "Kerr County Sheriff Rusty Hierholzer reported …").
function markTitleLines(tokens: Token[]): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].type !== 'break') continue;
    let long = 0;
    let capitalised = 0;
    // lower-case words other than short and function words; those of a source's tail after the line's last comma or semicolon
    let lowerContent = 0;
    let sourceTail = 0;
    for (let j = lineStart; j < i; j++) {
      const t = tokens[j];
      if (t.text === ',' || t.text === ';') sourceTail = 0;
      if (t.type !== 'word' || t.text.length < 4) continue;
      long++;
      if (isCapitalised(t)) capitalised++;
      else if (!STOP_WORDS.has(t.lower)) {
        lowerContent++;
        sourceTail = HEADLINE_SOURCE_WORDS.has(t.lower) ? sourceTail + 1 : -Infinity;
      }
    }
    const headline = lowerContent === 0 || lowerContent === sourceTail;
    if (long >= 3 && capitalised >= (long - lowerContent) * 0.7 && headline) for (let j = lineStart; j < i; j++) tokens[j].titleLine = true;
    lineStart = i + 1;
  }
}

/** Words of a source or an afterword a headline ends with in lower case: ", police say", "; suspect sought". */
const HEADLINE_SOURCE_WORDS = new Set(['police', 'officials', 'authorities', 'sources', 'report', 'reports', 'says', 'said', 'suspect',
  'sought', 'coroner', 'sheriff']);

const isCapitalised = (t: Token | undefined): boolean =>
  !!t && t.type === 'word' && t.text[0] !== t.lower[0];
const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
const isBoundary = (t: Token | undefined): boolean =>
  !t || t.type === 'break' || (t.type === 'punct' && SENTENCE_END.has(t.text));
const wordAt = (tokens: Token[], i: number): string => (tokens[i]?.type === 'word' ? tokens[i].lower : '');
/** Whether the number before tokens[from] is one ("one student", "1 officer"). */
const countsOneBefore = (tokens: Token[], from: number): boolean => /^(?:one|1)$/.test(tokens[from - 1]?.lower ?? '');
/** Plural nouns end a counted noun phrase ("two masked gunmen broke in" counts gunmen). */
const isPlural = (w: string): boolean =>
  (/[^su]s$/.test(w) && w.length > 3) || /(?:men|people|children|police|personnel|staff|faculty|clergy)$/.test(w);

/** The value of a digit token ("1,123" → 1123, "1.5" → 1.5); null for codes such as "1.2.3" or "36,23". */
function digitValue(text: string): number | null {
  if (text.includes(':')) return null;
  if (text.includes(',')) {
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return null;
    return Number(text.replace(/,/g, ''));
  }
  if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  return Number(text);
}

// ---- dates and clock times ------------------------------------------------------------------

/**
 * When a date or clock time starts at token i, the index just past it (so its numbers are not
 * read as figures); otherwise i.
 */
function skipDateOrTime(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t.type === 'word' && isCapitalised(t) && MONTHS.has(t.lower)) {
    // "March 6, 2022", "MARCH 06", "Sept. 11", "May 3rd", "February 2022"
    let j = i + 1;
    if (tokens[j]?.text === '.' && adjacent(t, tokens[j])) j++;
    const day = tokens[j];
    if (day?.type === 'num' && /^\d{1,2}$/.test(day.text) && Number(day.text) <= 31) {
      j++;
      if (/^(?:st|nd|rd|th)$/.test(wordAt(tokens, j)) && adjacent(day, tokens[j])) j++;
      if (tokens[j]?.text === ',' && tokens[j + 1]?.type === 'num' && /^\d{4}$/.test(tokens[j + 1].text)) j += 2;
      return j;
    }
    if (day?.type === 'num' && /^\d{4}$/.test(day.text)) return j + 1;
    return i;
  }
  if (t.type === 'word' && WEEKDAYS.has(t.lower) && tokens[i + 1]?.text === '(' && tokens[i + 2]?.type === 'num'
    && tokens[i + 3]?.text === ')') {
    // "On Friday (4)": some outlets give the day of the month in brackets
    return i + 4;
  }
  if (t.type !== 'num') return i;
  if (t.text.includes(':')) return skipClockSuffix(tokens, i + 1); // "10:30 a.m.", "3:45 PM"
  if (/^\d{4}$/.test(t.text) && tokens[i + 1]?.text === '-' && tokens[i + 2]?.type === 'num'
    && adjacent(t, tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2])) {
    // "2022-03-07", and year ranges such as "2013-14"
    let j = i + 3;
    if (tokens[j]?.text === '-' && tokens[j + 1]?.type === 'num' && adjacent(tokens[j - 1], tokens[j])) j += 2;
    return j;
  }
  if (/^\d{1,2}$/.test(t.text) && Number(t.text) <= 31) {
    // "6 March 2022", "24th of February"
    let j = i + 1;
    if (/^(?:st|nd|rd|th)$/.test(wordAt(tokens, j)) && adjacent(t, tokens[j])) j++;
    if (wordAt(tokens, j) === 'of') j++;
    if (isCapitalised(tokens[j]) && MONTHS.has(tokens[j].lower) && tokens[j].lower !== 'may') {
      j++;
      if (tokens[j]?.type === 'num' && /^\d{4}$/.test(tokens[j].text)) j++;
      return j;
    }
  }
  const clock = skipClockSuffix(tokens, i + 1);
  return clock > i + 1 ? clock : i;
}

/** Index past a clock suffix ("a.m.", "PM", "GMT", "o'clock") starting at j; j when there is none. */
function skipClockSuffix(tokens: Token[], j: number): number {
  const w = wordAt(tokens, j);
  if (CLOCK_WORDS.has(w)) return j + 1;
  if ((w === 'a' || w === 'p') && tokens[j + 1]?.text === '.' && wordAt(tokens, j + 2) === 'm') {
    return tokens[j + 3]?.text === '.' ? j + 4 : j + 3;
  }
  if (w === 'local' && wordAt(tokens, j + 1) === 'time') return j + 2;
  return j;
}

// ---- the number itself ----------------------------------------------------------------------

/**
 * The value of a fraction typed as "1/2" or "3/4" at tokens[i..i+2], or null ("1/21/2014" is a date).
 * The fraction slash ("1⁄2", U+2044) means nothing else, so pages that set the numbers apart ("3 1⁄ 2 years") are read too.
 */
function typedFractionAt(tokens: Token[], i: number): number | null {
  const [numerator, slash, denominator, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (numerator?.type !== 'num' || (slash?.text !== '/' && slash?.text !== '\u2044') || denominator?.type !== 'num') return null;
  const near = (a: Token, b: Token): boolean => adjacent(a, b) || (slash.text === '\u2044' && b.start - a.end === 1);
  if (!near(numerator, slash) || !near(slash, denominator) || (after?.text === '/' && adjacent(denominator, after))) return null;
  const [n, d] = [Number(numerator.text), Number(denominator.text)];
  return /^\d$/.test(numerator.text) && /^(?:2|3|4|8)$/.test(denominator.text) && n < d ? n / d : null;
}

/** The number starting at token i (digits, words, "a dozen", "hundreds of"), or null. */
function parseCore(tokens: Token[], i: number): Core | null {
  const t = tokens[i];
  if (!t || t.masked) return null;
  // "½ mile" (in "172 ½ years" the half belongs to the number before it)
  const fraction = VULGAR_FRACTIONS.get(t.text);
  if (fraction !== undefined) {
    return tokens[i - 1]?.type === 'num' && t.start - tokens[i - 1].end <= 1 ? null
      : { first: i, next: i + 1, value: fraction, ordinal: false, digits: true, qualifier: null };
  }
  if (t.type === 'num') {
    let value = digitValue(t.text);
    if (value === null) return null;
    let next = i + 1;
    let ordinal = false;
    if (/^(?:st|nd|rd|th)$/.test(wordAt(tokens, next)) && adjacent(t, tokens[next])) {
      ordinal = true;
      next++;
    }
    // "1½ feet", "172 ½ years"
    const part = VULGAR_FRACTIONS.get(tokens[next]?.text ?? '');
    if (!ordinal && part !== undefined && tokens[next].start - t.end <= 1) {
      value += part;
      next++;
    }
    // "1 1/2-story home", "2 1/2 hours": a fraction typed with a slash after the whole number
    const typed = !ordinal && /^\d+$/.test(t.text) ? typedFractionAt(tokens, next) : null;
    if (typed !== null && tokens[next].start - t.end === 1) {
      value += typed;
      next += 3;
    }
    return { first: i, next, value, ordinal, digits: true, qualifier: null };
  }
  if (t.type !== 'word') return null;
  const w = t.lower;
  // "hundreds of", "tens of thousands", "dozens of": a vague amount
  if (VAGUE_PLURALS.has(w) && wordAt(tokens, i + 1) === 'of') {
    const inner = wordAt(tokens, i + 2);
    const next = (inner === 'thousands' || inner === 'millions' || inner === 'billions') ? i + 3 : i + 1;
    return { first: i, next, value: null, ordinal: false, digits: false, qualifier: null };
  }
  // "Hundreds gathered", "where dozens were injured", "deportations for millions": a vague number on its own
  if (BARE_VAGUE.has(w) && tokens[i - 1]?.type !== 'num' && !isNumberWord(wordAt(tokens, i - 1))) {
    return { first: i, next: i + 1, value: null, ordinal: false, digits: false, qualifier: null };
  }
  // "a couple of years", "a couple days": about two, told vaguely
  // (not "a couple of his friends": a part of a group no one counts)
  const coupleOf = wordAt(tokens, i + 2) === 'of' && !/^(?:the|his|her|their|its|these|those|them|my|our|your)$/.test(wordAt(tokens, i + 3));
  if (w === 'a' && wordAt(tokens, i + 1) === 'couple' && (coupleOf || isPlural(wordAt(tokens, i + 2)))) {
    return { first: i, next: coupleOf ? i + 3 : i + 2, value: null, ordinal: false, digits: false, qualifier: 'a couple of' };
  }
  // "over the next couple of weeks", "the past couple of days"
  if (w === 'couple' && /^(?:next|last|past|first)$/.test(wordAt(tokens, i - 1)) && wordAt(tokens, i + 1) === 'of') {
    return { first: i, next: i + 2, value: null, ordinal: false, digits: false, qualifier: 'a couple of' };
  }
  // "a pair of tweets": two (not "a pair of reading glasses": one thing); "a trio of nations": three
  const set = w === 'a' && wordAt(tokens, i + 2) === 'of' ? SET_WORDS.get(wordAt(tokens, i + 1)) : undefined;
  if (set !== undefined && !(set === 2 && [3, 4, 5].some((k) => PAIRED_THINGS.has(wordAt(tokens, i + k))))) {
    return { first: i, next: i + 3, value: set, ordinal: false, digits: false, qualifier: null };
  }
  // "several hundred", "a few thousand": vague too
  const fewAt = w === 'several' ? i + 1 : w === 'a' && wordAt(tokens, i + 1) === 'few' ? i + 2 : -1;
  if (fewAt > 0 && (SCALE_WORDS.has(wordAt(tokens, fewAt)) || wordAt(tokens, fewAt) === 'dozen')) {
    return { first: i, next: fewAt + 1, value: null, ordinal: false, digits: false,
      qualifier: w === 'several' ? 'several' : 'a few' };
  }
  // "half a million", "a half-million", "half a dozen"
  const halfOf = wordAt(tokens, i + 2) === 'dozen' ? 12 : SCALE_WORDS.get(wordAt(tokens, i + 2));
  if (w === 'half' && (wordAt(tokens, i + 1) === 'a' || tokens[i + 1]?.text === '-') && halfOf !== undefined) {
    return { first: i, next: i + 3, value: 0.5 * halfOf, ordinal: false, digits: false, qualifier: null };
  }
  // "a thousand", "a dozen", "a million"
  if ((w === 'a' || w === 'an') && (isBigScale(wordAt(tokens, i + 1)) || wordAt(tokens, i + 1) === 'dozen')) {
    const words = parseNumberWords(tokens, i + 1, 1);
    if (words) return { ...words, first: i };
  }
  // "over a decade", "a half-century", "half an hour", "an hour and a half": a length whose unit or
  // half says a number. "A" alone before a unit ("a month ago", "about a year", "an additional year",
  // "about a mile away") is an article, not a figure. Not in a rate ("$600 a year", "twice a month")
  // or a compound ("a decade-long feud").
  if (w === 'a' || w === 'an' || w === 'half') {
    // "an additional decade", "a half hour", "half an hour", "a quarter hour"
    const quarter = w !== 'half' && wordAt(tokens, i + 1) === 'quarter';
    const extra = /^(?:additional|extra|full|half)$/.test(wordAt(tokens, i + 1)) || quarter || (w === 'half' && /^an?$/.test(wordAt(tokens, i + 1)));
    // "a half-century", "a half-hour", "a quarter-mile"
    const hyphened = extra && /^(?:half|quarter)$/.test(wordAt(tokens, i + 1)) && tokens[i + 2]?.text === '-';
    const unitAt = hyphened ? i + 3 : extra ? i + 2 : i + 1;
    const half = w === 'half' || wordAt(tokens, i + 1) === 'half';
    const saysNumber = half || quarter || YEARS_IN_UNIT.has(wordAt(tokens, unitAt)) || andAHalf(tokens, unitAt + 1);
    const units = half || quarter ? PART_OF_UNITS : ONE_OF_UNITS;
    if ((w !== 'half' || extra) && saysNumber && units.has(wordAt(tokens, unitAt)) && tokens[unitAt + 1]?.text !== '-' && !isRate(tokens, i)) {
      return { first: i, next: unitAt, value: half ? 0.5 : quarter ? 0.25 : 1, ordinal: false, digits: false, qualifier: null };
    }
  }
  if (w === 'half' && isHalfShare(tokens, i)) {
    return { first: i, next: i + 1, value: 0.5, ordinal: false, digits: false, qualifier: null, share: true };
  }
  // "a third of the members", "about a quarter were singled out", "cut by nearly a third" (not "a
  // third term", "a quarter of a mile", "by a third party")
  const part = w === 'a' ? FRACTION_WORDS.get(wordAt(tokens, i + 1)) : undefined;
  if (part !== undefined && part > 2 && !wordAt(tokens, i + 1).endsWith('s') && tokens[i + 2]?.text !== '-') {
    const after = wordAt(tokens, i + 2);
    const ofSomething = after === 'of' && !/^(?:an?|one)$/.test(wordAt(tokens, i + 3));
    const qualifier = qualifierBefore(tokens, i);
    const by = (qualifier?.[0] ?? i) - 1;
    const changedBy = wordAt(tokens, by) === 'by' && CHANGE_VERBS.test(wordAt(tokens, by - 1))
      && (tokens[i + 2]?.type !== 'word' || /^(?:for|in|over|since|from|this|last|next|and|or)$/.test(after));
    if (ofSomething || changedBy || (qualifier !== null && /^(?:were|was|are|is|have|had)$/.test(after)))
      return { first: i, next: i + 2, value: 1 / part, ordinal: false, digits: false, qualifier: null, share: true };
  }
  if (w === 'zero' && countsZero(tokens, i)) return { first: i, next: i + 1, value: 0, ordinal: false, digits: false, qualifier: null };
  if (!isNumberWord(w) && !ORDINAL_WORDS.has(w)) return null;
  return parseNumberWords(tokens, i, 0);
}

/** Verbs of a change that "by" measures ("cut by nearly a third", "fell by a quarter"). */
const CHANGE_VERBS = /^(?:cut|cuts|reduced?|reduces|slashed|trimmed|lowered|raised|boosted|rose|risen|rises?|fell|fallen|falls?|dropped|drops?|declined?|declines|decreased?|increased?|increases|grew|grown|grows?|shrank|shrunk|shrinks?|jumped|climbed|soared|plunged|plummeted)$/;

/**
 * Whether "half" at token i is a share: "half of them", "half the country", "nearly half", "the
 * other half"; not "half-hearted", "half joking", "an hour and a half", "more than half a century",
 * "half of a percentage point", "the lower half of his body".
 */
function isHalfShare(tokens: Token[], i: number): boolean {
  const next = wordAt(tokens, i + 1), before = wordAt(tokens, i - 1);
  if (tokens[i + 1]?.text === '-' || /^(?:an?|and)$/.test(next)) return false;
  if (next === 'of' && /^(?:an?|one)$/.test(wordAt(tokens, i + 2))) return false;
  if (/^(?:a|first|second|lower|upper|top|bottom|front|back|latter|northern|southern|eastern|western)$/.test(before)) return false;
  return /^(?:of|the)$/.test(next) || qualifierBefore(tokens, i) !== null || before === 'other';
}

/**
 * Whether "zero" at token i counts the plural after it, past initials and one adjective: "zero
 * fatal attacks", "zero IRS higher-ups", "zero people"; not "zero tolerance policies", "zero
 * interest rates", "net zero emissions", "zero-sum".
 */
function countsZero(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.text === '-' || wordAt(tokens, i - 1) === 'net') return false;
  let j = i + 1;
  while (tokens[j]?.type === 'word' && /^\p{Lu}{2,}$/u.test(tokens[j].text)) j++;
  // a hyphenated compound as one word ("higher-ups")
  const nounAt = (k: number): string => (tokens[k + 1]?.text === '-' && adjacent(tokens[k], tokens[k + 1]) ? `${wordAt(tokens, k)}-${wordAt(tokens, k + 2)}` : wordAt(tokens, k));
  const counted = (k: number): boolean => tokens[k]?.type === 'word' && isPlural(nounAt(k)) && !/^\p{Lu}/u.test(tokens[k].text);
  return counted(j) || (ADJECTIVE_ENDING.test(wordAt(tokens, j)) && counted(j + 1));
}

/** Endings of adjectives that may stand between a number and its noun ("fatal", "dangerous", "violent"). */
const ADJECTIVE_ENDING = /(?:al|ful|ous|ive|ic|able|ible|ent|ant)$/;

/** Whether "and a half" starts at token i. */
const andAHalf = (tokens: Token[], i: number): boolean =>
  wordAt(tokens, i) === 'and' && wordAt(tokens, i + 1) === 'a' && wordAt(tokens, i + 2) === 'half';

/** Words for a set of so many: "a pair of tweets", "a trio of nations". */
const SET_WORDS: ReadonlyMap<string, number> = new Map([['pair', 2], ['trio', 3], ['quartet', 4]]);

/** Things that come as a pair: "a pair of glasses" is one. */
const PAIRED_THINGS = new Set(['glasses', 'sunglasses', 'pants', 'trousers', 'jeans', 'shorts', 'shoes', 'boots', 'sneakers',
  'socks', 'gloves', 'scissors', 'handcuffs', 'binoculars', 'earrings', 'goggles', 'headphones']);

/** Vague plurals that count on their own, without "of" ("tens" and "scores" seldom do). */
const BARE_VAGUE = new Set(['dozens', 'hundreds', 'thousands', 'millions']);

const ONE_OF_UNITS = new Set(['century', 'decade', 'year', 'month', 'hour', 'mile']);
/** Units "half a" or "a quarter-" says a number of: those of time and distance, and weights and volumes ("half a pound", "a quarter-inch"). */
const PART_OF_UNITS = new Set([...ONE_OF_UNITS, 'pound', 'ounce', 'gram', 'kilogram', 'ton', 'gallon', 'acre', 'inch', 'kilometer']);
const YEARS_IN_UNIT = new Map([['decade', 10], ['decades', 10], ['century', 100], ['centuries', 100]]);
/** Whether "a year" at token i makes a rate of an amount just before it: "$600 a year", "200,000 workers a year", "twice a month". */
function isRate(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= i - 3 && j >= 0 && !isBoundary(tokens[j]); j--) {
    const t = tokens[j];
    if (t.type === 'num' || isNumberWord(t.lower) || SCALE_WORDS.has(t.lower) || /^(?:twice|once|dozens|hundreds|thousands|millions)$/.test(t.lower)) return true;
  }
  return false;
}

const isBigScale = (w: string): boolean => w === 'hundred' || w === 'thousand' || w === 'million' || w === 'billion'
  || w === 'trillion';

/** "twenty-five thousand", "one hundred and two", "eleventh" from token i; `seed` is a leading "a" (1). */
function parseNumberWords(tokens: Token[], i: number, seed: number): Core | null {
  let total = 0;
  let current = seed;
  let j = i;
  let last: 'none' | 'unit' | 'tens' | 'scale' = seed ? 'unit' : 'none';
  let ordinal = false;
  for (;;) {
    const w = wordAt(tokens, j);
    if (UNIT_WORDS.has(w) && (last === 'none' || last === 'tens' || last === 'scale')) {
      current += UNIT_WORDS.get(w)!;
      last = 'unit';
    } else if (TENS_WORDS.has(w) && (last === 'none' || last === 'scale')) {
      current += TENS_WORDS.get(w)!;
      last = 'tens';
    } else if (ORDINAL_WORDS.has(w) && last !== 'unit') {
      current += ORDINAL_WORDS.get(w)!;
      ordinal = true;
      j++;
      break;
    } else if ((w === 'hundred' || w === 'dozen') && last !== 'none' && last !== 'scale') {
      current = current * (w === 'hundred' ? 100 : 12);
      last = 'scale';
    } else if (isBigScale(w) && last !== 'none') {
      total += (current || 1) * SCALE_WORDS.get(w)!;
      current = 0;
      last = 'scale';
    } else if (w === 'and' && last === 'scale' && isNumberWord(wordAt(tokens, j + 1))) {
      // "one hundred and twenty"
    } else if (tokens[j]?.text === '-' && last === 'tens' && adjacent(tokens[j - 1], tokens[j])
      && (UNIT_WORDS.has(wordAt(tokens, j + 1)) || ORDINAL_WORDS.has(wordAt(tokens, j + 1)))) {
      // "twenty-five", "twenty-first"
    } else if (tokens[j]?.text === '-' && last === 'unit' && adjacent(tokens[j - 1], tokens[j])
      && (isBigScale(wordAt(tokens, j + 1)) || wordAt(tokens, j + 1) === 'dozen')) {
      // "One-hundred candidates", "two-thousand", "two-dozen"
    } else break;
    j++;
  }
  if (j === i) return null;
  return { first: i, next: j, value: total + current, ordinal, digits: false, qualifier: null };
}

// ---- whether a number is a figure at all ----------------------------------------------------

/** True when the digits at token i belong to a name, code, address or similar ("COVID-19", "F-16", "4G"). */
function isPartOfName(tokens: Token[], core: Core): boolean {
  const i = core.first;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const after = tokens[core.next];
  // "his $22,000,000 Report": an amount of money is counted, whatever follows it
  if (prev && CURRENCY_PREFIXES.has(prev.lower) && adjacent(prev, t)) return false;
  // letters or a dot glued to the digits: "MH17", "G20", ".40"
  if (adjacent(prev, t) && (prev.type === 'word' || prev.text === '.' || prev.text === '#' || prev.text === '/')) {
    return true;
  }
  if (prev?.text === '-' && adjacent(prev, t) && adjacent(tokens[i - 2], prev)) {
    return true; // "COVID-19", "I-95", "AR-15"; after a number, a score ("won 110-98"; vote tallies are read before this)
  }
  if (after?.text === '/' && adjacent(tokens[core.next - 1], after)) return true; // "24/7", "9/11"
  // "401-k", "3-D", "4-H": one letter hyphenated to the number
  const letter = tokens[core.next + 1];
  if (after?.text === '-' && adjacent(tokens[core.next - 1], after) && adjacent(after, letter) && letter.type === 'word'
    && /^\p{L}(?:['’]s)?$/u.test(letter.text) && tokens[core.next + 2]?.text !== '-') return true;
  const glued = adjacent(tokens[core.next - 1], after) && after.type === 'word' ? after.lower : '';
  if (glued && !core.ordinal && !SCALE_WORDS.has(glued) && !MONEY_SCALE_LETTERS.has(glued)
    && !MEASURE_UNITS.has(glued)) {
    return true; // "4G", "3D", "1990s"
  }
  // "Image 8 of 10 San Antonio police investigate": a caption's numbering
  if (prev?.type === 'word' && prev.lower === 'of' && tokens[i - 2]?.type === 'num' && CAPTION_WORDS.has(wordAt(tokens, i - 3))) return true;
  // "No. 2", "Section 8", "Boeing 737"
  if (prev?.text === '.' && wordAt(tokens, i - 2) === 'no') return true;
  if (prev?.type === 'word' && isCapitalised(prev) && NAME_PREFIXES.has(prev.lower) && !prev.titleLine) return true;
  // Any capitalised word before the number, in running text ("Action News 5", "Windows 10"); a
  // function word starts a sentence after a dateline dash instead ("YONKERS – A 4-year-old girl");
  // not a count of blows after a name ("shot Edwards 3 times"), nor a time that passed ("met Rashid 40 years earlier")
  // (nor a word that opens a sentence after a quotation: "“Hello.” Anyone 21 or older may buy it")
  const afterQuotedSentence = /^[”"’']$/.test(tokens[i - 2]?.text ?? '') && isBoundary(tokens[i - 3]);
  const timePassed = TIME_UNITS.has(wordAt(tokens, core.next)) && TIME_PASSED.test(wordAt(tokens, core.next + 1));
  if (prev?.type === 'word' && isCapitalised(prev) && !t.titleLine && !isBoundary(tokens[i - 2]) && !afterQuotedSentence && wordAt(tokens, core.next) !== 'times' && !timePassed
    && !POSSESSIVE.test(prev.text) && !isBoundary(prev) && !STOP_WORDS.has(prev.lower)) {
    return true;
  }
  // A station's call letters start its name even after a colon: "(Source: WAVE 3 News)"
  if (prev?.type === 'word' && prev.text.length >= 3 && prev.text === prev.text.toUpperCase()
    && isCapitalised(after) && !t.titleLine && !after.titleLine) return true;
  // In captions and headlines too, "125th Season Gala" names an event; "12th Day" still counts days
  if (core.ordinal && isCapitalised(after) && !ORDINAL_SERIES_NOUNS.has(after.lower)) return true;
  // "911 call": the emergency number
  if (t.text === '911') return true;
  // Address: "1200 Elm Street", "2500 block of", "the 200-block of" (a "12-block area" is a size)
  if (!core.ordinal && (wordAt(tokens, core.next) === 'block'
    || (after?.text === '-' && wordAt(tokens, core.next + 1) === 'block' && wordAt(tokens, core.next + 2) === 'of'))) return true;
  if (isCapitalised(after) && !t.titleLine && initialsEnd(tokens, core.next) === core.next) {
    for (let j = core.next; j < core.next + 4 && j < tokens.length; j++) {
      if (!isCapitalised(tokens[j]) && tokens[j].text !== '.') break;
      if (STREET_WORDS.has(tokens[j].lower)) return true;
    }
    // "5th Avenue", "2nd Amendment" (read before this, see `seatNumberAt`); "5 Americans" and "3 Israeli soldiers" stay figures
    if (core.ordinal) return true;
    // "13 Angry Democrats", "40 Senate Democrats": a capitalised group after one capitalised word counts
    // ("7 Action News" is a station)
    const group = tokens[core.next + 1];
    const groupOfTwo = group?.type === 'word' && isCapitalised(group) && isPlural(group.lower) && group.lower !== 'news' && !isCapitalised(tokens[core.next + 2]);
    // "16 House-passed measures": a compound that modifies a noun; "the 5 Freeway to", "the 137 Bar and Grill": a
    // name before a function word (not a people's: "1 American was killed")
    // (a place after "the" or before "and" and another name; not a people, "1 Marine was killed", nor what happened, "2 Killed in")
    const place = wordAt(tokens, core.first - 1) === 'the' || (wordAt(tokens, core.next + 1) === 'and' && isCapitalised(tokens[core.next + 2]));
    const readsAsCount = tokens[core.next + 1]?.type === 'word' && !isCapitalised(tokens[core.next + 1])
      && (!STOP_WORDS.has(tokens[core.next + 1].lower) || !place || DEMONYM_ENDING.test(after.lower) || EVENT_WORDS.has(after.lower));
    if (!/s$/.test(after.text) && !readsAsCount
      && capitalisedModifiersEnd(tokens, core.next) === core.next && !groupOfTwo && !opensLowerCompound(tokens, core.next)) {
      return true;
    }
  }
  return false;
}

/** The marks that close a quotation opened by each mark (120 ‘dreamers’, 120 'dreamers'). */
const CLOSING_MARK: ReadonlyMap<string, string> = new Map([['“', '”"'], ['"', '"”'], ['‘', '’\''], ["'", "'’"]]);

/** Subjects and auxiliaries before a percentage that says how much someone does something ("I 100 percent support it"). */
const DEGREE_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'would', 'will', 'could', 'should', 'can', 'must', 'might', 'not', 'still']);

/** Verbs of a blow after which "once" counts it ("shot once", "struck once", "hitting him once"). */
const BLOWS = new Set(['shot', 'hit', 'struck', 'stabbed']);
const BLOWS_IN_PROGRESS = new Set(['shooting', 'hitting', 'striking', 'stabbing']);

/**
 * Whether "one" before `noun` counts it ("charged with one count of murder", "one bullet struck",
 * "only one photo"). Not after "no", "the" or "any" ("no one else", "the one thing"), not before a
 * verb ("no one knows"), not in turns of phrase ("one day", "on one hand"), and not for someone
 * who speaks ("one official said", "one neighbor recalled": a source, not a count).
 */
function countsOne(tokens: Token[], first: number, next: number, noun: string): boolean {
  if (!noun || ONE_IDIOM_NOUNS.has(noun) || ONE_IDIOM_NOUNS.has(wordAt(tokens, first + 1)) || /[^su']s$|ed$/.test(noun)) return false;
  // "One former senior congressional staffer, who asked for anonymity": the noun may come later;
  // "one he'd seemed confident he'd win" is a pronoun before a clause
  for (let j = first + 1; j <= next + 1; j++) if (ONE_AS_SOMEONE.has(wordAt(tokens, j))) return false;
  if (/^(?:he|she|they|we|i|you|it)(?:['’]\w+)?$/.test(wordAt(tokens, first + 1))) return false;
  // "the number one goal" is a rank, "a two-to-one margin" a ratio
  return !/^(?:no|the|any|every|each|that|this|which|number)$/.test(wordAt(tokens, first - 1))
    && !(tokens[first - 1]?.text === '-' && tokens[first - 1].end === tokens[first].start);
}

const ONE_IDIOM_NOUNS = new Set(['day', 'time', 'minute', 'moment', 'thing', 'way', 'side', 'hand', 'point', 'reason', 'kind',
  'sort', 'type', 'night', 'morning', 'afternoon', 'evening', 'word', 'example', 'instance', 'end', 'level', 'step', 'second',
  'question', 'voice', 'else', 'closer', 'another', 'other', 'cannot', 'soon', 'clear', 'top', 'young', 'senior', 'former',
  'single', 'sense']);
/** Words after a length of time that make it a time that passed: "40 years earlier", "one day after". */
const TIME_PASSED = /^(?:later|earlier|ago|after|before)$/;
/** Whether the words after a length of time make it a distance in time: "one week away", "one day removed", "one day out from the shooting" (not "one day out in the field"). */
const timeApartAt = (tokens: Token[], j: number): boolean =>
  /^(?:away|removed)$/.test(wordAt(tokens, j)) || (wordAt(tokens, j) === 'out' && wordAt(tokens, j + 1) === 'from');
/** Verbs of a time spent: "spend one night", "the storm lasted one day". */
const STAY_VERBS = new Set(['spend', 'spends', 'spent', 'spending', 'stay', 'stays', 'stayed', 'staying', 'last', 'lasts', 'lasted', 'lasting']);
const ONE_AS_SOMEONE = new Set(['official', 'source', 'neighbor', 'neighbour', 'reporter', 'friend', 'adviser', 'advisor', 'aide',
  'expert', 'analyst', 'observer', 'user', 'insider', 'critic', 'supporter', 'lawmaker', 'senator', 'relative', 'commenter',
  'staffer', 'strategist', 'participant', 'attendee', 'police', 'independent', 'commentator', 'blogger', 'lobbyist']);

/** Words that number the items of a gallery or a list: "Image 8 of 10". */
const CAPTION_WORDS = new Set(['image', 'photo', 'picture', 'slide', 'page', 'part', 'video', 'item', 'step', 'chapter', 'caption']);

/**
 * Whether the digits at token i are one side of a vote tally ("voted 25-6", "passed 234-193", "a
 * 50-48 vote", "a 134-to-63 vote", "won, 134 to 63"): two whole numbers joined by a hyphen, "-to-"
 * or "to", with a word of voting just before or after, or after a win set off by a comma.
 */
function isTallySide(tokens: Token[], i: number): boolean {
  // "234-193", "134-to-63", or "228 to 191" (the winning side first: "from 10 to 15" is a range,
  // "from 52 to 51" a change); the index of the second side, or -1
  const side = (a: number) => tokens[a]?.type === 'num' && /^\d{1,3}$/.test(tokens[a].text);
  const glued = (a: number, b: number) => tokens.slice(a, b).every((t, k) => adjacent(t, tokens[a + k + 1]));
  const secondSide = (a: number): number => {
    if (!side(a)) return -1;
    if (tokens[a + 1]?.text === '-' && side(a + 2) && glued(a, a + 2)) return a + 2;
    const worded = tokens[a + 1]?.text === '-' && wordAt(tokens, a + 2) === 'to' && tokens[a + 3]?.text === '-' && side(a + 4) && glued(a, a + 4);
    if (worded && Number(tokens[a].text) > Number(tokens[a + 4].text)) return a + 4;
    return wordAt(tokens, a + 1) === 'to' && side(a + 2) && Number(tokens[a].text) > Number(tokens[a + 2].text) && wordAt(tokens, a - 1) !== 'from' ? a + 2 : -1;
  };
  const first = secondSide(i) >= 0 ? i : [i - 2, i - 4].find((a) => a >= 0 && secondSide(a) === i) ?? -1;
  const last = first < 0 ? -1 : secondSide(first);
  if (first < 0 || tokens[last + 1]?.text === '-') return false;
  const after = wordAt(tokens, last + 1);
  if (VOTE_WORDS.has(after)) return !(after === 'decision' || after === 'ruling') || !isContestResult(tokens, first, last + 1);
  // before it, within its phrase: "voted 25-6", "approved the plan 234-193", "a vote of 240-187"
  // "Pelosi won, 134 to 63", "in a narrow victory, 98 to 96": a win whose tally is set off by a
  // comma ("the Lakers won 110-98" is a score)
  const setOff = tokens[first - 1]?.text === ',';
  if (setOff && wordAt(tokens, first + 1) === 'to' && /^(?:won|victory)$/.test(wordAt(tokens, first - 2))) return true;
  const before = setOff ? first - 2 : first - 1;
  for (let j = before; j >= before - 2 && j >= 0; j--) {
    const w = wordAt(tokens, j);
    if (VOTE_WORDS.has(w)) return true;
    if (!w || TALLY_PHRASE_ENDS.has(w)) return false;
  }
  return false;
}

/**
 * Whether the decision at tokens[noun], after a tally starting at tokens[first], is a game's or a
 * fight's: "The Bruins dropped a 4-3 decision to Montreal", "won a 2-1 decision over Toronto".
 */
function isContestResult(tokens: Token[], first: number, noun: number): boolean {
  const next = wordAt(tokens, noun + 1);
  if (next === 'over' || (next === 'to' && isCapitalised(tokens[noun + 2]))) return true;
  for (let j = first - 1; j >= first - 3 && j >= 0; j--) if (/^(?:won|wins|lost|loses|dropped|drops|earned|took|suffered|claimed)$/.test(wordAt(tokens, j))) return true;
  return false;
}

const TALLY_PHRASE_ENDS = new Set(['after', 'before', 'and', 'but', 'than', 'while', 'with', 'for', 'in', 'at', 'when']);

const VOTE_WORDS = new Set(['vote', 'votes', 'voted', 'voting', 'passed', 'approved', 'margin', 'tally', 'rejected',
  'confirmed', 'defeated', 'adopted', 'ballot', 'roll', 'majority', 'split', 'decision', 'ruling', 'ruled']);

/** The qualifier right before token i ("more than", "At least"), as [first token, lowercase text]. */
function qualifierBefore(tokens: Token[], i: number): [number, string] | null {
  for (const words of QUALIFIERS) {
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[first + k].lower === words[k];
    if (ok) return [first, words.join(' ')];
  }
  return null;
}

// ---- what the figure counts -----------------------------------------------------------------

/** An event word near the figure: where it is, and which event it reports. */
interface EventHit {
  at: number;
  event: EventKind;
  /** "killed and wounded", "killed or injured": the figure is a total of both. */
  both: boolean;
}

function eventAt(tokens: Token[], j: number): EventKind | undefined {
  const event = tokens[j]?.type === 'word' ? EVENT_WORDS.get(tokens[j].lower) : undefined;
  if (event !== 'shot') return event;
  // "shot dead", "fatally shot", "shot and killed" report deaths; "shot and wounded" the wounded
  const after = wordAt(tokens, j + 1) === 'and' ? wordAt(tokens, j + 2) : wordAt(tokens, j + 1);
  if (after === 'dead' || after === 'killed' || wordAt(tokens, j - 1) === 'fatally' || saysDeath(tokens, j + 1)) return 'killed';
  if (EVENT_WORDS.get(after) === 'wounded') return 'wounded';
  return event;
}

/**
 * A clause that says its subject died starts at tokens[k]: "died", "later died", "were killed", "had been fatally shot"
 * (not "had killed a guard": the subject killed).
 */
function diesAt(tokens: Token[], k: number): boolean {
  let j = k;
  while (j - k < 3 && /^(?:later|also|all|both|eventually)$/.test(wordAt(tokens, j))) j++;
  if (DIED.test(wordAt(tokens, j))) return true;
  j = passiveParticipleAt(tokens, j);
  if (j < 0) return false;
  if (wordAt(tokens, j) === 'fatally') j++;
  return eventAt(tokens, j) === 'killed';
}

const DIED = /^(?:died|perished)$/;

/** Where the participle is when a passive starts at tokens[k] ("were killed", "had been shot"); -1 when none does. */
function passiveParticipleAt(tokens: Token[], k: number): number {
  if (/^(?:have|has|had)$/.test(wordAt(tokens, k)) && wordAt(tokens, k + 1) === 'been') return k + 2;
  return /^(?:were|was|are|is)$/.test(wordAt(tokens, k)) ? k + 1 : -1;
}

/** "dead" or "to death" at tokens[k]: the shooting before it killed ("shot dead", "shot four people to death"). */
function saysDeath(tokens: Token[], k: number): boolean {
  return wordAt(tokens, k) === 'dead' || (wordAt(tokens, k) === 'to' && wordAt(tokens, k + 1) === 'death');
}

/** "killed and wounded": the event at j joined to another event by and/or, looking in `dir`. */
function pairedEvent(tokens: Token[], j: number, dir: 1 | -1): boolean {
  const conj = wordAt(tokens, j + dir);
  if (conj !== 'and' && conj !== 'or') return false;
  // "shot two people dead and wounded two others": "dead" tells of the people before
  if (dir === -1 && wordAt(tokens, j - 2) === 'dead') return false;
  // only killed-and-wounded makes a total; "shot and wounded" is still the wounded
  const pair = new Set([eventAt(tokens, j), eventAt(tokens, j + 2 * dir)]);
  return pair.has('killed') && pair.has('wounded');
}

/** An event verb right before the figure ("killed one person and wounded eight others"). */
function eventJustBefore(tokens: Token[], first: number): EventHit | null {
  // "he gunned down 49 patrons"
  const at = wordAt(tokens, first - 1) === 'down' && wordAt(tokens, first - 2) === 'gunned' ? first - 2 : first - 1;
  const event = eventAt(tokens, at);
  return event ? { at, event, both: event === 'casualties' || pairedEvent(tokens, at, -1) } : null;
}

/** Verbs whose object a count joined by "and" can be ("shot his wife and four children"). */
const OBJECT_VERBS = new Set(['killed', 'kills', 'shot', 'shoots', 'wounded', 'wounds', 'injured', 'injures', 'murdered', 'stabbed']);
/** Words that end the object of such a verb: what follows is no longer what was hit ("injured in the attack and two others"). */
const OBJECT_ENDS = new Set(['in', 'at', 'on', 'by', 'during', 'after', 'before', 'from', 'with', 'inside', 'near', 'of', 'as', 'while']);
/** Lower-case words after an object that go on with the clause, not a verb of the object's own ("and six adults and wounded two"). */
const CLAUSE_GOES_ON = new Set(['and', 'or', 'but', 'including', 'who', 'whose', 'when', 'where', 'outside', 'over', 'since', 'to', 'last', 'this',
  'early', 'late', 'earlier', 'then', 'there', 'here', 'each']);

/**
 * An event verb before another object joined by "and", the figure (tokens[first] to just before
 * `next`): "killed Ambassador Christopher Stevens and three other Americans", "killed 20 children --
 * none of them older than 7 -- and six adults" (the other object a name, a count or a short noun
 * phrase, with no punctuation but the periods of initials, past an aside between dashes). Not when a
 * verb of their own follows the figure: "killed 2 people and 3 officers responded".
 */
function eventBeforeConjunct(tokens: Token[], first: number, next: number): EventHit | null {
  if (wordAt(tokens, first - 1) !== 'and') return null;
  const after = tokens[next];
  if (after?.type === 'word' && !isCapitalised(after) && !OBJECT_ENDS.has(after.lower) && !CLAUSE_GOES_ON.has(after.lower)) return null;
  const objectEnd = asideOpening(tokens, first - 2) - 1;
  for (let j = objectEnd - 1; j >= 0 && objectEnd - j <= 5; j--) {
    const t = tokens[j + 1];
    const initial = t.text === '.' && /^\p{Lu}$/u.test(tokens[j]?.text ?? '');
    // the other object may be a count itself: "killed 20 children and six adults", "killed at least 20
    // children and six adults" (not how often: "shot 3 more times and two people ran")
    const numeric = t.type === 'num' || isNumberWord(t.lower);
    const countAt = j + 1;
    if (numeric) j = (qualifierBefore(tokens, countAt)?.[0] ?? countAt) - 1;
    const count = numeric && OBJECT_VERBS.has(wordAt(tokens, j))
      && !/^times?$/.test(wordAt(tokens, countAt + 1)) && !/^times?$/.test(wordAt(tokens, countAt + 2));
    if (t.type !== 'word' && !initial && !count) return null;
    if (t.type === 'word' && !count && (isNumberWord(t.lower) || eventAt(tokens, j + 1) || OBJECT_ENDS.has(t.lower))) return null;
    if (OBJECT_VERBS.has(tokens[j].lower)) {
      const event = eventAt(tokens, j)!;
      return { at: j, event, both: event === 'casualties' || pairedEvent(tokens, j, -1) };
    }
  }
  return null;
}

/**
 * Whether "of the four", "of the 4" follows at tokens[of]: a whole said by its number, larger than the
 * part (`value`) before it ("three of the four — Ocasio-Cortez, Pressley and Tlaib — were born"; with a
 * noun after the whole, "three of the five people", the part has that noun already).
 */
function ofBareWhole(tokens: Token[], of: number, value: number | null): boolean {
  const whole = wordAt(tokens, of + 1) === 'the' ? numberAt(tokens, of + 2) : null;
  return !!whole && !whole.ordinal && (whole.value ?? 0) > (value ?? Infinity);
}

/** The number written at tokens[j], in digits or words ("five", "117"), or null. */
function numberAt(tokens: Token[], j: number): Core | null {
  return isNumberWord(wordAt(tokens, j)) || tokens[j]?.type === 'num' ? parseCore(tokens, j) : null;
}

/** Where the aside between dashes that tokens[close] closes opens ("20 children -- none older than 7 --"); `close` + 1 when it closes none. */
function asideOpening(tokens: Token[], close: number): number {
  const closing = /^[—–―]$/.test(tokens[close]?.text ?? '') || (tokens[close]?.text === '-' && isAsideDash(tokens, close - 1));
  if (!closing) return close + 1;
  const end = tokens[close].text === '-' ? close - 1 : close;
  for (let k = end - 1; k >= 0 && end - k <= 12 && !isBoundary(tokens[k]); k--) {
    if (isAsideDash(tokens, k)) return k;
  }
  return close + 1;
}

/** The first event word within `limit` tokens from `from` in direction `dir`, inside the clause. */
function findEvent(tokens: Token[], from: number, dir: 1 | -1, limit: number): EventHit | null {
  for (let j = from, n = 0; n < limit && j >= 0 && j < tokens.length; j += dir, n++) {
    // "Five people, including three children, were killed", "Four people, the youngest being 11 years
    // old, were shot", "two men, both 20, were hurt": the aside does not end the clause
    if (dir === 1 && tokens[j].text === ',' && opensAside(tokens, j + 1)) {
      let close = j + 2;
      // ("five people, including a 10-year-old boy and a 13-year-old boy, were shot": an age is five tokens)
      while (close < tokens.length && close - j <= 20 && tokens[close].text !== ',' && !isBoundary(tokens[close])) close++;
      if (close - j <= 20 && tokens[close]?.text === ',') {
        j = close;
        continue;
      }
    }
    // "12 others -- nine males and six females -- were hospitalized": nor does an aside between dashes
    if (dir === 1 && isAsideDash(tokens, j)) {
      const width = tokens[j + 1]?.text === '-' ? 2 : 1;
      let close = j + width;
      while (close < tokens.length && close - j <= 12 && !isAsideDash(tokens, close) && !isBoundary(tokens[close])) close++;
      if (close - j <= 12 && isAsideDash(tokens, close)) {
        j = close + (tokens[close + 1]?.text === '-' ? 1 : 0);
        continue;
      }
    }
    const t = tokens[j];
    if (isBoundary(t) || t.text === ',' || t.type === 'num' || isNumberWord(t.lower)) return null;
    // "three people inside a trailer had been killed", "Two men at the party were wounded": where they
    // were, then what happened to them (not "arrests in the killing")
    if (dir === 1 && j === from && PLACE_PREPOSITIONS.has(t.lower)) {
      let verb = j + 1;
      // (a clause of its own ends the place: "two shootings in which one person was killed")
      while (verb < tokens.length && verb - j <= 6 && tokens[verb].type === 'word' && !AUXILIARIES.has(tokens[verb].lower)
        && !CLAUSE_OPENERS.has(tokens[verb].lower)) verb++;
      // (the event right after it, or after an adverb: "were severely injured", not "had no injuries")
      let eventWordAt = wordAt(tokens, verb + 1) === 'been' ? verb + 2 : verb + 1;
      if (isAdverb(wordAt(tokens, eventWordAt))) eventWordAt++;
      return AUXILIARIES.has(wordAt(tokens, verb)) && eventAt(tokens, eventWordAt) ? findEvent(tokens, verb, 1, 3) : null;
    }
    // After the noun, a preposition starts another phrase: "two men accused of killing", "arrests in the killing"
    if (dir === 1 && FORWARD_STOPS.has(t.lower)) return null;
    // Before the figure, only linking words may stand between it and its event ("the death toll rose to 12")
    if (dir === -1 && !eventAt(tokens, j) && !BACKWARD_LINKS.has(t.lower)) return null;
    const event = eventAt(tokens, j);
    // "two gunmen killing …": after the noun, an active form makes the counted people the agents
    if (event && dir === 1 && AGENT_FORMS.has(t.lower)) return null;
    if (event) return { at: j, event, both: event === 'casualties' || pairedEvent(tokens, j, dir) };
  }
  return null;
}

/** Whether the words at tokens[j] open an aside about the people just counted: "including …", "the youngest …", "both 20". */
function opensAside(tokens: Token[], j: number): boolean {
  const w = wordAt(tokens, j);
  return /^(?:including|both|all|mostly|ages|aged)$/.test(w) || (w === 'the' && /^(?:youngest|oldest|eldest)$/.test(wordAt(tokens, j + 1)));
}

/**
 * What happened to everyone of a list of counted people that the figure (tokens[first] to just
 * before `next`) opens or continues: "two men and a woman were found dead", "One adult male, two
 * adult females, and one child are deceased". Each further item is a count or "a"/"an" and a few
 * words; the last comes after "and", and a verb of the whole list follows it ("two officers, and a
 * bystander was killed" tells of the bystander alone, as a comma before "and" after one item opens
 * a clause of its own: "found two men, and three children were wounded"). Null when no such list
 * and event follow.
 */
function eventAfterList(tokens: Token[], first: number, next: number): EventHit | null {
  let j = next;
  let joined = false;
  // ("One adult male, two adult females, and one child": the figure is an item after another)
  const afterItem = tokens[first - 1]?.text === ',';
  for (let items = 0; items < LIST_ITEMS && !joined; items++) {
    const comma = tokens[j]?.text === ',';
    if (comma) j++;
    if (wordAt(tokens, j) === 'and') {
      if (comma && items === 0 && !afterItem) return null;
      joined = true;
      j++;
    } else if (!comma) return null;
    if (!isNumberWord(wordAt(tokens, j)) && tokens[j]?.type !== 'num' && !/^(?:a|an)$/.test(wordAt(tokens, j))) return null;
    const start = j++;
    // "a small child", "a 67-year-old woman", "two male juveniles"; another count ends the item
    // ("hired two lawyers and a year later four people were killed")
    while (j - start < LIST_ITEM_TOKENS && (tokens[j]?.text === '-' || isListItemWord(tokens, j))) j++;
  }
  return joined && LIST_VERBS.test(wordAt(tokens, j)) ? findEvent(tokens, j, 1, 4) : null;
}

/** Whether tokens[j] may go on an item of a list of people: a word, or a number joined to an age ("67-year-old"). */
function isListItemWord(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t?.type === 'num' || isNumberWord(t?.lower ?? '')) return tokens[j + 1]?.text === '-';
  return t?.type === 'word' && !FORWARD_STOPS.has(t.lower) && !LIST_VERBS.test(t.lower) && !TIME_PASSED.test(t.lower) && !eventAt(tokens, j);
}

/** Items in a list of counted people, and tokens in one item, that `eventAfterList` reads. */
const LIST_ITEMS = 6;
const LIST_ITEM_TOKENS = 8;
/** Verbs that open what happened to all of a list of people. */
const LIST_VERBS = /^(?:were|are|have|had|died)$/;

/**
 * Capitalised plurals that name people by nation, faith or party: "Americans", "Republicans" (in
 * -ans, "Evans" aside), "Democrats", "Catholics", "Israelis", "Latinos".
 */
const PEOPLES = new Set(['democrats', 'catholics', 'muslims', 'jews', 'latinos', 'hispanics', 'israelis', 'iraqis', 'kurds',
  'britons', 'saudis', 'pakistanis', 'yemenis', 'independents', 'conservatives', 'liberals', 'evangelicals', 'mormons',
  'germans', 'progressives', 'dreamers']);
const isPeopleByName = (w: string): boolean => (/ans$/.test(w) && w !== 'evans') || PEOPLES.has(w);
/** Verbs a poll reports people by: "40 percent of Millennials favor it". */
const OPINION_VERBS = new Set(['say', 'said', 'think', 'believe', 'favor', 'favour', 'support', 'oppose', 'want', 'agree', 'disagree',
  'approve', 'disapprove', 'prefer', 'fear', 'expect', 'trust', 'view', 'see', 'feel', 'worry', 'report', 'rate', 'plan', 'consider']);

/** A dash that opens or closes an aside: "—", "–", a horizontal bar "―", or "--" (two hyphens), standing apart from the words. */
function isAsideDash(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t?.text === '—' || t?.text === '–' || t?.text === '―') return true;
  return t?.text === '-' && tokens[j + 1]?.text === '-' && adjacent(t, tokens[j + 1]) && !adjacent(tokens[j - 1], t);
}

/** Prepositions of where counted people were, and the auxiliaries of what then happened to them. */
const PLACE_PREPOSITIONS = new Set(['in', 'inside', 'at', 'near', 'outside']);
const AUXILIARIES = new Set(['were', 'was', 'had', 'have', 'are']);
const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that', 'when', 'where', 'while', 'after', 'before', 'because', 'as', 'and', 'or', 'but', 'if']);
const FORWARD_STOPS = new Set(['of', 'for', 'in', 'with', 'by', 'after', 'from', 'on', 'at', 'to', 'into', 'and',
  'or', 'but', 'as', 'when', 'while', 'before', 'because', 'until']);
const BACKWARD_LINKS = new Set(['of', 'to', 'the', 'a', 'an', 'toll', 'total', 'number', 'rose', 'risen', 'climbed',
  'reached', 'increased', 'stood', 'jumped', 'was', 'is', 'at', 'had', 'has', 'have', 'been', 'which', 'that', 'its',
  'his', 'her', 'their']);
const AGENT_FORMS = new Set(['killing', 'kill', 'kills', 'wounding', 'wound', 'injuring', 'injure']);

/** Events said as adjectives before the people they happened to ("two wounded officers"). */
const EVENT_ADJECTIVES = new Set(['wounded', 'injured', 'dead', 'slain', 'deceased']);

// Nouns that end like adverbs ("four family members" counts members)
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'rally', 'ally', 'anomaly', 'monopoly', 'belly', 'bully']);
const isAdverb = (w: string): boolean => /ly$/.test(w) && !LY_NOUNS.has(w);

/**
 * The noun phrase after a number: up to three content words ("weekend shootings"), with the event
 * its first word says when that word is one ("two wounded officers").
 */
function nounRun(tokens: Token[], from: number): { head: string; words: string[]; next: number; event?: EventKind } | null {
  const words: string[] = [];
  // whether the words so far are a name ("President Barack")
  let namedSoFar = true;
  let event: EventKind | undefined;
  let j = from;
  // "two more senators", "32 million more uninsured people": a count of what follows
  if (tokens[j]?.type === 'word' && tokens[j].lower === 'more' && tokens[j + 1]?.type === 'word' && tokens[j + 1].lower !== 'than') j++;
  // "five U.S. servicemen", "two U.S. military buildings": the country's initials modify the noun
  j = initialsEnd(tokens, j);
  // "25 White House officials", "2 Gaston County officers": capitalised modifiers of a common noun
  let modifiersEnd = capitalisedModifiersEnd(tokens, j);
  let longest = 3 + modifiersEnd - j;
  // "two federal law enforcement officials": a fourth word when it is the plural the third modifies
  let longerForPlural = true;
  while (words.length < longest || (longerForPlural && words.length === longest && isCommonPlural(tokens[j]) && !words.some((w) => /(?:ed|ing)$/.test(w)))) {
    if (words.length === longest) longerForPlural = false;
    const t = tokens[j];
    // … and after a modifier: "two senior White House officials", "two upstate New York villages"
    if (words.length > 0 && j >= modifiersEnd && t && isCapitalised(t)) {
      const more = capitalisedModifiersEnd(tokens, j);
      longest += more - j;
      modifiersEnd = more;
    }
    // Capitalised words in running text are names, except a nationality or group right after the
    // number ("5 Americans", "3 Israeli soldiers", "three dozen House Democrats") or after a modifier
    // ("five senior Missouri Republicans")
    const following = tokens[j + 1];
    const groupFollows = following?.type === 'word' && isCapitalised(following) && /s$/.test(following.text) && !isCapitalised(tokens[j + 2]);
    // ("six Muslim-majority countries", "two Iranian-born men")
    const modifiesNoun = groupFollows || (words.length === 0 && ((following?.type === 'word' && !isCapitalised(following)) || opensLowerCompound(tokens, j)));
    // two “persons of interest”, the seven Democratic House “managers”: a noun in scare quotes
    const quoted = quotedNounAt(tokens, j);
    if (quoted && (words.length === 0 || namedSoFar)) {
      words.push(...quoted.words);
      return { head: quoted.words[0], words, next: quoted.next, event };
    }
    // "almost 30 [bullet] casings": a word an editor put in modifies the noun
    // ("four [officers] fired shots": a plural put in is the noun)
    if (t?.text === '[' && tokens[j + 1]?.type === 'word' && tokens[j + 2]?.text === ']' && tokens[j + 3]?.type === 'word') {
      words.push(tokens[j + 1].lower);
      j += 3;
      if (isPlural(tokens[j - 2].lower) && !isCommonPlural(tokens[j])) break;
      continue;
    }
    if (!t || t.type !== 'word' || (isCapitalised(t) && !t.titleLine && !/s$/.test(t.text) && j >= modifiersEnd && !modifiesNoun))
      break;
    const firstPart = t.lower;
    // another number starts here ("Image 10 of 10 Five shot …")
    // (not a compound opening with an ordinal: "20 first-graders")
    if (isNumberWord(firstPart) || (ORDINAL_WORDS.has(firstPart) && !isOrdinalCompound(tokens, j))) break;
    // "16 short-range missiles", "two semi-automatic rifles", "four off-duty officers": a hyphenated compound is one modifier
    let end = j + 1;
    while (tokens[end]?.text === '-' && adjacent(tokens[end - 1], tokens[end]) && adjacent(tokens[end], tokens[end + 1])
      && tokens[end + 1].type === 'word') end += 2;
    const compound = end > j + 1;
    // ("seven spent shells": a past form that modifies a plural)
    const modifier = words.length === 0 && (compound || (firstPart === 'spent' && isCommonPlural(following)));
    // (an adverb opens a compound: "two early-morning messages"; a day or a month may modify a plural
    // among other capitalised words: "a pair of Sunday Twitter messages", not "killed two Sunday")
    const dated = (MONTHS.has(firstPart) || WEEKDAYS.has(firstPart)) && j >= modifiersEnd;
    // ("two deadly shootings", "two highly respected officers", "two very able public servants": a word
    // in -ly, or "very", right after the number and before the plural it modifies)
    // (after "the two", a group named again, a word in -ly before a verb: "The two briefly exchanged shots")
    const modifiesPlural = words.length === 0 && (isAdverb(firstPart) || firstPart === 'very')
      && modifiesPluralAhead(tokens, j, GROUP_NAMED_BY.has(wordAt(tokens, from - 2)));
    if ((STOP_WORDS.has(firstPart) && !modifier && !modifiesPlural) || firstPart.length < 2 || (isAdverb(firstPart) && !compound && !modifiesPlural) || dated) break;
    // (the adverb takes no place of a noun word: "Two badly damaged police cruisers")
    if (modifiesPlural) longest++;
    // "three children ages 12 and under", "two men aged 20 and 25": their ages follow the noun
    if (words.length > 0 && /^(?:ages|aged)$/.test(firstPart)) break;
    // "at least one suspect late Saturday night": a time after the noun
    if (words.length > 0 && /^(?:late|early)$/.test(firstPart) && (WEEKDAYS.has(following?.lower ?? '') || MONTHS.has(following?.lower ?? ''))) break;
    const w = compound ? tokens.slice(j, end).map((k) => k.lower).join('') : firstPart;
    // "two of the gunman's victims", "seven of President Barack Obama's nominees": a possessive, with
    // the name it ends, is a determiner; the noun comes after it
    // ("two Cook County sheriff's deputies", "two county sheriff's deputies": a place, then whose the plural is)
    if (POSSESSIVE.test(t.text) && (words.length === 0 || (namedSoFar && isCapitalised(t)) || (!isCapitalised(t) && words.length <= 2 && isCommonPlural(following)))) {
      words.length = 0;
      j++;
      continue;
    }
    // "her fourth term representing Minnesota's 6th District": someone else's noun starts here
    if (POSSESSIVE.test(t.text)) break;
    // "two wounded officers", "the two dead men": an event as the first modifier of a plural noun
    // ("two badly wounded hostages": after a word in -ly)
    const eventModifier = words.every((x) => isAdverb(x) || x === 'very') && EVENT_ADJECTIVES.has(w) && isCommonPlural(following);
    if (EVENT_WORDS.has(w) && !EVENT_NOUNS.has(w)) {
      if (!eventModifier) break;
      event = EVENT_WORDS.get(w);
    }
    if (EVENT_NOUNS.has(w) && words.length > 0) break;
    // "one bullet struck an elderly woman": a blow after the noun is its verb
    if (BLOWS.has(w) && words.length > 0) break;
    // "one student opened fire": after one person, a past form is what they did ("two officer involved
    // shootings" is a modifier written without its hyphen)
    if (/ed$/.test(w) && !compound && words.length === 1 && PERSON_NOUNS.has(words[0]) && countsOneBefore(tokens, from)) break;
    // A participle is a modifier only when a noun follows ("masked gunmen"), else it is a verb
    if (/(?:ed|ing)$/.test(w) && !EVENT_NOUNS.has(w) && !compound) {
      const n = tokens[j + 1];
      if (!n || n.type !== 'word' || STOP_WORDS.has(n.lower) || EVENT_WORDS.has(n.lower)) break;
    }
    words.push(w);
    namedSoFar &&= isCapitalised(t);
    j = end;
    // "two police officers" counts officers: a plural before another plural modifies it ("59 percent
    // of Americans say": a people named by nation or party before a word that is no plural noun is the head)
    if (EVENT_NOUNS.has(w) || (isPlural(w) && !isCapitalised(t) && !isCommonPlural(tokens[j]))) break;
    if (isCapitalised(t) && tokens[j]?.type === 'word' && !isCapitalised(tokens[j]) && !isCommonPlural(tokens[j])
      && (isPeopleByName(w) || (isPlural(w) && OPINION_VERBS.has(tokens[j].lower)))) break;
  }
  // an adverb ends no noun phrase: "three covertly [shot videos]" counts nothing
  if (words.length > 0 && (isAdverb(words[words.length - 1]) || words[words.length - 1] === 'very')) return null;
  // a participle ends no noun phrase: "a 13-minute shooting spree spanning …" counts a spree
  while (words.length > 1 && /(?:ed|ing)$/.test(words[words.length - 1]) && !words[words.length - 1].includes('-')) {
    words.pop();
    j--;
  }
  if (words.length === 0) return null;
  return { head: words[words.length - 1], words, next: j, event };
}

/**
 * Whether the word in -ly (or "very") at tokens[j] modifies a plural after it: right before it ("two
 * deadly explosions", "1,129 likely voters"), or before the words that describe it ("highly respected
 * officers", "very able public servants", "officer-involved shootings"); not an adverb of a verb
 * ("The two reportedly exchanged words", "26 likely saved many lives"), nor after a determiner, where
 * the number names a group again and a verb follows ("The two briefly exchanged shots").
 */
function modifiesPluralAhead(tokens: Token[], j: number, afterDeterminer: boolean): boolean {
  if (isCommonPlural(tokens[j + 1])) return true;
  // ("the two badly wounded hostages", "the two heavily armed gunmen", "these three really great people":
  // a past form after "the two" is the verb's unless it is one that describes, "The two briefly exchanged shots")
  const next = wordAt(tokens, j + 1);
  if (afterDeterminer && next.endsWith('ed') && !EVENT_ADJECTIVES.has(next) && !DESCRIBING_PARTICIPLES.has(next)) return false;
  if (VERB_ADVERBS.has(tokens[j].lower)) return false;
  for (let k = j + 1, words = 0; words < 3; k++) {
    const t = tokens[k];
    if (t?.text === '-' && adjacent(tokens[k - 1], t)) continue;
    if (t?.type !== 'word' || isCapitalised(t) || STOP_WORDS.has(t.lower)) return false;
    if (words > 0 && isCommonPlural(t)) return true;
    if (isPlural(t.lower)) return false;
    words++;
  }
  return false;
}

/** Past forms that describe people rather than say what they did: "heavily armed", "highly respected", "newly elected". */
const DESCRIBING_PARTICIPLES = new Set(['armed', 'respected', 'regarded', 'decorated', 'trained', 'skilled', 'qualified', 'elected',
  'appointed', 'educated', 'known', 'born', 'experienced', 'injured', 'wounded', 'burned', 'damaged']);

/** Words before a number that name a group known already: "the two", "these three", "their four". */
const GROUP_NAMED_BY = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'all']);

/** Words in -ly that tell of what someone did or how sure it is, not of a quality: "reportedly exchanged", "likely saved". */
const VERB_ADVERBS = new Set(['reportedly', 'allegedly', 'apparently', 'likely', 'probably', 'possibly', 'quickly', 'immediately',
  'eventually', 'finally', 'initially', 'repeatedly', 'publicly', 'privately', 'personally', 'directly', 'previously', 'recently',
  'currently', 'originally', 'ultimately', 'usually', 'routinely']);

/**
 * A lower-case noun of one to three words in quotation marks at tokens[j] (“persons of interest”), or a
 * quoted modifier of the plural after the marks (“yea” votes), the counted noun first; null when none.
 */
function quotedNounAt(tokens: Token[], j: number): { words: string[]; next: number } | null {
  const close = CLOSING_MARK.get(tokens[j]?.text ?? '');
  // (an apostrophe after a plural is no quotation mark: "The five Republicans' top aides")
  if (!close || adjacent(tokens[j - 1], tokens[j])) return null;
  let k = j + 1;
  while (k - j <= 3 && tokens[k]?.type === 'word' && !isCapitalised(tokens[k])) k++;
  // (no closing mark at all: "three “ suspects" at the end of a text)
  if (k === j + 1 || tokens[k] === undefined || !close.includes(tokens[k].text)) return null;
  const words = tokens.slice(j + 1, k).map((t) => t.lower);
  if (isPlural(words[0])) return { words, next: k + 1 };
  // 60 “yea” votes: a quoted word that modifies the plural after it (not a verb: thousands “liked” photos)
  const verb = words.length === 1 && /ed$/.test(words[0]);
  return isCommonPlural(tokens[k + 1]) && !verb ? { words: [tokens[k + 1].lower, ...words], next: k + 2 } : null;
}

/**
 * The end of the capitalised words at `j` when a lowercase plural noun follows them ("White House
 * officials", "Marksville Police Department officers"): up to three words, so that a name before a
 * noun ("Mike Lee supporters") is rarely taken for them; `j` when there are none.
 */
function capitalisedModifiersEnd(tokens: Token[], j: number): number {
  const abbreviated = initialsEnd(tokens, j);
  // "four U.S. Marines": after a country's initials, a capitalised plural is a common noun too
  if (abbreviated > j && tokens[abbreviated]?.type === 'word' && /s$/.test(tokens[abbreviated].text)) return abbreviated;
  let k = abbreviated;
  while (k < j + 3 && tokens[k]?.type === 'word' && isCapitalised(tokens[k]) && !tokens[k].titleLine) {
    k++;
    // "four African-American protestors": a compound of capitalised words is one modifier
    if (tokens[k]?.text === '-' && adjacent(tokens[k - 1], tokens[k]) && adjacent(tokens[k], tokens[k + 1]) && tokens[k + 1].type === 'word'
      && isCapitalised(tokens[k + 1])) k += 2;
  }
  if (k === j) return j;
  // "13 senior Trump transition officials": one common modifier may stand between them and the noun,
  // or whose it is ("two Cook County sheriff's deputies")
  const owner = tokens[k]?.type === 'word' && !isCapitalised(tokens[k]) && POSSESSIVE.test(tokens[k].text);
  const noun = isCommonPlural(tokens[k]) || quotedNounAt(tokens, k) ? tokens[k] : (isCommonWord(tokens[k]) || owner) && isCommonPlural(tokens[k + 1]) ? tokens[k + 1] : null;
  return noun ? k : j;
}

/** Whether the word at j opens a hyphenated compound whose second part is lower case: "Muslim-majority", "House-passed". */
function opensLowerCompound(tokens: Token[], j: number): boolean {
  const [word, hyphen, second] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  return hyphen?.text === '-' && adjacent(word, hyphen) && adjacent(hyphen, second) && second.type === 'word' && !isCapitalised(second);
}

/** Whether tokens[j] is an ordinal opening a hyphenated compound: "first-graders", "second-degree". */
function isOrdinalCompound(tokens: Token[], j: number): boolean {
  return ORDINAL_WORDS.has(wordAt(tokens, j)) && opensLowerCompound(tokens, j);
}

/** A lowercase word that is no stop word, event word or possessive. */
function isCommonWord(token: Token | undefined): boolean {
  return token?.type === 'word' && !isCapitalised(token) && !STOP_WORDS.has(token.lower) && !EVENT_WORDS.has(token.lower)
    && !POSSESSIVE.test(token.text);
}

/** A lowercase plural noun: "officials", "villages". */
function isCommonPlural(token: Token | undefined): boolean {
  return isCommonWord(token) && isPlural(token!.lower);
}

/** Just past "U.S.", "F.B.I.", "US", "UK" at `j` (a country or body by its initials); `j` when none is there. */
function initialsEnd(tokens: Token[], j: number): number {
  if (tokens[j]?.type === 'word' && /^(?:US|UK|UN|EU)$/.test(tokens[j].text)) return j + 1;
  const initial = (k: number) => tokens[k]?.type === 'word' && /^\p{Lu}$/u.test(tokens[k].text);
  // "U.S.", "F.B.I.": two or more letters, each with its period, written together
  let k = j;
  while (initial(k) && tokens[k + 1]?.text === '.' && adjacent(tokens[k], tokens[k + 1]) && (k === j || adjacent(tokens[k - 1], tokens[k]))) k += 2;
  return k - j >= 4 ? k : j;
}

/** A figure before it is turned into a span: token range plus what was worked out. */
interface Built {
  first: number;
  /** Token index just past the figure. */
  next: number;
  value: number | null;
  kind: FigureKind;
  qualifier: string | null;
  noun: string;
  event: EventHit | null;
  what: string;
}

/**
 * The count of times a word at token i says on its own: "shot twice", "twice successfully" ("twice-daily"
 * and "think twice" are not); "shot once in the head", "shot at least once", "hitting him once in the
 * arm", "was questioned once in connection with", once only after a blow, at the end of a past verb's
 * clause, or joined to a count of times ("twice in the torso and once in the head"); "once again",
 * "once he left", "he once said" are not. Null for any other word.
 */
function timesAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (t.masked) return null;
  if (t.lower === 'twice') return tokens[i + 1]?.text !== '-' && wordAt(tokens, i - 1) !== 'think' ? 2 : null;
  if (t.lower !== 'once' || /^(?:again|more)$/.test(wordAt(tokens, i + 1))) return null;
  // "shot at least once", "hit more than once"
  const qualified = /^(?:at least|more than)$/.test(`${wordAt(tokens, i - 2)} ${wordAt(tokens, i - 1)}`);
  // "hitting him once", "done it once": the verb before its object
  const verbAt = qualified ? i - 3 : /^(?:him|her|them|it|me|us)$/.test(wordAt(tokens, i - 1)) ? i - 2 : i - 1;
  const verb = wordAt(tokens, verbAt);
  if (BLOWS.has(verb) || BLOWS_IN_PROGRESS.has(verb)) return 1;
  // a past verb, then the sentence or clause ends, or a preposition follows ("questioned once in connection with",
  // "met once before"); not "once that happens", "once and for all", "once in a while", "once-popular"
  const next = tokens[i + 1];
  const ends = !next || /^[,.;:!?)"”]$/.test(next.text)
    || (/^(?:in|on|at|during|with|before|after|by|for|since)$/.test(next.lower) && !(next.lower === 'in' && wordAt(tokens, i + 2) === 'a'));
  // "striking him twice in the torso and once in the head": joined to a count of times before it
  // (not a multiple, "twice as likely to be jailed and once in prison", "twice the average")
  if (ends && /^(?:and|or)$/.test(wordAt(tokens, i - 1))) {
    for (let k = i - 2; k >= 0 && i - k <= 8 && !isBoundary(tokens[k]); k--) {
      const times = tokens[k].lower === 'twice' || (tokens[k].lower === 'times' && (tokens[k - 1]?.type === 'num' || isNumberWord(wordAt(tokens, k - 1))));
      if (times) return /^(?:as|the|that|more|less|a|an)$/.test(wordAt(tokens, k + 1)) ? null : 1;
    }
  }
  return (/^\p{Ll}{2,}ed$/u.test(tokens[verbAt]?.text ?? '') || verb === 'done') && ends ? 1 : null;
}

const MULTIPLES = new Map([['double', 2], ['triple', 3], ['quadruple', 4], ['quintuple', 5]]);
/** What the verb forms of the multiples start with ("doubl" in "doubled", "doubling"). */
const MULTIPLYING_STEMS = [...MULTIPLES.keys()].map((word) => word.slice(0, -1));
const MULTIPLYING_FORM = new RegExp(`^(${MULTIPLYING_STEMS.join('|')})(e|es|ed|ing)$`);
const ACTS_OF_KILLING = /^(?:homicides?|murders?|killings?|slayings?)$/;

/**
 * "a triple homicide", "a double shooting": one act with that many victims, killed or shot; the
 * figure ends after the act (tokens i and i + 1, or "triple-homicide" with its hyphen).
 */
function multipleActAt(tokens: Token[], i: number): Built | null {
  const value = MULTIPLES.get(wordAt(tokens, i));
  if (value === undefined || tokens[i].masked) return null;
  const at = tokens[i + 1]?.text === '-' && adjacent(tokens[i], tokens[i + 1]) ? i + 2 : i + 1;
  const act = wordAt(tokens, at);
  const event: EventKind | null = ACTS_OF_KILLING.test(act) ? 'killed' : /^shootings?$/.test(act) ? 'shot' : null;
  if (event === null) return null;
  // one act, named with its article or place ("a triple homicide", "Friday's triple murder", "a Thurston County
  // quadruple shooting", or in a headline); not acts in general ("Double shootings rose") nor "a triple
  // murder-suicide", whose dead are one more
  const named = /^(?:a|the|this|that)$/.test(wordAt(tokens, i - 1)) || POSSESSIVE.test(tokens[i - 1]?.text ?? '')
    || (isCapitalised(tokens[i - 1]) && !tokens[i - 1].titleLine) || tokens[i].titleLine;
  if (!named || (tokens[at + 1]?.text === '-' && wordAt(tokens, at + 2) === 'suicide')) return null;
  const hit = { at, event, both: false };
  return { first: i, next: at + 1, value, kind: 'count', qualifier: null, noun: 'people', event: hit, what: describe('count', 'people', '', '', hit, false) };
}

/**
 * The factor a word multiplies by: "quadrupled its production", "has more than doubled", "to triple
 * the rate", "production fourfold", "a 10-fold increase"; compared as a count of times. Not "doubled
 * down", "doubled as a shelter", nor the adjective ("a double standard"; "a triple homicide" is
 * `multipleActAt`'s).
 */
function factorAt(tokens: Token[], i: number): Built | null {
  const t = tokens[i];
  // (most tokens are neither: this runs on every one)
  const hyphenated = tokens[i + 1]?.text === '-';
  if (t.masked || (!hyphenated && !t.lower.endsWith('fold') && !MULTIPLYING_STEMS.some((stem) => t.lower.startsWith(stem)))) return null;
  let value: number | undefined;
  let next = i + 1;
  const folded = /^(\p{L}+)fold$/u.exec(t.lower)?.[1];
  if (folded !== undefined) value = UNIT_WORDS.get(folded) ?? TENS_WORDS.get(folded) ?? SCALE_WORDS.get(folded);
  else if (hyphenated && wordAt(tokens, i + 2) === 'fold' && adjacent(t, tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2])) {
    value = (t.type === 'num' ? digitValue(t.text) : UNIT_WORDS.get(t.lower) ?? TENS_WORDS.get(t.lower) ?? SCALE_WORDS.get(t.lower)) ?? undefined;
    next = i + 3;
  } else value = multiplyingVerb(tokens, i);
  if (value === undefined) return null;
  const [first, qualifier] = qualifierBefore(tokens, i) ?? [i, null];
  return { first, next, value, kind: 'count', qualifier, noun: '', event: null, what: 'times' };
}

/**
 * The factor of "double", "triple", "quadruple" or "quintuple" used as a verb: "doubled", "tripling"
 * unless a particle makes another verb of it ("doubled down", "doubled as", "doubled over in pain");
 * the bare and -s forms only before their object or a preposition and after a word a verb follows
 * ("to quadruple its production", "could double the", "more than double what"), for they are an
 * adjective and a noun too ("a double standard", "won the doubles title").
 */
function multiplyingVerb(tokens: Token[], i: number): number | undefined {
  const form = MULTIPLYING_FORM.exec(tokens[i].lower);
  if (!form) return undefined;
  const value = MULTIPLES.get(`${form[1]}e`);
  const after = wordAt(tokens, i + 1);
  const numberAfterOver = tokens[i + 2]?.type === 'num' || isNumberWord(wordAt(tokens, i + 2));
  if (/^(?:down|up|back|as)$/.test(after) || (after === 'over' && !numberAfterOver && !/^(?:the|a|that|this|its|their)$/.test(wordAt(tokens, i + 2)))) return undefined;
  if (form[2] === 'ed' || form[2] === 'ing') return value;
  const verbFollows = /^(?:to|will|would|could|can|may|might|should|must|nearly|almost|than|it|that|which)$/.test(wordAt(tokens, i - 1));
  return verbFollows && /^(?:the|its|their|his|her|our|your|what|that|this|in)$/.test(after) ? value : undefined;
}

/** The figure starting at token i, or null when there is none (or the number is not a figure). */
function figureAt(tokens: Token[], i: number, earlier: readonly Built[]): Built | null {
  const times = timesAt(tokens, i);
  if (times !== null) return { first: i, next: i + 1, value: times, kind: 'count', qualifier: null, noun: '', event: null, what: 'times' };
  const multiple = multipleActAt(tokens, i);
  if (multiple) return multiple;
  const factor = factorAt(tokens, i);
  if (factor) return factor;
  const core = parseCore(tokens, i);
  if (!core) return null;
  // "Day 12 of the invasion" numbers a day like "the 12th day"; "No. 2" ranks like "second"
  const numbered = dayNumberAt(tokens, core) ?? rankAt(tokens, core) ?? seatNumberAt(tokens, core);
  if (numbered) return numbered;
  // "passed 234-193", "a 25-6 vote": each side of a vote tally counts votes
  if (core.digits && isTallySide(tokens, core.first)) {
    return { first: core.first, next: core.next, value: core.value, kind: 'count', qualifier: null, noun: '', event: null, what: 'votes' };
  }
  const decade = decadeOfAge(tokens, core);
  if (decade) return decade;
  if (core.digits && isPartOfName(tokens, core)) return null;
  // Footnote marks: "[13]"
  if (tokens[i - 1]?.text === '[' && tokens[core.next]?.text === ']') return null;
  // Numbers at the start of a list item ("1. …", "2) …") are markers
  if (core.digits && isBoundary(tokens[i - 1]) && (tokens[core.next]?.text === '.' || tokens[core.next]?.text === ')')
    && tokens[i - 1]?.type === 'break') return null;

  let value = core.value;
  let kind: FigureKind = core.ordinal ? 'ordinal' : core.share ? 'share' : 'count';
  let first = core.first;
  let next = core.next;
  let qualifier = core.qualifier;
  let unit = '';

  // currency before: "$2.5bn", "US$ 40", "£3m"
  let money = false;
  const before = tokens[first - 1];
  if (before && CURRENCY_PREFIXES.has(before.lower) && (adjacent(before, tokens[first]) || before.type === 'word')) {
    money = true;
    first--;
    if (before.text === '$' && adjacent(tokens[first - 1], before) && /^(?:us|c|a|hk|nz)$/.test(wordAt(tokens, first - 1))) {
      first--;
    }
  }
  // scale after: "1.5 million", "2.5bn", "$3m"
  let scaled = false;
  if (core.digits && value !== null && !core.ordinal) {
    const w = wordAt(tokens, next);
    const scale = SCALE_WORDS.get(w) ?? (money && adjacent(tokens[next - 1], tokens[next]) ? MONEY_SCALE_LETTERS.get(w) : undefined);
    if (scale !== undefined && (w !== 'k' || adjacent(tokens[next - 1], tokens[next]))) {
      value *= scale;
      scaled = true;
      next++;
      if (SCALE_WORDS.get(wordAt(tokens, next)) === 1e6 && scale === 1e3) next++;
    }
  }
  // "two and a half years", "three and a half million"
  if (value !== null && !core.ordinal && Number.isInteger(value) && andAHalf(tokens, next)) {
    value += 0.5;
    next += 3;
    const scale = SCALE_WORDS.get(wordAt(tokens, next));
    if (scale !== undefined && value < 1000) {
      value *= scale;
      next++;
    }
  }
  // A suspended hyphen takes the unit of the number it pairs with: "14- and 18-year-olds" (14 is an
  // age as well), "40- to 60-hour course" (a range)
  const suspended = tokens[next]?.text === '-' && adjacent(tokens[next - 1], tokens[next])
    && !adjacent(tokens[next], tokens[next + 1]) && /^(?:and|or|to)$/.test(wordAt(tokens, next + 1));
  if (suspended && value !== null && !core.ordinal && wordAt(tokens, next + 1) !== 'to') {
    const partner = figureAt(tokens, next + 2, earlier);
    if (partner && partner.kind === 'measure') return { ...partner, first, next: next + 1, value, qualifier: null };
  }
  if (suspended) next++;
  // ranges: "three to four times", "10-12 people", "between 200 and 300 people"
  let upTo: number | null = null;
  // ("between 250 – 300 people": an en dash may stand between spaces)
  const dash = (tokens[next]?.text === '-' && adjacent(tokens[next - 1], tokens[next]) && adjacent(tokens[next], tokens[next + 1]))
    || (tokens[next]?.text === '–' && core.digits);
  const between = wordAt(tokens, first - 1) === 'between' && wordAt(tokens, next) === 'and';
  if (value !== null && !core.ordinal && wordAt(tokens, next) === 'or') {
    // "six or seven shots", "50 or 60 workers": two neighbouring numbers written alike are a range
    const second = parseCore(tokens, next + 1);
    if (second && second.value !== null && !second.ordinal && second.digits === core.digits
      && second.value > value && second.value <= 2 * value && !SCALE_WORDS.has(wordAt(tokens, second.next))) {
      upTo = second.value;
      next = second.next;
    }
  }
  if (value !== null && !core.ordinal && (wordAt(tokens, next) === 'to' || between || (dash && tokens[next + 1]?.type === 'num'))) {
    // "3 to 4 million": the second number gives the scale of both ("500,000 to 1.6 million": of its
    // own); "between $19 and $22 million", with the currency again, are two amounts of that scale
    const currencyAgain = money && CURRENCY_PREFIXES.has(tokens[next + 1]?.lower ?? '');
    const second = parseCore(tokens, currencyAgain ? next + 2 : next + 1);
    const secondScale = second?.digits ? SCALE_WORDS.get(wordAt(tokens, second.next)) : undefined;
    const sharedScale = secondScale !== undefined && core.digits && value === core.value && value < 1000 ? secondScale : 1;
    // (a run of hundreds of digits overflows: no range ends at Infinity)
    if (second && second.value !== null && !second.ordinal && second.value * (secondScale ?? 1) > value * sharedScale
      && Number.isFinite(second.value * (secondScale ?? 1))) {
      value *= sharedScale;
      scaled ||= sharedScale > 1 || (!currencyAgain && secondScale !== undefined);
      if (!currencyAgain) {
        upTo = second.value * (secondScale ?? 1);
        next = second.next + (secondScale === undefined ? 0 : 1);
        if (between) first--;
      }
    }
  }
  const rangeQualifier = upTo === null ? null : `to ${formatNumber(upTo)}`;

  // "two-in-three", "one in five", "three out of four": a share
  if (!unit && value !== null && !core.ordinal) {
    const inAt = tokens[next]?.text === '-' ? next + 1 : next;
    const outOf = wordAt(tokens, inAt) === 'out' && wordAt(tokens, inAt + 1) === 'of';
    const denomAt = outOf ? inAt + 2 : tokens[inAt + 1]?.text === '-' ? inAt + 2 : inAt + 1;
    if (wordAt(tokens, inAt) === 'in' || outOf) {
      const denom = parseCore(tokens, denomAt);
      if (denom && denom.value && !denom.ordinal && denom.value > value && denom.value <= 1000) {
        value /= denom.value;
        kind = 'share';
        next = denom.next;
      }
    }
  }
  // "two-thirds", "three-quarters", "three fifths of": a share
  const hyphened = tokens[next]?.text === '-' && adjacent(tokens[next], tokens[next + 1]);
  const fractionAt = hyphened ? next + 1 : next;
  const fraction = !core.digits && !core.ordinal && value !== null && value > 0 && (hyphened || wordAt(tokens, next + 1) === 'of')
    ? FRACTION_WORDS.get(wordAt(tokens, fractionAt)) : undefined;
  if (fraction !== undefined && kind !== 'share' && (value ?? 0) < fraction) {
    value = (value ?? 0) / fraction;
    kind = 'share';
    next = fractionAt + 1;
  }
  const hyphenUnit = kind !== 'share' && tokens[next]?.text === '-' && adjacent(tokens[next - 1], tokens[next])
    && adjacent(tokens[next], tokens[next + 1]) && tokens[next + 1]?.type === 'word' ? tokens[next + 1].lower : '';
  // ages: "14-month-old", "29-year-old", "45 year-old", "17 years old", "11 yr. old"
  const ageUnit = tokens[next]?.text === '-' ? next + 1 : next;
  if (/^(?:year|month|week|day|yr)s?$/.test(wordAt(tokens, ageUnit)) && value !== null && !core.ordinal) {
    const abbreviated = wordAt(tokens, ageUnit).startsWith('yr') && tokens[ageUnit + 1]?.text === '.';
    const oldAt = ageUnit + (tokens[ageUnit + 1]?.text === '-' || abbreviated ? 2 : 1);
    // "This article is more than 2 years old" is page noise, not someone's age
    const qualified = qualifierBefore(tokens, first);
    const plainWithQualifier = ageUnit === next && tokens[ageUnit + 1]?.text !== '-' && qualified !== null;
    // "old", "olds" or "old's" ("the 11-year-old's death", "two 15-year-olds"), "of age" ("from 5 to 72 years of age")
    // (not a limit: "They must be 18 years of age to vote")
    const ofAge = wordAt(tokens, oldAt) === 'of' && wordAt(tokens, oldAt + 1) === 'age' && tokens[oldAt + 2]?.text !== '-' && ageUnit === next
      && wordAt(tokens, (qualified?.[0] ?? first) - 1) !== 'be';
    // ("about 30 to 35 years of age" is an age, qualified)
    if ((/^olds?(?:['’]s)?$/.test(wordAt(tokens, oldAt)) || ofAge) && (!plainWithQualifier || ofAge)) {
      const ageEnd = oldAt + (ofAge ? 2 : 1);
      // "not for sale to those under 15 years of age": a limit; "approximately 30 to 35 years of age" the qualifier's too
      const [limitAt, bound] = qualified ?? [first, null];
      if (bound && AGE_LIMITS.has(bound) && LIMITED_PEOPLE.has(wordAt(tokens, limitAt - 1))) {
        return { first: limitAt, next: ageEnd, value, kind: 'measure', qualifier: bound, noun: '', event: null,
          what: `${LOWER_AGE_LIMITS.has(bound) ? 'minimum' : 'maximum'} age` };
      }
      if (ofAge && bound) {
        return { first: limitAt, next: ageEnd, value, kind: 'measure', qualifier: bound, noun: '', event: null, what: 'age' };
      }
      // "18-year-old Brian Davis", "Crystal Bingham, 36 years old,"
      const named = (ofAge ? null : namedAfterAge(tokens, ageEnd, /^an?$/.test(wordAt(tokens, first - 1)))) ?? apposedAgeOf(tokens, core, ageEnd);
      return { first, next: ageEnd, value, kind: 'measure', qualifier: qualified?.[1] ?? rangeQualifier,
        noun: '', event: null, what: named ? `age of ${named}` : 'age' };
    }
  }
  const limit = ageLimitAt(tokens, core);
  if (limit) return limit;
  if (isPredicateAge(tokens, core, next)) {
    return { first, next, value, kind: 'measure', qualifier: rangeQualifier, noun: '', event: null, what: 'age' };
  }
  // "his two children, ages 1 and 4", "three men, ages 22, 45 and 67": each number is someone's age
  const listed = listedAgeStart(tokens, core);
  if (listed !== null || isListedBeforeYearsOld(tokens, core) || isAgeOfBoth(tokens, core)) {
    return { first: listed ?? first, next, value, kind: 'measure', qualifier: rangeQualifier, noun: '', event: null, what: 'age' };
  }
  const apposed = apposedAgeOf(tokens, core) ?? bracketedAgeOf(tokens, core);
  if (apposed !== null) {
    return { first, next, value, kind: 'measure', qualifier: null, noun: '', event: null, what: apposed ? `age of ${apposed}` : 'age' };
  }
  // Hyphenated compounds: "12-hour standoff", "225-page report", "six-month period" are measures;
  // "two-state solution", "first-degree", "7-Eleven" are names
  if (hyphenUnit) {
    // "a two-term congressman" counts terms as "two terms" does; "a second-term congressman" numbers
    // them as "the 12th day" numbers days
    if ((HYPHEN_COUNT_NOUNS.has(hyphenUnit) || PERSON_NOUNS.has(hyphenUnit)) && core.value !== 1) {
      return { first, next: next + 2, value, kind: core.ordinal ? 'ordinal' : 'count', qualifier: null, noun: hyphenUnit, event: null,
        what: hyphenUnit };
    }
    if (CALIBER_WORDS.has(hyphenUnit) || core.ordinal) return null;
    // "a million-dollar check", "a 10-euro note": money ("an 800-pound gorilla" weighs)
    if (/^(?:dollar|euro|yen|yuan|rupee)$/.test(hyphenUnit)) {
      const [start, bound] = qualifierBefore(tokens, first) ?? [first, rangeQualifier];
      return { first: start, next: next + 2, value, kind: 'money', qualifier: bound, noun: '', event: null, what: nounRun(tokens, next + 2)?.head ?? '' };
    }
    const countedUnit = core.digits && hyphenUnit.length >= 3 && !isCapitalised(tokens[next + 1]) && !STOP_WORDS.has(hyphenUnit);
    if (!TIME_UNITS.has(hyphenUnit) && !(MEASURE_UNITS.has(hyphenUnit) && core.digits) && !countedUnit) return null;
    unit = hyphenUnit;
    kind = 'measure';
    next += 2;
  }
  // units after the number
  const after = wordAt(tokens, next);
  if (kind !== 'share' && !unit) {
    if (tokens[next]?.text === '%' || after === 'percent' || after === 'pct') {
      kind = 'percent';
      next++;
    } else if (after === 'per' && wordAt(tokens, next + 1) === 'cent') {
      kind = 'percent';
      next += 2;
    } else if (after === 'percentage' && wordAt(tokens, next + 1) === 'points') {
      kind = 'percent';
      next += 2;
    } else if (CURRENCY_WORDS.has(after) && !(/^pounds?$/.test(after) && !money && tokens[first].text !== '£')) {
      money = true;
      next++;
    } else if (CALIBER_WORDS.has(after) || (tokens[next]?.text === '-' && CALIBER_WORDS.has(wordAt(tokens, next + 1)))) {
      return null;
    } else if (MEASURE_UNITS.has(after) || (TIME_UNITS.has(after) && !core.ordinal && !isOrdinalCompound(tokens, next))) {
      unit = after;
      kind = 'measure';
      next++;
      // "an hour and a half"
      if (value !== null && Number.isInteger(value) && andAHalf(tokens, next)) {
        value += 0.5;
        next += 3;
      }
      // "2 miles per hour" is "2 mph", "40 kilometres an hour" "40 kph"
      const speed = SPEED_UNITS.get(unit);
      if (speed && /^(?:per|an)$/.test(wordAt(tokens, next)) && wordAt(tokens, next + 1) === 'hour') {
        unit = speed;
        next += 2;
      }
    }
  }
  // "two decades", "a 2-century-old plant": years, as other outlets' "20 years" and "200-year-old" count them
  const yearsIn = YEARS_IN_UNIT.get(unit);
  if (yearsIn !== undefined && value !== null) {
    value *= yearsIn;
    unit = 'years';
  }
  if (money) kind = 'money';

  // Years used as dates: "in 2014", "1948", "the 2020 election"; ZIP codes and other long codes
  const digitText = core.digits ? tokens[core.first].text : '';
  if (core.digits && kind === 'count' && !core.ordinal) {
    // "1500 troops" counts; "the 2008 presidential primaries", "the 2011 and 2012 trips" and "from 1965
    // to 1970" are years (news style writes counts from 1,000 up with a comma, so 1900-2099 is a year)
    const plural = nounRun(tokens, next);
    const countsThings = upTo === null && !!plural && plural.next === next + 1 && isPlural(plural.head);
    if (/^(?:©|copyright)$/.test(tokens[core.first - 1]?.lower ?? '')) return null;
    const year = /^\d{4}$/.test(digitText) ? Number(digitText) : 0;
    if (year >= 1900 && year < 2100) return null;
    if (year >= 1000 && !countsThings) return null;
    if (/^\d{5,}$/.test(digitText) && !countsThings) return null;
    if (/^0\d/.test(digitText)) return null; // "0900", zero-padded codes
  }

  // Durations: "the next six months", "six months after" and "two weeks ago" (how long ago) are
  // lengths of time; "24 hours a day", "seven days a week" are rates of speech, and "7 years ago"
  // alone on its line a page's time stamp
  if (unit && TIME_UNITS.has(unit)) {
    if (/^an?$/.test(wordAt(tokens, next)) && TIME_UNITS.has(wordAt(tokens, next + 1))) return null;
    const onItsOwnLine = (t: Token | undefined): boolean => !t || t.type === 'break';
    if (wordAt(tokens, next) === 'ago' && onItsOwnLine(tokens[first - 1]) && onItsOwnLine(tokens[next + 1])) return null;
  }

  // "50 or more workers", "10 or fewer": a bound said after the number
  if (value !== null && !core.ordinal && !qualifier && wordAt(tokens, next) === 'or' && BOUNDS_AFTER.has(wordAt(tokens, next + 1))) {
    qualifier = `or ${wordAt(tokens, next + 1)}`;
    next += 2;
  }
  // the qualifier before: "more than a thousand", "At least 364"
  const q = qualifierBefore(tokens, first);
  if (q && !qualifier) {
    qualifier = q[1];
    first = q[0];
  } else if (q && qualifier) first = q[0];
  if (rangeQualifier !== null && !qualifier) qualifier = rangeQualifier;

  // what is counted
  let noun = '';
  let ofNoun = '';
  // what happens next in "a father of three who was shot" happened to the father, not to the children
  let childrenOfParent = false;
  // where what happened to the counted is looked for; what happened to a group named by it ("all five of the wounded")
  let eventFrom = next;
  let groupEvent: EventHit | null = null;
  if (core.value === null && wordAt(tokens, next) === 'of') next++; // "hundreds of civilians"
  // a duration ("for 11 years", "nearly 2 hours") counts no noun; "12-hour standoff" does
  // "two more of the explosive devices": a part of a group, as "two of the devices" is
  if (kind === 'count' && wordAt(tokens, next) === 'more' && wordAt(tokens, next + 1) === 'of') next++;
  const runStart = next;
  // a vague number on its own is its noun ("Millions can't pay rent"), unless more follow ("thousands more boots")
  const alone = core.value === null && BARE_VAGUE.has(tokens[core.first].lower) && next === core.first + 1 && wordAt(tokens, next) !== 'more';
  // "I 100 percent support it", "would “100 percent” release": a degree of a verb, which is no noun
  const degree = kind === 'percent' && value === 100 && DEGREE_SUBJECTS.has(wordAt(tokens, CLOSING_MARK.has(tokens[first - 1]?.text ?? '') ? first - 2 : first - 1));
  const run = alone || degree || (unit && TIME_UNITS.has(unit) && tokens[next - 2]?.text !== '-') ? null : nounRun(tokens, next);
  if (run) {
    noun = run.head;
    next = run.next;
  } else if ((wordAt(tokens, next) === 'of' && (kind === 'percent' || kind === 'share' || kind === 'count'))
    || (kind === 'share' && wordAt(tokens, next) === 'the')) {
    // "39% of voters", "five of the victims", "half the country"
    let j = wordAt(tokens, next) === 'of' ? next + 1 : next;
    if (/^(?:the|them|those|these|their|his|her|its)$/.test(wordAt(tokens, j))) j++;
    else if (j > next) j = pastPossessiveName(tokens, j);
    // "two of the most prominent generals", "three of his most trusted aides": a superlative before the noun
    if (/^(?:most|least)$/.test(wordAt(tokens, j)) && j > next + 1) j++;
    // "three of the five people", "67 of the 117 cardinals": a part counts what its whole counts
    // ("Caption 2 of 30 Photos" numbers a picture)
    const whole = numberAt(tokens, j);
    if (whole && CAPTION_WORDS.has(wordAt(tokens, first - 1))) return null;
    const wholeEnd = whole && !whole.ordinal ? whole.next + (SCALE_WORDS.has(wordAt(tokens, whole.next)) ? 1 : 0) : j;
    const ofRun = nounRun(tokens, wholeEnd);
    // "one of the victims" picks one out; it counts nothing ("at least one of the victims" does);
    // "half the group sought cover" is half of its first word
    if (ofRun && wordAt(tokens, next) === 'the') noun = ofRun.words[0];
    else if (ofRun && (kind === 'percent' || kind === 'share' || (core.value !== null && (core.value > 1 || countsOneAtLeast(qualifier))))) noun = ofRun.head;
    // the part died, said after its whole: "Three of the shooting victims died", "Five of the officers were
    // killed" (not "two of the four men killed", "23 of the people injured": a part of a count)
    if (noun && ofRun && !whole && diesAt(tokens, ofRun.next)) eventFrom = ofRun.next;
    // "All five of the wounded": everyone of a group named by what happened to it ("Three of the wounded" is a part)
    const eventWhole = !ofRun && wholeEnd === j && EVENT_ADJECTIVES.has(wordAt(tokens, j)) && wordAt(tokens, first - 1) === 'all';
    if (eventWhole && kind === 'count' && (core.value ?? 0) > 1) {
      noun = 'people';
      groupEvent = { at: j, event: EVENT_WORDS.get(wordAt(tokens, j))!, both: false };
      eventFrom = j + 1;
      first--;
    }
  } else if (kind === 'count' && (core.value ?? 0) > 1 && wordAt(tokens, first - 1) === 'of') {
    // "a father of four" counts children, "a family of five" and "a group of four" people, "a village of 7,700" its
    // residents ("the Gang of Eight", "the Group of 20" are names; not a headline's "Father of 3 gunned down")
    const named = isCapitalised(tokens[first - 2])
      && (NAMED_GROUPS.has(wordAt(tokens, first - 2)) || (isCapitalised(tokens[first]) && !tokens[first].titleLine));
    noun = named ? '' : COUNTED_OF.get(wordAt(tokens, first - 2)) ?? '';
    childrenOfParent = noun === 'children';
  }
  // "the Four Hills neighborhood", "a Ten Commandments plaque", "Nine Mile Road": a spelled-out
  // number before capitalised words and one thing is part of a name
  if (kind === 'count' && !core.digits && (core.value ?? 0) > 1 && noun && !isPlural(noun) && isCapitalised(tokens[core.first])
    && !isBoundary(tokens[core.first - 1]) && isCapitalised(tokens[core.next]) && !tokens[core.next].titleLine) return null;
  if (kind === 'ordinal' && noun && ORDINAL_SERIES_NOUNS.has(noun)) {
    ofNoun = ofPhraseNoun(tokens, next);
    // "the war's 12th day" says the same as "the 12th day of the war"
    const owner = tokens[core.first - 1]?.type === 'word' ? /^(\p{L}+)['’]s$/u.exec(tokens[core.first - 1].lower) : null;
    if (!ofNoun && owner && WAR_WORDS.has(owner[1])) ofNoun = owner[1];
  }
  // "placed sixth", "finished third in Iowa", "tied for 2nd": a place in a race
  const tiedFor = wordAt(tokens, first - 1) === 'for' && /^(?:tied|tie|ties|tying)$/.test(wordAt(tokens, first - 2));
  const place = kind === 'ordinal' && !noun && (core.value ?? 0) > 1 && (FINISHING_VERBS.has(wordAt(tokens, first - 1)) || tiedFor);
  if (place) noun = 'place';
  else if (kind === 'ordinal') {
    if (!noun) return null; // "the 12th" alone is a date
    // "21st century", "the Fifth Amendment" name a place or a period, not a count (see `seatNumberAt` for "the 6th District"),
    // as they do before another noun: "3rd degree murder", "the 21st century economy" (a numbered
    // seat before a noun counts the noun: "the 3rd district court")
    const firstWord = run?.words[0] ?? '';
    if (ORDINAL_NAME_NOUNS.has(noun) || (ORDINAL_NAME_NOUNS.has(firstWord) && !NUMBERED_NOUNS.has(firstWord))) return null;
    if (!core.digits) {
      // an ordinal word before one noun ("the eleventh day", "a second deadline", "a third straight
      // week"); "first" ranks rather than counts
      const words = run?.words ?? [];
      // "a third straight week", "the movement's third big-name figure"
      const streak = words.length === 2 && (STREAK_WORDS.has(words[0]) || words[0].includes('-'));
      // "a third gunshot victim", "a fifth male victim": one more person of those the story counts (after "the"
      // often a rank, "the second Black woman elected", "the third ranking member"; nor a kind: "a fourth grade student")
      const person = words.length === 2 && PERSON_NOUNS.has(noun) && /^(?:a|another)$/.test(wordAt(tokens, first - 1))
        && !ORDINAL_KIND_WORDS.has(words[0]) && !/^rank|est$/.test(words[0]);
      if (core.value === 1 || (words.length > 1 && !streak && !person)) return null;
      // "the vice president and second lady": a title, unlike "a second lady was hurt"
      if (/^(?:lady|gentleman)$/.test(noun) && wordAt(tokens, first - 1) !== 'a') return null;
    }
  }

  // the event: the noun itself ("331 deaths"), right after ("364 civilians had been killed"),
  // or right before ("killed and wounded more than a thousand people")
  let event: EventHit | null = null;
  const nounEvent = EVENT_NOUNS.has(noun) ? EVENT_WORDS.get(noun) : undefined;
  if (nounEvent) event = { at: next - 1, event: nounEvent, both: nounEvent === 'casualties' };
  // "claimed seven lives", "has taken five lives", "7 lives sacrificed": people killed ("saved 12 lives",
  // "shattered more than 100 lives" are not)
  // (not what someone claims lives could do: "claimed 200 lives could be saved")
  else if (noun === 'lives' && (LIVES_TAKEN.test(wordAt(tokens, first - 1)) || /^(?:lost|sacrificed)$/.test(wordAt(tokens, next)))
    && !/^(?:could|would|will|can|may|might|were|are|have|had)$/.test(wordAt(tokens, next))) {
    noun = 'people';
    event = { at: next - 1, event: 'killed', both: false };
  }
  else if (run?.event) event = { at: runStart, event: run.event, both: false };
  else if ((kind === 'count' && !childrenOfParent) || kind === 'ordinal') {
    event = groupEvent ?? eventJustBefore(tokens, first) ?? findEvent(tokens, Math.max(next, eventFrom), 1, 4) ?? eventAfterList(tokens, first, next)
      ?? findEvent(tokens, first - 1, -1, 5) ?? eventBeforeConjunct(tokens, first, next);
  }
  // "shot two people dead", "shot four people to death": the shooting killed them
  if (event?.event === 'shot' && event.at < first && saysDeath(tokens, next))
    event = { ...event, event: 'killed' };
  // the event word right after a bare number is its noun: "759 wounded", "12 dead"
  // … also after "more": "one dead and three more injured"
  const eventRightAfter = !noun && event !== null && (event.at === next || (event.at === next + 1 && wordAt(tokens, next) === 'more'));
  if (eventRightAfter) next = event!.at + (event!.both ? 3 : 1);
  // "Six were hurt", "an additional 58 were wounded", "Six received injuries": the number is the
  // subject of what happened to it, and counts the people it happened to
  const countsSubject = !noun && !unit && kind === 'count' && event !== null && !eventRightAfter
    && isCountedSubject(tokens, first, next, event.at);
  // the event says who was counted, though no noun does
  const countsVictims = eventRightAfter || countsSubject;

  // "children under 13", "people over 65": an age limit, not a count ("59 dead and over 500 injured" counts victims)
  if (!noun && !unit && kind === 'count' && /^(?:under|over|above|below)$/.test(qualifier ?? '')
    && tokens[first - 1]?.type === 'word' && !(countsVictims && /^(?:and|or)$/.test(wordAt(tokens, first - 1)))) return null;
  // A bare number needs a reason to be a figure: a unit, a qualifier, an event, or a cue such as "toll rose to"
  const cue = !noun && kind === 'count' && quantityCueBefore(tokens, first);
  // "All three were found dead", "all five of them": everyone of a group, counted; "11 of which hit",
  // "four of whom": a part of a group named before
  const all = !noun && kind === 'count' && wordAt(tokens, first - 1) === 'all';
  const partOf = !noun && kind === 'count' && wordAt(tokens, next) === 'of'
    && (/^(?:which|whom|them)$/.test(wordAt(tokens, next + 1)) || ofBareWhole(tokens, next, core.value));
  // "Another 150 were rescued", "Those 13 blossomed into": a group said before, counted in digits
  // ("the two were charged", "those two" are pronouns)
  // ("another two in the parking lot", "another five were released" count too)
  const restOf = !noun && kind === 'count' && (core.digits || wordAt(tokens, first - 1) === 'another') && !qualifier && !countsVictims
    && GROUP_DETERMINERS.has(wordAt(tokens, first - 1)) && tokens[next]?.text !== '-';
  // "Two victims are in critical condition, seven are in stable condition": the noun said just before
  const previous = earlier[earlier.length - 1];
  const carried = nounCarriedOver(tokens, previous, first);
  // ("Two are in critical condition, and one is in fair condition", "where one is listed in critical
  // condition": one of them, singular)
  const singularState = core.value === 1 && /^(?:is|was|remains)$/.test(wordAt(tokens, next))
    && (wordAt(tokens, first - 1) === 'and' || conditionWithin(tokens, next + 1));
  const inState = /^(?:are|were|remain|remained)$/.test(wordAt(tokens, next)) || singularState;
  // "Nine people were shot and wounded, one critically", "shot three police officers - one fatally": a part of them, by how badly
  const byDegree = /^[,\-—–]$/.test(tokens[first - 1]?.text ?? '') && HOW_BADLY.has(wordAt(tokens, next));
  // "six arrests Wednesday, compared to 47 the previous night", "compared with the US's 11,800"
  const compared = comparedBefore(tokens, first);
  // "… three others were injured. Two remain hospitalized": the sentence before, when the number opens its own
  const carriedAcross = !carried && inState && !core.digits ? nounOfSentenceBefore(tokens, previous, first) : '';
  // (a count compared keeps even an event's noun: "six arrests Wednesday, compared to 47")
  const comparedNoun = compared && previous?.noun && sameSentence(tokens, previous.next, first) ? previous.noun : '';
  const elided = !noun && !unit && kind === 'count' && core.value !== null && !qualifier && previous?.kind === 'count'
    && ((carried !== '' && (restOf || inState || byDegree)) || comparedNoun !== '' || carriedAcross !== '');
  if (elided) noun = comparedNoun || carried || carriedAcross;
  // "Six people were shot, one fatally": that part died
  const badly = elided && byDegree ? howBadlyAt(tokens, next) : null;
  if (badly?.event === 'killed') event = badly;
  // "four people shot, two of whom are deceased", "killing two of them", "eight of them fatally": a part of the
  // group counted just before, and what happened to that part ("one of them" only when something happened to it:
  // "one of them has since been arrested" is a pronoun)
  if (partOf && previous?.kind === 'count' && previous.noun && (previous.value ?? 0) > (core.value ?? 0) && sameSentence(tokens, previous.next, first)) {
    // (what happened to the part, not what it did: "two of whom shot the suspect")
    const after = findEvent(tokens, next + 2, 1, 3);
    const suffered = after && (/^(?:is|are|was|were|been|be|being)$/.test(wordAt(tokens, after.at - 1)) || DIED.test(wordAt(tokens, after.at))
      || /^(?:deceased|dead)$/.test(wordAt(tokens, after.at)));
    const partEvent = howBadlyAt(tokens, next + 2) ?? (suffered ? after : null) ?? eventJustBefore(tokens, first);
    if (partEvent || core.value !== 1) {
      noun = previous.noun;
      event = partEvent;
    }
  }
  // "The two were found at the Walmart", "the older two were from a previous relationship": a group
  // counted before, named again by its number (of what happened to it, the count before speaks)
  // ("among the five who were shot", "the two who died": what happened to them; not "the two who shot Smith")
  const sufferedAfter = wordAt(tokens, next) === 'who' && (DIED.test(wordAt(tokens, next + 1)) || passiveParticipleAt(tokens, next + 1) >= 0);
  const groupStart = !noun && !unit && kind === 'count' && !core.digits && !qualifier && (core.value ?? 0) >= 2
    && (event === null || sufferedAfter) ? groupNamedAgainAt(tokens, first, next) : null;
  if (groupStart !== null) {
    // the count just before, in this sentence or the one before, says what the group is: the same
    // count ("two people have been detained … The two were found"), or the whole that "the older
    // two" are of ("all four victims"); a bare "the two" after "three victims" names no one of them
    const named = previous?.kind === 'count' && previous.noun !== '' && withinSentenceBefore(tokens, previous.next, groupStart) ? previous : undefined;
    if (named?.value === core.value) return { first: groupStart, next, value, kind, qualifier: null, noun: named.noun, event: named.event, what: named.what };
    const whole = named && groupStart < first - 1 && (named.value ?? 0) > (core.value ?? 0) ? named.noun : '';
    // "the two who were wounded": what happened to them says who they are
    if (!whole && event) return { first: groupStart, next, value, kind, qualifier: null, noun: 'people', event, what: describe(kind, 'people', unit, ofNoun, event, false) };
    return { first: groupStart, next, value, kind, qualifier: null, noun: whole, event: null, what: whole };
  }
  if (all || restOf) {
    first--;
  } else if (!noun && !unit && kind === 'count' && !countsVictims && core.value !== null && !cue && !partOf && !scaled
    && !(core.digits && saidOfQuantity(tokens, first, next))) return null;
  // "one" is a pronoun unless it counts a person, a victim or a blow ("one man was killed", "one dead", "hit one time"),
  // or at least one of something ("at least one of his lawyers"), and a person brought in as a source is not counted;
  // "one minute this guy …", "one day" are idioms more often than durations ("a one-year delay",
  // "delayed by one year" are ones)
  const blows = noun === 'time' && BLOWS.has(wordAt(tokens, first - 1));
  // "one minute later", "one day after the vote": a time that passed; "one day out from it": a time
  // between; "spend one night there": a time spent
  const timeMeasured = TIME_UNITS.has(unit) && (TIME_PASSED.test(wordAt(tokens, next)) || timeApartAt(tokens, next) || STAY_VERBS.has(wordAt(tokens, first - 1)));
  // (a noun of one word, or a part: "at least one senator", "at least one of the bombs"; after "one" a
  // longer run is often the noun and its verb, "at least one shooter opened fire", and a word before
  // a name its modifier, "at least one local Republican official")
  const oneAtLeast = countsOneAtLeast(qualifier) && (!run || (run.words.length === 1 && !isCapitalised(tokens[run.next])));
  const spelledOne = !core.digits && core.value === 1 && tokens[core.first].lower === 'one';
  // "Shooting at KC club kills one, injures eight": the one the event hit
  const oneHit = spelledOne && !noun && !unit && OBJECT_VERBS.has(wordAt(tokens, first - 1)) && wordAt(tokens, next) !== 'of';
  if (spelledOne && !oneAtLeast && !oneHit) {
    const noOne = wordAt(tokens, first - 1) === 'no';
    const source = kind === 'count' && !countsVictims && !event && oneWhoSpeaks(tokens, first, next, noun);
    const idiomaticTime = kind === 'measure' && !hyphenUnit && !ONE_OF_UNITS.has(unit) && !timeMeasured;
    // ("shot three police officers, one fatally": one of them, by how badly)
    const pronoun = kind === 'count' && !countsVictims && !PERSON_NOUNS.has(noun) && !blows && !countsOne(tokens, first, next, noun)
      && !(elided && byDegree);
    if (noOne || source || idiomaticTime || pronoun) return null;
  }
  // "a neutral third party", "third-party candidates": no ordinal of a series
  if (kind === 'ordinal' && /^part(?:y|ies)$/.test(noun)) return null;
  // spelled-out small numbers need something counted ("the two were charged" is a pronoun), or a
  // count of victims to be in ("the death toll rose to five")
  if (!core.digits && kind === 'count' && !noun && !countsVictims && !(cue && event) && !all && !partOf && core.value !== null) return null;

  // "759 wounded" after "364 civilians had been killed": the noun carries over within a sentence
  if (!noun && event && !nounEvent && previous?.event && carried && !oneHit) noun = carried;

  const what = describe(kind, noun, unit, ofNoun, event, nounEvent !== undefined) +
    (event && isEarlierCount(tokens, first, next) ? ' (earlier count)' : '');
  return { first, next, value, kind, qualifier, noun, event, what };
}

/**
 * Whether "one" brings in a source rather than counting: "…,” said one man", "one man recalled",
 * "One witness, Mimi Fuller, was inside".
 */
function oneWhoSpeaks(tokens: Token[], first: number, next: number, noun: string): boolean {
  // right after a quote ("…,” said one man"), not before what was said ("police said one man was shot")
  if (SOURCE_VERBS.has(wordAt(tokens, first - 1)) && /^["”’']$/.test(tokens[first - 2]?.text ?? '')) return true;
  // ("one suspect accused of …", "one man reported being shot" are counts)
  if (SOURCE_VERBS.has(wordAt(tokens, next)) && !/^(?:with|of|by|as|being)$/.test(wordAt(tokens, next + 1))) return true;
  // a source named in apposition: "One witness, Mimi Fuller, was" (not "one male, Vallejo Lt. Kenny Park said")
  if (!SOURCE_NOUNS.has(noun) || tokens[next]?.text !== ',') return false;
  let k = next + 1;
  while (k < next + 5 && /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? '')) k++;
  return k >= next + 3 && tokens[k]?.text === ',';
}

/** Verbs by which "one" someone speaks as a source. */
const SOURCE_VERBS = new Set(['said', 'says', 'told', 'tells', 'recalled', 'recalls', 'recounted', 'wrote', 'writes', 'added', 'explained']);
/** People "one" brings in as a source when a name follows ("One witness, Mimi Fuller,"); a victim or a suspect so named is counted. */
const SOURCE_NOUNS = new Set(['witness', 'candidate', 'legislator', 'lawmaker', 'resident', 'neighbor', 'neighbour', 'expert', 'analyst', 'observer', 'parent']);

/** A qualifier that makes "one" a count: "at least one of his lawyers", "more than one person", "one or two justices". */
const countsOneAtLeast = (qualifier: string | null): boolean => qualifier !== null && /^(?:at least|more than|to \d+)$/.test(qualifier);

/** Words after "the two" that make it the subject of a clause: "the two were charged", "the two later pleaded". */
const GROUP_AGAIN_VERBS = new Set(['were', 'are', 'have', 'had', 'will', 'would', 'remain', 'remained', 'pleaded', 'face', 'faced',
  'fled', 'left', 'met', 'appeared', 'died', 'survived']);
/** Words after a verb in the past that make "the two" its subject: "the two dissolved their partnership", "the two embraced in …". */
const PAST_VERB_FOLLOWERS = /^(?:their|the|a|an|his|her|its|in|on|at|with|after)$/;
const GROUP_AGAIN_ADVERBS = new Set(['also', 'later', 'then', 'both', 'each', 'now', 'still', 'allegedly', 'reportedly']);

/**
 * Where a spelled-out number (tokens first..next) that names a group again starts, at its "the":
 * "the two" as the subject of a clause, "the other two" or "the older two" also at the end of one
 * ("the father of the other two."); null for any other number.
 */
function groupNamedAgainAt(tokens: Token[], first: number, next: number): number | null {
  const modified = /^(?:other|older|younger|remaining)$/.test(wordAt(tokens, first - 1));
  const start = modified ? first - 2 : first - 1;
  if (wordAt(tokens, start) !== 'the') return null;
  if (modified && /^[.;]$/.test(tokens[next]?.text ?? '')) return start;
  // "The five who were struck tried to drive away"
  if (wordAt(tokens, next) === 'who') return start;
  const verbAt = GROUP_AGAIN_ADVERBS.has(wordAt(tokens, next)) ? next + 1 : next;
  // "the two dissolved their partnership": a verb in the past with its object or place after it
  const pastVerb = /^[a-z]{3,}ed$/.test(wordAt(tokens, verbAt)) && PAST_VERB_FOLLOWERS.test(wordAt(tokens, verbAt + 1));
  return GROUP_AGAIN_VERBS.has(wordAt(tokens, verbAt)) || pastVerb ? start : null;
}

/**
 * The noun of the figure just before `first`, when that figure is in the same sentence and its noun
 * names no event ("364 civilians … 759 wounded", "Two victims …, seven are …"); '' otherwise.
 */
function nounCarriedOver(tokens: Token[], previous: Built | undefined, first: number): string {
  return previous && previous.noun && !EVENT_NOUNS.has(previous.noun) && sameSentence(tokens, previous.next, first) ? previous.noun : '';
}

/**
 * The noun of the figure just before `first` when `first` opens a sentence and that figure is in the
 * sentence before, in the same paragraph ("three others were injured. Two remain …"); '' otherwise.
 */
function nounOfSentenceBefore(tokens: Token[], previous: Built | undefined, first: number): string {
  const stop = tokens[first - 1];
  return stop?.type === 'punct' && isBoundary(stop) ? nounCarriedOver(tokens, previous, first - 1) : '';
}

/** A word such as "toll", "rose" or "killing" within three words before `first` (linking words and words for when not counted), in its sentence. */
function quantityCueBefore(tokens: Token[], first: number): boolean {
  // linking words and when it happened do not part the cue from its number: "rose on Tuesday to 11",
  // "the death toll from the storm to at least 11"
  let counted = 0;
  for (let j = first - 1; counted < 3 && j >= 0 && first - j <= 8 && !isBoundary(tokens[j]); j--) {
    if (QUANTITY_CUES.has(tokens[j].lower)) return true;
    if (!LINK_OR_WHEN_WORDS.test(tokens[j].lower)) counted++;
  }
  return false;
}

/**
 * Whether a bare number in digits is what a quantity named before it came to: "her heart rate was 72",
 * "an LDL of 118", "is now at 42, up from 11", "were 76 compared to 93". (Years never get here: "was 2015" is a date.)
 */
function saidOfQuantity(tokens: Token[], first: number, next: number): boolean {
  const ends = isBoundary(tokens[next]) || (tokens[next]?.type === 'punct' && /^[,;:)]$/.test(tokens[next].text)) || /^(?:and|compared|up|down)$/.test(wordAt(tokens, next));
  // ("Doors open at 7": a time of day)
  const clock = wordAt(tokens, first - 1) === 'at' && Number(tokens[first].text) <= 24;
  return ends && !clock && QUANTITY_LINKS.has(wordAt(tokens, first - 1)) && tokens[first - 2]?.type === 'word';
}

/** Whether "condition" comes within four words from tokens[j] ("listed in critical condition", "in fair condition"). */
function conditionWithin(tokens: Token[], j: number): boolean {
  for (let k = j; k < j + 4 && tokens[k]?.type === 'word'; k++) if (tokens[k].lower === 'condition') return true;
  return false;
}

/** Words between a quantity and the bare number it came to: "rate was 72", "an LDL of 118", "now at 42", "only 238". */
const QUANTITY_LINKS = new Set(['was', 'is', 'were', 'are', 'at', 'of', 'from', 'only']);

const LINK_OR_WHEN_WORDS = /^(?:to|the|a|an|of|from|on|late|early|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|overnight)$/;

/**
 * Whether a bare number (tokens first..next) is the subject of the event at `eventAt`, with only
 * auxiliaries and adverbs between ("were fatally", "have been") or a verb of suffering before an
 * injury noun ("received injuries"). After a determiner or "no" it is a pronoun ("the two were
 * killed" names people already counted; "no one was hurt" counts nobody).
 */
function isCountedSubject(tokens: Token[], first: number, next: number, eventAt: number): boolean {
  if (eventAt <= next || NOT_COUNTING_BEFORE.has(wordAt(tokens, first - 1))) return false;
  // a verb must come first: in "three covertly shot videos" the participle describes a noun
  let verb = false;
  for (let j = next; j < eventAt; j++) {
    const w = wordAt(tokens, j);
    if (PASSIVE_LINKS.has(w)) verb = true;
    else if (SUFFERED.has(w) && j === eventAt - 1 && EVENT_NOUNS.has(wordAt(tokens, eventAt))) verb = true;
    else if (!isAdverb(w)) return false;
  }
  return verb;
}

/** Whether "compared to" or "compared with" comes just before `first`, past a possessor ("the US's"). */
function comparedBefore(tokens: Token[], first: number): boolean {
  let j = first - 1;
  if (POSSESSIVE.test(tokens[j]?.text ?? '')) j -= wordAt(tokens, j - 1) === 'the' ? 2 : 1;
  return /^(?:to|with)$/.test(wordAt(tokens, j)) && wordAt(tokens, j - 1) === 'compared';
}

const HOW_BADLY = new Set(['critically', 'seriously', 'fatally', 'gravely', 'mortally', 'severely']);

/** What a word of `HOW_BADLY` at tokens[at] says happened: "fatally", "mortally" killed, the others wounded. */
function howBadlyAt(tokens: Token[], at: number): EventHit | null {
  const word = wordAt(tokens, at);
  return HOW_BADLY.has(word) ? { at, event: /^(?:fatally|mortally)$/.test(word) ? 'killed' : 'wounded', both: false } : null;
}

const GROUP_DETERMINERS = new Set(['another', 'those', 'these', 'other', 'remaining', 'additional']);

const NOT_COUNTING_BEFORE = new Set(['the', 'these', 'those', 'no', 'any', 'each', 'every', 'which', 'that', 'this',
  'of', 'both', 'all', 'other']);
const PASSIVE_LINKS = new Set(['was', 'were', 'is', 'are', 'have', 'has', 'had', 'been', 'being', 'got', 'get', 'found', 'also',
  'later', 'reportedly', 'allegedly']);
const SUFFERED = new Set(['received', 'suffered', 'sustained']);

/** Past a possessive name at tokens[j] ("four of Mr. Trump’s trips", "two of Smith's children"); j when there is none. */
function pastPossessiveName(tokens: Token[], j: number): number {
  for (let k = j; k < j + 4 && (isCapitalised(tokens[k]) || (tokens[k]?.text === '.' && k > j)); k++) {
    if (POSSESSIVE.test(tokens[k].text)) return k + 1;
  }
  return j;
}

/** The noun of an "of" phrase at token j ("of its war" → "war"); '' when there is none. */
function ofPhraseNoun(tokens: Token[], j: number): string {
  if (wordAt(tokens, j) !== 'of') return '';
  j++;
  if (/^(?:the|its|their|his|her|this|a)$/.test(wordAt(tokens, j)) || POSSESSIVE.test(tokens[j]?.text ?? '')) j++;
  const w = wordAt(tokens, j);
  return w && !STOP_WORDS.has(w) ? w : '';
}

/** Words that make the month after them a date: "In March", "By May", "Last August". */
const BEFORE_A_DATE = new Set(['in', 'on', 'by', 'since', 'until', 'through', 'throughout', 'during', 'from', 'of', 'before', 'after',
  'last', 'this', 'next', 'early', 'late', 'mid']);

/**
 * The person whose age the number gives in apposition, news style ("John Skipper, 66, a former
 * chairman", "Leigh Corfman, now 53.", "Sam Osborne, a 23-year-old", "Rolando Pizarro, the 45-year-old"): the surname with the given name before it ("John Skipper", `fullName`), '' for
 * someone unnamed ("another man, 81,"); null when the number is not such an age. The name keys the
 * figure, so two outlets' ages of one person are compared, not any two ages.
 */
function apposedAgeOf(tokens: Token[], core: Core, end = core.next): string | null {
  if (!core.digits || !couldBeAge(tokens, core)) return null;
  let comma = core.first - 1;
  // "Sam Osborne, a 23-year-old who lives nearby", "Rolando Pizarro, the 45-year-old,": an appositive whose noun is the age
  // (not the subject of what follows: "A freshman at Capital High School, the 15-year-old was")
  const described = /^(?:an?|the)$/.test(wordAt(tokens, comma)) && end > core.next && !PREDICATE_STARTS.has(wordAt(tokens, end));
  if (/^(?:now|then|aged?)$/.test(wordAt(tokens, comma)) || described) comma--;
  if (tokens[comma]?.text !== ',' || !adjacent(tokens[comma - 1], tokens[comma])) return null;
  // "Jr.", "Sr." and "III" end a name too
  const dotted = tokens[comma - 1]?.text === '.';
  const suffixAt = comma - (dotted ? 2 : 1);
  const suffixed = isCapitalised(tokens[suffixAt]) && NAME_SUFFIXES.has(tokens[suffixAt].lower) && isCapitalised(tokens[suffixAt - 1]);
  let nameAt = suffixed ? suffixAt - 1 : comma - 1;
  // (after the age, the phrase ends or a place follows: "David Bacon, 52 years of age from Beaverton")
  const after = tokens[end];
  // (a dash set off by spaces closes it, "Karen, 2 — to Walt Disney World"; not a score, "Kentucky, 75–70")
  const dashed = /^[—–]$/.test(after?.text ?? '') && !adjacent(tokens[end - 1], after) && !/^\d/.test(tokens[end + 1]?.text ?? '');
  const ends = described || !after || after.type === 'break' || /^[,.;()]$/.test(after.text) || dashed
    || (end > core.next && /^(?:from|of)$/.test(after.lower) && isCapitalised(tokens[end + 1]))
    // "Allen, 58 and married, was nominated": one more word of the appositive
    || (end === core.next && after.lower === 'and' && tokens[end + 1]?.type === 'word' && !isCapitalised(tokens[end + 1]) && tokens[end + 2]?.text === ',');
  // "Another man, 81, died" and a headline's "Shooting Wounds Boy, 5," or "Girl, 4, died in …": the age of someone
  // the article does not name
  const unnamed = tokens[nameAt]?.type === 'word'
    && (!isCapitalised(tokens[nameAt]) || tokens[nameAt].titleLine || isBoundary(tokens[nameAt - 1]));
  if (!suffixed && unnamed && GENDERED_PERSON_NOUNS.has(tokens[nameAt].lower)) {
    return ends ? '' : null;
  }
  // (a month is a date, "In March, 40, or nearly half,", unless it ends a name: "Bernard August, 61")
  const month = MONTHS.has(tokens[nameAt].lower) && (!isCapitalised(tokens[nameAt - 1]) || BEFORE_A_DATE.has(tokens[nameAt - 1].lower));
  if (!isCapitalised(tokens[nameAt]) || month || WEEKDAYS.has(tokens[nameAt].lower)) return null;
  // "A close friend of Bonner’s, a 14-year-old Pontiac boy": someone else's age
  if (POSSESSIVE.test(tokens[nameAt].text)) return null;
  // "Senator Chuck Schumer of New York, 66": the age is the person's, not the place's
  let placeStart = nameAt;
  while (isCapitalised(tokens[placeStart - 1])) placeStart--;
  if (wordAt(tokens, placeStart - 1) === 'of' && isCapitalised(tokens[placeStart - 2])) nameAt = placeStart - 2;
  else if (described && opensWithSetting(tokens, placeStart, comma)) return null;
  return ends ? fullName(tokens, nameAt) : null;
}

/**
 * The name (`fullName`) of the person whose age a number in brackets right after their name gives: "Amanda
 * Berry (27), Gina DeJesus (23) and Michelle Knight (32) were found"; null for anything else. The
 * name starts with a known first name, so a place's or a team's number ("Ohio (18)") is no age.
 */
function bracketedAgeOf(tokens: Token[], core: Core): string | null {
  if (!core.digits || !couldBeAge(tokens, core) || tokens[core.first - 1]?.text !== '(' || tokens[core.next]?.text !== ')') return null;
  const surname = tokens[core.first - 2];
  if (!isCapitalised(surname)) return null;
  // a middle initial may come between: "Michael J. Fox (52)"
  const first = tokens[core.first - 3]?.text === '.' && isCapitalised(tokens[core.first - 4]) && tokens[core.first - 4].text.length === 1
    ? tokens[core.first - 5] : tokens[core.first - 3];
  if (first?.type !== 'word' || !isCapitalised(first) || !FIRST_NAME_GENDER.has(first.lower)) return null;
  // the sentence is about people ("Three young women, …", "… were found"), not a poll's shares or a round's scores
  return sentenceTellsOfPeople(tokens, core.first) ? fullName(tokens, core.first - 2) : null;
}

/** Whether the sentence around token i names people by a noun ("women", "victims") or tells what happened to them ("found", "killed"). */
function sentenceTellsOfPeople(tokens: Token[], i: number): boolean {
  const person = (w: string): boolean => [w, singular(w)].some((noun) => PERSON_NOUNS.has(noun) || GENDERED_PERSON_NOUNS.has(noun));
  for (let j = i - 1; j >= 0 && i - j <= 40 && !isBoundary(tokens[j]); j--) if (person(wordAt(tokens, j))) return true;
  for (let j = i + 1; j < tokens.length && j - i <= 40 && !isBoundary(tokens[j]); j++) {
    if (EVENT_WORDS.has(wordAt(tokens, j)) || /^(?:found|rescued|freed|charged|held)$/.test(wordAt(tokens, j))) return true;
  }
  return false;
}

/** Words after a subject that start what is said of it: "the 15-year-old was interested". */
const PREDICATE_STARTS = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'will', 'would', 'said', 'says', 'told', 'died']);

/**
 * Whether the words before `comma`, from the sentence's start, set a scene rather than name someone: "In downtown
 * Chicago, a 23-year-old man died", "According to Chicago Police, a …", "Meanwhile, a …", "Tragically, a …".
 */
function opensWithSetting(tokens: Token[], nameStart: number, comma: number): boolean {
  let start = nameStart;
  while (start > 0 && !isBoundary(tokens[start - 1])) {
    if (tokens[start - 1].text === ',') return false;
    start--;
  }
  const opener = tokens[start].lower;
  const adverb = comma - start === 1 && SENTENCE_ADVERBS.has(opener);
  return adverb || SETTING_PREPOSITIONS.has(opener) || opener === 'according';
}

/** Words that open a sentence with a comma and name no one ("Meanwhile, a 23-year-old man …"; not "Kelly, a …"). */
const SENTENCE_ADVERBS = new Set(['meanwhile', 'however', 'instead', 'still', 'now', 'then', 'later', 'earlier', 'also',
  'today', 'yesterday', 'tonight', 'overnight', 'separately', 'elsewhere', 'nearby', 'inside', 'outside', 'tragically',
  'sadly', 'unfortunately', 'fortunately', 'ironically', 'additionally', 'finally', 'ultimately', 'initially', 'previously',
  'currently', 'recently', 'originally', 'similarly', 'likewise', 'moreover', 'furthermore', 'indeed', 'again']);

/** Prepositions that set a place or a time before a clause ("In Chicago, a 23-year-old man died"). */
const SETTING_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'across', 'outside', 'inside', 'throughout', 'from', 'around',
  'during', 'after', 'before', 'since', 'until', 'by']);

/**
 * The person an "N-year-old" names right after it ("18-year-old Brian Davis died"): the surname with
 * the given name, as `apposedAgeOf` gives it for "Brian Davis, 18,"; null before a common noun ("a 7-year-old
 * Chicago boy") or when no name follows. `indefinite`: "a" or "an" comes before the age.
 */
function namedAfterAge(tokens: Token[], j: number, indefinite: boolean): string | null {
  let last = j;
  while (isCapitalised(tokens[last]) && !tokens[last].titleLine && !MONTHS.has(tokens[last].lower)
    && !WEEKDAYS.has(tokens[last].lower) && !STOP_WORDS.has(tokens[last].lower)) {
    last++;
    // an initial's period stays in the run: "John F. Kennedy", "U.S. Navy"
    if (tokens[last]?.text === '.' && tokens[last - 1].text.length === 1 && adjacent(tokens[last - 1], tokens[last])) last++;
    // a nickname in quotation marks too: "Savonie “Vahnnie” McNeil"
    const close = /^[“"]$/.test(tokens[last]?.text ?? '') ? nicknameEnd(tokens, last) : -1;
    if (close > 0) last = close + 1;
  }
  if (last === j || last - j > 6) return null;
  const after = tokens[last];
  // "26-year-old Logistics Specialist 2nd Class": a rank, not a name
  if (after?.type === 'num') return null;
  if (after?.type === 'word' && !isCapitalised(after) && !STOP_WORDS.has(after.lower) && (PERSON_NOUNS.has(after.lower)
    || isPlural(after.lower) || AGE_NOUNS.has(after.lower))) return null;
  // "5-year-old Mark Jr.", "Mark Jason Short Sr.": the suffix is no surname
  if (last - 1 > j && NAME_SUFFIXES.has(tokens[last - 1].lower)) last--;
  // "18-year-old Michael Brown’s body" is his age; "a 21-year-old Alameda County Sheriff’s volunteer" and
  // "a 30-year-old Trader Joe’s manager" name no one: after "a", the age is the noun's, not the owner's
  const surname = withoutPossessive(tokens[last - 1].text);
  if (POSSESSIVE.test(tokens[last - 1].text) && (indefinite || isTitle(surname) || namesRole(surname))) return null;
  // a surname is more than an initial: "a 26-year-old U.S. citizen" names nobody
  return /^\p{L}\p{L}/u.test(surname) ? fullName(tokens, last - 1) : null;
}

/** The closing mark of a quoted nickname opening at tokens[open], one to three capitalised words before a capitalised name; -1 when there is none. */
function nicknameEnd(tokens: Token[], open: number): number {
  let k = open + 1;
  while (k - open <= 3 && isCapitalised(tokens[k])) k++;
  return k > open + 1 && /^[”"]$/.test(tokens[k]?.text ?? '') && isCapitalised(tokens[k + 1]) ? k : -1;
}

/** Nouns after "a 7-year-old Chicago …" that make the capitalised words a place, not a name. */
const AGE_NOUNS = new Set(['resident', 'native', 'student', 'driver', 'mother', 'father', 'son', 'daughter', 'brother',
  'sister', 'nephew', 'niece', 'grandson', 'granddaughter', 'cousin', 'male', 'female', 'youth', 'toddler', 'infant',
  'teen', 'teenager', 'freshman', 'sophomore', 'junior', 'senior', 'honor', 'veteran', 'employee', 'player']);

/**
 * Whether the number is an age stated as a predicate: "a man aged 23", "at the age of 14", "at age 13", "she was
 * 14 when", "Moore, who was 32 at the time". The subject must be a person (he, she, a name) and the
 * number end its clause, so "the toll was 12" and "it is 40 miles" stay out.
 */
function isPredicateAge(tokens: Token[], core: Core, next: number): boolean {
  if (!couldBeAge(tokens, core)) return false;
  const before = wordAt(tokens, core.first - 1);
  // ("under the age of 18" is a limit: `ageLimitAt` reads it first)
  // ("between the ages of 12 and 16")
  if (before === 'of' && /^ages?$/.test(wordAt(tokens, core.first - 2))) return true;
  if (before === 'aged') return true;
  // "Margaret Thatcher dies at 87"
  if (before === 'at' && /^(?:die|dies|died)$/.test(wordAt(tokens, core.first - 2))) return true;
  // "the victims ranged in age from about 18 to 24" (not "from seven months to 13")
  const from = /^(?:about|around|roughly|approximately)$/.test(before) ? core.first - 2 : core.first - 1;
  if (wordAt(tokens, from) === 'from' && wordAt(tokens, from - 1) === 'age' && wordAt(tokens, from - 2) === 'in') {
    return !TIME_UNITS.has(wordAt(tokens, core.next)) && !TIME_UNITS.has(wordAt(tokens, next));
  }
  // "moved to the mainland at age 13" ("Jane Roe, age 34," is hers: apposedAgeOf)
  if (before === 'age') return /^(?:at|by|since|until|from)$/.test(tokens[core.first - 2]?.lower ?? '');
  const after = tokens[core.next];
  const ends = !after || after.type === 'break' || /^[,.;]$/.test(after.text) || /^(?:when|at|and)$/.test(after.lower);
  // "His age, 75, could be problematic"
  if (tokens[core.first - 1]?.text === ',' && wordAt(tokens, core.first - 2) === 'age') {
    return /^(?:his|her|their)$/.test(wordAt(tokens, core.first - 3)) && after?.text === ',';
  }
  // "He just turned 40 in April", "would have turned 12 on Friday", "turns 65 next year"
  if (/^(?:turned|turns|turn|turning)$/.test(before)) return ends || /^(?:in|on|last|this|next|earlier|later|soon|before|after|that)$/.test(after.lower);
  if (!/^(?:was|is|were)$/.test(before)) return false;
  const subject = tokens[core.first - 2];
  // ("Another victim was 16.", "the child was 7": a person's noun)
  const person = /^(?:he|she|who)$/.test(wordAt(tokens, core.first - 2)) || PERSON_NOUNS.has(wordAt(tokens, core.first - 2))
    || GENDERED_PERSON_NOUNS.has(wordAt(tokens, core.first - 2)) || (isCapitalised(subject) && !subject.titleLine
    && !NOT_AGE_SUBJECTS.has(subject.lower) && !MONTHS.has(subject.lower) && !WEEKDAYS.has(subject.lower))
    || (subject?.text === ',' && opensWithPersonWho(tokens, core.first - 2));
  return person && ends;
}

/**
 * Whether `comma` closes a relative clause about a name that opens its sentence: "Ailes, who reshaped television
 * news over five decades, was 77" (what follows the clause is said of the name).
 */
function opensWithPersonWho(tokens: Token[], comma: number): boolean {
  for (let j = comma - 1; j > 0 && comma - j <= 40 && !isBoundary(tokens[j]); j--) {
    if (wordAt(tokens, j) !== 'who' || tokens[j - 1].text !== ',') continue;
    let start = j - 2;
    while (start > 0 && isCapitalised(tokens[start - 1]) && j - start < 4) start--;
    const opens = start === 0 || isBoundary(tokens[start - 1]);
    return opens && isCapitalised(tokens[start]) && !tokens[start].titleLine && !NOT_AGE_SUBJECTS.has(tokens[start].lower)
      && isCapitalised(tokens[j - 2]);
  }
  return false;
}

/**
 * Where an age listed after "ages" or "aged" starts ("ages 1 and 4", "ages 22, 45 and 67", "ages six
 * and seven"): at "ages" for the
 * first number, at the number for the others; null when the number is in no such list.
 */
function listedAgeStart(tokens: Token[], core: Core): number | null {
  if (!mayBeListedAge(tokens, core)) return null;
  // "ages 6 and 7", "ages six and seven", "aged 12 and 14", "the ages of 12 and 16"
  let j = core.first - 1;
  // a list of ages is short: "ages 18, 18, 19 and 20" (nor does a long run of numbers cost a walk back from each)
  while (j > 0 && core.first - j < 12 && (tokens[j].text === ',' || tokens[j].lower === 'and' || isListedAge(tokens[j]))) j--;
  // ("between the ages of 12 and 16")
  const ofAges = wordAt(tokens, j) === 'of' && wordAt(tokens, j - 1) === 'ages';
  if ((!/^(?:ages|aged)$/.test(wordAt(tokens, j)) && !ofAges) || !isListedAge(tokens[j + 1])) return null;
  // "ages 37 and 52, and three men": a number before a word counts that word; the last age may end before a verb
  // ("ages 5 and 7 were hurt"; not "ages 16, 17 and 19, two were")
  const after = tokens[core.next];
  const last = wordAt(tokens, core.first - 1) === 'and' && /^(?:were|was|are|is|had|have|has)$/.test(after?.lower ?? '');
  if (after?.type === 'word' && !/^(?:and|or|to|through)$/.test(after.lower) && !last) return null;
  // "those ages 15 and older", "adults (ages 18+)" are limits
  if (tokens[core.next]?.text === '+'
    || (/^(?:and|or)$/.test(wordAt(tokens, core.next)) && /^(?:older|younger|up|over|under)$/.test(wordAt(tokens, core.next + 1)))) return null;
  return j === core.first - 1 ? j : core.first;
}

/** Whether the parsed number may be one age of a list: digits or one word ("18", "six"), in an age's range. */
function mayBeListedAge(tokens: Token[], core: Core): boolean {
  return (core.digits || core.next - core.first === 1) && couldBeAge(tokens, core);
}

/** A token that may be one of a list of ages: "18", "six", "twenty". */
function isListedAge(t: Token | undefined): boolean {
  return !!t && ((t.type === 'num' && /^\d{1,3}$/.test(t.text)) || UNIT_WORDS.has(t.lower) || TENS_WORDS.has(t.lower));
}

/**
 * Whether the number is listed before the age that says "years old": the 17 of "Two teenagers, 17
 * and 19 years old", the 5 of "5, 8 and 11 years old".
 */
function isListedBeforeYearsOld(tokens: Token[], core: Core): boolean {
  if (!mayBeListedAge(tokens, core)) return false;
  let j = core.next;
  let linked = false;
  for (; j - core.next < 12 && (tokens[j]?.text === ',' || /^(?:and|or)$/.test(wordAt(tokens, j)) || isListedAge(tokens[j])); j++) {
    if (!isListedAge(tokens[j])) linked = true;
  }
  return linked && isListedAge(tokens[j - 1]) && /^years?$/.test(wordAt(tokens, j)) && wordAt(tokens, j + 1) === 'old';
}

/** The last year of an age decade each word before "30s" allows: "his early 30s" is 30 to 33. */
const DECADE_PARTS: ReadonlyMap<string, number> = new Map([['early', 3], ['mid', 6], ['late', 9]]);

/**
 * "in his 60s", "her early 30s", "their mid-20s": an age given by its decade, valued as the
 * decade's first year (as annotators and readers do), its qualifier the last year it allows.
 */
function decadeOfAge(tokens: Token[], core: Core): Built | null {
  const value = core.value ?? 0;
  if (!core.digits || core.ordinal || value < 10 || value > 110 || value % 10 !== 0) return null;
  const s = tokens[core.next];
  if (s?.lower !== 's' || !adjacent(tokens[core.next - 1], s)) return null;
  let j = core.first - 1;
  if (tokens[j]?.text === '-' && tokens[j - 1]?.lower === 'mid') j--; // "mid-30s"
  const part = DECADE_PARTS.get(wordAt(tokens, j));
  if (part !== undefined) j--;
  // "in his 30s or 40s", "in her late 20s to early 30s": the second decade of the same age
  const secondDecade = /^(?:or|to)$/.test(wordAt(tokens, j)) && tokens[j - 1]?.lower === 's' && /^\d0$/.test(tokens[j - 2]?.text ?? '')
    && decadeOfAge(tokens, { ...core, first: j - 2, next: j - 1, value: Number(tokens[j - 2].text) }) !== null;
  if (!/^(?:his|her|their)$/.test(wordAt(tokens, j)) && !secondDecade) return null;
  return { first: secondDecade ? j + 1 : j, next: core.next + 1, value, kind: 'measure', qualifier: `to ${value + (part ?? 9)}`,
    noun: '', event: null, what: 'age' };
}

/** Words before an age that make it a limit ("under the age of 18", "adults over 21"); the first two bound it from below. */
const AGE_LIMITS = new Set(['under', 'over', 'below', 'above']);
const LOWER_AGE_LIMITS = new Set(['over', 'above']);
/** After "N and" or "N or", the words that make N a lower or an upper age limit ("21 and older", "13 or younger"). */
const LIMIT_AFTER: ReadonlyMap<string, 'minimum' | 'maximum'> = new Map([
  ['older', 'minimum'], ['over', 'minimum'], ['above', 'minimum'], ['up', 'minimum'],
  ['younger', 'maximum'], ['under', 'maximum'], ['below', 'maximum'],
]);
/** People an age limit right after them bounds: "adults over 21", "children under 13". */
const LIMITED_PEOPLE = new Set(['anyone', 'adults', 'children', 'child', 'kids', 'people', 'those', 'students', 'teens',
  'teenagers', 'youths', 'minors', 'residents', 'workers', 'patrons', 'women', 'men', 'girls', 'boys', 'individuals', 'persons']);

/**
 * An age limit: "over the age of 18", "under age 13", "18 and older", "21 or older", "21+", "adults over 21",
 * "children under 13", as the minimum or the maximum age; null for any other number. Outlets report one
 * rule's limit in these different words, so each is a figure that compares with the others.
 */
function ageLimitAt(tokens: Token[], core: Core): Built | null {
  if (!couldBeAge(tokens, core)) return null;
  const limit = (first: number, next: number, bound: 'minimum' | 'maximum', qualifier: string): Built =>
    ({ first, next, value: core.value, kind: 'measure', qualifier, noun: '', event: null, what: `${bound} age` });
  const before = wordAt(tokens, core.first - 1);
  const after = wordAt(tokens, core.next);
  const endsTheAge = !isPlural(after) && !MEASURE_UNITS.has(after) && !TIME_UNITS.has(after) && !/^(?:percent|per)$/.test(after);
  // "girls as young as 15" (the youngest allowed), "patients as old as 90" (not "as young as six months")
  const extreme = /^(?:young|old)$/.test(wordAt(tokens, core.first - 2)) && before === 'as' && wordAt(tokens, core.first - 3) === 'as';
  if (extreme && endsTheAge) {
    // ("Kids as young as 13 were riddled with bullets": the youngest of them, an age)
    if (/^(?:were|was|are|is|have|had)$/.test(after)) {
      return { first: core.first - 3, next: core.next, value: core.value, kind: 'measure', qualifier: null, noun: '', event: null, what: 'age' };
    }
    return limit(core.first - 3, core.next, wordAt(tokens, core.first - 2) === 'young' ? 'minimum' : 'maximum', `as ${wordAt(tokens, core.first - 2)} as`);
  }
  // "lowering the age restriction to 15", "an age limit of 21", "The prior age limit was 17.", "an age restriction of 17 years"
  // ("an upper age limit of 35" is a maximum)
  const inYears = /^years?$/.test(after) ? 1 : 0;
  if (/^(?:to|of|at|was|is)$/.test(before) && /^(?:limit|restriction|requirement|minimum)$/.test(wordAt(tokens, core.first - 2))
    && wordAt(tokens, core.first - 3) === 'age' && (endsTheAge || inYears > 0)) {
    const upper = /^(?:upper|maximum)$/.test(wordAt(tokens, core.first - 4));
    return limit(core.first - 3, core.next + inYears, upper ? 'maximum' : 'minimum', `age ${wordAt(tokens, core.first - 2)}`);
  }
  if (!core.digits) return null;
  // "over the age of 18", "under age 13"
  const ageAt = before === 'age' ? core.first - 1 : before === 'of' && wordAt(tokens, core.first - 2) === 'age' ? core.first - 2 : -1;
  if (ageAt >= 0) {
    const limitAt = wordAt(tokens, ageAt - 1) === 'the' ? ageAt - 2 : ageAt - 1;
    const word = wordAt(tokens, limitAt);
    if (AGE_LIMITS.has(word)) return limit(limitAt, core.next, LOWER_AGE_LIMITS.has(word) ? 'minimum' : 'maximum', word);
    return null;
  }
  // "students 18 and older", "ages 21 or over", "someone who is 19 or older": said of people, and ending the
  // phrase (not "she was 12 and under pressure", "Prices rose 5 and up to 10 percent", "Gifts $25 and under")
  const ofPeople = LIMITED_PEOPLE.has(before) || /^(?:ages|aged|are|is|be)$/.test(before);
  const joinAt = /^years?$/.test(wordAt(tokens, core.next)) ? core.next + 1 : core.next;
  const bound = ofPeople && /^(?:and|or)$/.test(wordAt(tokens, joinAt)) ? LIMIT_AFTER.get(wordAt(tokens, joinAt + 1)) : undefined;
  const afterBound = tokens[joinAt + 2];
  if (bound && ((afterBound?.type !== 'word' && afterBound?.type !== 'num') || STOP_WORDS.has(afterBound.lower))) {
    return limit(core.first, joinAt + 2, bound, `${wordAt(tokens, joinAt)} ${wordAt(tokens, joinAt + 1)}`);
  }
  // "ages 18+", "adults 21+" (not "a 20+ point lead", "14+ hours")
  if (ofPeople && tokens[core.next]?.text === '+' && adjacent(tokens[core.next - 1], tokens[core.next]) && tokens[core.next + 1]?.type !== 'word') {
    return limit(core.first, core.next + 1, 'minimum', 'or older');
  }
  // "adults over 21", "children under 13" (not "children under 13 pounds", "men over 6 feet")
  if (AGE_LIMITS.has(before) && LIMITED_PEOPLE.has(wordAt(tokens, core.first - 2)) && endsTheAge) {
    return limit(core.first - 1, core.next, LOWER_AGE_LIMITS.has(before) ? 'minimum' : 'maximum', before);
  }
  return null;
}

/** Capitalised words before "was" that are not people. */
const NOT_AGE_SUBJECTS = new Set(['it', 'this', 'that', 'there', 'which', 'what', 'the', 'score', 'total']);

/** A whole number from 1 to 119 that is not an ordinal; in digits, one token of up to three. */
function couldBeAge(tokens: Token[], core: Core): boolean {
  if (core.ordinal || core.value === null || core.value < 1 || core.value > 119 || !Number.isInteger(core.value)) return false;
  return !core.digits || /^\d{1,3}$/.test(tokens[core.first].text);
}

/**
 * Whether the number is the age of each of several set off after them: "Chavar Gilliam and Carl Moore, both 24.",
 * "Two women, both 21, were hurt" (not "both 2 and 3", "both 10 points").
 */
function isAgeOfBoth(tokens: Token[], core: Core): boolean {
  const after = tokens[core.next];
  // (of people: a name or a noun for people before the comma, not "The two polls, both 45")
  const of = tokens[core.first - 3];
  return wordAt(tokens, core.first - 1) === 'both' && tokens[core.first - 2]?.text === ',' && couldBeAge(tokens, core)
    && (isCapitalised(of) || PERSON_NOUNS.has(of?.lower ?? '')) && (!after || after.type === 'break' || /^[,.;]$/.test(after.text));
}

/** "Day 12 of the war" as an ordinal figure, or null. */
function dayNumberAt(tokens: Token[], core: Core): Built | null {
  const day = tokens[core.first - 1];
  if (!core.digits || core.ordinal || core.value === null || day?.type !== 'word' || day.lower !== 'day') return null;
  const ofNoun = ofPhraseNoun(tokens, core.next);
  if (!ofNoun) return null;
  return { first: core.first - 1, next: core.next, value: core.value, kind: 'ordinal', qualifier: null, noun: 'day',
    event: null, what: `day of the ${WAR_WORDS.has(ofNoun) ? 'war' : ofNoun}` };
}

/**
 * "the No. 2 job", "No. 3 in the Republican leadership": a rank, as an ordinal of "rank" (ranks of
 * one story compare when equal). Not a name's number ("Question No. 1"), an address ("No. 10
 * Downing Street"), a case number or a point of a list.
 */
function rankAt(tokens: Token[], core: Core): Built | null {
  if (core.ordinal || core.value === null) return null;
  const [no, dot] = [tokens[core.first - 2], tokens[core.first - 1]];
  const abbreviated = core.digits && dot?.text === '.' && no?.type === 'word' && no.text === 'No';
  // "the number two Republican" in words ("the number one priority" is a way of speaking, no rank)
  const spelled = !core.digits && core.value >= 2 && wordAt(tokens, core.first - 1) === 'number'
    && /^(?:the|his|her|its|their)$/.test(wordAt(tokens, core.first - 2));
  if (!abbreviated && !spelled) return null;
  const first = abbreviated ? core.first - 2 : core.first - 1;
  if (abbreviated && isCapitalised(tokens[core.first - 3]) && !isBoundary(tokens[core.first - 4])) return null;
  // "the No. 2 Republican in the Senate", "the No. 3 House Democrat": a rank in a party
  const party = [core.next, core.next + 1].find((j) => /^(?:republican|democrat)$/.test(wordAt(tokens, j)) && isCapitalised(tokens[j])
    && tokens.slice(core.next, j).every(isCapitalised));
  if (party !== undefined) return { first, next: party + 1, value: core.value, kind: 'ordinal', qualifier: null, noun: '', event: null, what: 'rank' };
  if (isCapitalised(tokens[core.next])) return null;
  // a case number ("No. 10-277") or a point of a list ("No. 1, Ukraine received the aid")
  const after = tokens[core.next]?.text;
  if (after === '-' || (after === ',' && (first === 0 || tokens[first - 1].type !== 'word'))) return null;
  const noun = tokens[core.next]?.type === 'word' && /^(?:job|position|post|spot|slot|official|leader|ranking|seed|pick)s?$/.test(tokens[core.next].lower);
  // (in words, not before a plural: "doubled the number two years ago" counts years)
  if (spelled && isPlural(wordAt(tokens, core.next))) return null;
  return { first, next: core.next + (noun ? 1 : 0), value: core.value, kind: 'ordinal', qualifier: null, noun: '', event: null, what: 'rank' };
}

/**
 * "the 6th District", "the 27th Congressional District", "the 10th Circuit", "the 2nd Amendment",
 * and an alderman's ward after the name ("Ald. Raymond Lopez (15th)", "Ald. Raymond Lopez, 15th,"):
 * what a digit ordinal numbers, as an ordinal of that noun.
 */
function seatNumberAt(tokens: Token[], core: Core): Built | null {
  if (!core.digits || !core.ordinal) return null;
  // ("the 10th U.S. Circuit Court of Appeals": the country's initials between)
  const nounAt = initialsEnd(tokens, core.next);
  const after = wordAt(tokens, nounAt);
  const district = after === 'congressional' && wordAt(tokens, nounAt + 1) === 'district';
  // in lower case, only when no noun follows: "the 9th district", "the 25th amendment to remove", not
  // "the 3rd district court" nor "2nd class citizens"
  const end = nounAt + (district ? 2 : 1);
  const following = tokens[end];
  const headsPhrase = isCapitalised(tokens[nounAt]) || following?.type !== 'word' || isCapitalised(following) || STOP_WORDS.has(following.lower);
  if (NUMBERED_NOUNS.has(after) && headsPhrase) {
    const noun = district ? 'district' : after;
    return { first: core.first, next: end, value: core.value, kind: 'ordinal', qualifier: null, noun, event: null, what: noun };
  }
  const [open, close] = [tokens[core.first - 1]?.text, tokens[core.next]?.text];
  const setOff = (open === '(' && close === ')') || (open === ',' && close === ',');
  let alderman = false;
  for (let j = core.first - 2; j >= 0 && j >= core.first - 8 && tokens[j].type !== 'break'; j--) alderman ||= /^(?:ald|alderman|alderwoman)$/.test(tokens[j].lower);
  return setOff && alderman && core.value !== null
    ? { first: core.first, next: core.next, value: core.value, kind: 'ordinal', qualifier: null, noun: 'ward', event: null, what: 'ward' } : null;
}

/** Whether tokens from..to hold at most one sentence end and no paragraph break. */
function withinSentenceBefore(tokens: Token[], from: number, to: number): boolean {
  let ends = 0;
  for (let j = from; j < to; j++) if (tokens[j].type === 'break' || (isBoundary(tokens[j]) && ++ends > 1)) return false;
  return true;
}

function sameSentence(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isBoundary(tokens[j])) return false;
  return true;
}

/**
 * True when the sentence before the figure, or a few words after it, dates the count as superseded
 * ("A day earlier, 249 …", "… 331, up from 249").
 */
function isEarlierCount(tokens: Token[], first: number, next: number): boolean {
  let start = first;
  while (start > 0 && !isBoundary(tokens[start - 1])) start--;
  // "a man suspected of killing four people the previous day": the crime itself, dated
  // (in the count's clause: "suspected of killing four people and wounding two others", not "charged
  // with robbery in 2015, said three people were killed")
  for (let j = first - 1; j > start && first - j <= 12 && tokens[j].type !== 'punct'; j--) {
    if (ACCUSED.has(tokens[j - 1].lower) && /^(?:of|with)$/.test(wordAt(tokens, j))) return false;
  }
  for (let j = start; j < next + 6 && j < tokens.length && !isBoundary(tokens[j]); j++) {
    const w = tokens[j].lower;
    if (EARLIER_MARKERS.has(w)) return true;
    if (w === 'up' && wordAt(tokens, j + 1) === 'from') return true;
  }
  return false;
}

/** Words that say someone is held to have done something: "suspected of killing", "charged with murdering". */
const ACCUSED = new Set(['suspected', 'accused', 'charged', 'convicted', 'indicted']);

/** The `what` of a figure: "civilians killed", "people killed and wounded", "day of the war", "age". */
function describe(kind: FigureKind, noun: string, unit: string, ofNoun: string, event: EventHit | null,
  nounIsEvent: boolean): string {
  if (kind === 'ordinal' && ofNoun) return `${noun} of the ${WAR_WORDS.has(ofNoun) ? 'war' : ofNoun}`;
  const head = [unit, noun].filter(Boolean).join(' ');
  if (!event || nounIsEvent) return head;
  const label = event.both ? 'killed and wounded' : EVENT_LABEL[event.event];
  return head ? `${head} ${label}` : label;
}

/** Whether a qualifier is written after the number: "5 to 7", "50 or more". */
export const trailsNumber = (qualifier: string): boolean => /^(?:to|or) /.test(qualifier);

/** A share as the percentage a reader compares it with: two-thirds is "66.7%". */
export const formatShare = (share: number): string => `${formatNumber(Math.round(share * 1000) / 10)}%`;

/** A value as a reader writes it: "1,123", "2.5". */
export function formatNumber(n: number): string {
  if (!Number.isInteger(n)) return String(Math.round(n * 100) / 100);
  // "716 billion", "1.375 billion", "5 million": as outlets write large round amounts
  for (const [scale, word] of SCALES) {
    if (Math.abs(n) >= scale && n % (scale / 1000) === 0) return `${(n / scale).toLocaleString('en-US', { maximumFractionDigits: 3 })} ${word}`;
  }
  return n.toLocaleString('en-US');
}

const SCALES: readonly [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

function toSpan(text: string, tokens: Token[], f: Built): FigureSpan {
  const start = tokens[f.first].start;
  const end = tokens[f.next - 1].end;
  return { start, end, text: text.slice(start, end), value: f.value, kind: f.kind, qualifier: f.qualifier, what: f.what };
}
