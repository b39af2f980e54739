// Word lists shared by figure extraction (figures.ts) and figure grouping (figure-groups.ts):
// number words, scale words, and the event words that say what happened to what was counted.

/** Cardinal number words below one hundred that stand alone ("seven", "forty"). */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

/** Multiples of ten ("twenty" … "ninety"). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Whether a word is a cardinal number below one hundred written as one word ("seven", "forty"). */
export const isNumberWord = (w: string): boolean => UNIT_WORDS.has(w) || TENS_WORDS.has(w);

/** Scale words after a number ("1.5 million", "$2.5bn"); `hundred` multiplies the part below a thousand. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['bn', 1e9], ['mn', 1e6], ['mln', 1e6], ['tn', 1e12], ['k', 1e3],
]);

/** Scale abbreviations that only mean "million"/"billion" after a currency sign ("£3m", "$4b"). */
export const MONEY_SCALE_LETTERS: ReadonlyMap<string, number> = new Map([['m', 1e6], ['b', 1e9]]);

/** Ordinal words and their numbers ("eleventh" → 11); tens-compounds are built from these. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
]);

/**
 * Nouns an ordinal counts along a running series ("the 12th day of the war", "a fifth term"): two
 * outlets giving different ordinals of one of these disagree. Other ordinals pick out one of many
 * ("the second suspect", "a fourth victim") and compare only when equal.
 */
export const ORDINAL_SERIES_NOUNS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'night', 'anniversary', 'birthday', 'round', 'term']);

/**
 * Plural scale words that make a vague amount before "of" ("hundreds of", "tens of thousands of"),
 * with about how many each stands for: "tens of thousands" is some 10 × 1,000.
 */
export const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['tens', 10], ['scores', 20],
]);
export const VAGUE_PLURALS: ReadonlySet<string> = new Set(VAGUE_SCALES.keys());

/** Words for currencies written after the amount ("40 dollars", "3 million euros"). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'rupee', 'rupees', 'rubles', 'roubles',
  'pesos', 'francs', 'hryvnias', 'hryvnia', 'cents', 'shekels', 'dinars', 'riyals', 'lira',
]);

/** Currency signs and codes written before the amount. */
export const CURRENCY_PREFIXES: ReadonlySet<string> = new Set([
  '$', '£', '€', '¥', '₹', '₽', '₴', 'us$', 'usd', 'eur', 'gbp', 'rs', 'c$', 'a$',
]);

/** Units of measure (a number before one of these is a measure, not a count). */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'mile', 'miles', 'meter', 'meters', 'metre',
  'metres', 'foot', 'feet', 'ft', 'inch', 'inches', 'yard', 'yards', 'kg', 'kilogram', 'kilograms', 'pound', 'pounds', 'ounce', 'ounces', 'gram', 'grams',
  'lbs', 'lb', 'ton', 'tons', 'tonnes', 'tonne', 'barrels', 'gallon', 'gallons', 'liters', 'litres', 'acres', 'acre',
  'hectares', 'degrees', 'mph', 'kph', 'cm', 'mm', 'square', 'cubic', 'megawatts', 'gigawatts', 'mw', 'gw',
]);

/** Units of time: a number before one is a length of time (a measure): "six months", "two days ago". */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
]);

/** What happened to the counted people or things, by family of event. */
export type EventKind = 'killed' | 'wounded' | 'shot' | 'casualties' | 'displaced' | 'arrested' | 'missing';

/** Event words (verbs, participles, nouns) → the event they report. */
export const EVENT_WORDS: ReadonlyMap<string, EventKind> = new Map<string, EventKind>([
  ...(['killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'dying', 'death', 'deaths', 'fatalities',
    'murdered', 'slain', 'perished', 'deceased'] as const).map((w) => [w, 'killed'] as [string, EventKind]),
  ...(['wounded', 'wounding', 'wound', 'injured', 'injuring', 'injure', 'injures', 'injuries', 'injury', 'hurt',
    'hospitalized', 'hospitalised'] as const).map((w) => [w, 'wounded'] as [string, EventKind]),
  ...(['shot', 'gunned'] as const).map((w) => [w, 'shot'] as [string, EventKind]),
  ['casualties', 'casualties'],
  ...(['fled', 'flee', 'fleeing', 'displaced', 'displacement', 'refugees', 'evacuated'] as const)
    .map((w) => [w, 'displaced'] as [string, EventKind]),
  ...(['arrested', 'detained', 'arrests'] as const).map((w) => [w, 'arrested'] as [string, EventKind]),
  ['missing', 'missing'],
]);

/** Nouns that are themselves the event ("331 deaths", "675 injuries", "1.5 million refugees"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'deaths', 'fatalities', 'injuries', 'casualties', 'refugees', 'arrests',
]);

/** How an event is written in a figure's `what` ("civilians killed"). */
export const EVENT_LABEL: Readonly<Record<EventKind, string>> = {
  killed: 'killed', wounded: 'wounded', shot: 'shot', casualties: 'killed and wounded', displaced: 'displaced',
  arrested: 'arrested', missing: 'missing',
};

/** Events that count victims of one act of violence: their totals and parts are compared together. */
export const CASUALTY_EVENTS: ReadonlySet<EventKind> = new Set(['killed', 'wounded', 'shot', 'casualties']);

/** Nouns for people in general: "364 civilians killed" and "a thousand people killed" count the same people. */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'civilians', 'civilian', 'individuals', 'victims', 'victim', 'residents', 'men',
  'women', 'man', 'woman', 'others', 'ukrainians', 'citizens',
]);

/** Nouns for people, after which "one" is a count ("one man was killed"), not a pronoun ("one of them"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...GENERIC_PERSON_NOUNS, 'child', 'children', 'boy', 'girl', 'baby', 'teen', 'teenager', 'officer', 'soldier',
  'student', 'suspect', 'gunman', 'victim', 'adult', 'juvenile', 'worker', 'journalist', 'patient', 'passenger', 'driver',
  'resident', 'employee', 'member', 'witness', 'bystander', 'customer', 'deputy', 'trooper', 'firefighter', 'inmate',
]);

/** Nouns after an age ("an 11-year-old boy", "her 3-year-old sister") that say whether the person is male or female. */
export const GENDERED_PERSON_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...['boy', 'man', 'male', 'son', 'brother', 'father', 'dad', 'husband', 'nephew', 'grandson', 'grandfather', 'uncle',
    'stepson', 'stepfather', 'boyfriend'].map((w): [string, 'm'] => [w, 'm']),
  ...['girl', 'woman', 'female', 'daughter', 'sister', 'mother', 'mom', 'wife', 'niece', 'granddaughter', 'grandmother',
    'aunt', 'stepdaughter', 'stepmother', 'girlfriend'].map((w): [string, 'f'] => [w, 'f']),
]);

/** Qualifiers before a number, longest first, as lowercase word sequences. */
export const QUALIFIERS: readonly string[][] = [
  'no fewer than', 'no more than', 'not more than', 'as many as', 'as much as', 'as few as', 'more than',
  'less than', 'fewer than', 'at least', 'at most', 'up to', 'close to', 'upwards of', 'just over',
  'just under', 'well over', 'well above', 'in excess of', 'something like', 'an estimated', 'nearly', 'almost', 'about',
  'around', 'approximately', 'roughly', 'some', 'over', 'under', 'estimated', 'only', 'just', 'below', 'above',
].map((q) => q.split(' ')).sort((a, b) => b.length - a.length);

/** Words that mark a count as superseded ("a day earlier, 249 were killed"). */
export const EARLIER_MARKERS: ReadonlySet<string> = new Set(['earlier', 'previously', 'previous', 'prior', 'ago']);

/** Month names and abbreviations (lowercase): a number beside one is part of a date. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** The ending of a word shaped like a people's adjective: "Brazilian", "Japanese", "Israeli", "British", "French". */
export const DEMONYM_ENDING = /(?:an|ese|[^i]i|ish|ch)$/;

/** Weekday names (lowercase): "Friday (4)" gives the day of the month. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** An age said with a given name: "age of Mark Cormier". */
const AGE_OF_GIVEN_NAME = /^(age of )(\S+) (\S+)$/;

/**
 * A figure's "what" as quantities compare it: an age by the surname alone ("age of Mark Cormier" is
 * "age of Cormier", as other outlets may name him), everything else as it is.
 */
export const comparedWhat = (what: string): string => what.replace(AGE_OF_GIVEN_NAME, '$1$3');

/** The given name an age is said with ("Mark" of "age of Mark Cormier"), or null. */
export const givenNameOfAge = (what: string): string | null => AGE_OF_GIVEN_NAME.exec(what)?.[2] ?? null;

/** English plural → singular for the nouns figures count (good enough for comparing heads). */
export function singular(noun: string): string {
  if (noun === 'people' || noun === 'persons') return 'person';
  if (noun === 'men' || noun === 'women' || noun === 'children') return noun === 'children' ? 'child' : noun.replace('men', 'man');
  if (noun.endsWith('ies') && noun.length > 4) return `${noun.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(noun)) return noun;
  if (/(?:ches|shes|xes|sses)$/.test(noun)) return noun.slice(0, -2);
  if (noun.endsWith('s') && noun.length > 3) return noun.slice(0, -1);
  return noun;
}
