// The budgets of `cro diff` and `cro history` (SPEC §14), on repositories that
// bench/generate-git.js commits realistic changes to. Run alone: `node bench/run.js git`.
import { join } from 'node:path';
import { generateDiffRepository, generateHistoryRepository } from './generate-git.js';

export function measureGitBudgets({ ROOT, BIN, count, versus, report }) {
  const diffRepo = join(ROOT, 'bench/.corpus-diff');
  const changed = Math.max(1, Math.round(count / 100));
  generateDiffRepository(diffRepo, { count, changed });
  console.log(`(a repository of ${count} plans, a branch changing ${changed} of them, in ${diffRepo})`);
  // Both read the same 100 plans; check also lists the 10,000 to find them, diff reads both sides from git.
  const [diffed, checkedChanged, diffRatio] = versus(
    [BIN, 'diff', 'main...changed', '--format', 'json', '--as-of', '2026-11-27'],
    [BIN, 'check', '--changed-since', 'main', '--format', 'json', '--as-of', '2026-11-27'],
    { cwdA: diffRepo, cwdB: diffRepo, runs: 5 },
  );
  report(`cro diff A...B (${changed} of ${count} changed)  vs  check --changed-since`, diffed, checkedChanged, 2, 'ms', diffRatio);

  const historyRepo = join(ROOT, 'bench/.corpus-history');
  generateHistoryRepository(historyRepo, { plans: 50, commits: 1000 });
  console.log(`(a repository of 50 plans and 1000 commits, in ${historyRepo})`);
  const [history, logP, historyRatio] = versus([BIN, 'history', '--format', 'json'], ['git', 'log', '-p', '--', 'plans'], { cwdA: historyRepo, cwdB: historyRepo, runs: 5 });
  report('cro history, 1000 commits of 50 plans  vs  git log -p', history, logP, 3, 'ms', historyRatio);
}
