// Words for comparing wordings: tokens with offsets, contractions spelled out, light stemming,
// and the function words that carry little meaning on their own.

/** A word of a text, with its place and its comparable form. */
export interface Word {
  /** Offset of the word's first character in the text it came from. */
  start: number;
  /** Offset just past the word. */
  end: number;
  /** Lowercased, contraction spelled out ("we’re" → "we", then "are" as its own Word), stemmed. */
  key: string;
  /** True for function words ("the", "of", "we") that say little about which utterance it is. */
  stop: boolean;
}

const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from as into onto about than then that this these those ' +
    'it its is are was were be been being am have has had do does did will would shall should can could may might must ' +
    'i me my we us our you your he him his she her they them their there here what which who whom whose when where why how ' +
    'not no all any some each every both either neither such very just also only even still now up out over if because ' +
    'while whether one'
  ).split(' '),
);

// Clitics spelled out so that translations and styles compare equal: "we’ve seen" / "we have seen".
const CLITICS: Record<string, string | null> = { "n't": 'not', "'re": 'are', "'ve": 'have', "'ll": 'will', "'m": 'am', "'d": 'would', "'s": null };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of `text` in order. Possessive "’s" is dropped; other clitics become their own word. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0].toLowerCase().replace(/’/g, "'");
    const apostrophe = raw.indexOf("'");
    let head = raw;
    let clitic: string | null = null;
    if (apostrophe > 0) {
      const tail = raw.slice(apostrophe);
      if (tail === "'t" && raw.endsWith("n't")) {
        head = raw.slice(0, -3);
        clitic = 'not';
        // "can't" → "ca" + "n't": restore the stem people would write out.
        if (head === 'ca') head = 'can';
        else if (head === 'wo') head = 'will';
      } else if (tail in CLITICS) {
        head = raw.slice(0, apostrophe);
        clitic = CLITICS[tail];
      }
    }
    const start = m.index;
    const end = start + m[0].length;
    out.push(makeWord(head, start, end));
    if (clitic) out.push(makeWord(clitic, start, end));
  }
  return out;
}

function makeWord(lower: string, start: number, end: number): Word {
  return { start, end, key: stem(lower), stop: STOPWORDS.has(lower) };
}

/**
 * A light English stemmer: enough that "documenting"/"document", "attacks"/"attack" and
 * "used"/"use" compare equal, without the over-reach of a full Porter stemmer on names.
 */
export function stem(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 3 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && w.length > 3 && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // A final "e" comes and goes with suffixes ("use", "used", "using"): compare without it.
  return w.length > 2 ? w.replace(/e$/, '') : w;
}

// "committed" → "committ" → "commit", "putting" → "putt" → "put"; "called" keeps its "ll".
function undouble(word: string): string {
  return /([b-df-hj-kmnp-rtv-z])\1$/.test(word) ? word.slice(0, -1) : word;
}
