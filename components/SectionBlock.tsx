import { messagesFor } from '@/lib/i18n/messages';
import type { Section } from '@/lib/lists/front-page';
import { articlePath } from '@/lib/urls';
import { DateLine } from './DateLine';

/** A featured topic on the front page: its name linking to its page, its newest headlines, and "More on …". */
export function SectionBlock({ section, language }: { section: Section; language: string }) {
  const t = messagesFor(language);
  const headingId = `section-${section.id}`;
  return (
    <section className="front-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a href={section.path}>{section.name}</a>
      </h2>
      <ul>
        {section.articles.map((article) => (
          <li key={article.slug}>
            <a href={articlePath(article.slug)}>{article.headline}</a>{' '}
            <span className="section-date">
              <DateLine date={article.published} language={language} />
            </span>
          </li>
        ))}
      </ul>
      <p className="section-more">
        <a href={section.path}>{t.text('front.more', { topic: section.name })}</a>
      </p>
    </section>
  );
}
