import { checkOne } from '../check/check-one.js';
import { ruleSettingsOf, type CheckSettings } from '../check/settings.js';
import type { Config } from '../config/load.js';
import { DEFAULT_HORIZON } from '../economics/types.js';
import type { PlanFileRef } from '../files/discover.js';
import { readPlanBytes } from '../files/read.js';
import { lockForWriting, PlanLockedError } from '../files/lock.js';
import { FileExistsError, WriteFailedError, writeFileSafely, writeFilesTogether } from '../files/write.js';
import { currentLang, messages } from '../i18n/messages.js';
import type { Finding } from '../plan/finding.js';
import type { Plan } from '../plan/schema.js';
import { CRITICAL_ROLES } from '../plan/vocabulary.js';
import { resolveRules } from '../rules/resolve.js';
import { oneLine } from '../text/terminal-text.js';
import { ExitError, UsageError } from '../util/errors.js';
import { loadCommandConfig, resolveAsOf, type CommandIO, type GlobalFlags } from '../commands/io.js';
import { unifiedDiff } from './diff.js';
import { EDIT_FORMATS } from '../format-names.js';
import { findPlan } from './find.js';
import { applyEdits, applyEditsAtOnce, EditNotPossible, readData, type Edit } from './splice.js';

/*
 * What every edit command does around its own change (SPEC §7): find the plan, refuse
 * one that is already invalid, make the change as splices of the text, check the result
 * with the same checkOne as `cro check`, refuse a change that makes it invalid, then show
 * the diff (`--dry-run`) or write it atomically — unless someone changed the file
 * meanwhile — and say what changed and which findings it closed and opened.
 */

export interface EditFlags extends GlobalFlags {
  dryRun?: boolean;
  format?: string;
  asOf?: string;
  yes?: boolean;
}


/** A plan read for editing: its bytes as read, its text and data, and its findings. */
export interface OpenPlan {
  ref: PlanFileRef;
  bytes: Uint8Array;
  text: string;
  plan: Plan;
  findings: Finding[];
}

export interface EditContext {
  config: Config;
  settings: CheckSettings;
  asOf: string;
}

/** One change, as said to the user and listed in `--format json`. */
export interface Change {
  op: 'set' | 'add' | 'remove';
  path: string;
  from?: unknown;
  to?: unknown;
  message: string;
}

/** A command's change to one plan: the splices, and what they mean. */
export interface PlannedEdit {
  edits: Edit[];
  changes: Change[];
  /** Said after the changes: what is still to do (a backup to choose). */
  notes?: string[];
  /**
   * Said on stderr whatever the format, as `cro: note: …` (and listed among `notes` in
   * `--format json`): what the user may not have meant (a second person of the same name).
   */
  warnings?: string[];
  /** Many edits of one plan (cro import): worked out on one parse, checked on one more (splice.ts applyEditsAtOnce). */
  atOnce?: boolean;
}

export function editContext(flags: EditFlags, io: CommandIO): EditContext {
  const config = loadCommandConfig(io, flags);
  if (flags.format !== undefined && !(EDIT_FORMATS as readonly string[]).includes(flags.format)) {
    throw new UsageError(messages().edit.unknownFormat({ format: flags.format, formats: EDIT_FORMATS.join(', ') }));
  }
  const asOf = resolveAsOf(flags.asOf, io);
  const resolved = resolveRules({ config: config.data.rules, configWhere: (id) => config.where(['rules', id]) });
  const settings: CheckSettings = {
    rules: ruleSettingsOf(resolved),
    context: { asOf, criticalRoles: config.data.criticalRoles ?? [...CRITICAL_ROLES], horizon: config.data.breakeven?.horizon ?? DEFAULT_HORIZON, lang: currentLang() },
    fast: true,
    withCoverage: false,
  };
  return { config, settings, asOf };
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const isLoaderFinding = (finding: Finding) => finding.rule === 'schema' || finding.rule === 'yaml-syntax';

function findingsOf(ref: PlanFileRef, bytes: Uint8Array, settings: CheckSettings): Finding[] {
  return checkOne(ref, { ok: true, bytes }, settings)?.findings ?? [];
}

/** Reads the plan `wanted` names; exit 1 with its first findings when it is not a valid plan. */
export function openPlan(wanted: string, context: EditContext, io: CommandIO): OpenPlan {
  const ref = findPlan(wanted, context.config, io.cwd);
  return openRef(ref, context, io);
}

export function openRef(ref: PlanFileRef, context: EditContext, io: CommandIO): OpenPlan {
  const t = messages().edit;
  const shown = oneLine(ref.display);
  const read = readPlanBytes(ref.absolute);
  if (!read.ok) throw new UsageError(`${shown}: ${read.message}`);
  const report = checkOne(ref, read, context.settings);
  const findings = report?.findings ?? [];
  const broken = findings.filter(isLoaderFinding);
  if (!report || broken.length > 0 || !report.checked) {
    io.stderr.write(`cro: ${t.invalidBefore({ file: shown })}\n`);
    for (const f of broken.slice(0, 3)) io.stderr.write(`${shown}:${f.line}:${f.column}  ${oneLine(f.message)}  (${f.rule})\n`);
    if (broken.length > 3) io.stderr.write(`${t.moreFindings({ count: broken.length - 3, command: `cro check ${shown}` })}\n`);
    throw new ExitError(1);
  }
  const text = decoder.decode(read.bytes);
  return { ref, bytes: read.bytes, text, plan: readData(text) as Plan, findings };
}

/** The plan with the edits made and checked; UsageError (exit 2) when they would make it invalid. */
export function editedText(open: OpenPlan, planned: PlannedEdit, context: EditContext): { text: string; findings: Finding[] } {
  const t = messages().edit;
  const shown = oneLine(open.ref.display);
  let text: string;
  try {
    text = (planned.atOnce ? applyEditsAtOnce : applyEdits)(open.text, planned.edits);
  } catch (error) {
    if (error instanceof EditNotPossible) throw new UsageError(t.cannotEdit({ file: shown, reason: error.message }));
    throw error;
  }
  const findings = findingsOf(open.ref, Buffer.from(text, 'utf8'), context.settings);
  const broken = findings.find(isLoaderFinding);
  if (broken) throw new UsageError(t.wouldBeInvalid({ file: shown, line: broken.line, column: broken.column, message: oneLine(broken.message) }));
  return { text, findings };
}

const keyOf = (f: Finding) => `${f.rule}\u0000${f.subject ?? ''}`;

/** The findings `after` lacks (closed) and those it adds (opened), matched by rule and subject. */
export function compareFindings(before: readonly Finding[], after: readonly Finding[]): { closed: Finding[]; opened: Finding[] } {
  const had = new Set(before.map(keyOf));
  const has = new Set(after.map(keyOf));
  return { closed: before.filter((f) => !has.has(keyOf(f))), opened: after.filter((f) => !had.has(keyOf(f))) };
}

/** "closes role-backup for Maria Lopez; opens critical-roles: administrator". */
function findingWords(verb: 'closes' | 'opens', finding: Finding, plan: Plan): string {
  const t = messages().edit;
  const subject = finding.subject ?? '';
  const colon = subject.indexOf(':');
  const kind = colon < 0 ? subject : subject.slice(0, colon);
  const value = colon < 0 ? '' : subject.slice(colon + 1).split('/')[0]!;
  if (kind === 'stakeholder') {
    const person = (plan.stakeholders ?? []).find((p) => p.id === value);
    return t[verb]({ rule: finding.rule, who: person?.name ?? value, what: '' });
  }
  return t[verb]({ rule: finding.rule, who: '', what: colon < 0 || kind === 'line' ? '' : value });
}

export function summaryLine(closed: readonly Finding[], opened: readonly Finding[], before: Plan, after: Plan): string | undefined {
  const words = [...closed.map((f) => findingWords('closes', f, before)), ...opened.map((f) => findingWords('opens', f, after))];
  return words.length === 0 ? undefined : words.join('; ');
}

const jsonFinding = (f: Finding) => ({ rule: f.rule, severity: f.severity, message: f.message, line: f.line, column: f.column, path: f.path, subject: f.subject ?? null });

/** The bytes on disk are still those read: nobody changed the plan meanwhile. */
function unchangedOnDisk(open: OpenPlan): boolean {
  const now = readPlanBytes(open.ref.absolute);
  return now.ok && Buffer.from(now.bytes).equals(Buffer.from(open.bytes));
}

export interface Outcome {
  open: OpenPlan;
  planned: PlannedEdit;
  text: string;
  findings: Finding[];
  /** A new plan (`cro import --create`): written only if no file took its name meanwhile. */
  created?: boolean;
}

/** Makes the edit of one plan: checks, diff or write, and the report. Returns the exit code. */
export async function finishEdit(open: OpenPlan, planned: PlannedEdit, context: EditContext, flags: EditFlags, io: CommandIO): Promise<number> {
  if (planned.edits.length === 0) {
    reportOutcomes([{ open, planned, text: open.text, findings: open.findings }], flags, io, false);
    return 0;
  }
  const { text, findings } = editedText(open, planned, context);
  const outcome = { open, planned, text, findings };
  if (!flags.dryRun) await writeTogether([outcome], io);
  reportOutcomes([outcome], flags, io, !flags.dryRun);
  return 0;
}

/**
 * Writes every plan or none: each is checked to be unchanged on disk, all are written
 * beside their targets and renamed together; should a rename fail half-way, the plans
 * already replaced get their old bytes back.
 */
export async function writeTogether(outcomes: readonly Outcome[], io: CommandIO): Promise<void> {
  const t = messages().edit;
  const changed = outcomes.filter((o) => o.text !== o.open.text || o.created);
  // Locked from the check that nobody changed a plan to its rename: another cro run
  // editing it meanwhile would otherwise pass the same check, and one change be lost.
  const unlocks: Array<() => void> = [];
  try {
    for (const o of changed) {
      try {
        unlocks.push(lockForWriting(o.open.ref.absolute, o.open.ref.display));
      } catch (error) {
        if (!(error instanceof PlanLockedError)) throw error;
        io.stderr.write(`cro: ${t.lockedByAnother({ file: oneLine(o.open.ref.display) })}\n`);
        throw new ExitError(1);
      }
    }
    await writeUnchanged(changed, io);
  } finally {
    for (const unlock of unlocks) unlock();
  }
}

async function writeUnchanged(changed: readonly Outcome[], io: CommandIO): Promise<void> {
  const t = messages().edit;
  for (const o of changed) {
    if (!o.created && !unchangedOnDisk(o.open)) {
      io.stderr.write(`cro: ${t.changedOnDisk({ file: oneLine(o.open.ref.display) })}\n`);
      throw new ExitError(1);
    }
  }
  try {
    await writeFilesTogether(changed.map((o) => ({ target: o.open.ref.absolute, content: Buffer.from(o.text, 'utf8'), options: { special: 'refuse' as const, shown: o.open.ref.display, ...(o.created ? { kind: 'create' as const, makeFolders: true } : {}) } })));
  } catch (error) {
    for (const o of changed) {
      if (o.created) continue;
      const now = readPlanBytes(o.open.ref.absolute);
      if (now.ok && Buffer.from(now.bytes).equals(Buffer.from(o.text, 'utf8'))) await writeFileSafely(o.open.ref.absolute, o.open.bytes, { special: 'refuse' }).catch(() => undefined);
    }
    if (error instanceof FileExistsError) throw new UsageError(error.message);
    if (error instanceof WriteFailedError) {
      const shown = changed.find((o) => o.open.ref.absolute === error.file)?.open.ref.display ?? error.file;
      throw new UsageError(t.notWritten({ file: oneLine(shown), reason: error.reason }));
    }
    throw error;
  }
}

/** What the run did, in the format asked for: stdout the changes (or the diff), stderr what is said besides. */
export function reportOutcomes(outcomes: readonly Outcome[], flags: EditFlags, io: CommandIO, written: boolean): void {
  const t = messages().edit;
  for (const o of outcomes) for (const warning of o.planned.warnings ?? []) io.stderr.write(`cro: ${messages().breakeven.notes.prefix}${oneLine(warning)}\n`);
  if (flags.format === 'json') {
    const documents = outcomes.map((o) => {
      const { closed, opened } = compareFindings(o.open.findings, o.findings);
      return {
        version: 1,
        file: o.open.ref.display,
        changes: o.planned.changes.map((c) => ({ op: c.op, path: c.path, ...(c.from === undefined ? {} : { from: c.from }), ...(c.to === undefined ? {} : { to: c.to }), message: c.message })),
        closed: closed.map(jsonFinding),
        opened: opened.map(jsonFinding),
        written: written && o.text !== o.open.text,
        ...(flags.dryRun ? { diff: unifiedDiff(o.open.text, o.text, o.open.ref.display) } : {}),
        ...(o.planned.notes?.length || o.planned.warnings?.length ? { notes: [...(o.planned.warnings ?? []), ...(o.planned.notes ?? [])] } : {}),
      };
    });
    io.stdout.write(`${JSON.stringify(documents.length === 1 ? documents[0] : { version: 1, plans: documents }, null, 2)}\n`);
    return;
  }
  const say = flags.dryRun ? (line: string) => io.stderr.write(`${line}\n`) : (line: string) => io.stdout.write(`${line}\n`);
  for (const o of outcomes) {
    const shown = oneLine(o.open.ref.display);
    if (flags.dryRun) io.stdout.write(unifiedDiff(o.open.text, o.text, o.open.ref.display));
    if (o.planned.changes.length === 0 && (o.planned.notes ?? []).length === 0) say(t.nothingToChange({ file: shown }));
    for (const change of o.planned.changes) say(`${shown}: ${oneLine(change.message)}`);
    for (const note of o.planned.notes ?? []) say(`${shown}: ${oneLine(note)}`);
    const { closed, opened } = compareFindings(o.open.findings, o.findings);
    const after = o.text === o.open.text ? o.open.plan : (readData(o.text) as Plan);
    const summary = summaryLine(closed, opened, o.open.plan, after);
    if (summary) say(`  ${oneLine(summary)}`);
  }
  if (flags.dryRun) io.stderr.write(`${t.dryRun}\n`);
}
