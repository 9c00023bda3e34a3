import { chmodSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempTree, type CliResult } from '../helpers/cli.js';
import { CONFIG_WITHOUT_RULES, MINIMAL_PLAN } from '../helpers/plans.js';

const BROKEN = 'cro: 1\naccount:\n\tname: Tabbed\n';
const json = (stdout: string) => JSON.parse(stdout) as {
  version: number;
  summary: { files: number; plans: number; errors: number; warnings: number };
  files: Array<{ file: string; account: string | null; errors: number; warnings: number; findings: Array<{ rule: string; line: number; column: number; path: string; severity: string; message: string }> }>;
};
// Rules are switched off so these tests are about reading files, whatever the rules say.
const NO_RULES = CONFIG_WITHOUT_RULES;

describe('cro check: reading files and folders', () => {
  it('reports findings per file in the SPEC §4 JSON shape, relative paths with / and no ./', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'plans/a.yaml': `${MINIMAL_PLAN}  segmnt: x\n`, 'plans/sub/b.yml': BROKEN });
    const result = runCli(['check', '--format', 'json', './plans'], { cwd: dir });
    expect(result.code).toBe(1);
    const doc = json(result.stdout);
    expect(doc.version).toBe(1);
    expect(doc.files.map((f) => f.file)).toEqual(['plans/a.yaml', 'plans/sub/b.yml']);
    expect(doc.files[0]).toMatchObject({ account: 'Acme Logistics', errors: 1, warnings: 0 });
    expect(doc.files[0]!.findings[0]).toEqual({
      rule: 'schema',
      severity: 'error',
      message: expect.stringContaining('segmnt'),
      line: 4,
      column: 3,
      path: 'account.segmnt',
      subject: 'account.segmnt',
    });
    expect(doc.files[1]!.findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 3, column: 1, subject: 'line:3' });
    expect(doc.summary).toEqual({ files: 2, plans: 0, errors: 2, warnings: 0 });
  });

  it('skips node_modules, dot-folders and YAML files that are not plans', () => {
    const dir = tempTree({
      'cro.config.yaml': NO_RULES,
      'ok.yaml': MINIMAL_PLAN,
      'node_modules/x/bad.yaml': BROKEN,
      '.github/workflows/ci.yml': 'on: push\n',
      '.hidden/bad.yaml': BROKEN,
      'docker-compose.yml': 'services: {}\n',
      'notes.txt': BROKEN,
    });
    const result = runCli(['check', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(json(result.stdout).files.map((f) => f.file)).toEqual(['ok.yaml']);
  });

  it('exits 0 with a note on stderr and an empty document for a folder without plans', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'plans/.gitkeep': '' });
    const result = runCli(['check', 'plans', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/no plans found/);
    expect(json(result.stdout)).toEqual({ version: 1, summary: { files: 0, plans: 0, errors: 0, warnings: 0 }, files: [] });
  });

  it('a path that does not exist is a usage error (exit 2, one line)', () => {
    const result = runCli(['check', 'nope/plans'], { cwd: tempTree() });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('cro: nope/plans: no such file or folder');
    expect(result.stdout).toBe('');
  });

  it('a broken file does not stop the other files from being checked', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'a.yaml': BROKEN, 'b.yaml': MINIMAL_PLAN, 'c.yaml': 'cro: 1\naccount: {}\n' });
    const doc = json(runCli(['check', '--format', 'json'], { cwd: dir }).stdout);
    expect(doc.files.map((f) => [f.file, f.errors])).toEqual([['a.yaml', 1], ['b.yaml', 0], ['c.yaml', 1]]);
  });

  it('reports a map or a list used as a key (an unfilled {{ placeholder }}) as a finding, with nothing else on stderr', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'a.yaml': MINIMAL_PLAN.replace(/name: .*/, 'name: {{ accountName }}'), 'b.yaml': `${MINIMAL_PLAN}? [x, y]\n: 1\n` });
    const result = runCli(['check', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(json(result.stdout).files.map((f) => [f.file, f.errors])).toEqual([['a.yaml', 1], ['b.yaml', 1]]);
  });

  it('survives a symbolic-link loop and a folder cycle', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'plans/ok.yaml': MINIMAL_PLAN });
    symlinkSync('loop.yaml', join(dir, 'plans/loop.yaml'));
    symlinkSync('..', join(dir, 'plans/parent'));
    const result = runCli(['check', 'plans', '--format', 'json'], { cwd: dir });
    const doc = json(result.stdout);
    expect(doc.files.map((f) => f.file)).toEqual(['plans/loop.yaml', 'plans/ok.yaml']);
    expect(doc.files[0]!.findings[0]!.message).toMatch(/symbolic link loop/);
    expect(result.code).toBe(1);
    const direct = runCli(['check', 'plans/loop.yaml'], { cwd: dir });
    expect(direct.code).toBe(2);
    expect(direct.stderr).toMatch(/symbolic link loop/);
  });

  it('refuses a FIFO named like a plan instead of hanging', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES });
    mkfifoOrSkip(join(dir, 'pipe.yaml'));
    const result = runCli(['check', 'pipe.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(json(result.stdout).files[0]!.findings[0]!.message).toMatch(/not a regular file/);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file as a finding', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'secret.yaml': MINIMAL_PLAN });
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    const result = runCli(['check', '--format', 'json'], { cwd: dir });
    expect(json(result.stdout).files[0]!.findings[0]!.message).toMatch(/permission denied/);
  });

  it('reports an unreadable folder as an error in its own entry, and checks the other plans', (context) => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'plans/locked/hidden.yaml': BROKEN, 'plans/ok.yaml': MINIMAL_PLAN });
    const runUnprivileged = asAnotherUser(dir);
    if (!runUnprivileged) return context.skip('as root, needs setpriv to run cro as nobody (root reads any folder)');
    chmodSync(join(dir, 'plans/locked'), 0o000);
    try {
      for (const format of ['json', 'stylish']) {
        const result = runUnprivileged(['check', 'plans', '--format', format]);
        expect(result.code, result.stderr).toBe(1);
        expect(result.stderr).toBe('');
        if (format === 'stylish') {
          expect(result.stdout).toMatch(/^plans\/locked\/\n {2}1:1 {2}error {4}cannot read this folder: permission denied, so its plans are not checked; check its permissions/m);
          continue;
        }
        const doc = json(result.stdout);
        expect(doc.files.map((f) => [f.file, f.errors])).toEqual([['plans/locked/', 1], ['plans/ok.yaml', 0]]);
        expect(doc.summary).toEqual({ files: 2, plans: 1, errors: 1, warnings: 0 });
      }
    } finally {
      chmodSync(join(dir, 'plans/locked'), 0o755);
    }
  });

  it('reports a folder deeper than PATH_MAX as an error, not as a pass', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'plans/ok.yaml': MINIMAL_PLAN });
    // Made from inside, one relative step at a time: no system call takes the whole path.
    const name = 'x'.repeat(250);
    execFileSync(process.execPath, ['-e', `const fs = require('fs'); process.chdir(${JSON.stringify(join(dir, 'plans'))}); for (let i = 0; i < 20; i++) { fs.mkdirSync('${name}'); process.chdir('${name}'); } fs.writeFileSync('deep.yaml', 'not: [a plan');`]);
    try {
      const result = runCli(['check', '--format', 'json'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      const doc = json(result.stdout);
      expect(doc.files.map((f) => f.file)).toEqual(['plans/ok.yaml', expect.stringMatching(/^plans\/(x{250}\/)+$/)]);
      // The first folder cro cannot name: the one whose path passes 4,096 bytes.
      expect(join(dir, doc.files[1]!.file).length).toBeGreaterThan(4096);
      expect(join(dir, doc.files[1]!.file).length - 251).toBeLessThan(4096);
      expect(doc.files[1]!.findings[0]!.message).toMatch(/^cannot read this folder: its path is longer than the system allows \(ENAMETOOLONG\)/);
    } finally {
      execFileSync('rm', ['-rf', dir]); // fs.rmSync builds each path whole, and fails on these
    }
  });

  it('reads and checks files whose names are not UTF-8, naming them with the bad bytes shown', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'plans/ok.yaml': MINIMAL_PLAN });
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'plans/caf')), Buffer.from([0xe9]), Buffer.from('.yaml')]), `${MINIMAL_PLAN}  segmnt: x\n`);
    const doc = json(runCli(['check', '--format', 'json'], { cwd: dir }).stdout);
    expect(doc.files.map((f) => [f.file, f.findings.map((x) => x.message)])).toEqual([
      ['plans/caf\\xE9.yaml', [expect.stringContaining('segmnt')]],
      ['plans/ok.yaml', []],
    ]);
    const stylish = runCli(['check'], { cwd: dir });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/^plans\/caf\\xE9\.yaml  Acme Logistics\n {2}4:3 {2}error/m);
  });

  it('reads names that are not UTF-8 in the reading and checking threads of a large run too', () => {
    const files: Record<string, string> = { 'cro.config.yaml': NO_RULES };
    for (let i = 0; i < 820; i++) files[`plans/p${String(i).padStart(4, '0')}.yaml`] = MINIMAL_PLAN;
    const dir = tempTree(files);
    // One in the share of the read-ahead thread (past its head start), one in a worker's.
    for (const at of ['0200', '0819']) writeFileSync(Buffer.concat([Buffer.from(join(dir, `plans/p${at}`)), Buffer.from([0xff]), Buffer.from('.yaml')]), `${MINIMAL_PLAN}  segmnt: x\n`);
    const result = runCli(['check', '--format', 'json'], { cwd: dir, env: { CRO_WORKERS: '1' } });
    expect(result.code).toBe(1);
    const doc = json(result.stdout);
    expect(doc.summary).toMatchObject({ files: 822, errors: 2 });
    expect(doc.files.filter((f) => f.errors > 0).map((f) => f.file)).toEqual(['plans/p0200\\xFF.yaml', 'plans/p0819\\xFF.yaml']);
  });

  it('--cache tells apart a name that is not UTF-8 from the name Node would make of it', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'a\uFFFD.yaml': MINIMAL_PLAN });
    const bad = Buffer.concat([Buffer.from(join(dir, 'a')), Buffer.from([0xff]), Buffer.from('.yaml')]);
    writeFileSync(bad, MINIMAL_PLAN);
    expect(runCli(['check', '--cache', '--format', 'json'], { cwd: dir }).code).toBe(0);
    writeFileSync(bad, `${MINIMAL_PLAN}  segmnt: x\n`);
    const again = runCli(['check', '--cache', '--format', 'json'], { cwd: dir });
    expect(json(again.stdout).files.map((f) => [f.file, f.errors])).toEqual([['a\\xFF.yaml', 1], ['a\uFFFD.yaml', 0]]);
    expect(again.code).toBe(1);
  });

  it('reports a 5 MB file without reading it as a plan', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'huge.yaml': `cro: 1\n${'# padding\n'.repeat(520_000)}` });
    const doc = json(runCli(['check', '--format', 'json'], { cwd: dir }).stdout);
    expect(doc.files[0]!.findings[0]).toMatchObject({ rule: 'yaml-syntax', message: expect.stringMatching(/the file is 4\.96 MB; a plan may be at most 1 MB/) });
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const dir = tempTree({ 'cro.config.yaml': NO_RULES, 'a.yaml': MINIMAL_PLAN });
    const result = runCli(['check', '--format', 'json', '--output', 'out/report.json'], { cwd: dir });
    expect(result.code).toBe(2); // the folder does not exist: a clear usage error, no partial file
    expect(result.stderr).toBe('cro: --output out/report.json: cannot write the file: the folder out does not exist; create it first\n');
    const ok = runCli(['check', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(json(readFileSync(join(dir, 'report.json'), 'utf8')).files).toHaveLength(1);
  });
});

/**
 * Runs cro as a user without root's power to read any folder: root through setpriv as
 * nobody (the folder is opened to others first), anyone else as themselves. Undefined
 * when neither can be done.
 */
function asAnotherUser(dir: string): ((args: string[]) => CliResult) | undefined {
  if (process.getuid?.() !== 0) return (args) => runCli(args, { cwd: dir });
  const setpriv = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'];
  const works = spawnSync(setpriv[0]!, [...setpriv.slice(1), process.execPath, '-e', ''], { stdio: 'ignore' });
  if (works.status !== 0) return undefined;
  chmodSync(dir, 0o755);
  return (args) => {
    const env = { ...process.env };
    for (const key of ['NO_COLOR', 'FORCE_COLOR', 'CI']) delete env[key];
    const result = spawnSync(setpriv[0]!, [...setpriv.slice(1), process.execPath, BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  };
}

function mkfifoOrSkip(path: string): void {
  try {
    execFileSync('mkfifo', [path]);
  } catch {
    writeFileSync(path, '');
  }
  expect(existsSync(path)).toBe(true);
}
