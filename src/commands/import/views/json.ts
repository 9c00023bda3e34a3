import type { CommandIO } from '../../io.js';
import { unifiedDiff } from '../../../edit/diff.js';
import { badReason, type ImportReport } from '../report.js';

/*
 * `cro import --format json`: the text view's facts as data, `{ "version": 1, … }`, for
 * scripts. Field names are stable; messages are in the language in use.
 */
export function renderJson(report: ImportReport, io: CommandIO): void {
  const document = {
    version: 1,
    file: report.file,
    written: report.written,
    dryRun: report.dryRun,
    plans: report.plans.map(({ outcome, merge, account, created }) => {
      const changed = outcome.text !== outcome.open.text || Boolean(outcome.created);
      return {
        file: outcome.open.ref.display,
        account,
        created,
        changed,
        added: merge.added,
        updated: merge.updated,
        unchanged: merge.unchanged,
        notInExport: merge.notInExport,
        changes: merge.planned.changes.map((c) => ({ op: c.op, path: c.path, ...(c.from === undefined ? {} : { from: c.from }), ...(c.to === undefined ? {} : { to: c.to }), message: c.message })),
        ...(report.dryRun ? { diff: changed ? unifiedDiff(created ? '' : outcome.open.text, outcome.text, outcome.open.ref.display) : '' } : {}),
      };
    }),
    skipped: report.skipped.map((b) => ({ line: b.line, reason: b.reason.kind, message: badReason(b) })),
    unknownAccounts: report.unknown.map((u) => ({ account: u.account, accountCrmId: u.accountCrmId ?? null, lines: u.lines })),
    ambiguousAccounts: report.ambiguous,
  };
  io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}
