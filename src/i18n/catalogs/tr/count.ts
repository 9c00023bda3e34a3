import { LOCALES } from '../../lang.js';

/*
 * A count as Turkish writes it in a sentence: 10.000. The catalogs are given counts as
 * numbers, since a language chooses its words by them; this is text/numbers.ts's
 * formatCount for Turkish, which a catalog cannot import (numbers.ts reads the language
 * in use from the catalogs' loader: a cycle).
 */
let grouped: Intl.NumberFormat | undefined;

/* Made on first use: the first tr-TR formatter costs ~9 ms (ICU's locale data), which `--help` need not pay (SPEC §14). */
export const sayı = (count: number): string => (grouped ??= new Intl.NumberFormat(LOCALES.tr, { maximumFractionDigits: 0 })).format(count);
