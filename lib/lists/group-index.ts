// The index pages of an edition's authors and topics: each name, its page and how many articles.
import type { ArchiveGroup } from './archive';

/** One line of an authors' or topics' index: the registered id (its page), the name and the article count. */
export type IndexEntry = Readonly<{ slug: string; name: string; count: number }>;

/**
 * The authors or topics of the `language` edition among `groups`, with their article counts, sorted
 * alphabetically as readers of `locale` sort (Intl.Collator: Ў just after У in Belarusian, Ё beside Е
 * in Russian, not before А as code points would put them), then by id when two names compare equal.
 */
export function toIndexEntries(groups: readonly ArchiveGroup[], language: string, locale: string): IndexEntry[] {
  const collator = new Intl.Collator(locale);
  return groups
    .filter((group) => group.language === language)
    .map(({ slug, name, articles }) => ({ slug, name, count: articles.length }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
