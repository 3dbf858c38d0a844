import type { Article } from './article';

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
      published.push(article);
    }
  }
  return { published, held };
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
