import type { BlockContent, DefinitionContent, Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyMessages } from './body-messages';
import { refuse, type MarkdownExtension } from './markdown-extension';

const SUPPORTED =
  'write ":::pullquote[Who said it]", ":::factbox[Title]" or ":::note" on a line of its own, the text below it, and ":::" to close';

/**
 * Pull quotes, fact boxes and editor's notes, written as remark-directive containers:
 * `:::pullquote[Who]` becomes `<figure aria-hidden="true">` with a `<blockquote>` and `<figcaption>`
 * (it repeats words of the article, so screen readers skip it); `:::factbox[Title]` an `<aside>` with
 * the title as its heading; `:::note` an `<aside>` labelled "Editor’s note". Any other directive is
 * refused with its line. A colon inside a sentence (`10:30`, `Note:this`) stays the text it was.
 */
export const asideExtension: MarkdownExtension = {
  plugin(this: Processor) {
    remarkDirective.call(this);
    return (tree: Root, file: VFile) => {
      const source = String(file);
      visit(tree, 'textDirective', (node, index, parent) => {
        const { start, end } = node.position ?? {};
        if (!parent || index === undefined || start?.offset === undefined || end?.offset === undefined) return;
        parent.children[index] = { type: 'text', value: source.slice(start.offset, end.offset) };
      });
      visit(tree, (node) => {
        if (node.type === 'leafDirective') refuse(file, node, `directive "::${node.name}"`, SUPPORTED);
        if (node.type !== 'containerDirective') return;
        // An unclosed box runs to the end of the article and swallows everything after it.
        if (!source.slice(0, node.position?.end.offset).trimEnd().endsWith(':::')) {
          refuse(file, node, `":::${node.name}" that is never closed`, 'end it with ":::" on a line of its own');
        }
        toAside(node, file);
      });
    };
  },
  tagNames: ['aside', 'figure', 'figcaption'],
  attributes: {
    aside: [['className', 'note', 'factbox'], 'ariaLabel'],
    figure: [
      ['className', 'pullquote'],
      ['ariaHidden', 'true'],
    ],
    p: [['className', 'aside-label']],
  },
};

function toAside(node: ContainerDirective, file: VFile): void {
  const [first, ...rest] = node.children;
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
  const body = label ? rest : node.children;
  const title = label ? toString(label).trim() : '';
  if (Object.keys(node.attributes ?? {}).length > 0) {
    refuse(file, node, `directive ":::${node.name}{…}"`, `write ":::${node.name}" with no {…} after it`);
  }
  if (body.length === 0) refuse(file, node, `empty ":::${node.name}"`, 'write its text on the lines below it');
  switch (node.name) {
    case 'pullquote':
      return toPullQuote(node, label, body, file);
    case 'factbox':
      if (!label) refuse(file, node, '":::factbox" without a title', 'give it one: ":::factbox[What we know]"');
      node.data = { hName: 'aside', hProperties: { className: ['factbox'], ariaLabel: title } };
      if (label) label.data = { ...label.data, hName: 'h2' };
      return;
    case 'note': {
      const fallback = bodyMessages(file).text('body.editorsNote');
      node.data = { hName: 'aside', hProperties: { className: ['note'], ariaLabel: title || fallback } };
      node.children = [
        labelParagraph(label ?? { type: 'paragraph', children: [{ type: 'text', value: fallback }] }),
        ...body,
      ];
      return;
    }
    default:
      refuse(file, node, `directive ":::${node.name}"`, SUPPORTED);
  }
}

function toPullQuote(
  node: ContainerDirective,
  label: Paragraph | undefined,
  body: (BlockContent | DefinitionContent)[],
  file: VFile,
): void {
  visit({ type: 'root', children: body }, (child) => {
    if (child.type === 'link' || child.type === 'linkReference' || child.type === 'footnoteReference') {
      refuse(
        file,
        child,
        'link in a pull quote',
        'a pull quote repeats words of the article and is hidden from screen readers, so it cannot hold links or footnotes; write its words only',
      );
    }
  });
  node.data = { hName: 'figure', hProperties: { className: ['pullquote'], ariaHidden: 'true' } };
  const quote: BlockContent = { type: 'blockquote', children: body };
  node.children = label ? [quote, { ...label, data: { ...label.data, hName: 'figcaption' } }] : [quote];
}

function labelParagraph(label: Paragraph): Paragraph {
  return { ...label, data: { ...label.data, hProperties: { className: ['aside-label'] } } };
}
