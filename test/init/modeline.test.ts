import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaReference } from '../../src/commands/init/modeline.js';
import { tempTree } from '../helpers/cli.js';

describe('schemaReference (the modeline)', () => {
  it('points at the plans repository\'s schema, relative to the plan', () => {
    const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', 'schema/plan.schema.json': '{}' });
    expect(schemaReference(join(dir, 'plans'), '/opt/cro/schema/plan.schema.json')).toBe('../schema/plan.schema.json');
    expect(schemaReference(join(dir, 'plans/emea'), '/opt/cro/schema/plan.schema.json')).toBe('../../schema/plan.schema.json');
  });

  it('else at the packaged schema: relative when cro is installed in the project', () => {
    const dir = tempTree({ 'node_modules/cro/schema/plan.schema.json': '{}' });
    writeFileSync(join(dir, 'package.json'), '{}');
    expect(schemaReference(join(dir, 'plans'), join(dir, 'node_modules/cro/schema/plan.schema.json'))).toBe('../node_modules/cro/schema/plan.schema.json');
  });

  it('absolute for a global install', () => {
    const dir = tempTree();
    expect(schemaReference(join(dir, 'plans'), '/usr/lib/node_modules/cro/schema/plan.schema.json')).toBe('/usr/lib/node_modules/cro/schema/plan.schema.json');
  });
});
