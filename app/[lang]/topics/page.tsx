import type { Metadata } from 'next';
import { GroupIndexPage } from '@/components/GroupIndexPage';
import { editionGroupIndexMetadata } from '@/lib/lists/browse-pages';
import { editionParams } from '@/lib/lists/list-pages';

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;

/** Each other edition's index of every topic, /be/topics/ (/en/topics/ sends the reader to /topics/). */
export function generateStaticParams(): { lang: string }[] {
  return editionParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editionGroupIndexMetadata('topic', (await params).lang);
}

export default async function EditionTopicsIndexPage({ params }: Props) {
  return <GroupIndexPage kind="topic" language={(await params).lang} prefixed />;
}
