import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkFile } from '../../src/check/check-one.js';
import { activeRules, resolveRules } from '../../src/rules/resolve.js';
import { fastParse } from '../../src/plan/fast-parse.js';
import { parseYamlText } from '../../src/plan/parse.js';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { planText, random } from '../../bench/generate.js';
import { bytes } from '../helpers/plans.js';

const rules = activeRules(resolveRules({}));
const context = { asOf: '2026-11-27', criticalRoles: ['end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor'] as const, horizon: 120 };
const ref = { absolute: '/plan.yaml', display: 'plan.yaml', explicit: true };

/** The whole result of checking one file, through the fast path or the reference only. */
const check = (text: string | Uint8Array, fast: boolean) => {
  const content = typeof text === 'string' ? bytes(text) : text;
  const report = checkFile(ref, rules, { ...context, criticalRoles: [...context.criticalRoles] }, () => ({ ok: true, bytes: content }), fast);
  if (!report) return report;
  const { locate, ...rest } = report;
  // The locator is a function: compared by where it puts the nodes the agenda points at.
  const plan = report.plan;
  const paths: Array<Array<string | number>> = plan ? [['account'], ...(plan.stakeholders ?? []).map((_, i) => ['stakeholders', i]), ...(plan.milestones ?? []).map((_, i) => ['milestones', i])] : [];
  return { ...rest, plan: plan ? JSON.stringify(plan) : undefined, located: locate ? paths.map((path) => locate(path)) : undefined };
};

/** Edits that real people make to plans, several of them outside the fast parser's subset. */
const MUTATIONS: Array<(text: string, pick: () => number) => string> = [
  (t) => t.replace(/\n/g, '\r\n'),
  (t) => t.replace(/\n/g, '\r'),
  (t) => `\uFEFF${t}`,
  (t) => `\uFEFF\uFEFF${t}`,
  (t) => t.replace('account:', 'account:\u0085'),
  (t) => t.replace('account:\n', 'account: # the customer\n'),
  (t) => t.replace('stakeholders:\n', 'stakeholders:\n\n  # Group 1\n'),
  (t) => t.replace(/  acquisitionCost: (\d+)/, '  acquisitionCost: $1.0e0'),
  (t) => t.replace(/  onboardingCost: (\d+)/, '  onboardingCost: 0o17'),
  (t) => t.replace(/  onboardingCost: (\d+)/, '  onboardingCost: 0x1F'),
  (t) => t.replace(/  onboardingCost: (\d+)/, '  onboardingCost: 1_000'),
  (t) => t.replace(/  monthlyExpansion: [\d.]+/, '  monthlyExpansion: -.5'),
  (t) => t.replace(/  grossMargin: [\d.]+/, '  grossMargin: .75'),
  (t) => t.replace(/  grossMargin: [\d.]+/, '  grossMargin: 78'),
  (t) => t.replace('    referrer: true', '    referrer: True'),
  (t) => t.replace('    referrer: true', '    referrer: yes'),
  (t) => t.replace(/  segment: .*/, '  segment: ~'),
  (t) => t.replace(/  segment: .*/, '  segment: "enterprise \\u00e9"'),
  (t) => t.replace(/  owner: (.*)/, "  owner: '$1'"),
  (t) => t.replace(/  owner: (.*)/, '  owner: >\n    $1\n    folded'),
  (t) => t.replace(/  owner: (.*)/, '  owner: |\n    $1\n    literal\n'),
  (t) => t.replace(/  owner: (.*)/, '  owner: $1\n    continued on a second line'),
  (t) => t.replace('  renew: ', '  renew:\n    '),
  (t) => t.replace(/\n  - id: (\S+)\n/, '\n  - &first\n    id: $1\n'),
  (t) => t.replace('messages:', 'x-meta: &m { a: 1 }\nx-copy: *m\nmessages:'),
  (t) => t.replace(/\n    name: (.*)\n/, '\n\tname: $1\n'),
  (t) => t.replace(/\n    title: .*\n/, (m) => `${m}${m.slice(1)}`),
  (t) => t.replace('cro: 1', 'cro: 1\n? complex\n: key'),
  (t) => t.replace('cro: 1', '%YAML 1.2\n---\ncro: 1'),
  (t) => `${t}---\ncro: 1\n`,
  (t) => t.replace('renewal:', 'renewal: !!map'),
  (t) => t.replace('team:', 'team: []\nteam2:'),
  (t) => t.replace(/  - \{ name: (.*?), function: sales \}/, '  - name: $1\n    function: sales'),
  (t) => t.replace(/    needs: \{ see: (.*?), hear: (.*?), know: (.*?) \}/, '    needs:\n      see: $1\n      hear: $2'),
  (t) => t.replace(/    lastContact: (\S+)/, '    lastContact: "$1"'),
  (t) => t.replace(/    lastContact: (\S+)/, '    lastContact: 2026-02-30'),
  (t) => t.replace(/    backup: (\S+)/, '    backup: nobody-here'),
  (t) => t.replace(/    stance: \S+/, '    stance: detractor'),
  (t) => t.replace(/  - id: (\S+)\n/, '  - id: 2024\n'),
  (t) => t.replace('economics:', 'economics:\n  # month 1\n'),
  (t) => t.replace(/economics:[\s\S]*$/, 'economics: { monthlyRevenue: 1000, acquisitionCost: 5000 }\n'),
  (t) => t.replace('milestones:', 'milestones: # reviewed at each step'),
  (t) => t.replace('  name: ', '  name:   '),
  (t) => t.replace(/\n/g, '\n# ').replace(/^/, ''),
  (t) => t.replace('__never__', ''),
  (t) => t.replace('account:\n', 'account:\n  __proto__: 1\n'),
  (t) => t.replace(/okrs:[\s\S]*?(?=economics:|$)/, ''),
  (t) => t.replace(/stakeholders:[\s\S]*?(?=renewal:)/, 'stakeholders: []\n'),
  (t) => t.replace(/ {2}/g, '    '),
];

describe('fast parser', () => {
  it('produces the same data as the reference for generated plans', () => {
    const rand = random(7);
    for (let i = 0; i < 200; i++) {
      const text = planText(i, rand);
      const quick = fastParse(text);
      const reference = parseYamlText(text);
      expect(quick).toBeDefined();
      expect(reference.ok).toBe(true);
      if (reference.ok) expect(quick!.data).toEqual(reference.value.data);
    }
  });

  it('declines text outside its subset', () => {
    expect(fastParse('cro: 1\na: &x 1\nb: *x\n')).toBeUndefined();
    expect(fastParse('cro: 1\na:\n\tb: 1\n')).toBeUndefined();
    expect(fastParse('cro: 1\ncro: 2\n')).toBeUndefined();
  });

  it('gives exactly the reference findings, positions and plan on generated and mutated plans', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: MUTATIONS.length - 1 }), { maxLength: 4 }), (seed, edits) => {
        const rand = random(seed);
        let text = planText(seed % 1000, rand);
        for (const edit of edits) text = MUTATIONS[edit]!(text, rand);
        expect(check(text, true)).toEqual(check(text, false));
      }),
      { numRuns: 800 },
    );
  });

  it('agrees with the reference for every single mutation', () => {
    const rand = random(99);
    const base = planText(3, rand);
    MUTATIONS.forEach((mutate, index) => {
      const text = mutate(base, rand);
      expect(check(text, true), `mutation ${index}`).toEqual(check(text, false));
    });
  });
});
