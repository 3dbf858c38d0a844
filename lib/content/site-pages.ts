// The newsroom's own pages (About, Contact, Editorial standards, …): content/pages/<id>.<language>.md,
// one file per language version, read and validated like articles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BodyLink } from './article';
import { toExcerpt } from './article-stats';
import { type ContentProblem, showValue } from './content-error';
import { isRealDate } from './dates';
import { decodeUtf8 } from './decode-text';
import { splitFrontMatter } from './front-matter';
import { findBodyLinks, MAX_FILE_BYTES, unknownFieldFix } from './parse-article';
import { findInvisible } from './text-checks';
import { renderMarkdown, type SafeHtml } from '../markdown/markdown';

/** The folder of the newsroom's own pages, inside the content folder. */
export const PAGES_FOLDER = 'pages';

/** The page whose address is the section's own, `/about/`: it also lists the others. */
export const ABOUT_PAGE = 'about';

/** One language version of one of the newsroom's pages. */
export type SitePage = Readonly<{
  /** The page's address segment, from its file name: `/about/<id>/` (`/about/` for ABOUT_PAGE). */
  id: string;
  language: string;
  /** The page's only heading and its title. */
  title: string;
  /** Its name in every page's footer: `label`, or the title. */
  label: string;
  /** What previews and search engines show: `description`, or the start of the text. */
  description: string;
  /** YYYY-MM-DD of the last change the newsroom wants readers to know of, or undefined. */
  updated: string | undefined;
  bodyHtml: SafeHtml;
  bodyLinks: readonly BodyLink[];
  /** Where it came from, relative to the project root, for messages. */
  file: string;
}>;

const line = (fix: string, max: number, what: string) =>
  z
    .string({ error: fix })
    .trim()
    .min(1, { error: fix })
    .max(max, { error: `${what} may be at most ${max} characters: shorten it` })
    .refine((value) => !findInvisible(value), { error: 'remove the invisible character; write visible text only' });

const frontMatterSchema = z.strictObject({
  title: line('write the page’s title as one line, e.g. title: Editorial standards', 120, 'a title'),
  label: line('write the page’s name in the footer as a word or two, e.g. label: Standards', 40, 'a label').optional(),
  description: line('write what the page is about in a sentence', 300, 'a description').optional(),
  updated: z
    .string({ error: 'write the date as YYYY-MM-DD, e.g. 2026-11-30' })
    .refine(isRealDate, { error: 'use a date that exists, written YYYY-MM-DD, e.g. 2026-11-30' })
    .optional(),
});
const FIELDS = Object.keys(frontMatterSchema.shape);

const PAGE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.md$/;

/**
 * Reads every page in `<contentDir>/pages/` for the site's `languages`: each `<id>.<language>.md` file
 * with YAML front matter (`title`, optionally `label`, `description`, `updated`) and a Markdown text, as
 * articles are written (no photos), and the ids of every page file named as one (valid or not). Every
 * problem names the file, the field or line, and the fix. No folder is no pages.
 */
export function readSitePages(
  contentDir: string,
  rootDir: string,
  languages: readonly string[],
): { pages: SitePage[]; ids: string[]; problems: ContentProblem[] } {
  const dir = path.join(contentDir, PAGES_FOLDER);
  if (!existsSync(dir)) return { pages: [], ids: [], problems: [] };
  const pages: SitePage[] = [];
  const ids = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const absolute = path.join(dir, name);
    const file = path.relative(rootDir, absolute) || name;
    const match = PAGE_FILE.exec(name);
    if (statSync(absolute).isDirectory() || !name.endsWith('.md')) {
      problems.push({
        file,
        field: 'file',
        fix: `${path.relative(rootDir, dir)}/ holds only pages, one <id>.<language>.md file each; move this out of it`,
      });
    } else if (!match || !languages.includes(match[2] as string)) {
      const id = /^[a-z0-9-]+/.exec(name.toLowerCase().replace(/_/g, '-'))?.[0] ?? 'about';
      problems.push({
        file,
        field: 'file',
        fix: `name a page <id>.<language>.md, the id its address (/about/<id>/) and the language one of ${languages.join(', ')}, e.g. ${id}.en.md`,
      });
    } else {
      ids.add(match[1] as string);
      const read = parsePage(file, match[1] as string, match[2] as string, readFileSync(absolute));
      if ('page' in read) pages.push(read.page);
      else problems.push(...read.problems);
    }
  }
  return { pages, ids: [...ids], problems };
}

function parsePage(
  file: string,
  id: string,
  language: string,
  bytes: Uint8Array,
): { page: SitePage } | { problems: ContentProblem[] } {
  const problem = (field: string, fix: string, value?: string) => ({
    problems: [{ file, field, fix, ...(value === undefined ? {} : { value }) }],
  });
  if (bytes.length > MAX_FILE_BYTES) return problem('file', 'a page may be at most 1 MB; shorten it');
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return problem('file', 'save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)', decoded.found);
  const split = splitFrontMatter(decoded.text);
  if (!split.ok) return problem(split.field, split.fix, split.value);
  const problems: ContentProblem[] = [];
  const checked = frontMatterSchema.safeParse(split.data ?? {});
  if (!checked.success)
    for (const issue of checked.error.issues) {
      const data = (split.data ?? {}) as Record<string, unknown>;
      if (issue.code === 'unrecognized_keys')
        for (const key of issue.keys)
          problems.push({ file, field: key, value: showValue(key), fix: unknownFieldFix(key, FIELDS) });
      else {
        const field = issue.path.map(String).join('.') || 'front matter';
        const value = data[field];
        problems.push({ file, field, fix: issue.message, ...(value === undefined ? {} : { value: showValue(value) }) });
      }
    }
  if (split.body.trim() === '')
    problems.push({ file, field: 'body', fix: 'write the page’s text below the closing "---"' });
  const body = renderMarkdown(split.body, undefined, language);
  const at = (bodyLine: number | undefined) =>
    bodyLine === undefined ? 'body' : `body (line ${bodyLine + split.bodyFirstLine - 1})`;
  for (const { line: bodyLine, found, fix } of body.problems) problems.push({ file, field: at(bodyLine), value: found, fix });
  for (const image of body.images)
    problems.push({
      file,
      field: at(image.line),
      value: JSON.stringify(image.src),
      fix: 'a page of the newsroom’s own shows no photos: describe it in words, or put the photo in an article',
    });
  if (!checked.success || problems.length > 0) return { problems };
  const { title, label, description, updated } = checked.data;
  return {
    page: {
      id,
      language,
      title,
      label: label ?? title,
      description: description ?? toExcerpt(body.text),
      updated,
      bodyHtml: body.html,
      bodyLinks: findBodyLinks(body.html, split.body, split.bodyFirstLine),
      file,
    },
  };
}

/**
 * Every page missing in an edition the site publishes (`editions`), named by the file to write: the
 * edition's pages all link to it in their own language, so none may be left out silently.
 * `pagesDir` is the folder as messages name it, e.g. `content/pages`.
 */
export function missingVersions(
  pages: readonly SitePage[],
  editions: readonly string[],
  pagesDir: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const id of [...new Set(pages.map((page) => page.id))]) {
    const versions = pages.filter((page) => page.id === id);
    const source = versions.find((page) => page.language === editions[0]) ?? versions[0];
    for (const language of editions)
      if (!versions.some((page) => page.language === language))
        problems.push({
          file: `${pagesDir}/${id}.${language}.md`,
          field: 'file',
          fix: `is missing; the site has a ${language} edition, and every page of it links to this page: write it, translating ${source?.file}`,
        });
  }
  return problems;
}
