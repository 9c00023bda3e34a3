import { LOCALES } from '../../lang.js';

/*
 * A count as English writes it in a sentence: 10,000 (see ../tr/count.ts, whose reasons
 * hold here too). Made on first use: the first Intl formatter of a run costs ~9 ms of
 * ICU's locale data, which `cro --help` need not pay (SPEC §14).
 */
let grouped: Intl.NumberFormat | undefined;

export const formatCount = (count: number): string => (grouped ??= new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 0 })).format(count);
