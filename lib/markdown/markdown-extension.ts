import type { Schema } from 'hast-util-sanitize';
import type { Handlers } from 'mdast-util-to-hast';
import type { Node } from 'unist';
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

type Attributes = NonNullable<Schema['attributes']>;
type Definition = Attributes[string][number];

/**
 * One Markdown construct the site publishes: the remark plugin that turns its nodes into what the
 * page shows, the mdast-to-hast handlers it needs (if any), and exactly the tags and attributes it
 * adds to the sanitizer's schema. lib/markdown.ts wires every extension in one place.
 */
export type MarkdownExtension = Readonly<{
  plugin?: Plugin<[], Root>;
  handlers?: Handlers;
  tagNames?: readonly string[];
  attributes?: Readonly<Attributes>;
  /** Attributes whose values the sanitizer must not prefix with `user-content-`: ids the extension links to. */
  unprefixed?: readonly string[];
}>;

/**
 * Reports a construct that would not be published as written. The message carries what was found
 * (its reason) and the fix (its note) at the node's line; lib/markdown/markdown.ts turns it into a BodyProblem.
 */
export function refuse(file: VFile, node: Node, found: string, fix: string): void {
  const message = file.message(found, { place: node.position, ruleId: 'refused', source: 'markdown' });
  message.note = fix;
}

/**
 * The sanitizer schema with every extension's tags and attributes added; an element an extension
 * names keeps the attributes the base schema already allows it.
 */
export function extendSchema(base: Schema, extensions: readonly MarkdownExtension[]): Schema {
  const attributes: Attributes = { ...base.attributes };
  const tagNames = new Set(base.tagNames);
  for (const extension of extensions) {
    extension.tagNames?.forEach((name) => tagNames.add(name));
    for (const [tag, allowed] of Object.entries(extension.attributes ?? {})) {
      attributes[tag] = mergeDefinitions([...(attributes[tag] ?? []), ...allowed]);
    }
  }
  const unprefixed = new Set(extensions.flatMap((extension) => extension.unprefixed ?? []));
  const clobber = (base.clobber ?? []).filter((name) => !unprefixed.has(name));
  return { ...base, tagNames: [...tagNames], attributes, clobber };
}

// Two extensions may allow values of one attribute (p's class): the sanitizer reads one definition a name.
function mergeDefinitions(definitions: readonly Definition[]): Definition[] {
  const byName = new Map<string, Definition>();
  for (const definition of definitions) {
    const name = typeof definition === 'string' ? definition : definition[0];
    const had = byName.get(name);
    if (typeof definition === 'string' || typeof had === 'string') byName.set(name, name);
    else byName.set(name, had ? [name, ...had.slice(1), ...definition.slice(1)] : definition);
  }
  return [...byName.values()];
}
