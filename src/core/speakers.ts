// Who said each quote.
//
// The article is tokenised once, with every top-level quotation replaced by a single QUOTE token,
// so cue words are only ever looked for in the reporter's own prose. Sentences are then read in
// order, keeping a running index of the people named so far (for "he", "the senator", "Mr. Steele")
// and the last speaker and sentence subject (the focus of the narration). Each quote is attributed
// from, in order of strength: a cue right after it ("…," X said), a speech verb before it in its
// sentence (X said that "…", X: "…"), the speech verb of its sentence elsewhere, and finally the
// speaker of the quote or speech cue it continues (the next sentence or paragraph).
import {
  ABBREVIATIONS,
  APPOSITIVE_BODY_NOUNS,
  BROADCASTER_NOUNS,
  COMMON_FINITE_VERBS,
  DEPARTMENT_WORDS,
  describedNoun, GROUP_SPEAKERS,
  DETERMINERS,
  FIRST_NAME_GENDER,
  GENDERED_TITLES,
  isDocumentNoun,
  isDocumentOrReport,
  isReportNoun,
  isOthersPaper,
  isWrittenDocumentNoun,
  ISSUE_VERBS,
  US_STATES,
  DOCUMENT_NOUNS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAMES,
  ORGANIZATION_NOUNS,
  PERSON_ROLE_NOUNS,
  PLACE_PREFIXES,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PRESS_TITLE_NOUNS,
  PRONOUNS,
  ROLE_SYNONYMS,
  SPEECH_VERBS,
  SPOKESPERSON_NOUNS,
  STREET_NAME_ENDS,
  PLACE_NAME_ENDS,
  isTitleWord,
  titleRole,
  VERB_MODIFIERS,
  type VerbForm,
} from './speaker-cues';
import { partitionPoint } from './collections';
import { DEMONYM_ENDING, GENDERED_PERSON_NOUNS, isNumberWord, MONTHS, WEEKDAYS } from './figure-words';
import { mayBeMisspelt } from './names';
import { quotationEnd } from './quotes';
import type { QuoteSpan } from './types';

type TokenKind = 'word' | 'punct' | 'quote' | 'para';

interface Token {
  kind: TokenKind;
  /** The characters (for a word, without a possessive 's). */
  text: string;
  lower: string;
  start: number;
  /** Capitalised word. */
  cap: boolean;
  /** Word followed by 's / ’s. */
  possessive: boolean;
  /** For a quote token: index of the quote in the input. */
  quote: number;
  /** For a quote token: its text ends with . ? or ! */
  endsWithStop: boolean;
  /** For a quote token: a term of a few words, with no punctuation closing it ("no compromise"). */
  term: boolean;
  /** For a quote token: a nickname inside a name (William "Mo" Cowan). */
  nickname: boolean;
  sentence: number;
  paragraph: number;
}

type Gender = 'm' | 'f' | null;

/** A person the article names, with everything the running index knows about them. */
interface Person {
  name: string;
  surname: string;
  gender: Gender;
  roles: Set<string>;
  count: number;
  /** Known only by one capitalised word, never as a full name ("Clinton"): it may be a person or a body. */
  lone?: true;
  /** US states the article ties the person to ("Jerry Moran (R-Kan.)"), for "the Kansas Republican". */
  states?: Set<string>;
  /** Never named, only described ("the friend", "Smith's step-grandmother"): the name is the description. */
  described?: true;
}

/** What a noun phrase in a speech cue refers to. */
type Referent =
  | { kind: 'person'; person: Person }
  /** `lone`: a single capitalised word never given as a full name ("Clinton", "Facebook"). */
  | { kind: 'org'; name: string; lone?: true }
  /**
   * "the company", "the department": the organisation named last, by that noun if one has it;
   * `described` ("sheriff's office") when the article names none.
   */
  | { kind: 'orgReference'; noun: string; described?: string; police?: boolean }
  | { kind: 'pronoun'; pronoun: string }
  /**
   * `state`: a US state the description names ("the Kansas Republican"); `described`: who the
   * speaker is when no one the article names holds the role ("the ATF agent").
   */
  | { kind: 'role'; role: string; state?: string; described?: Described; body?: string }
  /** "the statement", "the ad": the words of whoever was last quoted. */
  | { kind: 'document' }
  | Described
  /** "police", "federal prosecutors": a group that speaks as one; never what "he" or "she" refers to. */
  | { kind: 'group'; text: string }
  | { kind: 'unknown' };

/** A capitalised run of words and how it reads; `state` is the one a name is given with ("Sen. Tim Scott, R-S.C."). */
type NameRun = { start: number; end: number; reading: RunReading; state: string | null; party: string | null };

/** "the friend", "a neighbor": a person the article describes and does not name; `key` is the description without its article. */
type Described = {
  kind: 'described'; text: string; key: string; noun: string; definite: boolean;
  /** "her aunt": the pronoun ("she") of the one whose relation this is; the aunt may be named ("Saunders, Solomon's aunt"). */
  kin: string | null;
};

/** A referent that a name after it may still make precise: "the victim's mother Jane Doe", "Lindquist, a retired social worker". */
const mayNameLater = (r: Referent): boolean => r.kind === 'unknown' || r.kind === 'org' || r.kind === 'orgReference' || r.kind === 'described' || r.kind === 'group';

/** A word as written, with its possessive "'s" ("Reid's office"). */
const spell = (w: Token): string => w.text + (w.possessive ? "'s" : '');

/** Spokesperson nouns for someone who speaks for no one named: "a law enforcement source", "a senior official", "a congressional aide". */
const ANONYMOUS_SOURCES = new Set(['source', 'official', 'officer', 'aide', 'staffer', 'adviser', 'advisor']);

/** Words between "the" and a document noun that still mean the document put out before: "the joint statement", "the 27-page filing". */
const SAME_DOCUMENT_WORDS = /^(?:joint|new|latest|full|written|brief|lengthy|final|updated|original|draft|preliminary|interim|\d+-page)$/;

/** Nouns that may name again a source described by any noun of `ANONYMOUS_SOURCES`. */
const GENERIC_SOURCES = new Set(['source', 'official']);

/** Reflexive pronouns that tell a person's gender: "Bolyard herself makes clear". */
const REFLEXIVE_GENDER = new Map<string, Gender>([['herself', 'f'], ['himself', 'm']]);

/** Those who speak for a body and for no one else: "a spokesperson" is the voice of an organisation. */
const SPEAKING_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Words that make "the other friend" someone else than "the friend". */
const ANOTHER_ONE = new Set(['other', 'another', 'second', 'third', 'latter', 'former', 'new']);

/** Roles someone has for another person rather than for a country or a body: "Stone's attorney". */
const COUNSEL = new Set(['attorney', 'lawyer']);

/** Articles left out of a description's key: "a friend" and "the friend" are one person. */
const ARTICLES = new Set(['the', 'a', 'an', 'one', 'another']);
const WHICH_OF_SEVERAL = new Set(['younger', 'elder', 'older', 'eldest', 'youngest', 'oldest', 'senior', 'junior', 'other', 'first', 'second', 'third', 'last']);

/** Verbs for putting out a document one wrote besides `ISSUE_VERBS`: "gave a Senate speech", "delivered a CNN address". */
const DELIVERY_VERBS = /^(?:gave|gives|giving|delivered|delivers|delivering|made|makes|making|shared|shares|sharing)$/;

/** A company's legal form, set off by a comma after its name ("Trump for America, Inc."). */
const COMPANY_FORMS = /^(?:Inc|LLC|Ltd|Corp|Co|L\.?P)\.?$/;

/**
 * "the friend", "a neighbor", "Smith's step-grandmother": a person described by a noun for people
 * (for "step-grandmother", its last part), not by a name, or with `spokesperson` by a noun for one
 * ("a Ryan spokesman"); null for anything else.
 */
function describedPerson(words: readonly Token[], spokesperson = false): Referent | null {
  const head = words[words.length - 1];
  const noun = head.cap || head.possessive ? null : describedNoun(head.lower) ?? (spokesperson && SPEAKING_FOR.has(head.lower) ? head.lower : null);
  if (!noun) return null;
  // "Etyra's mother", "Stone's attorney"; not "Iran's foreign minister", another name for someone named
  if (words.some((w) => w.possessive) && PERSON_ROLE_NOUNS.has(noun) && !COUNSEL.has(noun)) return null;
  const spelled = words.map(spell);
  if (DETERMINERS.has(words[0].lower)) spelled[0] = words[0].lower;
  // ("said another neighbor" after "said one neighbor" is someone else: ARTICLES holds "another" as a
  // determiner that opens a description, but the key keeps it)
  const article = ARTICLES.has(words[0].lower) && words[0].lower !== 'another';
  const key = spelled.slice(article ? 1 : 0).join(' ').toLowerCase();
  const particular = !words.some((w) => w.possessive || ANOTHER_ONE.has(w.lower));
  // "the official" is one described before; "the North Korean official" may be someone new
  const definite = words[0].lower === 'the' && particular && !words.slice(1, -1).some((w) => w.cap);
  const kin = (particular && POSSESSIVE_PRONOUNS.get(words[0].lower)) || null;
  return { kind: 'described', text: spelled.join(' '), key, noun, definite, kin };
}

/** A group that speaks as one, worded as the article words it: "federal prosecutors", "the justices". */
function groupOf(all: readonly Token[]): Referent {
  // "a man who Swedish authorities said": the group after the clause's opening word
  let from = all.length - 1;
  while (from > 0 && !NOT_GROUP_WORDS.has(all[from - 1].lower) && !SUBORDINATORS.has(all[from - 1].lower)) from--;
  return wholeGroup(all.slice(from));
}

/** A group by all of its words, as written but for a determiner first ("a group of Democratic senators"). */
function wholeGroup(words: readonly Token[]): Referent {
  const spelled = words.map(spell);
  if (DETERMINERS.has(words[0].lower)) spelled[0] = words[0].lower;
  return { kind: 'group', text: spelled.join(' ') };
}

interface Attribution {
  speaker: string | null;
  person: Person | null;
  /** True when a cue in the quote's own sentence (or a colon introduction) names the speaker. */
  explicit: boolean;
  /** A speech verb right beside the quote ("…," X said / X said: "…"), not one further off. */
  direct?: boolean;
  /** The speaker is a group ("federal prosecutors"), whom "they" may name next. */
  group?: true;
}

/** Who can be the source of words: not a document or a phrase that names no one. */
const speaksFor = (r: Referent): boolean => r.kind !== 'document' && r.kind !== 'unknown';

/** Whether a word counts the plural noun after it: "2015 remarks", "the five demands", "several claims". */
const countsNoun = (word: string): boolean => /^\d/.test(word) || isNumberWord(word) || /^(?:several|many|numerous|multiple)$/.test(word);

/** Verbs that answer, and verbs that ask someone named after them: "asked Trump …", "“…,” he responded". */
const ANSWER_VERBS = new Set(['responded', 'replied', 'answered', 'retorted', 'countered', 'responds', 'replies', 'answers']);
const ASKING_VERBS = new Set(['asked', 'questioned', 'pressed', 'asks', 'questions', 'presses']);

/** Nouns for a body of any kind: "the group", "the organization". */
const GENERIC_BODY_NOUNS = new Set(['group', 'organization', 'organisation']);
/** Nouns of bodies an article keeps calling by the noun alone ("the court", "the department"). */
const LASTING_BODY_NOUNS = new Set(['court', 'department', 'hospital', 'committee', 'ministry', 'agency', 'commission', 'council', 'bureau', 'office', 'center']);

/**
 * A police force's name in full: "Portland Police Bureau", "Boston Police Dept.", "Louisiana State Police"
 * (not "Police Officer Jane Doe", nor a headline's words run into the next line, "What to Know Police").
 */
const POLICE_FORCE = /^(?:\p{Lu}[\p{L}.'’-]*\s)+(?:Police\s(?:Department|Dept\.?|Bureau|Service|Force)|State\sPolice)$/u;

/** Whether an organisation's name holds the word: "Aspen Institute" holds "institute". */
const hasWord = (word: string) => (o: { name: string }): boolean => o.name.toLowerCase().split(/\s+/).includes(word);

/** Names of newspapers: "… Times", "… Post", "… Journal", "… Free Press", a title joined to another ("Atlanta Journal-Constitution"). */
const PAPER_NAME = new RegExp(`\\b(?:${[...PRESS_TITLE_NOUNS, 'press', 'guardian', 'independent', 'globe'].join('|')})(?:-\\p{L}+)?$`
  + '|^(?:Haaretz|Politico|Axios|BuzzFeed|HuffPost|Reuters|Bloomberg|Breitbart|Newsmax|Slate|Salon|Vox)$', 'iu');
/** Names of magazines: "… Magazine", or a well-known title. */
const MAGAZINE_NAME = /\bmagazine$|^(?:New Yorker|Atlantic|Time|Newsweek|Economist|National Review|Mother Jones|Vanity Fair|Rolling Stone|Forbes)$/i;
/** Names of broadcasters: "… News", "… TV", or a network's initials. */
const BROADCASTER_NAME = /^(?:ABC|CBS|NBC|CNN|MSNBC|PBS|NPR|BBC|Fox)\b|\b(?:News|TV|Television|Radio)$/i;
/** Names of news outlets of any kind. */
const MEDIA_NAME = { test: (name: string): boolean => PAPER_NAME.test(name) || MAGAZINE_NAME.test(name) || BROADCASTER_NAME.test(name) };
/**
 * Nouns for a news outlet, which names its kind rarely, with the names they may stand for: "the network" is
 * "ABC News", "the newspaper" "The New York Times", "the magazine" "The New Yorker", never the other kinds.
 */
const OUTLET_NOUNS: ReadonlyMap<string, { test: (name: string) => boolean }> = new Map([
  ['newspaper', PAPER_NAME], ['paper', PAPER_NAME], ['magazine', MAGAZINE_NAME], ['network', BROADCASTER_NAME],
  ['station', BROADCASTER_NAME], ['broadcaster', BROADCASTER_NAME], ['outlet', MEDIA_NAME],
]);

/** What someone says in turn: "His response: “…”" is his. */
const ANSWER_NOUNS = new Set(['response', 'reply', 'answer', 'statement', 'message', 'words', 'tweet', 'post', 'verdict', 'retort', 'explanation']);

/** Nouns for someone's words: "a tart rejoinder from Mr. Cameron:", "Statement from Sheriff Jerry Demings:". */
const WORDS_NOUNS = new Set([...DOCUMENT_NOUNS, ...ANSWER_NOUNS, 'rejoinder', 'reaction', 'word', 'comment', 'comments', 'warning', 'plea', 'caption']);

/** Words that open a reported clause after a speech verb ("said that", "described how"). */
const CLAUSE_OPENERS = new Set(['that', 'how', 'what', 'why', 'whether', 'if']);

/** "quoted Hastert as saying": the verb, and what follows "as". */
const QUOTING = new Set(['quotes', 'quoted', 'quoting', 'quote']);
const AS_SAYING = new Set(['saying', 'telling', 'writing']);

/** "He was asked:", "they were told:": the words after are put to the subject, not theirs. */
const ADDRESSED = new Set(['asked', 'told', 'questioned', 'pressed', 'shown']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

const NONE: Attribution = { speaker: null, person: null, explicit: false };

// ---------------------------------------------------------------------------------------------
// Tokenising

const isTerminal = (s: string) => s === '.' || s === '?' || s === '!';

/** "al-Ansi", "el-Sisi", "ash-Shabab": a name behind an Arabic article written in lower case, capitalised all the same. */
const ARABIC_ARTICLE_NAME = /^(?:al|el|an|ar|as|ash|at|ad|az)-\p{Lu}/u;

function newToken(kind: TokenKind, text: string, start: number): Token {
  return {
    kind,
    text,
    lower: kind === 'word' ? text.toLowerCase() : text,
    start,
    cap: kind === 'word' && (text[0] !== text[0].toLowerCase() || ARABIC_ARTICLE_NAME.test(text)),
    possessive: false,
    quote: -1,
    endsWithStop: false,
    term: false,
    nickname: false,
    sentence: 0,
    paragraph: 0,
  };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or combining mark (ASCII fast path). */
function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

/** Length of an acronym with periods at i ("U.S.", "U.K."), 0 when there is none. */
function acronymLength(text: string, i: number, to: number): number {
  let j = i;
  while (j + 1 < to && isWordChar(text.charCodeAt(j), text[j]) && text[j + 1] === '.') j += 2;
  return j - i >= 4 ? j - i : 0;
}

/** Verbs that report what someone said, after which a clause is what was said ("said Iran had …"). */
const SAYING = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes']);

/** Words of a clause that says how an unnamed source spoke ("who spoke on condition of anonymity"). */
const SOURCING_WORDS = new Set(['anonymity', 'anonymously', 'condition', 'briefed', 'authorized', 'named', 'identified']);

/** Nouns for a number of people who speak together: "a group of Democratic senators". */
const COLLECTIVE_NOUNS = new Set(['group', 'coalition', 'delegation', 'handful', 'bloc']);

/** What records someone speaking: "video of Robach venting that …". */
const RECORDING_NOUNS = new Set(['video', 'footage', 'recording', 'audio', 'tape', 'clip']);

/** Verbs of passing on someone else's words: "The Alaska Dispatch reported the apology:". */
const RELAYING_VERBS = new Set(['reported', 'published', 'obtained', 'posted', 'printed', 'released', 'shared', 'aired', 'quoted']);

/** Family words as a description names them: "his dad" is someone's father. */
const KIN_WORDS: ReadonlyMap<string, string> = new Map([['dad', 'father'], ['mom', 'mother'], ['mum', 'mother']]);

/** Nouns for what someone said, whose "that" clause spells it out ("Boehner's statement that …"). */
const CLAIM_NOUNS = new Set(['statement', 'claim', 'claims', 'assertion', 'remark', 'comment', 'argument', 'insistence', 'contention', 'warning',
  'suggestion', 'admission', 'declaration']);

/** What someone's own words are put out as, besides documents: "Leon's ruling said", "Braley's apology noted". */
const OWN_WORDS_NOUNS = new Set(['apology', 'ruling', 'opinion', 'order', 'testimony', 'announcement', 'decision']);

/** Where a body or person publishes, like a document it issues ("FreedomWorks’ website said"). */
const WEBSITE_NOUNS = new Set(['website', 'site', 'account', 'blog', 'page', 'feed']);

/** Verbs that report a retort with "back" after them ("shot back", "fired back", "hit back"). */
const RETORT_VERBS = new Set(['shot', 'fired', 'hit', 'shoots', 'fires', 'hits']);

/** Where something was said, between a speaker and the verb: "Trump on Twitter wrote", "in an interview". */
const CHANNELS = new Set(['twitter', 'facebook', 'instagram', 'interview', 'television', 'radio']);

/** A party tag before its state's abbreviation: "D-N" of "D-N.Y.", "R-Ark" of "R-Ark.". */
const PARTY_TAG = /^[DRI]-\p{Lu}\p{Ll}{0,4}$/u;
/** Past participles between a document and its author: "a statement released by …". */
const PUT_OUT_BY = new Set(['released', 'issued', 'sent', 'signed', 'written', 'published', 'posted', 'filed']);

/** A whole party and state tag ("D-Calif.", "R-S.C.", "R-Maine"): never a name. */
const isPartyTag = (t: Token) => /^[DRI]-(?:\p{Lu}[\p{L}.]*\.|\p{Lu}\p{Ll}{2,})$/u.test(t.text);

/**
 * The US state a person's name is tied to where the article names them: a party tag after it
 * ("Jerry Moran (R-Kan.)", "Lindsey Graham, R-South Carolina,"), "of Kansas" at its end, or a state
 * before a title inside it ("Kansas Sen. Jerry Moran"). Null when none.
 */
function stateOfName(t: readonly Token[], start: number, end: number): string | null {
  const tag = partyTagAfter(t, end);
  if (tag) {
    const abbreviation = tag.lower.slice(2);
    return US_STATES.get(abbreviation) ?? US_STATES.get(`${abbreviation} ${t[end + 3]?.lower}`) ?? null;
  }
  const fullName = (from: number): string | null => {
    for (const length of [2, 1]) {
      const words = t.slice(from, from + length);
      const name = words.map((w) => w.lower).join(' ');
      if (words.length === length && words.every((w) => w.cap) && US_STATES.get(name) === name) return name;
    }
    return null;
  };
  for (let k = start; k <= end; k++) {
    const state = fullName(k);
    const next = k + (state?.split(' ').length ?? 0);
    // "Jerry Moran of Kansas" (a run ends with it; "of Kansas City" is a city), "Kansas Sen. Jerry Moran"
    // (a state may end the text: no word after it)
    if (state && ((t[k - 1]?.lower === 'of' && next === end + 1) || (next < t.length && isTitle(t[next])))) return state;
  }
  return null;
}

/** The party tag set off after the name ending at t[end] ("Jerry Moran (R-Kan.)", "Lindsey Graham, R-South Carolina,"), if any. */
function partyTagAfter(t: readonly Token[], end: number): Token | undefined {
  const tag = t[end + 1]?.text === '(' || t[end + 1]?.text === ',' ? t[end + 2] : undefined;
  return tag && isPartyTag(tag) ? tag : undefined;
}

/** The party of a party tag after a person's name: "Jerry Moran (R-Kan.)" is a Republican. */
function partyOfName(t: readonly Token[], end: number): string | null {
  const tag = partyTagAfter(t, end);
  return tag ? PARTY_OF_TAG[tag.text[0]] ?? null : null;
}

const PARTY_OF_TAG: Readonly<Record<string, string>> = { R: 'republican', D: 'democrat' };
const OTHER_PARTY = new Map([['republican', 'democrat'], ['democrat', 'republican']]);

/** Pronouns whose "’s" is "is" or "has", never a possessive ("it's called" is left a possessive, so that it is no "it called"). */
const CONTRACTING_PRONOUNS = new Set(['he', 'she']);

/** Whether `text` has at most `max` words between white space (counted as `split(/\s+/)` would, without splitting a long quote). */
function atMostWords(text: string, max: number): boolean {
  let words = 1;
  for (const _ of text.matchAll(/\s+/g)) if (++words > max) return false;
  return true;
}

/** Tokens of text[from, to), quotes excluded (the caller inserts quote tokens). Linear, one pass. */
function tokenizeProse(text: string, from: number, to: number, out: Token[]): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (out.length === 0 || out[out.length - 1].kind !== 'para') out.push(newToken('para', '\n', i));
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c, text[i])) {
      // "--" is how plain-text wires write a dash, "―" (a horizontal bar) how some sites do: one token, as "—" is
      const dash = text.startsWith('--', i);
      out.push(newToken('punct', dash || text[i] === '―' ? '—' : text[i], i));
      i += dash ? 2 : 1;
      continue;
    }
    const acronym = acronymLength(text, i, to);
    if (acronym) {
      out.push(newToken('word', text.slice(i, i + acronym), i));
      i += acronym;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isWordChar(d, text[j]) || d === 39 || d === 0x2019 || d === 45) j++;
      else break;
    }
    let w = text.slice(i, j);
    let possessive = false;
    // "Fox’s successor": the name is Fox, and a possessive name is not a clause subject.
    const last = w[w.length - 1];
    const beforeLast = w[w.length - 2];
    if ((last === 's' || last === 'S') && (beforeLast === '’' || beforeLast === "'") && w.length > 2) {
      w = w.slice(0, -2);
      // ("he’s maintained", "she's": a contraction of "has" or "is")
      possessive = !CONTRACTING_PRONOUNS.has(w.toLowerCase());
    } else if (last === '’' || last === "'" || last === '-') {
      w = w.slice(0, -1);
      possessive = last !== '-' && w.endsWith('s');
    }
    // Keep the period of abbreviations and initials so that it does not end a sentence ("then-Gov.").
    if (text[j] === '.' && j < to && (w.length === 1 || ABBREVIATIONS.has(w.toLowerCase()) || FORMER_TITLE.test(w) && ABBREVIATIONS.has(w.slice(w.indexOf('-') + 1).toLowerCase()))) {
      w += '.';
      j++;
    } else if (text[j] === '.' && j < to && PARTY_TAG.test(w)) {
      // "(D-N.Y.)", "R-Ark.,": a party and state tag keeps its periods, unless the last one ends
      // the sentence ("… Sen. Bernie Sanders, I-Vt. Sanders has condemned …"). Before a quote or a
      // paragraph's end it is kept, so that a quote right after goes on with the speaker ("said Rep.
      // Steve Israel, D-N.Y. "But …"); not when the state is spelled out ("D-Texas.": the sentence's)
      let k = j + 1;
      while (k + 1 < to && isWordChar(text.charCodeAt(k), text[k]) && text[k + 1] === '.') k += 2;
      const state = w.slice(2).toLowerCase();
      const quoteFollows = US_STATES.get(state) !== state && /^(?:[ \t]*["“]|[ \t]*(?:\n|$))/.test(text.slice(k, k + 3));
      // "Rep. Trey Gowdy, R-S.C. told …": a sentence does not go on in lower case
      const sentenceGoesOn = /^[ \t]+\p{Ll}/u.test(text.slice(k, k + 3));
      if (/[,;:)]/.test(text[k] ?? '') || quoteFollows || sentenceGoesOn) {
        w = text.slice(i, k);
        j = k;
      }
    }
    const t = newToken('word', w, i);
    t.possessive = possessive;
    out.push(t);
    // "HOUSTON- Dee Adkins said": a hyphen before a space and a capital is a dateline's dash
    if (text[j - 1] === '-' && /^[ \t]+\p{Lu}/u.test(text.slice(j, j + 3))) out.push(newToken('punct', '—', j - 1));
    i = j;
  }
}

/**
 * Whether the name starting at tokens[start] is the object of a preposition, past a few lower-case
 * words: "a distant relative of state Sen. Thomas V. Mike Miller Jr.", "met with former Gov. …".
 * Not "according to": the source of what is said.
 */
function namedAfterPreposition(t: readonly Token[], start: number): boolean {
  // "an interview with Mitt and Ann Romney": the couple's second name
  if (t[start - 1]?.lower === 'and' && t[start - 2]?.cap) start -= 2;
  let k = start - 1;
  while (k >= 0 && start - k <= 3 && t[k].kind === 'word' && !t[k].cap && !PREPOSITIONS.has(t[k].lower)) k--;
  return k >= 0 && PASSING_PREPOSITIONS.has(t[k].lower);
}

const PASSING_PREPOSITIONS = new Set(['of', 'with', 'for', 'against', 'about', 'than', 'like', 'between', 'among']);

/**
 * Whether the appositive after the name ending at tokens[end] says it is a body: "Muslim Advocates,
 * a civil rights group,", "Third Way, a centrist think tank that …". The body's noun ends the
 * appositive, after no preposition or possessive ("Vanee Vines, a spokeswoman for the company," is a person).
 */
function bodyAppositiveAfter(t: readonly Token[], end: number): boolean {
  if (t[end + 1]?.text !== ',' || !/^(?:a|an|the)$/.test(t[end + 2]?.lower ?? '')) return false;
  for (let k = end + 3; k < t.length && k - end <= 8 && t[k].kind === 'word'; k++) {
    // "the attorney representing Christie's campaign": a body's person
    if (PREPOSITIONS.has(t[k].lower) || t[k].lower === 'who' || t[k].possessive) return false;
    const after = t[k + 1];
    if (!t[k].cap && APPOSITIVE_BODY_NOUNS.has(t[k].lower) && (after?.kind !== 'word' || after.lower === 'that' || after.lower === 'which')) return true;
  }
  return false;
}

/**
 * Link cards pasted into names, as some sites render a politician's name: "Treasury Secretary
 * Steven Mnuchin Steven Terner MnuchinNew book questions … MORE said". The card is the full name
 * again, glued to the first of a few headlines, up to "MORE"; the visible name before it stays.
 */
function linkCardSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!text.includes(' MORE')) return spans;
  LINK_CARD.lastIndex = 0;
  for (let m = LINK_CARD.exec(text); m; m = LINK_CARD.exec(text)) {
    const start = m.index + m[1].length + 1;
    spans.push([start, m.index + m[0].length]);
  }
  return spans;
}

// The visible surname, the full name ending in that surname glued to a capital, headlines, " MORE".
const LINK_CARD = /\b(\p{Lu}[\p{L}'’-]+) (?:[\p{Lu}(][\p{L}.()'’-]* ){0,4}?\1(?=\p{Lu})[^\n]{0,600}? MORE\b/gu;

/** Tokens of the whole article, one QUOTE token per top-level quote, with sentence and paragraph numbers. */
function tokenize(text: string, quotes: readonly QuoteSpan[], order: readonly number[]): Token[] {
  const tokens: Token[] = [];
  const noise = linkCardSpans(text);
  /** The prose of text[from, to) outside link cards. */
  const prose = (from: number, to: number): void => {
    for (const [start, end] of noise) {
      if (end <= from || start >= to) continue;
      if (start > from) tokenizeProse(text, from, start, tokens);
      from = Math.max(from, end);
    }
    if (from < to) tokenizeProse(text, from, to, tokens);
  };
  let pos = 0;
  for (const qi of order) {
    const q = quotes[qi];
    const open = Math.max(0, Math.min(q.openAt, q.start));
    const close = quotationEnd(text, q);
    if (open < pos || close > text.length) continue; // nested or overlapping: attributed separately
    if (noise.some(([start, end]) => start <= open && open < end)) continue; // a headline in a link card
    prose(pos, open);
    const t = newToken('quote', '"', open);
    t.quote = qi;
    // "…somehow 'racists.'": a nested quote may close after the stop
    t.endsWithStop = /[.?!…]['’"”]*\s*$/u.test(q.text);
    t.term = /[\p{L}\d]$/u.test(q.text) && atMostWords(q.text, 4);
    tokens.push(t);
    pos = Math.max(close, open + 1);
  }
  prose(pos, text.length);

  // sentences are numbered one after another, across paragraphs too ("the sentence before" may end the paragraph before)
  let sentence = 0;
  let paragraph = 0;
  let sentenceEnded = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'para') {
      paragraph++;
      if (!sentenceEnded) sentence++;
      sentenceEnded = true;
    } else {
      sentenceEnded = false;
    }
    t.sentence = sentence;
    t.paragraph = paragraph;
    const next = tokens[i + 1];
    if (t.kind === 'quote') {
      const prev = tokens[i - 1];
      t.nickname = !!prev?.cap && !!next?.cap && /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u.test(quotes[t.quote].text);
    }
    // "Pelosi of San Francisco, Calif., said": a period before a comma ends an abbreviation, not a sentence
    const nextStartsSentence = !next || (next.kind !== 'word' && next.text !== ',' && next.text !== ';') || next.cap;
    if (t.kind === 'punct' && isTerminal(t.text) && nextStartsSentence && next?.text !== ')') {
      sentence++;
      sentenceEnded = true;
    } else if (t.kind === 'quote' && t.endsWithStop && !t.nickname && next && (next.kind === 'quote' || (next.kind === 'word' && next.cap) || next.text === '[' || next.text === '…')) {
      // "…everything.” Next sentence": the stop sits inside the quote (also before a cut, "…accuracy.” […] Trump")
      sentence++;
      sentenceEnded = true;
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Names

const bare = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w);
/**
 * Roles written as a title only when capitalised before a name ("White House Counselor Kellyanne
 * Conway", "Senior Adviser Jared Kushner"); in lower case they head a description ("a special adviser
 * to President Jonathan"), so they are no `TITLES`.
 */
const CAPITALISED_ROLES = new Set(['Counselor', 'Counsellor', 'Adviser', 'Advisor']);
const isTitle = (t: Token) => isTitleWord(t.lower);
const isSuffix = (t: Token) => NAME_SUFFIXES.has(t.lower);
const foldAccents = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
const surnameKey = (w: string) => foldAccents(w).toLowerCase();

/** A body known by its initials, written without periods: "ATF", "NAACP". */
const isInitials = (w: Token) => w.text.length > 1 && w.text === w.text.toUpperCase() && !w.text.endsWith('.');
/** A body's name that is its initials alone ("NOPD", "FWS"). */
const isAcronym = (name: string): boolean => /^[A-Z]{2,6}$/.test(name);

/** A relation as a role: "aunt of solomon" is held by Solomon's aunt. */
const relation = (noun: string, surname: string) => `${noun} of ${surname}`;

/** Result of reading a capitalised run such as "Secretary of State Antony Blinken". */
interface RunReading {
  kind: 'person' | 'surname' | 'org' | 'other';
  /** Person: the name without titles; org: the run without a leading "the". */
  name: string;
  surname: string;
  roles: string[];
  gender: Gender;
}

/** Reads tokens[from..to] (a capitalised run) as a person, a lone surname, an organisation or something else. */
function readRun(tokens: readonly Token[], from: number, to: number): RunReading {
  // Sentence openers and the like are not part of a name ("Despite Trump", "The Pentagon").
  // "JUST WATCHED Dodd:" (a video label): two or more words in capitals before a name are not part of it
  let label = from;
  while (label < to && tokens[label].text.length > 1 && tokens[label].text === tokens[label].text.toUpperCase() && !isTitle(tokens[label])) label++;
  if (label - from >= 2 && /\p{Ll}/u.test(tokens[to].text)) from = label;
  while (from <= to && NOT_NAMES.has(tokens[from].lower) && !isTitle(tokens[from])) from++;
  // "Virginia-based Democratic strategist", "Cuban-born author": where someone is from is not their name
  while (from < to && /-(?:based|born)$/.test(tokens[from].lower)) from++;
  // "Added Gibbs: …", "Said Smith, …": a speech verb opening the sentence is not part of the name
  if (from < to && SPEECH_VERBS.get(tokens[from].lower) === 'finite' && tokens[from - 1]?.kind !== 'word') from++;
  // "Agent in Charge Ed Reinhold", "Editor in Chief Jane Doe": the end of a title
  if (from < to && /^(?:Charge|Chief)$/.test(tokens[from].text) && tokens[from - 1]?.lower === 'in') from++;
  // "Victim Melvin Edwards", "Neighbor John Smith": a word for someone, capitalised before a full
  // name; a role before a surname too ("Commander Walton", after "Commander Whitney Walton")
  // (not a body's name, "Executive Office of the President", nor "Man Haron Monis", whose name it is)
  const roleWord = to > from && !isTitle(tokens[from]) && !FIRST_NAME_GENDER.has(tokens[from].lower) && !/^(?:man|woman)$/.test(tokens[from].lower)
    && tokens.slice(from + 1, to + 1).every((t) => t.kind !== 'word' || (t.cap && !ORGANIZATION_NOUNS.has(t.lower))) ? describedNoun(tokens[from].lower) : null;
  const described = roleWord && ((to - from >= 2 && tokens[from + 2].cap) || PERSON_ROLE_NOUNS.has(roleWord)) ? roleWord : null;
  if (described) from++;
  if (from === to) {
    // Fast path: one word, a lone surname ("Blinken") or a one-word body ("NATO", "Russia").
    const w = tokens[from];
    if (isPartyTag(w)) return { kind: 'other', name: w.text, surname: '', roles: [], gender: null };
    if (isTitle(w) || ORGANIZATION_NOUNS.has(w.lower)) return { kind: ORGANIZATION_NOUNS.has(w.lower) ? 'org' : 'other', name: w.text, surname: '', roles: [], gender: null };
    return { kind: isInitials(w) ? 'org' : 'surname', name: w.text, surname: surnameKey(w.text), roles: [], gender: null };
  }
  const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word');
  // a possessive inside the run belongs to a body's name ("Children’s Hospital")
  const text = words.map((t, k) => (k < words.length - 1 ? spell(t) : t.text)).join(' ');
  const other: RunReading = { kind: 'other', name: text, surname: '', roles: [], gender: null };
  if (words.length === 0) return other;
  // "Republican of South Carolina", "Democrat of New York": a description of the name before it
  if (PARTY_MEMBERS.has(words[0].lower) && words[1]?.lower === 'of') return other;
  if (isBodyWithConnector(words)) return { ...other, kind: 'org' };
  // The name starts after the last title that still has a name after it ("House Speaker John Boehner").
  let nameStart = 0;
  let nameEnd = words.length;
  const roles: string[] = described ? [described] : [];
  let gender: Gender = null;
  // nameAfter[i]: a name word (capitalised, not a title or suffix) follows word i.
  const nameAfter = new Array<boolean>(words.length).fill(false);
  for (let i = words.length - 2; i >= 0; i--) {
    const x = words[i + 1];
    nameAfter[i] = nameAfter[i + 1] || (x.cap && !isTitle(x) && !isSuffix(x));
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((isTitle(w) || CAPITALISED_ROLES.has(w.text)) && nameAfter[i]) {
      const role = titleRole(w.lower) ?? w.lower;
      roles.push(role);
      gender = GENDERED_TITLES.get(role) ?? gender;
      nameStart = i + 1;
    } else if (NAME_LINKS.has(w.lower) && i > 0 && isTitle(words[i - 1])) {
      // "Secretary of State Antony Blinken", "Deputy Commissioner for Intelligence John Millie": skip
      // the department, keep at least two name words.
      let j = i + 1;
      while (j < words.length - 1 && (DEPARTMENT_WORDS.has(words[j].lower) || words.length - j > 3)) j++;
      // … and the last word of the department before a known first name ("… of Tennessee Bill Killian")
      if (j < words.length - 2 && !FIRST_NAME_GENDER.has(words[j].lower) && FIRST_NAME_GENDER.has(words[j + 1].lower)) j++;
      // "CEO of AllSides", "Mayor of Chicago": a role and where it is held, no name.
      if (j === i + 1 && j === words.length - 1 && !DEPARTMENT_WORDS.has(words[j].lower)) return other;
      nameStart = j;
      i = j - 1;
    } else if (NAME_LINKS.has(w.lower) && isPersonName(words.slice(nameStart, i))) {
      // "Sen. Joni Ernst of Iowa", "Julie Swetnick of Washington", "U.S. Attorney Bill Killian for the
      // Eastern District": the person, not the place.
      nameEnd = i;
      break;
    } else if (w.lower === 'for') {
      return other; // "Fight for Our Dream": no person's name goes on past "for"
    } else if (i > nameStart && !w.cap && !NAME_PARTICLES.has(w.lower)) {
      nameStart = i + 1; // a lower-case word that is not a particle breaks the name
    }
  }
  const nameWords = words.slice(nameStart, nameEnd).filter((w) => w.cap || NAME_PARTICLES.has(w.lower));
  // "European Commission President Ursula von der Leyen" is a person; "State Department" is not.
  if (nameWords.some((w) => ORGANIZATION_NOUNS.has(w.lower))) return { ...other, kind: 'org' };
  const core = nameWords.filter((w) => !isSuffix(w));
  // "Special Agent", "Vice President": titles and no name ("Mr. King" has one)
  if (core.length === 0 || core.every((w) => isTitle(w) && !HONORIFICS.has(bare(w.lower)))) return other;
  const name = nameWords.map((t) => t.text).join(' ');
  const last = core[core.length - 1];
  const surname = surnameKey(last.text);
  if (core.some(isInitials))
    return roles.length ? { kind: 'person', name, surname, roles, gender } : { ...other, kind: 'org' };
  if (core.length === 1) return { kind: roles.length ? 'person' : 'surname', name, surname, roles, gender };
  // "the Nevada Democrat", "a Texas Republican": a description, not a name.
  if (roles.length === 0 && PARTY_MEMBERS.has(last.lower)) return other;
  if (roles.length === 0 && (PLACE_PREFIXES.has(core[0].lower) || STREET_NAME_ENDS.has(bare(last.lower)) || PLACE_NAME_ENDS.has(last.lower))) return other;
  return { kind: 'person', name, surname, roles, gender };
}

/**
 * "Department of Justice", "Bank of America", "Americans for Prosperity": a body's name, a body's
 * noun or a group before "of" or "for". Not "Secretary of State Antony Blinken" (a title) nor
 * "Bank of America CEO Brian Moynihan" (a person after a title).
 */
function isBodyWithConnector(words: readonly Token[]): boolean {
  const c = words.findIndex((_, k) => linksName(words, k));
  // a title before it makes a person: "Secretary of State Antony Blinken", "House Speaker Paul Ryan of Wisconsin"
  // (nor a title in a body's own name, "Executive Office of the President")
  if (c <= 0 || (!ORGANIZATION_NOUNS.has(words[c - 1].lower) && words.slice(0, c).some(isTitle))) return false;
  // a title with a name after it: "Bank of America CEO Brian Moynihan"
  if (words.some((w, k) => k > c && isTitle(w) && words.slice(k + 1).some((x) => x.cap && !isTitle(x)))) return false;
  const before = words.slice(0, c);
  return before.some((w) => ORGANIZATION_NOUNS.has(w.lower)) || (words[c].lower === 'for' && /s$/.test(words[c - 1].text));
}

/** Titles that always stand before a name: "Mr. King" is a name although "king" is a title too. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'prof']);

const COUNTRY_INITIALS = new Set(['U.S.', 'US', 'U.S.A.', 'USA', 'U.K.', 'UK']);

/** Initials of a party or a country: "the GOP nominee", "the US president" hold no agency's post. */
const NOT_AGENCIES = new Set(['GOP', 'DNC', 'RNC', 'UN', 'EU', ...COUNTRY_INITIALS]);

const PARTY_MEMBERS = new Set(['democrat', 'democrats', 'republican', 'republicans']);

/** Two or more capitalised words, particles allowed ("Bill de Blasio"), none an organisation's noun. */
function isPersonName(words: readonly Token[]): boolean {
  const capitals = words.filter((w) => w.cap);
  return capitals.length >= 2 && words.every((w) => (w.cap || NAME_PARTICLES.has(w.lower)) && !ORGANIZATION_NOUNS.has(w.lower) && !isTitle(w));
}

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
/** Words that place a week, a month or a night near the telling: "last month", "this week". */
const NEAR_IN_TIME = /^(?:last|this|that|next)$/;

/** Verbs of what may happen: "should insist" is no speech yet. */
const MODALS = new Set(['should', 'would', 'could', 'might', 'must', 'will', 'may', 'can', 'shall']);

/**
 * Tokens an appositive between a name and its verb may run to: "Aaron Y. Zelin, a fellow at the
 * Washington Institute for Near East Policy who monitors Arabic-language websites …, said".
 */
const MAX_APPOSITIVE_TOKENS = 40;
// How far into a sentence, in words and the verb itself, a passive verb whose agent is the subject may come ("That sentiment was echoed by").
const MAX_PASSIVE_SUBJECT_TOKENS = 6;

/** Participles of speaking, which tell how someone spoke, not who they are. */
const SPEAKING_PARTICIPLES = /^(?:speaking|talking|commenting|writing|responding|testifying)$/;

/** A dash that may open or close an aside: "Corker — who says … — responded". */
const isDash = (t: Token): boolean => t.text === '—' || t.text === '–';

/** What opens a relative clause after a comma: ", who …", ", whose committee …", ", which …". */
const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which']);
/** An -ly word that qualifies a verb ("Trump repeatedly said"), not a noun that ends so ("the family said"). */
const isAdverb = (w: string): boolean => w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w);
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'rally', 'supply', 'reply', 'anomaly', 'monopoly', 'italy', 'bully']);

/** Words that end the description of a group before its noun ("Trump and lawmakers", "not support witnesses"). */
const NOT_GROUP_WORDS = new Set(['and', 'or', 'nor', 'but', 'not', 'also', 'even', 'just', 'only', 'then', 'so', 'to', 'of', 'what']);
/** A title its holder held before, in one word: "then-Gov.", "ex-Sen.". */
const FORMER_TITLE = /^(?:then|ex)-\p{Lu}/u;
/** Base forms of speech verbs that make a noun after a group: "a police report", "a police call". */
const GROUP_DOCUMENT_NOUNS = new Set(['report', 'call', 'question', 'request', 'post', 'note', 'text', 'tweet', 'protest', 'comment']);
/** Forms of speech verbs that are as often plural nouns ("their requests", "his remarks"). */
const PLURAL_NOUN_FORMS = new Set([
  'requests', 'calls', 'remarks', 'claims', 'comments', 'charges', 'demands', 'promises', 'pledges', 'vows', 'answers',
  'questions', 'reports', 'notes', 'posts', 'tweets', 'texts', 'replies', 'protests', 'jokes', 'quips', 'labels',
]);
/** Organisation nouns that also name a kind of document or the press: "a news release" is from no news organisation. */
const MEDIA_NOUNS = new Set([...PRESS_TITLE_NOUNS, 'press', 'channel', 'network']);
/** Words that qualify a number: "About 30 protesters", "some 200 residents". */
const NUMBER_QUALIFIERS = new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly', 'approximately', 'some']);
/** Words before a participle that opens a sentence: "After telling reporters …", "While insisting …". */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'despite', 'by', 'in']);

/** Words that open a clause before the main one: "When Sessions was asked …, he said". */
const OPENING_CLAUSE = new Set(['when', 'while', 'after', 'before', 'as', 'although', 'though', 'because', 'since', 'once', 'if']);

// Words that open a subordinate clause: a subject inside one is not the sentence's subject.
const SUBORDINATORS = new Set(['that', 'who', 'whose', 'which', 'when', 'while', 'because', 'if', 'although', 'though', 'whether', 'whom', 'where', 'since', 'after', 'before', 'until', 'as']);
/** Subordinators that open what is said, asked or thought ("said that …", "asked whether …"). */
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if']);

// Capitalised words that cannot continue a name (months that are also names, like May, can).
const RUN_BREAKS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|september|october|november|december|the|and|but|in|on|at|for|with|from|by|to|as)$/;

/** Words before "the" and a body's name that make it no subject speaking on: "of the Vietnam War protests", "as The Washington Post reports". */
const ASIDE_OR_OF = new Set(['of', 'as']);

/** Past participles that are no "-ed" form: "the student caught up in the confrontation". */
const IRREGULAR_PARTICIPLES = new Set(['caught', 'known', 'seen', 'held', 'taken', 'shown', 'shot', 'hit', 'struck', 'found',
  'left', 'born', 'given', 'sworn', 'chosen', 'driven', 'brought', 'thrown', 'hurt', 'stuck']);

/** Whether a lower-case word has the "-ed" of a past tense or participle (not "red", "shed"). */
const hasPastEnding = (word: string): boolean => word.length > 4 && word.endsWith('ed');

/** Whether a lower-case word may be a past participle opening a reduced relative clause. */
function isPastParticiple(word: string): boolean {
  return hasPastEnding(word) || IRREGULAR_PARTICIPLES.has(word);
}

/** Words that link the parts of a name: "Secretary of State", "Center for American Progress". */
const NAME_LINKS = new Set(['of', 'for']);

/** Words after an unnamed source that say what they know: "a source familiar with the matter", "a person close to Trump". */
const SOURCE_KNOWS = new Set(['familiar', 'close', 'knowledgeable', 'briefed']);

/** Bodies whose names go on with "on" and what they deal with: "Committee on Foreign Relations", "Task Force on Gun Violence". */
const ON_BODIES = new Set(['committee', 'subcommittee', 'commission', 'council', 'panel', 'conference', 'caucus', 'board', 'force']);

/** Whether tokens[k] links the name before it to the words after it: "of", "for", "on" after a committee. */
const linksName = (tokens: readonly Token[], k: number): boolean =>
  NAME_LINKS.has(tokens[k].lower) || (tokens[k].lower === 'on' && ON_BODIES.has(tokens[k - 1]?.lower ?? '') && !!tokens[k - 1]?.cap
    && !isDayOrMonth(tokens[k + 1]));

/** "said the City Council on Friday": a day or a month after "on" is when, not what the body deals with. */
const isDayOrMonth = (t: Token | undefined): boolean => !!t?.cap && (WEEKDAYS.has(t.lower) || MONTHS.has(t.lower.replace(/\.$/, '')));

/** Words that tie a role to the body it serves: "the founder of", "a spokeswoman for", "an aide to". */
const ROLE_LINKS = new Set([...NAME_LINKS, 'to', 'at', 'with']);

/** Lowercase words inside a name: its links and "Speaker of the House", "Committee for a Responsible Budget". */
const NAME_CONNECTORS = new Set([...NAME_LINKS, 'the', 'a']);

/**
 * Whether the run of capitalised words from i to j is a body's name with a connector in it
 * ("Department of Health", "Citizens for Responsibility"), which "and" may go on: no title in it
 * ("Secretary of State John Kerry and the White House" are two).
 */
function connected(tokens: readonly Token[], i: number, j: number): boolean {
  let connector = false;
  for (let k = i; k <= j; k++) {
    if (linksName(tokens, k)) connector = true;
    else if (tokens[k].cap && isTitle(tokens[k]) && !COUNTRY_INITIALS.has(tokens[k].text)) return false;
  }
  return connector;
}

/** `connected` for the words just before and up to tokens[j], read back a few words. */
function connectedBefore(tokens: readonly Token[], j: number): boolean {
  if (!tokens[j]?.cap) return false;
  let k = j;
  while (k > 0 && j - k < 6 && tokens[k - 1].kind === 'word' && (tokens[k - 1].cap || NAME_CONNECTORS.has(tokens[k - 1].lower))) k--;
  while (k < j && !tokens[k].cap) k++;
  return connected(tokens, k, j);
}

/** Index of the last token of the capitalised run starting at i (names, particles, "of the"). */
function runEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length && !tokens[j].possessive) {
    const n = tokens[j + 1];
    if (n.nickname && tokens[j + 2]?.cap) {
      j += 2; // William "Mo" Cowan
      continue;
    }
    if (n.kind !== 'word' || n.sentence !== tokens[i].sentence) break;
    if (n.cap && RUN_BREAKS.test(n.lower)) break; // "Newsweek Sunday morning"
    if (n.cap) {
      j++;
      continue;
    }
    // "von der Leyen", "Secretary of State", "Speaker of the House", "Center for American Progress";
    // after those, "and" joins the words of one body ("Citizens for Responsibility and Ethics")
    let k = j + 1;
    if (tokens[k].lower === 'and') {
      const joined = tokens[k + 1];
      if (connected(tokens, i, j) && joined?.kind === 'word' && joined.cap && joined.sentence === tokens[i].sentence
        && !FIRST_NAME_GENDER.has(joined.lower)) j = k + 1;
      else break;
      continue;
    }
    while (k < tokens.length && k - j <= 3 && tokens[k].kind === 'word' && !tokens[k].cap &&
      (NAME_PARTICLES.has(tokens[k].lower) || NAME_CONNECTORS.has(tokens[k].lower) || (k === j + 1 && linksName(tokens, k)))) k++;
    if (k > j + 1 && k < tokens.length && tokens[k].kind === 'word' && tokens[k].cap) j = k;
    else break;
  }
  return j;
}

/**
 * Owners in the plural that open bodies' names rather than name someone: "Children’s", "Veterans’"
 * (a surname in -s is someone's: "Sessions’ Justice Department").
 */
const PLURAL_OWNER = /^(?:children|women|men|people|veterans|workers|teachers|nurses|farmers|parents|citizens|soldiers|students|families|americans)$/;

/**
 * The capitalised possessive at tokens[k] is part of a body's name: "the U.S. Attorney’s Office",
 * "Boston Children’s Hospital", "the Children’s Defense Fund" (owners in the plural before a name
 * that ends as a body's does), not "Trump’s Justice Department".
 */
function possessiveInBodyName(tokens: readonly Token[], k: number): boolean {
  const owner = tokens[k];
  const next = tokens[k + 1];
  if (owner?.possessive !== true || !owner.cap || next?.cap !== true) return false;
  return ORGANIZATION_NOUNS.has(next.lower) || (PLURAL_OWNER.test(owner.lower) && ORGANIZATION_NOUNS.has(tokens[runEnd(tokens, k + 1)].lower));
}

/** Relatives a first name alone may follow: "Toliver's father Kim", "Amil's sister, Lisa,". */
const KIN_NOUNS = new Set(['father', 'dad', 'mother', 'mom', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife',
  'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'grandfather', 'grandmother', 'grandson', 'granddaughter', 'stepfather',
  'stepmother', 'stepson', 'stepdaughter', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'boyfriend', 'girlfriend']);
/** Relatives who as a rule bear the surname of the one they are the relative of. */
const SURNAME_KIN = new Set(['father', 'dad', 'son', 'brother']);

/**
 * A relative named by a first name alone after whose relative they are: "Toliver's father Kim" is
 * Kim Toliver (a father, son or brother bears the surname), "Amil's sister, Lisa," is Lisa, and
 * "Trump's daughter Ivanka" the Ivanka Trump of `namedInFull`. Null when the one-word run at
 * tokens[i] is no such name.
 */
function relativeByFirstName(tokens: readonly Token[], i: number, end: number, namedInFull: ReadonlySet<string>): RunReading | null {
  const word = tokens[i];
  if (i !== end || word.possessive || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return null;
  const k = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  const kin = tokens[k];
  const owner = tokens[k - 1];
  if (kin?.kind !== 'word' || kin.cap || !KIN_NOUNS.has(kin.lower) || owner?.kind !== 'word' || !owner.cap || !owner.possessive) return null;
  // (set off by commas, the name closes its aside: not "Amil's sister, Lisa Marie" — a run of its own — nor "…, Lisa and")
  if (k === i - 2 && tokens[i + 1]?.kind === 'word') return null;
  const full = `${word.text} ${owner.text}`;
  const shared = (SURNAME_KIN.has(kin.lower) && !FIRST_NAME_GENDER.has(owner.lower)) || namedInFull.has(full);
  const noun = KIN_WORDS.get(kin.lower) ?? kin.lower;
  return {
    kind: 'person', name: shared ? full : word.text, surname: surnameKey(shared ? owner.text : word.text),
    roles: [relation(noun, surnameKey(owner.text))], gender: GENDERED_PERSON_NOUNS.get(noun) ?? null,
  };
}

/** Index of the first token of the capitalised run ending at i. */
function runStart(tokens: readonly Token[], i: number): number {
  let j = i;
  let bodyWithPossessive = false;
  while (j - 1 >= 0) {
    const p = tokens[j - 1];
    if (p.nickname && tokens[j - 2]?.cap) {
      j -= 2;
      continue;
    }
    if (p.kind !== 'word' || p.sentence !== tokens[i].sentence) break;
    if (p.possessive) {
      if (bodyWithPossessive || runEnd(tokens, j) !== i || !possessiveInBodyName(tokens, j - 1)) break;
      bodyWithPossessive = true;
    }
    if (p.cap && RUN_BREAKS.test(p.lower)) break;
    if (p.cap) {
      j--;
      continue;
    }
    // not "Ann Lee of Boston Children’s Hospital"
    if (bodyWithPossessive) break;
    let k = j - 1;
    while (k >= 0 && j - k <= 3 && tokens[k].kind === 'word' && !tokens[k].cap && (NAME_PARTICLES.has(tokens[k].lower)
      || NAME_CONNECTORS.has(tokens[k].lower) || linksName(tokens, k) || (tokens[k].lower === 'and' && k === j - 1 && connectedBefore(tokens, k - 1)))) {
      k--;
      if (tokens[k + 1].lower === 'and') break;
    }
    if (k < j - 1 && k >= 0 && tokens[k].kind === 'word' && tokens[k].cap && !tokens[k].possessive) j = k;
    else break;
  }
  return j;
}

/** Whether two names are one name but for a generational suffix: "Jesse Jackson" and "Jesse Jackson Jr.". */
function isNamesake(a: string, b: string): boolean {
  const bare = (name: string) => name.replace(GENERATION_SUFFIX, '');
  return a !== b && bare(a) === bare(b);
}

/** "television", "state TV", "media": a broadcaster's or the press's noun. */
const isBroadcasterNoun = (w: Token): boolean => w.kind === 'word' && BROADCASTER_NOUNS.has(w.lower) && (!w.cap || w.text === 'TV');

/** Who a subject may be that a place follows ("Police in Chicago", "a U.S. official in Seoul", "the official in Kabul"). */
const PLACED_KINDS: ReadonlySet<Referent['kind']> = new Set(['group', 'described', 'orgReference', 'role']);

/** The role of a first lady, whom "Trump said" never means beside "President Trump" (see `PeopleIndex.resolve`). */
const FIRST_LADY = 'first lady';

/**
 * Whether the name starting at tokens[i] is a first lady's: "first lady Melania Trump", "the first lady,
 * Melania Trump", "First Lady Michelle Obama" (not a former one: "former first lady Hillary Clinton").
 */
function isFirstLady(t: readonly Token[], i: number): boolean {
  const lady = [i - 1, t[i - 1]?.text === ',' ? i - 2 : -1, i + 1].find((j) => t[j]?.lower === 'lady' && t[j - 1]?.lower === 'first');
  return lady !== undefined && t[lady - 2]?.lower !== 'former';
}

/** A country's or a people's adjective ("Iranian", "North Korean", "Chinese", "Israeli", "Turkish"), not "Social" or "Local". */
const isDemonym = (w: Token | undefined): boolean => !!w && w.kind === 'word' && w.cap && !w.possessive && DEMONYM_ENDING.test(w.text);

const GENERATION_SUFFIX = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** Roles that make someone a child of another: "his son Hunter Biden". */
const CHILD_NOUNS = new Set(['son', 'daughter', 'stepson', 'stepdaughter', 'grandson', 'granddaughter']);

/** The name a junior shares with his father: "Donald Trump Jr." → "Donald Trump"; null for anyone else. */
const juniorsFatherName = (name: string): string | null => /^(.+?),?\s+Jr\.?$/.exec(name)?.[1] ?? null;

/**
 * The people a finished sentence names, where it ends, and whether one of them is named in passing:
 * as an owner ("Trump’s"), inside a clause ("suggested that Scalise should be fired") or in a question
 * ("Governor Christie?").
 */
interface SentenceBefore {
  end: number;
  paragraph: number;
  people: Set<Person>;
  aside: boolean;
  /** Whether its subject is someone ("the man tells Bergdahl"). */
  subject: boolean;
}

/** The people an article names in full, by surname: built in one pass before attribution. */
class PeopleIndex {
  constructor(private readonly sentenceOf: (at: number) => number) {}

  private bySurname = new Map<string, Person[]>();
  private lastSeen = new Map<Person, number>();
  /** People whose latest mention named them in full. */
  private lastSeenInFull = new Set<Person>();
  /** Where the article first names each person in full. */
  private firstNamedAt = new Map<Person, number>();
  /** People named in full only once, as the object of a preposition ("a relative of Sen. Thomas Miller"). */
  private inPassing = new Set<Person>();
  /** People quoted, reported as speaking or the subject of a main clause so far. */
  private actors = new Set<Person>();
  /** People a later mention without their full name has referred to. */
  private namedAgain = new Set<Person>();

  /** People the article names only by a first name after whose relative they are ("Toliver's father Kim"). */
  private relatives = new Set<Person>();
  /** Surnames the article first gives alone, by a title or as an owner, before it names anyone of that surname in full ("President Trump"). */
  private aloneBeforeFullName = new Set<string>();

  /** Surnames the article gives alone by a title no first lady holds ("President Trump", "Mr. Obama"), anywhere. */
  private titledAlone = new Set<string>();

  /** Records a mention by surname alone ("President Trump"), `titled` by a title no first lady holds. */
  surnameAlone(surname: string, titled: boolean): void {
    if (!this.bySurname.has(surname)) this.aloneBeforeFullName.add(surname);
    if (titled) this.titledAlone.add(surname);
  }

  /** Records a relative the article names only by a first name (see `relativeByFirstName`). */
  addRelative(reading: RunReading, at: number): void {
    this.relatives.add(this.addFull(reading, at));
  }

  /** Records a full-name mention (two or more name words). */
  addFull(reading: RunReading, at = -1): Person {
    const list = this.bySurname.get(reading.surname) ?? [];
    let person = list.find((p) => p.name === reading.name);
    if (!person) {
      const first = reading.name.split(' ')[0].toLowerCase();
      person = { name: reading.name, surname: reading.surname, gender: FIRST_NAME_GENDER.get(first) ?? null, roles: new Set(), count: 0 };
      list.push(person);
      this.bySurname.set(reading.surname, list);
    }
    if (at >= 0 && !this.firstNamedAt.has(person)) this.firstNamedAt.set(person, at);
    this.learn(person, reading);
    person.count++;
    return person;
  }

  /** Adds roles and gender the mention reveals. */
  learn(person: Person, reading: RunReading): void {
    for (const r of reading.roles) for (const s of ROLE_SYNONYMS.get(r) ?? [r]) person.roles.add(s);
    if (reading.gender) person.gender = reading.gender;
  }

  /** Whether the article names someone of this surname in full (allowing a one-letter typo). */
  has(surname: string): boolean {
    return this.lookup(surname) !== undefined;
  }

  /** Whether the article names someone of exactly this surname in full ("Peter King"). */
  namedInFull(surname: string): boolean {
    return this.bySurname.get(surname)?.some((p) => p.name.includes(' ')) ?? false;
  }

  // A misspelt surname ("Cowen" for "Cowan" in one paragraph) still finds the person.
  private lookup(surname: string): Person[] | undefined {
    const exact = this.bySurname.get(surname);
    if (exact || surname.length < 5) return exact;
    if (this.fuzzy.has(surname)) return this.fuzzy.get(surname) ?? undefined;
    let found: Person[] | null = null;
    for (const [key, list] of this.bySurname) {
      if (mayBeMisspelt(key, surname)) found = list;
    }
    this.fuzzy.set(surname, found);
    return found ?? undefined;
  }

  private fuzzy = new Map<string, Person[] | null>();

  /**
   * The person a surname-only mention ("Mr. Steele") refers to: the full name the article uses,
   * the most recently mentioned one when the article names several people with that surname, but
   * of namesakes ("Jesse Jackson Jr.", "Rev. Jesse Jackson") the one named first unless the mention
   * says which ("Trump Jr."). A person known only by surname when the article never gives a full name.
   */
  resolve(reading: RunReading, at: number): Person {
    // "Mr. Trump" is not "Melania Trump": a title's gender keeps apart people who share a surname;
    // "Mr. Trump tweeted" is not "Donald Trump Jr.", whom the article names only later, nor is any
    // "Trump" alone when the article called someone that before it named the junior
    const saysGeneration = GENERATION_SUFFIX.test(reading.name);
    const candidates = this.lookup(reading.surname)?.filter((p) => (!reading.gender || !p.gender || p.gender === reading.gender)
      && (saysGeneration || !GENERATION_SUFFIX.test(p.name) || ((this.firstNamedAt.get(p) ?? -1) <= at && !this.aloneBeforeFullName.has(p.surname))));
    // "Trump said", "President Obama" are not the first lady the article names in full ("first lady Melania Trump")
    // when it also names another of that surname, or gives it alone by a man's title ("President Trump"):
    // "Clinton said" is still "former first lady Hillary Clinton", and "Obama said" the first lady when the
    // article speaks of no one else so
    const bare = !reading.name.includes(' ') && reading.gender !== 'f'
      && (this.titledAlone.has(reading.surname) || (candidates ?? []).some((p) => !p.roles.has(FIRST_LADY)));
    const found = bare ? candidates?.filter((p) => !p.roles.has(FIRST_LADY)) : candidates;
    // "Toliver said" is Demontris Toliver, not "Toliver's father Kim", whose surname the article never writes with his
    // name; "Biden said" after "Biden's son Hunter" alone is no one named in full
    const list = reading.name.includes(' ') ? found : found?.filter((p) => !this.relatives.has(p));
    if (!list?.length) return this.addFull(reading);
    const exact = reading.name.includes(' ') ? list.find((p) => p.name === reading.name) : undefined;
    if (exact) {
      this.lastSeen.set(exact, at);
      this.lastSeenInFull.add(exact);
      return exact;
    }
    let best = list[0];
    for (const p of list) {
      const newer = this.seenSince(p, best);
      if (newer > 0 || (newer === 0 && p.count > best.count)) best = p;
    }
    if (list.length > 1 && best.name.split(' ').length === 1) best = list.find((p) => p !== best) ?? best;
    // "Miller said" after "a distant relative of state Sen. Thomas V. Mike Miller Jr.": someone named
    // once in passing (after "of", no subject or speaker since, not named again) is not whom a bare
    // surname means when another of that name has spoken or acted
    if (this.inPassing.has(best) && best.count === 1 && !this.actors.has(best) && !this.namedAgain.has(best)) {
      best = list.find((p) => this.actors.has(p)) ?? best;
    }
    // "Jackson" after "his father, Rev. Jesse Jackson" is still Jesse Jackson Jr., named first: a
    // namesake the article brings in later is named in full when meant ("Trump Jr." says which)
    const suffix = GENERATION_SUFFIX.exec(reading.name)?.[0];
    if (suffix) best = list.find((p) => p.name.endsWith(suffix)) ?? best;
    else {
      const namesake = list.find((p) => p !== best && isNamesake(p.name, best.name));
      if (namesake && list.indexOf(namesake) < list.indexOf(best)) best = namesake;
    }
    this.learn(best, reading);
    this.seen(best, at);
    this.namedAgain.add(best);
    return best;
  }

  /**
   * How much later p was last mentioned than q: positive, negative, or 0 when neither was mentioned
   * yet or both were last named in full in one sentence. A tie leaves a later "Trump said" after
   * "President Donald Trump and first lady Melania Trump" to the one the article names more often,
   * then to the one it names first, not to whoever the sentence happens to name last.
   */
  private seenSince(p: Person, q: Person): number {
    const a = this.lastSeen.get(p) ?? -1;
    const b = this.lastSeen.get(q) ?? -1;
    const inOneSentence = a >= 0 && b >= 0 && this.sentenceOf(a) === this.sentenceOf(b);
    return inOneSentence && this.lastSeenInFull.has(p) && this.lastSeenInFull.has(q) ? 0 : a - b;
  }

  /**
   * Whom "the younger Trump" means: the one person of this surname named as someone's child ("his
   * son Hunter Biden"), else the one named in full as a junior ("Donald Trump Jr.") when the article
   * names his father too, in full or by the surname alone before the junior ("President Trump").
   */
  youngerOf(surname: string): Person | undefined {
    const list = this.bySurname.get(surname) ?? [];
    const children = list.filter((p) => [...p.roles].some((r) => CHILD_NOUNS.has(r)));
    if (children.length === 1) return children[0];
    const juniors = list.filter((p) => juniorsFatherName(p.name) !== null);
    if (juniors.length !== 1) return undefined;
    const father = juniorsFatherName(juniors[0].name);
    return this.aloneBeforeFullName.has(surname) || list.some((p) => p.name === father) ? juniors[0] : undefined;
  }

  /** The full name of the one person the article names with this surname, or null (none, or several: "Obama"). */
  fullName(surname: string): string | null {
    const list = this.lookup(surname);
    return list?.length === 1 && list[0].name.includes(' ') ? list[0].name : null;
  }

  seen(person: Person, at: number): void {
    this.lastSeen.set(person, at);
    this.lastSeenInFull.delete(person);
  }

  namedInPassing(person: Person): void {
    this.inPassing.add(person);
  }

  acted(person: Person): void {
    this.actors.add(person);
  }

  /** Whether the person has spoken or been the subject of a clause (see `acted`). */
  hasActed(person: Person): boolean {
    return this.actors.has(person);
  }

  private byFirstName: Map<string, Person[]> | null = null;

  /**
   * The one person the article names in full with this first name ("Tyler" for "Tyler Beason"), as
   * stories call children and neighbours; undefined when none or several. Asked once the index is full.
   */
  withFirstName(word: string): Person | undefined {
    if (!this.byFirstName) {
      this.byFirstName = new Map();
      for (const list of this.bySurname.values()) {
        for (const p of list) {
          const first = p.name.split(' ')[0];
          if (first === p.name) continue;
          const same = this.byFirstName.get(first);
          if (same) same.push(p);
          else this.byFirstName.set(first, [p]);
        }
      }
    }
    const found = this.byFirstName.get(word);
    return found?.length === 1 ? found[0] : undefined;
  }

  /** Token index of the person's latest mention; -1 when never placed. */
  lastSeenAt(person: Person): number {
    return this.lastSeen.get(person) ?? -1;
  }
}

// ---------------------------------------------------------------------------------------------
// Attribution

interface Cue {
  referent: Referent;
  /** Token index of the referring phrase, for pronoun resolution. */
  at: number;
  /** Found in a clause below the sentence's main one: "Trump, who has blasted…", "before tweeting". */
  subordinate?: true;
}

class Attributor {
  private readonly people = new PeopleIndex((at) => this.tokens[at].sentence);
  /** Recently mentioned people, newest last (bounded, so a lookup is constant time). */
  private recent: Person[] = [];
  /** The person the narration is about: last sentence subject or speaker. */
  private focus: Person | null = null;
  /** Speaker of the last speech cue (quote or reported speech), and its paragraph. */
  private lastCue: { attribution: Attribution; paragraph: number; sentence: number } | null = null;
  /** The latest group that was a sentence's subject or speaker, and that sentence. */
  private lastGroup: { speaker: string; sentence: number } | null = null;

  /** Notes a group that is the subject or the speaker of a sentence, for "they" (see `lastGroup`). */
  private noteGroup(a: Attribution, sentence: number): void {
    if (a.group && a.speaker) this.lastGroup = { speaker: a.speaker, sentence };
  }
  /**
   * The latest speaker known only by a one-word name ("Clinton said"), where its sentence starts,
   * and whether no other person has been the focus since (see `resolvePronoun`).
   */
  private loneSpeaker: { person: Person; paragraph: number; start: number; latest: boolean } | null = null;
  /** Subject of the sentence being read, once known. */
  private sentenceSubject: Person | null = null;
  /** The quote token being attributed: a scan for its speaker never crosses it as a term of the sentence. */
  private attributing = -1;
  /** Subject of the sentence before. */
  private previousSubject: Person | null = null;
  /** The people the sentence just finished names (see `onlyPersonOfSentenceBefore`). */
  private sentenceBefore: SentenceBefore | null = null;
  private readonly contentParagraph: number[];

  constructor(private readonly tokens: Token[]) {
    // Content paragraphs: short lines without a stop ("Advertisement", bylines) do not separate
    // a quote from the one it continues.
    const paragraphCount = tokens.length ? tokens[tokens.length - 1].paragraph + 1 : 0;
    const words = new Array<number>(paragraphCount).fill(0);
    const stops = new Array<boolean>(paragraphCount).fill(false);
    for (const t of tokens) {
      if (t.kind === 'word') words[t.paragraph]++;
      if (t.kind === 'quote' || (t.kind === 'punct' && isTerminal(t.text))) stops[t.paragraph] = true;
    }
    this.contentParagraph = [];
    let n = 0;
    for (let p = 0; p < paragraphCount; p++) {
      if (words[p] >= 4 || stops[p]) n++;
      this.contentParagraph.push(n);
    }
    this.indexFullNames();
  }

  /** First pass: every full name in the article, so that "Mr. Steele" finds "Michael Steele" even later on. */
  private indexFullNames(): void {
    const t = this.tokens;
    // read every run first: an appositive anywhere makes a name a body's everywhere
    const read: Array<{ start: number; end: number; reading: RunReading }> = [];
    for (let i = 0; i < t.length; i++) {
      if (t[i].kind !== 'word' || !t[i].cap || NOT_NAMES.has(t[i].lower)) continue;
      const end = runEnd(t, i);
      read.push({ start: i, end, reading: readRun(t, i, end) });
      i = end;
    }
    for (const { reading, end } of read) {
      // (not "Fred Burton of Stratfor Worldview, an international security consulting firm,": the body is what ends the run)
      const wholeRun = reading.name.endsWith(t[end].text);
      if (reading.kind === 'person' && reading.roles.length === 0 && wholeRun && bodyAppositiveAfter(t, end)) this.bodyNames.add(reading.name);
    }
    const namedInFull = new Set(read.filter(({ reading }) => reading.kind === 'person' && reading.name.includes(' ')).map(({ reading }) => reading.name));
    for (const { start: i, end, reading: asRead } of read) {
      const relative = relativeByFirstName(t, i, end, namedInFull);
      const reading = relative ?? this.asBody(asRead);
      const isPerson = reading.kind === 'person';
      const run = { start: i, end, reading, state: isPerson ? stateOfName(t, i, end) : null, party: isPerson ? partyOfName(t, end) : null };
      this.runs.push(run);
      this.runAt.set(i, run);
      if (relative && !namedInFull.has(relative.name)) this.people.addRelative(relative, i);
      // (by a title or as an owner, as a father is before his junior: "President Trump", "Trump's eldest son, Donald Trump Jr.";
      // not "Smith, 17, was charged", whom "Robert Smith Jr." names in full later)
      else if ((reading.kind === 'person' || reading.kind === 'surname') && !reading.name.includes(' ')
        && (reading.roles.length > 0 || reading.gender !== null || t[end].possessive)) {
        const titled = reading.gender === 'm' || (reading.gender === null && reading.roles.some((r) => r !== 'lady'));
        this.people.surnameAlone(reading.surname, titled);
      }
      else if (reading.kind === 'person' && reading.name.includes(' ')) {
        const person = this.people.addFull(reading, i);
        if (person.count === 1 && namedAfterPreposition(t, i)) this.people.namedInPassing(person);
        const role = this.appositiveRole(i, end) ?? this.roleBeforeName(i);
        if (role) person.roles.add(role);
        if (isFirstLady(t, i)) person.roles.add(FIRST_LADY);
      }
      // "Keith and Ann Blake": a couple sharing the surname names Keith Blake too
      if (reading.kind === 'surname' && FIRST_NAME_GENDER.has(t[i].lower) && t[end + 1]?.lower === 'and' && t[end + 2]?.cap) {
        const partner = readRun(t, end + 2, runEnd(t, end + 2));
        if (partner.kind === 'person' && partner.roles.length === 0 && partner.name.split(' ').length === 2) {
          this.people.addFull({ ...partner, name: `${t[i].text} ${partner.name.split(' ')[1]}`, gender: null });
        }
      }
    }
  }

  /** Names an appositive calls a body ("Muslim Advocates, a civil rights group,"), read as bodies wherever they come. */
  private readonly bodyNames = new Set<string>();

  private asBody(reading: RunReading): RunReading {
    return reading.kind === 'person' && this.bodyNames.has(reading.name) ? { ...reading, kind: 'org', surname: '', gender: null } : reading;
  }

  /**
   * The role the appositive after the name ending at tokens[end] gives someone: "Kieshah Cain
   * Saunders, Solomon's aunt." is Solomon's aunt (see `relation`), so that "her aunt said" finds her
   * where "her" is Solomon; "Jane Doe, the local pastor," and "Maya Forstater, a researcher who …"
   * what they are. Null when there is none, or when
   * it does not say whose relation it is ("the eldest victim's mother").
   */
  private appositiveRole(start: number, end: number): string | null {
    const t = this.tokens;
    const first = t[end + 2];
    if (t[end + 1]?.text !== ',' || first?.kind !== 'word' || (!ARTICLES.has(first.lower) && !first.possessive)) return null;
    // a name that opens its sentence is the one described, whatever follows the description; after a
    // preposition or a verb ("After meeting with John Smith, the governor warned") the description may
    // be the subject of the main clause
    let opening = start;
    while (t[opening - 1]?.sentence === t[start].sentence && t[opening - 1].cap) opening--; // ("Former Vice President Joe Biden")
    const opensSentence = opening === 0 || t[opening - 1].kind === 'para' || t[opening - 1].sentence !== t[start].sentence;
    for (let k = end + 2; k < t.length && k - end <= 8 && t[k].kind === 'word'; k++) {
      const noun = t[k].cap || t[k].possessive ? null : describedNoun(t[k].lower) ?? (SPEAKING_FOR.has(t[k].text) ? t[k].text : null);
      if (!noun) continue;
      // "Maya Forstater, a researcher who lost her job", "a mother of three", and when the name opens the
      // sentence "Nick Sandmann, the Covington Catholic High School student caught up in the
      // confrontation", "a professor at Georgetown"
      const after = t[k + 1];
      const clauseAfter = after?.kind === 'word' && !after.cap && (after.lower === 'who' || NAME_LINKS.has(after.lower)
        || (opensSentence && (PREPOSITIONS.has(after.lower) || isPastParticiple(after.lower))));
      if (!after || (after.text !== ',' && !isTerminal(after.text) && !clauseAfter)) return null;
      const whose = t.slice(end + 2, k).find((w) => w.possessive);
      return !whose ? noun : whose.cap ? relation(noun, surnameKey(whose.text)) : null;
    }
    return null;
  }

  /**
   * The role a description set before the name starting at tokens[start] gives someone: "Kudlow has
   * relied on the same New York-based tailor, Leonard Logsdail," is a tailor, so that "the tailor
   * said" finds him. Only a plain description: a determiner, then words that are no verbs; or
   * a spokesperson's noun right before the name.
   */
  private roleBeforeName(start: number): string | null {
    const t = this.tokens;
    // "FBI spokeswoman Ayn Dietrich-Williams": the one "the spokeswoman" is later
    if (t[start - 1]?.kind === 'word' && SPEAKING_FOR.has(t[start - 1].text)) return t[start - 1].text;
    const head = t[start - 2];
    if (t[start - 1]?.text !== ',' || head?.kind !== 'word' || head.cap || head.possessive) return null;
    const noun = describedNoun(head.lower);
    if (!noun) return null;
    // words, capitalised or not, hyphens and commas between modifiers ("Savile Row-trained, New York-based")
    for (let k = start - 3; k >= 0 && start - k <= 12 && (t[k].kind === 'word' || t[k].text === '-' || t[k].text === ','); k--) {
      if (t[k].lower === 'the' || t[k].lower === 'a' || t[k].lower === 'an') return noun;
      if (t[k].possessive || this.isFiniteVerb(t[k]) || PREPOSITIONS.has(t[k].lower)) return null;
    }
    return null;
  }

  /** Every capitalised run of the article, in order, read once. */
  private readonly runs: NameRun[] = [];
  private readonly runAt = new Map<number, NameRun>();
  /** Index into `runs` of the first run not yet added to the running index. */
  private nextRun = 0;

  /**
   * The name someone written this way goes by: the full name of the one person the article names
   * with that surname ("Mr. Syed" is "Ali Syed"), a person's name or a body's as written, else null
   * ("People said", "Someone yelled" name no one).
   */
  knownName(written: string): string | null {
    const words = tokenize(written, [], []);
    if (words.length === 0 || !words.every((w) => w.kind === 'word' || w.text === '.')) return null;
    const reading = readRun(words, 0, words.length - 1);
    if (reading.kind === 'org') return reading.name;
    if (reading.kind !== 'person' && reading.kind !== 'surname') return null;
    return this.people.fullName(reading.surname) ?? (reading.kind === 'person' ? reading.name : null);
  }

  /** Attributes every quote token; returns attributions by input quote index. */
  run(count: number): Attribution[] {
    const result: Attribution[] = new Array<Attribution>(count).fill(NONE);
    const explicitQuote: boolean[] = new Array<boolean>(count).fill(false);
    const quoteAt: number[] = [];
    const t = this.tokens;
    let s = 0;
    let prevQuote: { index: number; token: number; attribution: Attribution } | null = null;
    while (s < t.length) {
      let e = s;
      while (e + 1 < t.length && t[e + 1].sentence === t[s].sentence) e++;
      // (a reporter's credit under a video has no subject and reports no speech)
      const credit = this.isReporterCredit(s, e);
      this.sentenceSubject = this.findSentenceSubject(s, e, credit);
      let sentenceCue: Attribution | null = null;
      let sentenceQuoteAt = -1;
      for (let i = s; i <= e; i++) {
        if (t[i].kind !== 'quote') continue;
        let a = this.attributeQuote(i, s, e);
        const samePrevious = prevQuote && t[prevQuote.token].sentence === t[i].sentence ? prevQuote : null;
        // "Hamad responded, “…” and “U beat your mom.”": a quote joined to the one before by "and" goes
        // on with its speaker, whatever cue the sentence has elsewhere
        const joined = samePrevious?.attribution.speaker && samePrevious.token === i - 2 && t[i - 1].lower === 'and' && !a.direct;
        if (samePrevious && (joined || (!a.explicit && (samePrevious.attribution.speaker || !a.speaker)))) {
          a = { ...samePrevious.attribution, explicit: false };
        }
        if (!a.speaker && !a.explicit) a = this.continuation(i, s);
        result[t[i].quote] = a;
        quoteAt[t[i].quote] = i;
        if (a.person) this.people.acted(a.person);
        explicitQuote[t[i].quote] = a.explicit;
        prevQuote = { index: t[i].quote, token: i, attribution: a };
        // The sentence's speaker for what follows: a direct cue beats a remote one ("…," said X, according to Y).
        if ((a.speaker || a.explicit) && (!sentenceCue?.direct || a.direct)) {
          sentenceCue = a;
          sentenceQuoteAt = i;
        }
      }
      if (!sentenceCue && !credit) sentenceCue = this.reportedSpeech(s, e);
      if (sentenceCue?.person) this.people.acted(sentenceCue.person);
      this.endSentence(s, e, sentenceCue, sentenceQuoteAt);
      s = e + 1;
    }
    this.nameDescribedLater(result, quoteAt);
    this.lookAhead(result, explicitQuote);
    return result;
  }

  /**
   * "A federal judge … declaring that the department’s “decision …” ¶ U.S. District Judge William Alsup
   * ruled": someone described with "a" whom the sentence after names by that title, as the subject of
   * its speech verb, is the one named. `quoteAt` holds each quote's token.
   */
  private nameDescribedLater(result: Attribution[], quoteAt: readonly number[]): void {
    const t = this.tokens;
    result.forEach((a, q) => {
      const described = a.person?.described && /^an? /.test(a.person.name) ? a.person : null;
      if (!described || quoteAt[q] === undefined) return;
      const sentence = t[quoteAt[q]].sentence;
      // (the first name after the quote: runs are in text order)
      const run = this.runs[partitionPoint(this.runs, (r) => r.start <= quoteAt[q])];
      // (only capitalised words before it: "U.S. District Judge William Alsup ruled")
      const opensNext = run && t[run.start].sentence === sentence + 1 && t.slice(this.sentenceStart(run.start), run.start).every((w) => w.kind === 'para' || (w.kind === 'word' && w.cap));
      if (!opensNext || !this.namesPerson(run.reading) || this.speechVerbAt(run.end + 1) !== 'finite') return;
      const named = this.people.resolve(run.reading, run.start);
      if (named.roles.has(described.surname)) result[q] = { ...a, speaker: named.name, person: named };
    });
  }

  /**
   * A quote with no cue of its own that runs on into the next paragraph (closing mark missing) or
   * is followed directly by another quote carries the speaker of what follows ("A." "B," X said.).
   */
  private lookAhead(result: Attribution[], explicit: boolean[]): void {
    const t = this.tokens;
    const quoteTokens: number[] = [];
    for (let i = 0; i < t.length; i++) if (t[i].kind === 'quote') quoteTokens.push(i);
    for (let k = quoteTokens.length - 2; k >= 0; k--) {
      const q = t[quoteTokens[k]];
      const next = t[quoteTokens[k + 1]];
      if (explicit[q.quote] || !result[next.quote].speaker) continue;
      let adjacent = true;
      for (let i = quoteTokens[k] + 1; i < quoteTokens[k + 1] && adjacent; i++) {
        adjacent = t[i].kind === 'punct' || (t[i].kind === 'para' && !q.endsWithStop);
      }
      if (adjacent && this.contentParagraph[next.paragraph] - this.contentParagraph[q.paragraph] <= 1) {
        result[q.quote] = { ...result[next.quote], explicit: false };
      }
    }
  }

  // -- per quote -------------------------------------------------------------------------------

  private attributeQuote(qi: number, s: number, e: number): Attribution {
    this.attributing = qi;
    const cueAfter = this.cueAfter(qi, s, e);
    const after = cueAfter ? { ...this.attribution(cueAfter, true), direct: true } : null;
    if (after?.speaker && cueAfter?.referent.kind !== 'group') return after;
    // Region before the quote, back to the sentence start or the previous quote. A cue after the
    // quote that names nobody ("…,” according to the affidavit) gives way to one before it.
    let b = qi - 1;
    while (b >= s && this.tokens[b].kind !== 'quote') b--;
    const cueBefore = this.cueBefore(b + 1, qi - 1);
    const before = cueBefore ? { ...this.attribution(cueBefore, true), direct: true } : null;
    // (and a group after the quote gives way to whoever a cue before it names: "Stone told Credico, “…,”
    // prosecutors said" is Stone's)
    if (after && !before?.speaker) return after;
    if (before) return before;
    const signed = this.signatureAfter(qi);
    if (signed) return this.attribution(signed, true);
    const according = this.accordingTo(s, e);
    if (according) return this.attribution(according, true);
    // Scare quotes and embedded fragments: the speech verb of the sentence, wherever it is.
    const far = this.cueAnywhere(qi + 1, e);
    if (far) return this.attribution(far, true);
    const claimed = this.claimBefore(b + 1, qi - 1);
    if (claimed) return this.attribution(claimed, true);
    const view = this.viewOf(s, qi, e);
    if (view) return this.attribution(view, true);
    const ownWords = this.openedByOwnWords(s, qi);
    if (ownWords) return this.attribution(ownWords, true);
    // Not explicit: a quote earlier in the sentence that has a speaker carries on ("He said he was
    // “flabbergasted” by the plan Geithner put forward: “…”" is still his)
    const introduced = b + 1 < qi - 1 && this.tokens[qi - 1].text === ':' ? this.colonIntroduction(b + 1, qi - 1) : null;
    return introduced ? { ...this.attribution(introduced, true), explicit: false } : NONE;
  }

  /**
   * "Boehner's statement that the remark was “…”", "his claim that it was “…”": whose statement,
   * claim or remark the "that" clause holding the quote (tokens up to `to`) spells out.
   */
  private claimBefore(from: number, to: number): Cue | null {
    const t = this.tokens;
    for (let k = to; k > from + 1 && to - k < 20 && t[k].kind === 'word'; k--) {
      if (t[k].lower !== 'that' || !CLAIM_NOUNS.has(t[k - 1].lower)) continue;
      return this.possessor(k - 2, from);
    }
    return null;
  }

  /**
   * "To Rep. Zoe Lofgren, D-Calif., the bill “grabs power …”": a sentence that opens with "To" and a
   * person set off by a comma gives that person's view, and the quote in it is theirs.
   */
  private viewOf(s: number, qi: number, e: number): Cue | null {
    const t = this.tokens;
    while (t[s]?.kind === 'para') s++;
    if (t[s]?.text !== 'To') return null;
    const named = this.nounPhraseForwardWithEnd(s + 1, qi - 1);
    if (named?.cue.referent.kind !== 'person') return null;
    const comma = named.end + 1 + (t[named.end + 1]?.text === ',' && t[named.end + 2] && isPartyTag(t[named.end + 2]) ? 2 : 0);
    if (t[comma]?.text !== ',' || t[comma + 1]?.kind !== 'word') return null;
    // the quote in the clause after the name, not in an appositive of it ("To Pence, a “very fine” man, the bill was “…”")
    if (/^an?$/.test(t[comma + 1].lower) && !t.slice(comma + 1, qi).some((w) => w.text === ',')) return null;
    // (not a letter to someone, "To Mr. Smith, the letter read: “…”": the sentence says who speaks or writes)
    for (let v = s; v <= e; v++) if (this.speechVerbAt(v) || (t[v].kind === 'word' && isDocumentNoun(t[v].lower))) return null;
    return named.cue;
  }

  /**
   * "In his resignation statement, Farenthold reflected on … “…”", "In an interview, Roe defended the plan
   * as “…”": a sentence that opens with the statement or interview its subject gave is the subject's,
   * whatever its verb.
   */
  private openedByOwnWords(s: number, qi: number): Cue | null {
    const t = this.tokens;
    while (t[s]?.kind === 'para') s++;
    if (t[s]?.lower !== 'in' || !/^(?:a|an|the|his|her|their|its)$/.test(t[s + 1]?.lower ?? '')) return null;
    const ownWords = (w: Token | undefined): boolean => w?.kind === 'word' && (isDocumentNoun(w.lower) || w.lower === 'interview');
    let noun = s + 2;
    while (noun < qi && noun - s < 7 && t[noun].kind === 'word' && !ownWords(t[noun])) noun++;
    if (noun >= qi || !ownWords(t[noun]) || t[noun + 1]?.text !== ',') return null;
    const subject = this.nounPhraseForwardWithEnd(noun + 2, qi - 1);
    return subject && speaksFor(subject.cue.referent) ? subject.cue : null;
  }

  /** Whose it is, for a possessive at tokens[at] (no earlier than tokens[from]): "his", "Boehner's", "Young's"; null for anything else. */
  private possessor(at: number, from: number): Cue | null {
    const owner = this.tokens[at];
    const pronoun = POSSESSIVE_PRONOUNS.get(owner.lower);
    if (pronoun) return { referent: { kind: 'pronoun', pronoun }, at };
    if (owner.kind !== 'word' || !owner.cap || !owner.possessive) return null;
    return { referent: this.readMention(Math.max(runStart(this.tokens, at), from), at), at };
  }

  /** A quote that starts a sentence with no cue takes the last speaker of this or the previous paragraph. */
  private continuation(qi: number, s: number): Attribution {
    const t = this.tokens;
    let b = qi - 1;
    while (b >= s && t[b].kind === 'punct') b--;
    if (b >= s && t[b].kind === 'word') return NONE;
    // "Upton offered a statement: ¶ “…”": the clause before the colon, when it has no speech verb
    let colon = s - 1;
    while (colon >= 0 && t[colon].kind === 'para') colon--;
    // (a sentence with a cue of its own left it as the last cue, which follows below)
    if (colon >= 0 && t[colon].text === ':' && this.lastCue?.sentence !== t[colon].sentence) {
      const introduced = this.colonIntroduction(this.sentenceStart(colon), colon);
      if (introduced) return { ...this.attribution(introduced, true), explicit: false };
    }
    const last = this.lastSpeakerNear(qi);
    return last ? { ...last, explicit: false } : NONE;
  }

  /** Whether the quote at tokens[at] is its paragraph (not "‘…’: a headline Read more"). */
  private wholeParagraph(at: number): boolean {
    const t = this.tokens;
    let k = at + 1;
    while (t[k]?.kind === 'punct') k++;
    return (t[k] === undefined || t[k].kind === 'para') && (t[at - 1] === undefined || t[at - 1].kind === 'para');
  }

  /**
   * The last speaker, when quoted in the paragraph of tokens[at] or the one before, or two before
   * when the sentence between is about them ("…," said Hicks. ¶ Hicks worries about Eagan's wife. ¶
   * “…”); else null.
   */
  private lastSpeakerNear(at: number): Attribution | null {
    if (!this.lastCue) return null;
    const gap = this.contentParagraph[this.tokens[at].paragraph] - this.contentParagraph[this.lastCue.paragraph];
    const aboutThem = gap === 2 && this.previousSubject !== null && this.previousSubject === this.lastCue.attribution.person
      && this.wholeParagraph(at);
    return gap <= 1 || aboutThem ? this.lastCue.attribution : null;
  }

  /** "“…” — Rupert Murdoch": a quote signed by a person's name alone after a dash, to the end of the paragraph. */
  private signatureAfter(qi: number): Cue | null {
    const t = this.tokens;
    if (!t[qi + 1] || !isDash(t[qi + 1]) || !t[qi + 2]?.cap) return null;
    const end = runEnd(t, qi + 2);
    // (an embedded tweet goes on with the handle and the date: "— Renato Mariotti (@renato_mariotti) December 16, 2017")
    const handle = t[end + 1]?.text === '(' && t[end + 2]?.text.startsWith('@');
    const last = t[end + 1] === undefined || t[end + 1].kind === 'para' || handle;
    return last && readRun(t, qi + 2, end).kind === 'person' ? { referent: this.readMention(qi + 2, end), at: qi + 2 } : null;
  }

  /** `…," X said` / `…," said X` / `…," according to X` right after the quote. */
  private cueAfter(qi: number, s: number, e: number): Cue | null {
    const t = this.tokens;
    // "“Stop lying!” Mr. Fox wrote.": the stop inside the quote ended the sentence, the cue is in the
    // next one. Not when words of its own sentence come before the quote ("Palin said she was
    // “saddened.” The former governor said…"): they introduced it, and the next sentence starts afresh.
    const quoteEndsSentence = e === qi && t[qi].endsWithStop && t[qi + 1]?.kind === 'word' && t.slice(s, qi).every((x) => x.kind !== 'word');
    if (quoteEndsSentence) {
      e = qi + 1;
      while (e + 1 < t.length && t[e + 1].sentence === t[qi + 1].sentence) e++;
    }
    let i = qi + 1;
    while (i <= e && t[i].kind === 'punct' && /[,;—–\-]/.test(t[i].text)) i++;
    // (not past "and" or "but": "Graham called the email “a smoking gun,” and Ayotte also said …" is a new clause)
    if (i > e || t[i].kind !== 'word' || /^(?:and|but)$/.test(t[i].lower)) return null;
    const form = SPEECH_VERBS.get(t[i].lower);
    // (not "state TV said": a broadcaster)
    if (form === 'finite' || (form === 'base' && t[i].lower !== 'say' && this.broadcasterEnd(i, e) < 0)) {
      // Inverted: `said Gov. Perry`, `says Perry in the ad`, `said retired social worker Lori Lindquist`.
      const speaker = this.speakerForward(i + 1, e);
      if (speaker) return speaker;
    }
    if (t[i].lower === 'according' && t[i + 1]?.lower === 'to') {
      // "Rouhani said that the collapse is “…,” according to Fars News": the source reports whose words the
      // quote ends, when a speech verb before it gives them to someone named (not "he spoke with them and
      // “…,” according to police", nor a title, "linked to an article called “…,” according to KATC-TV")
      let b = qi - 1;
      while (b >= s && t[b].kind !== 'quote') b--;
      const before = this.cueBefore(b + 1, qi - 1);
      const person = before && this.attribution(before, true).person;
      let reported = false;
      for (let k = before?.at ?? qi; k < qi && person && !person.lone && !reported; k++) reported = !!this.speechVerbAt(k) && !NOT_REPORTING.test(t[k].lower);
      return reported ? null : this.speakerForward(i + 2, e);
    }
    let np = this.nounPhraseForwardWithEnd(i, e);
    // `…," neighbor Jason Glass said`, `…," the victim's mother Jane Doe said`
    if (!np || mayNameLater(np.cue.referent)) np = this.describedPersonForward(i, e) ?? np;
    if (!np) return null;
    let v = np.end + 1;
    // Appositive after the speaker: `…," Rubio, the son of immigrants, said`, `…," the friend, who asked not to be named, said`.
    // A long one may hold commas of its own: "Rep. Jerrold Nadler, D-N.Y., the former chairman of the
    // subcommittee on the Constitution, Civil Rights and Civil Liberties, told": the comma before the verb
    // ends it. Not in the sentence after a quote that ended its own: that may be about someone else.
    if (t[v]?.text === ',' && (np.cue.referent.kind === 'person' || np.cue.referent.kind === 'described')) {
      let k = v + 1;
      while (k <= e && k - v < 15 && t[k].text !== ',') k++;
      for (let c = k; !quoteEndsSentence && c <= e && c - v < 40 && t[c].kind !== 'quote'; c++) {
        if (t[c].text !== ',') continue;
        const verb = this.skipModifiersForward(c + 1, e);
        if (verb <= e && t[verb].kind === 'word' && SPEECH_VERBS.get(t[verb].lower) === 'finite') {
          k = c;
          break;
        }
      }
      if (t[k]?.text === ',') v = k + 1;
      else if (DETERMINERS.has(t[v + 1]?.lower ?? '') || t[v + 1]?.possessive) {
        // an appositive left open: `…," Gail Krause, a spokeswoman for the Orange County Sheriff told the Daily News`,
        // `…," Crystal Barboza, Angelo's mother said`
        for (let c = v + 2; c < k && c <= e; c++) if (t[c].kind === 'word' && !t[c].cap && SPEECH_VERBS.get(t[c].lower) === 'finite') {
          v = c;
          break;
        }
      }
    }
    v = this.skipModifiersForward(v, e);
    // `…," it quotes Hastert as saying`
    const quoted = v <= e && QUOTING.has(t[v].lower) ? this.quotedAsSaying(v, e) : null;
    if (quoted) return quoted;
    // `…," Mr. Trump was quoted as saying`
    if (v + 2 <= e && t[v].lower === 'quoted' && BE_FORMS.has(t[v - 1].lower) && t[v + 1].lower === 'as' && AS_SAYING.has(t[v + 2].lower)) return np.cue;
    // `…," the tweets read`: "read" is past only after a document
    if (v <= e && t[v].kind === 'word' && ((SPEECH_VERBS.get(t[v].lower) === 'finite' && !this.passive(v))
      || (t[v].lower === 'read' && np.cue.referent.kind === 'document'))) {
      // In the next sentence, a verb that reports the clause after it ("A friend of Roof said Roof told him …") is no cue for the quote before
      // (nor is a group that opens the next sentence: "University officials told the Crimson they …")
      if (quoteEndsSentence && (this.reportsClause(v, e) || np.cue.referent.kind === 'group')) return null;
      // `…," aides said Mr. Ryan told his colleagues`: the words of the one they report
      return this.reportedSpeaker(v, e) ?? np.cue;
    }
    return null;
  }

  /** The person a speech verb reports as speaking in turn ("said Mr. Ryan told his colleagues"), or null. */
  private reportedSpeaker(v: number, e: number): Cue | null {
    const np = this.nounPhraseForwardWithEnd(v + 1, e);
    if (np?.cue.referent.kind !== 'person') return null;
    const verb = this.skipModifiersForward(np.end + 1, e);
    return verb <= e && this.tokens[verb].kind === 'word' && SPEECH_VERBS.get(this.tokens[verb].lower) === 'finite' ? np.cue : null;
  }

  /** Whether the speech verb tokens[v] reports a clause: "said that …", "said Roof told him …", "said Roof, 21, was arrested". */
  private reportsClause(v: number, e: number): boolean {
    const t = this.tokens;
    if (CLAUSE_OPENERS.has(t[v + 1]?.lower ?? '')) return true;
    const np = this.nounPhraseForwardWithEnd(v + 1, e);
    if (!np) return false;
    let after = np.end + 1;
    // past an appositive of the subject ("Roof, 21,", "the man, a neighbor,")
    if (t[after]?.text === ',') {
      let close = after + 1;
      while (close <= e && close - after <= 8 && t[close].text !== ',' && t[close].kind !== 'quote') close++;
      if (t[close]?.text === ',') after = close + 1;
    }
    const verb = this.skipModifiersForward(after, e);
    return verb <= e && this.isFiniteVerb(t[verb]);
  }

  /**
   * Whether a spokesperson's noun follows the name ending at tokens[end], past bodies joined to it by slashes: the name
   * is then the one spoken for ("Christie spokesman Kevin Roberts", "Fred Meyer/QFC spokesperson Melinda Merrill").
   */
  private spokespersonAfter(end: number, e: number): boolean {
    const t = this.tokens;
    while (t[end + 1]?.text === '/' && t[end + 2]?.cap && end + 2 <= e) end = Math.min(runEnd(t, end + 2), e);
    return SPOKESPERSON_NOUNS.has(t[end + 1]?.lower ?? '') && !t[end + 1].cap;
  }

  /** Whether a word or two for a person, then a name, follow the name ending at tokens[end]: "Black Lives Matter leader Teressa Raiford", "Smith campaign manager Jane Doe". */
  private describesNameAfter(end: number, e: number): boolean {
    const t = this.tokens;
    for (let k = end + 1; k <= e && k <= end + 2 && t[k].kind === 'word' && !t[k].cap && !PREPOSITIONS.has(t[k].lower) && !/^(?:and|or|but)$/.test(t[k].lower); k++) {
      if (describedNoun(t[k].lower) && t[k + 1]?.cap && k + 1 <= e) return true;
    }
    return false;
  }

  /**
   * A person named after a few words that describe them, from token i: `retired social worker Lori
   * Lindquist`, `state Rep. Terri Collins`, `Bank of America chief Brian Moynihan`. Null when a
   * pronoun, a preposition, a clause or a verb comes first: then the words are not about the speaker
   * ("-ed" words pass: here they describe, as in "retired").
   */
  private describedPersonForward(i: number, e: number): { cue: Cue; end: number } | null {
    const t = this.tokens;
    for (let k = i; k <= e && k - i < 8; k++) {
      const w = t[k];
      // "said Fred Meyer/QFC spokesperson Melinda Merrill": two bodies named as one
      if (w.text === '/' && t[k - 1]?.cap && t[k + 1]?.cap) continue;
      // "said store clerk, Nikki Moore": the name set off after the description
      if (w.kind !== 'word') return k > i ? this.appositiveName(k, e) : null;
      if (w.cap && !NOT_NAMES.has(w.lower)) {
        const end = Math.min(runEnd(t, k), e);
        // (a name before a spokesperson is the one spoken for: "Fred Meyer spokesperson Melinda Merrill")
        if (readRun(t, k, end).kind === 'person' && !t[end].possessive && !this.spokespersonAfter(end, e) && !this.describesNameAfter(end, e)) return { cue: { referent: this.readMention(k, end), at: k }, end };
        k = end;
        continue;
      }
      // "Special Agent in Charge Ed Reinhold", "Editor in Chief": titles with "in" inside
      if (w.lower === 'in' && t[k - 1].cap && /^(?:Charge|Chief)$/.test(t[k + 1]?.text ?? '')) {
        k++;
        continue;
      }
      if (PRONOUNS.has(w.lower) || PREPOSITIONS.has(w.lower) || SUBORDINATORS.has(w.lower) || w.lower === 'or' ||
        COMMON_FINITE_VERBS.has(w.lower) || SPEECH_VERBS.has(w.lower) || SOURCE_KNOWS.has(w.lower)) return null;
    }
    return null;
  }

  /** The last speech verb in tokens[from..to] and its subject (`X said,`, `X told CNN:`, `…, saying`). */
  private cueBefore(from: number, to: number): Cue | null {
    const t = this.tokens;
    while (from < to && t[from].kind === 'para') from++;
    if (from > to) return null;
    let colon = to;
    while (colon > from && t[colon].kind === 'para') colon--;
    const relayed = t[colon].text === ':' ? this.relayedWords(from, colon) : null;
    if (relayed) return relayed;
    const agent = this.passiveAgent(from, to);
    if (agent) return agent;
    // "Blinken: “…”" and "His response: “…”": a bare noun phrase and a colon, first or after a label's
    // colon ("(Also on POLITICO: Michael Steele: ‘…’)")
    if (t[to].text === ':' && to > from) {
      const np = this.nounPhraseBackward(to - 1, from);
      const r = np?.cue.referent;
      // not a page label ("SEE ALSO:") or a noun phrase that names nobody
      // (a label says so in capitals: "Also on POLITICO:", not "Among the dead: Maria Lopez:")
      const afterLabel = np && np.start > from && r?.kind === 'person' && t[np.start - 1].text === ':'
        && t.slice(from, np.start - 1).some((w) => w.kind === 'word' && isInitials(w) && /\p{Lu}/u.test(w.text));
      if (np && (np.start === from || afterLabel) && r?.kind !== 'unknown' && !(r?.kind === 'org' && /^[^\p{Ll}]+ [^\p{Ll}]+$/u.test(r.name))) return np.cue;
      const named = this.nameBeforeAppositive(from, to) ?? this.possessiveDocument(from, to);
      if (named) return named;
    }
    const opened = this.nameAfterOpeningVerb(from, to);
    if (opened) return opened;
    // "he said the president should insist": speech someone should give is what the speaker before said
    let hypothetical: Cue | null = null;
    // "Omar said Tuesday's vote sent a message to kids who “…”": a nearer verb whose subject names
    // no one is inside what an earlier speaker said
    let nameless: Cue | null = null;
    // a verb's subject may come before a term quoted between them ("GOA, which … calls the group the only
    // “no compromise” gun lobby, tweeted")
    let subjectFrom = from;
    if (t[from - 1]?.kind === 'quote' && this.crossable(from - 1)) {
      while (subjectFrom > 0 && from - subjectFrom < MAX_APPOSITIVE_TOKENS && t[subjectFrom - 1].sentence === t[from].sentence
        && (t[subjectFrom - 1].kind !== 'quote' || this.crossable(subjectFrom - 1))) subjectFrom--;
    }
    for (let v = to; v >= from && to - v < 40; v--) {
      const form = this.speechVerbAt(v);
      if (!form) continue;
      // Inverted cue between two quotes: `"…," said Trump in an interview. "…"`. After a comma that
      // closes an appositive ("Ted Cruz, a Trump defender, said the book…") the subject comes first.
      const inverted = form === 'finite' && (v === from || t[v - 1].kind !== 'word');
      const afterQuote = inverted && t.slice(from, v).every((x) => x.kind === 'punct');
      if (afterQuote) {
        const np = this.invertedSubject(v, to);
        if (np) return np;
      }
      const cue = this.subjectOf(v, form, from) ?? (subjectFrom < from ? this.subjectOf(v, form, subjectFrom) : null) ?? (inverted && !afterQuote ? this.invertedSubject(v, to) : null);
      if (cue && form === 'base' && MODALS.has(t[v - 1].lower)) hypothetical ??= cue;
      else if (cue?.referent.kind === 'unknown') nameless ??= cue;
      else if (cue) return cue;
    }
    return hypothetical ?? nameless;
  }

  /**
   * "He was praised by the school's president, Chui L. Tsang, as “…”", "was described by his mother
   * as “…”": whoever the passive speech verb's "by" names, when "as" brings in the quote.
   */
  private passiveAgent(from: number, to: number): Cue | null {
    const t = this.tokens;
    if (t[to]?.lower !== 'as') return null;
    const end = t[to - 1]?.text === ',' ? to - 2 : to - 1;
    for (let by = end; by > from && to - by <= 12; by--) {
      // no other verb or clause between "by" and "as" ("which was criticized by Democrats, was described as")
      if (this.isFiniteVerb(t[by]) || /^(?:and|but|or)$/.test(t[by].lower)) return null;
      if (t[by].lower !== 'by') continue;
      const verb = t[by - 1];
      // ("was widely praised by colleagues as")
      const be = t[by - 2] && isAdverb(t[by - 2].lower) ? t[by - 3] : t[by - 2];
      if (verb?.kind !== 'word' || SPEECH_VERBS.get(verb.lower) !== 'finite' || !verb.lower.endsWith('ed') || !BE_FORMS.has(be?.lower ?? '')) return null;
      const agent = this.speakerForward(by + 1, end);
      return agent && agent.referent.kind !== 'unknown' ? agent : null;
    }
    return null;
  }

  /**
   * "Trump's tweet, posted in all-capital letters: “…”": the person whose document the words before
   * the colon name, with at most a participle phrase after it.
   */
  private possessiveDocument(from: number, to: number): Cue | null {
    const t = this.tokens;
    const run = this.runAt.get(from);
    if (!run || !/^(?:person|surname)$/.test(run.reading.kind)) return null;
    const { end } = run;
    if (!t[end].possessive || end + 1 >= to || !isWrittenDocumentNoun(t[end + 1].lower)) return null;
    if (end + 2 < to && !(t[end + 2].text === ',' && /ed$/.test(t[end + 3]?.lower ?? ''))) return null;
    for (let k = end + 4; k < to; k++) if (t[k].kind !== 'word' || this.isFiniteVerb(t[k]) || this.speechVerbAt(k)) return null;
    return { referent: this.readMention(from, end), at: from };
  }

  /**
   * "Added Sen. Ron Wyden, Oregon Democrat: “…”": the person named before a short description that
   * runs up to the colon at tokens[to]. Null when the words after the comma hold a verb.
   */
  private nameBeforeAppositive(from: number, to: number): Cue | null {
    const t = this.tokens;
    let comma = to - 1;
    while (comma > from && to - comma <= 8 && t[comma].kind === 'word' && !this.isFiniteVerb(t[comma]) && !this.speechVerbAt(comma)) comma--;
    if (comma === to - 1 || comma <= from || t[comma].text !== ',') return null;
    const np = this.nounPhraseBackward(comma - 1, from);
    return np && np.start === from && np.cue.referent.kind === 'person' ? np.cue : null;
  }

  /**
   * "Said Shaun Washington, son of Herbert Washington Jr., Dirt Bowl co-founder, “…”", "Added neighbor
   * Lois Dawson: “…”": words before the quote (tokens from..to, from the sentence's start or the quote
   * before) that open with a capitalised speech verb, then the speaker and a description up to the
   * comma or colon before the quote. Null when a verb comes between.
   */
  private nameAfterOpeningVerb(from: number, to: number): Cue | null {
    const t = this.tokens;
    if ((t[to].text !== ',' && t[to].text !== ':') || !t[from].cap || !INVERTING_VERBS.has(t[from].lower)) return null;
    const np = this.nounPhraseForwardWithEnd(from + 1, to - 1) ?? this.describedPersonForward(from + 1, to - 1);
    if (!np || np.cue.referent.kind !== 'person' || (np.end + 1 < to && t[np.end + 1].text !== ',')) return null;
    for (let k = np.end + 1; k < to; k++) if (this.isFiniteVerb(t[k]) || this.speechVerbAt(k)) return null;
    return np.cue;
  }

  /**
   * Whom the verb tokens[q] quotes "as saying" (tokens up to e): "quotes Hastert as saying". Not
   * "quoted him as saying": the sentence's own names are not yet known to the pronoun.
   */
  private quotedAsSaying(q: number, e: number): Cue | null {
    const t = this.tokens;
    const np = this.nounPhraseForwardWithEnd(q + 1, e);
    if (!np || t[np.end + 1]?.lower !== 'as' || !AS_SAYING.has(t[np.end + 2]?.lower ?? '')) return null;
    return np.cue;
  }

  /** The subject after speech verb tokens[v] (`said Trump`), unless a verb follows it: "said his son loved sports" reports what the son did. */
  private invertedSubject(v: number, to: number): Cue | null {
    const np = this.nounPhraseForwardWithEnd(v + 1, to);
    return np && !(np.end < to && this.isFiniteVerb(this.tokens[np.end + 1])) ? np.cue : null;
  }

  /**
   * Whether the gerund tokens[v] follows a preposition ("think twice before tweeting and commenting"):
   * what someone might do rather than what they said. "by saying" still reports speech.
   */
  private afterPreposition(v: number): boolean {
    const t = this.tokens;
    let p = v - 1;
    while (p >= 2 && (t[p].lower === 'and' || t[p].lower === 'or') && t[p - 1].lower.endsWith('ing')) p -= 2;
    return p >= 0 && PREPOSITIONS.has(t[p].lower) && t[p].lower !== 'by';
  }

  /** A speech verb after the quote, further on in its sentence (`"Productive" is how Trump described it`). */
  private cueAnywhere(from: number, to: number): Cue | null {
    const t = this.tokens;
    // (past a quote joined on by "and he", to a cue right after it: "He “had a willful disregard,” and he “denigrated
    // others”, Folkenflik said")
    let joined = -1;
    for (let v = from; v <= to && v - from < 40; v++) {
      if (t[v].kind === 'quote') {
        if (joined >= 0 || !t.slice(from, v).every((w) => w.kind === 'punct' || JOINING_WORDS.has(w.lower))) break;
        joined = v;
      }
      if (joined >= 0 && v - joined > JOINED_CUE_TOKENS) break;
      const form = this.speechVerbAt(v);
      if (!form) continue;
      // "“… worth moving forward” into later-stage trials, said Daniel Salmon" (not "…, told Fox News": the one told)
      const inverted = form === 'finite' && (t[v - 1].text === ',' || v - 1 === joined) && t[v].lower !== 'told' && t[v].lower !== 'tells';
      // (the name right after an inverted verb before any subject the verb may have: "The Gang Unit is leading the
      // investigation and detectives “are combing …” from nearby businesses, said Det. Patrick Michaud")
      const cue = inverted && INVERTING_VERBS.has(t[v].lower) ? this.invertedSubject(v, to) ?? this.subjectOf(v, form, from)
        : this.subjectOf(v, form, from) ?? (inverted ? this.invertedSubject(v, to) : null);
      if (cue) return cue;
    }
    return null;
  }

  /** "according to X" anywhere in the sentence. */
  private accordingTo(s: number, e: number): Cue | null {
    const t = this.tokens;
    for (let i = s; i < e; i++) if (t[i].lower === 'according' && t[i + 1].lower === 'to') return this.speakerForward(i + 2, e);
    return null;
  }

  /**
   * The speaker named from token i on, after an inverted verb or "according to": "Gov. Perry", "the
   * Texas governor", or a name after the words that describe it ("spokesman Drew Hammell").
   */
  private speakerForward(i: number, e: number): Cue | null {
    const phrase = this.nounPhraseForwardWithEnd(i, e);
    const described = phrase ? this.describedWithClauseAfter(phrase.cue, phrase.end, i, e) : null;
    if (described) return described;
    const np = phrase?.cue ?? null;
    // "a statement from Christie spokesman Kevin Roberts": the one who speaks for the person named first
    const speaksFor = phrase && (this.spokespersonAfter(phrase.end, e) || this.describesNameAfter(phrase.end, e));
    if (np && !mayNameLater(np.referent) && !speaksFor) return np;
    return this.describedPersonForward(i, e)?.cue ?? np;
  }

  /**
   * "said a man who lives near the home": someone described with the clause that follows, up to
   * tokens[e], as `describedWithClause` reads it before a verb. Null for anything else.
   */
  private describedWithClauseAfter(cue: Cue, end: number, from: number, e: number): Cue | null {
    const t = this.tokens;
    if (cue.referent.kind !== 'described' || t[end + 1]?.lower !== 'who') return null;
    let last = end + 2;
    // (nothing after "who": the text ends, "… said a woman who")
    if (last > e) return null;
    while (last + 1 <= e && t[last + 1].kind === 'word' && last - end < 16) last++;
    // ("a US official who briefed reporters on condition of anonymity": how the source spoke, not who it is)
    if (t.slice(end + 2, last + 1).some((w) => SOURCING_WORDS.has(w.lower))) return null;
    return this.describedWithClause(last, from)?.cue ?? null;
  }

  /** "clear that" or "clear:" at tokens[k], after "made" ("made clear that", "made it clear:"). */
  private clearThatAt(k: number): boolean {
    const t = this.tokens;
    return t[k]?.lower === 'clear' && (t[k + 1]?.lower === 'that' || t[k + 1]?.text === ':');
  }

  /**
   * The form of tokens[v] when it is used as a speech verb here; null for nouns that look like one
   * ("the United States", "the reports", "a warning", "the state").
   */
  private speechVerbAt(v: number): VerbForm | null {
    const t = this.tokens;
    const w = t[v];
    // (past the end: a name may end the text, "… Tim B")
    if (!w || w.kind !== 'word' || w.cap) return null;
    const form = SPEECH_VERBS.get(w.lower) ?? (this.documentAfter(v) >= 0 ? ISSUE_VERBS.get(w.lower) : undefined)
      ?? (this.inWriting(v) ? 'finite' : undefined)
      // "Boehner shot back that…", "Trump hit back:" ("Officers fired back, wounding" is gunfire)
      ?? (RETORT_VERBS.has(w.lower) && t[v + 1]?.lower === 'back' && (t[v + 2]?.text === ':' || t[v + 2]?.lower === 'that'
        || t[v + 2]?.kind === 'quote') ? 'finite' : undefined)
      // "Managers, he went on, “…”", "He went on: “…”" ("went on to say" reads "say"; "went on Twitter",
      // "went on “Meet the Press”" and "Life goes on," are no speech)
      ?? (w.lower === 'went' && t[v + 1]?.lower === 'on' && (t[v + 2]?.text === ',' || t[v + 2]?.text === ':') ? 'finite' : undefined)
      // "As Sen. Rand Paul put it, “…”", "As the magazine puts it: “…”"
      ?? (/^puts?$/.test(w.lower) && t[v + 1]?.lower === 'it' && /^[,:]$/.test(t[v + 2]?.text ?? '') ? 'finite' : undefined)
      // "Mariotti makes clear that “…”", "made it clear that"
      ?? (/^(?:makes|made)$/.test(w.lower) && this.clearThatAt(t[v + 1]?.lower === 'it' ? v + 2 : v + 1) ? 'finite' : undefined);
    if (!form) return null;
    // "The Smiths prayed for “justice”": what they prayed for, not what they said
    if (/^pray/.test(w.lower) && t[v + 1]?.lower === 'for') return null;
    if (this.goesOn(v)) return null;
    // "the plan, also referred to as “principles”": named so, by no one said
    if (w.lower.startsWith('refer') && t[v + 1]?.lower === 'to' && t[v + 2]?.lower === 'as') return null;
    // "the interactions described by the White House", "a deal announced by Obama": a participle, no
    // one's speech ("replied by noting" is)
    if (form === 'finite' && w.lower.endsWith('ed') && t[v + 1]?.lower === 'by' && !t[v + 2]?.lower.endsWith('ing')) return null;
    const prev = t[v - 1];
    if (prev && prev.kind === 'word' && (DETERMINERS.has(prev.lower) || prev.possessive)) return null;
    // "their security requests", "his 2015 remarks", "the mounting calls", "said claims that …": nouns
    // (but "McCabe's lawyer calls it", "McCrory's suit charges that")
    if (PLURAL_NOUN_FORMS.has(w.lower) && prev?.kind === 'word' && !prev.cap) {
      const before = t[v - 2];
      const modified = /^\d|ing$|ed$/.test(prev.lower);
      const owned = before?.kind === 'word' && (POSSESSIVE_PRONOUNS.has(before.lower) || (modified && (before.possessive || DETERMINERS.has(before.lower))));
      if (owned || countsNoun(prev.lower) || SPEECH_VERBS.get(prev.lower) === 'finite') return null;
    }
    if (form === 'finite' && this.passive(v)) return null;
    // "to maintain peace and security", "maintains a list": keeping something, not saying it ("maintained
    // in interviews that", "maintains his innocence, saying" are speech)
    if (/^maintain(?:s|ed|ing)?$/.test(w.lower) && this.keepsSomething(v)) return null;
    // "hurt too thanks to the …"
    if (w.lower === 'thanks' && t[v + 1]?.lower === 'to') return null;
    // "Papadopoulos did not tell the truth": honesty, not words that follow
    if (/^(?:tell|tells|told|telling)$/.test(w.lower) && (t[v + 1]?.lower === 'lies' || (/^(?:the|a)$/.test(t[v + 1]?.lower ?? '') && /^(?:truth|lie)$/.test(t[v + 2]?.lower ?? '')))) return null;
    if (form === 'base') {
      // Bare forms only after "to" or an auxiliary ("went on to say", "did not say", "they say").
      if (!prev || prev.kind !== 'word') return null;
      // ("police say", "officials say": a group's present tense; not "a police report")
      const groupSays = GROUP_SPEAKERS.has(prev.lower) && !GROUP_DOCUMENT_NOUNS.has(w.lower);
      if (prev.lower !== 'to' && !VERB_MODIFIERS.has(prev.lower) && !PRONOUNS.has(prev.lower) && !groupSays) return null;
    }
    return form;
  }

  /**
   * The document noun that issue verb tokens[v] puts out within a few words ("issued a joint
   * statement", "put out a new letter"); -1 when none.
   */
  private documentAfter(v: number): number {
    const t = this.tokens;
    if (!ISSUE_VERBS.has(t[v].lower)) return -1;
    let k = v + 1;
    if (t[v].lower.startsWith('put')) {
      if (t[k]?.lower !== 'out') return -1;
      k++;
    }
    // ("released a survey", "issued a report": its author)
    for (const end = k + 4; k < end && t[k]?.kind === 'word' && !t[k].cap; k++) if (isDocumentOrReport(t[k].lower)) return k;
    return -1;
  }

  /**
   * "followed in a statement", "responded in a Monday afternoon memo", "hit back again in a pair of
   * tweets": a past verb whose words were written.
   */
  private inWriting(v: number): boolean {
    const t = this.tokens;
    let k = v + 1;
    if (RETORT_VERBS.has(t[v].lower) && t[k]?.lower === 'back') k++;
    else if (!t[v].lower.endsWith('ed')) return false;
    if (t[k]?.lower === 'again' || t[k]?.lower === 'later') k++;
    if (t[k]?.lower !== 'in' || !/^(?:a|an|the|his|her|their|its)$/.test(t[k + 1]?.lower ?? '')) return false;
    for (let j = k + 2; j < k + 6 && t[j]?.kind === 'word'; j++) if (isWrittenDocumentNoun(t[j].lower)) return true;
    return false;
  }

  /**
   * "a statement from John Bolton", "a statement released by the Justice Department": the one the
   * document at tokens[at] comes from.
   */
  private documentSource(at: number): Cue | null {
    const t = this.tokens;
    const by = t[at + 1]?.lower === 'from' ? at + 2
      : PUT_OUT_BY.has(t[at + 1]?.lower ?? '') && t[at + 2]?.lower === 'by' && !this.saidIn(at) ? at + 3 : -1;
    if (by < 0) return null;
    const end = Math.min(by + 10, t.length - 1);
    const np = this.speakerForward(by, end);
    return np && np.referent.kind !== 'unknown' && np.referent.kind !== 'document' ? np : null;
  }

  /**
   * "members were warned that", "James Means was described by family as", "The suspects are described
   * as": said to them, or by someone else ("He was asked whether he was sure: “Yes, …”" answers).
   */
  private passive(v: number): boolean {
    const w = this.tokens[v];
    const prev = this.tokens[v - 1];
    return w.lower.endsWith('ed') && w.lower !== 'asked' && prev?.kind === 'word' && BE_FORMS.has(prev.lower);
  }

  /**
   * Whether "maintain" at tokens[v] keeps a thing ("to maintain peace and security"): a noun or an
   * article follows, and no verb of a clause ("has long maintained the investigation is a hoax"); not
   * "that", a preposition, a possessive or a mark.
   */
  private keepsSomething(v: number): boolean {
    const t = this.tokens;
    const next = t[v + 1];
    if (next?.kind !== 'word' || next.cap) return false;
    if (next.lower === 'that' || PREPOSITIONS.has(next.lower) || POSSESSIVE_PRONOUNS.has(next.lower) || isAdverb(next.lower)) return false;
    for (let k = v + 1; k < t.length && k - v <= 8 && t[k].kind === 'word'; k++) if (this.isFiniteVerb(t[k])) return false;
    return true;
  }

  /** "continues to be": going on, not speaking. */
  private goesOn(v: number): boolean {
    return this.tokens[v].lower.startsWith('continu') && this.tokens[v + 1]?.lower === 'to';
  }

  /**
   * The document at tokens[at] is what someone spoke in ("Trump said in a statement released by his
   * campaign", "In a statement released by the White House, Trump called …"): it is theirs, whoever
   * released it.
   */
  private saidIn(at: number): boolean {
    const t = this.tokens;
    let k = at - 1;
    while (k > at - 5 && t[k]?.kind === 'word' && !t[k].cap && !DETERMINERS.has(t[k].lower)) k--;
    return t[k]?.kind === 'word' && DETERMINERS.has(t[k].lower) && t[k - 1]?.lower === 'in';
  }

  /** Subject of speech verb tokens[v]; `from` bounds the search backward. */
  private subjectOf(v: number, form: VerbForm, from: number): Cue | null {
    const t = this.tokens;
    // "The indictment quotes Hastert as saying": the one quoted
    if (form === 'ing' && t[v - 1]?.lower === 'as') {
      for (let q = v - 2; q >= from && v - q < 10; q--) {
        const quoted = QUOTING.has(t[q].lower) ? this.quotedAsSaying(q, v) : null;
        if (quoted) return quoted;
      }
    }
    // "the White House released this statement from John Bolton": Bolton's words
    const document = SPEECH_VERBS.has(t[v].lower) ? -1 : this.documentAfter(v);
    const source = document >= 0 ? this.documentSource(document) : null;
    if (source) return source;
    const lowerBound = Math.max(from, this.sentenceStart(v));
    // "she heard her neighbor Amanda McKnight yelling, “…”", "ends with Perry claiming, “…”": the
    // person named right before the participle says it; not one written or sent to ("a letter to
    // Kerry saying", "footage of Sinema protesting"), nor the second of two ("to Holder and Mueller demanding")
    if (form === 'ing' && t[v - 1]?.kind === 'word' && t[v - 1].cap && !t[v - 1].possessive && v - 1 >= lowerBound) {
      const named = this.nounPhraseBackward(v - 1, lowerBound);
      const before = named?.cue.referent.kind === 'person' ? t[named.start - 1]?.lower ?? '' : null;
      // ("video of Robach venting that “…”": someone recorded saying it)
      const recorded = named !== null && before === 'of' && RECORDING_NOUNS.has(t[named.start - 2]?.lower ?? '') && (t[v + 1]?.lower === 'that' || t[v + 1]?.kind === 'quote');
      const object = before === 'and' || (PREPOSITIONS.has(before ?? '') && before !== 'with' && before !== 'despite' && !recorded);
      if (named && before !== null && !object) return named.cue;
    }
    const infinitive = form === 'base' && t[v - 1]?.lower === 'to';
    // "Espy denied the charge and said": a verb after "and" shares the clause's subject (below)
    // ("… and immediately asks": an adverb may come between)
    let joint = v - 1;
    while (joint > lowerBound && t[joint].kind === 'word' && isAdverb(t[joint].lower)) joint--;
    const coordinated = t[joint]?.lower === 'and' || t[joint]?.lower === 'but';
    if (!coordinated && (form === 'finite' || (form === 'base' && !infinitive))) {
      const j = this.skipModifiersBackward(v - 1, lowerBound);
      // "…, who said": the relative pronoun points at the noun phrase before the comma.
      // "a personal statement that said": whoever the sentence says put it out
      const author = j > lowerBound && t[j].lower === 'that' && isDocumentNoun(t[j - 1].lower) ? this.documentAuthor(j - 1) : null;
      if (author) return author;
      if (j >= lowerBound && (t[j].lower === 'who' || t[j].lower === 'which')) {
        const k = t[j - 1]?.text === ',' ? j - 2 : j - 1;
        const np = k >= lowerBound ? this.nounPhraseBackward(k, lowerBound) : null;
        if (np) return { ...np.cue, subordinate: true };
      } else if (j >= lowerBound) {
        const np = this.subjectEndingAt(j, lowerBound, v);
        if (np) return np.cue;
      }
    }
    if (form === 'finite' && t[v - 1]?.kind === 'word' && !VERB_MODIFIERS.has(t[v - 1].lower) && !coordinated) return null;
    // A gerund, an infinitive or a verb sharing its subject ("…, saying", "went on to say", "and
    // added"): the nearest clause subject before it. A verb after "and" that follows a clause with
    // no word to make it subordinate shares the main clause's subject, when that is a person
    // ("Robach said the network never killed it and called the recordings …", but "after Rouhani
    // criticized Trump and warned …" is Rouhani's).
    // ", adding", "” adding" and "and added" speak on; "was threatening" is a clause of its own
    const speaksOn = form === 'ing' && (t[v - 1]?.text === ',' || t[v - 1]?.kind === 'quote') ? 'participle'
      : coordinated ? 'coordinated' : null;
    const clause = this.clauseSubject(v - 1, this.sentenceStart(v), speaksOn);
    // "A day after telling reporters that he's “not going to talk about this anymore,” Anthony Weiner
    // broke his silence", "While calling it “disgraceful,” Trump …": a participle opening the
    // sentence is its main clause subject's
    if (!clause) return form === 'ing' && this.opensSentence(v) && this.sentenceSubject && this.subjectAt > v
      ? { referent: { kind: 'person', person: this.sentenceSubject }, at: this.subjectAt } : null;
    if (coordinated) {
      if (this.introducedBySubordinator(clause.start)) return { ...clause.cue, subordinate: true };
      if (this.sentenceSubject && this.subjectAt >= lowerBound && this.subjectAt < v)
        return { referent: { kind: 'person', person: this.sentenceSubject }, at: this.subjectAt };
    }
    return form === 'ing' && this.afterPreposition(v) ? { ...clause.cue, subordinate: true } : clause.cue;
  }

  /** Whether the participle at tokens[v] opens its sentence, alone or after "After", "While", "A day after". */
  private opensSentence(v: number): boolean {
    const lead = this.tokens.slice(this.sentenceStart(v), v).filter((w) => w.text.trim() !== '');
    return lead.length === 0 || (lead.length <= 3 && PARTICIPLE_OPENERS.has(lead[lead.length - 1].lower)
      && lead.every((w) => w.kind === 'word' && !this.isFiniteVerb(w)));
  }

  /** Whether a subordinating word (one of `words`) opens the clause whose subject starts at `start` ("that vice presidential candidate Paul Ryan"). */
  private introducedBySubordinator(start: number, words: ReadonlySet<string> = SUBORDINATORS): boolean {
    const t = this.tokens;
    for (let k = start - 1; k >= 0 && start - k <= 5; k--) {
      if (t[k].kind !== 'word' || this.isFiniteVerb(t[k])) return false;
      if (words.has(t[k].lower)) return true;
    }
    return false;
  }

  /**
   * Nearest noun phrase before `i` that is followed by a finite verb (the subject of a clause), and
   * where it starts. For speech that goes on (`speaking`: "…, adding", "… and added"), the subject
   * of a clause that is not itself what someone said.
   */
  private clauseSubject(i: number, lowerBound: number, speaking: 'participle' | 'coordinated' | null): { cue: Cue; start: number } | null {
    const t = this.tokens;
    for (let j = i; j > lowerBound && i - j < 40; j--) {
      if (t[j].kind === 'quote') continue;
      if (!this.isFiniteVerb(t[j])) continue;
      const k = this.skipModifiersBackward(j - 1, lowerBound);
      if (k < lowerBound) continue;
      const np = this.nounPhraseBackward(k, lowerBound);
      if (!np || np.cue.referent.kind === 'unknown') continue;
      // "claims that have public health experts appalled, tweeting": a group speaks on only from its own speech verb
      // ("declined to comment on whether the officers announced their presence, saying": not the officers)
      if (np.cue.referent.kind === 'group' && ((!SPEECH_VERBS.has(t[j].lower) && this.documentAfter(j) < 0) || this.introducedBySubordinator(np.start))) continue;
      // "Rouhani questioned whether the U.S. can embrace Iran's people …, saying": a participle
      // speaks on for the one who says or asks, not for the subject of what is said or asked
      if (speaking === 'participle' && this.introducedBySubordinator(np.start, COMPLEMENTIZERS)) continue;
      // "said … that her isolation at a hospital was “inhumane,” adding": a common noun after a
      // preposition is no clause's subject. Names are kept: a title may hold a preposition ("Ambassador
      // to Ukraine Kurt Volker"), a named body may stand for its people ("organisers from Code Pink").
      // "of" is read with the noun before it ("a friend of Hastert"); "after", "as" open clauses.
      const before = t[np.start - 1];
      const common = !t.slice(np.start, k + 1).some((x) => x.cap);
      if (common && before && before.lower !== 'of' && PREPOSITIONS.has(before.lower) && !SUBORDINATORS.has(before.lower)) continue;
      // "the height of the Vietnam War protests, explaining": a body's name and a plural with nothing
      // after it, after "of", is a noun phrase, not a body and its verb; after "as" the verb ends an
      // aside ("as The Washington Post reports, calling"): the participle is not the body's either
      if (np.cue.referent.kind !== 'person' && t[np.start].lower === 'the' && ASIDE_OR_OF.has(t[np.start - 1]?.lower ?? '') && j === k + 1
        && /[^aiu]s$/.test(t[j].lower) && t[j + 1]?.kind !== 'word') continue;
      // "The Pentagon said Iran had launched …, adding": the one who speaks on is the one who said it,
      // when the sentence says who, not the subject of what was said. But "said the NAACP would …
      // and stand" is the NAACP's, "She said that Biden took her … and said" Biden's, and in
      // "reports Suthers says …, but says" Suthers speaks on.
      let saying = np.start - 1;
      if (t[saying]?.lower === 'that' && speaking === 'participle') saying--;
      if (speaking && saying > lowerBound && !SPEECH_VERBS.has(t[j].lower) && SAYING.has(t[saying].lower) && this.speechVerbAt(saying)) {
        const subjectEnd = this.skipModifiersBackward(saying - 1, lowerBound);
        const speaker = subjectEnd >= lowerBound ? this.nounPhraseBackward(subjectEnd, lowerBound) : null;
        if (speaker && speaker.cue.referent.kind !== 'unknown') return speaker;
      }
      return np;
    }
    // Sentence-initial subject followed by a participle phrase ("Perry, speaking in Iowa, …").
    return null;
  }

  private isFiniteVerb(t: Token): boolean {
    if (t.kind !== 'word' || t.cap) return false;
    if (SPEECH_VERBS.get(t.lower) === 'finite' || COMMON_FINITE_VERBS.has(t.lower.replace('’', "'"))) return true;
    return hasPastEnding(t.lower);
  }

  /** Where "on July 20, 2006," or "on July 20" starts when it ends at tokens[j] (a comma may close it); -1 when no date does. */
  private dateEndingAt(j: number): number {
    const t = this.tokens;
    let k = t[j]?.text === ',' ? j - 1 : j;
    if (/^\d{4}$/.test(t[k]?.text ?? '') && t[k - 1]?.text === ',') k -= 2;
    if (!/^\d{1,2}$/.test(t[k]?.text ?? '') || !MONTHS.has((t[k - 1]?.lower ?? '').replace(/\.$/, '')) || !t[k - 1].cap || t[k - 2]?.lower !== 'on') return -1;
    // right after a name or a pronoun ("Joni Ernst, a candidate in the primary on June 3, announced"
    // dates the primary, in an appositive)
    const before = t[k - 3];
    return before?.kind === 'word' && (before.cap || PRONOUNS.has(before.lower)) ? k - 2 : -1;
  }

  private skipModifiersBackward(j: number, lowerBound: number): number {
    const t = this.tokens;
    while (j >= lowerBound) {
      const w = t[j];
      const dateStart = this.dateEndingAt(j);
      if (w.kind === 'word' && !w.cap && (VERB_MODIFIERS.has(w.lower) || isAdverb(w.lower))) j--;
      // "Thune all but confirmed": "almost"
      else if (w.lower === 'but' && j - 1 >= lowerBound && t[j - 1].lower === 'all') j -= 2;
      // "The New Haven Register on July 20, 2006, described": a date between subject and verb
      else if (dateStart >= lowerBound) j = dateStart - 1;
      // "Blinken on Sunday said", "Trump late Tuesday tweeted": a weekday between subject and verb.
      else if (w.kind === 'word' && WEEKDAY.test(w.lower)) {
        j--;
        if (j >= lowerBound && /^(?:on|late|early|last|this)$/.test(t[j].lower)) j--;
      } else if (w.kind === 'word' && /^(?:week|weekend|month|year|night|morning|afternoon|evening)$/.test(w.lower) && j - 1 >= lowerBound
        && (NEAR_IN_TIME.test(t[j - 1].lower) || WEEKDAY.test(t[j - 1].lower))) {
        // "Pelosi last month called", "Trump earlier this week said", "Cruz on Tuesday night said"
        // (the weekday is read on the next turn)
        j--;
        if (NEAR_IN_TIME.test(t[j].lower)) {
          j--;
          if (j >= lowerBound && /^(?:earlier|later)$/.test(t[j].lower)) j--;
        }
      } else if (w.kind === 'word' && (isDocumentNoun(w.lower) || CHANNELS.has(w.lower))) {
        // "The Pentagon in a statement said", "Trump on Twitter wrote": how it was said, not who said it
        let k = j - 1;
        if (k >= lowerBound && DETERMINERS.has(t[k].lower)) k--;
        if (k < lowerBound || !/^(?:in|on)$/.test(t[k].lower)) return j;
        j = k - 1;
      } else if (w.text === ')' || isDash(w)) {
        // "Rep. Todd Akin (R-Mo.) said", "Corker — who says Trump offered to back him — responded": an aside
        const [opening, reach] = w.text === ')' ? ['(', 8] : [w.text, MAX_APPOSITIVE_TOKENS];
        let k = j - 1;
        while (k > lowerBound && j - k < reach && t[k].text !== opening && t[k].kind !== 'quote') k--;
        if (k < lowerBound || t[k].text !== opening) return j;
        j = k - 1;
      } else return j;
    }
    return j;
  }

  private skipModifiersForward(j: number, upperBound: number): number {
    const t = this.tokens;
    while (j <= upperBound) {
      const w = t[j];
      if (w.kind === 'word' && !w.cap && (VERB_MODIFIERS.has(w.lower) || isAdverb(w.lower))) j++;
      else if (w.kind === 'word' && /^(?:on|late|early|last|this)$/.test(w.lower) && /day$/.test(t[j + 1]?.lower ?? '') && t[j + 1]?.cap) j += 2;
      else if (w.kind === 'word' && w.cap && WEEKDAY.test(w.lower)) j++;
      else return j;
    }
    return j;
  }

  private sentenceStart(i: number): number {
    const t = this.tokens;
    let j = i;
    while (j > 0 && t[j - 1].sentence === t[i].sentence) j--;
    return j;
  }

  /**
   * "an attorney for the woman’s family", "a friend of the victims": someone described by whom they
   * are for, when the phrase starting at `k` is no one who speaks. The description is the person's,
   * spelled out whole; a spokesperson stays the voice of the body. Before a name that ends at
   * `nameEnd`, "to" links too: "an aide to the House Ways and Means Committee" (not "compares the
   * president to a mob boss").
   */
  private describedFor(k: number, lowerBound: number, nameEnd?: number): { cue: Cue; start: number } | null {
    const t = this.tokens;
    if (!(NAME_LINKS.has(t[k - 1]?.lower ?? '') || (nameEnd !== undefined && t[k - 1].lower === 'to')) || k - 3 < lowerBound) return null;
    for (let d = k - 3; d >= lowerBound && k - d <= 4; d--) {
      if (!ARTICLES.has(t[d].lower)) continue;
      const described = describedPerson(t.slice(d, k - 1));
      if (described?.kind !== 'described' || SPEAKING_FOR.has(described.noun)) return null;
      // "an attorney for Credico later confirmed": the name, or the plain words, that say whose
      let end = nameEnd ?? (t[k].cap ? runEnd(t, k) : this.plainWordsEnd(k, t.length - 1));
      // "Litvinenko's widow"
      if (t[end].possessive && t[end + 1]?.kind === 'word') end = this.plainWordsEnd(end + 1, t.length - 1);
      const text = t.slice(d, end + 1).map(spell).join(' ');
      return { cue: { referent: { ...described, text: text[0].toLowerCase() + text.slice(1) }, at: k - 2 }, start: d };
    }
    return null;
  }

  /**
   * Where the name of a body that ends with the run starting at tokens[start] begins, with its
   * "the" and the words that run the name cannot hold: "the Republican-led House Ways and Means
   * Committee" for the run "Means Committee".
   */
  private bodyNameStart(start: number, lowerBound: number): number {
    const t = this.tokens;
    let b = start;
    while (b - 2 >= lowerBound && (t[b - 1].lower === 'and' || t[b - 1].text === '&') && t[b - 2].cap && !t[b - 2].possessive) b = runStart(t, b - 2);
    if (b - 1 >= lowerBound && t[b - 1].cap && t[b - 1].text.includes('-')) b--;
    if (b - 1 >= lowerBound && t[b - 1].lower === 'the') b--;
    return b;
  }

  /**
   * The noun phrase whose appositive or relative clause ends just before tokens[j] (a comma, or the
   * dash that opens an aside): "Ocasio-Cortez, the lawmaker from New York, went". With `strayComma`,
   * a comma after a sentence-initial subject closes it too.
   */
  private appositiveClosedAt(j: number, lowerBound: number, strayComma: boolean): { cue: Cue; start: number } | null {
    const t = this.tokens;
    // "Mary Cheney, who … married her partner, Heather Poe, last year, took": the relative clause's head
    const relative = this.relativeClauseBefore(j, lowerBound);
    // "The owner of the eatery, who identified himself only as Dilly, told": the name the clause gives
    const selfNamed = relative >= 0 ? this.nameGivenAt(relative, j) : null;
    if (selfNamed) return { cue: selfNamed, start: relative };
    // "Elise Hasbrook, a spokeswoman for Academy Sports, which owns two shops, said": "which" tells of
    // a thing or a body inside the appositive of the person who speaks
    const person = relative >= 0 && t[relative].lower === 'which' ? this.nounPhraseBackward(relative - 1, lowerBound) : null;
    if (person?.cue.referent.kind === 'person') return person;
    // "Scott Smith, the mayor of Mesa, who is a Mormon, said": a relative clause after an appositive
    // tells of the person the appositive describes, not of the last name inside it
    // (not the object of a preposition: "After a meeting with Jane Roe, the mayor of Mesa, who …")
    const described = relative < 0 ? null : this.appositiveClosedAt(relative - 1, lowerBound, false);
    if (described?.cue.referent.kind === 'person' && !PREPOSITIONS.has(t[described.start - 1]?.lower ?? '')) return described;
    const head = relative < 0 ? null : this.nounPhraseBackward(relative - 2, lowerBound);
    if (head && head.cue.referent.kind !== 'document' && head.cue.referent.kind !== 'unknown') return head;
    // Appositive: "Felipe Calderón, who was president…, has" / "Ocasio-Cortez, the lawmaker from New York, went".
    let k = j - 1;
    // ("counsel to Trump for America, Inc. (TFA), wrote": a company's legal form is no appositive of its own)
    const opening = (x: number): boolean => t[x].text === ',' && !COMPANY_FORMS.test(t[x + 1]?.text ?? '');
    while (k >= lowerBound && j - k < MAX_APPOSITIVE_TOKENS && !opening(k) && (t[k].kind !== 'quote' || this.crossable(k))) k--;
    if (k < lowerBound) {
      if (!strayComma) return null;
      // A stray comma after a sentence-initial subject: "Pablo Alvarado of the … Network, said"
      const np = this.nounPhraseBackward(j - 1, lowerBound);
      return np && np.start === lowerBound && np.cue.referent.kind === 'person' ? np : null;
    }
    if (t[k].text !== ',') return null;
    // "Randy Johnson, senior vice president of Labor, Immigration, and Employee Benefits at the Chamber of
    // Commerce, told": the commas of a list inside the appositive do not open it
    if (/^(?:and|or)$/.test(t[k + 1]?.lower ?? '')) k = this.listOpening(k, lowerBound);
    // "Lindsey Graham, R-South Carolina, told": a party tag is no appositive of its own
    if (isPartyTag(t[k + 1])) return this.nounPhraseBackward(k - 1, lowerBound);
    // ("Ms. Davis, an Apostolic Christian, said": no one's name follows "a" or "an")
    const indefinite = (t[k + 1]?.lower === 'a' || t[k + 1]?.lower === 'an') && t[k + 2]?.cap;
    const inner = indefinite ? null : this.nounPhraseForwardWithEnd(k + 1, j - 1);
    if (inner && inner.cue.referent.kind === 'person') return { cue: inner.cue, start: k + 1 };
    // "His attorney, Alliance Defending Freedom senior counsel Kristen Waggoner, argued"; not
    // "Kaplan, representing Ms. Windsor, downplayed"
    const named = indefinite ? null : this.describedPersonForward(k + 1, j - 1);
    if (named?.end === j - 1 && named.cue.referent.kind === 'person' && named.cue.referent.person.name.includes(' ') &&
      !t.slice(k + 1, named.cue.at).some((x) => !x.cap && x.lower.endsWith('ing'))) return { cue: named.cue, start: k + 1 };
    const before = this.nounPhraseBackward(k - 1, lowerBound);
    // "Young, an Alaska congressman, discussing … in Ketchikan, Alaska, said": a town after a
    // preposition, its state set off by commas, is a place; the person who opens the sentence speaks
    const state = t.slice(k + 1, j).map((w) => w.lower).join(' ');
    if (before && US_STATES.get(state) === state && PREPOSITIONS.has(t[before.start - 1]?.lower ?? '')) {
      // (or the head of a relative clause: "The Michigan teen who survived the shooting in Kalamazoo, Michigan, told")
      const opening = this.nounPhraseForwardWithEnd(lowerBound, k);
      const closed = opening && (t[opening.end + 1]?.text === ',' || RELATIVE_PRONOUNS.has(t[opening.end + 1]?.lower ?? ''));
      return opening && closed && opening.cue.referent.kind !== 'unknown' ? { cue: opening.cue, start: lowerBound } : null;
    }
    // "Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, said": a body
    // described in turn inside the appositive of the person who speaks
    if (before && before.cue.referent.kind !== 'person' && ROLE_LINKS.has(t[this.bodyNameStart(before.start, lowerBound) - 1]?.lower ?? '')) {
      const owner = this.appositiveClosedAt(k, lowerBound, false);
      if (owner?.cue.referent.kind === 'person') return owner;
    }
    return before;
  }

  /**
   * The comma that opens an appositive holding a list whose last item follows the comma at tokens[k]
   * (", and Employee Benefits"): back past the list's items, capitalised words alone between commas
   * ("Immigration"), to the comma before the words that end with its first item ("senior vice president
   * of Labor"). `k` itself when the words before it read otherwise.
   */
  private listOpening(k: number, lowerBound: number): number {
    const t = this.tokens;
    let c = k;
    for (let items = 0; items < 6; items++) {
      let p = c - 1;
      while (p >= lowerBound && c - p <= MAX_APPOSITIVE_TOKENS && t[p].text !== ',' && t[p].kind !== 'quote') p--;
      if (p < lowerBound || t[p].text !== ',') return k;
      const item = t.slice(p + 1, c);
      // (after one item at least: "Jane Doe, the mayor of Springfield, and John Roe," lists two people)
      if (item.length > 3 || !item.every((w) => w.kind === 'word' && w.cap)) return items > 0 && t[c - 1].cap ? p : k;
      c = p;
    }
    return k;
  }

  /** The name in "who identified himself (only) as Dilly" between tokens[from] and tokens[to], or null. */
  private nameGivenAt(from: number, to: number): Cue | null {
    const t = this.tokens;
    let k = from + 1;
    if (!/^identif(?:ied|ies)$/.test(t[k]?.lower ?? '') || !/^(?:himself|herself)$/.test(t[k + 1]?.lower ?? '')) return null;
    k += 2;
    if (t[k]?.lower === 'only') k++;
    if (t[k]?.lower !== 'as' || !t[k + 1]?.cap) return null;
    const end = Math.min(runEnd(t, k + 1), to - 1);
    return { referent: this.readMention(k + 1, end), at: k + 1 };
  }

  /** The noun phrase ending at token j (backward), and where it starts. */
  private nounPhraseBackward(j: number, lowerBound: number): { cue: Cue; start: number } | null {
    const source = this.sourceWhoKnows(j, lowerBound);
    if (source) return source;
    const np = this.phraseEndingAt(j, lowerBound);
    if (np?.cue.referent.kind === 'person' || !this.tokens[j + 1] || !isDash(this.tokens[j + 1])) return np;
    // "Stan Soloway, president and CEO of the Professional Services Council -- the trade association
    // -- told": an aside that closes the appositive of the person who speaks
    const owner = this.appositiveClosedAt(j + 1, lowerBound, false);
    return owner?.cue.referent.kind === 'person' ? owner : np;
  }

  /**
   * The unnamed source or group whose description ends at token j with what they know: "a source
   * familiar with the matter", "a person close to Trump", "an official with knowledge of the talks".
   */
  private sourceWhoKnows(j: number, lowerBound: number): { cue: Cue; start: number } | null {
    const t = this.tokens;
    for (let k = j; k > lowerBound + 1 && j - k < 10 && t[k].kind === 'word'; k--) {
      let head = k - 1;
      if (t[k].lower === 'of' && t[head].lower === 'knowledge' && t[head - 1].lower === 'with') head -= 2;
      else if (/^(?:with|to|on|about)$/.test(t[k].lower) && SOURCE_KNOWS.has(t[head].lower)) head--;
      else continue;
      if (head < lowerBound) return null;
      // "two people briefed on those meetings": people, as a group only here ("people say" is anyone)
      if (t[head].lower === 'people') {
        let from = head;
        while (from > lowerBound && head - from < 3 && t[from - 1].kind === 'word' && !t[from - 1].cap) from--;
        return { cue: { referent: groupOf(t.slice(from, head + 1)), at: head }, start: from };
      }
      const np = this.nounPhraseBackward(head, lowerBound);
      return np && (np.cue.referent.kind === 'described' || np.cue.referent.kind === 'group') ? np : null;
    }
    return null;
  }

  private phraseEndingAt(j: number, lowerBound: number): { cue: Cue; start: number } | null {
    const t = this.tokens;
    const w = t[j];
    if (!w || j < lowerBound) return null;
    if (w.text === ',') return this.appositiveClosedAt(j, lowerBound, true);
    if (w.text === ')' || isDash(w)) {
      // "Rep. Steve King (R-Iowa), tweeted", "Corker — who says … — responded": the subject before the aside
      const before = this.skipModifiersBackward(j, lowerBound);
      return before < j ? this.nounPhraseBackward(before, lowerBound) : null;
    }
    if (w.kind !== 'word') return null;
    // "Paul Elen, 64, who …": an age between the name and what follows; "Ald. Raymond Lopez, 15th,": a ward
    if (/^\d{1,3}(?:st|nd|rd|th)?$/.test(w.text) && t[j - 1]?.text === ',') return this.nounPhraseBackward(j - 2, lowerBound);
    // "Mitch McConnell, R-Ky., who …, said": the party tag sits between the name and its appositive
    if (isPartyTag(w) && t[j - 1]?.text === ',') return this.nounPhraseBackward(j - 2, lowerBound);
    // "Robert P. Young, Jr. offered": the name before the suffix
    if (isSuffix(w) && t[j - 1]?.text === ',') return this.nounPhraseBackward(j - 2, lowerBound);
    if (PRONOUNS.has(w.lower)) return { cue: { referent: { kind: 'pronoun', pronoun: w.lower }, at: j }, start: j };
    // "It said …", "It also accused …" ("it was called" is no speech)
    if (w.lower === 'it' && this.speechVerbAt(j + 1 + Number(t[j + 1]?.lower === 'also')) === 'finite')
      return { cue: { referent: { kind: 'pronoun', pronoun: w.lower }, at: j }, start: j };
    // "Iranian state television said", "State media reported": a broadcaster named by its country
    if (isBroadcasterNoun(w)) {
      let start = j;
      if (start - 1 >= lowerBound && t[start - 1].lower === 'state') start--;
      if (start - 1 >= lowerBound && isDemonym(t[start - 1])) start = Math.max(runStart(t, start - 1), lowerBound);
      if (start < j) return { cue: { referent: this.bodyFrom(start, j), at: j }, start };
    }
    if (w.cap && !w.possessive) {
      const start = Math.max(runStart(t, j), lowerBound);
      // "Beth Krut, 47, of Mount Oliver said": the person before the age, not the place
      if (t[start - 1]?.lower === 'of' && t[start - 2]?.text === ',' && /^\d{1,3}$/.test(t[start - 3]?.text ?? '') && t[start - 4]?.text === ','
        && start - 5 >= lowerBound) {
        const named = this.nounPhraseBackward(start - 5, lowerBound);
        if (named?.cue.referent.kind === 'person') return named;
      }
      // "Police in Chicago said", "A U.S. official in Seoul said": who is in the place, when they are described
      // (not a name: "FBI Special Agent in Charge Ed Reinhold", "an interview with radio station KRBD in Ketchikan")
      if (t[start - 1]?.lower === 'in' && start - 2 >= lowerBound && t[start - 2].kind === 'word') {
        const placed = this.nounPhraseBackward(start - 2, lowerBound);
        const referent = placed?.cue.referent;
        // (a group opening the sentence reads as a body: "Police in Chicago")
        const opening = referent?.kind === 'org' && GROUP_SPEAKERS.has(referent.name.toLowerCase());
        // (not one a preposition puts in: "A spokeswoman for the police department in Dallas")
        if (placed && (PLACED_KINDS.has(referent!.kind) || opening) && !PREPOSITIONS.has(t[placed.start - 1]?.lower ?? '')) return placed;
      }
      // "Rep. Darrell Issa (R) of California said": the person before the party and the state
      const state = t[start - 1]?.lower === 'of' && t[start - 2]?.text === ')' ? t.slice(start, j + 1).map((x) => x.lower).join(' ') : '';
      if (state && US_STATES.get(state) === state && start - 2 >= lowerBound) {
        const named = this.nounPhraseBackward(start - 2, lowerBound);
        if (named?.cue.referent.kind === 'person') return named;
      }
      // "A friend of Hastert said": the friend, described by whose friend they are
      // (not "the mayor of Mesa": a title, whose holder the article names)
      const body = this.bodyNameStart(start, lowerBound);
      const whose = t[body - 2] && !isTitle(t[body - 2]) ? this.describedFor(body, lowerBound, runEnd(t, j)) : null;
      if (whose) return whose;
      if (start > lowerBound && DETERMINERS.has(t[start - 1].lower) && t[start - 1].kind === 'word') {
        // "the International Court of Justice", "a State Department spokesman"-like with a capital head.
        return { cue: { referent: this.describe(t.slice(start - 1, j + 1)), at: j }, start: start - 1 };
      }
      return { cue: { referent: this.readMention(start, j), at: j }, start };
    }
    if (!w.cap) {
      // A description: "the secretary", "a State Department spokesman", "Stone’s attorney".
      let k = j;
      // "police said", "federal prosecutors wrote", "Colorado Springs police said": a group without a
      // determiner, with the words before it that describe it (not "which investigators", "Trump and lawmakers")
      const group = (): { cue: Cue; start: number } | null => {
        if (k >= j || !GROUP_SPEAKERS.has(w.lower)) return null;
        let start = j;
        while (start - 1 > k && !NOT_GROUP_WORDS.has(t[start - 1].lower) && !SUBORDINATORS.has(t[start - 1].lower) && !this.isFiniteVerb(t[start - 1])) start--;
        // "he and border experts told": one of several subjects; "the actions of officers who": no subject
        let before = start - 1;
        // "About 30 protesters chanted": a number's qualifier is no preposition
        if (NUMBER_QUALIFIERS.has(t[before]?.lower ?? '') && /^(?:\d[\d,]*|dozens|hundreds|thousands)$/.test(t[start].lower)) before--;
        // "a group of Democratic senators wrote": the group, by its whole description
        if (t[before]?.lower === 'of' && COLLECTIVE_NOUNS.has(t[before - 1]?.lower ?? '') && ARTICLES.has(t[before - 2]?.lower ?? '')
          && !PREPOSITIONS.has(t[before - 3]?.lower ?? '')) {
          return { cue: { referent: wholeGroup(t.slice(before - 2, j + 1)), at: j }, start: before - 2 };
        }
        if (t[before]?.lower === 'and' || t[before]?.lower === 'or' || PREPOSITIONS.has(t[before]?.lower ?? '')) return null;
        return { cue: { referent: groupOf(t.slice(start, j + 1)), at: j }, start };
      };
      while (k >= lowerBound && j - k < 7) {
        const x = t[k];
        if (x.kind !== 'word') return group();
        // "Kavanaugh's statement said", "FreedomWorks’ website said", "Leon's ruling said", "Mr. Braley's
        // apology noted": whoever put it out
        // ("Trump's first tweets last Monday pointed out": past a time)
        if (k < j && x.possessive && (isDocumentNoun(t[j].lower) || WEBSITE_NOUNS.has(t[j].lower) || OWN_WORDS_NOUNS.has(t[j].lower))
          && this.speechVerbAt(this.skipModifiersForward(j + 1, t.length - 1))) {
          if (x.cap) {
            const start = Math.max(runStart(t, k), lowerBound);
            return { cue: { referent: this.readMention(start, k), at: k }, start };
          }
          if (k > lowerBound && ARTICLES.has(t[k - 1].lower)) return { cue: { referent: this.describe(t.slice(k - 1, k + 1)), at: k }, start: k - 1 };
        }
        // "South Korea’s presidential spokesman said", "Pence's spokesman said": the one spoken for
        if (k < j && x.possessive && x.cap && SPEAKING_FOR.has(t[j].lower)) {
          const start = Math.max(runStart(t, k), lowerBound);
          const spokenFor = this.readMention(start, k);
          // a country or a place speaks through its spokesman too
          const referent: Referent = spokenFor.kind === 'unknown' ? { kind: 'org', name: t.slice(start, k + 1).map((w) => w.text).join(' ') } : spokenFor;
          return { cue: { referent, at: k }, start };
        }
        if (k < j && (DETERMINERS.has(x.lower) || x.possessive)) {
          // "the boy’s mother": the article before the possessor
          if (x.possessive && k > lowerBound && ARTICLES.has(t[k - 1].lower)) k--;
          const referent = this.describe(t.slice(k, j + 1));
          const whose = referent.kind === 'unknown' ? this.describedFor(k, lowerBound) : null;
          if (whose) return whose;
          // "JoEllen Smith of the corrections department told CNN": the person named before the body they are of
          // (not the one a preposition puts in: "An attorney for John Smith of the police department said")
          const member = t[k - 1]?.lower === 'of' && t[k - 2]?.cap && k - 2 >= lowerBound ? this.nounPhraseBackward(k - 2, lowerBound) : null;
          if (member?.cue.referent.kind === 'person') {
            if (!PREPOSITIONS.has(t[member.start - 1]?.lower ?? '')) return member;
            // ("An attorney for John Smith of the police department said": the attorney, as without "of …")
            const owner = member.start - 2 >= lowerBound ? this.nounPhraseBackward(member.start - 2, lowerBound) : null;
            if (owner && owner.cue.referent.kind !== 'unknown') return owner;
          }
          // "Jeb Bush of Florida, a leading Republican contender, who …", "the Log Cabin Republicans, a
          // gay rights group, which …", "Michael Bloomberg, the billionaire businessman who wrote": the
          // description is the name's (not "…with Ms. Kelley, the official said": the description is
          // closed by a comma too, or by the clause that says which one it is)
          const someBody = referent.kind === 'org' && /^an?$/.test(x.lower);
          const byClause = t[j + 1]?.lower === 'who' && referent.kind === 'described';
          const appositive = (referent.kind === 'described' || someBody) && t[k - 1]?.text === ',' && (t[j + 1]?.text === ',' || byClause)
            && k - 2 >= lowerBound;
          // (a name ending a phrase that opens the sentence is no subject's: "After meeting with Nancy Pelosi, a senior aide who said")
          const named = appositive ? this.nounPhraseBackward(k - 2, lowerBound) : null;
          if (named && byClause && PREPOSITIONS.has(t[named.start - 1]?.lower ?? '')) return { cue: { referent, at: j }, start: k };
          if (named && (named.cue.referent.kind === 'person' || (someBody && named.cue.referent.kind === 'org'))) return named;
          return { cue: { referent, at: j }, start: k };
        }
        // "the unidentified official", "the embattled senator": an -ed word after a determiner is no verb
        const adjective = x.lower.endsWith('ed') && t[k - 1]?.kind === 'word' && DETERMINERS.has(t[k - 1].lower);
        if (k < j && (PREPOSITIONS.has(x.lower) || this.speechVerbAt(k) || (this.isFiniteVerb(x) && !adjective))) return group();
        k--;
      }
      if (k < lowerBound) return group();
    }
    return null;
  }

  /**
   * Whether a scan back to a subject may cross the quote token at tokens[i]: a term of a few words quoted
   * between the words of its sentence ("the only “no compromise” gun lobby"), and not the quote being attributed.
   */
  private crossable(i: number): boolean {
    const t = this.tokens;
    return i !== this.attributing && t[i].term && t[i - 1]?.kind === 'word' && t[i + 1]?.kind === 'word';
  }

  /**
   * The "who", "whose" or "which" of the nearest ", who …" before the comma at tokens[j] in its
   * sentence; -1 when none, or when the comma closes an aside right after it (", which, she noted, said").
   * The clause may hold a quoted term between its words ("GOA, which … calls the group the only “no
   * compromise” gun lobby, tweeted"), never a quoted sentence.
   */
  private relativeClauseBefore(j: number, lowerBound: number): number {
    const t = this.tokens;
    for (let r = j - 1; r > lowerBound && j - r < 30 && (t[r].kind !== 'quote' || this.crossable(r)); r--) {
      if (!RELATIVE_PRONOUNS.has(t[r].lower) || t[r - 1].text !== ',') continue;
      if (t[r + 1].text !== ',') return r;
      let asideEnd = r + 2;
      while (asideEnd < j && t[asideEnd].text !== ',') asideEnd++;
      return asideEnd === j ? -1 : r;
    }
    return -1;
  }

  /** Noun phrase starting at token i (forward), and where it ends: `said Gov. Perry`, `said the Texas governor`. */
  private nounPhraseForwardWithEnd(i: number, e: number): { cue: Cue; end: number } | null {
    const t = this.tokens;
    const w = t[i];
    if (!w || i > e || w.kind !== 'word') return null;
    if (PRONOUNS.has(w.lower)) return { cue: { referent: { kind: 'pronoun', pronoun: w.lower }, at: i }, end: i };
    const possessed = POSSESSIVE_PRONOUNS.get(w.lower);
    if (w.cap && !NOT_NAMES.has(w.lower)) {
      let end = Math.min(runEnd(t, i), e);
      if (end + 1 <= e && possessiveInBodyName(t, end)) end = Math.min(runEnd(t, end + 1), e);
      // "said Cambridge police", "said Administration officials": a group named by where it is from
      if (end + 1 <= e && !t[end + 1].cap && GROUP_SPEAKERS.has(t[end + 1].lower) && readRun(t, i, end).kind !== 'person')
        return { cue: { referent: groupOf(t.slice(i, end + 2)), at: end + 1 }, end: end + 1 };
      // "Iranian television said", "Syrian state TV reported": a broadcaster named by its country
      const broadcaster = isDemonym(t[end]) ? this.broadcasterEnd(end + 1, e) : -1;
      if (broadcaster >= 0 && readRun(t, i, end).kind !== 'person') return { cue: { referent: this.bodyFrom(i, broadcaster), at: i }, end: broadcaster };
      // "Stone’s attorney": someone else, described by whose they are
      if (t[end].possessive) {
        const description = this.descriptionForward(i, end + 1, e);
        return description?.cue.referent.kind === 'unknown' ? null : description;
      }
      // "said Smith County Sheriff, Larry Smith": a title whose holder is named after the comma
      const holder = isTitle(t[end]) && readRun(t, i, end).roles.length === 0 && !(t[end + 2] && isPartyTag(t[end + 2])) ? this.appositiveName(end + 1, e) : null;
      return holder ?? { cue: { referent: this.readMention(i, end), at: i }, end };
    }
    if (DETERMINERS.has(w.lower) || possessed || w.possessive) return this.descriptionForward(i, i + 1, e);
    // "said state Rep. Terri Collins", "said police Chief Ed Flynn", "said then-Gov. Rick Perry": the
    // words before the title are part of it
    // (not "representing Ms. Windsor", "while Rep. Mark Pocan")
    const modifier = !SUBORDINATORS.has(w.lower) && !PREPOSITIONS.has(w.lower) && !NOT_GROUP_WORDS.has(w.lower) && !this.isFiniteVerb(w) && !w.lower.endsWith('ing');
    if (modifier && i + 1 <= e && t[i + 1].cap && isTitle(t[i + 1])) return this.nounPhraseForwardWithEnd(i + 1, e);
    if (i + 1 <= e && FORMER_TITLE.test(w.text) && t[i + 1].cap) return this.nounPhraseForwardWithEnd(i + 1, e);
    // "state television said"
    const broadcaster = w.lower === 'state' ? this.broadcasterEnd(i, e) : -1;
    if (broadcaster >= 0) return { cue: { referent: this.bodyFrom(i, broadcaster), at: i }, end: broadcaster };
    // "said police", "said federal prosecutors"
    for (let k = i; k <= e && k - i < 3 && t[k].kind === 'word' && !t[k].cap; k++) {
      // (not "said family friend Tracy Hames": a group noun before more words describes someone)
      if (GROUP_SPEAKERS.has(t[k].lower) && !(t[k + 1]?.kind === 'word' && (t[k + 1].cap || describedNoun(t[k + 1].lower))))
        return { cue: { referent: groupOf(t.slice(i, k + 1)), at: k }, end: k };
      if (PREPOSITIONS.has(t[k].lower) || this.isFiniteVerb(t[k]) || SPEECH_VERBS.has(t[k].lower)) break;
    }
    return null;
  }

  /** A body named by tokens[from..to] as they are written ("Iranian state television"). */
  private bodyFrom(from: number, to: number): Referent {
    return { kind: 'org', name: this.tokens.slice(from, to + 1).map(spell).join(' ') };
  }

  /** Where "television", "state TV", "state media" from tokens[k] ends, when a broadcaster's noun is there (with "state" before it); -1 when not. */
  private broadcasterEnd(k: number, e: number): number {
    const t = this.tokens;
    if (t[k]?.lower === 'state' && !t[k].cap) k++;
    return k <= e && isBroadcasterNoun(t[k]) ? k : -1;
  }

  /** A determiner phrase from tokens[i], its words from tokens[from]: "the Texas governor", "Stone’s attorney, Grant Smith". */
  private descriptionForward(i: number, from: number, e: number): { cue: Cue; end: number } | null {
    const t = this.tokens;
    let k = from;
    while (k <= e && k - i < 7 && t[k].kind === 'word' && !PREPOSITIONS.has(t[k].lower) && t[k].lower !== 'and' && !SOURCE_KNOWS.has(t[k].lower) &&
      t[k].lower !== 'who' && !this.speechVerbAt(k) && !this.isFiniteVerb(t[k]) && !(t[k].lower === 'read' && isDocumentNoun(t[k - 1].lower))
      && !(k > from && this.modifiesSpeechVerb(k, e))
      // "said a GOP source working with the campaign", "said a man living nearby": a participle after someone
      // described, before what it takes (not a compound: "a student housing official")
      && !(k > from && t[k].lower.endsWith('ing') && describedNoun(t[k - 1].lower) !== null && this.endsParticipleAt(k + 1))) k++;
    if (k === from) return null;
    // "the U.S. Department of State", "the Ministry of Defence", "the Department of Health and Human
    // Services": keep "of <Name>" in capitalised names.
    if (k + 1 <= e && linksName(t, k) && t[k + 1].cap && t[k - 1].cap) {
      let name = k - 1;
      while (name > from && t[name - 1].cap) name--;
      k = Math.max(k, Math.min(runEnd(t, name), e) + 1);
    }
    const named = this.describedByMood(i, k - 1);
    if (named) return named;
    let referent = this.describe(t.slice(i, k));
    // "wrote a team from the Kaiser Family Foundation": a body's unnamed part speaks as the body
    if (referent.kind === 'org' && k - i === 2 && /^an?$/.test(t[i].lower) && /^(?:from|at|of)$/.test(t[k]?.lower ?? '') && k + 1 <= e) {
      const body = this.nounPhraseForwardWithEnd(k + 1, e);
      if (body?.cue.referent.kind === 'org' && !body.cue.referent.lone) return body;
    }
    // "said a friend of Hastert", "said a neighbor of the victim": the description runs on to whose they are
    if (referent.kind === 'described' && NAME_LINKS.has(t[k]?.lower ?? '') && k + 1 <= e && !SPEAKING_FOR.has(referent.noun)) {
      const owner = t[k + 1].cap ? Math.min(runEnd(t, k + 1), e) : ARTICLES.has(t[k + 1].lower) || t[k + 1].possessive ? this.plainWordsEnd(k + 1, e) : -1;
      if (owner > k) {
        const text = t.slice(i, owner + 1).map(spell).join(' ');
        referent = { ...referent, text: text[0].toLowerCase() + text.slice(1) };
        k = owner + 1;
      }
    }
    if (referent.kind !== 'person' && referent.kind !== 'pronoun' && referent.kind !== 'document') {
      // "said Smith's step-grandmother, Darlene Proxmire", "said the spokesman, Nick Merrill": the name that follows is the person.
      const named = this.appositiveName(k, e);
      if (named) return named;
    }
    return { cue: { referent, at: k - 1 }, end: k - 1 };
  }

  /** Whether tokens[k] may follow a participle that is no noun's modifier: a preposition, a determiner, an adverb, or no word. */
  private endsParticipleAt(k: number): boolean {
    const w = this.tokens[k];
    return w?.kind !== 'word' || PREPOSITIONS.has(w.lower) || DETERMINERS.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower) || isAdverb(w.lower);
  }

  /** Whether tokens[k] is an adverb before a speech verb: "the president reportedly said", "the senator also told". */
  private modifiesSpeechVerb(k: number, e: number): boolean {
    const w = this.tokens[k];
    if (w.cap || !(VERB_MODIFIERS.has(w.lower) || isAdverb(w.lower))) return false;
    const verb = this.skipModifiersForward(k, e);
    return verb <= e && this.speechVerbAt(verb) === 'finite';
  }

  /**
   * A person named by surname after an article and a word or two for how they were ("a sombre Lam",
   * "an emotional Smith"), the phrase tokens[i..end]; null unless the name ends it, is someone's, and
   * what follows goes on about them (not an appositive: "Egberto Willies, a former Catholic, said").
   * "the younger Smith", "the other Smith" say which of several: readMention reads the younger.
   */
  private describedByMood(i: number, end: number): { cue: Cue; end: number } | null {
    const t = this.tokens;
    if (!ARTICLES.has(t[i].lower) || !t[end].cap || t[end].possessive || t[end + 1]?.kind !== 'word') return null;
    const start = runStart(t, end);
    const mood = t.slice(i + 1, start);
    if (mood.length === 0 || mood.length > 2 || mood.some((w) => w.cap || w.possessive || WHICH_OF_SEVERAL.has(w.lower))) return null;
    const referent = this.readMention(start, end);
    return referent.kind === 'person' ? { cue: { referent, at: start }, end } : null;
  }

  /** The last of the words from tokens[i] (up to e, at most five) before punctuation, a preposition other than "of", a speech verb or a clause. */
  private plainWordsEnd(i: number, e: number): number {
    const t = this.tokens;
    let end = i;
    while (end + 1 <= e && end - i < 4 && t[end + 1].kind === 'word' && !this.speechVerbAt(end + 1) && !SUBORDINATORS.has(t[end + 1].lower) &&
      (!PREPOSITIONS.has(t[end + 1].lower) || t[end + 1].lower === 'of') &&
      // "a shattered Gaza neighborhood": an -ed word after a determiner is no verb
      (!this.isFiniteVerb(t[end + 1]) || (t[end + 1].lower.endsWith('ed') && DETERMINERS.has(t[end].lower)))) end++;
    return end;
  }

  /**
   * A person's name set off by a comma at tokens[k] and closed by punctuation or the bound
   * (", Darlene Proxmire."); its cue and end, the closing comma included when there is one.
   */
  private appositiveName(k: number, e: number): { cue: Cue; end: number } | null {
    const t = this.tokens;
    if (t[k]?.text !== ',' || k + 1 > e || t[k + 1].kind !== 'word' || !t[k + 1].cap || NOT_NAMES.has(t[k + 1].lower)) return null;
    const end = Math.min(runEnd(t, k + 1), e);
    if (readRun(t, k + 1, end).kind !== 'person' || t[end].possessive || (end < e && t[end + 1].kind !== 'punct')) return null;
    return { cue: { referent: this.readMention(k + 1, end), at: k + 1 }, end: t[end + 1]?.text === ',' && end < e ? end + 1 : end };
  }

  /** What a determiner phrase refers to: a role ("the secretary"), an organisation, or nobody in particular. */
  private describe(words: readonly Token[]): Referent {
    const first = words[0];
    const head = words[words.length - 1].lower;
    const possessed = POSSESSIVE_PRONOUNS.get(first.lower);
    // "His response: “…”"
    if (possessed && ANSWER_NOUNS.has(head))
      return { kind: 'pronoun', pronoun: possessed };
    // "the justices", "federal prosecutors", "Smith's family", "White House officials": a group, as
    // the article words it ("the police" is the police force the article named, if any: see the
    // organisation reference)
    if (GROUP_SPEAKERS.has(head) && !(head === 'police' && first.lower === 'the' && words.length === 2)) return groupOf(words);
    // "Stone’s attorney", "the victim's mother": someone described by whose they are
    const someones = words.slice(0, -1).some((w) => w.possessive) ? describedPerson(words) : null;
    if (someones) return someones;
    // "Pence’s office", "Reid's campaign": the body someone named heads
    if (first.possessive && first.cap && words.length === 2 && ORGANIZATION_NOUNS.has(head) && !isDocumentNoun(head))
      return { kind: 'org', name: words.map(spell).join(' ') };
    if (first.possessive) return { kind: 'unknown' };
    // "…," the statement continued: the author of the statement quoted just before; also with words
    // that say which one of theirs ("the joint statement said", "the 27-page filing"), not whose ("the
    // police statement", "the defense statement") nor another ("the other statement")
    const which = words.slice(1, -1);
    if (first.lower === 'the' && which.length <= 2 && isDocumentOrReport(head) && which.every((w) => SAME_DOCUMENT_WORDS.test(w.lower))) return { kind: 'document' };
    const capitalised = words.slice(1).filter((w) => w.cap);
    // "the NFL", "the Associated Press", "the White House", "the Department of Justice": a body by its proper name.
    const named = words.slice(1);
    if (first.lower === 'the' && named[0]?.cap && named[named.length - 1].cap && named.every((w) => w.cap || NAME_CONNECTORS.has(w.lower) || w.lower === 'and')
      && (!PERSON_ROLE_NOUNS.has(head) || isBodyWithConnector(named)) && !words.some((w) => w.possessive))
      return { kind: 'org', name: named.map((w) => w.text).join(' ') };
    // the capitalised words that may name a body (not a date's: "the December police report")
    const bodyWords = capitalised.filter((w) => !MONTHS.has(w.lower.replace(/\.$/, '')) && !WEEKDAYS.has(w.lower));
    // ("A CNN report said", "The New Yorker report said": the body named with it, as "a White House statement")
    const namedReport = isReportNoun(head) && bodyWords.length > 0;
    if (SPOKESPERSON_NOUNS.has(head) && !PERSON_ROLE_NOUNS.has(head) || head === 'official' || head === 'officials' || namedReport) {
      // "a State Department spokesman" → State Department; "a source", "an official": someone unnamed
      // ("a spokesman" speaks for someone the article named: the quotes around say who).
      if (bodyWords.length === 0) {
        // A spokesperson of no body named speaks for the one in the news lately, by its noun if
        // given ("the company said … “…,” a spokesperson told Politico"; "a police spokesman")
        if (SPEAKING_FOR.has(head)) return { kind: 'orgReference', noun: words.find((w) => ORGANIZATION_NOUNS.has(w.lower))?.lower ?? head };
        // "a police statement said", "a government statement": the body it comes from
        const body = isDocumentNoun(head) ? words.slice(1, -1).find((w) => (ORGANIZATION_NOUNS.has(w.lower) && !MEDIA_NOUNS.has(w.lower)) || GROUP_SPEAKERS.has(w.lower)) : undefined;
        if (body) return { kind: 'orgReference', noun: body.lower };
        return (ANONYMOUS_SOURCES.has(head) ? describedPerson(words) : null) ?? { kind: 'unknown' };
      }
      // "a senior U.S. official", "a White House official": someone unnamed, not the body speaking
      const source = ANONYMOUS_SOURCES.has(head) && ARTICLES.has(first.lower) ? describedPerson(words) : null;
      if (source) return source;
      const firstCap = words.indexOf(bodyWords[0]);
      let last = words.length - 2;
      while (last > firstCap && !words[last].cap && !ORGANIZATION_NOUNS.has(words[last].lower)) last--;
      // "a Ryan spokesman": someone who speaks for a person the article names, not that person ("the Mueller report": no one's words)
      const person = last === firstCap && !words[last].possessive && this.people.has(surnameKey(words[last].text));
      if (person && namedReport) return { kind: 'unknown' };
      return (person ? describedPerson(words, true) : null) ?? { kind: 'org', name: words.slice(firstCap, last + 1).map(spell).join(' ') };
    }
    // "the 43-year-old said": the person the article is about, as "the senator" is
    if (first.lower === 'the' && words.length === 2 && /^\d+-year-old$/.test(head)) return { kind: 'role', role: head };
    if (first.lower === 'the' && PERSON_ROLE_NOUNS.has(head)) {
      // "the Kansas Republican", "the New York senator"
      const place = words.slice(1, -1).filter((w) => w.cap).map((w) => w.lower).join(' ');
      if (US_STATES.get(place) === place) return { kind: 'role', role: head, state: place };
      // "the ATF agent": a role in a body known by its initials, which may be all the article says of them
      const ofAgency = words.slice(1, -1).some((w) => w.cap && isInitials(w) && !NOT_AGENCIES.has(w.text));
      const described = ofAgency ? describedPerson(words) : null;
      if (described?.kind === 'described') return { kind: 'role', role: head, described };
      // "the Institute's chief external affairs officer": when no one named holds it, the body speaks
      const body = words.slice(1, -1).find((w) => w.possessive && ORGANIZATION_NOUNS.has(w.lower));
      return body ? { kind: 'role', role: head, body: body.lower } : { kind: 'role', role: head };
    }
    if (first.lower === 'the' && (ORGANIZATION_NOUNS.has(head) || OUTLET_NOUNS.has(head)) && capitalised.length === 0) {
      // "the sheriff's office": whose office says enough when the article names no such office;
      // "the nightclub's post": whose post it is
      const whose = words.length > 2 && words[words.length - 2].possessive ? words.slice(1, -1) : null;
      // "the police department": a police force, the one named before or else so described
      const police = words.length === 3 && words[1].lower === 'police';
      const described = police ? `police ${head}` : !whose ? undefined
        : isDocumentNoun(head) ? whose.map((w) => w.text).join(' ') : [...whose.map(spell), words[words.length - 1].text].join(' ');
      return { kind: 'orgReference', noun: head, described, police };
    }
    if (ORGANIZATION_NOUNS.has(head) || (words[words.length - 1].cap && words.some((w) => ORGANIZATION_NOUNS.has(w.lower))))
      return { kind: 'org', name: words.slice(DETERMINERS.has(first.lower) ? 1 : 0).map(spell).join(' ') };
    return describedPerson(words) ?? { kind: 'unknown' };
  }

  /** Whether a capitalised run names a person: a full name, or a surname the article gives in full. */
  private namesPerson(reading: RunReading): boolean {
    return reading.kind === 'person' || (reading.kind === 'surname' && this.people.has(reading.surname));
  }

  /** A capitalised run as a person (full name resolved in-article), an organisation, or unknown. */
  private readMention(from: number, to: number): Referent {
    const reading = this.asBody(readRun(this.tokens, from, to));
    // "the younger Mr. Trump": the son or the junior the article names in full ("Donald Trump Jr.")
    const younger = this.tokens[from - 1]?.lower === 'younger' && !reading.name.includes(' ') ? this.people.youngerOf(reading.surname) : undefined;
    if (younger) return { kind: 'person', person: this.people.resolve({ ...reading, kind: 'person', name: younger.name }, from) };
    if (this.namesPerson(reading)) return { kind: 'person', person: this.people.resolve(reading, from) };
    if (reading.kind === 'org') return { kind: 'org', name: reading.name };
    // "King said" after "Peter King": a title alone that is the surname of someone named in full
    // … and "May said" after "Theresa May", "August said" after "Bernard August": a month that is one
    const lone = this.tokens[from];
    const title = isTitle(lone) && !lone.text.endsWith('.') && !DETERMINERS.has(this.tokens[from - 1]?.lower ?? '');
    const month = MONTHS.has(lone.lower) && lone.cap;
    if (from === to && (title || month) && this.people.namedInFull(surnameKey(lone.text)))
      return { kind: 'person', person: this.people.resolve({ ...reading, kind: 'surname', name: lone.text, surname: surnameKey(lone.text) }, from) };
    // A lone capitalised word never given as a surname: a first name ("Tyler said"), a surname
    // used alone, or an organisation.
    if (reading.kind === 'surname') {
      const named = this.firstNamed(reading.name);
      return named ? { kind: 'person', person: named } : { kind: 'org', name: reading.name, lone: true };
    }
    return { kind: 'unknown' };
  }

  private attribution(cue: Cue, explicit: boolean): Attribution {
    const r = cue.referent;
    switch (r.kind) {
      case 'person':
        return { speaker: r.person.name, person: r.person, explicit };
      case 'org':
        // (a lone "al-Qaeda" is a body: a name behind an Arabic article is someone's only with a given name before it)
        return { speaker: this.spelledOut(r.name), person: r.lone && !this.isCommonWord(r.name) && !ARABIC_ARTICLE_NAME.test(r.name) ? this.lonePerson(r.name) : null, explicit };
      case 'group': {
        // "police said": the force the article named before ("according to Portland Police Bureau"), else the police
        const force = r.text.toLowerCase() === 'police' ? this.onlyPoliceForce(cue.at) : null;
        return { speaker: force ?? r.text, person: null, explicit, group: true };
      }
      case 'orgReference': {
        // "the spokeswoman added": the one the article named so ("FBI spokeswoman Ayn Dietrich-Williams"),
        // unless another of that noun came up since ("… quoted a ministry spokesman. The spokesman said")
        const holder = SPEAKING_FOR.has(r.noun) && this.tokens[cue.at - 1]?.lower === 'the' ? this.roleHolder(r.noun) : null;
        const named = holder ? this.people.lastSeenAt(holder) : -1;
        if (holder && !this.tokens.slice(named + 1, cue.at).some((w) => w.text === r.noun && w.sentence !== this.tokens[named]?.sentence)) {
          return { speaker: holder.name, person: holder, explicit };
        }
        // "a DeSantis spokesperson said … According to the spokesperson": the one described so before
        const described = SPEAKING_FOR.has(r.noun) && this.tokens[cue.at - 1]?.lower === 'the' ? this.latestDescribed(r.noun) : null;
        if (described) return { speaker: described.name, person: described, explicit };
        // "the police said": the force the article named, else the police ("the sheriff's office")
        const name = this.resolveOrganisation(r.noun, cue.at, r.police) ?? (GROUP_SPEAKERS.has(r.noun) ? r.noun : null) ?? r.described ?? null;
        return name ? { speaker: name, person: null, explicit } : { ...NONE, explicit };
      }
      case 'pronoun': {
        if (r.pronoun === 'it') return this.attributionOfIt(cue.at, explicit);
        // "Federal prosecutors filed a memo. Driven by greed, they said, he …": the group that spoke
        // or acted in this sentence or the one before. Not when a subject of this sentence came
        // first ("A journalist and her roommate say they"), nor in a relative clause ("who they alleged said").
        if (r.pronoun === 'they') {
          const sentence = this.tokens[cue.at].sentence;
          const before = this.tokens[cue.at - 1];
          const reported = before?.lower === 'that' || (before?.kind === 'word' && SPEECH_VERBS.has(before.lower));
          const otherSubject = ((this.subjectAt >= 0 && this.subjectAt < cue.at) || reported) && this.lastGroup?.sentence !== sentence;
          const relative = RELATIVE_PRONOUNS.has(before?.lower ?? '');
          const group = this.lastGroup && sentence - this.lastGroup.sentence <= 1 && !otherSubject && !relative ? this.lastGroup : null;
          return group ? { speaker: group.speaker, person: null, explicit, group: true } : { ...NONE, explicit };
        }
        const p = this.resolvePronoun(r.pronoun, cue.at);
        return p ? { speaker: p.name, person: p, explicit } : { ...NONE, explicit };
      }
      case 'document': {
        const author = this.documentAuthor(cue.at) ?? this.earlierDocumentAuthor(cue.at);
        if (author) return this.attribution(author, explicit);
        if (isOthersPaper(this.tokens[cue.at].lower)) return { ...NONE, explicit };
        const last = this.lastCue?.attribution;
        return last?.speaker ? { ...last, explicit } : { ...NONE, explicit };
      }
      case 'role': {
        // someone of an agency no one holds the post of is the person last quoted, else the description
        const quotedLast = this.lastCue?.attribution.person === this.focus ? this.focus : null;
        if (r.body) {
          const holder = this.holderEarlierInSentence(r.role, cue.at) ?? this.roleHolder(r.role);
          if (holder) return { speaker: holder.name, person: holder, explicit };
          const body = this.latestOrganisation(cue.at, hasWord(r.body));
          return body ? { speaker: body, person: null, explicit } : { ...NONE, explicit };
        }
        const p = r.described ? this.roleHolder(r.role) ?? quotedLast ?? this.describedPersonOf(r.described) : this.resolveRole(r.role, cue.at, r.state);
        return p ? { speaker: p.name, person: p, explicit } : { ...NONE, explicit };
      }
      case 'described': {
        // ("the friend" is definite, "his friend" kin: never both)
        const p = (r.definite ? this.resolveDescription(r.noun, /\d-year-old\b/.test(r.text)) : null)
          ?? (r.kin ? this.relationOf(r.kin, KIN_WORDS.get(r.noun) ?? r.noun) ?? this.relativeOf(r.kin, r.text, r.noun, cue.at) : null)
          ?? this.describedPersonOf(r);
        return { speaker: p.name, person: p, explicit };
      }
      default: {
        // "Flynn issued a personal statement that said": the statement's author
        const author = isDocumentNoun(this.tokens[cue.at].lower) ? this.documentAuthor(cue.at) : null;
        return author ? this.attribution(author, explicit) : { ...NONE, explicit };
      }
    }
  }

  /**
   * Who put out the document whose noun is tokens[at], when its sentence says so: "a statement from
   * John Bolton", "Flynn issued a personal statement that said". Null otherwise.
   */
  private documentAuthor(at: number): Cue | null {
    const t = this.tokens;
    const source = this.documentSource(at);
    if (source) return source;
    const start = this.sentenceStart(at);
    for (let v = at - 1; v >= start && at - v <= 6; v--) {
      if (t[v].kind !== 'word' || this.documentAfter(v) < 0) continue;
      const cue = this.subjectOf(v, ISSUE_VERBS.get(t[v].lower)!, start);
      return cue && cue.referent.kind !== 'document' ? cue : null;
    }
    return null;
  }

  /**
   * "the statement said" after "Gaston County Police said in a statement that …": the author of the
   * latest earlier mention of that document, within this paragraph and the two before it. Null when
   * that mention does not say whose it is.
   */
  private earlierDocumentAuthor(at: number): Cue | null {
    const t = this.tokens;
    const noun = t[at].lower;
    const firstParagraph = this.contentParagraph[t[at].paragraph] - 2;
    for (let m = at - 1; m >= 0 && this.contentParagraph[t[m].paragraph] >= firstParagraph; m--) {
      if (t[m].lower !== noun) continue;
      const author = this.documentAuthor(m) ?? this.bodyNamedBefore(m);
      if (author) return author;
      // "X said in a statement", "In an editorial on Wednesday, the New York Times urged"
      let v = m - 1;
      if (t[v]?.kind === 'word' && DETERMINERS.has(t[v].lower)) v--;
      if (t[v]?.lower !== 'in') return null;
      let verb = v - 1;
      if (!(verb >= 0 && this.speechVerbAt(verb))) {
        verb = m + 1;
        while (verb < t.length && verb - m <= 15 && t[verb].sentence === t[m].sentence && !this.speechVerbAt(verb)) verb++;
      }
      const form = t[verb]?.sentence === t[m].sentence ? this.speechVerbAt(verb) : null;
      const cue = form ? this.subjectOf(verb, form, this.sentenceStart(verb)) : null;
      return cue && cue.referent.kind !== 'document' ? cue : null;
    }
    return null;
  }

  /**
   * "a Wall Street Journal editorial", "the White House statement": the body named just before the
   * document noun at tokens[at]. Not a document someone spoke in ("In a White House statement,
   * spokesman Tommy Vietor said": his words), nor one the sentence has someone issue or speak of
   * before it ("Smith posted a CNN video", "McConnell gave a Senate speech").
   */
  private bodyNamedBefore(at: number): Cue | null {
    const t = this.tokens;
    const last = at - 1;
    if (!t[last]?.cap || t[last].possessive) return null;
    // (not `runStart`: a name may hold "a", "Alliance for a Better Future", which "But a White House" is not)
    let start = last;
    while (start > 0 && t[start - 1].cap && !t[start - 1].possessive && !ARTICLES.has(t[start - 1].lower)) start--;
    // the article may come before a date: "A September 2010 Congressional Research Service report"
    let article = start - 1;
    if (/^\d{4}$/.test(t[article]?.text ?? '')) article--;
    if (MONTHS.has(t[article]?.lower ?? '') && t[article].cap) article--;
    if (article < 0 || !ARTICLES.has(t[article].lower) || /^(?:in|during|at)$/.test(t[article - 1]?.lower ?? '')) return null;
    for (let k = this.sentenceStart(at); k < article; k++) {
      if (t[k].kind === 'word' && (ISSUE_VERBS.has(t[k].lower) || DELIVERY_VERBS.test(t[k].lower) || this.speechVerbAt(k))) return null;
    }
    const referent = this.readMention(start, last);
    return referent.kind === 'org' && !referent.lone ? { referent, at: last } : null;
  }

  private readonly lonePeople = new Map<string, Person>();

  /** People the article only describes, by their description without its article ("friend", "smith's step-grandmother"). */
  private readonly describedPeople = new Map<string, Person>();

  /**
   * "the friend", "the mother": the focus or the latest person known by that noun ("His friend
   * thought …" before), else the one described by it alone, else a focus of that noun's gender
   * ("Megan Short recounts …", then "the mother wrote"). Null when none.
   */
  private resolveDescription(noun: string, aged: boolean): Person | null {
    const holder = this.roleHolder(noun);
    if (holder) return holder;
    const gender = GENDERED_PERSON_NOUNS.get(noun);
    const focusFits = gender && this.focus && !this.focus.described && this.focus.gender === gender;
    // "Jose Zuniga … said … ¶ The 52-year-old man": an age added to the noun tells of the one just named
    if (aged && focusFits) return this.focus;
    const described = this.latestDescribed(noun);
    if (described) return described;
    // "A White House foreign policy adviser told reporters … ¶ The official said": "the official"
    // and "the source" are the last unnamed source under any of their nouns
    if (this.lastSource && GENERIC_SOURCES.has(noun)) return this.lastSource;
    return focusFits ? this.focus : null;
  }

  /** The person described latest with that noun ("a DeSantis spokesperson" for "the spokesperson"), or null. */
  private latestDescribed(noun: string): Person | null {
    let described: Person | null = null;
    for (const p of this.describedPeople.values()) if (p.roles.has(noun)) described = p;
    return described;
  }

  /** The unnamed source described or quoted last ("a White House foreign policy adviser"), for "the official". */
  private lastSource: Person | null = null;

  /** The one person the article describes this way, the description as their name. */
  private describedPersonOf(r: { text: string; key: string; noun: string }): Person {
    let person = this.describedPeople.get(r.key);
    if (!person) {
      person = { name: r.text, surname: r.noun, gender: GENDERED_PERSON_NOUNS.get(r.noun) ?? null, roles: new Set([r.noun]), count: 0, described: true };
      this.describedPeople.set(r.key, person);
    }
    // (not "a police officer", as often the one the story is about as a source)
    if (ANONYMOUS_SOURCES.has(r.noun) && r.noun !== 'officer') this.lastSource = person;
    return person;
  }

  /**
   * The one-word name as a possible person: "Clinton said … she added" follows her even though the
   * article never gives her first name. A body spoken of this way ("Facebook") is noted as an
   * organisation too (see `endSentence`).
   */
  private lonePerson(name: string): Person {
    let person = this.lonePeople.get(name);
    if (!person) {
      person = { name, surname: surnameKey(name), gender: null, roles: new Set(), count: 0, lone: true };
      this.lonePeople.set(name, person);
    }
    return person;
  }

  /**
   * The person named in full whose first name this is, unless the word or the name looks like
   * something else: "BuzzFeed" (a capital inside), "Tijuana River" (a common last word).
   */
  private firstNamed(word: string): Person | undefined {
    if (/\p{Lu}/u.test(word.slice(1))) return undefined;
    const person = this.people.withFirstName(word);
    return person && !this.isCommonWord(person.name.slice(person.name.lastIndexOf(' ') + 1)) ? person : undefined;
  }

  private commonWords: Set<string> | null = null;

  /** Whether the article also writes the word in lower case: "Investigators said" is no name. */
  private isCommonWord(word: string): boolean {
    this.commonWords ??= new Set(this.tokens.filter((w) => w.kind === 'word' && w.text === w.lower).map((w) => w.lower));
    return this.commonWords.has(word.toLowerCase());
  }

  private readonly spelledOutCache = new Map<string, string>();

  /**
   * A body's name in full as the article gives it: an acronym's long form ("NFL": "National Football
   * League", "FWS": "U.S. Fish and Wildlife Service"), capitalised words whose initials spell it, with
   * "and", "of" or "for" between them (in three letters or more) and a country's initials before them;
   * else the name with the ending the article adds to it (`withNameEnding`).
   */
  private spelledOut(name: string): string {
    let found = this.spelledOutCache.get(name);
    if (found === undefined) {
      found = (isAcronym(name) ? this.longForm(name) : null) ?? this.withNameEnding(name);
      this.spelledOutCache.set(name, found);
    }
    return found;
  }

  /** The long form of an acronym in the article (see `spelledOut`), or null. */
  private longForm(name: string): string | null {
    const t = this.tokens;
    for (let k = 0; k < t.length; k++) {
      if (t[k].kind !== 'word' || !t[k].cap || t[k].text[0] !== name[0] || t[k].text === name) continue;
      let initials = 0;
      let end = k;
      for (let m = k; m < t.length && m - k < name.length + 4 && t[m].kind === 'word'; m++) {
        if (t[m].cap && t[m].text[0] === name[initials]) {
          initials++;
          end = m;
          if (initials === name.length) break;
        } else if (t[m].text === 'of' && name[initials] === 'O' && initials > 0 && initials + 1 < name.length && t[m + 1]?.text[0] !== 'O') {
          initials++; // "DOJ" is "Department of Justice" (not "BOEM", "Bureau of Ocean Energy Management")
        } else if (name.length < 3 || !/^(?:and|of|for)$/.test(t[m].lower)) break; // "US" is not "Ukraine and Syria"
      }
      // the last word may not go on into a longer name ("National Football League Players"), but
      // a title may follow ("Food and Drug Administration Commissioner Scott Gottlieb")
      if (initials !== name.length || (t[end + 1]?.cap && !isTitle(t[end + 1]))) continue;
      const start = k > 0 && /^(?:\p{Lu}\.)+$/u.test(t[k - 1].text) ? k - 1 : k;
      return t.slice(start, end + 1).map((w) => w.text).join(' ');
    }
    return null;
  }

  /**
   * A body's name as the article gives it in full where that only adds "International", or "News" to
   * initials: "ABC" is "ABC News", "the Safari Club" "Safari Club International". Else the name as it is.
   */
  private withNameEnding(name: string): string {
    const endings = this.nameEndings();
    const ending = endings.get(name);
    if (ending?.has('International')) return `${name} International`;
    // ("News" after initials only, as a network's: "Google News" is no other name for Google)
    return ending?.has('News') && isAcronym(name) ? `${name} News` : name;
  }

  /**
   * For each name of capitalised words that "News" or "International" ends, those endings:
   * "ABC" → {News} (the whole run before the ending: "Radio France International" gives "Radio France", not "France").
   */
  private nameEndings(): Map<string, Set<string>> {
    if (this.endingsOfNames) return this.endingsOfNames;
    const endings = new Map<string, Set<string>>();
    const t = this.tokens;
    for (let k = 1; k < t.length; k++) {
      if (t[k].kind !== 'word' || !/^(?:News|International)$/.test(t[k].text) || t[k + 1]?.cap) continue;
      let j = k;
      while (j > 0 && t[j - 1].kind === 'word' && t[j - 1].cap) j--;
      // (a sentence's "The" is no part of the name: "The Safari Club International")
      if (t[j].lower === 'the' && j < k - 1) j++;
      if (j === k) continue;
      const base = t.slice(j, k).map((w) => w.text).join(' ');
      endings.set(base, (endings.get(base) ?? new Set()).add(t[k].text));
    }
    this.endingsOfNames = endings;
    return endings;
  }

  private endingsOfNames: Map<string, Set<string>> | null = null;

  // -- the running index -----------------------------------------------------------------------

  private compatible(p: Person | null, pronoun: string): p is Person {
    if (!p) return false;
    if (pronoun === 'he') return p.gender !== 'f';
    if (pronoun === 'she') return p.gender !== 'm';
    return false; // "they" is a group: no single person
  }

  /**
   * The person named as the subject of the clause that opens the sentence of a pronoun at tokens[at]
   * ("When Sessions was asked about it, he said"; "After Pulliam's arrest, police said that he
   * expressed"), or null.
   */
  private openingClauseSubject(at: number): Person | null {
    const t = this.tokens;
    let s = this.sentenceStart(at);
    while (s < at && t[s].kind !== 'word') s++;
    let k = at - 2;
    while (k > s && at - k < 30 && !(OPENING_CLAUSE.has(t[k].lower) && t[k - 1].text === ',')) k--;
    if (!OPENING_CLAUSE.has(t[k]?.lower ?? '') || !t[k + 1]?.cap) return null;
    const run = this.runAt.get(k + 1);
    // the opening clause is closed by a comma before the pronoun
    let close = run ? run.end + 1 : at;
    while (close < at && t[close].text !== ',') close++;
    if (!run || close >= at) return null;
    const { reading } = run;
    return this.namesPerson(reading) ? this.people.resolve(reading, run.start) : null;
  }

  /**
   * The person a relative clause holding the pronoun at tokens[at] is about: "Heyer's mother, Susan
   * Bro, who thanked the president for what she called …". Null when there is none. Only a person
   * whose gender is known takes the pronoun: "Latanya Banks, who said he called her" is about
   * someone else.
   */
  private relativeClauseOwner(pronoun: string, at: number): Person | null {
    const t = this.tokens;
    const s = this.sentenceStart(at);
    let k = at - 1;
    while (k > s && t[k].kind === 'word' && t[k].lower !== 'who') k--;
    if (t[k]?.lower !== 'who' || t[k - 1]?.text !== ',') return null;
    const np = this.nounPhraseBackward(k - 2, s);
    if (np?.cue.referent.kind !== 'person') return null;
    const owner = this.attribution(np.cue, false).person;
    return owner?.gender && this.compatible(owner, pronoun) ? owner : null;
  }

  /**
   * he/she: the subject of this sentence, else the subject of a clause opening it ("When Sessions
   * was asked, he said"), else the one a relative clause around it is about, else the one person
   * the sentence before names (`onlyPersonOfSentenceBefore`), else the focus of the
   * narration, else the latest person named. A speaker known by one word ("Clinton joked that …") comes before the focus when it spoke
   * last and nobody named in full came after it, and is the last resort otherwise: one word may
   * also name a body ("Facebook said").
   */
  private resolvePronoun(pronoun: string, at: number): Person | null {
    const subject = this.sentenceSubject;
    const lone = this.loneSpeaker && pronoun !== 'they'
      && this.contentParagraph[this.tokens[at].paragraph] - this.contentParagraph[this.loneSpeaker.paragraph] <= 1 ? this.loneSpeaker : null;
    const opener = this.openingClauseSubject(at);
    // (a subject of the pronoun's own sentence comes first: "Jim Lee interrupted and he responded")
    const ownSubject = this.subjectAt >= this.sentenceStart(at) && this.subjectAt < at;
    const asked = ownSubject ? null : this.askedJustBefore(pronoun, at);
    if (asked) return asked;
    if (this.compatible(subject, pronoun) && this.subjectAt < at) return subject;
    if (opener && this.compatible(opener, pronoun)) return opener;
    const relative = this.relativeClauseOwner(pronoun, at);
    if (relative) return relative;
    // "Pence briefed Speaker Nancy Pelosi and after she tweeted": whose subject is of the other gender,
    // the first person of the pronoun's named after it in the sentence (not an owner, "Trump’s arm")
    const otherGender = subject?.gender && this.subjectAt < at && !this.compatible(subject, pronoun);
    const named = otherGender
      ? this.namedEarlierInSentence(at).find(({ person, start, possessive }) => start > this.subjectAt && !possessive && person.gender && this.compatible(person, pronoun))
      : undefined;
    if (named) return named.person;
    const object = this.onlyPersonOfSentenceBefore(pronoun, at);
    if (object) return object;
    if (lone?.latest && !this.recent.some((p) => this.compatible(p, pronoun) && this.people.lastSeenAt(p) >= lone.start)) return lone.person;
    if (this.compatible(this.focus, pronoun)) return this.focus;
    for (let k = this.recent.length - 1; k >= 0; k--) if (this.compatible(this.recent[k], pronoun)) return this.recent[k];
    return lone?.person ?? null;
  }

  /**
   * Organisations named lately, latest last, with the token they were named at and whether
   * they were the subject of a sentence or a speaker (then "the company" may take them by position).
   */
  private namedOrganisations: { name: string; at: number; actor: boolean }[] = [];

  /** Notes an organisation named at tokens[at]. */
  private noteOrganisation(name: string | null, at: number, actor: boolean): void {
    // an outlet's title alone is a name ("The Times clarified …, what the newspaper called “…”"); `at` is
    // where the name or the noun phrase around it starts
    const outlet = !!name && (this.tokens[at]?.lower === 'the' || this.tokens[at - 1]?.lower === 'the') && MEDIA_NAME.test(name);
    // a name of its own: capitalised, more than the common noun ("Hospital"), not a shouted dateline
    if (!name || !/^\p{Lu}/u.test(name) || !/\p{Ll}|^\p{Lu}{2,6}$/u.test(name) || (ORGANIZATION_NOUNS.has(name.toLowerCase()) && !outlet)) return;
    // a common word opening a sentence ("Critics attacked Facebook") is no body, nor a group ("Maine officials")
    if (!name.includes(' ') && this.isCommonWord(name) && !outlet) return;
    if (GROUP_SPEAKERS.has(name.slice(name.lastIndexOf(' ') + 1))) return;
    // "the Times" after "The New York Times": the outlet by its full title
    const fullTitle = outlet && !name.includes(' ') ? this.latestOrganisation(at, (o) => o.name.endsWith(` ${name}`)) : null;
    this.namedOrganisations.push({ name: fullTitle ?? name, at, actor });
    if (this.namedOrganisations.length > 40) this.namedOrganisations = this.namedOrganisations.slice(-20);
  }

  /**
   * "It said": the organisation that was a subject or a speaker in this sentence or the one before
   * ("The NAACP passed a resolution. It said …"), else whoever was quoted in this paragraph or the
   * one before ("“…,” it says" of a website quoted just before); nobody when neither.
   */
  private attributionOfIt(at: number, explicit: boolean): Attribution {
    const sentence = this.tokens[at].sentence;
    const body = [...this.namedOrganisations].reverse().find((o) => o.actor && sentence - this.tokens[o.at].sentence <= 1);
    if (body) return { speaker: body.name, person: null, explicit };
    const last = this.lastSpeakerNear(at);
    return last?.speaker ? { ...last, explicit } : { ...NONE, explicit };
  }

  /**
   * "the company said": the latest organisation named in the last three paragraphs whose name has
   * that noun ("the department": "Gaston County Police Department"), else the latest one that was a
   * sentence's subject or a speaker in this or the previous paragraph ("Facebook reinstated the
   * ads. … the company said"; for "the police department", one that says police). Null when none: a bare "company" names nobody.
   */
  private resolveOrganisation(noun: string, at: number, police = false): string | null {
    const paragraph = this.contentParagraph[this.tokens[at].paragraph];
    const paragraphOf = (o: { at: number }): number => this.contentParagraph[this.tokens[o.at].paragraph];
    const recent = this.namedOrganisations.filter((o) => paragraph - paragraphOf(o) <= 2).reverse();
    // ("the network" is "ABC News", "the newspaper" "The New York Times")
    const outletName = OUTLET_NOUNS.get(noun);
    const hasNoun = (o: { name: string }): boolean => hasWord(noun)(o) || (outletName?.test(o.name) ?? false);
    const byNoun = recent.find(hasNoun);
    if (byNoun) return byNoun.name;
    // "the paper reported": an outlet of its kind however far back, never a "DA" that was a subject lately
    if (outletName) return this.latestOrganisation(at, hasNoun);
    // ("the police department" is no "Bayou Classic" that was a subject lately: a force's name says police, or is initials, "NOPD")
    // "the group": two paragraphs back too, a body named in words when none was named since
    // ("Civil Human Rights Front wrote … ¶ In addition, … ¶ The group said")
    const kindOfBody = GENERIC_BODY_NOUNS.has(noun);
    const actor = recent.find((o, k) => o.actor && (paragraph - paragraphOf(o) <= 1 || (kindOfBody && k === 0 && o.name.includes(' ')))
      && (!police || hasWord('police')(o) || isAcronym(o.name)));
    if (actor) return actor.name;
    // "the department said", paragraphs after "The state Department of Health said": the last body of
    // that noun, for nouns that seldom name two bodies in one article ("the organization" may be any)
    if (!LASTING_BODY_NOUNS.has(noun)) return null;
    return this.latestOrganisation(at, hasNoun);
  }

  /**
   * The police force an article names before tokens[at] ("Portland Police Bureau"), when it names one
   * force only (of the bodies noted lately, `namedOrganisations`) and no place is set before the police
   * ("In Milwaukee, police said"); else null.
   */
  private onlyPoliceForce(at: number): string | null {
    const forces = new Set(this.namedOrganisations.filter((o) => o.at < at && POLICE_FORCE.test(o.name)).map((o) => o.name));
    if (forces.size !== 1) return null;
    const t = this.tokens;
    const placed = t[at - 1]?.text === ',' && t[at - 2]?.cap && t[runStart(t, at - 2) - 1]?.lower === 'in';
    return placed ? null : [...forces][0];
  }

  /** The name of the latest organisation named before tokens[at] that `matches`, or null. */
  private latestOrganisation(at: number, matches: (o: { name: string }) => boolean): string | null {
    for (let k = this.namedOrganisations.length - 1; k >= 0; k--) {
      const o = this.namedOrganisations[k];
      if (o.at < at && matches(o)) return o.name;
    }
    return null;
  }

  /**
   * "the secretary": the person with that role named earlier in the sentence, else the latest one,
   * else the focus when it is a person of some role. "the Kansas Republican": the focus or the latest
   * person the article ties to Kansas, else as "the Republican" (someone tied to no state may well be
   * from Kansas); never anyone tied to another state or of the other party ("Sen. Jane Doe (D-Ore.)"
   * is no "Republican").
   */
  private resolveRole(role: string, at: number, state?: string): Person | null {
    // (never someone the article ties to another state or gives the other party)
    const other = OTHER_PARTY.get(role);
    const fits = (p: Person | null): Person | null => (p && !(state && p.states && !p.states.has(state)) && !(other && p.roles.has(other)) ? p : null);
    if (state) {
      if (this.focus?.states?.has(state) && fits(this.focus)) return this.focus;
      for (let k = this.recent.length - 1; k >= 0; k--) if (this.recent[k].states?.has(state) && fits(this.recent[k])) return this.recent[k];
    }
    // ("Vindman corrected Nunes after the Republican referred to him …": for a party, a lawmaker named
    // earlier in the sentence whom the article gives no other party)
    const lawmaker = other ? this.earlierInSentence(at, (p) => p.roles.has('lawmaker') && !p.roles.has(other)) : null;
    return fits(this.holderEarlierInSentence(role, at)) ?? lawmaker ?? fits(this.roleHolder(role)) ?? fits(this.focus);
  }

  /**
   * The person holding `role` named in the sentence before tokens[at], which the running index has
   * not taken in yet: "… showing North Carolina Rep. Bob Etheridge in a confrontation, the lawmaker said".
   */
  private holderEarlierInSentence(role: string, at: number): Person | null {
    return this.earlierInSentence(at, (p) => p.roles.has(role));
  }

  /** The latest person named in the sentence before tokens[at] (see `namedEarlierInSentence`) who `fits`, or null. */
  private earlierInSentence(at: number, fits: (p: Person) => boolean): Person | null {
    return this.namedEarlierInSentence(at).reverse().find(({ person }) => fits(person))?.person ?? null;
  }

  /**
   * The people named in the sentence before tokens[at], which the running index has not taken in yet, in
   * order, each with where and whether it is named as an owner ("Trump’s arm").
   */
  private namedEarlierInSentence(at: number): { person: Person; start: number; possessive: boolean }[] {
    const named: { person: Person; start: number; possessive: boolean }[] = [];
    for (let k = this.nextRun; k < this.runs.length && this.runs[k].start < at; k++) {
      const { reading, start, end } = this.runs[k];
      if (this.namesPerson(reading)) named.push({ person: this.people.resolve(reading, start), start, possessive: this.tokens[end].possessive });
    }
    return named;
  }

  /**
   * "Jiang asked Trump about … “…,” he responded": the person the sentence before says was asked, when
   * the pronoun's verb answers; null otherwise.
   */
  private askedJustBefore(pronoun: string, at: number): Person | null {
    const t = this.tokens;
    let verb = at + 1;
    while (t[verb]?.kind === 'word' && isAdverb(t[verb].lower)) verb++;
    if (!ANSWER_VERBS.has(t[verb]?.lower ?? '')) return null;
    const start = this.sentenceStart(at);
    if (start === 0) return null;
    for (let k = start - 1; k >= 0 && t[k].sentence === t[start - 1].sentence; k--) {
      if (!ASKING_VERBS.has(t[k].lower) || t[k + 1]?.kind !== 'word' || !t[k + 1].cap) continue;
      // (not in a relative clause: "Jane Roe, who questioned Tom Smith, …")
      if (RELATIVE_PRONOUNS.has(t[k - 1]?.lower ?? '')) return null;
      // (someone the article calls by the surname alone too: "asked Trump")
      const asked = this.attribution({ referent: this.readMention(k + 1, runEnd(t, k + 1)), at: k + 1 }, true).person;
      return asked && this.compatible(asked, pronoun) ? asked : null;
    }
    return null;
  }

  /**
   * "That did not satisfy Justice Antonin Scalia. “…,” he said.": the one person the sentence before,
   * in the same paragraph, names when its subject is no one ("That"), rather than an earlier focus.
   * Null when that sentence has someone for its subject or speaker, names several people or someone in
   * passing (see `SentenceBefore`), or none of the pronoun's gender or with a title.
   */
  private onlyPersonOfSentenceBefore(pronoun: string, at: number): Person | null {
    const before = this.sentenceBefore;
    const start = this.sentenceStart(at);
    if (!before || before.subject || before.end !== start - 1 || before.paragraph !== this.tokens[at].paragraph) return null;
    const [only] = before.people;
    // (of the pronoun's gender or with a title: a run of capitals otherwise is as often no one, "Capitol Hill")
    return before.people.size === 1 && !before.aside && (only.gender || only.roles.size > 0) && this.compatible(only, pronoun) ? only : null;
  }

  /**
   * "her aunt": the person named as the aunt of someone "her" may be ("Saunders, Solomon's aunt"),
   * the one in focus first, then those mentioned lately; null when no one is.
   */
  private relationOf(pronoun: string, noun: string): Person | null {
    const candidates = this.focus ? [...this.recent, this.focus] : this.recent;
    for (let k = candidates.length - 1; k >= 0; k--) {
      const whose = candidates[k];
      const holder = this.compatible(whose, pronoun) ? this.roleHolder(relation(noun, whose.surname)) : null;
      if (holder && holder !== whose) return holder;
    }
    return null;
  }

  /**
   * "his dad said" when the article names no father: Syed's father, by whom the pronoun names
   * ("Ali Syed's father"), one person however the article words it again. Null when the pronoun
   * names no one.
   */
  private relativeOf(pronoun: string, text: string, noun: string, at: number): Person | null {
    // (a relative who spoke before is no one's "his": "his dad said …", then "his mother said")
    // (someone who spoke or acted: not a place read as a name, "Shady View Drive", nor a photo credit)
    const owns = (p: Person | null): p is Person => this.compatible(p, pronoun) && !p.described && this.people.hasActed(p);
    const resolved = this.resolvePronoun(pronoun, at);
    const whose = this.coordinatedOwner(pronoun, at)
      ?? (owns(resolved) ? resolved : [...this.recent, ...(this.focus ? [this.focus] : [])].reverse().find(owns));
    const kin = KIN_WORDS.get(noun) ?? noun;
    // ("John Doe, a father of five", "Rashid Syed, Syed's father" is no one's "his father" but may be that father himself)
    if (!whose || [...whose.roles].some((role) => role === kin || role === noun || role.startsWith(`${kin} of `))) return null;
    const modifiers = text.split(' ').slice(1, -1);
    // a junior's father has his name ("Donald Trump Jr.'s father" is Donald Trump)
    const name = (kin === 'father' ? juniorsFatherName(whose.name) : null) ?? [`${whose.name}'s`, ...modifiers, kin].join(' ');
    const relative = this.describedPersonOf({ text: name, key: relation(kin, whose.surname), noun: kin });
    relative.roles.add(noun); // "the dad said" names him again
    return relative;
  }

  /** "Mrs. Kelley and her husband": the person joined by "and" to the description around tokens[at], or null. */
  private coordinatedOwner(pronoun: string, at: number): Person | null {
    const t = this.tokens;
    let p = at;
    while (p > at - 5 && p > 0 && POSSESSIVE_PRONOUNS.get(t[p].lower) !== pronoun) p--;
    if (POSSESSIVE_PRONOUNS.get(t[p].lower) !== pronoun || t[p - 1]?.lower !== 'and') return null;
    const np = this.nounPhraseBackward(p - 2, this.sentenceStart(p));
    const owner = np?.cue.referent.kind === 'person' ? this.attribution(np.cue, false).person : null;
    return owner && this.compatible(owner, pronoun) ? owner : null;
  }

  /** The person in focus or mentioned lately who holds `role`, or null. */
  private roleHolder(role: string): Person | null {
    if (this.focus?.roles.has(role)) return this.focus;
    for (let k = this.recent.length - 1; k >= 0; k--) if (this.recent[k].roles.has(role)) return this.recent[k];
    return null;
  }

  private subjectAt = -1;
  /** Token index of the verb of the sentence's main clause (see `mainClauseSubject`); -1 when none. */
  private mainVerbAt = -1;
  /** Whether the sentence's subject is someone, named or not ("the man", "LaPierre", "he"), not "That". */
  private subjectSomeone = false;

  /**
   * The person who is the subject of the sentence's main clause: the noun phrase before the first
   * finite verb that is not inside a subordinate clause ("On Friday, the day that Mr. Stone stood
   * on the steps, Mr. Trump bashed…" is about Trump). Null when it is not a person, or when the
   * sentence is a reporter's `credit` (`isReporterCredit`).
   */
  private findSentenceSubject(s: number, e: number, credit: boolean): Person | null {
    this.subjectAt = -1;
    this.sentenceSubject = null;
    this.subjectSomeone = false;
    if (credit) return null;
    const main = this.mainClauseSubject(s, e);
    this.mainVerbAt = main?.verb ?? -1;
    const clause = main ?? this.passiveMainClause(s, e);
    if (!clause) return null;
    let { subject } = clause;
    let a = this.attribution(subject.cue, false);
    this.subjectSomeone = a.speaker !== null;
    this.noteGroup(a, this.tokens[s].sentence);
    if (a.person) this.people.acted(a.person);
    if (!a.person || a.person.lone) this.noteOrganisation(a.speaker, subject.start, true);
    // "Houston Police don't know yet who pulled the trigger, but Melvin Jarmon Sr. … hopes": the
    // person who is the subject of the clause after "but" (the body before it is still noted)
    const but = a.person ? -1 : this.butClauseAfter(clause.verb, e);
    // ("The move was cheered by Rep. Adam B. Schiff": the agent of a passive main verb)
    const second = (but >= 0 ? this.mainClauseSubject(but + 1, e)?.subject : undefined) ?? (a.person ? undefined : this.passiveMainClause(s, e)?.subject);
    const secondReading = second && this.attribution(second.cue, false);
    if (second && secondReading?.person) {
      subject = second;
      a = secondReading;
      if (a.person!.lone) this.noteOrganisation(a.speaker, subject.start, true);
    }
    this.subjectAt = subject.start;
    // "Bolyard herself makes clear": one word that a reflexive pronoun follows is a person, of its gender
    const reflexive = REFLEXIVE_GENDER.get(this.tokens[subject.cue.at + 1]?.lower ?? '');
    if (a.person?.lone && reflexive) {
      a.person.gender = reflexive;
      return a.person;
    }
    // a one-word subject is a place or a body as often as a person ("Officials", "Washington"), and
    // "a man" in "A man was shot" need not speak again: no focus
    return a.person?.lone || a.person?.described ? null : a.person;
  }

  /**
   * A main clause whose subject names no one and whose passive verb names its agent ("That sentiment
   * was echoed by Iranian President Hassan Rouhani on Monday", "The move was cheered by Rep. Adam B.
   * Schiff"): the agent, as its subject. Not when someone owns the subject ("Her life was changed by").
   */
  private passiveMainClause(s: number, e: number): { subject: { cue: Cue; start: number }; verb: number } | null {
    const t = this.tokens;
    let first = s;
    while (first <= e && t[first].kind === 'para') first++;
    for (let v = first; v <= e && v - first < MAX_PASSIVE_SUBJECT_TOKENS; v++) {
      // ("That sentiment": a determiner; "Her life was changed by …" still tells of her)
      if (t[v].kind !== 'word' || (SUBORDINATORS.has(t[v].lower) && !(v === first && t[v].lower === 'that')) || POSSESSIVE_PRONOUNS.has(t[v].lower)) return null;
      if (!BE_FORMS.has(t[v].lower)) continue;
      const agent = this.agentOfPassive(v, e);
      return agent ? { subject: agent, verb: v } : null;
    }
    return null;
  }

  /**
   * The person the passive verb after "be" at tokens[v] names as its agent ("was echoed by Iranian
   * President Hassan Rouhani", "was later confirmed by Smith"); null for any other verb or agent.
   */
  private agentOfPassive(v: number, e: number): { cue: Cue; start: number } | null {
    const t = this.tokens;
    let participle = v + 1;
    if (t[participle] && isAdverb(t[participle].lower)) participle++;
    if (t[participle]?.kind !== 'word' || !/(?:ed|en)$/.test(t[participle].lower) || t[participle + 1]?.lower !== 'by') return null;
    const agent = this.nounPhraseForwardWithEnd(participle + 2, e);
    // (a person: one capitalised word may be a body, "published by WikiLeaks")
    const person = agent && this.attribution(agent.cue, false).person;
    return agent && person && !person.lone ? { cue: agent.cue, start: participle + 2 } : null;
  }

  /**
   * Whether tokens[v] is a verb in the present tense after a named person and their appositive:
   * "Melvin Jarmon Sr., De'Maree's grandfather, hopes", or their reflexive: "Bolyard herself makes".
   * A word in -s after a name alone may be a plural ("Trump supporters say"); after the
   * appositive's comma or the reflexive it is the verb.
   */
  private presentAfterAppositive(v: number, s: number): boolean {
    const t = this.tokens;
    if (t[v].cap || !/^[a-z]{2,}[^su']s$/.test(t[v].lower) || v - 1 < s) return false;
    if (this.presentAfterKnownName(v)) return true;
    if (v - 1 === s) return false;
    // "Bolyard herself makes": a reflexive after a name is followed by its verb
    if (REFLEXIVE_GENDER.has(t[v - 1].lower)) return t[v - 2].cap;
    if (t[v - 1].text !== ',') return false;
    const np = this.nounPhraseBackward(v - 1, s);
    return np?.cue.referent.kind === 'person' && t[np.start].cap;
  }

  /**
   * "Hicks worries about Eagan's wife": after the surname of someone the article has named, a word
   * in -s that names no people or body, followed by a preposition, is the verb ("Trump supporters
   * say", "Trump tweets are" stay nouns; "Bell explores the …" of a caption is left alone too).
   */
  private presentAfterKnownName(v: number): boolean {
    const t = this.tokens;
    const name = t[v - 1];
    if (name.kind !== 'word' || !name.cap || name.possessive || !this.people.has(surnameKey(name.text))) return false;
    const singular = t[v].lower.replace(/e?s$/, '');
    if (GROUP_SPEAKERS.has(t[v].lower) || [singular, t[v].lower.slice(0, -1)].some((w) => describedNoun(w) || ORGANIZATION_NOUNS.has(w))) return false;
    const next = t[v + 1];
    return next?.kind === 'word' && PREPOSITIONS.has(next.lower);
  }

  /** Where ", but" opens a second main clause after the verb at tokens[v] (the index of "but"), or -1. */
  private butClauseAfter(v: number, e: number): number {
    const t = this.tokens;
    for (let k = v + 1; k < e; k++) if (t[k].text === ',' && t[k + 1].lower === 'but') return k + 1;
    return -1;
  }

  /**
   * The subject of the main clause in tokens[s..e] and its verb: the noun phrase before the first
   * finite verb that is not inside a subordinate clause.
   */
  private mainClauseSubject(s: number, e: number, strict = false): { subject: { cue: Cue; start: number }; verb: number } | null {
    const t = this.tokens;
    let subordinate = false;
    const asides = this.dashAsides(s, e, s + 59);
    let aside = 0;
    for (let v = s; v <= e && v - s < 60; v++) {
      const w = t[v];
      // an aside between dashes holds no verb of the main clause
      while (aside < asides.length && asides[aside][1] <= v) aside++;
      if (aside < asides.length && asides[aside][0] < v) continue;
      if (w.kind === 'punct' && w.text === ',') subordinate = false;
      if (w.kind === 'quote') subordinate = false;
      if (w.kind !== 'word') continue;
      if (SUBORDINATORS.has(w.lower)) subordinate = true;
      if (subordinate || !(this.isFiniteVerb(w) || this.presentAfterAppositive(v, s)) || (SPEECH_VERBS.has(w.lower) && !this.speechVerbAt(v) && !this.goesOn(v))) continue;
      const j = this.skipModifiersBackward(v - 1, s);
      if (j < s) continue;
      const np = this.subjectEndingAt(j, s, v);
      const opener = np && PREPOSITIONS.has(t[np.start - 1]?.lower ?? '') ? this.nameBeforePrepositions(s, np.start - 1) : null;
      if (opener) return { subject: opener, verb: v };
      if (!strict) {
        if (np) return { subject: np, verb: v };
        continue;
      }
      // Strict: the first verb's subject, unless it follows a preposition ("In another post made by
      // Guyger, she discussed"); not a later verb's when that cannot be read ("The headline … was not
      // what the Romney campaign had in mind").
      if (!np) return null;
      const before = np.start - 1;
      if (!PREPOSITIONS.has(t[before]?.lower ?? '')) return { subject: np, verb: v };
      // a preposition inside the subject ("The headline on the main page for London's … site was") hides its head
      if (before > s && t[before - 1].text !== ',' && t[before - 1].kind !== 'para') return null;
    }
    return null;
  }

  /**
   * The asides between dashes in tokens[s..e] that open by tokens[until], each as the indexes of its two
   * dashes: "Asked about Tlaib's language ― the congresswoman vowed to … ― Pelosi said". A dash before
   * the first word in lower case outside brackets ends a dateline or opens the sentence ("WASHINGTON
   * (AP) — …", "— Smith laughed") and opens none.
   */
  private dashAsides(s: number, e: number, until = e): [number, number][] {
    const t = this.tokens;
    const asides: [number, number][] = [];
    let depth = 0;
    let prose = false;
    let open = -1;
    for (let k = s; k <= e && (k <= until || open >= 0); k++) {
      const w = t[k];
      if (w.text === '(') depth++;
      else if (w.text === ')') depth--;
      else if (depth === 0 && w.kind === 'word' && /\p{Ll}/u.test(w.text)) prose = true;
      if (!prose || !isDash(w)) continue;
      if (open < 0) open = k;
      else {
        asides.push([open, k]);
        open = -1;
      }
    }
    return asides;
  }

  /**
   * The subject whose phrase ends at tokens[j], before the verb at tokens[v]: someone described with
   * a clause ("A man who lives near …"), the one an aside names ("Another member … – Sen. Marco
   * Rubio – issued"), else the noun phrase itself.
   */
  private subjectEndingAt(j: number, lowerBound: number, v: number): { cue: Cue; start: number } | null {
    return this.appositiveLeftOpen(j, lowerBound) ?? this.describedWithClause(j, lowerBound) ?? this.describedWithParticiple(j, lowerBound)
      ?? this.namedInAside(this.nounPhraseBackward(j, lowerBound), j, v);
  }

  /**
   * The person whose appositive is left open before the verb, their name opening the sentence or a
   * clause after a comma: "Jim Ready, Manager of the city's Regulated Industries said", "…, Lt. Bryan
   * Taylor, a spokesman for the sheriff's office said" (a named spokesperson is the person, not the body).
   */
  private appositiveLeftOpen(j: number, lowerBound: number): { cue: Cue; start: number } | null {
    const t = this.tokens;
    // back over what the role is in ("the city's Regulated Industries") to the word that links it
    let link = j;
    while (link > lowerBound && j - link < MAX_APPOSITIVE_TOKENS && t[link].kind === 'word' && !ROLE_LINKS.has(t[link].lower)
      && !SUBORDINATORS.has(t[link].lower) && !this.isFiniteVerb(t[link])) link--;
    if (link === j || link - 1 < lowerBound || !ROLE_LINKS.has(t[link].lower) || !(describedNoun(t[link - 1].lower) || isTitle(t[link - 1]))) return null;
    // the role, with its article and a word or two that qualify it ("a spokesman", "senior vice president"),
    // nothing that joins or says more ("his son, John Doe, and the mother of the boy said")
    let comma = link - 2;
    while (comma > lowerBound && link - comma <= 4 && t[comma].kind === 'word' && !/^(?:and|or|but)$/.test(t[comma].lower) && !this.isFiniteVerb(t[comma])) comma--;
    if (comma <= lowerBound || t[comma].text !== ',') return null;
    const name = this.nounPhraseBackward(comma - 1, lowerBound);
    return name?.cue.referent.kind === 'person' && (name.start === lowerBound || t[name.start - 1].text === ',') ? name : null;
  }

  /**
   * Someone described, or a group, with a participle phrase that ends at tokens[j]: "The senior IRS
   * official briefing the press just said" (not the press), "…," senators leaving the meeting room said",
   * "Lawyers representing the grieving families said" (a group noun that opens the sentence).
   */
  private describedWithParticiple(j: number, lowerBound: number): { cue: Cue; start: number } | null {
    const t = this.tokens;
    // (not an appositive closed by a comma: "Kellyanne Conway, a special advisor to Trump speaking at the White House, said")
    if (t[j]?.kind !== 'word') return null;
    for (let k = j - 1; k > lowerBound && j - k < 8 && t[k].kind === 'word' && !this.isFiniteVerb(t[k]); k--) {
      // a participle takes an object or a preposition ("briefing the press", "speaking at"); an -ing word
      // before a noun is part of it ("a police shooting expert", "the meeting room")
      const next = t[k + 1];
      // ("another man wearing pajama pants told": after a person, a noun with no article is its object)
      const takesObject = next.cap || DETERMINERS.has(next.lower) || PREPOSITIONS.has(next.lower) || PRONOUNS.has(next.lower)
        || (next.kind === 'word' && describedNoun(t[k - 1].lower) !== null);
      if (t[k].cap || !/^\p{Ll}{2,}ing$/u.test(t[k].text) || PREPOSITIONS.has(t[k].lower) || !takesObject) continue;
      // "Lawyers representing the grieving families said": a group noun capitalised as the sentence's first word
      const opener = t[k - 1];
      if (opener.cap && GROUP_SPEAKERS.has(opener.lower) && k - 1 === this.sentenceStart(k - 1))
        return { cue: { referent: groupOf([opener]), at: k - 1 }, start: k - 1 };
      const np = this.nounPhraseBackward(k - 1, lowerBound);
      const kind = np?.cue.referent.kind;
      // (not the object of a preposition, "with the justices deliberating over a case argued", nor an
      // appositive left open, "Mary Smith, a lawyer representing the families said")
      const start = np?.start ?? 0;
      const name = t[start - 2]?.cap ? this.runAt.get(runStart(t, start - 2)) : undefined;
      const attached = PREPOSITIONS.has(t[start - 1]?.lower ?? '') || (t[start - 1]?.text === ',' && name !== undefined && this.namesPerson(name.reading));
      if (!np || attached || (kind !== 'described' && kind !== 'group')) return null;
      // ("another man wearing pajama pants": someone new is told apart by the phrase, as by a clause after "who")
      const referent = np.cue.referent;
      // (not "an official speaking on condition of anonymity", "a witness talking to reporters": how, not who)
      if (referent.kind !== 'described' || !/^(?:a|an|another)$/.test(t[np.start].lower) || SPEAKING_PARTICIPLES.test(t[k].lower)) return np;
      const phrase = t.slice(k, j + 1).map(spell).join(' ');
      return { cue: { ...np.cue, referent: { ...referent, text: `${referent.text} ${phrase}`, key: `${referent.key} ${phrase.toLowerCase()}` } }, start: np.start };
    }
    return null;
  }

  /**
   * Someone described with the clause that says which one they are, when it ends at tokens[j]: "A man
   * who lives near the house on Wintergreen said" (not Wintergreen), "Another woman who wished to
   * remain anonymous told". Not a clause with a subject of its own ("a man who police said"), nor
   * one after "the": "The man who killed three officers" is someone the article names.
   */
  private describedWithClause(j: number, lowerBound: number): { cue: Cue; start: number } | null {
    const t = this.tokens;
    let r = j;
    // (not "A congressional official who was briefed said senior officials had explained": a clause of its own)
    while (r > lowerBound && j - r < 16 && t[r].kind === 'word' && t[r].lower !== 'who' && !SPEECH_VERBS.has(t[r].lower)) r--;
    if (t[r].lower !== 'who' || r === j || r - 2 < lowerBound) return null;
    const next = t[r + 1];
    if (next.cap || PRONOUNS.has(next.lower) || GROUP_SPEAKERS.has(next.lower) || DETERMINERS.has(next.lower)) return null;
    let d = r - 1;
    while (d > lowerBound && r - d <= 4 && t[d].kind === 'word' && !ARTICLES.has(t[d].lower)) d--;
    if (!ARTICLES.has(t[d].lower) || t[d].lower === 'the') return null;
    const head = describedPerson(t.slice(d, r));
    if (head?.kind !== 'described') return null;
    const text = t.slice(d, j + 1).map(spell).join(' ');
    const clause = t.slice(r, j + 1).map(spell).join(' ').toLowerCase();
    const referent: Referent = { ...head, text: text[0].toLowerCase() + text.slice(1), key: `${head.key} ${clause}` };
    return { cue: { referent, at: r - 1 }, start: d };
  }

  /**
   * The person a dash aside after a description names: "Another member of the Gang of Eight – Sen.
   * Marco Rubio (R) of Florida – issued" is Rubio. `np` ends at tokens[j], the verb is tokens[v].
   */
  private namedInAside(np: { cue: Cue; start: number } | null, j: number, v: number): { cue: Cue; start: number } | null {
    if (np?.cue.referent.kind !== 'described' || !isDash(this.tokens[j + 1])) return np;
    const named = this.nounPhraseForwardWithEnd(j + 2, v - 1);
    return named?.cue.referent.kind === 'person' ? { cue: named.cue, start: np.start } : np;
  }

  /**
   * The name a sentence opens with when prepositional phrases run from it to the noun before the
   * verb (tokens[before] is a preposition): "Trump in several tweets responding to Corker's
   * comments on NBC repeated" is about Trump, not NBC.
   */
  private nameBeforePrepositions(s: number, before: number): { cue: Cue; start: number } | null {
    const t = this.tokens;
    while (t[s]?.kind === 'para') s++;
    const run = this.runAt.get(s);
    const { reading } = run ?? {};
    // a name surely: a surname named in full elsewhere, a title, or a known first name ("Russian Collusion with" is none)
    const named = reading && this.people.has(reading.surname) && (reading.kind === 'surname' || (reading.kind === 'person'
      && (reading.roles.length > 0 || FIRST_NAME_GENDER.has(reading.name.split(' ')[0].toLowerCase()))));
    if (!run || !named || !PREPOSITIONS.has(t[run.end + 1]?.lower ?? '')) return null;
    for (let k = run.end + 1; k < before; k++) if (t[k].kind !== 'word' || this.isFiniteVerb(t[k])) return null;
    return this.nounPhraseBackward(run.end, s);
  }

  /**
   * Whose words follow the colon at tokens[colon] when the clause before it has no speech verb:
   * "a tart rejoinder from Mr. Cameron:", "Trump lashed out at his critics on Twitter:", "the
   * company was clear:". Not the one asked or told ("He was asked:"): the question is someone else's.
   */
  private colonIntroduction(from: number, colon: number): Cue | null {
    const t = this.tokens;
    const relayed = this.relayedWords(from, colon);
    if (relayed) return relayed;
    const np = this.nounPhraseBackward(colon - 1, from);
    const source = np && np.start - 1 > from && t[np.start - 1].lower === 'from' && speaksFor(np.cue.referent) ? np : null;
    if (source && WORDS_NOUNS.has(t[source.start - 2].lower)) return source.cue;
    // "Here's more about the plan from The Associated Press:" has no one for its subject
    return this.colonClauseSubject(from, colon) ?? source?.cue ?? null;
  }

  /**
   * "The Alaska Dispatch reported the apology:", "CNN obtained his statement:": the words after the
   * colon at tokens[colon] are those of whoever made the statement, not of who passed it on.
   */
  private relayedWords(from: number, colon: number): Cue | null {
    const t = this.tokens;
    if (colon - 3 < from) return null;
    const [verb, owner, noun] = [t[colon - 3], t[colon - 2], t[colon - 1]];
    if (!RELAYING_VERBS.has(verb.lower) || !(isDocumentNoun(noun.lower) || OWN_WORDS_NOUNS.has(noun.lower))) return null;
    // "reported his statement:", "reported Young's apology:", "reported the apology:"
    return this.possessor(colon - 2, from) ?? (owner.lower === 'the' ? { referent: { kind: 'document' }, at: colon - 1 } : null);
  }

  /** The subject of the clause before the colon at tokens[colon], when it is someone who may speak. */
  private colonClauseSubject(from: number, colon: number): Cue | null {
    const t = this.tokens;
    const clause = this.mainClauseSubject(from, colon - 1, true);
    if (!clause) return null;
    const { cue, start } = clause.subject;
    if (!speaksFor(cue.referent)) return null;
    // "Iowa GOP official says Christians should …:": the subject of what was said, whose speaker could not be read
    for (let k = start - 1; k >= from && t[k].text !== ','; k--) if (this.speechVerbAt(k) === 'finite') return null;
    for (let k = clause.verb; k < colon; k++) if (ADDRESSED.has(t[k].lower) && BE_FORMS.has(t[k - 1].lower)) return null;
    return cue;
  }

  /**
   * Whether the sentence is a reporter's credit under a video ("NBC's Peter Alexander reports."): five
   * words or fewer, no quote, a name and then "reports." or "reported." ending it. Its reporter takes
   * no part in the story. (Not "Reuters reported:", which introduces what follows, nor "No injuries were reported.")
   */
  private isReporterCredit(s: number, e: number): boolean {
    const t = this.tokens;
    const name = t[e - 2];
    if (!/^report(?:s|ed)$/.test(t[e - 1]?.lower ?? '') || t[e].text !== '.' || e - 2 < s || name.kind !== 'word' || !name.cap || PRONOUNS.has(name.lower)) return false;
    let words = 0;
    for (let k = s; k <= e; k++) {
      if (t[k].kind === 'quote') return false;
      if (t[k].kind === 'word') words++;
    }
    return words <= 5;
  }

  /** A sentence without quotes that reports speech ("Rubio also said that…", "Fox tweeted in response:"). */
  private reportedSpeech(s: number, e: number): Attribution | null {
    // "The president did not order it, according to Mr. Short.": the source speaks (also when a
    // verb names no one: "The committees weren't informed, according to a congressional aide")
    const verbCue = this.outerSpeaker(s, e, this.cueBefore(s, e));
    const byVerb = verbCue ? this.attribution(verbCue, true) : null;
    const source = byVerb?.speaker ? null : this.accordingTo(s, e);
    const cue = source ?? verbCue;
    if (!cue) return null;
    const a = source ? this.attribution(source, true) : byVerb!;
    // Speech reported below the main clause, of someone other than its subject ("Musk dismissed
    // suggestions … Trump, who has blasted the media"), leaves the narration with the subject.
    if (cue.subordinate && this.sentenceSubject && a.person !== this.sentenceSubject) return null;
    return a;
  }

  /**
   * "He said Trump asked him four times": speech reported inside what a person said, the main
   * clause's speaker, is theirs to tell. A body's report ("Police said Smith told officers") stays
   * with the one it reports.
   */
  private outerSpeaker(s: number, e: number, inner: Cue | null): Cue | null {
    if (!inner || inner.subordinate) return inner;
    const main = this.mainClauseSubject(s, e);
    if (!main || main.verb >= inner.at || !SPEECH_VERBS.has(this.tokens[main.verb].lower) || !this.speechVerbAt(main.verb)) return inner;
    // what follows a break is a clause of its own ("…, Varga said", "…, though Graham said")
    if (this.tokens.slice(main.verb + 1, inner.at).some((w) => w.kind !== 'word')) return inner;
    return this.attribution(main.subject.cue, false).person ? main.subject.cue : inner;
  }

  /**
   * The subject who tells, in the main clause, of what someone else said: "Gary Urich said Myers
   * wouldn't even say as much as ‘Hi’ to him" is Urich's account, and the narration stays with him.
   */
  private reporterOf(speaker: Person, quoteAt: number): Person | null {
    const subject = this.sentenceSubject;
    const verb = this.mainVerbAt;
    // (not speech reported without a quote, whose speaker `reportedSpeech` has chosen already)
    if (!subject || subject === speaker || quoteAt < 0) return null;
    if (verb < 0 || verb > quoteAt || !SPEECH_VERBS.has(this.tokens[verb].lower)) return null;
    // (what the verb reports runs on to the quote: not "Smith said he was tired, and Jones replied: “…”")
    const t = this.tokens;
    for (let k = verb + 1; k < quoteAt; k++) {
      if (t[k].text === ';' || (/^(?:and|but|or)$/.test(t[k].lower) && t[k - 1].text === ',')) return null;
    }
    return subject;
  }

  private setFocus(person: Person): void {
    this.focus = person;
    if (this.loneSpeaker) this.loneSpeaker.latest = false;
  }

  /** Updates the running index with the people of the finished sentence. */
  private endSentence(s: number, e: number, cue: Attribution | null, quoteAt: number): void {
    const t = this.tokens;
    // where a clause opens (not at an opening demonstrative "That"): a name after it is named in passing
    let first = s;
    while (first < e && t[first].kind === 'para') first++;
    let clause = first + Number(t[first].lower === 'that');
    while (clause <= e && !SUBORDINATORS.has(t[clause].lower)) clause++;
    const named: SentenceBefore = { end: e, paragraph: t[e].paragraph, people: new Set(), aside: t[e].text === '?', subject: this.subjectSomeone || !!cue?.speaker };
    for (; this.nextRun < this.runs.length && this.runs[this.nextRun].start <= e; this.nextRun++) {
      const { start, end, reading, state, party } = this.runs[this.nextRun];
      if (this.namesPerson(reading)) {
        const person = this.people.resolve(reading, start);
        named.people.add(person);
        named.aside ||= t[end].possessive || clause < start;
        if (state) (person.states ??= new Set()).add(state);
        if (party) person.roles.add(party);
        // "reporter Amy Robach", "police chief Michael Ciminelli": a role written in lower case before
        // the name, whom "the correspondent", "the police chief" find
        // (not a verb: "will host Shinzo Abe", "films that star Tom Hanks")
        const twoBefore = t[start - 2]?.lower ?? '';
        const asVerb = MODALS.has(twoBefore) || PRONOUNS.has(twoBefore) || /^(?:to|that|who|which)$/.test(twoBefore);
        const noun = t[start - 1]?.kind === 'word' && !t[start - 1].cap && !asVerb ? describedNoun(t[start - 1].lower) : null;
        for (const r of noun ? ROLE_SYNONYMS.get(noun) ?? [noun] : []) person.roles.add(r);
        // "A spokesperson for Charles Schumer said": the one "the spokesperson added" speaks for
        if (t[start - 1]?.lower === 'for' && SPEAKING_FOR.has(t[start - 2]?.lower ?? '') && t[start - 2].kind === 'word') person.roles.add(t[start - 2].lower);
        this.recent.push(person);
      } else if (reading.kind === 'org') this.noteOrganisation(this.spelledOut(reading.name), start, false);
    }
    this.sentenceBefore = named;
    if (this.recent.length > 60) this.recent = this.recent.slice(-30);
    if (this.sentenceSubject) this.setFocus(this.sentenceSubject);
    this.previousSubject = this.sentenceSubject;
    if (cue) {
      this.noteGroup(cue, t[s].sentence);
      if (cue.person?.lone) this.loneSpeaker = { person: cue.person, paragraph: t[s].paragraph, start: s, latest: true };
      else if (cue.person) this.setFocus(this.reporterOf(cue.person, quoteAt) ?? cue.person);
      // when the quote sits in an aside between dashes, the main clause after it says whom the narration
      // follows: "Asked about Tlaib's “colorful language” ― she vowed to “impeach …” ― Pelosi said it was …"
      const subject = this.sentenceSubject;
      const aside = subject && quoteAt >= 0 ? this.dashAsides(s, e).find(([open, close]) => open < quoteAt && quoteAt < close) : undefined;
      if (subject && aside && this.subjectAt > aside[1]) this.setFocus(subject);
      if (!cue.person || cue.person.lone) this.noteOrganisation(cue.speaker, s, true);
      this.lastCue = { attribution: cue, paragraph: t[s].paragraph, sentence: t[s].sentence };
    } else if (this.sentenceSubject && this.lastCue?.attribution.person && this.lastCue.attribution.person !== this.sentenceSubject) {
      // Another person takes over the narration: a following bare quote is no longer theirs.
      this.lastCue = null;
    }
  }
}

/**
 * The speaker of each quote, by the fullest name the article gives them ("Mr. Steele" becomes
 * "Michael Steele" when the article names him in full), or an organisation ("State Department").
 * One entry per quote, in input order; null when the text does not say who is quoted.
 */
export function attributeSpeakers(text: string, quotes: readonly QuoteSpan[]): (string | null)[] {
  const order = quotes.map((_, i) => i).filter((i) => quotes[i].depth === 0);
  order.sort((a, b) => quotes[a].openAt - quotes[b].openAt);
  const tokens = tokenize(text, quotes, order);
  const attributor = new Attributor(tokens);
  const speakers = attributor.run(quotes.length).map((a) => a.speaker);
  // Quotations inside quotations, in order, each with the top-level one around it (top-level ones
  // never overlap: the last one opened before it) and the end of the previous one inside that.
  const nested = quotes.map((_, i) => i).filter((i) => quotes[i].depth > 0).sort((a, b) => quotes[a].openAt - quotes[b].openAt);
  let o = -1;
  let from = 0;
  let previous = -1;
  for (const i of nested) {
    const inner = quotes[i];
    const before = o;
    while (o + 1 < order.length && quotes[order[o + 1]].openAt < inner.openAt) o++;
    if (o < 0 || inner.end > quotes[order[o]].end) continue;
    const outer = quotes[order[o]];
    if (o !== before) {
      from = outer.start;
      previous = -1;
    }
    const speaker = innerSpeaker(text, from, outer, inner, previous >= 0 ? quotes[previous] : null);
    const known = speaker === OUTER || speaker === PREVIOUS ? null : speaker && attributor.knownName(speaker);
    speakers[i] = speaker === OUTER ? speakers[order[o]] : speaker === PREVIOUS ? speakers[previous] : known;
    if (inner.closeAt >= 0) from = Math.max(from, inner.closeAt + 1);
    previous = i;
  }
  return speakers;
}

// Speech verbs that talk with someone or name something rather than report words ("spoke with", "an article called").
const NOT_REPORTING = /^(?:spoke|speaks?|speaking|talk(?:s|ed|ing)?|call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|l?ed|l?ing)?|brand(?:s|ed|ing)?)$/;
// Words that join one quoted predicate to the next: "He “had …,” and he “denigrated …”, Folkenflik said"; and how
// far after the second quote its cue may be (", Folkenflik said").
const JOINING_WORDS = new Set(['and', 'but', 'or', 'he', 'she', 'they', 'it', 'also', 'then']);
const JOINED_CUE_TOKENS = 4;
// Verbs that put their subject after them far from a quote (", said Det. Patrick Michaud"), not an object ("…, threatened
// his family"); right after a quote any speech verb may (`cueAfter`).
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'explained',
  'explains', 'continued', 'stated', 'recalled', 'replied', 'responded', 'insisted', 'argued', 'observed', 'remarked']);
// Words that open a sentence with a capital and begin no name.
const SENTENCE_OPENERS = new Set(['what', 'when', 'where', 'why', 'how', 'the', 'then', 'but', 'and', 'so', 'if', 'as', 'this', 'that', 'now', 'even']);
// Who may speak the words of a quotation inside a quotation: its outer speaker ("I said, '…'") or someone else.
const FIRST_PERSON = new Set(['i', 'we', 'you']);
// How far back from a quotation inside a quotation its lead-in is read, and how far on a cue after it.
const LEAD_CHARS = 300;
const CUE_AFTER_CHARS = 60;
// Verbs that bring in thought or speech inside a quotation, besides the speech verbs ("I was like, '…'").
const INNER_SPEECH = new Set(['think', 'thinks', 'thinking', 'thought', 'like', 'go', 'goes', 'went']);

/** `innerSpeaker`'s answers for the outer quotation's own speaker, and for the speaker of the quotation before it inside the same outer one. */
const OUTER = Symbol('outer speaker');
const PREVIOUS = Symbol('previous inner speaker');
/** Whether a quotation ends with a comma, inside its closing mark or right after it ("'…,' Ramsey said"): a cue follows in its sentence. */
const endsWithComma = (text: string, quote: QuoteSpan): boolean =>
  quote.closeAt >= 0 && (/,\s*$/.test(text.slice(quote.start, quote.closeAt)) || text[quote.closeAt + 1] === ',');
/** A cue after a quotation inside a quotation: "' Ramsey said", "' he says", "' said Elijah Wilkerson". */
const INNER_CUE = /^[\s,]*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|\p{Ll}+)\s+(\p{L}+)((?:[\s.]+\p{Lu}\p{L}*)*)/u;

/**
 * Who speaks a quotation inside another. The outer speaker, when a first person brings it in ("I
 * say, 'You're probably not going to be treated fairly'", "we felt the time had come to stand up and
 * say, '…'"), or when nothing brings it in and it is a sentence of its own ("Is there a rule against
 * being clear? 'I'm not getting involved in the primary.'"). Someone the outer speaker names, when
 * they bring it in ("Mr. Syed said, '…'", "'They're nice people,' said Elijah Wilkerson", "'…,' Ramsey
 * said"). The speaker of the quotation before it, when only that one's cue lies between ("'…,' Ramsey
 * said. 'So he's just …'"). No one known when it is someone unnamed ("he says, 'Hi, John'", "my
 * brother said, '…'"), or a phrase that may be anyone's ("the two words 'Radical Islam'").
 */
function innerSpeaker(text: string, from: number, outer: QuoteSpan, inner: QuoteSpan, previous: QuoteSpan | null): typeof OUTER | typeof PREVIOUS | string | null {
  // The outer speaker's words leading to the inner quotation, in its sentence, from `from` (the
  // outer quotation's start or the end of the previous one inside it) and at most a few lines back
  let start = inner.openAt;
  const earliest = Math.max(from, inner.openAt - LEAD_CHARS);
  while (start > earliest && !isTerminal(text[start - 1])) start--;
  const words = [...text.slice(start, inner.openAt).matchAll(/\p{L}+/gu)];
  const word = (k: number) => words[k][0];
  let verb = words.length - 1;
  while (verb >= 0 && !SPEECH_VERBS.has(word(verb).toLowerCase()) && !INNER_SPEECH.has(word(verb).toLowerCase())) verb--;
  const isName = (k: number) => k > 0 && /^\p{Lu}/u.test(word(k)) && word(k) !== 'I';
  // "'They're nice people,' said Elijah Wilkerson": a cue right after it names its speaker
  const after = inner.closeAt < 0 ? null : text.slice(inner.closeAt + 1, Math.min(outer.end, inner.closeAt + 1 + CUE_AFTER_CHARS)).match(INNER_CUE);
  const finite = (w: string) => SPEECH_VERBS.get(w.toLowerCase()) === 'finite';
  if (after && finite(after[1])) return /^\p{Lu}/u.test(after[2]) && after[2] !== 'I' ? `${after[2]}${after[3]}`.trim() : null;
  if (after && finite(after[2]) && !/^\p{Lu}/u.test(after[1]) && (FIRST_PERSON.has(after[1]) || PRONOUNS.has(after[1]))) return FIRST_PERSON.has(after[1]) ? OUTER : null;
  // a capitalised cue only where the quotation ends with a comma: after a stop, "' She said, '…'"
  // opens a sentence of its own, maybe another quotation's lead-in
  if (after && finite(after[2]) && /^\p{Lu}/u.test(after[1]) && endsWithComma(text, inner)) {
    const names = after[1].split(/\s+/);
    const first = names[0].toLowerCase();
    if (FIRST_PERSON.has(first)) return OUTER;
    if (PRONOUNS.has(first) || SENTENCE_OPENERS.has(first)) return null;
    // a surname the outer speaker has given in full ("Rescuer Charles Ramsey says … '…,' Ramsey said"),
    // after a first name (not "When Lee arrived")
    const surname = names.length === 1 ? names[0].replace(/\./g, '\\.') : null;
    const fullName = surname === null ? undefined
      : [...text.slice(outer.start, inner.openAt).matchAll(new RegExp(`(\\p{Lu}\\p{L}*)\\s+${surname}(?![\\p{L}])`, 'gu'))].pop();
    return fullName && FIRST_NAME_GENDER.has(fullName[1].toLowerCase()) ? fullName[0] : after[1];
  }
  // "'…,' Ramsey said. 'So he's just …'": nothing but the cue of the quotation before it lies between
  const lead = previous && endsWithComma(text, previous) ? text.slice(from, inner.openAt) : '';
  const previousCue = lead.match(INNER_CUE);
  if (previousCue && /^\s*\.\s*$/.test(lead.slice(previousCue[0].length)) && (finite(previousCue[1]) || finite(previousCue[2]))
    && !FIRST_PERSON.has(previousCue[1].toLowerCase())) return PREVIOUS;
  if (verb < 0) {
    // nothing brings it in: the speaker's own sentence, unless someone else is in view
    const sentenceOfItsOwn = /^\p{Lu}\S*\s+\S+\s+\S/u.test(inner.text); // capitalised, three words or more
    return sentenceOfItsOwn && !words.some((w, k) => isName(k) || PRONOUNS.has(w[0].toLowerCase())) ? OUTER : null;
  }
  // the nearest person before the verb: a pronoun or a name
  for (let k = verb - 1; k >= 0; k--) {
    const w = word(k).toLowerCase();
    if (FIRST_PERSON.has(w)) return OUTER;
    if (PRONOUNS.has(w)) return null;
    if (!isName(k) && !(k === 0 && /^\p{Lu}/u.test(word(0)))) continue;
    // named as the subject right before a finite verb ("Mr. Syed said, '…'"), with the capitalised
    // words before it; a name further off is someone spoken of ("Obama refused to say the words '…'"),
    // and a clause between the verb and the quotation has a subject of its own ("the incident Ms.
    // Ramirez described had occurred, it would have been '…'")
    if (k !== verb - 1 || !finite(word(verb)) || words.slice(verb + 1).some((x) => PRONOUNS.has(x[0].toLowerCase()) || x[0] === 'it')) return null;
    let first = k;
    while (first > 0 && /^\p{Lu}/u.test(word(first - 1)) && /^[\s.]+$/.test(text.slice(start + words[first - 1].index! + word(first - 1).length, start + words[first].index!))) first--;
    // "What Congress says is": a capital that opens the sentence; "The President of the United States called": a name inside the subject
    if (first === 0 && first < k && SENTENCE_OPENERS.has(word(0).toLowerCase())) first++;
    if (first > 0 && (word(first - 1).toLowerCase() === 'of' || (first > 1 && word(first - 1).toLowerCase() === 'the' && word(first - 2).toLowerCase() === 'of'))) return null;
    return text.slice(start + words[first].index!, start + words[k].index! + word(k).length);
  }
  return null;
}

