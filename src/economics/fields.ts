import { messages } from '../i18n/messages.js';

/*
 * The economics fields of a plan (SPEC §2, §3) as every command reads them: one table of
 * key, flag and range (the words of its help and range are in the catalogs, by key), and
 * one grammar for the values. `cro init`'s flags and
 * prompts, `cro breakeven`'s what-if flags and the edits to come all parse through here,
 * so a value one accepts the others accept too (`78%`, `%78` and `0.78` alike; `1e3` too;
 * `1,500` nowhere, since it could mean fifteen hundred or one and a half).
 */

export type EconomicsKey =
  | 'acquisitionCost'
  | 'onboardingCost'
  | 'monthlyRevenue'
  | 'annualRevenue'
  | 'grossMargin'
  | 'supportCostMonthly'
  | 'monthlyExpansion'
  | 'monthlyChurn'
  | 'discountRate';

export interface EconomicsField {
  key: EconomicsKey;
  /** The flag of `cro init` and `cro breakeven`. */
  flag: `--${string}`;
  /** Money in the plan's currency, or a fraction (which may be written as a percentage). */
  kind: 'money' | 'rate';
  /** A value to show in messages. */
  example: string;
  /** The range of SPEC §3. */
  inRange(value: number): boolean;
  /** Above this a fraction was probably typed as a percentage (78 for 78%). */
  percentLike?: number;
}

const money = (key: EconomicsKey, flag: `--${string}`): EconomicsField => ({ key, flag, kind: 'money', example: '9500', inRange: (n) => n >= 0 });

// What each flag is (--help) and what its range is (an error) are in the catalogs, by key.
export const ECONOMICS_FIELDS: readonly EconomicsField[] = [
  money('acquisitionCost', '--acquisition-cost'),
  money('onboardingCost', '--onboarding-cost'),
  money('monthlyRevenue', '--monthly-revenue'),
  money('annualRevenue', '--annual-revenue'),
  { key: 'grossMargin', flag: '--gross-margin', kind: 'rate', example: '0.78', inRange: (n) => n > 0 && n <= 1, percentLike: 1 },
  money('supportCostMonthly', '--support-cost'),
  { key: 'monthlyExpansion', flag: '--expansion', kind: 'rate', example: '0.01', inRange: (n) => n > -1 },
  { key: 'monthlyChurn', flag: '--churn', kind: 'rate', example: '0.02', inRange: (n) => n >= 0 && n < 1, percentLike: 1 },
  { key: 'discountRate', flag: '--discount-rate', kind: 'rate', example: '0.1', inRange: (n) => n >= 0 },
];

/** What the field's flag is, for --help. */
export function economicsHelp(field: EconomicsField): string {
  return messages().cli.economics[field.key];
}

/** What the field's range is, for a value outside it. */
export function economicsRange(field: EconomicsField): string {
  const ranges = messages().errors.economicsRange;
  return field.kind === 'money' ? ranges.money : ranges[field.key as Exclude<keyof typeof ranges, 'money'>];
}

export function economicsField(key: EconomicsKey): EconomicsField {
  return ECONOMICS_FIELDS.find((field) => field.key === key)!;
}

export type ParsedValue = { ok: true; value: number } | { ok: false; message: string };

// A plain decimal: 9500, 0.78, .5, 1e3, -0.02.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const WITH_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** 1.500 is fifteen hundred in Turkish and German, one and a half in English: never guessed for money. */
const DOT_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+$/;

/**
 * One value of an economics field, by the field's grammar and range. The message says
 * what to write instead (without the flag or key: the caller names where it came from).
 */
export function parseEconomicsValue(field: EconomicsField, text: string): ParsedValue {
  const says = messages().errors.numbers;
  const trimmed = text.trim();
  const percentage = /^%\s*(.+)$|^(.+?)\s*%$/.exec(trimmed);
  let value: number;
  if (percentage) {
    if (field.kind === 'money') return { ok: false, message: says.percentForMoney };
    const digits = (percentage[1] ?? percentage[2])!;
    if (!DECIMAL.test(digits)) return { ok: false, message: says.notNumber({ text: trimmed, example: says.orPercent({ fraction: field.example, percent: String(Number(field.example) * 100) }) }) };
    // Shifting the decimal point in the text keeps 1.1% exactly 0.011, not 1.1 / 100.
    value = /[eE]/.test(digits) ? Number(digits) / 100 : Number(`${digits}e-2`);
  } else {
    if (WITH_THOUSANDS.test(trimmed)) return { ok: false, message: says.thousands({ without: trimmed.replace(/,/g, '') }) };
    if (field.kind === 'money' && DOT_THOUSANDS.test(trimmed)) return { ok: false, message: says.dotThousands({ text: trimmed, without: trimmed.replace(/\./g, ''), decimal: String(Number(trimmed)) }) };
    if (!DECIMAL.test(trimmed)) return { ok: false, message: says.notNumber({ text: trimmed, example: field.example }) };
    value = Number(trimmed);
  }
  if (!Number.isFinite(value)) return { ok: false, message: says.tooLarge({ text: trimmed }) };
  // 1e-400 reads as 0: a figure the user wrote, silently gone.
  if (value === 0 && /[1-9]/.test(trimmed.replace(/[eE].*$/, ''))) return { ok: false, message: says.tooSmall({ text: trimmed }) };
  if (value === 0) value = 0; // never -0
  if (field.inRange(value)) return { ok: true, value };
  const rangeMessage = economicsRange(field);
  // 78 for a margin is 78%, typed without the sign.
  if (field.percentLike !== undefined && !percentage && value > field.percentLike && value <= 100) {
    return { ok: false, message: `${rangeMessage}; ${says.meantFraction({ fraction: String(Number((value / 100).toPrecision(12))) })}` };
  }
  return { ok: false, message: rangeMessage };
}
