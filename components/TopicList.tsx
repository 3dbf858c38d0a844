/** The article's topics as a labelled list. */
export function TopicList({ topics }: { topics: readonly string[] }) {
  return (
    <nav className="topics" aria-label="Topics" data-print="hide">
      <h2 className="topics-title">Topics</h2>
      <ul>
        {topics.map((topic) => (
          <li key={topic}>{topic}</li>
        ))}
      </ul>
    </nav>
  );
}
