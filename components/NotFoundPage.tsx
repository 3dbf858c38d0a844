import { messagesFor } from '@/lib/i18n/messages';
import type { NotFoundPageView } from '@/lib/site/views';
import { editionPath } from '@/lib/urls';
import { PageFrame } from './PageFrame';

/**
 * One page serves every unknown address, so it speaks the default edition's language and then, in
 * its own language, each other edition's (a reader who came from /be/… finds their words too).
 */
export function NotFoundPage({ view: { chrome, languages } }: { view: NotFoundPageView }) {
  const others = languages.filter((language) => language !== chrome.language);
  return (
    <PageFrame chrome={chrome}>
      <NotFoundText language={chrome.language} />
      {others.map((language) => (
        <section key={language} lang={language} className="not-found-other">
          <NotFoundText language={language} level={2} />
        </section>
      ))}
    </PageFrame>
  );
}

function NotFoundText({ language, level = 1 }: { language: string; level?: 1 | 2 }) {
  const t = messagesFor(language);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="not-found">
      <Heading className="page-title">{t.text('notFound.heading')}</Heading>
      <p>{t.text('notFound.text')}</p>
      <p>
        <a href={editionPath(language)}>{t.text('notFound.link')}</a>
      </p>
    </div>
  );
}
