import { messages } from '../i18n/messages.js';
import { didYouMean } from './did-you-mean.js';
import type { PlanPath } from './finding.js';
import { placePrefix } from './place.js';
import { REVENUE_FIELDS } from './schema.js';

export interface ReferenceProblem {
  path: PlanPath;
  message: string;
  /**
   * The message says all there is to fix about the value (name an existing stakeholder):
   * the schema's complaint about the same value (`Tom` is not a valid id) would be a
   * second finding for one mistake.
   */
  coversValue?: true;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The checks that span several parts of a plan: unique stakeholder ids, references that
 * name an existing stakeholder, one revenue figure. They read the raw data defensively so
 * they run (and report) even while other parts of the file fail the schema.
 */
export function checkReferences(data: unknown): ReferenceProblem[] {
  if (!isRecord(data)) return [];
  const text = messages().plan.schema;
  const problems: ReferenceProblem[] = [];
  const ids = new Map<string, { index: number; name: unknown }>();

  const stakeholders = Array.isArray(data.stakeholders) ? data.stakeholders : [];
  stakeholders.forEach((person, index) => {
    if (!isRecord(person) || typeof person.id !== 'string') return;
    const first = ids.get(person.id);
    if (first) {
      const who = typeof first.name === 'string' ? ` (${first.name})` : '';
      const path = ['stakeholders', index, 'id'];
      problems.push({
        path,
        message: text.duplicateId({ prefix: placePrefix(data, path), id: person.id, first: `stakeholders[${first.index}]${who}` }),
      });
    } else {
      ids.set(person.id, { index, name: person.name });
    }
  });
  const known = [...ids.keys()];

  // An e-mail (ignoring case) and a CRM id name one person each.
  for (const [key, fold] of [['email', (v: string) => v.toLowerCase()], ['crmId', (v: string) => v]] as const) {
    const seen = new Map<string, { index: number; name: unknown }>();
    stakeholders.forEach((person, index) => {
      if (!isRecord(person) || typeof person[key] !== 'string') return;
      const value = person[key] as string;
      const first = seen.get(fold(value));
      if (!first) {
        seen.set(fold(value), { index, name: person.name });
        return;
      }
      const who = typeof first.name === 'string' ? ` (${first.name})` : '';
      const path = ['stakeholders', index, key];
      const place = `stakeholders[${first.index}]${who}`;
      problems.push({
        path,
        message: key === 'email' ? text.duplicateEmail({ prefix: placePrefix(data, path), email: value, first: place }) : text.duplicateCrmId({ prefix: placePrefix(data, path), crmId: value, first: place }),
      });
    });
  }

  const reference = (path: PlanPath, value: unknown) => {
    if (typeof value !== 'string' || ids.has(value)) return;
    problems.push({ path, message: text.notAStakeholder({ prefix: placePrefix(data, path), id: value, hint: didYouMean(value, known) }), coversValue: true });
  };

  stakeholders.forEach((person, index) => {
    if (!isRecord(person)) return;
    const path = ['stakeholders', index, 'backup'];
    if (typeof person.backup === 'string' && person.backup === person.id) {
      problems.push({ path, message: text.ownBackup({ prefix: placePrefix(data, path) }), coversValue: true });
      return;
    }
    reference(path, person.backup);
  });

  const targets = Array.isArray(data.newBuy) ? data.newBuy : [];
  targets.forEach((target, index) => {
    if (!isRecord(target)) return;
    for (const list of ['contacts', 'heroes'] as const) {
      const values = target[list];
      if (!Array.isArray(values)) continue;
      values.forEach((value, j) => reference(['newBuy', index, list, j], value));
    }
  });

  const economics = data.economics;
  const account = isRecord(data.account) ? data.account : {};
  const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const renewal = account.renewalDate;
  const starts: Array<[string, unknown]> = [
    ['account.customerSince', account.customerSince],
    ['economics.start', isRecord(economics) ? economics.start : undefined],
  ];
  for (const [label, start] of starts) {
    if (isDate(renewal) && isDate(start) && renewal <= start) {
      problems.push({
        path: ['account', 'renewalDate'],
        message: text.renewalBeforeStart({ renewal, label, start }),
      });
      break;
    }
  }

  if (isRecord(economics)) {
    const given = REVENUE_FIELDS.filter((field) => economics[field] !== undefined);
    if (given.length > 1) {
      problems.push({ path: ['economics', given[1]!], message: text.bothRevenues });
    } else if (given.length === 0) {
      problems.push({ path: ['economics'], message: text.noRevenue });
    }
  }
  return problems;
}
