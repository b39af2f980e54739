import type { PageAnchor } from '../../core/comparison';
import type { ItemRef } from '../../messages';
import { useText } from '../text';
import { useSaveHighlight } from './save-highlight';

/** "Save highlight" on a quote or figure card: saves the item's page text with the comparison; "Saved" once the page has it. */
export function SaveHighlightButton({ item, anchor, describedBy }: { item: ItemRef; anchor: PageAnchor; describedBy: string }) {
  const { t } = useText();
  const saving = useSaveHighlight();
  if (saving === null) return null;
  const saved = saving.isSaved(anchor.exact);
  return (
    <button type="button" class="save-highlight" aria-describedby={describedBy} disabled={saved} onClick={() => saving.save(item)}>
      {saved ? t('panelSavedHighlight') : t('panelSaveHighlight')}
    </button>
  );
}
