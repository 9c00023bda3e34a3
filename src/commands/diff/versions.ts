import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../../check/driver.js';
import { deriveFor, type Want } from '../../check/derive.js';
import { ruleSettingsOf, type CheckSettings } from '../../check/settings.js';
import type { Config } from '../../config/load.js';
import { DEFAULT_HORIZON } from '../../economics/index.js';
import { displayPath, type PlanFileRef } from '../../files/discover.js';
import { readPlanBytes, type ReadOutcome } from '../../files/read.js';
import type { Git } from '../../git/git.js';
import { currentLang, messages } from '../../i18n/messages.js';
import type { PlanState } from '../../method/plan-state.js';
import { CRITICAL_ROLES } from '../../plan/vocabulary.js';
import { resolveRules } from '../../rules/resolve.js';
import { planPaths, type CommandIO } from '../io.js';

/*
 * Versions of plans, from git or the working tree, checked by the one driver with the
 * bytes git gives (one `git cat-file --batch` for every blob of the run) and turned into
 * PlanStates (method/plan-state.ts), which `cro diff` and `cro history` compare.
 */

/** One version of one plan file: a blob of git, or the file in the working tree. */
export interface Version {
  /** Top-relative path (as git names it). */
  path: string;
  /** The blob; null: the working tree's file. */
  blob: string | null;
  /** The day both sides of a comparison are judged at. */
  asOf: string;
}

/** The run's settings but for the day: the config's rules, critical roles and horizon. */
export interface Judging {
  rules: CheckSettings['rules'];
  criticalRoles: CheckSettings['context']['criticalRoles'];
  horizon: number;
  defaultCurrency: string;
}

export function judgingOf(config: Config): Judging {
  const resolved = resolveRules({ config: config.data.rules, configWhere: (id) => config.where(['rules', id], 'key') });
  return {
    rules: ruleSettingsOf(resolved),
    criticalRoles: config.data.criticalRoles ?? [...CRITICAL_ROLES],
    horizon: config.data.breakeven?.horizon ?? DEFAULT_HORIZON,
    defaultCurrency: config.data.currency ?? 'USD',
  };
}

/** The paths given, else the config's plans, else the current folder: as git pathspecs. */
export function pathspecsOf(given: readonly string[], config: Config): string[] {
  return planPaths(given, config);
}

/** A plan file by its path: YAML, outside dot-folders and node_modules (as a folder scan finds them). */
export function isPlanPath(path: string): boolean {
  if (!/\.ya?ml$/i.test(path)) return false;
  const segments = path.split('/');
  return !segments.slice(0, -1).some((s) => s.startsWith('.') || s === 'node_modules');
}

/** How a top-relative path reads from the current folder (SPEC §4: relative, `/`, no `./`). */
export function displayer(git: Git, io: CommandIO): (path: string) => string {
  let cwd = io.cwd;
  try {
    cwd = realpathSync(io.cwd);
  } catch {
    // the folder as given
  }
  return (path) => displayPath(join(git.top, path), cwd);
}

/**
 * The PlanState of each version (by its position), null for a version that is no plan (a
 * YAML file that is not one) or whose blob git does not have (beyond a shallow clone).
 */
export async function checkVersions(git: Git, versions: readonly Version[], judging: Judging, show: (path: string) => string): Promise<Array<PlanState | null>> {
  const blobs = git.blobs(versions.flatMap((v) => (v.blob === null ? [] : [v.blob])));
  const out: Array<PlanState | null> = new Array(versions.length).fill(null);
  // A blob judged at a day is checked once, however many commits show it (the after side of
  // one, the before side of the next); one run of the driver per day judged at.
  const first = new Map<string, number>();
  const same: number[] = [];
  const byDay = new Map<string, number[]>();
  versions.forEach((v, i) => {
    const key = `${v.blob ?? `:${v.path}`}\u0000${v.asOf}`;
    const seen = first.get(key);
    if (seen !== undefined) {
      same[i] = seen;
      return;
    }
    first.set(key, i);
    const list = byDay.get(v.asOf);
    if (list) list.push(i);
    else byDay.set(v.asOf, [i]);
  });
  for (const [asOf, indexes] of byDay) {
    // Each ref's `absolute` is its position: the bytes come from git, not from that path.
    const refs: PlanFileRef[] = indexes.map((i) => ({ absolute: String(i), display: String(i), explicit: false }));
    const read = (ref: PlanFileRef): ReadOutcome => {
      const version = versions[Number(ref.absolute)]!;
      if (version.blob === null) return readPlanBytes(join(git.top, version.path));
      const bytes = blobs.get(version.blob);
      return bytes ? { ok: true, bytes } : { ok: false, message: messages().diff.git.missingBlob };
    };
    const settings: CheckSettings = { rules: judging.rules, context: { asOf, criticalRoles: judging.criticalRoles, horizon: judging.horizon, lang: currentLang() }, fast: true, withCoverage: false };
    const want: Want = { kind: 'plan-state', options: { asOf, horizon: judging.horizon, criticalRoles: judging.criticalRoles, defaultCurrency: judging.defaultCurrency } };
    const run = await runChecks(refs, settings, { read, derive: { want, answer: deriveFor(want) } });
    for (const file of run.files) {
      const index = Number(file.file);
      const version = versions[index]!;
      // A blob git does not have is no version of the plan, not a plan that stopped parsing.
      if (version.blob !== null && !blobs.has(version.blob)) continue;
      const state = file.derived as PlanState;
      state.file = show(version.path);
      out[index] = state;
    }
  }
  // A repeat is the same state under the path of its own version (a rename keeps the blob).
  same.forEach((seen, i) => {
    const state = out[seen];
    if (state) out[i] = { ...state, file: show(versions[i]!.path) };
  });
  return out;
}
