import type { Element } from 'hast';
import type { Data, Link, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { toEmbed, type Embed } from './embed-providers';
import type { VFile } from 'vfile';
import type { Messages } from '../i18n/messages';
import { bodyMessages } from './body-messages';
import type { MarkdownExtension } from './markdown-extension';

/** A card standing for a platform's video or post; its hast is built here and sanitized like the rest. */
export interface EmbedCard extends Node {
  type: 'embedCard';
  /** The player's address, loaded only when the reader asks (`data-embed-src`). */
  src: string;
  data: Data & { hName: 'div'; hChildren: Element['children'] };
}

declare module 'mdast' {
  interface RootContentMap {
    embedCard: EmbedCard;
  }
}

/**
 * A link to a YouTube or Vimeo video, or to a Telegram, X, Instagram or Facebook post, alone in its
 * own paragraph (a bare URL or `[label](url)`), becomes an embed card: the platform's name and a
 * link to the original. Nothing comes from the platform until the reader asks: the enhancement script
 * (client/embeds.ts) then puts the player from `data-embed-src` in its place. Any other link alone
 * in a paragraph stays a paragraph with a link.
 */
export const embedExtension: MarkdownExtension = {
  plugin: () => (tree: Root, file: VFile) => {
    const t = bodyMessages(file);
    tree.children = tree.children.map((block) => {
      const link = block.type === 'paragraph' ? loneLink(block.children) : undefined;
      const embed = link && toEmbed(link.url);
      return link && embed ? toCard(link, embed, t) : block;
    });
  },
  attributes: {
    div: [
      ['className', 'embed', 'embed-video', 'embed-post'],
      ['dataEnhance', 'embed'],
      'dataEmbedSrc',
      'dataEmbedTitle',
      'dataEmbedButton',
    ],
    p: [['className', 'embed-name', 'embed-link']],
  },
};

function loneLink(children: readonly RootContent[]): Link | undefined {
  const content = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  return content.length === 1 && only?.type === 'link' ? only : undefined;
}

function toCard(link: Link, embed: Embed, t: Messages): EmbedCard {
  const label = toString(link).trim() || link.url;
  const { hostname } = new URL(embed.src);
  const action = t.text(embed.kind === 'video' ? 'embed.playVideo' : 'embed.showPost');
  const name = t.text(embed.kind === 'video' ? 'embed.video' : 'embed.post', { platform: embed.platform });
  return {
    type: 'embedCard',
    src: embed.src,
    ...(link.position ? { position: link.position } : {}),
    data: {
      hName: 'div',
      hProperties: {
        className: ['embed', `embed-${embed.kind}`],
        dataEnhance: 'embed',
        dataEmbedSrc: embed.src,
        dataEmbedTitle: `${name}: ${label}`,
        dataEmbedButton: t.text('embed.connectsTo', { action, host: hostname }),
      },
      hChildren: [
        paragraph('embed-name', [{ type: 'text', value: name }]),
        paragraph('embed-link', [
          { type: 'element', tagName: 'a', properties: { href: link.url }, children: [{ type: 'text', value: label }] },
        ]),
      ],
    },
  };
}

function paragraph(className: string, children: Element['children']): Element {
  return { type: 'element', tagName: 'p', properties: { className: [className] }, children };
}
