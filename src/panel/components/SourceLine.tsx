import type { SourceArticle } from '../../core/comparison';
import { formatDate, useText } from '../text';

/** Who published a version and when: the outlet, then the date when it is known. */
export function SourceLine({ source }: { source: Pick<SourceArticle, 'outlet' | 'date'> }) {
  const { locale } = useText();
  const date = formatDate(source.date, locale);
  return (
    <p class="source">
      <span class="outlet">{source.outlet}</span>
      {date !== null && (
        <>
          {' '}
          <span class="date">{date}</span>
        </>
      )}
    </p>
  );
}
