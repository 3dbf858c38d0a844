import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from './article';
import { type ContentProblem, ContentError } from './content-error';
import { parseArticle } from './parse-article';

/**
 * Reads and validates every `*.md` article in `contentDir`. Returns them newest first, or throws
 * one ContentError listing every problem in every file, so nothing is half-published.
 * Paths in messages are relative to `rootDir`.
 */
export function loadArticles(contentDir: string, rootDir = process.cwd()): Article[] {
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  const realContentDir = realpathSync(contentDir);
  for (const name of readdirSync(contentDir).sort()) {
    const absolute = path.join(contentDir, name);
    const file = path.relative(rootDir, absolute) || name;
    if (name.startsWith('.') || !name.endsWith('.md')) continue;
    const real = realpathSync(absolute);
    if (!real.startsWith(realContentDir + path.sep)) {
      problems.push({ file, field: 'file', fix: 'this file links to a place outside content/; copy the article into content/ instead' });
      continue;
    }
    if (!statSync(real).isFile()) continue;
    const result = parseArticle(file, readFileSync(real));
    if (result.ok) articles.push(result.article);
    else problems.push(...result.problems);
  }
  problems.push(...findClashes(articles));
  if (problems.length > 0) throw new ContentError(problems);
  return articles.sort(newestFirst);
}

function newestFirst(a: Article, b: Article): number {
  return b.published.localeCompare(a.published) || a.headline.localeCompare(b.headline);
}

/**
 * Two articles may never claim the same address: a slug or alias under /news/, or an id under /a/.
 * One would silently replace the other, so both files are named.
 */
function findClashes(articles: readonly Article[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claim = (owners: Map<string, Article>, value: string, article: Article, field: string) => {
    const owner = owners.get(value);
    if (owner === undefined) owners.set(value, article);
    else if (owner !== article)
      problems.push({
        file: article.file,
        field,
        value: JSON.stringify(value),
        fix: `${owner.file} already uses "${value}" for its address; give one of the two articles another ${field === 'id' ? 'id' : 'slug or alias'}`,
      });
  };
  const newsPaths = new Map<string, Article>();
  const ids = new Map<string, Article>();
  for (const article of articles) claim(newsPaths, article.slug, article, 'slug');
  for (const article of articles) article.aliases.forEach((alias) => claim(newsPaths, alias, article, 'aliases'));
  for (const article of articles) claim(ids, article.id, article, 'id');
  return problems;
}
