import type { PanelView } from '../highlights-controller';
import { plural, useText } from '../text';

const VIEWS: PanelView[] = ['comparison', 'highlights'];

/** Element ids of a view's tab and tab panel, for aria-controls and aria-labelledby. */
export function viewIds(view: PanelView): { tab: string; panel: string } {
  return { tab: `view-tab-${view}`, panel: `view-panel-${view}` };
}

/**
 * The tabs at the top of the panel (WAI-ARIA tabs pattern): the comparison and the highlights with
 * this page's count. Only the chosen tab is in the Tab order; arrow keys, Home and End choose
 * another and move the focus to it.
 */
export function ViewTabs({ view, pageCount, onChoose }: { view: PanelView; pageCount: number; onChoose: (view: PanelView) => void }) {
  const text = useText();
  const { t } = text;
  const choose = (next: PanelView, event: KeyboardEvent) => {
    event.preventDefault();
    onChoose(next);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`#${viewIds(next).tab}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = VIEWS.indexOf(view);
    if (event.key === 'ArrowRight') choose(VIEWS[(at + 1) % VIEWS.length], event);
    else if (event.key === 'ArrowLeft') choose(VIEWS[(at + VIEWS.length - 1) % VIEWS.length], event);
    else if (event.key === 'Home') choose(VIEWS[0], event);
    else if (event.key === 'End') choose(VIEWS[VIEWS.length - 1], event);
  };
  return (
    <div class="view-tabs" role="tablist" aria-label={t('panelViewsLabel')} onKeyDown={onKeyDown}>
      {VIEWS.map((each) => (
        <button
          key={each}
          type="button"
          role="tab"
          id={viewIds(each).tab}
          aria-controls={viewIds(each).panel}
          aria-selected={each === view}
          tabIndex={each === view ? 0 : -1}
          class={`view-tab${each === view ? ' selected' : ''}`}
          onClick={() => onChoose(each)}
        >
          {each === 'comparison' ? (
            t('panelTabComparison')
          ) : (
            <>
              {t('panelTabHighlights')}{' '}
              <span class="tab-count" aria-hidden="true">
                {pageCount}
              </span>
              <span class="sr-only">{plural(text, 'panelHighlightsOnPage', pageCount)}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
