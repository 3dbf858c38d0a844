// The newsroom's choices about the site as a whole, read from content/site.yml: the sections it features,
// the time zone its dates are read in, when an article is old enough to say so, the newsroom's address
// and the pages stating its policies.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './content-error';
import { showValue } from './content-error';
import { editDistance } from './edit-distance';
import { describeYamlError, parseSafeYaml } from './front-matter';
import { type Policies, readContact, readPolicies } from './newsroom-settings';
import { PAGES_FOLDER } from './site-pages';
import { DEFAULT_TIME_ZONE, readTimeZone } from './time-zone-setting';
import { lookUp, type Registry, resolveId } from './registry';
import { withLines } from './yaml-lines';

export const SITE_FILE = 'site.yml';

/**
 * What content/site.yml sets: the topics featured as sections, in order, by registered id; the
 * newsroom's time zone (an IANA name, `timeZone: Europe/Minsk`; UTC unless set), in which every day,
 * month and order a reader sees is reckoned; the age in
 * whole years past which an article says how old it is above its headline (`false`: never); the
 * newsroom's e-mail address; and the page of its own (content/pages/) stating each policy.
 */
export type SiteFile = Readonly<{
  sections: readonly string[];
  timeZone: string;
  ageWarningYears: number | false;
  contact: string | undefined;
  policies: Policies;
}>;

/** An article more than this many years old says so, unless site.yml sets `ageWarningYears`. */
export const DEFAULT_AGE_WARNING_YEARS = 1;

/** What a site without site.yml (or with one that cannot be read) gets. */
const none: SiteFile = {
  sections: [],
  timeZone: DEFAULT_TIME_ZONE,
  ageWarningYears: DEFAULT_AGE_WARNING_YEARS,
  contact: undefined,
  policies: {},
};

const SETTINGS = ['sections', 'timeZone', 'ageWarningYears', 'contact', 'policies'];

/**
 * Reads content/site.yml. Without the file the site features no sections, keeps UTC, warns on articles a
 * year old, and has no address or policies. Each section is a topic of content/topics.yml, by id or any registered
 * name; each policy a page of `pageIds` (unchecked without them); anything else is a problem naming the
 * line and the value.
 */
export function readSiteFile(
  contentDir: string,
  rootDir: string,
  registry: Registry,
  pageIds?: readonly string[],
): { site: SiteFile; problems: ContentProblem[] } {
  const absolute = path.join(contentDir, SITE_FILE);
  const file = path.relative(rootDir, absolute) || SITE_FILE;
  if (!existsSync(absolute)) return { site: none, problems: [] };
  const source = readFileSync(absolute, 'utf8');
  const pagesDir = path.relative(rootDir, path.join(contentDir, PAGES_FOLDER)) || PAGES_FOLDER;
  const read = readSettings(source, file, registry, pageIds && { ids: pageIds, dir: pagesDir });
  return { site: read.site, problems: withLines(read.problems, source) };
}

function readSettings(
  source: string,
  file: string,
  registry: Registry,
  pages: Readonly<{ ids: readonly string[]; dir: string }> | undefined,
): { site: SiteFile; problems: ContentProblem[] } {
  let data: unknown;
  try {
    data = parseSafeYaml(source) ?? {};
  } catch (error) {
    return { site: none, problems: [{ file, field: 'file', fix: describeYamlError(error).replaceAll('front matter line', 'line') }] };
  }
  const problems: ContentProblem[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { site: none, problems: [{ file, field: 'file', fix: 'write "sections:" with one "- <topic>" per line under it, and "timeZone: <zone>"' }] };
  }
  for (const key of Object.keys(data))
    if (!SETTINGS.includes(key)) problems.push({ file, field: key, value: showValue(key), fix: unknownSettingFix(key) });
  const settings = data as Record<string, unknown>;
  const timeZone = readTimeZone(settings.timeZone, file, problems);
  const ageWarningYears = readAgeWarningYears(settings.ageWarningYears, file, problems);
  const contact = readContact(settings.contact, file, problems);
  const policies = readPolicies(settings.policies, file, pages, problems);
  const written = settings.sections ?? [];
  if (!Array.isArray(written) || written.some((item) => typeof item !== 'string')) {
    problems.push({ file, field: 'sections', fix: 'list the featured topics one per line, each starting with "- ", e.g. - belarus' });
    return { site: { ...none, timeZone, ageWarningYears, contact, policies }, problems };
  }
  const sections: string[] = [];
  written.forEach((name: string, index) => {
    const id = resolveId(registry, 'topic', name);
    const unknown = lookUp(registry, 'topic', name, 'en');
    if (id === undefined && 'fix' in unknown)
      problems.push({ file, field: `sections.${index}`, value: showValue(name), fix: unknown.fix });
    else if (id !== undefined && !sections.includes(id)) sections.push(id);
  });
  return { site: { sections, timeZone, ageWarningYears, contact, policies }, problems };
}

function unknownSettingFix(key: string): string {
  const nearest = SETTINGS.map((name) => ({ name, distance: editDistance(key.toLowerCase(), name.toLowerCase()) })).sort(
    (a, b) => a.distance - b.distance,
  )[0];
  const hint = nearest && nearest.distance <= 2 ? `did you mean "${nearest.name}"? ` : '';
  return `${hint}unknown setting; the file sets only ${SETTINGS.join(', ')}`;
}

/** `ageWarningYears:` as written: a whole number of years from 1, or false; the default when it is not there. */
function readAgeWarningYears(written: unknown, file: string, problems: ContentProblem[]): number | false {
  if (written === undefined) return DEFAULT_AGE_WARNING_YEARS;
  if (written === false || (typeof written === 'number' && Number.isInteger(written) && written >= 1 && written <= 100))
    return written;
  problems.push({
    file,
    field: 'ageWarningYears',
    value: showValue(written),
    fix: 'write a whole number of years from 1, e.g. ageWarningYears: 1, or ageWarningYears: false for no warning',
  });
  return DEFAULT_AGE_WARNING_YEARS;
}
