// `npm run new -- "Headline" --author "Full Name" --topic Belarus --source-name "Belsat TV" --source-url https://…`
// Writes a draft article to content/<slug>.md that `npm run check` accepts, and never overwrites one.
// Exit code 1, with the reason on stderr, when the input or the content folder says no.
import { randomInt } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/articles';
import { ContentError } from '../lib/content/content-error';
import { loadArticles } from '../lib/content/load-articles';
import { readRegistry } from '../lib/content/registry';
import { readSiteFile } from '../lib/content/site-file';
import { siteLanguages } from '../lib/i18n/languages';
import { IMAGES_FOLDER, imageSourceProblem } from '../lib/images/image-source';
import { ScaffoldError, toScaffold } from '../lib/content/scaffold';
import { slugify } from '../lib/content/slugify';

const USAGE =
  'usage: npm run new -- "Headline" --author "Full Name" --topic Belarus [--topic NATO …] --source-name "Belsat TV" --source-url https://… [--slug latin-words] [--language be] [--image path/to/photo.jpg] [--live]';
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Stops with a message for the editor: no stack trace. */
class Refusal extends Error {}

const shown = (file: string) => path.relative(process.cwd(), file) || file;

/** Who already holds which slug (or alias) and id. When content is invalid, only file names are known. */
function readClaims(dir: string): { slugs: Map<string, string>; ids: Set<string> } {
  if (!existsSync(dir)) throw new Refusal(`there is no content folder at ${shown(dir)}`);
  const slugs = new Map<string, string>();
  const ids = new Set<string>();
  try {
    for (const article of loadArticles(dir)) {
      for (const slug of [article.slug, ...article.aliases]) slugs.set(slug, article.file);
      ids.add(article.id);
    }
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(
      `note: ${shown(dir)}/ does not validate now (run npm run check), so only file names were checked for a clash.`,
    );
  }
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.md')) slugs.set(name.slice(0, -3), shown(path.join(dir, name)));
  }
  return { slugs, ids };
}

/** Where the photo goes: content/images/<slug>.<its extension in lowercase>, refused if not a format taken. */
function photoPath(photo: string, slug: string): string {
  const extension = path.extname(photo).toLowerCase().replace('.jpeg', '.jpg');
  const src = `${IMAGES_FOLDER}/${slug || 'photo'}${extension}`;
  const problem = imageSourceProblem(src);
  if (problem) throw new Refusal(`--image ${photo}: ${problem}`);
  return src;
}

/** The newsroom's time zone (content/site.yml), whose today a draft is dated; UTC, with a note, when site.yml is broken. */
function newsroomTimeZone(dir: string): string {
  const { registry } = readRegistry(dir, process.cwd(), siteLanguages());
  const { site, problems } = readSiteFile(dir, process.cwd(), registry);
  if (problems.some(({ field }) => field === 'timeZone' || field === 'file'))
    console.error(
      `note: ${shown(dir)}/site.yml names no time zone that exists (run npm run check), so the draft is dated by UTC.`,
    );
  return site.timeZone;
}

function freshId(taken: ReadonlySet<string>): string {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const id = Array.from({ length: 6 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('');
    if (!taken.has(id)) return id;
  }
  throw new Refusal('could not find an unused id after 100 tries; report this to the developers');
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      author: { type: 'string' },
      topic: { type: 'string', multiple: true },
      language: { type: 'string' },
      'source-name': { type: 'string' },
      'source-url': { type: 'string' },
      image: { type: 'string' },
      live: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) throw new Refusal(`give exactly one headline, in quotes\n${USAGE}`);
  const dir = contentDir();
  const { slugs, ids } = readClaims(dir);
  const photo = values.image;
  if (photo !== undefined && !existsSync(photo)) throw new Refusal(`--image: there is no file ${photo}`);
  const slugForPhoto = values.slug ?? slugify(positionals[0] ?? '', values.language ?? 'en');
  const image = photo === undefined ? undefined : photoPath(photo, slugForPhoto);
  const scaffold = toScaffold({
    headline: positionals[0] ?? '',
    slug: values.slug,
    author: values.author ?? process.env.NEWSROOM_AUTHOR,
    topics: values.topic,
    language: values.language,
    sourceName: values['source-name'],
    sourceUrl: values['source-url'],
    image,
    live: values.live,
    now: new Date(),
    timeZone: newsroomTimeZone(dir),
    id: freshId(ids),
  });
  const file = path.join(dir, scaffold.fileName);
  if (existsSync(file))
    throw new Refusal(`${shown(file)} already exists; edit it, or pass another --slug for a new article`);
  const owner = slugs.get(scaffold.slug);
  if (owner) throw new Refusal(`${owner} already uses the address "${scaffold.slug}"; pass another --slug`);
  if (photo !== undefined && image !== undefined) {
    const target = path.join(dir, image);
    if (existsSync(target))
      throw new Refusal(`${shown(target)} already exists; rename your photo or pass another --slug`);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(photo, target, constants.COPYFILE_EXCL);
    console.log(`Copied ${photo} to ${shown(target)}.`);
  }
  writeFileSync(file, scaffold.text, { flag: 'wx' });
  console.log(`Wrote ${shown(file)} (a draft).`);
  console.log(
    values.live
      ? 'Next: edit it (standfirst and the first update; add each new update at the top), run npm run check, then delete the draft: line to publish.'
      : photo === undefined
        ? 'Next: edit it (standfirst and article text), run npm run check, then set draft: false to publish.'
        : 'Next: edit it (standfirst, the photo’s alt, caption and credit, and the article text), run npm run check, then set draft: false to publish.',
  );
}

try {
  main();
} catch (error) {
  // Refusals, ScaffoldErrors, parseArgs and file system errors all say what to do in their message.
  console.error(error instanceof Error ? error.message : String(error));
  const badArguments = error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
  if (error instanceof ScaffoldError || badArguments) console.error(USAGE);
  process.exit(1);
}
