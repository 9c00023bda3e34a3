import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/plan/json-schema.js';
import { CURRENCY_CODES } from '../../src/economics/currencies.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { CONFIG_WITHOUT_RULES } from '../helpers/plans.js';

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

  it('says what the validator says of revenue and currency, so editors flag both as you type', () => {
    const plans: Record<string, string> = {
      'monthly.yaml': 'economics: { monthlyRevenue: 9500 }',
      'annual.yaml': 'economics: { annualRevenue: 114000 }',
      'both.yaml': 'economics: { monthlyRevenue: 9500, annualRevenue: 114000 }',
      'neither.yaml': 'economics: { acquisitionCost: 84000 }',
      'no-economics.yaml': '',
      'euro.yaml': 'economics: { monthlyRevenue: 1 }\naccount: { name: A, currency: EUR }',
      'no-currency.yaml': 'economics: { monthlyRevenue: 1 }\naccount: { name: A, currency: XYZ }',
      'lower-case.yaml': 'economics: { monthlyRevenue: 1 }\naccount: { name: A, currency: usd }',
    };
    const texts = Object.fromEntries(
      Object.entries(plans).map(([file, body]) => [file, body.includes('account:') ? `cro: 1\n${body}\n` : `cro: 1\naccount: { name: A }\n${body}\n`]),
    );
    const validate = compile();
    const byAjv = Object.fromEntries(Object.entries(texts).map(([file, text]) => [file, validate(parse(text))]));
    expect(byAjv).toEqual({
      'monthly.yaml': true,
      'annual.yaml': true,
      'both.yaml': false,
      'neither.yaml': false,
      'no-economics.yaml': true,
      'euro.yaml': true,
      'no-currency.yaml': false,
      'lower-case.yaml': false,
    });

    const result = runCli(['check', '--format', 'json', '.'], { cwd: tempTree({ 'cro.config.yaml': CONFIG_WITHOUT_RULES, ...texts }) });
    expect(result.code).toBe(1);
    const byCro = Object.fromEntries(
      JSON.parse(result.stdout).files.map((f: { file: string; findings: unknown[] }) => [f.file, f.findings.length === 0]),
    );
    expect(byCro).toEqual(byAjv);
  });

  it('lists the currencies cro knows, and exactly one revenue figure, in the schema itself', () => {
    const schema = planJsonSchema() as any;
    expect(schema.properties.account.properties.currency.enum).toEqual(CURRENCY_CODES);
    expect(schema.properties.economics.oneOf).toEqual([{ required: ['monthlyRevenue'] }, { required: ['annualRevenue'] }]);
  });

  it('`cro schema` prints it, and the committed schema/plan.schema.json is up to date', () => {
    const result = runCli(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(planJsonSchema());
    expect(readFileSync(join(ROOT, 'schema/plan.schema.json'), 'utf8')).toBe(result.stdout);
  });
});
