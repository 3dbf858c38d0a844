// The newsroom's choices about the site as a whole, read from content/site.yml: the sections it features.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './content-error';
import { showValue } from './content-error';
import { describeYamlError, parseSafeYaml } from './front-matter';
import { lookUp, type Registry, resolveId } from './registry';

export const SITE_FILE = 'site.yml';

/** What content/site.yml sets: the topics featured as sections, in order, by registered id. */
export type SiteFile = Readonly<{ sections: readonly string[] }>;

/**
 * Reads content/site.yml. Without the file the site features no sections. Each section is a topic of
 * content/topics.yml, by id or any registered name; anything else is a problem naming the line's value.
 */
export function readSiteFile(
  contentDir: string,
  rootDir: string,
  registry: Registry,
): { site: SiteFile; problems: ContentProblem[] } {
  const absolute = path.join(contentDir, SITE_FILE);
  const file = path.relative(rootDir, absolute) || SITE_FILE;
  const none = { sections: [] };
  if (!existsSync(absolute)) return { site: none, problems: [] };
  let data: unknown;
  try {
    data = parseSafeYaml(readFileSync(absolute, 'utf8')) ?? {};
  } catch (error) {
    return { site: none, problems: [{ file, field: 'file', fix: describeYamlError(error).replaceAll('front matter line', 'line') }] };
  }
  const problems: ContentProblem[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { site: none, problems: [{ file, field: 'file', fix: 'write "sections:" with one "- <topic>" per line under it' }] };
  }
  for (const key of Object.keys(data))
    if (key !== 'sections') problems.push({ file, field: key, value: showValue(key), fix: 'unknown setting; the file sets only "sections:"' });
  const written = (data as { sections?: unknown }).sections ?? [];
  if (!Array.isArray(written) || written.some((item) => typeof item !== 'string')) {
    problems.push({ file, field: 'sections', fix: 'list the featured topics one per line, each starting with "- ", e.g. - belarus' });
    return { site: none, problems };
  }
  const sections: string[] = [];
  written.forEach((name: string, index) => {
    const id = resolveId(registry, 'topic', name);
    const unknown = lookUp(registry, 'topic', name, 'en');
    if (id === undefined && 'fix' in unknown)
      problems.push({ file, field: `sections.${index}`, value: showValue(name), fix: unknown.fix });
    else if (id !== undefined && !sections.includes(id)) sections.push(id);
  });
  return { site: { sections }, problems };
}
