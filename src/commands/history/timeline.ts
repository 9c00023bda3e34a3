import type { Commit, Git } from '../../git/git.js';
import { diffPlans, type AccountDiff } from '../../method/plan-diff.js';
import type { PlanState } from '../../method/plan-state.js';
import { checkVersions, isPlanPath, type Judging, type Version } from '../diff/versions.js';

/*
 * Each account's timeline (SPEC §9): one `git log --raw -M` walk over the plans, oldest
 * commit first; a renamed plan keeps its account (git's rename detection pairs the two
 * paths in the commit that moved it). Given paths choose accounts, not steps: an account
 * whose plan ever had one of them is shown whole, from before its rename. Each commit is
 * judged as of its own day, both sides, so a step shows what the commit changed, not time
 * passing.
 */

/** Where a plan stood after a commit. */
export interface StateAfter {
  valid: boolean;
  covered: number;
  of: number;
  errors: number;
  warnings: number;
  breakEvenMonth: number | null;
  never: boolean;
  hasEconomics: boolean;
}

export interface TimelineStep {
  commit: string;
  date: string;
  author: string;
  subject: string;
  file: string;
  /** The changes as `cro diff` describes them; null when nothing the method sees changed. */
  diff: AccountDiff | null;
  /** Null once the plan is deleted. */
  after: StateAfter | null;
  /** The first commit of a shallow clone: everything in it shows as added, and history starts here. */
  boundary: boolean;
}

export interface AccountTimeline {
  account: string;
  /** The plan's latest path. */
  file: string;
  steps: TimelineStep[];
}

export async function buildTimelines(git: Git, commits: readonly Commit[], judging: Judging, show: (path: string) => string, boundaries: ReadonlySet<string>, keeps: (path: string) => boolean = () => true): Promise<AccountTimeline[]> {
  // Which account each path belongs to, as the walk goes forward; a rename carries it.
  const accountOf = new Map<string, number>();
  // A plan deleted and later added again at its path is the same account, back (a churned customer who returns).
  const deletedFrom = new Map<string, number>();
  let next = 0;
  const changes: Array<{ account: number; commit: Commit; from: string | null; to: string | null; fromBlob: string | null; toBlob: string | null }> = [];
  // The accounts to show: those whose timeline ever had a path kept (all of them when no path was given).
  const shown = new Set<number>();
  for (const commit of commits) {
    for (const change of commit.files) {
      const from = change.from !== null && isPlanPath(change.from) ? change.from : null;
      const to = change.to !== null && isPlanPath(change.to) ? change.to : null;
      if (from === null && to === null) continue;
      let account = from !== null ? accountOf.get(from) : undefined;
      if (account === undefined && to !== null) account = accountOf.get(to) ?? deletedFrom.get(to);
      if (account === undefined) account = next++;
      if (from !== null && from !== to) accountOf.delete(from);
      if (from !== null && to === null) deletedFrom.set(from, account);
      if (to !== null) {
        accountOf.set(to, account);
        deletedFrom.delete(to);
      }
      if ((from !== null && keeps(from)) || (to !== null && keeps(to))) shown.add(account);
      changes.push({ account, commit, from, to, fromBlob: change.fromBlob, toBlob: change.toBlob });
    }
  }
  // Only the versions of the accounts shown are read and checked.
  const versions: Version[] = [];
  const steps: Array<{ account: number; commit: Commit; path: string; before: number; after: number }> = [];
  for (const { account, commit, from, to, fromBlob, toBlob } of changes) {
    if (!shown.has(account)) continue;
    const day = commit.date.slice(0, 10);
    const before = from !== null && fromBlob !== null ? versions.push({ path: from, blob: fromBlob, asOf: day }) - 1 : -1;
    const after = to !== null && toBlob !== null ? versions.push({ path: to, blob: toBlob, asOf: day }) - 1 : -1;
    steps.push({ account, commit, path: (to ?? from)!, before, after });
  }
  const states = await checkVersions(git, versions, judging, show, { cache: 'history' });
  const timelines = new Map<number, AccountTimeline>();
  for (const step of steps) {
    const before = step.before === -1 ? null : states[step.before]!;
    const after = step.after === -1 ? null : states[step.after]!;
    // A YAML file that is not a plan on either side is not an account.
    if (!before && !after) continue;
    let timeline = timelines.get(step.account);
    if (!timeline) timelines.set(step.account, (timeline = { account: '', file: '', steps: [] }));
    const file = show(step.path);
    timeline.file = file;
    const name = after?.account ?? before?.account;
    if (name) timeline.account = name;
    timeline.steps.push({
      commit: step.commit.hash,
      date: step.commit.date,
      author: step.commit.author,
      subject: step.commit.subject,
      file,
      diff: diffPlans(before, after),
      after: after ? stateAfter(after) : null,
      boundary: boundaries.has(step.commit.hash),
    });
  }
  const out = [...timelines.values()];
  for (const timeline of out) if (timeline.account === '') timeline.account = timeline.file;
  return out.sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : a.file < b.file ? -1 : 1));
}

export function stateAfter(state: PlanState): StateAfter {
  return {
    valid: state.valid,
    covered: state.coverage.filter((c) => c.covered).length,
    of: state.coverage.length,
    errors: state.errors,
    warnings: state.warnings,
    breakEvenMonth: state.economics?.breakEvenMonth ?? null,
    never: state.economics?.never ?? false,
    hasEconomics: state.economics !== null,
  };
}
