import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TopicList } from './TopicList';

describe('TopicList', () => {
  it('links each topic, as written, to its page', () => {
    const html = renderToStaticMarkup(
      <TopicList
        topics={[
          { name: 'INF treaty', slug: 'inf-treaty' },
          { name: 'R&D', slug: 'r-d' },
        ]}
        language="en"
      />,
    );
    expect(html).toContain(
      '<li><a href="/topics/inf-treaty/">INF treaty</a></li><li><a href="/topics/r-d/">R&amp;D</a></li>',
    );
    expect(html).toContain('<nav class="topics" aria-label="Topics" data-print="hide">');
  });
});
