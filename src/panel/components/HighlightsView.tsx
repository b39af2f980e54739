import { useEffect, useRef } from 'preact/hooks';
import type { Highlight } from '../../highlights/highlight';
import type { HighlightRequest } from '../../messages';
import type { ExportFormat, HighlightScope, HighlightsState } from '../highlights-controller';
import { safeHttpUrl } from '../safe-url';
import { formatDate, useText } from '../text';
import { HighlightCard, type HighlightPlace } from './HighlightCard';

/** What the reader can do in the Highlights view. */
export interface HighlightsActions {
  setScope(scope: HighlightScope): void;
  search(query: string): void;
  reveal(id: string): void;
  open(highlight: Highlight): void;
  edit(id: string, changes: Extract<HighlightRequest, { action: 'update' }>['changes']): void;
  remove(id: string): void;
  undoDelete(): void;
  exportAs(format: ExportFormat): void;
  importText(text: string): void;
}

/** Highlights of one page, in the order listed (newest first). */
interface PageGroup {
  canonicalUrl: string;
  highlights: Highlight[];
}

/** `highlights` grouped by page, pages in order of their newest highlight. */
function byPage(highlights: readonly Highlight[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const h of highlights) {
    const group = groups.get(h.canonicalUrl) ?? { canonicalUrl: h.canonicalUrl, highlights: [] };
    group.highlights.push(h);
    groups.set(h.canonicalUrl, group);
  }
  return [...groups.values()];
}

function HighlightList({ highlights, placeOf, actions, labelledBy }: { highlights: Highlight[]; placeOf: (h: Highlight) => HighlightPlace; actions: HighlightsActions; labelledBy?: string }) {
  return (
    <ul class="highlight-list" aria-labelledby={labelledBy}>
      {highlights.map((h) => (
        <HighlightCard key={h.id} highlight={h} place={placeOf(h)} actions={actions} />
      ))}
    </ul>
  );
}

/** A page's heading in the all-pages list: its title (a link when http(s)), outlet and the date of its newest highlight. */
function PageHeading({ group, headingId, isShownPage }: { group: PageGroup; headingId: string; isShownPage: boolean }) {
  const { t, locale } = useText();
  const newest = group.highlights[0];
  const title = newest.title ?? newest.url;
  const href = isShownPage ? null : safeHttpUrl(newest.url);
  const date = formatDate(new Date(newest.createdAt).toISOString(), locale);
  return (
    <header class="page-group-head">
      <h2 class="page-group-title" id={headingId}>
        {href !== null ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {title}
            <span class="sr-only"> {t('panelOpensNewTab')}</span>
          </a>
        ) : (
          title
        )}
      </h2>
      <p class="source">
        {[
          isShownPage ? <span class="this-page-tag">{t('panelThisPageTag')}</span> : null,
          newest.outlet !== null ? <span class="outlet">{newest.outlet}</span> : null,
          date !== null ? <span class="date">{date}</span> : null,
        ]
          .filter((part) => part !== null)
          .flatMap((part, index) => (index === 0 ? [part] : [' ', part]))}
      </p>
    </header>
  );
}

/** The list for the scope chosen, with its empty states and the not-found section. */
function HighlightLists({ state, actions }: { state: HighlightsState; actions: HighlightsActions }) {
  const { t } = useText();
  const { listed, refind, pageHighlights, query, scope, pageKey } = state;
  if (listed === null) return <p class="empty">{t('panelHighlightsLoading')}</p>;
  const onPage = new Set(pageHighlights.map((h) => h.id));
  const missing = new Set(refind?.missing ?? []);
  const placeOf = (h: Highlight): HighlightPlace => (onPage.has(h.id) ? (missing.has(h.id) ? 'missing' : 'found') : 'elsewhere');
  const noMatch = query.trim() !== '' ? <p class="empty">{t('panelHighlightsNoMatch', query.trim())}</p> : null;

  if (scope === 'all') {
    if (listed.length === 0) return noMatch ?? <p class="empty">{t('panelHighlightsNoneSaved')}</p>;
    return (
      <ol class="page-groups">
        {byPage(listed).map((group, index) => (
          <li key={group.canonicalUrl} class="page-group">
            <PageHeading group={group} headingId={`page-group-${index}`} isShownPage={group.highlights.some((h) => onPage.has(h.id))} />
            <HighlightList highlights={group.highlights} placeOf={placeOf} actions={actions} labelledBy={`page-group-${index}`} />
          </li>
        ))}
      </ol>
    );
  }

  if (pageKey === null && pageHighlights.length === 0) return <p class="empty">{t('panelHighlightsNoPage')}</p>;
  const mine = listed.filter((h) => onPage.has(h.id));
  if (mine.length === 0) return noMatch ?? <p class="empty">{t('panelHighlightsNoneHere', t('contextMenuSaveHighlight'))}</p>;
  const found = mine.filter((h) => !missing.has(h.id));
  const lost = mine.filter((h) => missing.has(h.id));
  return (
    <>
      {refind === null && <p class="hint">{t('panelRefindUnknown')}</p>}
      {found.length > 0 && <HighlightList highlights={found} placeOf={placeOf} actions={actions} />}
      {lost.length > 0 && (
        <section class="not-found" aria-labelledby="not-found-heading">
          <h2 id="not-found-heading">{t('panelNotFoundHeading')}</h2>
          <p class="hint">{t('panelNotFoundText')}</p>
          <HighlightList highlights={lost} placeOf={placeOf} actions={actions} labelledBy="not-found-heading" />
        </section>
      )}
    </>
  );
}

/** Export buttons and the import file picker. */
function ExportImport({ scope, actions }: { scope: HighlightScope; actions: HighlightsActions }) {
  const { t } = useText();
  const formats: [ExportFormat, string][] = [
    ['markdown', 'panelExportMarkdown'],
    ['csv', 'panelExportCsv'],
    ['jsonld', 'panelExportJsonLd'],
  ];
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    actions.importText(text);
  };
  return (
    <section class="export-import" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('panelExportHeading')}</h2>
      <p class="hint" id="export-scope">
        {scope === 'page' ? t('panelExportScopePage') : t('panelExportScopeAll')}
      </p>
      <div class="export-buttons">
        {formats.map(([format, label]) => (
          <button key={format} type="button" class={`export-${format}`} aria-describedby="export-scope" onClick={() => actions.exportAs(format)}>
            {t(label)}
          </button>
        ))}
      </div>
      <label class="import-label" for="import-file">
        {t('panelImportLabel')}
      </label>
      <input id="import-file" class="import-file" type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={onFile} />
    </section>
  );
}

/** "Deleted. Undo": takes the focus, since the Delete button pressed is gone with its card. */
function UndoBar({ onUndo }: { onUndo: () => void }) {
  const { t } = useText();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), []);
  return (
    <div class="undo-bar" role="status">
      <span>{t('panelDeleted')}</span>{' '}
      <button type="button" ref={undo} onClick={onUndo}>
        {t('panelUndo')}
      </button>
    </div>
  );
}

/** The Highlights view: this page's highlights (those not found apart) or all pages', a search, editing, undo, export and import. */
export function HighlightsView({ state, actions }: { state: HighlightsState; actions: HighlightsActions }) {
  const { t } = useText();
  return (
    <div class="highlights-view">
      <h1 class="sr-only">{t('panelTabHighlights')}</h1>
      <fieldset class="scope-choice">
        <legend class="sr-only">{t('panelScopeLabel')}</legend>
        {(['page', 'all'] as const).map((scope) => (
          <label key={scope} class={`scope-option${state.scope === scope ? ' selected' : ''}`}>
            <input type="radio" name="highlight-scope" value={scope} checked={state.scope === scope} onChange={() => actions.setScope(scope)} />
            {scope === 'page' ? t('panelScopePage') : t('panelScopeAll')}
          </label>
        ))}
      </fieldset>
      <div class="search">
        <label for="highlight-search" class="sr-only">
          {t('panelSearchLabel')}
        </label>
        <input id="highlight-search" type="search" placeholder={t('panelSearchPlaceholder')} value={state.query} onInput={(event) => actions.search(event.currentTarget.value)} />
      </div>
      {state.deleted !== null && <UndoBar key={state.deleted.id} onUndo={actions.undoDelete} />}
      <HighlightLists state={state} actions={actions} />
      <ExportImport scope={state.scope} actions={actions} />
    </div>
  );
}
