import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Blockquote, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { visit } from 'unist-util-visit';

declare const safe: unique symbol;
/** HTML that went through remark-html's sanitizer. Only this module can make one. */
export type SafeHtml = string & { readonly [safe]: true };

/** Something in a body that would not be published as written, with the line it is on. */
export type BodyProblem = Readonly<{ line: number | undefined; found: string; fix: string }>;

export type RenderedBody = Readonly<{
  html: SafeHtml;
  /** The body as plain text, paragraphs separated by blank lines, for counting and excerpts. */
  text: string;
  paragraphs: number;
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
      ...(defaultSchema.attributes?.a ?? []).filter((definition) => !(Array.isArray(definition) && definition[0] === 'className')),
      ['className', 'para-link'],
    ],
  },
};
const processor = remark().use(remarkHtml, { sanitize: schema });

/**
 * Renders a Markdown body to sanitized HTML and reports what the sanitizer would drop silently
 * (raw HTML, images from other sites), so an editor learns about it instead of a reader.
 */
export function renderMarkdown(markdown: string): RenderedBody {
  const tree = processor.parse(markdown);
  const problems = findProblems(tree);
  let paragraphs = 0;
  visit(tree, 'paragraph', () => {
    paragraphs += 1;
  });
  const text = tree.children.map((node) => toString(node)).join('\n\n');
  addParagraphAnchors(tree);
  const html = String(processor.stringify(processor.runSync(tree) as Root)) as SafeHtml;
  return { html, text, paragraphs, problems };
}

/**
 * Gives each top-level paragraph and quote of the body an anchor, p1, p2…, and a link to itself, so a
 * reader can share the exact paragraph. Numbers follow the order of the text.
 */
function addParagraphAnchors(tree: Root): void {
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
        data: { hProperties: { className: ['para-link'], ariaLabel: `Link to paragraph ${number}` } },
        children: [{ type: 'text', value: '¶' }],
      },
    );
  }
}

const PARAGRAPH_LINK = /\u00a0<a href="#p\d+" class="para-link" aria-label="Link to paragraph \d+">¶<\/a>/g;

/**
 * The body without the paragraph self-links, for places where a ¶ means nothing (feed readers).
 * The paragraphs keep their ids.
 */
export function withoutParagraphLinks(html: SafeHtml): SafeHtml {
  return html.replace(PARAGRAPH_LINK, '') as SafeHtml;
}

function findProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      problems.push({
        line,
        found: `raw HTML ${JSON.stringify(node.value.slice(0, 40))}`,
        fix: 'raw HTML is never published; write it in Markdown (links, emphasis, quotes, lists)',
      });
    } else if (node.type === 'image' && !isLocal(node.url)) {
      problems.push({
        line,
        found: `image ${JSON.stringify(node.url)}`,
        fix: 'images must be files of this site: put it in public/images/ and write /images/name.jpg',
      });
    }
  });
  return problems;
}

function isLocal(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
