import { messagesFor } from '@/lib/i18n/messages';
import { publisherJsonLd } from '@/lib/metadata/structured-data';
import { site } from '@/lib/site-config';
import type { AboutPageView } from '@/lib/site/views';
import { ArticleBody } from './ArticleBody';
import { keyed } from './keyed';
import { PageFrame } from './PageFrame';
import { StructuredData } from './StructuredData';

/**
 * One of the newsroom's own pages (About, Contact, Editorial standards, …): its title, when it last
 * changed, the newsroom's address on the page that gives it, its text, and on `/about/` the way to every
 * other one and who publishes the site as structured data. Printed like an article.
 */
export function AboutPage({
  view: { chrome, title, html, updated, contact, pages, publisher },
}: {
  view: AboutPageView;
}) {
  const { language } = chrome;
  const t = messagesFor(language);
  return (
    <PageFrame chrome={chrome}>
      {publisher ? (
        <StructuredData
          data={{
            '@context': 'https://schema.org',
            '@type': 'AboutPage',
            name: title,
            inLanguage: language,
            mainEntity: publisherJsonLd(publisher),
          }}
        />
      ) : null}
      <div className="about-page">
        <h1 className="page-title">{title}</h1>
        {updated ? (
          <p className="about-updated">
            {keyed(t.parts('about.updated', { date: <time dateTime={updated}>{t.date(updated)}</time> }))}
          </p>
        ) : null}
        {contact ? (
          <p className="contact-address">
            {keyed(t.parts('about.contact', { address: <a href={`mailto:${contact}`}>{contact}</a> }))}
          </p>
        ) : null}
        {html ? <ArticleBody html={html} /> : <p>{t.text('site.description', { site: site.name })}</p>}
        {pages && pages.length > 0 ? (
          <nav className="about-pages" aria-labelledby="about-pages" data-print="hide">
            <h2 id="about-pages">{t.text('about.more', { site: site.name })}</h2>
            <ul>
              {pages.map(({ href, label }) => (
                <li key={href}>
                  <a href={href}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </PageFrame>
  );
}
