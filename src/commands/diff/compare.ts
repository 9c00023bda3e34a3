import type { Git } from '../../git/git.js';
import { messages } from '../../i18n/messages.js';
import { diffPlans, type AccountDiff } from '../../method/plan-diff.js';
import { UsageError } from '../../util/errors.js';
import type { PathScope } from './paths.js';
import type { Range } from './range.js';
import { checkVersions, isPlanPath, type Judging, type Version } from './versions.js';

/**
 * What changed in each account between the two sides of a range: the changed plan files
 * (git's rename detection, over the whole scope of plans, pairs a moved plan with itself),
 * those that touch a given path, both sides checked at the same as-of, compared in the
 * method's terms. Sorted by file. A given path that names nothing, on either side or in
 * the working tree, is a usage error.
 */
export async function compareRange(git: Git, range: Range, scope: PathScope, judging: Judging, asOf: string, show: (path: string) => string): Promise<AccountDiff[]> {
  const all = git.changedFiles(range.from.commit!, range.to.commit, scope.pathspecs);
  const unknown = scope.missing(all, (path) => git.hasPath(range.from.commit!, path) || (range.to.commit !== null && git.hasPath(range.to.commit, path)));
  if (unknown !== undefined) throw new UsageError(messages().diff.git.noSuchPath({ path: unknown }));
  const changed = all.filter((c) => scope.touches(c) && ((c.from !== null && isPlanPath(c.from)) || (c.to !== null && isPlanPath(c.to))));
  const versions: Version[] = [];
  const pairs = changed.map((c) => {
    const before = c.from !== null && c.fromBlob !== null && isPlanPath(c.from) ? versions.push({ path: c.from, blob: c.fromBlob, asOf }) - 1 : -1;
    const after = c.to !== null && isPlanPath(c.to) && (c.toBlob !== null || range.to.commit === null) ? versions.push({ path: c.to, blob: c.toBlob, asOf }) - 1 : -1;
    return [before, after] as const;
  });
  const states = await checkVersions(git, versions, judging, show);
  const diffs: AccountDiff[] = [];
  for (const [before, after] of pairs) {
    const diff = diffPlans(before === -1 ? null : states[before]!, after === -1 ? null : states[after]!);
    if (diff) diffs.push(diff);
  }
  return diffs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
