// `npm run check`: validates every article in content/ in about a second, without building.
// For editors and pre-commit hooks; `npm run build` runs it first. Exit code 1 when anything is wrong.
// `--report FILE` also writes the validated settings, what this build holds back and when the next
// embargo lifts, as JSON.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/articles';
import { ContentError } from '../lib/content-error';
import { toInstant } from '../lib/dates';
import { loadArticles } from '../lib/load-articles';
import { readPublishingRules, selectPublished } from '../lib/publishing';
import { readBuildSettings } from '../lib/site-config';
import { brokenSiteLinks } from '../lib/site-links';

const reportArg = process.argv.indexOf('--report');
const reportFile = reportArg === -1 ? undefined : process.argv[reportArg + 1];
const dir = contentDir();

// The site's settings come from the environment; a bad one is reported here in plain words, not by Next.
let settings: ReturnType<typeof readBuildSettings>;
try {
  settings = readBuildSettings();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

try {
  const rules = readPublishingRules();
  const articles = loadArticles(dir);
  const { published, held } = selectPublished(articles, rules);
  // Links between articles can only be checked once it is known which pages this build makes.
  const broken = brokenSiteLinks(published);
  if (broken.length > 0) throw new ContentError(broken);
  const where = path.relative(process.cwd(), dir) || dir;
  console.log(
    `${where}/: ${articles.length} valid article${articles.length === 1 ? '' : 's'}, ${published.length} to publish.`,
  );
  for (const { file, reason } of held) console.log(`  held back: ${file}: ${reason}`);
  if (reportFile) {
    const nextRelease = articles
      .map(({ published: date }) => toInstant(date))
      .filter((instant) => instant > rules.now)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    writeFileSync(
      reportFile,
      JSON.stringify({ settings, held, nextRelease: nextRelease?.toISOString() ?? null }, null, 2),
    );
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  console.error('Fix these in the files named, then run npm run check again.');
  process.exit(1);
}
