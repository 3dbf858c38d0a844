import type { Element, ElementContent } from 'hast';
import type { Paragraph, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defaultHandlers, type State } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { bodyMessages } from './body-messages';
import type { MarkdownExtension } from './markdown-extension';

declare module 'mdast' {
  interface TableData {
    /** The table's caption, from a `Table: …` paragraph written right before it. */
    caption?: string;
    /** What the scroll box is called to a screen reader: the caption, or the column headings. */
    label?: string;
  }
}

/** A paragraph that starts with this, right before a table, is the table's caption. */
export const CAPTION_PREFIX = 'Table: ';

/**
 * GitHub-flavoured tables (remark-gfm parses them): header cells are `<th scope="col">`, alignment
 * comes from the `:---:` row, and a paragraph `Table: …` right before the table becomes its
 * `<caption>`. Each table sits in its own labelled, keyboard-focusable box that scrolls sideways on
 * a narrow screen, so the page never does.
 */
export const tableExtension: MarkdownExtension = {
  plugin: () => (tree: Root, file: VFile) => {
    tree.children = attachCaptions(tree.children);
    const t = bodyMessages(file);
    for (const node of tree.children) {
      if (node.type !== 'table') continue;
      const headers = node.children[0]?.children.map((cell) => toString(cell)).join(', ') ?? '';
      node.data = { ...node.data, label: node.data?.caption ?? t.text('body.table', { headers }) };
    }
  },
  handlers: { table: toTableBox },
  tagNames: ['caption'],
  attributes: { div: [['className', 'table-box'], ['role', 'region'], 'ariaLabel', 'tabIndex'] },
};

function attachCaptions(blocks: RootContent[]): RootContent[] {
  return blocks.flatMap((block, index) => {
    const next = blocks[index + 1];
    const caption = block.type === 'paragraph' ? captionOf(block) : undefined;
    if (caption === undefined || next?.type !== 'table') return [block];
    next.data = { ...next.data, caption };
    return [];
  });
}

function captionOf(paragraph: Paragraph): string | undefined {
  const text = toString(paragraph);
  return text.startsWith(CAPTION_PREFIX) ? text.slice(CAPTION_PREFIX.length).trim() : undefined;
}

function toTableBox(state: State, node: Table): Element {
  const table = defaultHandlers.table(state, node);
  visitHeaderCells(table, (cell) => (cell.properties.scope = 'col'));
  const caption = node.data?.caption;
  if (caption) table.children.unshift(element('caption', {}, [{ type: 'text', value: caption }]));
  const label = node.data?.label ?? caption ?? '';
  return element('div', { className: ['table-box'], role: 'region', ariaLabel: label, tabIndex: 0 }, [table]);
}

function visitHeaderCells(table: Element, visitor: (cell: Element) => void): void {
  for (const part of table.children) {
    if (part.type !== 'element' || part.tagName !== 'thead') continue;
    for (const row of part.children) {
      if (row.type !== 'element') continue;
      for (const cell of row.children) if (cell.type === 'element' && cell.tagName === 'th') visitor(cell);
    }
  }
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
