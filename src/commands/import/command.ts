import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath, type PlanFileRef } from '../../files/discover.js';
import { readPlanBytes } from '../../files/read.js';
import { currentLang, messages } from '../../i18n/messages.js';
import { GROUPS } from '../../plan/vocabulary.js';
import type { Plan } from '../../plan/schema.js';
import { oneLine } from '../../text/terminal-text.js';
import { ExitError, UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { accountValue, findPlan } from '../../edit/find.js';
import { editContext, editedText, openRef, writeTogether, type EditContext, type EditFlags, type OpenPlan } from '../../edit/session.js';
import { readData } from '../../edit/splice.js';
import { planFolder } from '../init/command.js';
import { schemaReference } from '../init/modeline.js';
import { slugify } from '../init/slug.js';
import { DEFAULT_TEMPLATE, loadTemplate, packagedSchemaFile } from '../init/templates/catalog.js';
import { renderPlan } from '../init/templates/plan.js';
import { emptyAnswers } from '../init/templates/values.js';
import { todayIso } from '../../util/dates.js';
import { tightenHeapGrowth } from '../../check/heap.js';
import { findPlanFiles, type CommandIO } from '../io.js';
import { CsvSyntaxError, decodeCsv, detectDelimiter, knownEncoding, readCsv, UnknownEncoding } from '../../import/csv.js';
import { DATE_FORMATS, isDateFormat } from '../../import/dates.js';
import { columnMap, guessPreset, IMPORT_FIELDS, MappingError, missingColumns, parseMap, PRESET_DATE_FORMS, type Preset } from '../../import/fields.js';
import { accountKey, mergeRows } from '../../import/merge.js';
import { readRows, type BadRow, type ImportRow } from '../../import/rows.js';
import { badReason, type ImportReport } from './report.js';
import { renderJson } from './views/json.js';
import { renderText } from './views/text.js';

/*
 * `cro import <file.csv>` (SPEC §8): the export read and checked row by row, each row
 * sent to its plan, merged there as the edit commands edit (edit/session.ts: the same
 * checks, the same splices, every plan written or none), and what happened said per plan.
 */

export interface ImportFlags extends EditFlags {
  preset?: Preset;
  map?: string[];
  plan?: string;
  create?: boolean;
  group?: 'renew' | 'new-buy';
  encoding?: string;
  delimiter?: string;
  dateFormat?: string;
  skipBadRows?: boolean;
}

function readDelimiter(given: string | undefined, text: string): string {
  if (given === undefined) return detectDelimiter(text);
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';' };
  const delimiter = named[given.toLowerCase()] ?? given;
  if ([...delimiter].length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new UsageError(messages().import.badDelimiter({ delimiter: given }));
  return delimiter;
}

export async function runImport(file: string, flags: ImportFlags, io: CommandIO): Promise<number> {
  const edit = editContext(flags, io);
  // The summary is per person, not per finding: each plan is checked for what matters to
  // a write (the schema, before and after), without the coverage rules.
  const context: EditContext = { ...edit, settings: { ...edit.settings, rules: edit.settings.rules.map((r) => ({ ...r, setting: 'off' as const })) } };
  const t = messages().import;
  // Every flag is checked before anything is read.
  if (flags.encoding !== undefined && !knownEncoding(flags.encoding)) throw new UsageError(t.unknownEncoding({ encoding: flags.encoding }));
  if (flags.dateFormat !== undefined && !isDateFormat(flags.dateFormat)) throw new UsageError(t.badDateFormat({ format: flags.dateFormat, formats: DATE_FORMATS.filter((f) => f !== 'YYYY-MM-DD') }));
  if (flags.group !== undefined && !(GROUPS as readonly string[]).includes(flags.group)) throw new UsageError(`--group ${flags.group}${didYouMean(flags.group, GROUPS)}`);
  const maps = (flags.map ?? []).map((text) => {
    try {
      return { ...parseMap(text), text };
    } catch (error) {
      if (!(error instanceof MappingError)) throw error;
      if (error.kind === 'unknownField') throw new UsageError(t.unknownField({ map: text, field: error.field, suggestion: didYouMean(error.field, IMPORT_FIELDS), fields: [...IMPORT_FIELDS] }));
      throw new UsageError(t.badMap({ map: text }));
    }
  });

  const absolute = resolve(io.cwd, file);
  const shown = oneLine(displayPath(absolute, io.cwd));
  let bytes: Uint8Array;
  try {
    if (!statSync(absolute).isFile()) throw new UsageError(t.notAFile({ file: shown }));
    bytes = readFileSync(absolute);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t.noFile({ file: shown }));
  }
  let text: string;
  try {
    text = decodeCsv(bytes, flags.encoding).text;
  } catch (error) {
    if (error instanceof UnknownEncoding) throw new UsageError(error.message === '' ? t.notUtf8({ file: shown }) : t.unknownEncoding({ encoding: error.message }));
    throw error;
  }
  let table: ReturnType<typeof readCsv>;
  try {
    table = readCsv(text, readDelimiter(flags.delimiter, text));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new UsageError(t.csvSyntax({ file: shown, line: error.line, reason: error.code === 'CSV_QUOTE_NOT_CLOSED' ? t.quoteNotClosed : error.code === 'CSV_INVALID_CLOSING_QUOTE' ? t.badClosingQuote : error.reason }));
    throw error;
  }
  if (table.rows.length === 0) throw new UsageError(t.empty({ file: shown }));
  // A --map whose column the file lacks is a bad row at the header (SPEC §8): exit 1 with the
  // header's line, as a bad row fails the run. It is not skipped with --skip-bad-rows: the
  // column is missing from every row, so skipping it would import every row without it.
  const missing = missingColumns(table.header, maps);
  if (missing.length > 0) {
    const bad = missing.map((m) => ({ line: table.headerLine, message: t.noColumn({ map: m.text, column: m.column, suggestion: didYouMean(m.column, table.header), columns: table.header }) }));
    for (const b of bad) io.stderr.write(`cro: ${oneLine(t.badRow({ file: shown, line: b.line, reason: b.message }))}\n`);
    io.stderr.write(`cro: ${t.failedColumns({ count: bad.length })}\n`);
    if (flags.format === 'json') io.stdout.write(`${JSON.stringify({ version: 1, file: shown, written: false, badRows: bad.map((b) => ({ line: b.line, reason: 'noColumn', message: b.message })) }, null, 2)}\n`);
    throw new ExitError(1);
  }
  const preset = flags.preset ?? guessPreset(table.header);
  const columns = columnMap(table.header, preset, maps);
  if (!columns.name && !columns.firstName && !columns.lastName) throw new UsageError(t.noNameColumn({ file: shown, columns: table.header }));
  if (flags.plan === undefined && !columns.account && !columns.accountCrmId) throw new UsageError(t.noAccountColumn({ file: shown, columns: table.header }));
  const dateForms = flags.dateFormat !== undefined ? [flags.dateFormat] : [...PRESET_DATE_FORMS[preset], ...(preset === 'generic' ? (currentLang() === 'tr' ? ['DD/MM/YYYY'] : ['MM/DD/YYYY', 'DD/MM/YYYY']) : []), 'DD.MM.YYYY'];
  const { rows, bad } = readRows(table.rows, columns, { dateForms, needAccount: flags.plan === undefined });

  const refuse = (rejected: readonly BadRow[], summary: string): never => {
    for (const b of rejected) io.stderr.write(`cro: ${oneLine(t.badRow({ file: shown, line: b.line, reason: badReason(b) }))}\n`);
    io.stderr.write(`cro: ${summary}\n`);
    if (flags.format === 'json') io.stdout.write(`${JSON.stringify({ version: 1, file: shown, written: false, badRows: rejected.map((b) => ({ line: b.line, reason: b.reason.kind, message: badReason(b) })) }, null, 2)}\n`);
    throw new ExitError(1);
  };
  // The rows that cannot be read fail the run before any plan is opened; the rows that
  // contradict each other or a plan are found as the rows are merged (below).
  if (bad.length > 0 && !flags.skipBadRows) refuse(bad, t.failed({ count: bad.length }));

  const report: ImportReport = { file: shown, plans: [], skipped: bad, unknown: [], ambiguous: [], written: false, dryRun: Boolean(flags.dryRun) };
  const groups = flags.plan !== undefined ? [{ ref: findPlan(flags.plan, context.config, io.cwd), rows, account: undefined as string | undefined, accountCrmId: undefined as string | undefined }] : routeRows(rows, context, io, report, Boolean(flags.create));
  // Many plans read, merged and checked: the heap kept near what is alive, as a large check keeps it.
  tightenHeapGrowth(groups.length);
  const group = flags.group ?? 'renew';
  const words = t.change;
  const conflicts: BadRow[] = [];
  for (const entry of groups) {
    const open = entry.ref ? openRef({ ...entry.ref, explicit: true }, context, io) : newPlan(entry.account!, context, io);
    const merge = mergeRows(open.plan, entry.rows, { group, words, file: open.ref.display, ...(entry.accountCrmId !== undefined ? { accountCrmId: entry.accountCrmId } : {}) });
    conflicts.push(...merge.conflicts);
    // Edited while the plan's parsed document is at hand (parsing it again costs as much as
    // the edit), even when a conflict found later refuses the run: nothing is written until
    // every plan is ready (writeFilesTogether).
    const after = merge.planned.edits.length === 0 ? { text: open.text } : editedText(open, merge.planned, context);
    // The findings are not shown (the summary is per person): not kept for 500 plans until the write.
    report.plans.push({ outcome: { open: { ...open, findings: [] }, planned: merge.planned, text: after.text, findings: [], ...(entry.ref ? {} : { created: true }) }, account: open.plan.account.name, merge, created: !entry.ref });
  }
  conflicts.sort((a, b) => a.line - b.line);
  if (conflicts.length > 0 && !flags.skipBadRows) refuse(conflicts, t.conflicting({ count: conflicts.length }));
  report.skipped = [...bad, ...conflicts].sort((a, b) => a.line - b.line);
  const outcomes = report.plans.map((p) => p.outcome);
  const changed = outcomes.some((o) => o.text !== o.open.text || o.created);
  if (!flags.dryRun && changed) {
    await writeTogether(outcomes, io);
    report.written = true;
  }
  if (flags.format === 'json') renderJson(report, io);
  else renderText(report, io);
  return 0;
}

interface Routed {
  ref: PlanFileRef | undefined;
  rows: ImportRow[];
  account: string | undefined;
  accountCrmId: string | undefined;
}

/** Each row to the plan whose account.crmId is its account id, else whose account name it names; the others listed, or new plans with --create. */
function routeRows(rows: readonly ImportRow[], context: EditContext, io: CommandIO, report: ImportReport, create: boolean): Routed[] {
  const refs = findPlanFiles([], context.config, io).filter((ref) => !ref.absolute.endsWith('/'));
  const byCrmId = new Map<string, PlanFileRef>();
  const byName = new Map<string, Array<{ ref: PlanFileRef; crmId: string | undefined }>>();
  for (const ref of refs) {
    const read = readPlanBytes(ref.absolute);
    if (!read.ok) continue;
    // Read as find.ts reads account names, without parsing every plan: the plans chosen are read properly.
    const text = Buffer.from(read.bytes).toString('utf8');
    const name = accountValue(text, 'name');
    if (name === undefined) continue;
    const crmId = accountValue(text, 'crmId');
    if (crmId !== undefined) byCrmId.set(crmId, ref);
    const key = accountKey(name);
    byName.set(key, [...(byName.get(key) ?? []), { ref, crmId }]);
  }
  const routed = new Map<string, Routed>();
  const unknown = new Map<string, { account: string; accountCrmId?: string; lines: number[] }>();
  const ambiguous = new Map<string, { account: string; plans: string[]; lines: number[] }>();
  for (const row of rows) {
    let ref = row.accountCrmId !== undefined ? byCrmId.get(row.accountCrmId) : undefined;
    if (!ref && row.account !== undefined) {
      // A plan of another CRM account with the same name is not this one.
      const named = (byName.get(accountKey(row.account)) ?? []).filter((p) => p.crmId === undefined || row.accountCrmId === undefined || p.crmId === row.accountCrmId);
      if (named.length > 1) {
        const key = accountKey(row.account);
        const entry = ambiguous.get(key) ?? { account: row.account, plans: named.map((p) => p.ref.display), lines: [] };
        entry.lines.push(row.line);
        ambiguous.set(key, entry);
        continue;
      }
      ref = named[0]?.ref;
    }
    const key = ref ? `plan:${ref.absolute}` : row.accountCrmId !== undefined ? `id:${row.accountCrmId}` : `name:${accountKey(row.account!)}`;
    if (!ref && !create) {
      const entry = unknown.get(key) ?? { account: row.account ?? row.accountCrmId!, ...(row.accountCrmId !== undefined ? { accountCrmId: row.accountCrmId } : {}), lines: [] };
      entry.lines.push(row.line);
      unknown.set(key, entry);
      continue;
    }
    const entry = routed.get(key) ?? { ref, rows: [], account: row.account ?? row.accountCrmId, accountCrmId: row.accountCrmId };
    entry.rows.push(row);
    entry.accountCrmId ??= row.accountCrmId;
    routed.set(key, entry);
  }
  report.unknown = [...unknown.values()];
  report.ambiguous = [...ambiguous.values()];
  return [...routed.values()];
}

/** A new plan for an account (`--create`): the default template's, as `cro init` writes it, in the plans folder. */
function newPlan(account: string, context: EditContext, io: CommandIO): OpenPlan {
  const config = context.config;
  const dir = planFolder({}, io, config.file === null ? undefined : { dir: config.dir, plans: config.data.plans });
  const slug = slugify(account) || 'account';
  const absolute = join(dir, `${slug}.yaml`);
  const template = loadTemplate(DEFAULT_TEMPLATE, currentLang(), io.cwd);
  const text = renderPlan(template.source, emptyAnswers(account), { today: (io.today ?? todayIso)(), schemaReference: schemaReference(dir, packagedSchemaFile()) }).text;
  return { ref: { absolute, display: displayPath(absolute, io.cwd), explicit: true }, bytes: new Uint8Array(), text, plan: readData(text) as Plan, findings: [] };
}

