import { messages } from '../../../i18n/messages.js';
import { oneLine } from '../../../text/terminal-text.js';
import type { CommandIO } from '../../io.js';
import { unifiedDiff } from '../../../edit/diff.js';
import { badReason, type ImportReport } from '../report.js';

/*
 * What `cro import` did, for a person: per plan the counts and the people added, updated
 * and not in the export; the rows skipped; whether anything was written. With --dry-run
 * the diffs go to stdout and the rest to stderr, as the edit commands do.
 */
export function renderText(report: ImportReport, io: CommandIO): void {
  const t = messages().import;
  const say = report.dryRun ? (line: string) => io.stderr.write(`${oneLine(line)}\n`) : (line: string) => io.stdout.write(`${oneLine(line)}\n`);
  let added = 0;
  let updated = 0;
  let plans = 0;
  for (const plan of report.plans) {
    const { outcome, merge } = plan;
    const file = outcome.open.ref.display;
    if (report.dryRun && (outcome.text !== outcome.open.text || outcome.created)) io.stdout.write(unifiedDiff(outcome.created ? '' : outcome.open.text, outcome.text, file));
    if (outcome.text !== outcome.open.text || outcome.created) plans++;
    added += merge.added.length;
    updated += merge.updated.length;
    if (plan.created) say(t.newPlan({ file, account: plan.account }));
    say(t.planLine({ file, account: plan.account, added: merge.added.length, updated: merge.updated.length, unchanged: merge.unchanged.length, missing: merge.notInExport.length }));
    for (const p of merge.added) say(`  ${t.addedPerson(p)}`);
    for (const p of merge.updated) say(`  ${t.updatedPerson({ name: p.name, fields: p.fields })}`);
    if (merge.notInExport.length > 0) say(`  ${t.notInExport({ names: merge.notInExport.map((p) => p.name) })}`);
  }
  for (const bad of report.skipped) io.stderr.write(`cro: ${oneLine(t.skipped({ file: report.file, line: bad.line, reason: badReason(bad) }))}\n`);
  for (const entry of report.ambiguous) io.stderr.write(`cro: ${oneLine(t.ambiguousAccount({ account: entry.account, plans: entry.plans }))}\n`);
  if (report.unknown.length > 0) {
    const count = report.unknown.reduce((sum, u) => sum + u.lines.length, 0);
    io.stderr.write(`cro: ${oneLine(t.unknownAccounts({ count, accounts: report.unknown.map((u) => u.account) }))}\n`);
  }
  if (report.dryRun) io.stderr.write(`${t.dryRun}\n`);
  else if (plans === 0) say(t.nothingChanged);
  else say(t.written({ count: plans, added, updated }));
}
