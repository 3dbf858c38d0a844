import type { Article } from './article';
import { toInstant } from './dates';
import { updatesLinks } from './parse-article';

export type PublishingRules = Readonly<{
  /** The moment of the build: articles dated after it are under embargo. */
  now: Date;
  /** Drafts are shown in `next dev` only. */
  includeDrafts: boolean;
}>;

/** An article left out of this build, and why, for the build log. */
export type HeldArticle = Readonly<{ file: string; reason: string }>;

/** Splits articles into those this build publishes and those it holds back (drafts, embargoes). */
export function selectPublished(
  articles: readonly Article[],
  { now, includeDrafts }: PublishingRules,
): { published: Article[]; held: HeldArticle[] } {
  const published: Article[] = [];
  const held: HeldArticle[] = [];
  for (const article of articles) {
    if (article.draft && !includeDrafts) {
      held.push({ file: article.file, reason: 'draft: true (remove the line to publish it)' });
    } else if (new Date(article.publishedAt) > now) {
      held.push({ file: article.file, reason: `embargoed until ${article.published}` });
    } else {
      published.push(article.live ? releaseUpdates(article, now, held) : article);
    }
  }
  return { published, held };
}

/**
 * A live story as it stands at `now`: an update timed later is held until its time, like an embargoed
 * article (noted in `held`), with its photos and links; the story's last change is its latest update.
 */
function releaseUpdates(article: Article, now: Date, held: HeldArticle[]): Article {
  const live = article.live;
  if (!live) return article;
  const due = live.updates.filter((update) => toInstant(update.time) <= now);
  for (const update of live.updates)
    if (!due.includes(update))
      held.push({ file: article.file, reason: `the update at line ${update.line} is held until ${update.time}` });
  const latest = due[0];
  const later = latest !== undefined && (article.modifiedAt === undefined || toInstant(latest.time) > new Date(article.modifiedAt));
  return {
    ...article,
    live: { ...live, updates: due },
    modified: later ? latest.time : article.modified,
    modifiedAt: later ? toInstant(latest.time).toISOString() : article.modifiedAt,
    bodyImages: due.flatMap((update) => update.images),
    frameSources: [...new Set(due.flatMap((update) => update.frameSources))].sort(),
    bodyLinks: updatesLinks(due),
  };
}

/**
 * The moments after `now` at which a build publishes more of `articles`, soonest first: an embargo
 * lifting, a live story's held update falling due, its coverage ending (its page then says so).
 */
export function nextReleases(articles: readonly Article[], now: Date): Date[] {
  return articles
    .flatMap((article) => [
      new Date(article.publishedAt),
      ...(article.live ? [...article.live.updates.map(({ time }) => time), ...(article.live.end ? [article.live.end] : [])] : []).map(
        (moment) => toInstant(moment),
      ),
    ])
    .filter((moment) => moment > now)
    .sort((a, b) => a.getTime() - b.getTime());
}

/**
 * The rules of this run: BUILD_TIME (an ISO date-time) fixes "now" for reproducible builds and tests;
 * drafts appear only under `next dev`.
 */
export function readPublishingRules(env: Readonly<Record<string, string | undefined>> = process.env): PublishingRules {
  const buildTime = env.BUILD_TIME?.trim();
  const now = buildTime ? new Date(buildTime) : new Date();
  if (Number.isNaN(now.getTime())) {
    throw new Error(
      `BUILD_TIME: "${buildTime}" is not a date-time; write it like 2026-11-25T09:00:00Z or leave it unset`,
    );
  }
  return { now, includeDrafts: env.NODE_ENV === 'development' };
}
