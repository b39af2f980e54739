import type { Comparison } from '../../core/comparison';
import type { ItemRef } from '../../messages';
import type { FocusRequest } from '../controller';
import { useText } from '../text';
import { CoverageList } from './CoverageList';
import { FigureItem } from './FigureItem';
import { QuoteItem } from './QuoteItem';
import { StoryHeader } from './StoryHeader';

/** Arrow keys move between quote and figure cards, in the order they are shown. */
function moveBetweenItems(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const current = event.target as HTMLElement;
  if (!current.classList?.contains('item')) return;
  const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.item')];
  const next = items[items.indexOf(current) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/** A recognised page: the story, the quotes, the figures and the story's other articles. */
export function ComparisonView({ comparison, pageTitle, focus, onReveal }: { comparison: Comparison; pageTitle: string; focus: FocusRequest | null; onReveal: (item: ItemRef) => void }) {
  const { t } = useText();
  return (
    <div class="comparison" onKeyDown={moveBetweenItems}>
      <StoryHeader comparison={comparison} pageTitle={pageTitle} />
      <p id="reveal-hint" class="hint">
        {t('panelRevealHint')}
      </p>
      <section class="quotes" aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">{t('panelQuotesHeading', comparison.quotes.length)}</h2>
        {comparison.quotes.length === 0 ? (
          <p class="empty">{t('panelNoSharedQuotes')}</p>
        ) : (
          <>
            <p class="legend" aria-hidden="true">
              <del>{t('panelLegendRemovedSample')}</del> {t('panelLegendRemoved')} <ins>{t('panelLegendAddedSample')}</ins> {t('panelLegendAdded')}
            </p>
            <ol class="items">
              {comparison.quotes.map((quote) => (
                <QuoteItem key={quote.id} quote={quote} focus={focus} onReveal={onReveal} />
              ))}
            </ol>
          </>
        )}
      </section>
      <section class="figures" aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('panelFiguresHeading', comparison.figures.length)}</h2>
        {comparison.figures.length === 0 ? (
          <p class="empty">{t('panelNoSharedFigures')}</p>
        ) : (
          <ol class="items">
            {comparison.figures.map((figure) => (
              <FigureItem key={figure.id} figure={figure} focus={focus} onReveal={onReveal} />
            ))}
          </ol>
        )}
      </section>
      <section class="coverage-section" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t('panelCoverageHeading', comparison.coverage.length)}</h2>
        <CoverageList articles={comparison.coverage} />
      </section>
    </div>
  );
}
