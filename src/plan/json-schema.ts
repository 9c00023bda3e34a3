import * as z from 'zod';
import { planSchema } from './schema.js';

/**
 * The JSON Schema of the plan format, generated from the zod schema (never written by
 * hand) for editors: `yaml-language-server` validates and completes plans as you type.
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, {
    target: 'draft-7',
    io: 'input',
    override: ({ jsonSchema }) => {
      // Any map may carry `x-` keys of the user's own (SPEC §2); zod drops them before validating.
      if (jsonSchema.type === 'object' && jsonSchema.additionalProperties === false) {
        jsonSchema.patternProperties = { '^x-': {} };
      }
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'cro account plan (format version 1)',
    description: 'A customer account plan after the Trust Enablement method. See `cro explain <rule>` for what a good plan contains.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
