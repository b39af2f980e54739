import type { QuoteComparison } from '../../core/comparison';
import type { ItemRef } from '../../messages';
import type { FocusRequest } from '../controller';
import { plural, useText } from '../text';
import { OtherWordingRow } from './OtherWordingRow';
import { SaveHighlightButton } from './SaveHighlightButton';
import { useItemCard } from './use-item-card';

/** One quote of the page: who said it, the page's words, and every other outlet's wording. */
export function QuoteItem({ quote, focus, onReveal }: { quote: QuoteComparison; focus: FocusRequest | null; onReveal: (item: ItemRef) => void }) {
  const text = useText();
  const { t } = text;
  const card = useItemCard({ kind: 'quote', id: quote.id }, focus, onReveal);
  const speakerId = `${quote.id}-speaker`;
  const wordsId = `${quote.id}-words`;
  return (
    <li class="item quote" {...card} aria-labelledby={`${speakerId} ${wordsId}`} aria-describedby="reveal-hint">
      <p class="speaker" id={speakerId}>
        {quote.speaker ?? t('panelUnknownSpeaker')}
      </p>
      <blockquote class="page-words" id={wordsId}>
        <span class="sr-only">{t('panelThisPageSays')} </span>
        {quote.anchor.exact}
      </blockquote>
      <p class="versions-count">{plural(text, 'panelOtherVersions', quote.others.length)}</p>
      <ul class="wordings">
        {quote.others.map((other) => (
          <OtherWordingRow key={other.articleId} other={other} pageSpeaker={quote.speaker} />
        ))}
      </ul>
      <SaveHighlightButton item={{ kind: 'quote', id: quote.id }} anchor={quote.anchor} describedBy={wordsId} />
    </li>
  );
}
