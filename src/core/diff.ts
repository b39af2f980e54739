// Word-level differences between two wordings of one quotation (jsdiff's diffWords).
import { diffWords } from 'diff';

/** One run of a word diff: text in both wordings, only in the other one, or only in the base. */
export interface DiffPart {
  /** The words of this run, with their spacing. */
  text: string;
  /** 'same': in both; 'added': only in the compared wording; 'removed': only in the base wording. */
  op: 'same' | 'added' | 'removed';
}

export type WordingDiff = DiffPart[];

/**
 * Differences of `other` against `base`, ignoring case. Curly apostrophes are read as straight
 * ones first, so "we’re" and "we're" are the same word (the diff shows the straight form).
 */
export function diffWording(base: string, other: string): WordingDiff {
  return diffWords(straightApostrophes(base), straightApostrophes(other), { ignoreCase: true }).map((part) => ({
    text: part.value,
    op: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

function straightApostrophes(text: string): string {
  return text.replace(/[’‘]/g, "'");
}
