import type { HighlightNotice, HighlightsState, PanelView } from '../highlights-controller';
import type { PanelState } from '../controller';
import { useText } from '../text';
import { HighlightsView, type HighlightsActions } from './HighlightsView';
import { Panel, type PanelActions } from './Panel';
import { SaveHighlightContext, type SaveHighlightActions } from './save-highlight';
import { viewIds, ViewTabs } from './ViewTabs';

/** Everything the reader can do in the panel. */
export interface ShellActions {
  panel: PanelActions;
  highlights: HighlightsActions;
  chooseView(view: PanelView): void;
  save: SaveHighlightActions['save'];
  dismissNotice(): void;
}

/** Most skipped annotations listed after an import; the rest are counted. */
const SKIPPED_SHOWN = 8;

/** What came of the reader's last highlight action, with a button to dismiss it. */
function HighlightNoticeBar({ notice, onDismiss }: { notice: HighlightNotice; onDismiss: () => void }) {
  const { t } = useText();
  let body;
  switch (notice.kind) {
    case 'imported':
      body = (
        <>
          <p>{t('panelImported', notice.added, notice.skipped.length)}</p>
          {notice.skipped.length > 0 && (
            <ul class="skipped">
              {notice.skipped.slice(0, SKIPPED_SHOWN).map((skip) => (
                <li key={skip.index}>{t('panelImportSkipped', skip.index + 1, skip.reason)}</li>
              ))}
              {notice.skipped.length > SKIPPED_SHOWN && <li>{t('panelImportSkippedMore', notice.skipped.length - SKIPPED_SHOWN)}</li>}
            </ul>
          )}
        </>
      );
      break;
    case 'import-failed':
      body = <p>{t('panelImportFailed', notice.reason)}</p>;
      break;
    case 'request-failed':
      body = <p>{t('panelHighlightsFailed')}</p>;
      break;
    case 'reveal-failed':
      body = <p>{t('panelHighlightRevealFailed')}</p>;
      break;
    case 'save-failed':
      body = <p>{t('panelHighlightSaveFailed')}</p>;
      break;
  }
  return (
    <div class={`notice highlight-notice notice-${notice.kind}`} role="status">
      {body}
      <button type="button" class="dismiss" onClick={onDismiss}>
        {t('panelDismiss')}
      </button>
    </div>
  );
}

/** The panel: tabs for the comparison and the highlights, and the chosen view. */
export function PanelShell({ state, highlights, actions }: { state: PanelState; highlights: HighlightsState; actions: ShellActions }) {
  const saved = new Set(highlights.pageHighlights.map((h) => h.exact));
  const saving: SaveHighlightActions = { isSaved: (exact) => saved.has(exact), save: actions.save };
  const ids = viewIds(highlights.view);
  return (
    <>
      <ViewTabs view={highlights.view} pageCount={highlights.pageHighlights.length} onChoose={actions.chooseView} />
      {highlights.notice !== null && <HighlightNoticeBar notice={highlights.notice} onDismiss={actions.dismissNotice} />}
      <div class="view-panel" role="tabpanel" id={ids.panel} aria-labelledby={ids.tab}>
        {highlights.view === 'comparison' ? (
          <SaveHighlightContext.Provider value={saving}>
            <Panel state={state} actions={actions.panel} />
          </SaveHighlightContext.Provider>
        ) : (
          <HighlightsView state={highlights} actions={actions.highlights} />
        )}
      </div>
    </>
  );
}
