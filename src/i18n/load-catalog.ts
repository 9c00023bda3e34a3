import type { Catalog } from './catalogs/en/index.js';
import { en } from './catalogs/en/index.js';
import { tr } from './catalogs/tr/index.js';
import type { Lang } from './lang.js';

/*
 * Run from the sources (tests), both catalogs are here. In dist/ each is a bundle of its
 * own, and scripts/build.mjs replaces this module with one that requires only the
 * language asked for: a run loads one catalog, not both (SPEC §14, start-up).
 */
export function loadCatalog(lang: Lang): Catalog {
  return lang === 'tr' ? tr : en;
}
