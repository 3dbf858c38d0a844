import { stringify } from 'yaml';
import { frontMatterSchema } from './article-schema';
import { inNewsroomTime, newsroomDay } from './dates';
import { slugify } from './slugify';

/** What an editor gives `npm run new`, plus the clock and a fresh id, so this module stays pure. */
export type ScaffoldInput = Readonly<{
  headline: string;
  slug?: string | undefined;
  author?: string | undefined;
  topics?: readonly string[] | undefined;
  language?: string | undefined;
  sourceName?: string | undefined;
  sourceUrl?: string | undefined;
  /** The lead photo's path once copied into the content folder, e.g. images/<slug>.jpg. */
  image?: string | undefined;
  /** A live story: covered from `now`, with a first (pinned) update to write. */
  live?: boolean | undefined;
  now: Date;
  /** The newsroom's time zone (site.yml), whose today the draft is dated. */
  timeZone: string;
  id: string;
}>;

/** A new article: its file name inside the content folder and its full text. */
export type Scaffold = Readonly<{ fileName: string; slug: string; text: string }>;

/** Thrown when the editor's input cannot make a valid article; one line per thing to fix. */
export class ScaffoldError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ScaffoldError';
    this.problems = problems;
  }
}

export const STANDFIRST_PLACEHOLDER = 'Write the one-paragraph summary shown under the headline.';
export const BODY_PLACEHOLDER = 'Write the article here.';
export const ALT_PLACEHOLDER = 'Describe what the photo shows, for readers who cannot see it.';
export const UPDATE_PLACEHOLDER = 'Write the first update here.';

const REFUSALS = {
  headline: 'give the headline as one line of text, e.g. npm run new -- "Lukashenka meets Shoigu"',
  author: 'no author: pass --author "Full Name" (or set NEWSROOM_AUTHOR)',
  topics: 'no topic: pass --topic once for each topic, e.g. --topic Belarus --topic NATO',
  source: 'no source: pass --source-name "Publisher" and --source-url https://… of the original story',
} as const;

// Where each front matter field comes from on the command line, for schema messages.
const FLAGS: Readonly<Record<string, string>> = {
  headline: 'headline',
  slug: '--slug',
  author: '--author',
  topics: '--topic',
  language: '--language',
  'source.name': '--source-name',
  'source.url': '--source-url',
  'image.src': '--image',
  id: 'id',
  published: 'date',
};

/**
 * Builds a draft article that passes `npm run check` as written (with a photo, once its empty caption
 * and credit lines are filled in or deleted): front matter in the schema's order
 * (written with `yaml`, so colons, quotes and `#` in a headline round-trip exactly), a placeholder
 * standfirst and body. The slug is `slug` or the headline slugified in `language` (default `en`);
 * `published` is `now`'s day where the newsroom is (`timeZone`): a bare date means that day from its
 * midnight there, so it is the newsroom's today, never in the future. Throws a ScaffoldError listing
 * every missing or invalid input.
 */
export function toScaffold(input: ScaffoldInput): Scaffold {
  const language = input.language ?? 'en';
  const problems = missingInputs(input);
  const slug = input.slug ?? slugify(input.headline, language);
  if (slug === '' && input.headline.trim() !== '') {
    problems.push(
      `${JSON.stringify(input.headline)} has nothing that can be spelled in Latin letters for its address; pass --slug some-latin-words, e.g. --slug xi-meets-lukashenka`,
    );
  }
  // A live story begins at a moment, written in the newsroom's time zone with its offset; any other article on the day.
  const moment = inNewsroomTime(`${input.now.toISOString().slice(0, 16)}Z`, input.timeZone);
  const data = {
    id: input.id,
    headline: input.headline,
    slug,
    published: input.live ? moment : newsroomDay(input.now, input.timeZone),
    ...(input.live ? { live: { start: moment } } : {}),
    draft: true,
    author: input.author?.trim() ?? '',
    standfirst: STANDFIRST_PLACEHOLDER,
    topics: [...(input.topics ?? [])],
    language,
    source: { name: input.sourceName ?? '', url: input.sourceUrl ?? '' },
    ...(input.image ? { image: { src: input.image, alt: ALT_PLACEHOLDER, caption: '', credit: '' } } : {}),
  };
  // An empty caption or credit is for the editor to fill in or delete; everything else must pass as written.
  if (problems.length === 0)
    problems.push(
      ...schemaProblems({ ...data, ...(data.image ? { image: { src: data.image.src, alt: ALT_PLACEHOLDER } } : {}) }),
    );
  if (problems.length > 0) throw new ScaffoldError(problems);
  const frontMatter = stringify(data, { lineWidth: 0 });
  const body = input.live ? `+++\ntime: ${moment}\npinned: true\n+++\n${UPDATE_PLACEHOLDER}` : BODY_PLACEHOLDER;
  return { fileName: `${slug}.md`, slug, text: `---\n${frontMatter}---\n\n${body}\n` };
}

function missingInputs(input: ScaffoldInput): string[] {
  const problems: string[] = [];
  if (input.headline.trim() === '' || /[\r\n]/.test(input.headline)) problems.push(REFUSALS.headline);
  if ((input.author ?? '').trim() === '') problems.push(REFUSALS.author);
  if ((input.topics ?? []).length === 0) problems.push(REFUSALS.topics);
  if (!input.sourceName?.trim() || !input.sourceUrl?.trim()) problems.push(REFUSALS.source);
  return problems;
}

function schemaProblems(data: unknown): string[] {
  const checked = frontMatterSchema.safeParse(data);
  if (checked.success) return [];
  return checked.error.issues.map((issue) => {
    const field = issue.path.filter((part) => typeof part === 'string').join('.');
    return `${FLAGS[field] ?? field}: ${issue.message}`;
  });
}
