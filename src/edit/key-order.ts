import { planSchema } from '../plan/schema.js';
import type { Path } from './splice.js';

/*
 * Where a new key goes in its map: the order of the schema's keys, which is the order the
 * template writes them in (account.name, segment, owner, …; a stakeholder's id, name,
 * title, …). The template differs in one place: `economics.start` is its last line.
 */

const TEMPLATE_LAST: Readonly<Record<string, readonly string[]>> = { economics: ['start'] };

interface ZodLike {
  def: { type: string; shape?: Record<string, ZodLike>; innerType?: ZodLike; element?: ZodLike };
}

function unwrap(schema: ZodLike | undefined): ZodLike | undefined {
  let node = schema;
  while (node && (node.def.type === 'optional' || node.def.type === 'nullable' || node.def.type === 'default')) node = node.def.innerType;
  return node;
}

/** The keys of the map at a data path, in the template's order; empty when the schema has no map there. */
export function keysAt(path: Path): string[] {
  let node = unwrap(planSchema as unknown as ZodLike);
  for (const part of path) {
    if (!node) return [];
    if (typeof part === 'number') node = node.def.type === 'array' ? unwrap(node.def.element) : undefined;
    else node = node.def.type === 'object' ? unwrap(node.def.shape?.[part]) : undefined;
  }
  if (!node || node.def.type !== 'object') return [];
  const keys = Object.keys(node.def.shape ?? {});
  const last = TEMPLATE_LAST[path.filter((p) => typeof p === 'string').join('.')] ?? [];
  return [...keys.filter((k) => !last.includes(k) && k !== 'notes'), ...last.filter((k) => keys.includes(k)), ...(keys.includes('notes') ? ['notes'] : [])];
}

/** The rank of a key in its map; keys the schema does not know (`x-…`) come after every known one. */
export function keyRank(mapPath: Path, key: string): number {
  const index = keysAt(mapPath).indexOf(key);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}
