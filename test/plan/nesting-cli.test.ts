import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { MINIMAL_PLAN } from '../helpers/plans.js';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { generateRepository } from '../../bench/generate.js';

/*
 * A few kilobytes of nesting once overflowed the stack: "internal error: Maximum call stack
 * size exceeded", exit 2, no report and the other plans unchecked (with worker threads, a
 * raw Node stack trace and exit 1). Now it is a finding in that file, in every command.
 */

const deepFlow = (levels: number) => `cro: 1\naccount:\n  name: Deep\nx-a: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
const deepBlock = (levels: number) => `cro: 1\naccount:\n  name: Deep\nx-a:\n  ${'- '.repeat(levels)}v\n`;
const TOO_DEEP = 'lists and maps nest deeper than 64 levels here; a plan never needs this — flatten it';

interface JsonFile {
  file: string;
  findings: Array<{ rule: string; line: number; column: number; message: string }>;
}

describe('deep nesting, end to end', () => {
  it('cro check reports it in the file and checks the other plans, in one thread', () => {
    const dir = tempTree({ 'plans/a-flow.yaml': deepFlow(3000), 'plans/b-block.yaml': deepBlock(3000), 'plans/c-good.yaml': MINIMAL_PLAN });
    const result = runCli(['check', 'plans', '--format', 'json', '--output', 'report.json'], { cwd: dir, env: { CRO_WORKERS: '0' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { files: JsonFile[] };
    const byFile = new Map(report.files.map((f) => [f.file, f.findings]));
    expect(byFile.get('plans/a-flow.yaml')).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 4, column: 5 + 64, message: TOO_DEEP })]);
    expect(byFile.get('plans/b-block.yaml')).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 5, column: 3 + 2 * 63, message: TOO_DEEP })]);
    expect(byFile.get('plans/c-good.yaml')!.length).toBeGreaterThan(0); // checked: the rules ran
    expect(byFile.get('plans/c-good.yaml')!.every((f) => f.rule !== 'yaml-syntax')).toBe(true);
  });

  it('cro check gives the same report with worker threads, deep plans in this thread and in a worker, and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cro-deep-'));
    const files: string[] = generateRepository(dir, 900, 7);
    // The first file is this thread's, the last a worker's; a worker has a larger stack, so more levels there.
    writeFileSync(files[0]!, deepFlow(3000));
    writeFileSync(files[899]!, deepFlow(30000));
    writeFileSync(files[898]!, deepBlock(3000));
    const args = ['check', '--format', 'json', '--as-of', '2026-11-27'];
    const single = runCli(args, { cwd: dir, env: { CRO_WORKERS: '0' } });
    const parallel = runCli(args, { cwd: dir, env: { CRO_WORKERS: '2' } });
    expect(single.stderr).toBe('');
    expect(parallel.stderr).toBe('');
    expect(single.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    const report = JSON.parse(single.stdout) as { summary: { files: number }; files: JsonFile[] };
    expect(report.summary.files).toBe(900);
    expect(report.files.filter((f) => f.findings.some((x) => x.message === TOO_DEEP))).toHaveLength(3);
  }, 120_000);

  it.each([
    ['report', ['report', 'plans']],
    ['breakeven', ['breakeven', 'plans']],
    ['map', ['map', 'plans/deep.yaml']],
  ])('cro %s names the finding and the file, without an internal error', (_, args) => {
    const dir = tempTree({ 'plans/deep.yaml': deepFlow(3000), 'plans/good.yaml': MINIMAL_PLAN });
    const result = runCli([...args, '--as-of', '2026-11-27'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/internal error|call stack|    at /);
    // report lists invalid plans with the portfolio (stdout); breakeven and map explain on stderr.
    expect(`${result.stdout}${result.stderr}`).toContain(`plans/deep.yaml:4:69`);
    expect(`${result.stdout}${result.stderr}`).toContain(TOO_DEEP);
  });
});
