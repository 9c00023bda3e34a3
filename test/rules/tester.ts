import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/plan/finding.js';
import { loadPlan } from '../../src/plan/load.js';
import { CRITICAL_ROLES, type Role } from '../../src/plan/vocabulary.js';
import { runRules } from '../../src/rules/engine.js';
import { suppressIn } from '../../src/check/suppress.js';
import type { AnyRule } from '../../src/rules/types.js';

/*
 * A RuleTester after ESLint's: each rule's tests are a table of plans that pass and
 * plans that fail with the findings they give. Plans go through the real loader, so
 * lines and columns are the ones a user sees.
 */

export interface Case {
  name: string;
  plan: string;
  asOf?: string;
  options?: Record<string, unknown>;
  criticalRoles?: readonly Role[];
  horizon?: number;
}

export interface ExpectedFinding {
  /** Substrings the message must contain. */
  message: string | string[];
  line: number;
  column: number;
  /** What the finding is about (SPEC §4), when the case is about that. */
  subject?: string;
}

export interface InvalidCase extends Case {
  findings: ExpectedFinding[];
}

export const AS_OF = '2026-11-27';

/** Runs one rule on a plan (YAML text) as `cro check` would; throws if the plan fails the schema. */
export function runRule(rule: AnyRule, testCase: Omit<Case, 'name'>): Finding[] {
  const loaded = loadPlan(new TextEncoder().encode(testCase.plan), { explicit: true });
  if (!loaded?.plan) {
    const problems = loaded?.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n') ?? 'not a plan';
    throw new Error(`the test plan is not valid, so no rule runs on it:\n${problems}`);
  }
  let options: unknown = rule.meta.defaultOptions;
  if (testCase.options) {
    const parsed = rule.meta.options!.parse(testCase.options);
    options = { ...(rule.meta.defaultOptions as object), ...(parsed as object) };
  }
  const active = [{ rule, severity: rule.meta.defaultSeverity === 'error' ? ('error' as const) : ('warning' as const), options }];
  const context = { asOf: testCase.asOf ?? AS_OF, criticalRoles: testCase.criticalRoles ?? CRITICAL_ROLES, horizon: testCase.horizon ?? 120 };
  // Then the plan's `# cro-ignore` comments, as `cro check` reads them (rule suppression's findings come from them).
  return suppressIn(new TextEncoder().encode(testCase.plan), runRules(loaded.plan, active, context, loaded.locate), active, context, true).kept;
}

export function ruleTester(rule: AnyRule, { valid, invalid }: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(valid.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
        expect(runRule(rule, testCase).map(show)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(invalid.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
        const findings = runRule(rule, testCase);
        expect(findings.map(show), 'number of findings').toHaveLength(testCase.findings.length);
        testCase.findings.forEach((expected, i) => {
          const finding = findings[i]!;
          expect(finding.rule).toBe(rule.meta.id);
          for (const part of [expected.message].flat()) expect(finding.message).toContain(part);
          expect(`${finding.line}:${finding.column}`, finding.message).toBe(`${expected.line}:${expected.column}`);
          if (expected.subject !== undefined) expect(finding.subject, finding.message).toBe(expected.subject);
        });
      });
    });
  });
}

const show = (f: Finding) => `${f.line}:${f.column} ${f.message}`;
