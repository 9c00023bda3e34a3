import { computeTermBreakEven } from '../economics/breakeven.js';
import { economicsInputOf, type PlanInputOptions } from '../economics/plan-input.js';
import type { Finding, Severity } from '../plan/finding.js';
import type { Plan } from '../plan/schema.js';
import type { Group, Role, Stance } from '../plan/vocabulary.js';
import { roleCoverage } from './coverage.js';
import { hasLeft } from './people.js';

/*
 * What the method sees in one version of a plan, as plain data: the people, the coverage
 * of each critical role, the findings by (rule, subject), the break-even and the
 * milestones. `cro diff` and `cro history` compare two of these (plan-diff.ts); the check
 * driver computes it from the checked plan (check/derive.ts) and drops the plan.
 */

export interface PersonState {
  id: string;
  name: string;
  crmId?: string;
  email?: string;
  group: Group;
  roles: Role[];
  stance: Stance;
  backup: string | null;
  leftOn: string | null;
  /** Left as of the run's as-of. */
  left: boolean;
}

export interface FindingState {
  rule: string;
  severity: Severity;
  subject: string;
  message: string;
  line: number;
}

export interface MilestoneState {
  name: string;
  due: string;
  done: string | null;
  reviewDate: string | null;
}

export interface PlanState {
  /** Relative to cwd, `/` separators. */
  file: string;
  account: string | null;
  /** The file passed the schema (the coverage rules ran on it). */
  valid: boolean;
  keys: { owner: string | null; segment: string | null; renewalDate: string | null; crmId: string | null };
  people: PersonState[];
  /** Each critical role, in the order of the config, and whether someone covers it. */
  coverage: Array<{ role: Role; covered: boolean }>;
  findings: FindingState[];
  errors: number;
  warnings: number;
  economics: { currency: string; breakEvenMonth: number | null; never: boolean; roi: number | null } | null;
  milestones: MilestoneState[];
}

export type PlanStateOptions = PlanInputOptions & { defaultCurrency: string; criticalRoles: readonly Role[] };

/** What break-even needs, plus the file's counts: a FileReport of the check driver. */
export interface CheckedFileLike {
  file: string;
  account: string | null;
  findings: readonly Finding[];
  errors: number;
  warnings: number;
  plan?: Plan;
}

export function planStateOf(checked: CheckedFileLike, options: PlanStateOptions): PlanState {
  const { plan } = checked;
  const findings = checked.findings.map((f) => ({ rule: f.rule, severity: f.severity, subject: f.subject ?? f.path, message: f.message, line: f.line }));
  const base = { file: checked.file, account: checked.account, findings, errors: checked.errors, warnings: checked.warnings };
  if (!plan) return { ...base, valid: false, keys: { owner: null, segment: null, renewalDate: null, crmId: null }, people: [], coverage: [], economics: null, milestones: [] };
  const account = plan.account as Plan['account'] & { crmId?: string };
  const people = (plan.stakeholders ?? []).map((person): PersonState => {
    const extra = person as { crmId?: unknown; email?: unknown };
    return {
      id: person.id,
      name: person.name,
      ...(typeof extra.crmId === 'string' ? { crmId: extra.crmId } : {}),
      ...(typeof extra.email === 'string' ? { email: extra.email } : {}),
      group: person.group,
      roles: [...(person.roles ?? [])],
      stance: person.stance ?? 'unknown',
      backup: person.backup ?? null,
      leftOn: person.leftOn ?? null,
      left: hasLeft(person, options.asOf),
    };
  });
  const coverage = roleCoverage(plan, options.criticalRoles, options.asOf).map(({ role, coveredBy }) => ({ role, covered: coveredBy.length > 0 }));
  // The term's figures only, as the report computes them: a history judges thousands of
  // versions, and the discounted and expected paybacks were a tenth of that work.
  const input = economicsInputOf(plan, options);
  const result = input && computeTermBreakEven(input);
  const economics = input && result ? { currency: plan.account.currency ?? options.defaultCurrency, breakEvenMonth: result.breakEvenMonth, never: result.never, roi: result.roi } : null;
  const milestones = (plan.milestones ?? []).map((m) => ({ name: m.name, due: m.due, done: m.done ?? null, reviewDate: m.review?.date ?? null }));
  return {
    ...base,
    account: plan.account.name,
    valid: true,
    keys: { owner: account.owner ?? null, segment: account.segment ?? null, renewalDate: account.renewalDate ?? null, crmId: account.crmId ?? null },
    people,
    coverage,
    economics,
    milestones,
  };
}
