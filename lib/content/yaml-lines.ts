// Where a field of a YAML file (content/site.yml, content/authors.yml) is written, so a message can name its line.
import YAML, { LineCounter } from 'yaml';
import type { ContentProblem } from './content-error';

/**
 * The line (from 1) on which the dotted `field` of `source` is written (`zmitser.links.x`,
 * `sections.0`): its value's line, or its key's when the value is missing. Undefined when the text
 * does not parse or has no such field; the nearest written parent's line when only part of the path is.
 */
export function lineOf(source: string, field: string): number | undefined {
  const counter = new LineCounter();
  const document = YAML.parseDocument(source, { lineCounter: counter, logLevel: 'silent', uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  let line: number | undefined;
  let node: unknown = document.contents;
  for (const key of field.split('.')) {
    if (!YAML.isMap(node) && !YAML.isSeq(node)) break;
    const items: unknown[] = node.items;
    const found = YAML.isMap(node)
      ? items.find((pair) => YAML.isPair(pair) && YAML.isScalar(pair.key) && String(pair.key.value) === key)
      : items[Number(key)];
    if (found === undefined) break;
    const keyNode = YAML.isPair(found) ? found.key : found;
    const valueNode = YAML.isPair(found) ? found.value : found;
    const range = (YAML.isNode(valueNode) ? valueNode : YAML.isNode(keyNode) ? keyNode : undefined)?.range;
    const keyRange = YAML.isNode(keyNode) ? keyNode.range : undefined;
    // A map or list as a value starts on the line after its key: name the key's line.
    const at = YAML.isCollection(valueNode) && keyRange ? keyRange[0] : range?.[0];
    if (at !== undefined) line = counter.linePos(at).line;
    node = valueNode;
  }
  return line;
}

/**
 * `problems` of one YAML file whose text is `source`, each field followed by the line it is on
 * (`policies.ethicsPolicy (line 9)`); problems with the file as a whole are left as they are.
 */
export function withLines(problems: readonly ContentProblem[], source: string): ContentProblem[] {
  return problems.map((problem) => {
    if (problem.field === 'file' || /\(line \d+\)$/.test(problem.field)) return problem;
    const line = lineOf(source, problem.field);
    return line === undefined ? problem : { ...problem, field: `${problem.field} (line ${line})` };
  });
}
