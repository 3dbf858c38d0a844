import type { Metadata } from 'next';
import Link from 'next/link';

// No `robots` here: Next already gives its not-found page <meta name="robots" content="noindex">, and a
// second one would repeat it (tests/build/output.test.ts checks there is exactly one).
export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="not-found">
      <h1 className="page-title">We can’t find that page</h1>
      <p>
        The address may be mistyped, or the page may have moved. Our article links never change, so if you followed a
        link from elsewhere, the latest articles are on the home page.
      </p>
      <p>
        <Link href="/">Go to the latest articles</Link>
      </p>
    </div>
  );
}
