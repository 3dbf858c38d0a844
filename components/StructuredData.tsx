import { serializeJsonLd } from '@/lib/metadata/structured-data';

/** Structured data for search engines, as a JSON-LD block that front matter text cannot break out of. */
export function StructuredData({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
