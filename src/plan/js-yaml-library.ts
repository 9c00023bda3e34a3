import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';

/*
 * js-yaml reads the plans that subset-parse.ts declines, which most runs have none of; it
 * is loaded the first time one turns up. In dist/ it is a bundle of its own (js-yaml.cjs,
 * see scripts/build.mjs), so the ~70 KB are not compiled on every start of `cro check`.
 */

let library: typeof JsYaml | undefined;

export function jsYaml(): typeof JsYaml {
  library ??= createRequire(import.meta.url)('js-yaml') as typeof JsYaml;
  return library;
}
