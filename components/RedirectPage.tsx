import type { RedirectPageView } from '@/lib/site/views';
import { PageFrame } from './PageFrame';
import { RedirectNotice } from './RedirectNotice';

/** The whole of a page that sends the reader on: an old slug, a short link, a list's `page/1/`, `/<default>/…`. */
export function RedirectPage({ view: { chrome, to, heading, label, labelLanguage } }: { view: RedirectPageView }) {
  return (
    <PageFrame chrome={chrome}>
      <RedirectNotice to={to} heading={heading} language={chrome.language}>
        {labelLanguage ? <span lang={labelLanguage}>{label}</span> : label}
      </RedirectNotice>
    </PageFrame>
  );
}
