// Markdown: one body to sanitized HTML, with every problem an editor must hear about (wires in the extensions beside it).
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Blockquote, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { type BodyImage, figureExtension, findBodyImages, type ResolveImage, toFigures } from '../images/figure-plugin';
import { type Messages, messagesFor } from '../i18n/messages';
import { extendSchema, type MarkdownExtension } from './markdown-extension';
import './body-messages';
import type { BodyProblem } from './body-problem';
import { checkMarkdownLimits } from './markdown-limits';
import { checkImageUrl, checkLinkUrl, type UrlProblem } from './markdown-urls';
import { asideExtension } from './remark-asides';
import { embedOrigin } from './embed-providers';
import { embedExtension } from './remark-embeds';
import { gfmExtension } from './remark-gfm-rules';
import { tableExtension } from './remark-tables';

declare const safe: unique symbol;
/** HTML that went through remark-html's sanitizer. Only this module can make one. */
export type SafeHtml = string & { readonly [safe]: true };

export type { BodyProblem } from './body-problem';

export type RenderedBody = Readonly<{
  html: SafeHtml;
  /** The body as plain text, paragraphs separated by blank lines, for counting and excerpts. */
  text: string;
  paragraphs: number;
  /** Every image the body shows, for the image check and the build's image step. */
  images: readonly BodyImage[];
  /** The origins of the players its embed cards load when the reader asks, for the page's `frame-src`. */
  frameSources: readonly string[];
  problems: readonly BodyProblem[];
}>;

// remark-html sanitizes with GitHub's schema: raw HTML is dropped and javascript:/data: URLs lose
// their href. Never pass `sanitize: false`. Two changes: the paragraph anchors (#p3) keep the ids we
// give them (Markdown without raw HTML cannot write an id, so there is nothing to clobber), and their
// self-links keep their class.
const schema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter(
        (definition) => !(Array.isArray(definition) && definition[0] === 'className'),
      ),
      ['className', 'para-link'],
    ],
  },
};

// ── Markdown extensions ──────────────────────────────────────────────────────────────────────────
// Each construct beyond CommonMark is one extension in its own file: a remark plugin, the handlers it
// needs, and exactly the tags and attributes it adds to the schema above. They are wired in here only.
// Figures are made before the plugins run, with the build's photos (see renderMarkdown).
const EXTENSIONS: readonly MarkdownExtension[] = [
  gfmExtension,
  tableExtension,
  asideExtension,
  embedExtension,
  figureExtension,
];
const processor = remark()
  .use(EXTENSIONS.flatMap((extension) => (extension.plugin ? [extension.plugin] : [])))
  .use(remarkHtml, {
    sanitize: extendSchema(schema, EXTENSIONS),
    handlers: Object.assign({}, ...EXTENSIONS.map((extension) => extension.handlers)),
  });
// ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * How one body sits in its page: an article's body has paragraph anchors (#p3); a live update's is one
 * of many in the page, so it has none (the update is the anchor) and its footnotes' ids carry the
 * update's `idPrefix`, unique in the page.
 */
export type BodyPlacement = Readonly<{ paragraphAnchors: boolean; idPrefix?: string }>;

/**
 * Renders a Markdown body to sanitized HTML and reports everything the sanitizer would drop silently
 * (raw HTML, script and unknown link schemes, images from other sites), so an editor learns about it
 * instead of a reader. Text too deeply nested or too dense with markup to parse quickly is not parsed
 * at all: the result then has only problems, and empty html. `resolveImage` gives a figure's derived
 * photos; without it (checking only) a figure shows its original's path.
 */
export function renderMarkdown(
  markdown: string,
  resolveImage: ResolveImage = () => undefined,
  language = 'en',
  placement: BodyPlacement = { paragraphAnchors: true },
): RenderedBody {
  const limits = checkMarkdownLimits(markdown);
  if (limits.length > 0)
    return { html: '' as SafeHtml, text: '', paragraphs: 0, images: [], frameSources: [], problems: limits };
  // Addresses are checked on the tree as written; then photos become figures and the extensions run,
  // so that paragraphs they turn into something else (a figure, an embed card) get no anchor. What the
  // extensions cannot publish comes back as messages on the file, with its line.
  const file = new VFile(markdown);
  const t = messagesFor(language);
  file.data.messages = t;
  const tree = processor.parse(file);
  const bodyImages = findBodyImages(tree);
  const problems = [...findProblems(tree), ...bodyImages.problems];
  toFigures(tree, resolveImage);
  processor.runSync(tree, file); // the extensions change the tree in place
  problems.push(...file.messages.map(toBodyProblem));
  let paragraphs = 0;
  visit(tree, 'paragraph', () => {
    paragraphs += 1;
  });
  const frameSources = new Set<string>();
  visit(tree, 'embedCard', (card) => {
    frameSources.add(embedOrigin(card.src));
  });
  const text = tree.children.map((node) => toString(node)).join('\n\n');
  if (placement.paragraphAnchors) addParagraphAnchors(tree, t);
  const footnoted = localiseFootnotes(String(processor.stringify(tree)), t);
  const html = (placement.idPrefix ? prefixFootnoteIds(footnoted, placement.idPrefix) : footnoted) as SafeHtml;
  return { html, text, paragraphs, images: bodyImages.images, frameSources: [...frameSources].sort(), problems };
}

/**
 * Gives each top-level paragraph and quote of the body an anchor, p1, p2…, and a link to itself, so a
 * reader can share the exact paragraph. Numbers follow the order of the text.
 */
function addParagraphAnchors(tree: Root, t: Messages): void {
  let number = 0;
  for (const block of tree.children) {
    if (block.type !== 'paragraph' && block.type !== 'blockquote') continue;
    number += 1;
    const id = `p${number}`;
    block.data = { ...block.data, hProperties: { ...block.data?.hProperties, id } };
    const carrier: Paragraph | Blockquote | undefined =
      block.type === 'paragraph' ? block : block.children.findLast((child) => child.type === 'paragraph');
    carrier?.children.push(
      { type: 'text', value: '\u00a0' }, // keeps the ¶ on the last line of text
      {
        type: 'link',
        url: `#${id}`,
        data: { hProperties: { className: ['para-link'], ariaLabel: t.text('body.paragraphLink', { number }) } },
        children: [{ type: 'text', value: '¶' }],
      },
    );
  }
}

const PARAGRAPH_LINK = /\u00a0<a href="#p\d+" class="para-link" aria-label="[^"]*">¶<\/a>/g;

/**
 * remark-html lets no one pass mdast-util-to-hast its footnote labels, so the two it writes in English
 * (the endnotes' heading and each back link's name) are put in the article's language here.
 */
function localiseFootnotes(html: string, t: Messages): string {
  if (!html.includes('data-footnotes')) return html;
  return html
    .replace('>Footnotes</h2>', `>${escapeHtml(t.text('body.footnotes'))}</h2>`)
    .replace(
      /aria-label="Back to reference ([\d-]+)"/g,
      (_, reference: string) => `aria-label="${escapeHtml(t.text('body.footnoteBack', { reference }))}"`,
    );
}

/** The footnotes' ids and the links to them, each with `prefix` first, so two bodies in one page never share one. */
function prefixFootnoteIds(html: string, prefix: string): string {
  if (!html.includes('data-footnotes')) return html;
  return html.replace(
    /\b(id="|href="#|aria-describedby=")(user-content-fn|footnote-label)/g,
    (_, attribute: string, id: string) => `${attribute}${prefix}${id}`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The body without the paragraph self-links, for places where a ¶ means nothing (feed readers).
 * The paragraphs keep their ids.
 */
export function withoutParagraphLinks(html: SafeHtml): SafeHtml {
  return html.replace(PARAGRAPH_LINK, '') as SafeHtml;
}

const EMBED_CARD =
  /<div class="embed [^"]*"[^>]*><p class="embed-name">([^<]*)<\/p><p class="embed-link">(<a href="[^"]*">[^<]*<\/a>)<\/p><\/div>/g;

/**
 * The body with each embed card (lib/remark-embeds.ts) as the plain link it stands for, for feed
 * readers, which run no script and should load nothing from the platform either.
 */
export function withoutEmbedCards(html: SafeHtml): SafeHtml {
  return html.replace(EMBED_CARD, '<p>$1: $2</p>') as SafeHtml;
}

function toBodyProblem(message: VFile['messages'][number]): BodyProblem {
  return { line: message.line, found: message.reason, fix: message.note ?? '' };
}

function findProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node) => {
    const problem = problemIn(node);
    if (problem) problems.push({ line: node.position?.start.line, ...problem });
  });
  return problems;
}

function problemIn(node: Nodes): UrlProblem | undefined {
  switch (node.type) {
    case 'html':
      return rawHtmlProblem(node.value);
    case 'link':
      return checkLinkUrl(node.url, 'link');
    case 'definition':
      return checkLinkUrl(node.url, `link definition [${node.label ?? node.identifier}]`);
    case 'image':
      return checkImageUrl(node.url);
    default:
      return undefined;
  }
}

function rawHtmlProblem(value: string): UrlProblem {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (value.startsWith('<!--')) {
    return {
      found: `HTML comment ${shown}`,
      fix: 'comments are removed from the page; delete it and keep notes outside content/',
    };
  }
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(value)?.[1]?.toLowerCase();
  const example = tag ? `\`<${tag}>\`` : '`<…>`';
  return {
    found: `raw HTML ${shown}`,
    fix: `the site publishes no raw HTML, so this would be dropped; write it in Markdown (*emphasis*, [text](https://…), > quote, - list), or to show the tag as text put it in backticks: ${example}`,
  };
}
