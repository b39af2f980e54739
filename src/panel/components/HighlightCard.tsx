import { useState } from 'preact/hooks';
import { paletteColour, type Highlight, type HighlightColour } from '../../highlights/highlight';
import { safeHttpUrl } from '../safe-url';
import { formatDate, plural, useText } from '../text';
import type { HighlightsActions } from './HighlightsView';

/**
 * The colours offered for highlights: the names the content script paints (HIGHLIGHT_PALETTE in
 * content/highlighter.ts), each with the swatch shown here and its message key.
 */
export const HIGHLIGHT_PALETTE: readonly { colour: HighlightColour; swatch: string; label: string }[] = [
  { colour: 'yellow', swatch: '#ffdd00', label: 'panelColourYellow' },
  { colour: 'green', swatch: '#50c878', label: 'panelColourGreen' },
  { colour: 'blue', swatch: '#5aa0ff', label: 'panelColourBlue' },
  { colour: 'pink', swatch: '#ff6eb4', label: 'panelColourPink' },
  { colour: 'purple', swatch: '#aa78ff', label: 'panelColourPurple' },
];

/** The swatch of a stored colour: its palette entry's, else the default's, as the page paints it; a stored colour never reaches CSS. */
export function swatchOf(colour: string): string {
  const name = paletteColour(colour);
  return HIGHLIGHT_PALETTE.find((entry) => entry.colour === name)!.swatch;
}

/** Where a listed highlight is, which decides what choosing it does. */
export type HighlightPlace =
  /** on the shown page and re-found there: choosing it reveals it */
  | 'found'
  /** on the shown page but not re-found: it can only be read */
  | 'missing'
  /** on another page: choosing it opens that page */
  | 'elsewhere';

/** "a, b ,, c" → ["a", "b", "c"]: the tags box's text as tags (the background cleans repeats). */
function tagsOf(text: string): string[] {
  return text.split(',').map((tag) => tag.trim()).filter(Boolean);
}

/** The note, tags and colour of a highlight, each saved when the reader leaves its control. */
function HighlightEditor({ highlight, actions }: { highlight: Highlight; actions: HighlightsActions }) {
  const { t } = useText();
  const noteId = `note-${highlight.id}`;
  const tagsId = `tags-${highlight.id}`;
  const saveNote = (value: string) => {
    if (value !== highlight.note) actions.edit(highlight.id, { note: value });
  };
  const saveTags = (value: string) => {
    const tags = tagsOf(value);
    if (tags.join('\n') !== highlight.tags.join('\n')) actions.edit(highlight.id, { tags });
  };
  return (
    <div class="hl-editor">
      <label for={noteId}>{t('panelNoteLabel')}</label>
      <textarea
        id={noteId}
        class="hl-note-input"
        rows={3}
        defaultValue={highlight.note}
        aria-describedby={`${noteId}-hint`}
        onBlur={(event) => saveNote(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            saveNote(event.currentTarget.value);
          }
        }}
      />
      <p class="field-hint" id={`${noteId}-hint`}>
        {t('panelNoteHint')}
      </p>
      <label for={tagsId}>{t('panelTagsLabel')}</label>
      <input
        id={tagsId}
        class="hl-tags-input"
        type="text"
        defaultValue={highlight.tags.join(', ')}
        onBlur={(event) => saveTags(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            saveTags(event.currentTarget.value);
          }
        }}
      />
      <fieldset class="hl-colours">
        <legend>{t('panelColourLabel')}</legend>
        {HIGHLIGHT_PALETTE.map(({ colour, swatch, label }) => (
          <label key={colour} class="swatch-choice">
            <input type="radio" name={`colour-${highlight.id}`} value={colour} checked={highlight.colour.trim().toLowerCase() === colour} onChange={() => actions.edit(highlight.id, { colour })} />
            <span class="swatch" style={{ background: swatch }} aria-hidden="true" />
            <span class="sr-only">{t(label)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** One saved highlight: its text, note, tags and date, what choosing it does, editing and deleting. Page and reader text is shown as text only. */
export function HighlightCard({ highlight, place, actions }: { highlight: Highlight; place: HighlightPlace; actions: HighlightsActions }) {
  const text = useText();
  const { t, locale } = text;
  const [editing, setEditing] = useState(false);
  const href = place === 'elsewhere' ? safeHttpUrl(highlight.url) : null;
  const textId = `hl-${highlight.id}`;
  const choose = () => {
    if (place === 'found') actions.reveal(highlight.id);
    else if (href !== null) actions.open(highlight);
  };
  const saved = formatDate(new Date(highlight.createdAt).toISOString(), locale);
  return (
    <li class={`highlight hl-${place}`} style={{ borderLeftColor: swatchOf(highlight.colour) }}>
      <blockquote class={`hl-text${place === 'found' || href !== null ? ' choosable' : ''}`} id={textId} onClick={choose}>
        {highlight.exact}
      </blockquote>
      {highlight.note !== '' && <p class="hl-note">{highlight.note}</p>}
      {highlight.tags.length > 0 && (
        <ul class="hl-tags" aria-label={t('panelTagsListLabel')}>
          {highlight.tags.map((tag) => (
            <li key={tag} class="hl-tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <p class="hl-meta">
        {saved !== null && <span>{t('panelSavedOn', saved)}</span>}
        {highlight.compared && highlight.compared.others.length > 0 && <span> · {plural(text, 'panelComparedCount', highlight.compared.others.length)}</span>}
      </p>
      <div class="hl-actions">
        {place === 'found' && (
          <button type="button" aria-describedby={textId} onClick={() => actions.reveal(highlight.id)}>
            {t('panelShowOnPage')}
          </button>
        )}
        {href !== null && (
          <a class="button-link" href={href} target="_blank" rel="noopener noreferrer" aria-describedby={textId}>
            {t('panelOpenPage')}
            <span class="sr-only"> {t('panelOpensNewTab')}</span>
          </a>
        )}
        <button type="button" aria-expanded={editing} aria-describedby={textId} onClick={() => setEditing(!editing)}>
          {editing ? t('panelDoneEditing') : t('panelEditHighlight')}
        </button>
        <button type="button" class="danger" aria-describedby={textId} onClick={() => actions.remove(highlight.id)}>
          {t('panelDeleteHighlight')}
        </button>
      </div>
      {editing && <HighlightEditor highlight={highlight} actions={actions} />}
    </li>
  );
}
