// What each kind of page shows: plain, serialisable data, made once per build by the page table
// (lib/site/pages.ts) and drawn by one component per kind. A view holds everything its page shows, so a
// page's cache key is a hash of its view (lib/build/page-reuse.ts) and a component test is a view in,
// markup out.
import type { Metadata } from 'next';
import type { Article, ArticleSummary, Version } from '../content/article';
import type { CorrectionItem } from '../lists/corrections';
import type { FrontPageBlocks } from '../lists/front-page';
import type { IndexEntry } from '../lists/group-index';
import type { ListPage } from '../lists/pagination';
import type { Alternate } from '../metadata/language-alternates';
import type { Publisher } from '../metadata/structured-data';
import type { ImageRendition } from '../images/image-catalog';
import type { Focus } from '../images/image-plan';
import type { SafeHtml } from '../markdown/markdown';

/** A link to one edition's front page, as the masthead's language switch shows it. */
export type EditionLink = Readonly<{ language: string; href: string }>;

/** A featured section as the masthead links it. */
export type SectionLink = Readonly<{ id: string; name: string; path: string }>;

/** A link to one of the newsroom's own pages (About, Contact, …) as the footer of every page shows it. */
export type PageLink = Readonly<{ href: string; label: string }>;

/**
 * What every page of one edition shows around its own content: the masthead's editions and sections,
 * and the footer's links to the newsroom's own pages in the edition's language.
 */
export type Chrome = Readonly<{
  language: string;
  editions: readonly EditionLink[];
  sections: readonly SectionLink[];
  newsroom: readonly PageLink[];
}>;

type Shown<K extends string, V> = Readonly<{ kind: K; chrome: Chrome; metadata: Metadata } & V>;

/**
 * An article's permalink page. `ageWarning` is the sentence above the headline of an article older than
 * site.yml's `ageWarningYears` on the build's day ("This article is more than 8 years old"): in the view,
 * so the page's key changes with its words. `publisher` is who publishes it, with its policies, for its
 * structured data.
 */
export type ArticlePageView = Shown<
  'article',
  {
    article: Article;
    versions: readonly Version[];
    related: readonly ArticleSummary[];
    ageWarning?: string;
    publisher: Publisher;
  }
>;

/** A live story's update as a link from elsewhere in the story names it: the key events, the earlier updates. */
export type LiveLink = Readonly<{
  id: string;
  /** Where it is now: `#update-…` on its own page, or the page it has moved to. */
  href: string;
  /** Its moment in UTC, for <time datetime>. */
  datetime: string;
  /** Its time in the newsroom's zone and the story's language: "21:40", or "4 December at 21:40". */
  time: string;
  /** Its title, or the start of its text. */
  name: string;
}>;

/** One update as its page shows it. */
export type LiveUpdateView = Readonly<{
  id: string;
  datetime: string;
  time: string;
  title: string | undefined;
  key: boolean;
  html: SafeHtml;
}>;

/**
 * A page of a live story (lib/site/live-rows.ts): the story's header and status, on its first page the
 * pinned post, the key events and an index of the updates on later pages, then this page's updates,
 * newest first.
 */
export type LivePageView = Shown<
  'live',
  {
    article: Article;
    versions: readonly Version[];
    /** Who publishes it, with its policies, for its structured data. */
    publisher: Publisher;
    /** While the coverage runs, "live"; after, what the page says instead: "Coverage ended 4 December 2026, 23:40". */
    status: Readonly<{ running: true }> | Readonly<{ running: false; ended: string }>;
    /** "Times are GMT+3." */
    zone: string;
    /** Page `number` of `count`; the story's first page is its permalink. */
    page: Readonly<{ number: number; count: number }>;
    pinned: LiveUpdateView | undefined;
    keyEvents: readonly LiveLink[];
    updates: readonly LiveUpdateView[];
    /** On the first page: every update on the later pages, so an update's link finds it without script. */
    earlier: readonly LiveLink[];
    /** The story's permalink, absolute: each update's link is it with `#update-…`. */
    permalink: string;
    /** While the coverage runs, on the first page: the small file the page's script checks for new updates. */
    updatesFile?: string;
    /** The story's own feed of its updates. */
    feed: string;
  }
>;

/**
 * A page that only sends the reader on (an old slug, a short link, a list's `page/1/`, `/<default>/…`):
 * where to, the heading, and the link's words, in `labelLanguage` when that is not the page's.
 */
export type RedirectPageView = Shown<
  'redirect',
  { to: string; heading: string; label: string; labelLanguage?: string }
>;

/** An edition's front page: the lead, secondary and latest stories, the sections, the way to older ones. */
export type FrontPageView = Shown<
  'front',
  { heading: string; blocks: FrontPageBlocks; firstPage: string; number: number; count: number }
>;

/** A page of a list of articles: an edition's older articles, an author's or a topic's. */
export type ListPageView = Shown<
  'list',
  {
    heading: string;
    page: ListPage<ArticleSummary>;
    firstPage: string;
    /** An author's profile, on their list's first page. */
    profile?: AuthorProfile;
  }
>;

/**
 * A page of an edition's corrections, newest first, each with its article, where their feed is, and the
 * page stating the newsroom's corrections policy (site.yml's `policies.correctionsPolicy`) when it has one.
 */
export type CorrectionsPageView = Shown<
  'corrections',
  { title: string; page: ListPage<CorrectionItem>; firstPage: string; feed: string; policy?: PageLink }
>;

/**
 * An author as their page presents them (authors.yml), in the page's language: name, the page's absolute
 * URL, role and biography, photo (its alt the name), the links to their other profiles (each `rel="me"`),
 * and `sameAs`, those profiles' addresses for structured data (the fediverse account's too).
 */
export type AuthorProfile = Readonly<{
  name: string;
  url: string;
  role?: string;
  bio?: string;
  photo?: Readonly<{ rendition: ImageRendition | undefined; focus: Focus; src: string }>;
  links: readonly Readonly<{ kind: string; label: string; url: string }>[];
  sameAs: readonly string[];
}>;

/** An edition's index of every topic or author. */
export type IndexPageView = Shown<'index', { title: string; entries: readonly (IndexEntry & { href: string })[] }>;

/** One month of the date archive, as the archive's index and the months either side name it. */
export type MonthLink = Readonly<{ href: string; name: string; count: number }>;

/** An edition's date archive: its years, newest first, each with its months. */
export type ArchivePageView = Shown<
  'archive',
  { years: readonly Readonly<{ year: number; months: readonly MonthLink[] }>[] }
>;

/** One month's page of an edition's archive. */
export type MonthPageView = Shown<
  'month',
  { title: string; items: readonly ArticleSummary[]; later?: MonthLink; earlier?: MonthLink; allMonths: string }
>;

/**
 * One of the newsroom's own pages (content/pages/<id>.<language>.md), or the section's own page
 * `/about/`, which every edition has: the `about` page's text when there is one (otherwise the site's
 * description from the catalogue), then `pages`, a link to each of the others, and `publisher`, for its
 * structured data. `contact` is site.yml's address, above the text of the `contact` page (or of
 * `/about/` when there is none).
 */
export type AboutPageView = Shown<
  'about',
  {
    title: string;
    html?: SafeHtml;
    updated?: string;
    contact?: string;
    pages?: readonly PageLink[];
    publisher?: Publisher;
  }
>;

/** An edition's search page: its words come from the edition's catalogue. */
export type SearchPageView = Shown<'search', Record<never, never>>;

/** The one page every unknown address gets: in the default edition's language, then each other edition's. */
export type NotFoundPageView = Shown<'not-found', { languages: readonly string[] }>;

/** Every kind of page the site publishes. */
export type PageView =
  | ArticlePageView
  | LivePageView
  | RedirectPageView
  | FrontPageView
  | ListPageView
  | CorrectionsPageView
  | IndexPageView
  | ArchivePageView
  | MonthPageView
  | SearchPageView
  | AboutPageView
  | NotFoundPageView;

export type PageKind = PageView['kind'];

/** A route of app/, as its folders spell it: `/news/[slug]/`, `/[lang]/topics/[slug]/page/[number]/`. */
export type RoutePattern = string;

/**
 * One page of the site: its path, its language, the app/ route that renders it with the parameters it
 * takes, the files it writes below out/, how the sitemap lists it (nothing for a page search engines
 * should not index), and its view.
 */
export type PageRow<V extends PageView = PageView> = Readonly<{
  path: string;
  language: string;
  route: RoutePattern;
  params: Readonly<Record<string, string>>;
  /** below out/: the page's index.html first, then any file made with it (an article's share card) */
  files: readonly string[];
  sitemap?: Readonly<{ lastModified?: string; alternates: readonly Alternate[] }>;
  view: V;
}>;
