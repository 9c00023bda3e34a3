import { isCalendarDate } from '../util/dates.js';

/*
 * A CRM's date cell → the plan's YYYY-MM-DD (SPEC §8). ISO is always read; besides it
 * the forms in use: `--date-format`, else the preset's (US exports: MM/DD/YYYY), else the
 * language's (Turkish: DD.MM.YYYY) and the common slashed ones. Each may carry a time
 * (`14:05`, `2:05 PM`, `T14:05:00Z`), which is dropped. When two forms read the cell as
 * different days (03/04/2026), the date is ambiguous: a bad row, never a guess.
 */

export const DATE_FORMATS = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'MM-DD-YYYY', 'DD-MM-YYYY', 'YYYY/MM/DD', 'DD.MM.YY'] as const;

export type DateRead = { ok: true; value: string } | { ok: false; why: 'bad' | 'ambiguous'; readings?: string[] };

const TIME = String.raw`(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?)?`;

const compiled = new Map<string, { regex: RegExp; parts: string[] }>();

function compile(form: string): { regex: RegExp; parts: string[] } {
  const known = compiled.get(form);
  if (known) return known;
  const parts: string[] = [];
  // A time after the date is optional, whatever the form says of it (`DD.MM.YYYY hh:mm`).
  const datePart = form.replace(/\s+[Hh]{1,2}[:.]mm.*$/, '');
  const source = datePart.replace(/YYYY|YY|MM|DD|[^A-Z]/g, (token) => {
    if (token === 'YYYY' || token === 'YY' || token === 'MM' || token === 'DD') {
      parts.push(token);
      return token === 'YYYY' ? '(\\d{4})' : token === 'YY' ? '(\\d{2})' : '(\\d{1,2})';
    }
    return token.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  });
  const entry = { regex: new RegExp(`^${source}${TIME}$`), parts };
  compiled.set(form, entry);
  return entry;
}

/** True when `form` is one cro can read: day, month and year in some order. */
export function isDateFormat(form: string): boolean {
  const { parts } = compile(form.trim());
  return parts.includes('DD') && parts.includes('MM') && (parts.includes('YYYY') || parts.includes('YY'));
}

function readWith(value: string, form: string): string | undefined {
  const { regex, parts } = compile(form);
  const match = regex.exec(value);
  if (!match) return undefined;
  const part = (name: string) => match[parts.indexOf(name) + 1];
  const year = part('YYYY') ?? (part('YY') === undefined ? undefined : `20${part('YY')}`);
  if (year === undefined) return undefined;
  const iso = `${year}-${part('MM')!.padStart(2, '0')}-${part('DD')!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** The cell read with ISO and each of `forms`; one day, or why not. */
export function readImportDate(text: string, forms: readonly string[]): DateRead {
  const value = text.trim();
  const readings = [...new Set(['YYYY-MM-DD', ...forms].map((form) => readWith(value, form.trim())).filter((v): v is string => v !== undefined))];
  if (readings.length === 1) return { ok: true, value: readings[0]! };
  if (readings.length > 1) return { ok: false, why: 'ambiguous', readings };
  return { ok: false, why: 'bad' };
}
