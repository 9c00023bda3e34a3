import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { findConfigFile } from '../../config/load.js';

export const REPO_SCHEMA_PATH = 'schema/plan.schema.json';

/**
 * What the `yaml-language-server` modeline of a new plan in `planDir` points at:
 *
 * - inside a plans repository (a `cro.config.yaml` with `schema/plan.schema.json` beside
 *   it, as `cro init --repo` makes), a relative path to that schema: it travels with the
 *   repository and works in every clone;
 * - else the schema shipped in the cro package: relative when the package is installed
 *   in the project (`node_modules/`) or the plan is inside the package's own folder, an
 *   absolute path otherwise (a global install, known only to this machine).
 */
export function schemaReference(planDir: string, packagedSchema: string): string {
  const config = findConfigFile(planDir);
  if (config !== null) {
    const repoSchema = join(dirname(config), REPO_SCHEMA_PATH);
    if (existsSync(repoSchema)) return relativeReference(planDir, repoSchema);
  }
  return isLocalTo(planDir, packagedSchema) ? relativeReference(planDir, packagedSchema) : toPosix(resolve(packagedSchema));
}

function isLocalTo(planDir: string, schema: string): boolean {
  const packageRoot = dirname(dirname(resolve(schema)));
  if (isInside(resolve(planDir), packageRoot)) return true;
  for (let dir = resolve(planDir); ; dir = dirname(dir)) {
    if (isInside(schema, join(dir, 'node_modules'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function relativeReference(fromDir: string, file: string): string {
  return toPosix(relative(resolve(fromDir), resolve(file)));
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
