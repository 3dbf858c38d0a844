import type { TopicRef } from '@/lib/articles';
import { messagesFor } from '@/lib/i18n/messages';
import { topicPath } from '@/lib/urls';

/** The article's topics as a labelled list, each linking to its topic page in the article's language. */
export function TopicList({ topics, language }: { topics: readonly TopicRef[]; language: string }) {
  const title = messagesFor(language).text('topics.title');
  return (
    <nav className="topics" aria-label={title} data-print="hide">
      <h2 className="topics-title">{title}</h2>
      <ul>
        {topics.map(({ name, slug }) => (
          <li key={slug}>
            <a href={topicPath(slug, language)}>{name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
