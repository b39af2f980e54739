// Word lists for speaker attribution (speakers.ts) and name canonicalisation (names.ts).
// All entries are lower case; look words up with their lower-case form.

import { GENDERED_PERSON_NOUNS } from './figure-words';

/** How a speech verb appears: finite ("said"), gerund ("saying") or bare ("to say"). */
export type VerbForm = 'finite' | 'ing' | 'base';

// Verbs that introduce or frame what someone said, claimed or wrote. Scare quotes hang on
// the "claim" verbs too ("called the meeting "productive"", "accused him of "lying"").
const SPEECH_LEMMAS = [
  'accuse', 'acknowledge', 'add', 'admit', 'advise', 'affirm', 'agree', 'allege', 'announce', 'answer', 'argue',
  'ask', 'assert', 'assure', 'blast', 'boast', 'brag', 'brand', 'call', 'caution', 'charge', 'cite', 'claim',
  'comment', 'complain', 'concede', 'conclude', 'condemn', 'confirm', 'contend', 'continue', 'counter', 'criticize',
  'criticise', 'decry', 'declare', 'deny', 'demand', 'denounce', 'describe', 'dismiss', 'dub', 'echo', 'emphasize',
  'emphasise', 'explain', 'exclaim', 'hail', 'insist', 'joke', 'label', 'lament', 'maintain', 'mock', 'mention',
  'muse', 'note', 'object', 'observe', 'plead', 'pledge', 'point', 'post', 'praise', 'predict', 'proclaim',
  'promise', 'protest', 'question', 'quip', 'recall', 'recount', 'reiterate', 'remark', 'repeat', 'reply', 'report',
  'respond', 'retort', 'reveal', 'scoff', 'shout', 'slam', 'snap', 'state', 'stress', 'suggest', 'testify',
  'text', 'threaten', 'tweet', 'urge', 'vow', 'warn', 'wonder', 'yell', 'characterize', 'characterise', 'request',
  'tout', 'chide', 'lambaste', 'assail', 'whisper', 'scream', 'grumble', 'concur', 'inform', 'acknowledge',
  'remind', 'encourage', 'chime', 'sigh', 'gasp', 'gush', 'fume', 'marvel', 'mutter', 'groan', 'applaud', 'thank',
  'summarize', 'summarise', 'elaborate', 'interject', 'opine', 'scold', 'rebut', 'speculate', 'theorize', 'confide',
  'murmur', 'stammer', 'holler', 'bellow', 'gloat', 'laugh', 'defend', 'vent', 'clarify', 'pray', 'bemoan', 'enthuse',
  'gripe', 'taunt', 'sneer', 'exhort', 'implore', 'apologize', 'apologise', 'deride', 'ridicule',
];
// Irregular verbs and those whose last consonant doubles.
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'writes', 'writing', 'write', 'written'],
  speak: ['spoke', 'speaks', 'speaking', 'speak'],
  admit: ['admitted', 'admits', 'admitting', 'admit'],
  quip: ['quipped', 'quips', 'quipping', 'quip'],
  dub: ['dubbed', 'dubs', 'dubbing', 'dub'],
  slam: ['slammed', 'slams', 'slamming', 'slam'],
  snap: ['snapped', 'snaps', 'snapping', 'snap'],
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling', 'label'],
  read: ['reads', 'reading'],
  sob: ['sobbed', 'sobs', 'sobbing', 'sob'],
  beg: ['begged', 'begs', 'begging', 'beg'],
  // "protesters chanted “…”" (not "chanting": "The Mall was filled with supporters, many … chanting")
  chant: ['chanted', 'chants', 'chant'],
  // "he referred to himself as “…”"
  refer: ['referred', 'refers', 'referring', 'refer'],
  // "…, the high court ruled", "A federal judge ruled Monday that …" (not "rules" or "ruling": "Senate rules", "the ruling party")
  rule: ['ruled'],
  // "she swore …" ("was sworn in" is no speech)
  swear: ['swore', 'swears', 'swear'],
  // "“…!” she cried" ("crying" is no speech)
  cry: ['cried', 'cries'],
  // "Joe Biden voiced his support" ("voices" is more often the noun)
  voice: ['voiced'],
  // "Rice adviser Eric Pelofsky emailed that …" ("email", "emails" are more often the noun)
  email: ['emailed', 'e-mailed', 'emailing', 'e-mailing'],
  // "Perdue expressed optimism …, but only if “…”" ("express" is as often the train or the mail)
  express: ['expressed', 'expresses'],
};

function regularForms(lemma: string): string[] {
  if (lemma.endsWith('e')) return [lemma, lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing'];
  if (/(?:sh|ch|ss|x)$/.test(lemma)) return [lemma, lemma + 'es', lemma + 'ed', lemma + 'ing'];
  return [lemma, lemma + 's', lemma + 'ed', lemma + 'ing'];
}

/** Every form of every speech verb, with its kind. */
export const SPEECH_VERBS: ReadonlyMap<string, VerbForm> = (() => {
  const forms = new Map<string, VerbForm>();
  const add = (form: string, lemma: string) =>
    forms.set(form, form.endsWith('ing') ? 'ing' : form === lemma ? 'base' : 'finite');
  for (const lemma of SPEECH_LEMMAS) if (!IRREGULAR[lemma]) for (const f of regularForms(lemma)) add(f, lemma);
  for (const [lemma, fs] of Object.entries(IRREGULAR)) for (const f of fs) add(f, lemma);
  return forms;
})();

// Words that can stand between a subject and its verb ("Blinken also said", "he later told").
export const VERB_MODIFIERS = new Set([
  'also', 'later', 'then', 'again', 'once', 'never', 'not', 'still', 'just', 'even', 'only', 'further', 'earlier',
  'has', 'had', 'have', 'was', 'is', 'were', 'are', 'would', 'will', 'could', 'should', 'may', 'might', 'did', 'does',
  'had', 'long', 'first', 'too', 'then', 'now', 'often', 'similarly', 'however', 'instead', 'himself', 'herself',
  'themselves', 'itself', 'soon', 'always', 'twice', 'afterward', 'afterwards', 'already', 'meanwhile',
]);

/** Written documents someone can answer or go on "in" ("McConnell followed in a statement"). */
export const WRITTEN_DOCUMENT_NOUNS = new Set([
  'statement', 'memo', 'letter', 'tweet', 'post', 'email', 'e-mail', 'release', 'message', 'op-ed', 'column',
]);

/**
 * Papers someone other than the person last quoted put out: court papers ("The motion reads" after
 * the sheriff spoke) and a paper's editorials ("Doe has lost her way," the editorial said).
 */
const OTHERS_PAPERS = new Set(['injunction', 'petition', 'motion', 'affidavit', 'editorial']);

/**
 * Reports, studies, surveys and audits: a body's, named with them ("A Congressional Research Service
 * report found …") or not at all, never the words of the one quoted last. Only "the report said"
 * and "released a survey" read them as documents (`isDocumentOrReport`): a report is as often an
 * article's subject ("in filing a report").
 */
const REPORT_NOUNS = new Set(['report', 'study', 'survey', 'audit']);

/** Nouns for what a speaker issued: "the statement said" continues that speaker. */
export const DOCUMENT_NOUNS = new Set([
  ...WRITTEN_DOCUMENT_NOUNS, ...OTHERS_PAPERS, 'ad', 'advertisement', 'video', 'note', 'speech', 'remarks', 'filing', 'complaint', 'lawsuit', 'suit',
]);

/** Whether the word is one of the nouns, singular or plural in -s. */
const hasNoun = (nouns: ReadonlySet<string>, word: string): boolean =>
  nouns.has(word) || (word.endsWith('s') && nouns.has(word.slice(0, -1)));

/** A court paper, an editorial or a report, singular or plural ("the motion reads"): not the last speaker's. */
export const isOthersPaper = (word: string): boolean => hasNoun(OTHERS_PAPERS, word) || hasNoun(REPORT_NOUNS, word);

/** A document noun, singular or plural ("the tweets read"). */
export const isDocumentNoun = (word: string): boolean => hasNoun(DOCUMENT_NOUNS, word);

/** A report, a study, a survey or an audit, singular or plural. */
export const isReportNoun = (word: string): boolean => hasNoun(REPORT_NOUNS, word);

/** A document noun or a report (see `REPORT_NOUNS`): what "the … said" and "released a …" may name. */
export const isDocumentOrReport = (word: string): boolean => isDocumentNoun(word) || hasNoun(REPORT_NOUNS, word);

/** A written document noun, singular or plural ("in a pair of tweets"). */
export const isWrittenDocumentNoun = (word: string): boolean => hasNoun(WRITTEN_DOCUMENT_NOUNS, word);

/** Verbs that put out a document ("issued a statement", "put out a letter"): speech when one follows. */
export const ISSUE_VERBS: ReadonlyMap<string, VerbForm> = new Map([
  ['issued', 'finite'], ['issues', 'finite'], ['issuing', 'ing'], ['released', 'finite'], ['releases', 'finite'],
  ['releasing', 'ing'], ['put', 'finite'], ['puts', 'finite'], ['putting', 'ing'], ['sent', 'finite'],
  ['sends', 'finite'], ['sending', 'ing'], ['published', 'finite'], ['publishes', 'finite'], ['publishing', 'ing'],
  ['filed', 'finite'], ['files', 'finite'], ['filing', 'ing'],
  ['issue', 'base'], ['release', 'base'], ['send', 'base'], ['publish', 'base'], ['file', 'base'],
  // "Kory Langhofer … wrote a letter to congressional committees", "signed a letter"
  ['wrote', 'finite'], ['writes', 'finite'], ['writing', 'ing'], ['write', 'base'], ['penned', 'finite'],
  ['signed', 'finite'], ['signs', 'finite'], ['signing', 'ing'], ['sign', 'base'],
]);

// Finite verbs besides -ed forms, used to recognise a clause subject ("Fox went on Twitter, accusing…").
export const COMMON_FINITE_VERBS = new Set([
  'was', 'were', 'is', 'are', 'has', 'had', 'have', 'did', 'does', 'went', 'came', 'made', 'took', 'gave', 'got',
  'stood', 'left', 'met', 'sent', 'held', 'kept', 'felt', 'saw', 'thought', 'knew', 'ran', 'began', 'brought',
  'fought', 'struck', 'won', 'lost', 'hit', 'put', 'became', 'will', 'would', 'could', 'can', 'may', 'might', 'must',
  'should', 'spent', 'sought', 'broke', 'drew', 'fell', 'led', 'paid', 'rose', 'sat', 'shook', 'spoke', 'threw',
  'wore', 'doubled', 'signaled', 'appeared', 'shot', 'woke', 'awoke', 'arose', 'bought', 'built', 'caught', 'chose',
  'clung', 'crept', 'dealt', 'drank', 'drove', 'ate', 'fled', 'flew', 'forgot', 'forgave', 'froze', 'grew', 'heard',
  'hid', 'knelt', 'meant', 'overcame', 'rang', 'rode', 'sang', 'sank', 'slept', 'slid', 'sold', 'sped', 'spun',
  'sprang', 'stole', 'stuck', 'swept', 'swam', 'swung', 'taught', 'tore', 'understood', 'upheld',
  'withdrew', 'withheld', 'undertook', 'oversaw', 'bled', 'blew', 'dug', 'found', 'wept', 'hung', 'strode', 'shrank', 'lent',
  // past tenses too short for the "-ed" rule of isFiniteVerb
  'used', 'sued', 'owed', 'read',
  // the present tense of verbs seldom read as plural nouns ("Jay Roberts, 60, lives nearby and said")
  'lives', 'appears', 'seems', 'serves', 'represents', 'teaches', 'remains', 'attends', 'oversees', 'manages', 'directs',
  // negated auxiliaries, as written with a straight apostrophe ("didn't pull any punches")
  "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "won't",
  "wouldn't", "couldn't", "can't", "shouldn't",
]);

/** Subject pronouns that can name a speaker. */
export const PRONOUNS = new Set(['he', 'she', 'they']);

/** Possessive determiners that make a noun phrase somebody's ("his response", "her statement"). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);

/** Determiners that open a descriptive noun phrase ("the secretary", "a State Department spokesman"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'its', 'their', 'two', 'three']);

// Titles and honorifics stripped from in front of a person's name; the value is the role
// the title names, so that "the senator" can find "Sen. Tim Scott".
export const TITLES: ReadonlyMap<string, string> = new Map([
  ['mr', 'mr'], ['mr.', 'mr'], ['mrs', 'mrs'], ['mrs.', 'mrs'], ['ms', 'ms'], ['ms.', 'ms'], ['miss', 'miss'],
  ['dr', 'doctor'], ['dr.', 'doctor'], ['prof.', 'professor'], ['professor', 'professor'], ['sir', 'sir'], ['dame', 'dame'],
  ['sen.', 'senator'], ['senator', 'senator'], ['rep.', 'representative'], ['representative', 'representative'],
  ['congressman', 'congressman'], ['congresswoman', 'congresswoman'], ['gov.', 'governor'], ['governor', 'governor'],
  ['lt.', 'governor'], ['president', 'president'], ['vice', 'vice'], ['secretary', 'secretary'], ['minister', 'minister'],
  ['prime', 'prime'], ['premier', 'premier'], ['chancellor', 'chancellor'], ['mayor', 'mayor'], ['sheriff', 'sheriff'],
  ['judge', 'judge'], ['justice', 'justice'], ['chief', 'chief'], ['speaker', 'speaker'], ['leader', 'leader'],
  ['ambassador', 'ambassador'], ['attorney', 'attorney'], ['general', 'general'], ['gen.', 'general'],
  ['commissioner', 'commissioner'], ['chairman', 'chairman'], ['chairwoman', 'chairwoman'], ['chair', 'chair'],
  ['director', 'director'], ['deputy', 'deputy'], ['former', 'former'], ['pope', 'pope'], ['king', 'king'],
  ['queen', 'queen'], ['prince', 'prince'], ['princess', 'princess'], ['lord', 'lord'], ['lady', 'lady'],
  ['rev.', 'reverend'], ['reverend', 'reverend'], ['rabbi', 'rabbi'], ['sheikh', 'sheikh'], ['col.', 'colonel'],
  ['colonel', 'colonel'], ['capt.', 'captain'], ['captain', 'captain'], ['sgt.', 'sergeant'], ['sergeant', 'sergeant'],
  ['officer', 'officer'], ['detective', 'detective'], ['det.', 'detective'], ['lieutenant', 'lieutenant'],
  ['adm.', 'admiral'], ['admiral', 'admiral'], ['maj.', 'major'], ['cmdr.', 'commander'], ['commander', 'commander'],
  ['cpl.', 'corporal'], ['corporal', 'corporal'], ['counsel', 'counsel'], ['spokesman', 'spokesman'],
  ['spokeswoman', 'spokeswoman'], ['spokesperson', 'spokesperson'], ['majority', 'majority'], ['minority', 'minority'],
  ['whip', 'whip'], ['special', 'special'], ['assemblyman', 'assemblyman'], ['assemblywoman', 'assemblywoman'],
  ['councilman', 'councilman'], ['councilwoman', 'councilwoman'], ['ald.', 'alderman'], ['alderman', 'alderman'],
  ['alderwoman', 'alderwoman'], ['delegate', 'delegate'], ['host', 'host'], ['prosecutor', 'prosecutor'],
  ['coroner', 'coroner'], ['superintendent', 'superintendent'], ['supt.', 'superintendent'], ['inspector', 'inspector'],
  ['comm.', 'commissioner'], ['executive', 'executive'],
  ['anchor', 'anchor'], ['correspondent', 'correspondent'], ['reporter', 'reporter'], ['ceo', 'ceo'], ['founder', 'founder'],
  ['candidate', 'candidate'], ['nominee', 'nominee'], ['challenger', 'challenger'], ['incumbent', 'incumbent'],
  ['agent', 'agent'], ['coach', 'coach'], ['analyst', 'analyst'], ['pastor', 'pastor'], ['bishop', 'bishop'],
  ['cardinal', 'cardinal'], ['sens.', 'senator'], ['reps.', 'representative'], ['representatives', 'representative'], ['senators', 'senator'], ['presidents', 'president'], ['first', 'first'], ['emir', 'emir'],
  ['ayatollah', 'ayatollah'], ['gop', 'gop'], ['republican', 'republican'], ['democrat', 'democrat'],
  ['democratic', 'democratic'], ['independent', 'independent'], ['state', 'state'], ['u.s.', 'u.s.'],
]);

/**
 * The role a title names ("sen." and "sen" → "senator"), the word lower case, written with or without
 * its period ("sen" of "Sen." split from its period); undefined when it is no title.
 */
export const titleRole = (lower: string): string | undefined =>
  TITLES.get(lower) ?? (lower.endsWith('.') ? TITLES.get(lower.slice(0, -1)) : undefined) ?? TITLES.get(`${lower}.`);

/** Whether a word (lower case) is a title before a name ("sen.", "sen", "sheriff", "president"). */
export const isTitleWord = (lower: string): boolean => titleRole(lower) !== undefined;

/** Roles implied by a title for "the <role>" anaphora ("the congressman" finds "Rep. Weiner"). */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['representative', ['congressman', 'congresswoman', 'lawmaker', 'representative']],
  ['senator', ['senator', 'lawmaker']],
  // a party in a title ("GOP Sen. Tom Cotton", "House Democratic Whip Steny Hoyer") for "the Arkansas Republican"
  ['gop', ['gop', 'republican']],
  ['democratic', ['democratic', 'democrat']],
  ['governor', ['governor']],
  ['president', ['president', 'leader']],
  ['secretary', ['secretary', 'diplomat']],
  ['speaker', ['speaker', 'lawmaker']],
  ['minister', ['minister', 'leader']],
  ['prime', ['minister', 'premier', 'leader']],
  ['judge', ['judge']],
  ['justice', ['justice', 'judge']],
  ['mayor', ['mayor']],
  ['sheriff', ['sheriff']],
  ['reporter', ['reporter', 'correspondent', 'journalist']],
  ['correspondent', ['correspondent', 'reporter', 'journalist']],
  ['anchor', ['anchor', 'host', 'journalist']],
]);

/** Titles that tell a person's gender, for pronoun resolution. */
export const GENDERED_TITLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['mr', 'm'], ['sir', 'm'], ['congressman', 'm'], ['chairman', 'm'], ['king', 'm'], ['prince', 'm'], ['lord', 'm'],
  ['spokesman', 'm'], ['assemblyman', 'm'], ['councilman', 'm'], ['rabbi', 'm'], ['sheikh', 'm'], ['emir', 'm'],
  ['pope', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dame', 'f'], ['congresswoman', 'f'],
  ['chairwoman', 'f'], ['queen', 'f'], ['princess', 'f'], ['lady', 'f'], ['spokeswoman', 'f'],
  ['assemblywoman', 'f'], ['councilwoman', 'f'], ['alderman', 'm'], ['alderwoman', 'f'],
]);

/** Head nouns of "the <noun>" phrases that refer back to a person already named. */
export const PERSON_ROLE_NOUNS = new Set([
  'secretary', 'senator', 'governor', 'president', 'speaker', 'congressman', 'congresswoman', 'lawmaker', 'nominee',
  'candidate', 'mayor', 'leader', 'minister', 'chairman', 'chairwoman', 'sheriff', 'judge', 'justice', 'businessman',
  'businesswoman', 'mogul', 'billionaire', 'prosecutor', 'ambassador', 'general', 'commander', 'director', 'chief',
  'diplomat', 'democrat', 'republican', 'politician', 'premier', 'chancellor', 'representative', 'congressmember',
  'frontrunner', 'front-runner', 'host', 'star', 'actor', 'actress', 'comedian', 'singer', 'executive', 'official',
  'pope', 'king', 'queen', 'prince', 'monarch', 'incumbent', 'challenger', 'contender', 'hopeful', 'veteran',
  'freshman', 'activist', 'author', 'economist', 'analyst', 'pastor', 'attorney', 'lawyer', 'founder', 'entrepreneur',
  'nominee', 'envoy', 'strategist', 'administrator', 'commissioner', 'officer', 'rapper', 'journalist',
  'anchor', 'columnist', 'correspondent', 'commentator', 'broadcaster', 'pundit', 'councilman', 'councilwoman',
  'councilmember', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman', 'agent',
]);

/** Head nouns of a nameless spokesperson: their organisation is the speaker ("a State Department spokesman"). */
export const SPOKESPERSON_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'aide', 'aides', 'source',
  'sources', 'representative', 'representatives', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer',
  'staffers', 'officer', 'officers', 'statement', 'press', 'release', 'account',
]);

/**
 * Head nouns of a person described but not named ("the friend told Reuters", "a neighbor said",
 * "Smith's step-grandmother"): such a description is the speaker when it names nobody the article
 * names. Singular only: "neighbors said" is several people.
 */
const DESCRIBED_PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...GENDERED_PERSON_NOUNS.keys(), ...PERSON_ROLE_NOUNS, 'friend', 'neighbor', 'neighbour', 'witness', 'resident',
  'relative', 'classmate', 'colleague', 'coworker', 'co-worker', 'acquaintance', 'roommate', 'bystander', 'passenger',
  'driver', 'customer', 'student', 'teacher', 'parent', 'grandparent', 'cousin', 'fiance', 'fiancé', 'fiancee',
  'fiancée', 'victim', 'survivor', 'employee', 'worker', 'owner', 'manager', 'doctor', 'nurse', 'physician',
  'investigator', 'detective', 'deputy', 'trooper', 'firefighter', 'paramedic', 'member', 'supporter', 'protester',
  'voter', 'person', 'source', 'reporter', 'tailor', 'barber', 'bartender', 'clerk', 'cashier', 'mechanic', 'farmer',
  'chef', 'waiter', 'waitress', 'janitor', 'plumber', 'electrician', 'contractor', 'landlord', 'tenant', 'homeowner',
  'shopkeeper', 'principal', 'priest', 'nanny', 'babysitter', 'guard', 'dispatcher', 'expert', 'researcher',
  'scientist', 'scholar', 'professor', 'historian', 'advocate', 'critic', 'organizer', 'organiser', 'demonstrator',
  'motorist', 'pedestrian', 'shopper', 'patron', 'visitor', 'attendee', 'participant', 'spectator', 'aide', 'staffer',
  'adviser', 'advisor', 'cameraman', 'camerawoman', 'photographer', 'interviewer', 'producer', 'editor', 'writer',
  'blogger', 'consultant', 'lobbyist', 'volunteer', 'pollster', 'coach', 'player', 'teammate', 'counselor',
  'counsellor', 'therapist', 'psychologist', 'psychiatrist', 'surgeon', 'pharmacist', 'dentist', 'sergeant',
  'lieutenant', 'captain', 'soldier', 'pilot', 'inmate', 'prisoner', 'juror', 'retiree', 'caller', 'teenager',
  'immigrant', 'refugee', 'parishioner', 'worshipper', 'opponent', 'backer', 'mourner', 'onlooker', 'observer',
  'churchgoer', 'congregant', 'commuter', 'tourist', 'traveler', 'traveller', 'vendor', 'salesman', 'saleswoman',
  'worshiper', 'rabbi', 'imam', 'medic', 'patient', 'attendant', 'bouncer',
]);

/**
 * Nouns for a group that speaks as one, unnamed: "police said", "federal prosecutors wrote", "the
 * justices said in the unsigned opinion", "the Griego family said". Plurals, and the collective
 * "police" and "family". The group, as the article words it, is the speaker.
 */
export const GROUP_SPEAKERS: ReadonlySet<string> = new Set([
  'police', 'officials', 'authorities', 'prosecutors', 'investigators', 'officers', 'deputies', 'detectives', 'agents',
  'troopers', 'firefighters', 'executives', 'justices', 'judges', 'lawmakers', 'legislators', 'protesters',
  'demonstrators', 'activists', 'organizers', 'researchers', 'scientists', 'experts', 'analysts', 'critics',
  'advocates', 'scholars', 'witnesses', 'neighbors', 'neighbours', 'residents', 'relatives', 'doctors', 'leaders',
  'sources', 'aides', 'advisers', 'advisors', 'organisers', 'family', 'families', 'chairmen', 'senators', 'members',
  'lawyers', 'attorneys', 'parents', 'students', 'teachers', 'workers', 'employees', 'survivors', 'staffers',
  'prisoners', 'detainees', 'inmates', 'hostages',
]);

/** The noun for a person a lower-case word ends in ("step-grandmother" → "grandmother"), or null. */
export function describedNoun(word: string): string | null {
  const noun = word.slice(word.lastIndexOf('-') + 1);
  return /^\p{Ll}/u.test(word) && DESCRIBED_PERSON_NOUNS.has(noun) ? noun : null;
}

/** A speaker given as a description ("the friend", "Smith's step-grandmother"), not as a name. */
export function isDescription(speaker: string): boolean {
  return describedNoun(speaker.slice(speaker.lastIndexOf(' ') + 1)) !== null;
}

/** Last words of the press's titles: "the New York Times", "the Chicago Tribune", "the Washington Examiner". */
export const PRESS_TITLE_NOUNS = ['news', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'chronicle', 'inquirer',
  'examiner', 'telegraph'];

/** Head nouns of organisations that speak ("the UN human rights office", "the defense ministry"). */
export const ORGANIZATION_NOUNS = new Set([
  'office', 'ministry', 'department', 'agency', 'court', 'government', 'committee', 'commission', 'council',
  'administration', 'campaign', 'company', 'group', 'organization', 'organisation', 'police', 'military', 'army',
  'navy', 'embassy', 'pentagon', 'kremlin', 'union', 'party', 'bureau', 'service', 'authority', 'authorities',
  'institute', 'university', 'association', 'federation', 'foundation', 'board', 'panel', 'coalition', 'alliance',
  'channel', 'house', 'senate', 'congress', 'parliament', 'corporation',
  'corp', 'inc', 'bank', 'fund', 'center', 'centre', 'forces', 'force', 'command', 'secretariat', 'mission',
  'cabinet', 'watchdog', 'regulator', 'tribunal', 'monitor', 'observatory', 'nations', 'states', 'club', 'team',
  'church', 'school', 'college', 'hospital', 'network', 'caucus', 'legislature', 'assembly', 'delegation', 'schools',
  'hospitals', 'churches', 'colleges', 'universities', 'elementary', 'academy', 'front', ...PRESS_TITLE_NOUNS,
]);

/** What a broadcaster or the press is called when named by its country ("Iranian television", "state media"). */
export const BROADCASTER_NOUNS = new Set(['television', 'tv', 'radio', 'media']);

/** Head nouns of an appositive that says a name is a body's: "Third Way, a centrist think tank,". */
export const APPOSITIVE_BODY_NOUNS = new Set([
  'group', 'organization', 'organisation', 'nonprofit', 'non-profit', 'coalition', 'firm', 'company', 'association',
  'agency', 'institute', 'tank', 'union', 'network', 'foundation', 'watchdog', 'outlet', 'newspaper', 'website',
  'publication', 'magazine', 'charity', 'lobby', 'alliance', 'caucus', 'center', 'centre', 'council', 'committee',
  'party', 'startup', 'corporation', 'movement', 'campaign', 'newsletter', 'consultancy', 'militia',
]);

// Words that name departments in titles ("Secretary of Homeland Security Kirstjen Nielsen").
export const DEPARTMENT_WORDS = new Set([
  'state', 'defense', 'defence', 'homeland', 'security', 'health', 'human', 'services', 'education', 'energy',
  'commerce', 'labor', 'treasury', 'justice', 'agriculture', 'interior', 'transportation', 'veterans', 'affairs',
  'housing', 'urban', 'development', 'the', 'house', 'senate', 'representatives', 'foreign', 'home', 'finance',
  'staff', 'staffs', 'joint', 'chiefs', 'war', 'navy', 'army', 'air', 'force', 'exchequer', 'council',
]);

/** First words of capitalised runs that name places rather than people ("New York", "South Carolina"). */
export const PLACE_PREFIXES = new Set([
  'new', 'north', 'south', 'east', 'west', 'united', 'saint', 'st.', 'san', 'santa', 'los', 'las', 'fort', 'mount',
  'port', 'lake', 'great', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'middle',
]);

/** Last words of street names that are never surnames ("Logan Ave", "Elm Street"); "Lane" and "Court" may be. */
export const STREET_NAME_ENDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'parkway', 'pkwy', 'highway', 'hwy',
]);

/** Last words of place names that are never surnames ("Salt Lake City", "Colorado Springs", "Dearborn Heights"). */
export const PLACE_NAME_ENDS = new Set(['city', 'county', 'township', 'springs', 'heights', 'valley', 'island', 'islands']);

// Capitalised words that are not names: sentence openers, days, months, page noise.
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'as', 'after', 'before', 'despite', 'besides', 'moreover', 'furthermore', 'indeed', 'when', 'while', 'if',
  'asked', 'earlier', 'later', 'also', 'meanwhile', 'however', 'still', 'yet', 'so', 'then', 'now', 'last', 'this',
  'that', 'these', 'those', 'it', 'its', 'his', 'her', 'their', 'our', 'my', 'we', 'they', 'he', 'she', 'i', 'you',
  'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'for', 'with', 'from', 'by', 'to', 'of', 'about',
  'since', 'until', 'during', 'under', 'over', 'among', 'between', 'through', 'although', 'though', 'because',
  'instead', 'according', 'one', 'two', 'three', 'some', 'many', 'most', 'more', 'all', 'both', 'each', 'every',
  'no', 'not', 'even', 'just', 'only', 'top', 'senior', 'speaking', 'read', 'related', 'watch', 'advertisement', 'photo', 'video',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.',
  'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'updated', 'getty', 'images', 'reuters', 'ap',
  'like', 'unlike', 'among', 'against', 'without', 'within', 'once', 'other', 'another', 'such', 'whether',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'let', 'please', 'yes', 'thank', 'thanks', 'dear', 'oh', 'well', 'okay', 'ok',
]);

/** Prepositions: a name right after one is not the subject of the clause. */
export const PREPOSITIONS = new Set([
  'of', 'to', 'for', 'with', 'by', 'from', 'about', 'against', 'at', 'on', 'in', 'into', 'over', 'under', 'between',
  'among', 'toward', 'towards', 'like', 'than', 'including', 'via', 'per', 'behind', 'beyond', 'during', 'through',
  'without', 'within', 'upon', 'onto', 'across', 'after', 'before', 'since', 'as', 'whom', 'unlike', 'near', 'besides',
]);

/** Particles inside names ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'del', 'di', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter']);

/** Generational suffixes kept with a name ("Donald Trump Jr."). */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'st', 'jr', 'sr',
  'prof', 'rev', 'adm', 'maj', 'cpl', 'pres', 'atty', 'supt', 'det', 'ald', 'comm', 'no', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'mt', 'ft', 'gop', 'e.g', 'i.e',
]);

// Common first names with a clear gender, so that "she said" does not pick the last man named.
// General English-language news usage; a name not listed leaves the gender unknown.
const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty
sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
cynthia kathleen amy shirley angela helen anna brenda pamela nicole ruth katherine samantha christine emma
catherine debra virginia rachel carolyn janet maria heather diane julie joyce victoria christina joan
evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria teresa
doris sara janice julia marie madison grace judy theresa beverly denise marilyn amber danielle abigail brittany
rose diana natalie sophia alexis lori kayla jane hillary condoleezza kamala elizabeth nikki sarah ivanka melania
michelle hillary kirsten tammy amy dianne susan lisa kellyanne alexandria rashida ilhan ayanna tulsi maxine
ursula angela theresa marine jacinda nicola sheryl oprah huma stormy kathy ruth sonia elena betsy nancy
heidi claire mazie debbie patty kay kyrsten marsha joni shelley cindy liz sarah sylvia yvette vickie vicki vicky
tiffany crystal monica erica erin wendy tina rita paula sheila gail peggy tracey valerie vanessa veronica jill
jenny kristen kristin leslie stacy stacey gina meghan caroline charlotte chloe ella mia ava isabella abby becky
carla connie eileen ellen gwendolyn irene jasmine jenna katie kate latoya lucy lydia marcia maureen melinda naomi
nina norma renee roberta sally shannon sue tamara tanya wanda yolanda zoe malala loretta michele meredith libby
carrie holly brooke natalia anne beth tara lois alicia alison allison alyssa amelia april audrey bethany bonnie
brianna bridget camille candace carmen cassandra cecilia claudia colleen courtney dawn deanna eleanor elise esther
ethel felicia florence frances gabrielle geraldine gretchen hazel ingrid isabel jeanne jeannie joanne jocelyn
josephine juanita kara karla katrina kelsey kendra kristina kristy laurie leah lena lillian lindsay lorraine louise
mabel mandy marianne marisa marjorie marlene miriam molly nadia nora olga pauline penny phyllis priscilla rachael
regina rhonda rosa rosemary roxanne ruby sabrina selena serena sonya stella suzanne tamika tasha tessa thelma tonya
traci valeria vera whitney yvonne maggie pramila ketanji kayleigh karine jen omarosa jeanine tricia tammie`;
const MALE = `james robert john michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter
ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan
joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
elijah louis bobby philip johnny barack mitt mike bernie ted marco rand chris jeb newt rick mitch chuck harry
vladimir xi emmanuel boris justin benjamin bibi recep hassan jim tom bill bob dick ben dan dave steve
tony andy jeff ron don nick matt greg ken hank fred vicente felipe enrique andres rudy 
jared eric hunter beto pete cory kevin adam devin trey jerrold elijah lamar rex rex sean stephen carlos luis
miguel pedro jorge manuel ahmed mohammed muhammad omar ali abdul hamid khalid yusuf ibrahim mustafa charlie
brett jay doug tim julian josh rob ed jamal phil neil jon corey derrick todd brad travis sergey esteban gavin marc
craig glenn jake bernard denis chad kurt rod shawn max tommy dmitry terence darrell lamont elon wendell orrin thad
deval otto reince mohammad cameron howard lucas sebastian garrett luke leon lance marvin melvin calvin curtis dale
dean derek dwayne earl floyd gordon herbert jimmy lloyd leroy marcus mario maurice neal norman oscar perry ray reggie
ricky rodney ross seth shane stanley stuart troy vernon victor wade wesley alfred andre angelo barry bradley brent
byron cecil cedric cesar chester clifford clyde cody colin conor darren darryl desmond dominic duane dustin dwight
edgar eddie edwin elliot emilio ernest ernesto evan everett felix fernando francisco gene gilbert glen grant hector
herman hugh ian isaac ivan jacques jaime javier jerome joel jonah julio karl lester lewis lorenzo malcolm marshall
micah mitchell nathaniel nigel oliver orlando pablo preston quentin rafael ramon randall reginald ricardo roberto
roland ruben sergio simon spencer sylvester terrence theodore tyrone vince wallace winston xavier zach kareem tariq
darnell deshawn demetrius trayvon tamir ahmaud philando alton freddie laquan hakeem steny merrick kirk thom jody`;
/** Gender a first name suggests, when it clearly suggests one. */
export const FIRST_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = (() => {
 const m = new Map<string, 'm' | 'f'>();
 for (const n of MALE.split(/\s+/)) if (n) m.set(n, 'm');
 for (const n of FEMALE.split(/\s+/)) if (n) m.set(n, m.get(n) === 'm' ? 'm' : 'f');
 return m;
})();

// US states with the AP abbreviations and postal codes of party tags ("R-Kan.", "D-N.Y.").
const STATES = `alabama ala. al|alaska alaska ak|arizona ariz. az|arkansas ark. ar|california calif. ca|colorado colo. co
|connecticut conn. ct|delaware del. de|florida fla. fl|georgia ga. ga|hawaii hawaii hi|idaho idaho id|illinois ill. il
|indiana ind. in|iowa iowa ia|kansas kan. ks|kentucky ky. ky|louisiana la. la|maine maine me|maryland md. md
|massachusetts mass. ma|michigan mich. mi|minnesota minn. mn|mississippi miss. ms|missouri mo. mo|montana mont. mt
|nebraska neb. ne|nevada nev. nv|new hampshire n.h. nh|new jersey n.j. nj|new mexico n.m. nm|new york n.y. ny
|north carolina n.c. nc|north dakota n.d. nd|ohio ohio oh|oklahoma okla. ok|oregon ore. or|pennsylvania pa. pa
|rhode island r.i. ri|south carolina s.c. sc|south dakota s.d. sd|tennessee tenn. tn|texas texas tx|utah utah ut
|vermont vt. vt|virginia va. va|washington wash. wa|west virginia w.va. wv|wisconsin wis. wi|wyoming wyo. wy`;

/** A US state by its name, AP abbreviation or postal code, lower case ("kan.", "ks", "kansas"): the state's name. */
export const US_STATES: ReadonlyMap<string, string> = (() => {
  const states = new Map<string, string>();
  for (const entry of STATES.split('|')) {
    const words = entry.trim().split(/\s+/);
    const name = words.slice(0, -2).join(' ');
    for (const form of [name, ...words.slice(-2)]) states.set(form, name);
  }
  return states;
})();

