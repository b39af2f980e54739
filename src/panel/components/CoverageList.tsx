import type { SourceArticle } from '../../core/comparison';
import { safeHttpUrl } from '../safe-url';
import { useText } from '../text';
import { SourceLine } from './SourceLine';

/** The story's other articles: outlet, date and title, the title linking to the article when its address is http(s). */
export function CoverageList({ articles }: { articles: SourceArticle[] }) {
  const { t } = useText();
  return (
    <ul class="coverage">
      {articles.map((article) => {
        const href = safeHttpUrl(article.url);
        const title = article.title ?? t('panelUntitled');
        return (
          <li key={article.articleId} class="coverage-item">
            <SourceLine source={article} />
            {href !== null ? (
              <a class="coverage-title" href={href} target="_blank" rel="noopener noreferrer">
                {title}
                <span class="sr-only"> {t('panelOpensNewTab')}</span>
              </a>
            ) : (
              <span class="coverage-title">{title}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
