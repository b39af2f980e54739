// Word-level differences between two wordings of one quotation (jsdiff's diffWords).
import { diffWords } from 'diff';
import type { WordingDiff } from './types';

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
