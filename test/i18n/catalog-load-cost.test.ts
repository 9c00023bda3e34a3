import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * `cro --help` loads one catalog (SPEC §14: within 1.5× of `node -e 0`). The first Intl
 * formatter of a process costs ~9 ms of ICU's locale data, so a catalog builds its
 * number formatters when a message first needs one, never while it loads.
 */
describe('loading a catalog', () => {
  afterEach(() => vi.restoreAllMocks());

  const load = { en: () => import('../../src/i18n/catalogs/en/index.js'), tr: () => import('../../src/i18n/catalogs/tr/index.js') };
  for (const lang of ['en', 'tr'] as const) {
    it(`builds no Intl formatter (${lang})`, async () => {
      vi.resetModules();
      const made = vi.spyOn(Intl, 'NumberFormat');
      const dates = vi.spyOn(Intl, 'DateTimeFormat');
      const catalog = (await load[lang]()) as Record<string, unknown>;
      expect(Object.keys(catalog).length).toBeGreaterThan(0);
      expect(made).not.toHaveBeenCalled();
      expect(dates).not.toHaveBeenCalled();
    });
  }
});
