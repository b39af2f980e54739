import type { FigureComparison, OtherFigure } from '../../core/comparison';
import type { ItemRef } from '../../messages';
import type { FocusRequest } from '../controller';
import { useText } from '../text';
import { SaveHighlightButton } from './SaveHighlightButton';
import { SourceLine } from './SourceLine';
import { useItemCard } from './use-item-card';

/** True when another outlet's figure is not the page's: another value or another qualifier. */
function differsFromPage(figure: FigureComparison, other: OtherFigure): boolean {
  return other.value !== figure.value || (other.qualifier ?? '') !== (figure.qualifier ?? '');
}

/** One figure of the page beside the other outlets' figures for the same quantity. */
export function FigureItem({ figure, focus, onReveal }: { figure: FigureComparison; focus: FocusRequest | null; onReveal: (item: ItemRef) => void }) {
  const { t } = useText();
  const card = useItemCard({ kind: 'figure', id: figure.id }, focus, onReveal);
  const textId = `${figure.id}-text`;
  const verdictId = `${figure.id}-verdict`;
  return (
    <li class={`item figure${figure.disagreement !== null ? ' disagrees' : ''}`} {...card} aria-labelledby={`${textId} ${verdictId}`} aria-describedby="reveal-hint">
      <p class="page-figure" id={textId}>
        <span class="figure-text">{figure.anchor.exact}</span>
        {figure.what !== '' && (
          <>
            {' '}
            <span class="figure-what">{figure.what}</span>
          </>
        )}
      </p>
      {figure.disagreement !== null ? (
        <p class="verdict verdict-differ" id={verdictId}>
          <span class="verdict-mark" aria-hidden="true">≠ </span>
          {t('panelFiguresDiffer', figure.disagreement)}
        </p>
      ) : (
        <p class="verdict verdict-agree" id={verdictId}>
          <span class="verdict-mark" aria-hidden="true">= </span>
          {t('panelFiguresAgree')}
        </p>
      )}
      <ul class="other-figures">
        {figure.others.map((other) => (
          <li key={other.articleId} class="other-figure">
            <SourceLine source={other} />
            <p class="their-figure">
              <strong>{other.text}</strong>
              {figure.disagreement !== null && differsFromPage(figure, other) && (
                <>
                  {' '}
                  <span class="differs-tag">{t('panelFigureDiffers')}</span>
                </>
              )}
            </p>
            {other.context !== '' && <p class="figure-context">{other.context}</p>}
          </li>
        ))}
      </ul>
      <SaveHighlightButton item={{ kind: 'figure', id: figure.id }} anchor={figure.anchor} describedBy={textId} />
    </li>
  );
}
