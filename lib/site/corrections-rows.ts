// Each edition's corrections page: every correction to its articles, newest first, paged like the other lists.
import { getArticles, getEditionLanguages, getSiteFile, getSitePages } from '../articles';
import { messagesFor } from '../i18n/messages';
import { correctionsIn } from '../lists/corrections';
import { firstPageRedirectMetadata, type ListInfo, listMetadata } from '../lists/list-pages';
import { paginate } from '../lists/pagination';
import { languageAlternates } from '../metadata/language-alternates';
import { site } from '../site-config';
import { aboutPath, absoluteUrl, correctionsFeedPath, correctionsPath } from '../urls';
import { editionRow } from './edition-route';
import type { Chrome, PageRow } from './views';

/** The root routes of the corrections page and of its `page/<n>/`. */
export const CORRECTIONS_ROUTES = { first: '/corrections/', numbered: '/corrections/page/[number]/' } as const;

/** An edition's corrections, as its pages name them. */
export function correctionsList(language: string): ListInfo {
  const t = messagesFor(language);
  return {
    title: t.text('corrections.pageTitle'),
    description: t.text('corrections.pageDescription', { site: site.name }),
    firstPage: correctionsPath(language),
    language,
  };
}

/**
 * An edition's corrections page (`/corrections/`, `/be/corrections/`), its later pages from `page/2/`,
 * and its `page/1/`, which sends the reader to the first. Dated in the sitemap by the newest correction.
 */
export function correctionsRows(language: string, chrome: Chrome): PageRow[] {
  const info = correctionsList(language);
  const items = correctionsIn(getArticles(), language);
  const lastModified = items[0]?.date;
  const editions = [...getEditionLanguages()]
    .sort()
    .map((edition) => ({ language: edition, url: absoluteUrl(correctionsPath(edition)) }));
  const feed = correctionsFeedPath(language);
  const policyId = getSiteFile().policies.correctionsPolicy;
  const policyPage = getSitePages().find((page) => page.id === policyId && page.language === language);
  const policy = policyPage ? { policy: { href: aboutPath(language, policyPage.id), label: policyPage.title } } : {};
  return paginate(items, site.listPageSize).flatMap((page): PageRow[] => {
    const view = {
      kind: 'corrections',
      chrome,
      title: info.title,
      page,
      firstPage: info.firstPage,
      feed,
      ...policy,
    } as const;
    const number = String(page.number);
    if (page.number > 1)
      return [
        editionRow(
          language,
          CORRECTIONS_ROUTES.numbered,
          { number },
          { ...view, metadata: listMetadata(info, page.number) },
          { lastModified, alternates: [] },
        ),
      ];
    const metadata = listMetadata(info, 1);
    return [
      editionRow(
        language,
        CORRECTIONS_ROUTES.first,
        {},
        { ...view, metadata: { ...metadata, alternates: { ...metadata.alternates, ...languageAlternates(editions) } } },
        { lastModified, alternates: editions },
      ),
      editionRow(
        language,
        CORRECTIONS_ROUTES.numbered,
        { number },
        {
          kind: 'redirect',
          chrome,
          metadata: firstPageRedirectMetadata(info),
          to: info.firstPage,
          heading: messagesFor(language).text('redirect.toCorrections'),
          label: info.title,
        },
      ),
    ];
  });
}
