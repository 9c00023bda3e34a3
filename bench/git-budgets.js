// The budgets of `cro diff` and `cro history` (SPEC §14), on repositories that
// bench/generate-git.js commits realistic changes to. Run alone: `node bench/run.js git`.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateDiffRepository, generateHistoryRepository } from './generate-git.js';

export function measureGitBudgets({ ROOT, BIN, count, versus, report, once }) {
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
  // cro history keeps the states it judged in .git/cro/ (versions in git never change): a
  // first run checks every version, a later one only what was committed since. Both shown.
  const HISTORY = [BIN, 'history', '--format', 'json'];
  const LOG = ['git', 'log', '-p', '--', 'plans'];
  const cold = [];
  for (let run = 0; run < 3; run++) {
    rmSync(join(historyRepo, '.git/cro'), { recursive: true, force: true });
    cold.push([once(HISTORY, historyRepo), once(LOG, historyRepo)]);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  report('cro history (first run)  vs  git log -p', median(cold.map(([x]) => x)), median(cold.map(([, y]) => y)), 3, 'ms', median(cold.map(([x, y]) => x / y)));
  once(HISTORY, historyRepo);
  const [history, logP, historyRatio] = versus(HISTORY, LOG, { cwdA: historyRepo, cwdB: historyRepo, runs: 5 });
  report('cro history (run again)  vs  git log -p', history, logP, 3, 'ms', historyRatio);
}
