import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { markMessagesFrom, useLang } from '../../src/i18n/messages.js';
import { unmarkedWords } from '../helpers/unmarked.js';
import { parseWhatIf } from '../../src/commands/breakeven/what-if.js';
import { CURRENCY_CODES, currencyCode } from '../../src/economics/currencies.js';
import { ECONOMICS_FIELDS, parseEconomicsValue } from '../../src/economics/fields.js';
import { answersFromFlags, type InitFlags } from '../../src/commands/init/flags.js';

/*
 * One grammar for the economics everywhere: `cro init --gross-margin %78` was accepted while
 * `cro breakeven --gross-margin %78` was refused, and `1e3` the other way round.
 */

const optionOf = (flag: string) => flag.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** What `cro init` makes of `--<flag> <text>`: the value, or the message of its usage error. */
function viaInit(flag: string, text: string): number | string {
  const flags = { [optionOf(flag)]: text, ...(flag === '--monthly-revenue' || flag === '--annual-revenue' ? {} : { monthlyRevenue: '100' }) } as InitFlags;
  try {
    const economics = answersFromFlags('Acme', flags).economics as Record<string, number>;
    return economics[ECONOMICS_FIELDS.find((f) => f.flag === flag)!.key]!;
  } catch (error) {
    return (error as Error).message;
  }
}

/** What `cro breakeven` makes of the same what-if flag. */
function viaBreakeven(flag: string, text: string): number | string {
  const flags = { [optionOf(flag)]: text, ...(flag === '--monthly-revenue' || flag === '--annual-revenue' ? {} : { monthlyRevenue: '100' }) };
  try {
    const { input } = parseWhatIf(flags, { start: '2026-01-01', horizon: 120 });
    return (input as unknown as Record<string, number>)[ECONOMICS_FIELDS.find((f) => f.flag === flag)!.key]!;
  } catch (error) {
    return (error as Error).message;
  }
}

const SAMPLES = ['0.78', '78%', '%78', '% 78', '78 %', '1e3', '1E-2', '.5', '5.', '-0.02', '-0', '78', '1,500', '1,500.50', '1.5.5', 'abc', '', '  12  ', '100%', '0', '1', '1e400', '%', '12%%'];

describe('the economics grammar', () => {
  it.each(ECONOMICS_FIELDS.map((f) => f.flag))('%s reads the same in cro init and cro breakeven', (flag) => {
    for (const text of SAMPLES) expect(viaInit(flag, text), `${flag} ${JSON.stringify(text)}`).toEqual(viaBreakeven(flag, text));
  });

  it('accepts a percentage for a rate, written either way round, and exponents', () => {
    const margin = ECONOMICS_FIELDS.find((f) => f.key === 'grossMargin')!;
    expect(parseEconomicsValue(margin, '%78')).toEqual({ ok: true, value: 0.78 });
    expect(parseEconomicsValue(margin, '78%')).toEqual({ ok: true, value: 0.78 });
    expect(parseEconomicsValue(margin, '1.1%')).toEqual({ ok: true, value: 0.011 });
    const cost = ECONOMICS_FIELDS.find((f) => f.key === 'acquisitionCost')!;
    expect(parseEconomicsValue(cost, '1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseEconomicsValue(cost, '10%')).toMatchObject({ ok: false });
    expect(parseEconomicsValue(cost, '1,500')).toEqual({ ok: false, message: 'write the number without thousands separators, e.g. 1500' });
    expect(parseEconomicsValue(cost, '1.500')).toEqual({ ok: false, message: '"1.500" could be 1500 or 1.5; write the amount without thousands separators, e.g. 1500' });
    expect(parseEconomicsValue(cost, '1.50')).toEqual({ ok: true, value: 1.5 });
    expect(parseEconomicsValue(cost, '1e-400')).toMatchObject({ ok: false, message: expect.stringContaining('too small to be told from 0') });
    expect(parseEconomicsValue(margin, '0.125')).toEqual({ ok: true, value: 0.125 });
    expect(parseEconomicsValue(margin, '78')).toEqual({ ok: false, message: 'the gross margin is a fraction above 0 and at most 1, e.g. 0.78 (or 78%); did you mean 0.78?' });
  });

  it('reads every plain decimal as JavaScript does, and refuses what is out of range (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ECONOMICS_FIELDS), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (field, n) => {
        const text = String(n);
        const parsed = parseEconomicsValue(field, text);
        // 123.456 as money could be 123456 (Turkish, German): refused rather than guessed.
        const ambiguous = field.kind === 'money' && /^-?\d{1,3}(\.\d{3})+$/.test(text);
        if (ambiguous) expect(parsed.ok).toBe(false);
        else if (field.inRange(Object.is(n, -0) ? 0 : n)) expect(parsed).toEqual({ ok: true, value: Object.is(n, -0) ? 0 : n });
        else expect(parsed.ok).toBe(false);
        expect(viaInit(field.flag, text)).toEqual(viaBreakeven(field.flag, text));
      }),
    );
  });
});

describe('currency codes', () => {
  it('knows the ISO 4217 codes and refuses made-up ones', () => {
    expect(currencyCode('try')).toBe('TRY');
    expect(currencyCode(' EUR ')).toBe('EUR');
    expect(currencyCode('XYZ')).toBeUndefined();
    expect(currencyCode('dollars')).toBeUndefined();
    expect([...CURRENCY_CODES].sort()).toEqual(CURRENCY_CODES);
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});

describe('the economics grammar in Turkish', () => {
  afterEach(() => useLang('en'));

  it('says what to write instead in Turkish, with the same values', () => {
    useLang('tr');
    const field = (key: string) => ECONOMICS_FIELDS.find((f) => f.key === key)!;
    expect(parseEconomicsValue(field('monthlyRevenue'), '1,500')).toEqual({ ok: false, message: 'sayıyı binlik ayırıcı olmadan yazın, ör. 1500' });
    expect(parseEconomicsValue(field('monthlyRevenue'), '-5')).toEqual({ ok: false, message: 'tutar eksi olamaz' });
    expect(parseEconomicsValue(field('grossMargin'), '%abc')).toEqual({ ok: false, message: '"%abc" bir sayı değil; yalnızca rakam yazın, ör. 0.78 (ya da %78)' });
    expect(parseEconomicsValue(field('monthlyChurn'), '2')).toEqual({ ok: false, message: 'aylık kayıp oranı 0 ile 1 arasında (1 hariç) bir orandır, ör. 0.01 (ya da %1); şunu mu demek istediniz: 0.02?' });
    expect(parseEconomicsValue(field('grossMargin'), '78%')).toEqual({ ok: true, value: 0.78 });
  });

  it('has a Turkish message for every value it refuses (no English word left once the messages are removed)', () => {
    markMessagesFrom({ CRO_I18N_MARK: '1' });
    useLang('tr');
    try {
      for (const field of ECONOMICS_FIELDS) {
        for (const text of SAMPLES) {
          const parsed = parseEconomicsValue(field, text);
          if (!parsed.ok) expect(unmarkedWords(parsed.message, [])).toEqual([]);
        }
      }
    } finally {
      markMessagesFrom({});
    }
  });
});
