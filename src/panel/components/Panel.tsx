import type { ItemRef, TabState } from '../../messages';
import { pageOrigin, type PanelState } from '../controller';
import { plural, useText } from '../text';
import { ComparisonView } from './ComparisonView';
import { StatusMessage } from './StatusMessage';

/** What the reader can do from the panel. */
export interface PanelActions {
  reveal(item: ItemRef): void;
  /** Must run straight from a click (the browser's permission prompt needs the gesture). */
  enableSite(): void;
  retry(): void;
}

/** The explanation of a tab state other than 'matched'. */
function TabStateMessage({ tab, notice, actions }: { tab: Exclude<TabState, { kind: 'matched' }>; notice: PanelState['notice']; actions: PanelActions }) {
  const text = useText();
  const { t } = text;
  switch (tab.kind) {
    case 'unknown':
      // Without a permission for the site the browser hides the tab's address: the reader can still grant this tab from the page's context menu.
      if (tab.url === null) return <StatusMessage kind="unknown" heading={t('panelNotRunningHeading')} text={t('panelNotRunningText', t('contextMenuCompare'))} />;
      if (pageOrigin(tab.url) === null) return <StatusMessage kind="unknown" heading={t('panelNotWebHeading')} text={t('panelNotWebText')} />;
      if (tab.siteEnabled) return <StatusMessage kind="unknown" heading={t('panelNotReadHeading')} text={t('panelNotReadText')} />;
      return (
        <StatusMessage kind="unknown" heading={t('panelSiteOffHeading')} text={t('panelSiteOffText')}>
          <button type="button" class="primary" onClick={actions.enableSite}>
            {t('panelEnableSite')}
          </button>
          {notice === 'permission-refused' && <p class="notice">{t('panelPermissionRefused')}</p>}
        </StatusMessage>
      );
    case 'working':
      return <StatusMessage kind="working" heading={t('panelWorkingHeading')} text={t('panelWorkingText')} />;
    case 'corpus-loading': {
      const percent = Math.min(100, Math.floor((tab.done / Math.max(1, tab.total)) * 100));
      return (
        <StatusMessage kind="corpus-loading" heading={t('panelCorpusLoadingHeading')} text={t('panelCorpusLoadingText')}>
          <progress max={100} value={percent} aria-label={t('panelCorpusProgress', percent)} />
          <p class="progress-text">{t('panelCorpusProgress', percent)}</p>
        </StatusMessage>
      );
    }
    case 'not-article':
      return <StatusMessage kind="not-article" heading={t('panelNotArticleHeading')} text={t('panelNotArticleText')} />;
    case 'no-match':
      return (
        <StatusMessage kind="no-match" heading={t('panelNoMatchHeading')} text={t('panelNoMatchText')}>
          <p class="page-title">
            <strong>{tab.title}</strong> <span class="outlet">{tab.outlet}</span>
          </p>
          <p class="page-counts">
            {plural(text, 'panelPageQuotes', tab.quotes)} {plural(text, 'panelPageFigures', tab.figures)}
          </p>
        </StatusMessage>
      );
    case 'error':
      return (
        // The background's message already says what happened and what to do.
        <StatusMessage kind="error" tone="error" heading={t('panelErrorHeading')} text={tab.message} />
      );
  }
}

/** The whole panel for one state. */
export function Panel({ state, actions }: { state: PanelState; actions: PanelActions }) {
  const { t } = useText();
  if (state.unreachable) {
    return (
      <StatusMessage kind="unreachable" tone="error" heading={t('panelUnreachableHeading')} text={t('panelUnreachableText')}>
        <button type="button" onClick={actions.retry}>
          {t('panelRetry')}
        </button>
      </StatusMessage>
    );
  }
  if (!state.searching && state.tabId === null) return <StatusMessage kind="no-tab" heading={t('panelNoTabHeading')} text={t('panelIntro')} />;
  if (state.tab === null) return <StatusMessage kind="loading" heading={t('panelLoading')} text={t('panelLoadingText')} />;
  if (state.tab.kind !== 'matched') return <TabStateMessage tab={state.tab} notice={state.notice} actions={actions} />;
  return (
    <>
      {state.notice === 'reveal-failed' && (
        <p class="notice" role="status">
          {t('panelRevealFailed')}
        </p>
      )}
      <ComparisonView comparison={state.tab.comparison} pageTitle={state.tab.title} focus={state.focus} onReveal={actions.reveal} />
    </>
  );
}
