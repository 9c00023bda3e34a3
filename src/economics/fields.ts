/*
 * The economics fields of a plan (SPEC §2, §3) as every command reads them: one table of
 * key, flag, help and range, and one grammar for the values. `cro init`'s flags and
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
  /** What the flag is, for --help. */
  help: string;
  /** A value to show in messages. */
  example: string;
  /** The range of SPEC §3. */
  inRange(value: number): boolean;
  /** What the range is, for a value outside it. */
  range: string;
  /** Above this a fraction was probably typed as a percentage (78 for 78%). */
  percentLike?: number;
}

const money = (key: EconomicsKey, flag: `--${string}`, help: string): EconomicsField => ({
  key,
  flag,
  kind: 'money',
  help,
  example: '9500',
  inRange: (n) => n >= 0,
  range: 'money cannot be negative',
});

export const ECONOMICS_FIELDS: readonly EconomicsField[] = [
  money('acquisitionCost', '--acquisition-cost', 'sales and marketing cost to win the deal'),
  money('onboardingCost', '--onboarding-cost', 'one-off implementation cost (default 0)'),
  money('monthlyRevenue', '--monthly-revenue', 'recurring revenue in month 1'),
  money('annualRevenue', '--annual-revenue', 'recurring revenue per year, instead of --monthly-revenue'),
  {
    key: 'grossMargin',
    flag: '--gross-margin',
    kind: 'rate',
    help: 'gross margin, above 0 and at most 1, e.g. 0.78 or 78% (default 1)',
    example: '0.78',
    inRange: (n) => n > 0 && n <= 1,
    range: 'the gross margin is a fraction above 0 and at most 1, e.g. 0.78 (or 78%)',
    percentLike: 1,
  },
  money('supportCostMonthly', '--support-cost', 'ongoing support and success cost per month (default 0)'),
  {
    key: 'monthlyExpansion',
    flag: '--expansion',
    kind: 'rate',
    help: 'revenue growth per month, e.g. 0.01 or 1%; negative is downsell (default 0)',
    example: '0.01',
    inRange: (n) => n > -1,
    range: 'monthly expansion is above -1, e.g. 0.01 (or 1%); negative is downsell',
  },
  {
    key: 'monthlyChurn',
    flag: '--churn',
    kind: 'rate',
    help: 'chance of losing the customer each month, from 0 up to (not including) 1, e.g. 0.02 or 2% (default 0)',
    example: '0.02',
    inRange: (n) => n >= 0 && n < 1,
    range: 'monthly churn is a fraction from 0 up to (not including) 1, e.g. 0.01 (or 1%)',
    percentLike: 1,
  },
  {
    key: 'discountRate',
    flag: '--discount-rate',
    kind: 'rate',
    help: 'annual discount rate for the discounted break-even, e.g. 0.1 or 10% (default 0)',
    example: '0.1',
    inRange: (n) => n >= 0,
    range: 'the discount rate cannot be negative, e.g. 0.10 (or 10%)',
  },
];

export function economicsField(key: EconomicsKey): EconomicsField {
  return ECONOMICS_FIELDS.find((field) => field.key === key)!;
}

export type ParsedValue = { ok: true; value: number } | { ok: false; message: string };

/** Messages of the grammar, by language (prompts speak the plan's language). */
export interface NumberMessages {
  notNumber: (text: string, example: string) => string;
  thousands: (text: string, without: string) => string;
  tooLarge: (text: string) => string;
  tooSmall: (text: string) => string;
  dotThousands: (text: string, without: string) => string;
  percentForMoney: string;
  meantFraction: (fraction: string) => string;
}

export const NUMBER_MESSAGES: Record<'en' | 'tr', NumberMessages> = {
  en: {
    notNumber: (text, example) => `"${text}" is not a number; write digits only, e.g. ${example}`,
    thousands: (_, without) => `write the number without thousands separators, e.g. ${without}`,
    tooLarge: (text) => `"${text}" is too large`,
    tooSmall: (text) => `"${text}" is too small to be told from 0; write 0 if you mean none`,
    dotThousands: (text, without) => `"${text}" could be ${without} or ${Number(text)}; write the amount without thousands separators, e.g. ${without}`,
    percentForMoney: 'an amount is not a percentage; write the amount, e.g. 9500',
    meantFraction: (fraction) => `did you mean ${fraction}?`,
  },
  tr: {
    notNumber: (text, example) => `"${text}" bir sayı değil; yalnızca rakam yazın, ör. ${example}`,
    thousands: (_, without) => `sayıyı binlik ayırıcı olmadan yazın, ör. ${without}`,
    tooLarge: (text) => `"${text}" çok büyük`,
    tooSmall: (text) => `"${text}" 0'dan ayırt edilemeyecek kadar küçük; hiç yoksa 0 yazın`,
    dotThousands: (text, without) => `"${text}" ${without} da olabilir ${Number(text)} da; tutarı binlik ayırıcı olmadan yazın, ör. ${without}`,
    percentForMoney: 'tutar bir yüzde değildir; tutarı yazın, ör. 9500',
    meantFraction: (fraction) => `${fraction} mi demek istediniz?`,
  },
};

// A plain decimal: 9500, 0.78, .5, 1e3, -0.02.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const WITH_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** 1.500 is fifteen hundred in Turkish and German, one and a half in English: never guessed for money. */
const DOT_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+$/;

/**
 * One value of an economics field, by the field's grammar and range. The message says
 * what to write instead (without the flag or key: the caller names where it came from).
 */
export function parseEconomicsValue(field: EconomicsField, text: string, rangeMessage = field.range, messages = NUMBER_MESSAGES.en): ParsedValue {
  const trimmed = text.trim();
  const percentage = /^%\s*(.+)$|^(.+?)\s*%$/.exec(trimmed);
  let value: number;
  if (percentage) {
    if (field.kind === 'money') return { ok: false, message: messages.percentForMoney };
    const digits = (percentage[1] ?? percentage[2])!;
    if (!DECIMAL.test(digits)) return { ok: false, message: messages.notNumber(trimmed, `${field.example} (or ${Number(field.example) * 100}%)`) };
    // Shifting the decimal point in the text keeps 1.1% exactly 0.011, not 1.1 / 100.
    value = /[eE]/.test(digits) ? Number(digits) / 100 : Number(`${digits}e-2`);
  } else {
    if (WITH_THOUSANDS.test(trimmed)) return { ok: false, message: messages.thousands(trimmed, trimmed.replace(/,/g, '')) };
    if (field.kind === 'money' && DOT_THOUSANDS.test(trimmed)) return { ok: false, message: messages.dotThousands(trimmed, trimmed.replace(/\./g, '')) };
    if (!DECIMAL.test(trimmed)) return { ok: false, message: messages.notNumber(trimmed, field.example) };
    value = Number(trimmed);
  }
  if (!Number.isFinite(value)) return { ok: false, message: messages.tooLarge(trimmed) };
  // 1e-400 reads as 0: a figure the user wrote, silently gone.
  if (value === 0 && /[1-9]/.test(trimmed.replace(/[eE].*$/, ''))) return { ok: false, message: messages.tooSmall(trimmed) };
  if (value === 0) value = 0; // never -0
  if (field.inRange(value)) return { ok: true, value };
  // 78 for a margin is 78%, typed without the sign.
  if (field.percentLike !== undefined && !percentage && value > field.percentLike && value <= 100) {
    return { ok: false, message: `${rangeMessage}; ${messages.meantFraction(String(Number((value / 100).toPrecision(12))))}` };
  }
  return { ok: false, message: rangeMessage };
}
