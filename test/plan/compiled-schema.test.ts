import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { planSchema } from '../../src/plan/schema.js';
import { validatePlan } from '../../src/plan/validate.js';
import { parseYamlText } from '../../src/plan/parse.js';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { planText, random } from '../../bench/generate.js';

/*
 * Large runs validate with zod's compiled form of the plan schema (src/plan/validate.ts).
 * It must answer exactly as the schema as written: same success, same data, same issues.
 */
const EDITS: Array<(data: any) => void> = [
  () => {},
  (d) => (d.cro = 2),
  (d) => (d.account.name = ''),
  (d) => (d.account.currency = 'usd'),
  (d) => (d.account.currency = 'XYZ'),
  (d) => (d.account.renewalDate = '2026-02-30'),
  (d) => (d.account.renewalDate = 20260101),
  (d) => (d.account.extra = true),
  (d) => (d.stakeholders[0].stance = 'fan'),
  (d) => (d.stakeholders[0].roles = ['end-user', 'boss']),
  (d) => (d.stakeholders[0].id = 'Not An Id'),
  (d) => (d.stakeholders[0].referrer = 'yes'),
  (d) => (d.stakeholders[0] = null),
  (d) => (d.economics = { grossMargin: 78, acquisitionCost: -1, monthlyChurn: 1 }),
  (d) => (d.economics = { monthlyRevenue: Number.POSITIVE_INFINITY }),
  (d) => (d.economics = { monthlyRevenue: Number.NaN }),
  (d) => (d.milestones = [{ name: 'Go-live' }]),
  (d) => (d.team = 'everyone'),
  (d) => Object.defineProperty(d.account, '__proto__', { value: 1, enumerable: true }),
];

describe('the compiled plan schema', () => {
  it('gives the same result, data and issues as the schema as written', () => {
    const compiled = z.compile(planSchema);
    const rand = random(5);
    for (let i = 0; i < 60; i++) {
      const parsed = parseYamlText(planText(i, rand));
      if (!parsed.ok) throw new Error(parsed.finding.message);
      const data = parsed.value.data as any;
      EDITS[i % EDITS.length]!(data);
      const expected = planSchema.safeParse(data);
      const actual = compiled.safeParse(data);
      expect(actual.success).toBe(expected.success);
      if (expected.success) expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.data));
      else expect(actual.error!.issues).toEqual(expected.error.issues);
    }
  });

  it('is what validatePlan uses after the first plans of a run, with the same findings', () => {
    const rand = random(6);
    const texts = Array.from({ length: 80 }, (_, i) => planText(i, rand).replace(/stance: neutral/, 'stance: fan'));
    const locate = () => ({ line: 1, column: 1 });
    const results = texts.map((text) => {
      const parsed = parseYamlText(text);
      if (!parsed.ok) throw new Error(parsed.finding.message);
      return validatePlan(parsed.value.data, locate);
    });
    // Plans past the first 32 went through the compiled schema; all must match a direct safeParse.
    results.forEach((result, i) => {
      const parsed = parseYamlText(texts[i]!);
      const direct = parsed.ok ? planSchema.safeParse(parsed.value.data) : undefined;
      expect(result.plan === undefined).toBe(!direct?.success);
      if (direct?.success) expect(JSON.stringify(result.plan)).toBe(JSON.stringify(direct.data));
    });
    expect(results.some((r) => r.findings.length > 0)).toBe(true);
  });
});
