import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

/*
 * The `yaml` package is the reference parser: exact errors and positions. Most runs of
 * `cro check` never need it (valid plans and configs are read by the fast parser), so it
 * is loaded the first time something asks for it. In dist/ it is a bundle of its own
 * (yaml.cjs, see scripts/build.mjs), so its ~100 KB are not compiled on every start.
 */

let library: typeof Yaml | undefined;

export function referenceParser(): typeof Yaml {
  library ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return library;
}
