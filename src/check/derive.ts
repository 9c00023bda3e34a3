import { breakEvenEntryOf } from '../economics/entry.js';
import type { BreakEvenEntry } from '../economics/entry.js';
import type { PlanInputOptions } from '../economics/plan-input.js';
import { buildStakeholderMap, type StakeholderMap } from '../method/stakeholder-map.js';
import type { Finding } from '../plan/finding.js';
import { layOutAccount, type LaidOutAccount } from '../method/account-json.js';
import { accountReport, type AccountReport, type ReportOptions } from '../method/account-report.js';
import type { FileReport } from './check-one.js';
import { planStateOf, type PlanState, type PlanStateOptions } from '../method/plan-state.js';
import { isPersonOf, packPlanAgenda, selectedItems, type PlanAgenda } from '../method/agenda.js';

/*
 * What a command asks of each file besides its findings, computed from the plan in the
 * thread that checked it (this one or a worker), so that the plan is dropped there and
 * then: 10,000 plans held until the end of a run do not fit the memory budget (SPEC §14).
 * Plain data, so that it crosses to worker threads; each kind's result is plain data too.
 */
export type BreakEvenOptions = PlanInputOptions & { defaultCurrency: string };

/** What `cro agenda` asks of each plan: its items as of a day, with `--owner` and `--within` applied where the plan is at hand. */
export interface AgendaOptions {
  asOf: string;
  /** The `stale-contact` days in effect; null when that rule is off. */
  staleDays: number | null;
  owner?: string;
  within?: number;
}

export type Want =
  | { kind: 'account'; options: ReportOptions }
  /** The account as `cro report --format json` holds it: its JSON laid out (then spooled), and what its totals read. */
  | { kind: 'account-json'; options: ReportOptions }
  | { kind: 'break-even'; options: BreakEvenOptions }
  | { kind: 'map'; criticalRoles: ReportOptions['criticalRoles']; asOf: string }
  /** What `cro diff` and `cro history` compare (method/plan-state.ts). */
  | { kind: 'plan-state'; options: PlanStateOptions }
  | { kind: 'agenda'; options: AgendaOptions };

/** What each kind of want gives per file. */
export interface Derived {
  account: AccountReport;
  'account-json': LaidOutAccount;
  'break-even': BreakEvenEntry;
  /** The map of a valid plan; else the findings that make it invalid, in file order. */
  map: { map: StakeholderMap } | { problems: Finding[] };
  'plan-state': PlanState;
  /**
   * The items of a valid plan, packed (method/agenda.ts) as JSON text: one string per plan
   * instead of a dozen objects per item keeps the run's live heap cheap to mark (10,000
   * plans hold ~130,000 items). Null for an invalid plan (the command names those).
   */
  agenda: string | null;
}

export type Derive = (report: FileReport) => unknown;

/** The function that answers a want; the driver calls it once per file, with the plan still on the report. */
export function deriveFor(want: Want): Derive {
  switch (want.kind) {
    case 'account':
      return (report) => accountReport(report, want.options);
    case 'account-json':
      return (report) => layOutAccount(accountReport(report, want.options));
    case 'break-even':
      return (report) => breakEvenEntryOf(report, want.options);
    case 'map':
      return (report) => (report.plan ? { map: buildStakeholderMap(report.plan, want.criticalRoles, want.asOf) } : { problems: report.findings });
    case 'plan-state':
      return (report) => planStateOf(report, want.options);
    case 'agenda': {
      const { owner, within, ...facts } = want.options;
      return (report): string | null => {
        const { plan, locate, suppressionComments } = report;
        if (!plan || !locate) return null;
        const lineOf = (path: readonly (string | number)[]) => locate(path).line;
        const items = selectedItems(plan, { ...facts, file: report.file, errors: report.errors, lineOf, ...(suppressionComments ? { suppressions: suppressionComments } : {}) }, { ...(owner === undefined ? {} : { owner }), ...(within === undefined ? {} : { within }) });
        const packed: PlanAgenda = packPlanAgenda(items, plan);
        if (owner !== undefined && isPersonOf(plan, owner)) packed.knows = true;
        return JSON.stringify(packed);
      };
    }
  }
}
