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

/** Two articles may never share a slug or an id: one would silently replace the other. */
function findClashes(articles: readonly Article[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const field of ['slug', 'id'] as const) {
    const owners = new Map<string, string>();
    for (const article of articles) {
      const value = article[field];
      const owner = owners.get(value);
      if (owner === undefined) owners.set(value, article.file);
      else
        problems.push({
          file: article.file,
          field,
          value: JSON.stringify(value),
          fix: `${owner} already uses this ${field}; give one of the two articles another ${field}`,
        });
    }
  }
  return problems;
}
