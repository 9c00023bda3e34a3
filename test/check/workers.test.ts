import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { generateRepository } from '../../bench/generate.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

describe('cro check on many files', () => {
  it('gives byte-identical JSON with worker threads, with the read-ahead thread, in one thread, and from the cache — bad input included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cro-corpus-'));
    const files: string[] = generateRepository(dir, 1200, 5);
    // Every kind of bad input, spread through the shares the workers take.
    const bad = [
      'cro: 1\naccount:\n\tname: Tabbed\n',
      'cro: 1\naccount: { name: Dup }\naccount: { name: Dup }\n',
      'cro: 1\naccount: [\n',
      'cro: 1\na: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
      'cro: 1\naccount: { name: X }\nstakholders: []\n',
      'cro: 2\n',
      '',
    ];
    bad.forEach((text, i) => writeFileSync(files[i * 170]!, text));
    writeFileSync(files[1100]!, Buffer.from([0x63, 0x72, 0x6f, 0x3a, 0x20, 0xff, 0x0a]));
    writeFileSync(files[1101]!, readFileSync(files[1102]!, 'utf8').replace(/economics:[\s\S]*$/, 'economics:\n  monthlyRevenue: 10\n  grossMargin: 78\n'));

    const args = ['check', '--format', 'json', '--as-of', '2026-11-27'];
    const single = runCli(args, { cwd: dir, env: { CRO_WORKERS: '0' } });
    const parallel = runCli(args, { cwd: dir, env: { CRO_WORKERS: '1' } });
    // Without CRO_WORKERS on two cores: no workers, but files are read ahead on a second thread.
    const readAhead = runCli(args, { cwd: dir });
    expect(single.stderr).toBe('');
    expect(single.code).toBe(1);
    expect(JSON.parse(single.stdout).summary.files).toBe(1199);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.code).toBe(single.code);
    expect(readAhead.stdout).toBe(single.stdout);
    expect(readAhead.code).toBe(single.code);
    const cold = runCli([...args, '--cache'], { cwd: dir, env: { CRO_WORKERS: '1' } });
    const warm = runCli([...args, '--cache'], { cwd: dir, env: { CRO_WORKERS: '1' } });
    expect(cold.stdout).toBe(single.stdout);
    expect(warm.stdout).toBe(single.stdout);
    // The stylish view (which carries plans across threads for its coverage tables) agrees too.
    expect(runCli(['check', '--as-of', '2026-11-27'], { cwd: dir, env: { CRO_WORKERS: '1' } }).stdout).toBe(
      runCli(['check', '--as-of', '2026-11-27'], { cwd: dir, env: { CRO_WORKERS: '0' } }).stdout,
    );

    // The JSON report lays each account out where its plan was checked and keeps it in the
    // spool: the same bytes from one thread, from workers and through the whole model.
    const report = ['report', '--format', 'json', '--as-of', '2026-11-27'];
    const alone = runCli(report, { cwd: dir, env: { CRO_WORKERS: '0' } });
    expect(alone.code).toBe(1);
    expect(JSON.parse(alone.stdout).accounts).toHaveLength(1199);
    for (const workers of ['1', '2']) {
      const withWorkers = runCli(report, { cwd: dir, env: { CRO_WORKERS: workers } });
      expect(withWorkers.stdout, `CRO_WORKERS=${workers}`).toBe(alone.stdout);
      expect(withWorkers.code).toBe(alone.code);
    }
  }, 180_000);
});
