/*
 * cro import (SPEC §8): people from a CRM export into the plans. Column names, field
 * names, plan keys, file names and presets are data and stay as they are.
 */

/** "a", "a and b", "a, b and c". */
const listing = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;
const rows = (count: number) => `${count} ${count === 1 ? 'row' : 'rows'}`;

export const importing = {
  help: {
    summary: 'bring people in from a CRM export (HubSpot, Salesforce, any CSV)',
    description:
      "Merges the contacts of a CSV export into the plans: each row goes to the plan whose account.crmId is the row's account id, else whose account name it names (case and accents aside), or all to --plan. A person is found by crmId, else e-mail, else name. Contact data (name, title, department, email, crmId) follows the export; lastContact only moves forward; buying roles only add roles; nobody is removed. A bad row fails the whole run and nothing is written, unless --skip-bad-rows. Importing the same file again changes nothing.",
    file: 'the CSV file: comma, semicolon or tab; UTF-8, UTF-16 with BOM, or --encoding',
    preset: 'whose export it is: hubspot, salesforce or generic (default: guessed from the header)',
    map: 'read a column as a field, e.g. "Company=account" (repeatable); fields: account, accountCrmId, name, firstName, lastName, title, department, email, crmId, lastContact, buyingRole',
    plan: 'put every row in this plan (a path, a file name without .yaml, or the account name)',
    create: 'make a new plan from the default template for each account that has none',
    group: 'the group of new people: renew (Group 1) or new-buy (Group 2); default renew',
    encoding: 'the encoding of a file without BOM, e.g. windows-1254 (a Turkish Excel), windows-1252, latin1; default utf-8',
    delimiter: 'the delimiter: , or ; or tab (default: found on the header line)',
    dateFormat: 'how the dates are written: MM/DD/YYYY, DD/MM/YYYY or DD.MM.YYYY, with an optional time (ISO and DD.MM.YYYY are always read)',
    skipBadRows: 'import the good rows and list the bad ones, instead of importing nothing',
    dryRun: 'show each plan’s change as a unified diff and write nothing',
    format: 'what to print: text or json',
    exampleHubspot: 'a HubSpot contact export',
    exampleSalesforce: 'a Salesforce contact report, new accounts get plans',
    exampleGeneric: 'a CSV of your own: name its columns',
    exampleTurkish: 'a Turkish Excel file, into one plan',
  },
  noFile: ({ file }: { file: string }) => `${file}: no such file; give the path of the CSV export`,
  notAFile: ({ file }: { file: string }) => `${file}: not a file; give the path of the CSV export`,
  unknownEncoding: ({ encoding }: { encoding: string }) => `--encoding ${encoding}: not an encoding cro knows; try utf-8, utf-16le, windows-1254, windows-1252 or latin1`,
  notUtf8: ({ file }: { file: string }) => `${file}: not UTF-8; say how it is encoded, e.g. --encoding windows-1254 (a Turkish Excel) or --encoding windows-1252`,
  badDelimiter: ({ delimiter }: { delimiter: string }) => `--delimiter ${delimiter}: give one character: , or ; or tab`,
  badDateFormat: ({ format, formats }: { format: string; formats: readonly string[] }) => `--date-format ${format}: not a date format cro reads; use one of ${listing(formats)} (a time may follow, e.g. "DD.MM.YYYY hh:mm")`,
  badMap: ({ map }: { map: string }) => `--map ${map}: write <column>=<field>, e.g. --map "Company=account"`,
  unknownField: ({ map, field, suggestion, fields }: { map: string; field: string; suggestion: string; fields: readonly string[] }) => `--map ${map}: cro has no field "${field}"${suggestion}; the fields are ${listing(fields)}`,
  noColumn: ({ map, column, suggestion, columns }: { map: string; column: string; suggestion: string; columns: readonly string[] }) =>
    `--map ${map}: the file has no column "${column}"${suggestion}; its columns are ${listing(columns.map((c) => `"${c}"`))}`,
  failedColumns: ({ count }: { count: number }) => `${count === 1 ? 'a mapped column is' : `${count} mapped columns are`} not in the file: nothing written. Give --map a column of the header (--skip-bad-rows does not help: every row lacks ${count === 1 ? 'it' : 'them'})`,
  noNameColumn: ({ file, columns }: { file: string; columns: readonly string[] }) => `${file}:1: no column holds the names (the columns are ${listing(columns.map((c) => `"${c}"`))}); name one with --map "<column>=name" (or firstName and lastName) or choose --preset`,
  noAccountColumn: ({ file, columns }: { file: string; columns: readonly string[] }) => `${file}:1: no column holds the account (the columns are ${listing(columns.map((c) => `"${c}"`))}); name one with --map "<column>=account", or put every row in one plan with --plan`,
  csvSyntax: ({ file, line, reason }: { file: string; line: number; reason: string }) => `${file}:${line}: not CSV cro can read (${reason}); nothing written`,
  quoteNotClosed: 'a quote opens here and is never closed',
  badClosingQuote: 'text follows a closing quote; a quote inside a quoted field is written twice',
  empty: ({ file }: { file: string }) => `${file}: no rows under the header; nothing to import`,
  reason: {
    noName: 'no name',
    noAccount: 'no account',
    badDate: ({ column, value }: { column: string; value: string }) => `${column} "${value}" is not a date; say how dates are written with --date-format`,
    ambiguousDate: ({ column, value, readings }: { column: string; value: string; readings: readonly string[] }) => `${column} "${value}" could be ${listing(readings)}; say which with --date-format`,
    badEmail: ({ column, value }: { column: string; value: string }) => `${column} "${value}" is not an e-mail address`,
    unknownBuyingRole: ({ column, value, roles }: { column: string; value: string; roles: readonly string[] }) => `${column} "${value}" is not a buying role cro knows (${listing(roles)})`,
    twoPeople: ({ crmId, email, byCrmId, byEmail }: { crmId: string; email: string; byCrmId: string; byEmail: string }) =>
      `crmId "${crmId}" is ${byCrmId}, but email "${email}" is ${byEmail}: one row cannot be two people; correct this row's crmId or email in the export`,
    holder: ({ name, id, line, plan }: { name: string; id?: string; line?: number; plan: string }) =>
      id === undefined ? `${name} of line ${line}` : `${name} (${id} in ${plan}${line === undefined ? '' : `, after line ${line}`})`,
    samePerson: ({ line, by, value, fields }: { line: number; by: string; value: string; fields: readonly string[] }) =>
      `the same person as line ${line} (same ${by} "${value}") with other data: ${fields.join('; ')}; keep one row per person in the export, or make the rows agree`,
    otherValue: ({ field, value, earlier, line }: { field: string; value: string; earlier: string; line: number }) => `${field} "${value}" here, "${earlier}" on line ${line}`,
  },
  badRow: ({ file, line, reason }: { file: string; line: number; reason: string }) => `${file}:${line}: ${reason}`,
  failed: ({ count }: { count: number }) => `${rows(count)} could not be read: nothing written. Fix ${count === 1 ? 'it' : 'them'} in the export, or add --skip-bad-rows to import the rest`,
  conflicting: ({ count }: { count: number }) => `${rows(count)} contradict${count === 1 ? 's' : ''} an earlier row or the plan: nothing written. Fix ${count === 1 ? 'it' : 'them'} in the export, or add --skip-bad-rows to import the others (of two rows that disagree, the later is skipped)`,
  skipped: ({ file, line, reason }: { file: string; line: number; reason: string }) => `skipped ${file}:${line}: ${reason}`,
  change: {
    added: ({ name, id }: { name: string; id: string }) => `added ${name} (${id})`,
    changed: ({ name, key, from, to }: { name: string; key: string; from: string; to: string }) => `${name}: ${key} ${from} → ${to}`,
    setFirst: ({ name, key, to }: { name: string; key: string; to: string }) => `${name}: ${key} ${to}`,
    accountCrmId: ({ id }: { id: string }) => `account.crmId ${id}`,
  },
  planLine: ({ file, account, added, updated, unchanged, missing }: { file: string; account: string; added: number; updated: number; unchanged: number; missing: number }) =>
    `${file} (${account}): ${added} added, ${updated} updated, ${unchanged} unchanged, ${missing} not in the export`,
  newPlan: ({ file, account }: { file: string; account: string }) => `${file} (${account}): a new plan`,
  addedPerson: ({ name, id }: { name: string; id: string }) => `+ ${name} (${id})`,
  updatedPerson: ({ name, fields }: { name: string; fields: readonly string[] }) => `~ ${name}: ${fields.join(', ')}`,
  notInExport: ({ names }: { names: readonly string[] }) => `? not in the export: maybe left? ${names.join(', ')} (cro left <plan> <person> if so)`,
  unknownAccounts: ({ count, accounts }: { count: number; accounts: readonly string[] }) =>
    `${rows(count)} skipped, of accounts without a plan: ${listing(accounts)}. Add --create to make their plans, or --plan to put the rows in one`,
  ambiguousAccount: ({ account, plans }: { account: string; plans: readonly string[] }) => `"${account}" is the account of several plans (${listing(plans)}); its rows are skipped: give the plans account.crmId, or use --plan`,
  nothingChanged: 'nothing changed: the plans already hold this export',
  written: ({ count, added, updated }: { count: number; added: number; updated: number }) => `written: ${count} ${count === 1 ? 'plan' : 'plans'} (${people(added)} added, ${people(updated)} updated)`,
  dryRun: 'nothing written (--dry-run)',
};
