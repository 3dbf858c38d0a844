// The pages for browsing an edition without search: its topics' and authors' indexes and its date archive.
import type { Metadata } from 'next';
import { pagePreview } from '../metadata/page-preview';
import { getAuthors, getTopics } from './archive';
import { type ArchiveMonth, formatMonth, getArchiveMonth } from './date-archive';
import { type IndexEntry, toIndexEntries } from './group-index';
import { getEditionLanguages } from '../articles';
import { languageAlternates } from '../metadata/language-alternates';
import { messagesFor } from '../i18n/messages';
import { site } from '../site-config';
import {
  absoluteUrl,
  archiveMonthPath,
  archivePath,
  authorPath,
  authorsIndexPath,
  topicPath,
  topicsIndexPath,
} from '../urls';

/** The two indexes of an edition, its topics and its authors: the same shape, described here once. */
export type IndexKind = 'topic' | 'author';

const INDEXES = {
  topic: {
    all: getTopics,
    path: topicsIndexPath,
    entryPath: topicPath,
    title: 'browse.topicsTitle',
    description: 'browse.topicsDescription',
  },
  author: {
    all: getAuthors,
    path: authorsIndexPath,
    entryPath: authorPath,
    title: 'browse.authorsTitle',
    description: 'browse.authorsDescription',
  },
} as const;

/** An index page's heading and entries, each with its page in the edition. */
export function groupIndex(kind: IndexKind, language: string) {
  const t = messagesFor(language);
  const { all, entryPath, title } = INDEXES[kind];
  const entries = toIndexEntries(all(), language, t.text('locale.intl')).map((entry: IndexEntry) => ({
    ...entry,
    href: entryPath(entry.slug, language),
  }));
  return { title: t.text(title), entries };
}

/** An index page's metadata: its title, description, address, and the same index in every edition. */
export function groupIndexMetadata(kind: IndexKind, language: string): Metadata {
  const t = messagesFor(language);
  const { path, title, description } = INDEXES[kind];
  const editions = getEditionLanguages().map((edition) => ({ language: edition, url: absoluteUrl(path(edition)) }));
  const preview = { title: t.text(title), description: t.text(description, { site: site.name }) };
  return {
    ...preview,
    alternates: { canonical: path(language), ...languageAlternates(editions) },
    ...pagePreview({ ...preview, path: path(language), language }),
  };
}

/** An edition's date archive: its metadata, with the archive of every edition as its language versions. */
export function archiveMetadata(language: string): Metadata {
  const t = messagesFor(language);
  const editions = getEditionLanguages().map((edition) => ({
    language: edition,
    url: absoluteUrl(archivePath(edition)),
  }));
  const preview = { title: t.text('archive.title'), description: t.text('archive.description', { site: site.name }) };
  return {
    ...preview,
    alternates: { canonical: archivePath(language), ...languageAlternates(editions) },
    ...pagePreview({ ...preview, path: archivePath(language), language }),
  };
}

/** A month as its edition's language names it: "October 2018", "кастрычнік 2018". */
export function monthName({ year, month, language }: Pick<ArchiveMonth, 'year' | 'month' | 'language'>): string {
  return formatMonth(year, month, messagesFor(language).text('locale.intl'));
}

/** A month page's metadata; the same month in the other editions that have articles then are its language versions. */
export function archiveMonthMetadata(found: ArchiveMonth): Metadata {
  const { language } = found;
  const t = messagesFor(language);
  const name = monthName(found);
  const versions = getEditionLanguages()
    .filter((edition) => getArchiveMonth(found.year, found.month, edition))
    .map((edition) => ({ language: edition, url: absoluteUrl(archiveMonthPath(found.year, found.month, edition)) }));
  const preview = {
    title: t.text('archive.monthTitle', { month: name }),
    description: t.text('archive.monthDescription', { site: site.name, month: name }),
  };
  const path = archiveMonthPath(found.year, found.month, language);
  return {
    ...preview,
    alternates: { canonical: path, ...languageAlternates(versions) },
    ...pagePreview({ ...preview, path, language }),
  };
}
