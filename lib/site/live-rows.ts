// The pages of a live story: its permalink (the newest updates, the pinned post, the key events and an
// index of every earlier update), its older updates page by page (`/news/<slug>/page/2/`), and `page/1/`
// sending the reader to the permalink. The story's share card, its updates file and its feed are files of
// the first page.
import { getSiteFile, getVersions } from '../articles';
import type { Article } from '../content/article';
import { toInstant } from '../content/dates';
import type { LiveUpdate } from '../content/live';
import { readPublishingRules } from '../content/publishing';
import { messagesFor } from '../i18n/messages';
import { paginate } from '../lists/pagination';
import { liveMetadata, updateName } from '../metadata/live';
import { shareImagePath } from '../metadata/share-image';
import { lastChange } from '../metadata/sitemaps';
import { site } from '../site-config';
import { articlePath, articleUrl, liveFeedPath, livePagePath, liveUpdatesPath } from '../urls';
import { fediverseCreators, toArticleView } from './article-rows';
import { toPublisher } from './publisher';
import { pageFile } from './route-paths';
import type { Chrome, LiveLink, LivePageView, LiveUpdateView, PageRow } from './views';

/** The routes of a live story's first page (every article's) and of its later pages. */
export const LIVE_ROUTES = { first: '/news/[slug]/', numbered: '/news/[slug]/page/[number]/' } as const;

/** Every page of the live story `article` (one with `live`), in the edition `chrome` frames. */
export function liveRows(article: Article, chrome: Chrome): PageRow[] {
  const live = article.live;
  if (!live) return [];
  const t = messagesFor(article.language);
  const { timeZone } = getSiteFile();
  const pinned = live.updates.find((update) => update.pinned);
  const pages = paginate(
    live.updates.filter((update) => update !== pinned),
    site.livePageSize,
  );
  const pageOf = new Map(pages.flatMap((page) => page.items.map((update) => [update.id, page.number])));
  const withDay = new Set(live.updates.map(({ time }) => t.dayOf(time, timeZone))).size > 1;
  const shown = (update: LiveUpdate): LiveUpdateView => ({
    id: update.id,
    datetime: toInstant(update.time).toISOString(),
    time: t.clock(update.time, timeZone, withDay),
    title: update.title,
    key: update.key,
    html: update.html,
  });
  const link = (update: LiveUpdate): LiveLink => {
    const number = pageOf.get(update.id) ?? 1; // the pinned post is on the first page
    return {
      id: update.id,
      href: `${number === 1 ? '' : livePagePath(article.slug, number)}#${update.id}`,
      datetime: toInstant(update.time).toISOString(),
      time: t.clock(update.time, timeZone, withDay),
      name: updateName(update),
    };
  };
  const now = readPublishingRules().now;
  const running = live.end === undefined || toInstant(live.end) > now;
  const versions = getVersions(article);
  const lastModified = lastChange(article);
  const status: LivePageView['status'] = running
    ? { running: true }
    : {
        running: false,
        ended: t.text('live.ended', {
          date: t.dayOf(live.end ?? article.published, timeZone),
          time: t.clock(live.end ?? article.published, timeZone),
        }),
      };
  const common = {
    kind: 'live',
    chrome,
    article,
    versions,
    publisher: toPublisher(article.language),
    status,
    zone: t.text('live.zone', { zone: t.zoneName(timeZone, live.updates[0]?.time ?? live.start) }),
    permalink: articleUrl(article.slug),
    feed: liveFeedPath(article.slug),
  } as const;
  const rows = pages.map((page): PageRow<LivePageView> => {
    const path = livePagePath(article.slug, page.number);
    const first = page.number === 1;
    return {
      path,
      language: article.language,
      route: first ? LIVE_ROUTES.first : LIVE_ROUTES.numbered,
      params: first ? { slug: article.slug } : { slug: article.slug, number: String(page.number) },
      files: [
        pageFile(path),
        ...(first
          ? [
              ...(article.image?.rendition?.crops.share ? [] : [shareImagePath(article).slice(1)]),
              liveUpdatesPath(article.slug).slice(1),
              liveFeedPath(article.slug).slice(1),
            ]
          : []),
      ],
      sitemap: {
        lastModified,
        alternates:
          first && article.translationKey !== undefined
            ? versions.map(({ language, slug }) => ({ language, url: articleUrl(slug) }))
            : [],
      },
      view: {
        ...common,
        metadata: liveMetadata(article, versions, page.number, fediverseCreators(article)),
        page: { number: page.number, count: page.count },
        pinned: first && pinned ? shown(pinned) : undefined,
        keyEvents: first ? live.updates.filter((update) => update.key).map(link) : [],
        updates: page.items.map(shown),
        earlier: first ? pages.slice(1).flatMap((later) => later.items.map(link)) : [],
        ...(first && running ? { updatesFile: liveUpdatesPath(article.slug) } : {}),
      },
    };
  });
  const redirect = `${articlePath(article.slug)}page/1/`;
  return [
    ...rows,
    {
      path: redirect,
      language: article.language,
      route: LIVE_ROUTES.numbered,
      params: { slug: article.slug, number: '1' },
      files: [pageFile(redirect)],
      view: toArticleView(article, chrome),
    },
  ];
}

/**
 * Next's export refuses a route without pages: a site with no live story keeps one page on the live
 * stories' numbered route, the newest article's `page/1/`, which sends the reader to the article.
 */
export function liveRouteFallback(rows: readonly PageRow[], newest: Article | undefined, chrome: Chrome): PageRow[] {
  if (!newest || rows.some((row) => row.route === LIVE_ROUTES.numbered)) return [];
  const path = `${articlePath(newest.slug)}page/1/`;
  return [
    {
      path,
      language: newest.language,
      route: LIVE_ROUTES.numbered,
      params: { slug: newest.slug, number: '1' },
      files: [pageFile(path)],
      view: toArticleView(newest, chrome),
    },
  ];
}
