import type { Metadata } from 'next';
import { ArchiveMonthPage } from '@/components/ArchiveMonthPage';
import { archiveMonthMetadata, archiveMonthParams } from '@/lib/lists/browse-pages';
import { site } from '@/lib/site-config';

type Props = { params: Promise<{ year: string; month: string }> };

export const dynamicParams = false;

/** Every month of the default edition that has articles, /archive/2018/10/. */
export function generateStaticParams(): { year: string; month: string }[] {
  return archiveMonthParams(site.defaultLanguage);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, month } = await params;
  return archiveMonthMetadata(year, month, site.defaultLanguage);
}

export default async function ArchiveMonth({ params }: Props) {
  const { year, month } = await params;
  return <ArchiveMonthPage year={year} month={month} language={site.defaultLanguage} />;
}
