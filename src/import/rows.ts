import type { CsvRow } from './csv.js';
import { readImportDate } from './dates.js';
import { readBuyingRoles, type ColumnMap, type ImportField } from './fields.js';

/*
 * Each row of the export as a person to merge (SPEC §8), or a bad row with the reason:
 * no name, a date that is not one (or could be two), a buying role cro does not know.
 * The reasons are data here (a kind and its value); the command says them in words.
 */

export interface ImportRow {
  line: number;
  account?: string;
  accountCrmId?: string;
  name: string;
  title?: string;
  department?: string;
  email?: string;
  crmId?: string;
  lastContact?: string;
  roles: string[];
  /** From the buying role (Champion, Blocker): only for a new person. */
  stance?: string;
}

export type BadReason =
  | { kind: 'noName' }
  | { kind: 'noAccount' }
  | { kind: 'badDate'; value: string; column: string }
  | { kind: 'ambiguousDate'; value: string; column: string; readings: string[] }
  | { kind: 'unknownBuyingRole'; value: string; column: string }
  | { kind: 'badEmail'; value: string; column: string }
  /** The row's crmId is one person's, its e-mail another's (merge.ts, conflictOf). */
  | { kind: 'twoPeople'; crmId: string; email: string; byCrmId: PersonHolder; byEmail: PersonHolder; plan: string }
  /** The row is the person an earlier row (`line`) was, found `by` its crmId, e-mail or name, with other contact data. */
  | { kind: 'samePerson'; line: number; by: 'crmId' | 'email' | 'name'; value: string; fields: SamePersonField[] };

/** Whose a crmId or e-mail is: a person of the plan (`id`), or one an earlier row brought in; `line` the row that gave it, if a row did. */
export interface PersonHolder {
  name: string;
  id?: string;
  line?: number;
}

export interface SamePersonField {
  field: string;
  value: string;
  earlier: string;
  line: number;
}

export interface BadRow {
  line: number;
  reason: BadReason;
}

export interface ReadRows {
  rows: ImportRow[];
  bad: BadRow[];
}

/** The rows read with the column map; `needAccount` when rows choose their plan (no `--plan`). */
export function readRows(csvRows: readonly CsvRow[], columns: ColumnMap, options: { dateForms: readonly string[]; needAccount: boolean }): ReadRows {
  const rows: ImportRow[] = [];
  const bad: BadRow[] = [];
  const cell = (row: CsvRow, field: ImportField) => {
    const where = columns[field];
    if (!where) return undefined;
    const value = (row.cells[where.index] ?? '').replace(/\s+/g, ' ').trim();
    return value === '' ? undefined : value;
  };
  for (const row of csvRows) {
    const fail = (reason: BadReason) => bad.push({ line: row.line, reason });
    const name = cell(row, 'name') ?? [cell(row, 'firstName'), cell(row, 'lastName')].filter(Boolean).join(' ');
    if (name === '') {
      fail({ kind: 'noName' });
      continue;
    }
    const account = cell(row, 'account');
    const accountCrmId = cell(row, 'accountCrmId');
    if (options.needAccount && account === undefined && accountCrmId === undefined) {
      fail({ kind: 'noAccount' });
      continue;
    }
    const read: ImportRow = { line: row.line, name, roles: [] };
    if (account !== undefined) read.account = account;
    if (accountCrmId !== undefined) read.accountCrmId = accountCrmId;
    for (const field of ['title', 'department', 'crmId'] as const) {
      const value = cell(row, field);
      if (value !== undefined) read[field] = value;
    }
    const email = cell(row, 'email');
    // As the plan's schema wants it: a row cro could not write is a bad row, not a refused plan.
    if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      fail({ kind: 'badEmail', value: email, column: columns.email!.column });
      continue;
    }
    if (email !== undefined) read.email = email;
    const date = cell(row, 'lastContact');
    if (date !== undefined) {
      const parsed = readImportDate(date, options.dateForms);
      const column = columns.lastContact!.column;
      if (!parsed.ok) {
        fail(parsed.why === 'ambiguous' ? { kind: 'ambiguousDate', value: date, column, readings: parsed.readings ?? [] } : { kind: 'badDate', value: date, column });
        continue;
      }
      read.lastContact = parsed.value;
    }
    const buying = cell(row, 'buyingRole');
    if (buying !== undefined) {
      const roles = readBuyingRoles(buying);
      if (roles.unknown.length > 0) {
        fail({ kind: 'unknownBuyingRole', value: roles.unknown[0]!, column: columns.buyingRole!.column });
        continue;
      }
      read.roles = roles.roles;
      if (roles.stance) read.stance = roles.stance;
    }
    rows.push(read);
  }
  return { rows, bad };
}
