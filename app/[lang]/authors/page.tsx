import type { Metadata } from 'next';
import { GroupIndexPage } from '@/components/GroupIndexPage';
import { editionGroupIndexMetadata } from '@/lib/lists/browse-pages';
import { editionParams } from '@/lib/lists/list-pages';

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;

/** Each other edition's index of every author, /be/authors/ (/en/authors/ sends the reader to /authors/). */
export function generateStaticParams(): { lang: string }[] {
  return editionParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editionGroupIndexMetadata('author', (await params).lang);
}

export default async function EditionAuthorsIndexPage({ params }: Props) {
  return <GroupIndexPage kind="author" language={(await params).lang} prefixed />;
}
