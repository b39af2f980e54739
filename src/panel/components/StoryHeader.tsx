import type { Comparison } from '../../core/comparison';
import { formatDateSpan, plural, useText, type Translate } from '../text';

/** How the story was recognised, in a reader's words. */
function recognitionText(story: Comparison['story'], t: Translate): string {
  switch (story.how) {
    case 'url':
      return t('panelHowUrl');
    case 'duplicate':
      return t('panelHowDuplicate');
    case 'story':
      return t('panelHowStory', story.score.toFixed(2));
  }
}

/** The recognised story: its headline, how many outlets report it and when, how it was recognised, what was found. */
export function StoryHeader({ comparison, pageTitle }: { comparison: Comparison; pageTitle: string }) {
  const text = useText();
  const { t, locale } = text;
  const { story } = comparison;
  const span = formatDateSpan(story.firstDate, story.lastDate, locale, t);
  return (
    <header class="story">
      <p class="kicker">{t('panelStoryKicker')}</p>
      <h1 class="story-title">{story.title ?? pageTitle}</h1>
      <p class="story-facts">
        <span>{plural(text, 'panelOutletCount', story.outlets)}</span>
        {span !== null && (
          <>
            {' '}
            <span>{span}</span>
          </>
        )}
      </p>
      <p class="story-how">{recognitionText(story, t)}</p>
      <p class="story-found">{t('panelFoundQuotes', comparison.quotes.length, comparison.pageQuotes)}</p>
      <p class="story-found">{t('panelFoundFigures', comparison.figures.length, comparison.pageFigures)}</p>
    </header>
  );
}
