import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { generateRepository } from '../../bench/generate.js';

/**
 * Suppressed findings travel with the findings (check/findings-encoding.ts): through the
 * worker threads, the spool and the cache, the JSON and SARIF reports are the same bytes
 * as from one thread; and a baseline over many files is applied the same way.
 */
describe('suppressions and baselines on many files', () => {
  it('the same report from one thread, from a worker and from the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cro-adopt-corpus-'));
    const files: string[] = generateRepository(dir, 900, 7);
    // Suppressions spread through both shares: the file-wide kind, and one bad comment.
    for (const i of [3, 450, 899]) writeFileSync(files[i]!, `# cro-ignore-file okrs, economics, stale-contact, stakeholder-needs -- accepted in the pilot until 2027-01-01\n${readFileSync(files[i]!, 'utf8')}`);
    writeFileSync(files[600]!, `# cro-ignore okrs\n${readFileSync(files[600]!, 'utf8')}`);
    for (const format of ['json', 'sarif']) {
      const args = ['check', '--format', format, '--as-of', '2026-11-27'];
      const single = runCli(args, { cwd: dir, env: { CRO_WORKERS: '0' } });
      expect(single.stderr).toBe('');
      const parallel = runCli(args, { cwd: dir, env: { CRO_WORKERS: '1' } });
      expect(parallel.stdout).toBe(single.stdout);
      const cold = runCli([...args, '--cache'], { cwd: dir, env: { CRO_WORKERS: '1' } });
      const warm = runCli([...args, '--cache'], { cwd: dir, env: { CRO_WORKERS: '1' } });
      expect(cold.stdout).toBe(single.stdout);
      expect(warm.stdout).toBe(single.stdout);
      if (format === 'json') {
        const report = JSON.parse(single.stdout) as { files: Array<{ suppressed?: unknown[]; findings: Array<{ rule: string; subject: string }> }> };
        expect(report.files.filter((file) => file.suppressed).length).toBe(3);
        // The comment without a reason; the others' rules that found nothing there are "unused".
        expect(report.files.flatMap((file) => file.findings).filter((f) => f.rule === 'suppression').map((f) => f.subject)).toContain('cro-ignore:okrs/no-reason');
      }
    }
    const written = runCli(['check', '--as-of', '2026-11-27', '--baseline-write', 'cro-baseline.json'], { cwd: dir, env: { CRO_WORKERS: '1' } });
    expect(written.code).toBe(0);
    const again = runCli(['check', '--as-of', '2026-11-27', '--baseline', 'cro-baseline.json', '--max-warnings', '0', '--cache'], { cwd: dir, env: { CRO_WORKERS: '1' } });
    expect(again.code, again.stdout).toBe(0);
  }, 240_000);
});
