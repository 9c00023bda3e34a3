import type { Outcome } from '../../edit/session.js';
import { messages } from '../../i18n/messages.js';
import { BUYING_ROLE_NAMES } from '../../import/fields.js';
import type { MergeResult } from '../../import/merge.js';
import type { BadRow } from '../../import/rows.js';

/* What a run of `cro import` did, as the views show it. */

/** One plan's part of the run: what merging did, and the outcome to write. */
export interface PlanResult {
  outcome: Outcome;
  account: string;
  merge: MergeResult;
  created: boolean;
}

export interface ImportReport {
  file: string;
  plans: PlanResult[];
  skipped: BadRow[];
  unknown: Array<{ account: string; accountCrmId?: string; lines: number[] }>;
  ambiguous: Array<{ account: string; plans: string[]; lines: number[] }>;
  written: boolean;
  dryRun: boolean;
}

export function badReason(bad: BadRow): string {
  const t = messages().import.reason;
  const r = bad.reason;
  switch (r.kind) {
    case 'noName':
      return t.noName;
    case 'noAccount':
      return t.noAccount;
    case 'badDate':
      return t.badDate({ column: r.column, value: r.value });
    case 'ambiguousDate':
      return t.ambiguousDate({ column: r.column, value: r.value, readings: r.readings });
    case 'badEmail':
      return t.badEmail({ column: r.column, value: r.value });
    case 'unknownBuyingRole':
      return t.unknownBuyingRole({ column: r.column, value: r.value, roles: [...BUYING_ROLE_NAMES] });
    case 'twoPeople':
      return t.twoPeople({ crmId: r.crmId, email: r.email, byCrmId: t.holder({ ...r.byCrmId, plan: r.plan }), byEmail: t.holder({ ...r.byEmail, plan: r.plan }) });
    case 'samePerson':
      return t.samePerson({ line: r.line, by: r.by, value: r.value, fields: r.fields.map((f) => t.otherValue(f)) });
  }
}

