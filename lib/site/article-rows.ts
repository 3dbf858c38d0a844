// The pages each published article makes: its permalink, one redirect page per earlier slug, and its
// short link.
import type { Article } from '../content/article';
import { getRegistry, getVersions, toSummary } from '../articles';
import { yearsSince } from '../content/article-age';
import { newsroomDay } from '../content/dates';
import { messagesFor } from '../i18n/messages';
import { getRelated } from '../lists/related';
import { articleMetadata } from '../metadata/article-metadata';
import { redirectMetadata } from '../metadata/redirect-metadata';
import { shareImagePath } from '../metadata/share-image';
import { lastChange } from '../metadata/sitemaps';
import { articlePath, articleUrl, shortPath } from '../urls';
import type { Chrome, PageRow, RedirectPageView } from './views';
import { toPublisher } from './publisher';
import { pageFile } from './route-paths';

/**
 * When an article is old enough to say so: the build's day where the newsroom is (`YYYY-MM-DD`, from
 * BUILD_TIME and site.yml's time zone: ageRule), and site.yml's age in years (false: never).
 */
export type AgeRule = Readonly<{ today: string; afterYears: number | false }>;

/** The rule of a build at `now` in the newsroom's `timeZone`. */
export function ageRule(now: Date, timeZone: string, afterYears: number | false): AgeRule {
  return { today: newsroomDay(now, timeZone), afterYears };
}

/**
 * "This article is more than 8 years old", in the article's language, when on the newsroom's day of
 * the build it is at least `afterYears` whole years old; otherwise undefined.
 */
export function ageWarning(article: Pick<Article, 'published' | 'language'>, { today, afterYears }: AgeRule) {
  if (afterYears === false) return undefined;
  const years = yearsSince(article.published, today);
  return years >= afterYears ? messagesFor(article.language).count('article.ageWarning', years) : undefined;
}

/**
 * The permalink page of `article`, with its share card when it has no photo crop to share, and its
 * dated warning by `age`.
 */
export function articleRow(article: Article, chrome: Chrome, age: AgeRule): PageRow {
  const warning = ageWarning(article, age);
  const versions = getVersions(article);
  const path = articlePath(article.slug);
  return {
    path,
    language: article.language,
    route: '/news/[slug]/',
    params: { slug: article.slug },
    files: [pageFile(path), ...(article.image?.rendition?.crops.share ? [] : [shareImagePath(article).slice(1)])],
    sitemap: {
      lastModified: lastChange(article),
      alternates:
        article.translationKey === undefined
          ? []
          : versions.map(({ language, slug }) => ({ language, url: articleUrl(slug) })),
    },
    view: {
      kind: 'article',
      chrome,
      metadata: articleMetadata(article, versions, fediverseCreators(article)),
      article,
      versions,
      related: getRelated(article).map(toSummary),
      ...(warning ? { ageWarning: warning } : {}),
      publisher: toPublisher(article.language),
    },
  };
}

/** The fediverse handles (authors.yml's `fediverse`) of the article's authors who have one. */
export function fediverseCreators(article: Article): string[] {
  const { authors } = getRegistry();
  return article.authors.flatMap(({ id }) => authors.get(id)?.fediverse ?? []);
}

/** A page that sends the reader to `article`'s permalink, previewing as the article does. */
export function toArticleView(article: Article, chrome: Chrome): RedirectPageView {
  return {
    kind: 'redirect',
    chrome,
    metadata: redirectMetadata(article, fediverseCreators(article)),
    to: articlePath(article.slug),
    heading: messagesFor(article.language).text('redirect.toArticle'),
    label: article.headline,
    labelLanguage: article.language,
  };
}

/** The redirect pages of `article`: one per earlier slug (`/news/<alias>/`), and its short link `/a/<id>/`. */
export function movedRows(article: Article, chrome: Chrome): PageRow[] {
  const view = toArticleView(article, chrome);
  const row = (path: string, route: string, params: Record<string, string>): PageRow => ({
    path,
    language: article.language,
    route,
    params,
    files: [pageFile(path)],
    view,
  });
  return [
    ...article.aliases.map((alias) => row(articlePath(alias), '/news/[slug]/', { slug: alias })),
    row(shortPath(article.id), '/a/[id]/', { id: article.id }),
  ];
}
