import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ItemRef } from '../../messages';

/** What the comparison's cards need to offer "Save highlight": whether the page has that text saved, and the save. */
export interface SaveHighlightActions {
  /** True when one of the page's highlights is exactly this text. */
  isSaved(exact: string): boolean;
  save(item: ItemRef): void;
}

/** Null where saving is not offered (the cards then show no button). */
export const SaveHighlightContext = createContext<SaveHighlightActions | null>(null);

/** The nearest SaveHighlightActions; null when none. */
export function useSaveHighlight(): SaveHighlightActions | null {
  return useContext(SaveHighlightContext);
}
