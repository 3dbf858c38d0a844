import type { Metadata } from 'next';
import { PageFrame } from '@/components/PageFrame';
import { getEditionLanguages } from '@/lib/articles';
import { messagesFor } from '@/lib/i18n/messages';
import { pagePreview } from '@/lib/metadata/page-preview';
import { site } from '@/lib/site-config';
import { editionPath } from '@/lib/urls';

// No `robots` here: Next already gives its not-found page <meta name="robots" content="noindex">, and a
// second one would repeat it (tests/build/output.test.ts checks there is exactly one).
export function generateMetadata(): Metadata {
  const t = messagesFor(site.defaultLanguage);
  const title = t.text('notFound.title');
  const description = t.text('notFound.text');
  // The address that was not found is unknown here: the preview names the front page instead.
  return { title, description, ...pagePreview({ title, description, path: '/', language: site.defaultLanguage }) };
}

/**
 * One page serves every unknown address, so it speaks the default edition's language and then, in
 * its own language, each other edition's (a reader who came from /be/… finds their words too).
 */
export default function NotFound() {
  const [first = site.defaultLanguage, ...others] = getEditionLanguages();
  return (
    <PageFrame language={first}>
      <NotFoundText language={first} />
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
