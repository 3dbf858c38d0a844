import { z } from 'zod';
import { isRealDate, isRealDateOrDateTime, toInstant } from './dates';
import { FOCUS_POINTS } from '../images/image-plan';
import { imageSourceProblem } from '../images/image-source';
import { findInvisible } from './text-checks';
import { languageProblem } from '../i18n/languages';
import { dateTime } from './live';

/** Lowercase ASCII words joined by single hyphens: the only shape a URL segment of ours may take. */
export const URL_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One line of text: trimmed, not empty, no invisible characters (with their position), and, when
 * `limit` is given, at most `limit.max` characters, saying the limit and the length found.
 */
const text = (fix: string, limit?: Readonly<{ max: number; what: string }>) =>
  z
    .string({ error: fix })
    .trim()
    .min(1, { error: fix })
    .superRefine((value, context) => {
      const invisible = findInvisible(value);
      if (invisible) {
        context.addIssue({
          code: 'custom',
          message: `remove the invisible character ${invisible}; write visible text only`,
        });
      }
      const length = [...value].length;
      if (limit && length > limit.max) {
        context.addIssue({
          code: 'custom',
          message: `${limit.what} may be at most ${limit.max} characters, and this one has ${length.toLocaleString('en')}: shorten it`,
        });
      }
    });

/** The longest headline, standfirst, author's name and topic: beyond them a page or list breaks. */
export const TEXT_LIMITS = {
  headline: { max: 200, what: 'a headline' },
  standfirst: { max: 600, what: 'a standfirst' },
  author: { max: 100, what: 'an author’s name' },
  topic: { max: 60, what: 'a topic' },
  translationKey: { max: 120, what: 'a translation key' },
} as const;

const segment = (fix: string) => z.string({ error: fix }).regex(URL_SEGMENT, { error: fix }).max(120, { error: fix });

const isoDate = z
  .string({ error: 'write the date as YYYY-MM-DD, e.g. 2018-10-24' })
  .refine(isRealDate, { error: 'use a date that exists, written YYYY-MM-DD, e.g. 2018-10-24' });

const publishedDate = z
  .string({
    error: 'write the date as YYYY-MM-DD, e.g. 2018-10-24, or with a time and zone, e.g. 2018-10-24T06:00+03:00',
  })
  .refine(isRealDateOrDateTime, {
    error:
      'use a date that exists, written YYYY-MM-DD (e.g. 2018-10-24) or with a time and zone (e.g. 2018-10-24T06:00+03:00)',
  });

const webUrl = z
  .string({ error: 'write a full web address starting with https://' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { error: 'write a full web address starting with https://, e.g. https://example.org/story' },
  )
  // Kept serialised, as a browser would send it: a quote or angle bracket is percent-encoded, so no
  // page, feed or citation ever carries it raw in an href.
  .transform((value) => new URL(value).href);

const ALT_FIX =
  'describe what the photo shows for readers who cannot see it, e.g. alt: Sergei Shoigu and Andrei Ravkov shake hands in Minsk';

/** The lead photo: an original in content/images/ with its description, caption and credit. */
const leadImage = z
  .strictObject(
    {
      src: z
        .string({ error: 'write the original’s path, e.g. src: images/shoigu-in-minsk.jpg' })
        .superRefine((src, context) => {
          const fix = imageSourceProblem(src);
          if (fix) context.addIssue({ code: 'custom', message: fix });
        }),
      alt: z.string({ error: ALT_FIX }),
      caption: text('write the caption as one or two sentences, or remove the line').optional(),
      credit: text('name who took or supplied the photo, e.g. Belsat TV, or remove the line').optional(),
      decorative: z
        .boolean({ error: 'write decorative: true for a photo that adds nothing to the text, or remove the line' })
        .optional(),
      focus: z
        .enum(FOCUS_POINTS, { error: `write which part to keep when the photo is cropped: ${FOCUS_POINTS.join(', ')}` })
        .optional(),
    },
    { error: 'give the photo as "image:" with "src:" and "alt:" lines indented under it' },
  )
  .superRefine((image, context) => {
    const empty = image.alt.trim() === '';
    if (empty && image.decorative !== true)
      context.addIssue({ code: 'custom', path: ['alt'], input: image.alt, message: ALT_FIX });
    if (!empty && image.decorative === true)
      context.addIssue({
        code: 'custom',
        path: ['decorative'],
        input: true,
        message: 'a decorative photo has an empty alt (alt: ""); remove decorative: true to keep the description',
      });
  });

/**
 * The front matter every article must have. Unknown keys are errors, so a typo such as `autor:`
 * cannot silently drop a field. Each message is the fix an editor should apply.
 */
export const frontMatterSchema = z
  .strictObject(
    {
      id: segment('give a short permanent id of lowercase letters, digits and hyphens, e.g. k7q2mx; it never changes'),
      headline: text('write the headline as one line of text', TEXT_LIMITS.headline),
      slug: segment(
        'use lowercase a-z, 0-9 and single hyphens, e.g. nato-threat-belarus; a headline in Cyrillic or another script needs an explicit Latin slug',
      ),
      published: publishedDate,
      updated: isoDate.optional(),
      draft: z
        .boolean({ error: 'write draft: true to keep the article out of the published site, or remove the line' })
        .optional(),
      aliases: z
        .array(
          segment('list each earlier slug of this article in lowercase a-z, 0-9 and hyphens, e.g. - old-headline-slug'),
          { error: 'list earlier slugs one per line, each starting with "- "' },
        )
        .optional(),
      corrections: z
        .array(
          z.strictObject(
            {
              date: isoDate,
              text: text('say what was wrong and what is right now, in one or two sentences'),
            },
            { error: 'write each correction as "- date: YYYY-MM-DD" with a "text:" line under it' },
          ),
          { error: 'list corrections one per line, each starting with "- date:"' },
        )
        .optional(),
      author: z.union(
        [
          text('write the author’s name or id as content/authors.yml registers it, e.g. Zmitser Mitskevich', TEXT_LIMITS.author),
          z
            .array(text('write each author’s name or id as content/authors.yml registers it', TEXT_LIMITS.author))
            .min(1, { error: 'name at least one author' }),
        ],
        { error: 'write the author’s name, or several authors one per line, each starting with "- "' },
      ),
      translationKey: text(
        'give every version of one story the same key, e.g. translationKey: shoigu-in-minsk-2018',
        TEXT_LIMITS.translationKey,
      ).optional(),
      standfirst: text('write the one-paragraph summary shown under the headline', TEXT_LIMITS.standfirst),
      topics: z
        .array(text('write each topic’s name or id as content/topics.yml registers it, e.g. Belarus', TEXT_LIMITS.topic), {
          error: 'list the topics one per line, each starting with "- "',
        })
        .min(1, { error: 'list at least one topic, e.g. "- Belarus"' }),
      language: z.string({ error: 'write the article’s language code, e.g. en, be or ru' }).superRefine((tag, context) => {
        const fix = languageProblem(tag);
        if (fix) context.addIssue({ code: 'custom', message: fix });
      }),
      image: leadImage.optional(),
      live: z
        .strictObject(
          {
            start: dateTime('write when the coverage began, with its zone, e.g. start: 2026-12-04T18:00+03:00'),
            end: dateTime(
              'write when the coverage ended, with its zone, e.g. end: 2026-12-04T23:40+03:00, or remove the line while it runs',
            ).optional(),
          },
          {
            error:
              'mark a live story as "live:" with "start:" (and "end:" once the coverage is over) indented under it',
          },
        )
        .optional(),
      source: z.strictObject(
        {
          name: text('write the original publisher’s name, e.g. Belsat TV'),
          url: webUrl,
        },
        { error: 'give the original publisher as "source:" with "name:" and "url:" lines under it' },
      ),
    },
    { error: 'start the file with a front matter block between two "---" lines' },
  )
  .superRefine((data, context) => {
    const notBeforePublished = (value: string, path: (string | number)[], what: string) => {
      if (toInstant(value).getTime() < toInstant(data.published.slice(0, 10)).getTime())
        context.addIssue({
          code: 'custom',
          path,
          input: value,
          message: `${what} cannot be before the publication date ${data.published}`,
        });
    };
    if (data.updated) notBeforePublished(data.updated, ['updated'], 'an update');
    data.corrections?.forEach((correction, index) =>
      notBeforePublished(correction.date, ['corrections', index, 'date'], 'a correction'),
    );
    if (data.live?.end && toInstant(data.live.end) <= toInstant(data.live.start))
      context.addIssue({
        code: 'custom',
        path: ['live', 'end'],
        input: data.live.end,
        message: `the coverage ends after it begins (${data.live.start}); correct the end or the start`,
      });
    data.aliases?.forEach((alias, index) => {
      if (alias === data.slug)
        context.addIssue({
          code: 'custom',
          path: ['aliases', index],
          input: alias,
          message: 'an alias is an earlier slug; remove the current slug from aliases',
        });
    });
  });

/** Front matter after validation: every field present and of the right shape. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The field names an editor may use, for "did you mean" hints. */
export const FRONT_MATTER_FIELDS = Object.keys(frontMatterSchema.shape);

/** The fields of the lead photo, for "did you mean" hints. */
export const IMAGE_FIELDS = Object.keys(leadImage.shape);

/** The fields of a live story's coverage, for "did you mean" hints. */
export const LIVE_FIELDS = ['start', 'end'];

/** The fields of one correction, for "did you mean" hints. */
export const CORRECTION_FIELDS = ['date', 'text'];
