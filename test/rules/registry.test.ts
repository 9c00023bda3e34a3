import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { planText, random } from '../../bench/generate.js';
import type { Finding } from '../../src/plan/finding.js';
import { loadPlan } from '../../src/plan/load.js';
import { CRITICAL_ROLES } from '../../src/plan/vocabulary.js';
import { runRules } from '../../src/rules/engine.js';
import { allRules, ALWAYS_ERROR_RULES } from '../../src/rules/index.js';
import { DOCS_AS_OF, type AnyRule } from '../../src/rules/types.js';
import { ROOT } from '../helpers/cli.js';
import { runRule } from './tester.js';

/*
 * The registry's own checks, after ESLint's `checkRuleFiles` and typescript-eslint's
 * docs test: every rule is one module named by its id, registered, documented with
 * examples that do what they claim, and tested in test/rules/<id>.test.ts.
 */

const RULES_DIR = join(ROOT, 'src/rules');
/** Modules of src/rules that are machinery, not rules. */
const NOT_RULES = new Set(['types', 'engine', 'resolve', 'index', 'coverage', 'people']);

const ruleFiles = readdirSync(RULES_DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -3))
  .filter((name) => !NOT_RULES.has(name));

describe('rule registry', () => {
  it('has every rule of SPEC §5, in order', () => {
    expect(allRules.map((rule) => rule.meta.id)).toEqual([
      'critical-roles', 'role-backup', 'detractor-plan', 'detractor-overdue', 'stakeholder-needs', 'referrers',
      'renewal-requirements', 'two-messages', 'cross-functional-team', 'milestone-review', 'renewal-date', 'new-buy-targets',
      'economics', 'breakeven-horizon', 'stale-contact', 'okrs',
      // SPEC §12: the comments that suppress the others' findings.
      'suppression',
    ]);
  });

  it('registers every rule module of src/rules, and nothing else', () => {
    expect(ruleFiles.sort()).toEqual(allRules.map((rule) => rule.meta.id).sort());
  });

  it('has unique ids, none of them a loader rule', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ALWAYS_ERROR_RULES) expect(ids).not.toContain(id);
  });

  describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule: AnyRule) => {
    it('is the default export of src/rules/<id>.ts', async () => {
      const module = (await import(pathToFileURL(join(RULES_DIR, `${id}.ts`)).href)) as { default: AnyRule };
      expect(module.default).toBe(rule);
    });

    it('has its own test file', () => {
      expect(existsSync(join(ROOT, 'test/rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
    });

    it('has metadata: severity, a one-line description, options that accept their defaults', () => {
      expect(['warn', 'error']).toContain(rule.meta.defaultSeverity);
      expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
      expect(rule.meta.description).not.toContain('\n');
      if (rule.meta.options) expect(rule.meta.options.safeParse(rule.meta.defaultOptions).success).toBe(true);
      else expect(rule.meta.defaultOptions).toEqual({});
    });

    it('has docs: a rationale and complete passing and failing plans', () => {
      const { rationale, passing, failing } = rule.meta.docs;
      expect(rationale.length).toBeGreaterThan(80);
      for (const example of [passing, failing]) expect(example).toMatch(/^cro: 1\n/);
    });

    const asOf = rule.meta.docs.asOf ?? DOCS_AS_OF;
    it('passing example gives no finding of the rule', () => {
      expect(runRule(rule, { plan: rule.meta.docs.passing, asOf }).map((f) => f.message)).toEqual([]);
    });

    it('failing example gives at least one finding of the rule', () => {
      expect(runRule(rule, { plan: rule.meta.docs.failing, asOf }).length).toBeGreaterThan(0);
    });
  });
});

/** Every rule on, as `cro check` runs them (severity does not matter here). */
function allFindings(text: string, asOf: string): Finding[] {
  const loaded = loadPlan(new TextEncoder().encode(text), { explicit: true });
  if (!loaded?.plan) throw new Error(`not a valid plan: ${loaded?.findings.map((f) => f.message).join('; ')}`);
  const active = allRules.map((rule) => ({ rule, severity: 'error' as const, options: rule.meta.defaultOptions }));
  return runRules(loaded.plan, active, { asOf, criticalRoles: CRITICAL_ROLES, horizon: 120 }, loaded.locate);
}

/** The subjects of SPEC §4, with the `/…` qualifier a second finding of a rule on one subject gets. */
const SUBJECT = /^(plan|economics|account\.[A-Za-z]+|(role|stakeholder|milestone|target|okr|team):.+)$/s;

function expectSubjects(findings: readonly Finding[]): void {
  const seen = new Set<string>();
  for (const finding of findings) {
    expect(finding.subject, `${finding.rule}: ${finding.message}`).toMatch(SUBJECT);
    const key = `${finding.rule} ${finding.subject}`;
    expect(seen.has(key), `(rule, subject) twice: ${key}`).toBe(false);
    seen.add(key);
  }
}

describe('finding subjects (SPEC §4)', () => {
  const examples = join(ROOT, 'examples/plans');
  const plans = [
    ...readdirSync(examples).map((name) => [name, readFileSync(join(examples, name), 'utf8')] as const),
    ['every-gap.yaml', readFileSync(join(ROOT, 'test/rules/fixtures/every-gap.yaml'), 'utf8')] as const,
    ...allRules.map((rule) => [`${rule.meta.id} failing example`, rule.meta.docs.failing] as const),
  ];

  it.each(plans)('every finding on %s has a subject, unique per rule', (_name, text) => {
    for (const asOf of ['2026-01-01', DOCS_AS_OF, '2028-06-30']) expectSubjects(allFindings(text, asOf));
  });

  it('on generated plans, at any as-of date: a subject of the vocabulary, unique per rule', () => {
    const day = fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 9999 }), day, (seed: number, index: number, asOf: string) => {
        expectSubjects(allFindings(planText(index, random(seed)), asOf));
      }),
      { numRuns: 200 },
    );
  });
});
