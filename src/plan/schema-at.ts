import type * as z from 'zod';
import type { PlanPath } from './finding.js';

/*
 * Reading a zod schema at a data path, for messages about what belongs there: the plan's
 * schema and the config's share it.
 */

/** The keys a schema allows in the map at a path, for "did you mean" on unknown keys; none off the schema. */
export function knownKeysAt(root: z.core.$ZodType, path: PlanPath): string[] {
  const def = schemaAt(root, path)?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** The schema of the value at a path, unwrapped from optional and the like; undefined off the schema. */
export function schemaAt(root: z.core.$ZodType, path: PlanPath): z.core.$ZodType | undefined {
  let schema: z.core.$ZodType | undefined = root;
  for (const segment of path) {
    schema = unwrap(schema);
    const def = schema?._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    if (def?.type === 'object' && typeof segment === 'string') schema = Object.hasOwn(def.shape ?? {}, segment) ? def.shape![segment] : undefined;
    else if (def?.type === 'array') schema = def.element;
    else return undefined;
  }
  return unwrap(schema);
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  while (current) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType };
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) current = def.innerType;
    else break;
  }
  return current;
}
