import { formatPath, type PlanPath } from './finding.js';

/**
 * The lists whose entries people know by a name rather than by their position, and the
 * keys that name an entry, in order of preference: a stakeholder without a name is still
 * known by its id.
 */
const NAMED_ENTRIES: Readonly<Record<string, readonly string[]>> = {
  stakeholders: ['name', 'id'],
  team: ['name'],
  milestones: ['name'],
  newBuy: ['unit'],
};

/**
 * Where a schema message says a problem is: the data path, with the stakeholder,
 * milestone, target or team member it lies in named, since "stakeholders[7]" sends the
 * reader counting. `stakeholders[1] (Greg Hall): group`, `stakeholders[1] (Greg Hall)` for
 * the entry itself, `account.currency` where nothing is named; '' for the whole file.
 * Messages follow it with `: ` before a problem with a value, and with ` is missing`.
 */
export function placeOf(data: unknown, path: PlanPath): string {
  const [list, index] = path;
  const name = typeof list === 'string' && typeof index === 'number' ? entryName(data, list, index) : undefined;
  if (name === undefined) return formatPath(path);
  const entry = `${formatPath(path.slice(0, 2))} (${name})`;
  return path.length > 2 ? `${entry}: ${formatPath(path.slice(2))}` : entry;
}

/** `placeOf` followed by the separator a problem with a value takes; nothing for the whole file. */
export function placePrefix(data: unknown, path: PlanPath): string {
  const place = placeOf(data, path);
  return place === '' ? '' : `${place}: `;
}

function entryName(data: unknown, list: string, index: number): string | undefined {
  const keys = Object.hasOwn(NAMED_ENTRIES, list) ? NAMED_ENTRIES[list]! : undefined;
  if (!keys || !isRecord(data)) return undefined;
  const entries = Object.hasOwn(data, list) ? data[list] : undefined;
  const entry = Array.isArray(entries) ? entries[index] : undefined;
  if (!isRecord(entry)) return undefined;
  for (const key of keys) {
    const value = Object.hasOwn(entry, key) ? entry[key] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
