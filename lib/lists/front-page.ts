// The front page's hierarchy: a lead story, a few secondary ones, the latest list, and featured sections.
import type { ArticleSummary } from '../content/article';
import { getSiteFile, toSummary } from '../articles';
import { getTopic } from './archive';
import { site } from '../site-config';
import { topicPath } from '../urls';

/** A featured topic on a front page: its name in the edition's language, its page, its latest stories. */
export type Section = Readonly<{ id: string; name: string; path: string; articles: readonly ArticleSummary[] }>;

export type FrontPageBlocks = Readonly<{
  lead: ArticleSummary | undefined;
  secondary: readonly ArticleSummary[];
  latest: readonly ArticleSummary[];
  sections: readonly Section[];
}>;

/** How many stories stand under the lead, and how many each section shows. */
export const SECONDARY_COUNT = 3;
export const SECTION_SIZE = 3;

/**
 * Arranges a front page's first page (newest first): the newest story leads, the next few are
 * secondary, the rest are the latest list. A reader sees each story once: each section shows its newest
 * stories that are not already on the page above it (the lead, the secondary stories, the latest list
 * or an earlier section), and a section with none left is left out (the header still links its topic).
 */
export function arrangeFrontPage(
  items: readonly ArticleSummary[],
  sections: readonly Section[],
  secondaryCount = SECONDARY_COUNT,
  sectionSize = SECTION_SIZE,
): FrontPageBlocks {
  const [lead, ...rest] = items;
  const secondary = rest.slice(0, secondaryCount);
  const shown = new Set(items.map((article) => article.slug));
  const filled: Section[] = [];
  for (const section of sections) {
    const articles = section.articles.filter((article) => !shown.has(article.slug)).slice(0, sectionSize);
    articles.forEach((article) => shown.add(article.slug));
    if (articles.length > 0) filled.push({ ...section, articles });
  }
  return { lead, secondary, latest: rest.slice(secondaryCount), sections: filled };
}

/**
 * The topics content/site.yml features that have stories in the edition, in its order, each named in
 * the edition's language with its newest stories (at most `size`: by default enough to fill the
 * section after skipping every story a front page shows above it).
 */
export function featuredSections(language: string, size?: number): Section[] {
  const ids = getSiteFile().sections;
  const enough = size ?? site.listPageSize + SECTION_SIZE * ids.length;
  return ids.flatMap((id) => {
    const topic = getTopic(id, language);
    return topic
      ? [
          {
            id,
            name: topic.name,
            path: topicPath(id, language),
            articles: topic.articles.slice(0, enough).map(toSummary),
          },
        ]
      : [];
  });
}
