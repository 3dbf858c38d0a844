import type { Article, Version } from '@/lib/articles';
import { messagesFor } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/urls';
import { Byline } from './Byline';
import { DateLine } from './DateLine';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The article's only <h1>, its standfirst, byline, date, reading time, and its other language versions;
 * above the headline, how old an old article is (shown and printed, left out of the search index).
 */
export function ArticleHeader({
  article,
  versions,
  ageWarning,
}: {
  article: Article;
  versions: readonly Version[];
  ageWarning?: string | undefined;
}) {
  const t = messagesFor(article.language);
  return (
    <header className="article-header">
      <LanguageSwitch
        label={t.text('translations.label')}
        links={versions.map(({ language, slug }) => ({ language, href: articlePath(slug) }))}
        current={article.language}
      />
      {ageWarning ? (
        <p className="age-warning" data-pagefind-ignore="">
          {ageWarning}
        </p>
      ) : null}
      <h1>{article.headline}</h1>
      <p className="standfirst">{article.standfirst}</p>
      <div className="meta">
        <Byline authors={article.authors} language={article.language} />
        <p className="dateline">
          <DateLine date={article.published} language={article.language} />
          {article.modified ? (
            <>
              <span aria-hidden="true"> · </span>
              <DateLine date={article.modified} language={article.language} updated />
            </>
          ) : null}
          <span className="reading-time">
            <span aria-hidden="true"> · </span>
            {t.count('readingTime', article.stats.readingMinutes)}
          </span>
        </p>
      </div>
    </header>
  );
}
