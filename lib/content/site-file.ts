// The newsroom's choices about the site as a whole, read from content/site.yml: the sections it features
// and the time zone its dates are read in.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './content-error';
import { showValue } from './content-error';
import { isTimeZone } from './dates';
import { editDistance } from './edit-distance';
import { describeYamlError, parseSafeYaml } from './front-matter';
import { lookUp, type Registry, resolveId } from './registry';

export const SITE_FILE = 'site.yml';

/**
 * What content/site.yml sets: the topics featured as sections, in order, by registered id; and the
 * newsroom's time zone (an IANA name, `timeZone: Europe/Minsk`; UTC unless set), in which every day,
 * month and order a reader sees is reckoned.
 */
export type SiteFile = Readonly<{ sections: readonly string[]; timeZone: string }>;

/** The time zone of a site whose site.yml names none. */
export const DEFAULT_TIME_ZONE = 'UTC';

const SETTINGS = ['sections', 'timeZone'];

/**
 * Reads content/site.yml. Without the file the site features no sections and keeps UTC. Each section is
 * a topic of content/topics.yml, by id or any registered name; the time zone one `Intl` knows; anything
 * else is a problem naming the value and the fix.
 */
export function readSiteFile(
  contentDir: string,
  rootDir: string,
  registry: Registry,
): { site: SiteFile; problems: ContentProblem[] } {
  const absolute = path.join(contentDir, SITE_FILE);
  const file = path.relative(rootDir, absolute) || SITE_FILE;
  const none = { sections: [], timeZone: DEFAULT_TIME_ZONE };
  if (!existsSync(absolute)) return { site: none, problems: [] };
  let data: unknown;
  try {
    data = parseSafeYaml(readFileSync(absolute, 'utf8')) ?? {};
  } catch (error) {
    return { site: none, problems: [{ file, field: 'file', fix: describeYamlError(error).replaceAll('front matter line', 'line') }] };
  }
  const problems: ContentProblem[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      site: none,
      problems: [{ file, field: 'file', fix: 'write "sections:" with one "- <topic>" per line under it, and "timeZone: <zone>"' }],
    };
  }
  for (const key of Object.keys(data))
    if (!SETTINGS.includes(key))
      problems.push({ file, field: key, value: showValue(key), fix: 'unknown setting; the file sets only "sections:" and "timeZone:"' });
  const timeZone = readTimeZone((data as { timeZone?: unknown }).timeZone, file, problems);
  const written = (data as { sections?: unknown }).sections ?? [];
  if (!Array.isArray(written) || written.some((item) => typeof item !== 'string')) {
    problems.push({ file, field: 'sections', fix: 'list the featured topics one per line, each starting with "- ", e.g. - belarus' });
    return { site: { ...none, timeZone }, problems };
  }
  const sections: string[] = [];
  written.forEach((name: string, index) => {
    const id = resolveId(registry, 'topic', name);
    const unknown = lookUp(registry, 'topic', name, 'en');
    if (id === undefined && 'fix' in unknown)
      problems.push({ file, field: `sections.${index}`, value: showValue(name), fix: unknown.fix });
    else if (id !== undefined && !sections.includes(id)) sections.push(id);
  });
  return { site: { sections, timeZone }, problems };
}

/** The newsroom's time zone as written, or UTC (with a problem naming the closest zone) when it is none. */
function readTimeZone(written: unknown, file: string, problems: ContentProblem[]): string {
  if (written === undefined) return DEFAULT_TIME_ZONE;
  if (typeof written === 'string' && isTimeZone(written)) return written;
  const fix = 'write the newsroom’s time zone as its IANA name, e.g. Europe/Minsk; dates are shown as they are there';
  const nearest =
    typeof written === 'string'
      ? Intl.supportedValuesOf('timeZone')
          .map((zone) => ({ zone, distance: editDistance(written.toLowerCase(), zone.toLowerCase()) }))
          .sort((a, b) => a.distance - b.distance)[0]
      : undefined;
  const hint = nearest && nearest.distance <= 2 ? `did you mean "${nearest.zone}"? ` : '';
  problems.push({ file, field: 'timeZone', value: showValue(written), fix: `${hint}${fix}` });
  return DEFAULT_TIME_ZONE;
}
