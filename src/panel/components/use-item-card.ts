import { useEffect, useRef } from 'preact/hooks';
import type { ItemRef } from '../../messages';
import type { FocusRequest } from '../controller';

/** Props that make an element a quote or figure card: focusable, and revealing its item in the page when chosen. */
export interface ItemCardProps {
  ref: { current: HTMLLIElement | null };
  tabIndex: number;
  onClick: (event: MouseEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * A card for `item`: clicking it (unless the reader was selecting its text), Enter or Space call
 * `onReveal`; when `focus` names the item, the card takes the keyboard focus, scrolls into view and
 * flashes.
 */
export function useItemCard(item: ItemRef, focus: FocusRequest | null, onReveal: (item: ItemRef) => void): ItemCardProps {
  const ref = useRef<HTMLLIElement>(null);
  const focusedHere = focus !== null && focus.item.kind === item.kind && focus.item.id === item.id ? focus.seq : 0;

  useEffect(() => {
    const card = ref.current;
    if (focusedHere === 0 || card === null) return;
    card.focus({ preventScroll: true });
    card.scrollIntoView?.({ block: 'center' });
    // Restart the flash animation when the same item is clicked twice.
    card.classList.remove('flash');
    void card.offsetWidth;
    card.classList.add('flash');
  }, [focusedHere]);

  return {
    ref,
    tabIndex: 0,
    onClick: (event) => {
      // A click inside a link or button belongs to it; a drag that selected text is not a choice.
      if ((event.target as Element | null)?.closest?.('a, button')) return;
      if (!(window.getSelection()?.isCollapsed ?? true)) return;
      onReveal(item);
    },
    onKeyDown: (event) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onReveal(item);
      }
    },
  };
}
