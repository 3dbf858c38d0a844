import type { Metadata } from 'next';
import { DefaultEditionRedirect } from '@/components/DefaultEditionRedirect';
import { FrontPage } from '@/components/FrontPage';
import { defaultEditionRedirectMetadata, editionParams, frontPageMetadata } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;

/** The front page of each edition besides the default one: /be/, /ru/ (and /en/, which sends the reader to /). */
export function generateStaticParams(): { lang: string }[] {
  return editionParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  return lang === site.defaultLanguage ? defaultEditionRedirectMetadata('/') : frontPageMetadata(lang);
}

export default async function EditionFrontPage({ params }: Props) {
  const { lang } = await params;
  if (lang === site.defaultLanguage) return <DefaultEditionRedirect to="/" title={site.name} />;
  return <FrontPage language={lang} />;
}
