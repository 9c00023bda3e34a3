import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
import { writeFileSafely } from '../../files/write.js';
import { VERSION } from '../../version.js';
import type { CommandIO } from '../io.js';

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
  // Asked for each version, of a few paths: each is worked out once.
  const shown = new Map<string, string>();
  return (path) => {
    let out = shown.get(path);
    if (out === undefined) shown.set(path, (out = displayPath(join(git.top, path), cwd)));
    return out;
  };
}

/**
 * The PlanState of each version (by its position), null for a version that is no plan (a
 * YAML file that is not one) or whose blob git does not have (beyond a shallow clone).
 */
export async function checkVersions(git: Git, versions: readonly Version[], judging: Judging, show: (path: string) => string, { cache }: { cache?: string } = {}): Promise<Array<PlanState | null>> {
  const out: Array<PlanState | null> = new Array(versions.length).fill(null);
  const stored = cache === undefined ? undefined : openCache(git, cache, judging);
  const todo = stored ? versions.filter((v) => v.blob === null || !stored.has(v)) : versions;
  const blobs = git.blobs(todo.flatMap((v) => (v.blob === null ? [] : [v.blob])));
  // A blob judged at a day is checked once, however many commits show it (the after side of
  // one, the before side of the next); one run of the driver per day judged at.
  const first = new Map<string, number>();
  const same: number[] = [];
  const byDay = new Map<string, number[]>();
  versions.forEach((v, i) => {
    const known = stored?.get(v);
    if (known !== undefined) {
      out[i] = known && { ...known, file: show(v.path) };
      return;
    }
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
      stored?.set(version, state);
      state.file = show(version.path);
      out[index] = state;
    }
  }
  // A repeat is the same state under the path of its own version (a rename keeps the blob).
  same.forEach((seen, i) => {
    const state = out[seen];
    if (state) out[i] = { ...state, file: show(versions[i]!.path) };
  });
  if (stored) {
    // A version that is no plan is remembered as such (null), so it is not read again either.
    first.forEach((i) => {
      const version = versions[i]!;
      if (version.blob !== null && blobs.has(version.blob) && out[i] === null) stored.set(version, null);
    });
    await stored.save();
  }
  return out;
}

/*
 * Versions that git holds never change: a blob judged at a day under the same settings
 * always gives the same state. `cro history` keeps the states of its last run in the
 * repository's git folder (never in the work tree, never committed), so that a second run
 * checks only the commits made since. The file holds what the last run used, no more;
 * settings, language or cro's version changed, it starts afresh. Any failure to read or
 * write it only costs the time of checking again.
 */
interface StateCache {
  get(version: Version): PlanState | null | undefined;
  has(version: Version): boolean;
  set(version: Version, state: PlanState | null): void;
  save(): Promise<void>;
}

function openCache(git: Git, name: string, judging: Judging): StateCache | undefined {
  const file = join(git.commonDir, 'cro', `${name}-cache.json`);
  // The findings' messages are in the language of the run (and marked, in tests that mark them: a word of the catalog tells).
  const key = JSON.stringify(['states 2', VERSION, currentLang(), messages().common.and, judging]);
  let old: Record<string, PlanState | null> = {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as StoredStates;
    if (parsed.key === key) old = decodeStates(parsed);
  } catch {
    // none yet, or unreadable: checked afresh
  }
  const used: Record<string, PlanState | null> = {};
  const id = (v: Version) => `${v.blob}@${v.asOf}`;
  let changed = false;
  return {
    get(v) {
      if (v.blob === null) return undefined;
      const state = old[id(v)];
      if (state !== undefined) used[id(v)] = state;
      return state;
    },
    has(v) {
      return v.blob !== null && old[id(v)] !== undefined;
    },
    set(v, state) {
      if (v.blob === null) return;
      used[id(v)] = state;
      changed = true;
    },
    async save() {
      if (!changed && Object.keys(used).length === Object.keys(old).length) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        await writeFileSafely(file, JSON.stringify(encodeStates(key, used)));
      } catch {
        // a read-only checkout: the next run checks again
      }
    },
  };
}

/**
 * The states as stored: most findings, people and milestones are the same from one
 * version of a plan to the next, so each is stored once and the states name them by
 * position (1,000 commits of 50 plans: 2 MB instead of 17).
 */
interface StoredStates {
  key: string;
  parts: { findings: PlanState['findings']; people: PlanState['people']; milestones: PlanState['milestones']; states: StoredState[] };
  /** Each version (`blob@day`): its state's position in parts.states, or -1 for no plan. */
  states: Record<string, number>;
}

type StoredState = Omit<PlanState, 'findings' | 'people' | 'milestones'> & { findings: number[]; people: number[]; milestones: number[] };

function encodeStates(key: string, states: Record<string, PlanState | null>): StoredStates {
  const parts: StoredStates['parts'] = { findings: [], people: [], milestones: [], states: [] };
  const index = { findings: new Map<string, number>(), people: new Map<string, number>(), milestones: new Map<string, number>(), states: new Map<string, number>() };
  const ref = <K extends keyof StoredStates['parts']>(kind: K, item: StoredStates['parts'][K][number]) => {
    const text = JSON.stringify(item);
    let at = index[kind].get(text);
    if (at === undefined) {
      at = (parts[kind] as unknown[]).push(item) - 1;
      index[kind].set(text, at);
    }
    return at;
  };
  const out: StoredStates['states'] = {};
  for (const [id, state] of Object.entries(states)) {
    out[id] = state
      ? ref('states', { ...state, file: '', findings: state.findings.map((f) => ref('findings', f)), people: state.people.map((p) => ref('people', p)), milestones: state.milestones.map((m) => ref('milestones', m)) })
      : -1;
  }
  return { key, parts, states: out };
}

function decodeStates({ parts, states }: StoredStates): Record<string, PlanState | null> {
  const decoded = parts.states.map((state): PlanState => ({ ...state, findings: state.findings.map((i) => parts.findings[i]!), people: state.people.map((i) => parts.people[i]!), milestones: state.milestones.map((i) => parts.milestones[i]!) }));
  const out: Record<string, PlanState | null> = {};
  for (const [id, at] of Object.entries(states)) out[id] = at === -1 ? null : decoded[at]!;
  return out;
}
