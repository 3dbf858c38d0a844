import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { refuse, type MarkdownExtension } from './markdown-extension';

// A footnote reference left as text: `[^2]` with no `[^2]: …` definition anywhere.
const UNDEFINED_FOOTNOTE = /\[\^([^\]\s]+)\]/;

/**
 * GitHub-flavoured Markdown: tables (see remark-tables.ts), footnotes, ~~strikethrough~~ as `<del>`,
 * and bare URLs as links, which lib/markdown.ts checks by the same rules as any link. What GFM offers
 * but a news article cannot publish is refused with its line: task lists, a footnote reference with no
 * definition (it would show as `[^2]`) and a definition nothing refers to (it would be dropped).
 */
export const gfmExtension: MarkdownExtension = {
  plugin(this: Processor) {
    remarkGfm.call(this);
    return (tree: Root, file: VFile) => {
      const referenced = new Set<string>();
      visit(tree, (node) => {
        if (node.type === 'footnoteReference') referenced.add(node.identifier);
        if (node.type === 'listItem' && typeof node.checked === 'boolean') {
          refuse(file, node, 'task list item', 'task lists ("- [ ]") are not published; write a plain list ("- item")');
        }
        const stray = node.type === 'text' ? UNDEFINED_FOOTNOTE.exec(node.value) : null;
        if (stray) {
          refuse(
            file,
            node,
            `footnote reference "[^${stray[1]}]" with no footnote`,
            `add the footnote on a line of its own: "[^${stray[1]}]: The note."`,
          );
        }
      });
      visit(tree, 'footnoteDefinition', (node) => {
        if (referenced.has(node.identifier)) return;
        refuse(
          file,
          node,
          `footnote "[^${node.label ?? node.identifier}]" that nothing refers to`,
          `put "[^${node.label ?? node.identifier}]" in the text where the note belongs, or delete the footnote`,
        );
      });
    };
  },
  // The footnote reference names the footnotes' heading by its id; neither id is prefixed (Markdown
  // without raw HTML cannot write ids, so there is nothing to clobber).
  unprefixed: ['ariaDescribedBy'],
  attributes: { a: [['className', 'data-footnote-backref']] },
};
