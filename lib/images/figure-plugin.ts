// Body figures: a paragraph holding only an image, `![alt](images/x.jpg "Caption | Credit")`, becomes a <figure>.
import type { Element, ElementContent } from 'hast';
import type { Data, Image, Node, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ImageRendition, ResolveImage } from './image-catalog';
import type { MarkdownExtension } from '../markdown/markdown-extension';
import { imageSourceProblem } from './image-source';
import { toPicture } from './picture';

/** A figure in the Markdown tree: no Markdown children, its HTML given as hast. */
export interface Figure extends Node {
  type: 'figure';
  data: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    figure: Figure;
  }
}

/** Finds the derived versions of an original, or undefined when only checking (nothing is published then). */
export type { ResolveImage } from './image-catalog';

/** A body image, with the line it is on. */
export type BodyImage = Readonly<{ src: string; alt: string; line: number | undefined }>;

/** The one image a top-level paragraph holds alone (whitespace aside), or undefined. */
function loneImage(block: RootContent): Image | undefined {
  if (block.type !== 'paragraph') return undefined;
  const content = block.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  return content.length === 1 && only?.type === 'image' ? only : undefined;
}

/** Splits a title into its caption and, after the last " | ", its credit. */
export function splitTitle(title: string | null | undefined): { caption?: string; credit?: string } {
  if (!title?.trim()) return {};
  const bar = title.lastIndexOf(' | ');
  const caption = (bar < 0 ? title : title.slice(0, bar)).trim();
  const credit = bar < 0 ? '' : title.slice(bar + 3).trim();
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/**
 * Every image in the body, and what stops one from being published: an image inside text, a quote, a
 * list or a link (a photo stands in its own paragraph), or one without a description.
 */
export function findBodyImages(tree: Root): {
  images: BodyImage[];
  problems: { line: number | undefined; found: string; fix: string }[];
} {
  const lone = new Set(tree.children.map(loneImage).filter((image) => image !== undefined));
  const images: BodyImage[] = [];
  const problems: { line: number | undefined; found: string; fix: string }[] = [];
  visit(tree, 'image', (image: Image) => {
    const line = image.position?.start.line;
    const found = `image ${JSON.stringify(image.url)}`;
    // An address that cannot name an original is reported by the link check, once.
    if (imageSourceProblem(image.url) !== undefined) return;
    images.push({ src: image.url, alt: image.alt ?? '', line });
    if (!lone.has(image))
      problems.push({
        line,
        found,
        fix: 'a photo stands in a paragraph of its own, with a blank line before and after, outside quotes, lists and links',
      });
    else if (!image.alt?.trim())
      problems.push({
        line,
        found,
        fix: 'describe what the photo shows inside the brackets, e.g. ![Protesters in Minsk](images/protest.jpg "Caption")',
      });
  });
  return { images, problems };
}

/**
 * Replaces each top-level paragraph that holds only an image with a figure: the photo as a lazy,
 * responsive <picture>, and its caption and credit from the image's title.
 */
export function toFigures(tree: Root, resolve: ResolveImage): void {
  tree.children = tree.children.map((block) => {
    const image = loneImage(block);
    if (!image) return block;
    const figure: Figure = {
      type: 'figure',
      data: { hName: 'figure', hProperties: { className: ['figure'] }, hChildren: figureContent(image, resolve) },
    };
    return figure;
  });
}

function figureContent(image: Image, resolve: ResolveImage): ElementContent[] {
  const { caption, credit } = splitTitle(image.title);
  const alt = image.alt ?? '';
  const rendition = resolve(image.url);
  const picture: Element = rendition
    ? pictureElement(rendition, alt)
    : { type: 'element', tagName: 'img', properties: { src: image.url, alt }, children: [] };
  if (!caption && !credit) return [picture];
  const parts: ElementContent[] = [];
  if (caption) parts.push({ type: 'text', value: caption });
  if (caption && credit) parts.push({ type: 'text', value: ' ' });
  if (credit)
    parts.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['credit'] },
      children: [{ type: 'text', value: credit }],
    });
  return [picture, { type: 'element', tagName: 'figcaption', properties: {}, children: parts }];
}

function pictureElement(rendition: ImageRendition, alt: string): Element {
  const { sources, img } = toPicture(rendition);
  return {
    type: 'element',
    tagName: 'picture',
    properties: {},
    children: [
      ...sources.map((source): Element => ({
        type: 'element',
        tagName: 'source',
        properties: { type: source.type, srcSet: source.srcSet, sizes: source.sizes },
        children: [],
      })),
      {
        type: 'element',
        tagName: 'img',
        properties: { ...img, alt, loading: 'lazy', decoding: 'async' },
        children: [],
      },
    ],
  };
}

/** What the sanitizer must let through for figures, and nothing more. Figures are made by toFigures. */
export const figureExtension: MarkdownExtension = {
  tagNames: ['figure', 'figcaption', 'picture', 'source'],
  attributes: {
    figure: [['className', 'figure']],
    span: [['className', 'credit']],
    source: ['type', 'srcSet', 'sizes'],
    img: ['srcSet', 'sizes', 'width', 'height', 'loading', 'decoding'],
  },
};
