import { messagesFor } from '@/lib/i18n/messages';
import { groupIndex, groupIndexPath, type IndexKind } from '@/lib/lists/browse-pages';
import { site } from '@/lib/site-config';
import { DefaultEditionRedirect } from './DefaultEditionRedirect';
import { PageFrame } from './PageFrame';

/** `prefixed`: rendered by a `[lang]` route, whose default-language pages live at the root. */
type Props = { kind: IndexKind; language: string; prefixed?: boolean };

/** An edition's index of every topic or every author: each name linking to its page, with its article count. */
export function GroupIndexPage({ kind, language, prefixed = false }: Props) {
  const t = messagesFor(language);
  const { title, entries } = groupIndex(kind, language);
  // Under the default language's prefix (/en/topics/) the page only sends the reader to the root's.
  if (prefixed && language === site.defaultLanguage)
    return <DefaultEditionRedirect to={groupIndexPath(kind, language)} title={title} />;
  return (
    <PageFrame language={language}>
      <h1 className="page-title">{title}</h1>
      <ul className="browse-list">
        {entries.map(({ slug, name, count, href }) => (
          <li key={slug}>
            <a href={href}>{name}</a> <span className="browse-count">{t.count('browse.articleCount', count)}</span>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
