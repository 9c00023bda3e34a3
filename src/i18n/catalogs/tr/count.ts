import { LOCALES } from '../../lang.js';

/*
 * A count as Turkish writes it in a sentence: 10.000. The catalogs are given counts as
 * numbers, since a language chooses its words by them; this is text/numbers.ts's
 * formatCount for Turkish, which a catalog cannot import (numbers.ts reads the language
 * in use from the catalogs' loader: a cycle).
 */
const grouped = new Intl.NumberFormat(LOCALES.tr, { maximumFractionDigits: 0 });

export const sayı = (count: number): string => grouped.format(count);
