// The corrections page's feed: every correction of an edition, newest first, for RSS (lib/metadata/feeds/rss.ts).
import type { Article } from '../../content/article';
import { toInstant } from '../../content/dates';
import { messagesFor } from '../../i18n/messages';
import { correctionsIn } from '../../lists/corrections';
import { site } from '../../site-config';
import { absoluteUrl, articleUrl, correctionsPath, shortPath } from '../../urls';
import { type Feed, FEED_SIZE } from './feed';
import { escapeXml } from './xml';

/**
 * The newest FEED_SIZE corrections of the articles in `language` as a feed: each item says which article
 * was corrected, when and how, links to the article's corrections, and keeps its id (the article's short
 * link and the correction's day) whatever becomes of the headline.
 */
export function toCorrectionsFeed(articles: readonly Article[], language: string): Feed {
  const t = messagesFor(language);
  const slugs = new Map(articles.map((article) => [article.id, article.slug]));
  const items = correctionsIn(articles, language)
    .slice(0, FEED_SIZE)
    .map((item) => {
      const permalink = articleUrl(slugs.get(item.articleId) ?? '');
      const [, anchor] = item.id.split('#');
      return {
        id: `${absoluteUrl(shortPath(item.articleId))}#${anchor}`,
        url: absoluteUrl(item.href),
        title: t.text('corrections.feedItem', { headline: item.headline }),
        summary: item.text,
        contentHtml: [
          `<p><strong>${escapeXml(t.text('corrections.item', { date: t.date(item.date) }))}</strong> ${escapeXml(item.text)}</p>`,
          `<p><a href="${escapeXml(permalink)}">${escapeXml(item.headline)}</a></p>`,
        ].join('\n'),
        published: toInstant(item.date),
        updated: undefined,
        authors: [],
        categories: [],
        language,
        image: undefined,
      };
    });
  return {
    title: `${site.name}: ${t.text('corrections.pageTitle')}`,
    description: t.text('corrections.pageDescription', { site: site.name }),
    homeUrl: absoluteUrl(correctionsPath(language)),
    language,
    updated: new Date(Math.max(0, ...items.map((item) => item.published.getTime()))),
    items,
  };
}
