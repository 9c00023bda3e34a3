import { foldLetters } from '../commands/init/slug.js';
import { IMPORT_PRESETS } from '../format-names.js';

/*
 * The fields cro reads from a CRM export (SPEC §8) and the columns of the real exports
 * that hold them: HubSpot's contact export, and Salesforce's contact reports (their
 * labels) and Data Export files (the API names). `--map <column>=<field>` adds or
 * overrides a column. A column is found by its header ignoring case, spaces and accents.
 */

export const IMPORT_FIELDS = ['account', 'accountCrmId', 'name', 'firstName', 'lastName', 'title', 'department', 'email', 'crmId', 'lastContact', 'buyingRole'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const PRESETS = IMPORT_PRESETS;
export type Preset = (typeof PRESETS)[number];

/** Each field's columns, in order of preference: the first found in the header is used. */
const PRESET_COLUMNS: Record<Preset, Partial<Record<ImportField, readonly string[]>>> = {
  hubspot: {
    crmId: ['Record ID', 'Contact ID'],
    firstName: ['First Name'],
    lastName: ['Last Name'],
    email: ['Email'],
    title: ['Job Title'],
    department: ['Department'],
    account: ['Company Name', 'Associated Company'],
    accountCrmId: ['Associated Company ID', 'Company ID'],
    lastContact: ['Last Activity Date'],
    buyingRole: ['Buying Role'],
  },
  salesforce: {
    crmId: ['Contact ID', 'Id'],
    account: ['Account Name', 'Account.Name'],
    accountCrmId: ['Account ID', 'AccountId'],
    firstName: ['First Name', 'FirstName'],
    lastName: ['Last Name', 'LastName'],
    name: ['Full Name', 'Name'],
    title: ['Title'],
    department: ['Department'],
    email: ['Email'],
    lastContact: ['Last Activity', 'LastActivityDate'],
  },
  // A CSV of one's own: the fields by their own names (`account`, `email`, …); --map for the rest.
  generic: Object.fromEntries(IMPORT_FIELDS.map((field) => [field, [field]])),
};

/** The date forms each preset's exports use, besides ISO (which every preset reads). */
export const PRESET_DATE_FORMS: Record<Preset, readonly string[]> = {
  hubspot: ['MM/DD/YYYY'],
  salesforce: ['MM/DD/YYYY'],
  generic: [],
};

/** A header as compared: no case, accents, spaces, dots or underscores (`Job Title` = `job_title` = `JobTitle`). */
export const headerKey = (text: string) => foldLetters(text).replace(/[\s._-]+/g, '');

/** Which column holds each field: index into the row's cells. */
export type ColumnMap = Partial<Record<ImportField, { column: string; index: number }>>;

/** A `--map` that names a column the file lacks; a field unknown. */
export class MappingError extends Error {
  constructor(
    readonly kind: 'noColumn' | 'unknownField' | 'badMap',
    readonly column: string,
    readonly field = '',
  ) {
    super(`${kind}: ${column} ${field}`);
  }
}

/** `Buying Role=buyingRole` → [column, field]; throws MappingError for a field cro does not read. */
export function parseMap(text: string): { column: string; field: ImportField } {
  const eq = text.lastIndexOf('=');
  const column = eq < 0 ? '' : text.slice(0, eq).trim();
  const field = eq < 0 ? text.trim() : text.slice(eq + 1).trim();
  if (eq < 0 || column === '' || field === '') throw new MappingError('badMap', text);
  if (!(IMPORT_FIELDS as readonly string[]).includes(field)) throw new MappingError('unknownField', column, field);
  return { column, field: field as ImportField };
}

/** The columns of `header` that hold each field, by the preset and then the `--map`s (which must name columns of the file). */
export function columnMap(header: readonly string[], preset: Preset, maps: ReadonlyArray<{ column: string; field: ImportField }>): ColumnMap {
  const keys = header.map(headerKey);
  const found: ColumnMap = {};
  for (const field of IMPORT_FIELDS) {
    for (const column of PRESET_COLUMNS[preset][field] ?? []) {
      const index = keys.indexOf(headerKey(column));
      if (index >= 0) {
        found[field] = { column: header[index]!, index };
        break;
      }
    }
  }
  for (const { column, field } of maps) {
    const index = keys.indexOf(headerKey(column));
    if (index < 0) throw new MappingError('noColumn', column, field);
    found[field] = { column: header[index]!, index };
  }
  return found;
}

/** The `--map`s whose column the header lacks (a bad row at the header, SPEC §8) */
export function missingColumns<T extends { column: string }>(header: readonly string[], maps: readonly T[]): T[] {
  const keys = new Set(header.map(headerKey));
  return maps.filter(({ column }) => !keys.has(headerKey(column)));
}

/** The preset a header looks like: HubSpot's `Record ID`, Salesforce's `Contact ID`/`AccountId`; else generic. */
export function guessPreset(header: readonly string[]): Preset {
  const keys = new Set(header.map(headerKey));
  if (keys.has(headerKey('Record ID')) || keys.has(headerKey('Buying Role')) || keys.has(headerKey('Job Title'))) return 'hubspot';
  if (keys.has(headerKey('Contact ID')) || keys.has(headerKey('AccountId')) || keys.has(headerKey('Account Name')) || keys.has(headerKey('LastActivityDate'))) return 'salesforce';
  return 'generic';
}

// --- HubSpot buying roles -------------------------------------------------------------

/** HubSpot's buying roles (labels and internal values) → a role of the method, or a stance for a new person. */
const BUYING_ROLES: Record<string, { role?: string; stance?: string }> = {
  budgetholder: { role: 'budget-owner' },
  enduser: { role: 'end-user' },
  executivesponsor: { role: 'executive-sponsor' },
  legalandcompliance: { role: 'procurement' },
  legalcompliance: { role: 'procurement' },
  decisionmaker: { role: 'other' },
  influencer: { role: 'other' },
  other: { role: 'other' },
  champion: { stance: 'advocate' },
  blocker: { stance: 'detractor' },
  // The method's own names, for a CSV of one's own.
  budgetowner: { role: 'budget-owner' },
  administrator: { role: 'administrator' },
  procurement: { role: 'procurement' },
};

/** `Budget Holder;Champion` → roles and a stance; the names cro does not know, for the caller to refuse. */
export function readBuyingRoles(text: string): { roles: string[]; stance?: string; unknown: string[] } {
  const roles: string[] = [];
  let stance: string | undefined;
  const unknown: string[] = [];
  for (const part of text.split(/[;|]/)) {
    const name = part.trim();
    if (name === '') continue;
    const known = BUYING_ROLES[foldLetters(name).replace(/&/g, 'and').replace(/[^a-z]/g, '')];
    if (!known) unknown.push(name);
    else if (known.role && !roles.includes(known.role)) roles.push(known.role);
    else if (known.stance) stance = stance === 'detractor' ? stance : known.stance;
  }
  return { roles, ...(stance ? { stance } : {}), unknown };
}

export const BUYING_ROLE_NAMES = ['Budget Holder', 'End User', 'Executive Sponsor', 'Legal & Compliance', 'Decision Maker', 'Influencer', 'Other', 'Champion', 'Blocker'] as const;
