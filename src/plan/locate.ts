import type { Document, LineCounter, Node } from 'yaml';
import { referenceParser } from './yaml-library.js';
import type { PlanPath } from './finding.js';

export interface Position {
  line: number;
  column: number;
}

export type Locator = (path: PlanPath, target?: 'value' | 'key') => Position;

const TOP: Position = { line: 1, column: 1 };

/**
 * Maps a data path to the YAML node it came from. A path that does not exist in the
 * file (a missing key) resolves to the nearest existing ancestor, so a finding always
 * points somewhere the user can look; a missing top-level section is 1:1.
 */
export function createLocator(doc: Document, lineCounter: LineCounter): Locator {
  const { isAlias, isMap, isPair } = referenceParser();
  const at = (offset: number | undefined): Position => {
    if (offset === undefined) return TOP;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path, target = 'value') => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    // The nearest existing ancestor; the document itself counts as 1:1.
    let nearest: Position = TOP;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      let next: unknown;
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyOf(item.key) === String(segment));
        if (pair) {
          keyNode = pair.key;
          next = pair.value ?? pair.key;
        }
      } else if (referenceParser().isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined || next === null) return nearest;
      node = next;
      nearest = at(rangeStart(node));
    }
    if (path.length === 0) return TOP;
    if (target === 'key' && keyNode) return at(rangeStart(keyNode));
    return at(rangeStart(node));
  };
}

function keyOf(key: unknown): string | undefined {
  if (referenceParser().isScalar(key)) return String((key as { value: unknown }).value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}
