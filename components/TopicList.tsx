import type { TopicRef } from '@/lib/articles';
import { topicPath } from '@/lib/urls';

/** The article's topics as a labelled list, each linking to its topic page. */
export function TopicList({ topics }: { topics: readonly TopicRef[] }) {
  return (
    <nav className="topics" aria-label="Topics" data-print="hide">
      <h2 className="topics-title">Topics</h2>
      <ul>
        {topics.map(({ name, slug }) => (
          <li key={slug}>
            <a href={topicPath(slug)}>{name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
