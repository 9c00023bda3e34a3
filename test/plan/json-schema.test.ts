import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/plan/json-schema.js';
import { ROOT, runCli } from '../helpers/cli.js';

const compile = () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(planJsonSchema());
};

describe('the plan JSON Schema', () => {
  it('is draft-07 and accepts every example plan', () => {
    expect(planJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
    const validate = compile();
    const dir = join(ROOT, 'examples/plans');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const ok = validate(parse(readFileSync(join(dir, file), 'utf8')));
      expect(ok, `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what the validator rejects: unknown keys, bad enums, negative money; allows x- keys', () => {
    const validate = compile();
    expect(validate({ cro: 1, account: { name: 'A' }, stakholders: [] })).toBe(false);
    expect(validate({ cro: 1, account: { name: 'A' }, stakeholders: [{ id: 'a', name: 'A', group: 'renw' }] })).toBe(false);
    expect(validate({ cro: 1, account: { name: 'A' }, economics: { monthlyRevenue: -1 } })).toBe(false);
    expect(validate({ cro: 1, account: { name: 'A', 'x-crm': 1 }, 'x-anything': { a: 1 } })).toBe(true);
  });

  it('`cro schema` prints it, and the committed schema/plan.schema.json is up to date', () => {
    const result = runCli(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(planJsonSchema());
    expect(readFileSync(join(ROOT, 'schema/plan.schema.json'), 'utf8')).toBe(result.stdout);
  });
});
