import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ROOT, runCli, tempTree, type CliResult } from '../helpers/cli.js';
import { AS_OF, TRICKY_PLAN } from '../map/fixtures.js';
import { MINIMAL_PLAN } from '../helpers/plans.js';

export { AS_OF };

/** Where the golden documents live: one folder per command, one file per output. */
const FILES = join(dirname(fileURLToPath(import.meta.url)), '__files__');

/** The shipped example repository: its config points cro at plans/. */
export const EXAMPLES = resolve(ROOT, 'examples');

/**
 * The environment of every golden run. Colour is decided here, never inherited from
 * whoever runs the suite (runCli already clears NO_COLOR, FORCE_COLOR and CI); CRO_WORKERS
 * is left alone on purpose, so `CRO_WORKERS=0 npx vitest run test/golden` checks that the
 * thread layout does not change a byte.
 */
export const PLAIN = { NO_COLOR: '1' };
export const COLOUR = { FORCE_COLOR: '1' };

/**
 * A folder of plans that try to break every format, made fresh for each test file:
 * the map's TRICKY_PLAN (markup, quotes, Mermaid and DOT specials, a newline in a name),
 * a plan the schema rejects (lower-case currency, as report.e2e uses), a YAML syntax
 * error (a tab), YAML that is not a plan (skipped in a folder scan), a plan that never
 * pays back, a plan without economics, and an empty folder.
 * cro names files relative to the current folder, so running inside it keeps the
 * temporary path out of the output; normalise() catches any that slips through.
 */
export function trickyTree(): string {
  return tempTree({
    'plans/tricky.yaml': TRICKY_PLAN,
    'plans/broken.yaml': 'cro: 1\naccount:\n  name: Broken\n  currency: usd\n',
    'plans/tabbed.yaml': 'cro: 1\naccount:\n\tname: Tabbed\n',
    'plans/notes.yaml': 'title: just some YAML\n',
    'plans/never.yaml': 'cro: 1\naccount: { name: Never Pays Back, currency: USD }\neconomics: { acquisitionCost: 84000, monthlyRevenue: 100, supportCostMonthly: 200 }\n',
    'plans/minimal.yaml': MINIMAL_PLAN,
    'empty/.gitkeep': '',
  });
}

/**
 * Text with what differs between machines and runs replaced by stable placeholders:
 * the temporary folder a fixture lives in (both as given and with symlinks resolved, as
 * macOS's /var → /private/var does) becomes <tmp>, and this checkout's path becomes
 * <root>. Nothing else is rewritten: durations, dates and the version are pinned by the
 * runs themselves (`--as-of`, no timings in any format), so a difference there is a
 * difference in cro's output and must fail.
 */
export function normalise(text: string, dirs: string[] = []): string {
  let out = text;
  const known = new Set<string>();
  for (const dir of dirs) {
    known.add(dir);
    try {
      known.add(realpathSync(dir));
    } catch {
      // a folder already gone has no other spelling
    }
  }
  for (const dir of [...known].sort((a, b) => b.length - a.length)) out = out.split(dir).join('<tmp>');
  return out.split(ROOT).join('<root>');
}

export interface GoldenRun {
  args: string[];
  cwd: string;
  /** The environment cro runs with (default PLAIN: NO_COLOR=1). */
  env?: Record<string, string>;
  /** The exit code the run must end with (asserted, not stored: a golden file holds one document). */
  code: number;
  /** The golden file for stdout, under __files__ (its extension says how GitHub shows it). */
  stdout: string;
  /** A golden file for stderr, when the run writes diagnostics; without it stderr must be empty. */
  stderr?: string;
}

/** Runs the built CLI and compares its whole stdout (and stderr, when named) with the golden files. */
export async function expectGolden(run: GoldenRun): Promise<CliResult> {
  const result = runCli(run.args, { cwd: run.cwd, env: run.env ?? PLAIN });
  const dirs = run.cwd === EXAMPLES ? [] : [run.cwd];
  expect.soft(result.code, `exit code of cro ${run.args.join(' ')}`).toBe(run.code);
  await expect(normalise(result.stdout, dirs)).toMatchFileSnapshot(join(FILES, run.stdout));
  if (run.stderr) await expect(normalise(result.stderr, dirs)).toMatchFileSnapshot(join(FILES, run.stderr));
  else expect(result.stderr, `stderr of cro ${run.args.join(' ')}`).toBe('');
  return result;
}
