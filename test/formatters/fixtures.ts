import { Chalk } from 'chalk';
import { summarize, type CheckReport, type FileReport } from '../../src/check/check-one.js';
import type { Finding } from '../../src/plan/finding.js';
import { assignSubjects } from '../../src/plan/subject.js';
import type { RuleMeta } from '../../src/rules/types.js';
import type { FormatterOptions } from '../../src/formatters/types.js';

/** Hand-made reports: formatters are pure, so they are tested without reading any plan. */

export function finding(overrides: Partial<Finding> & Pick<Finding, 'rule' | 'message'>): Finding {
  return { severity: 'error', line: 1, column: 1, path: '', ...overrides };
}

/** A file's report as `cro check` makes one: every finding with its subject, unique per rule (a rule's, else its location's). */
export function fileReport(file: string, account: string | null, findings: Finding[]): FileReport {
  assignSubjects(findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const checked = !findings.some((f) => f.rule === 'schema' || f.rule === 'yaml-syntax');
  return { file, account, findings, errors, warnings: findings.length - errors, checked };
}

/**
 * A report over these files. None carries a validated plan (views that draw one, like
 * stylish's coverage table, are tested with real plans); a file without a loader finding
 * counts as checked, as if it had passed the schema.
 */
export function report(files: FileReport[]): CheckReport {
  return { files, summary: summarize(files) };
}

/** Messages with every character some format has to escape. */
export const TRICKY = {
  percent: 'coverage at 100% – 50%0A of it literal %0A and %25 and %',
  lines: 'first line\nsecond line\r\nthird\rfourth',
  separators: 'roles: end-user, procurement; key=value::done',
  markup: `<b>Ali & "Ece"</b> isn't > 'Omar' ]]> done`,
  unicode: 'Brückner — 日本語 🚀 İstanbul',
  controls: 'bell\u0007 nul\u0000 esc\u001b vt\u000b nonchar\uFFFE lone\uD800 end',
  markdown: 'a | b \\| c `code` *bold* _it_ [link](x) $x$ ~~s~~ # h',
};

export const trickyFile = fileReport('plans/acme,inc: "east" #1.yaml', 'Acme & <Sons> "Ltd"', [
  finding({ rule: 'role-backup', message: TRICKY.percent, line: 14, column: 5, path: 'stakeholders[0]' }),
  finding({ rule: 'role-backup', message: TRICKY.lines, line: 14, column: 5, path: 'stakeholders[0]' }),
  finding({ rule: 'role-backup', message: TRICKY.lines, line: 14, column: 5, path: 'stakeholders[0]' }),
  finding({ rule: 'stakeholder-needs', severity: 'warning', message: TRICKY.separators, line: 20, column: 7, path: 'stakeholders[1]' }),
  finding({ rule: 'two-messages', message: TRICKY.markup, line: 3, column: 1, path: 'messages' }),
  finding({ rule: 'okrs', severity: 'warning', message: TRICKY.unicode, line: 1, column: 1 }),
  finding({ rule: 'stale-contact', severity: 'warning', message: TRICKY.controls, line: 30, column: 3, path: 'stakeholders[2]' }),
  finding({ rule: 'referrers', severity: 'warning', message: TRICKY.markdown, line: 8, column: 2 }),
]);

export const cleanFile = fileReport('plans/copper-kettle.yaml', 'Copper Kettle Coffee Roasters', []);

export const brokenFile = fileReport('plans/broken.yaml', null, [
  finding({ rule: 'yaml-syntax', message: 'a tab is used for indentation; YAML indents with spaces only', line: 3, column: 1 }),
]);

export const invalidPlanFile = fileReport('plans/northgate.yaml', 'Northgate', [
  finding({ rule: 'schema', message: 'stakeholders[0].id: 2024 must be text; put it in quotes ("2024")', line: 5, column: 9, path: 'stakeholders[0].id' }),
]);

export const mixedReport = (): CheckReport => report([trickyFile, cleanFile, brokenFile, invalidPlanFile]);
export const cleanReport = (): CheckReport => report([cleanFile]);
export const emptyReport = (): CheckReport => report([]);

/** Two coverage rules described the way rule modules describe themselves. */
export const sampleRules: RuleMeta<unknown>[] = [
  {
    id: 'role-backup',
    defaultSeverity: 'error',
    description: 'A critical role must not rest on one person without a backup.',
    defaultOptions: {},
    docs: {
      rationale: 'Primary contacts often leave within months of the sale; without a backup the solution must be sold again.',
      passing: 'stakeholders:\n  - { id: omar, name: Omar Shah, group: renew, roles: [procurement], stance: advocate, backup: lena }\n',
      failing: 'stakeholders:\n  - { id: omar, name: Omar Shah, group: renew, roles: [procurement], stance: advocate }\n',
    },
  },
  {
    id: 'okrs',
    defaultSeverity: 'warn',
    description: 'The plan needs an objective with at least one key result.',
    defaultOptions: {},
    docs: {
      rationale: 'Shared OKRs align marketing, sales and customer success on one goal.',
      passing: 'okrs:\n  - objective: Make Acme a reference\n    keyResults: [Two case studies]\n',
      failing: 'okrs: []\n',
    },
  },
];

export function formatterOptions(overrides: Partial<FormatterOptions> = {}): FormatterOptions {
  return {
    chalk: new Chalk({ level: 0 }),
    rules: sampleRules,
    criticalRoles: ['end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor'],
    asOf: '2026-11-27',
    version: '1.2.3',
    ...overrides,
  };
}
