import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findConfigFile } from './config/find.js';
import { isLang, resolveLang, type Lang } from './i18n/lang.js';

/*
 * The language is needed before anything is parsed: `cro --help` and commander's own
 * errors are already in it. So it is taken from argv (`--lang tr`, `--lang=tr`), and the
 * config's `lang:` is read with a pattern rather than the YAML parser, which would cost
 * every start-up (the full config, validated later, gives the same answer for any config
 * the pattern can read, and refuses the others with a clear error).
 */

const LANG_LINE = /^lang:[ \t]*["']?([a-z]+)["']?[ \t]*(?:#.*)?$/m;

export function startupLang(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Lang {
  return resolveLang({ flag: optionValue(argv, '--lang'), config: configLang(argv, cwd), env });
}

function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

function configLang(argv: readonly string[], cwd: string): string | undefined {
  const given = optionValue(argv, '--config');
  const file = given !== undefined ? resolve(cwd, given) : findConfigFile(cwd);
  if (file === null) return undefined;
  try {
    const value = LANG_LINE.exec(readFileSync(file, 'utf8'))?.[1];
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
