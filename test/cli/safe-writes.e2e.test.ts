import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, linkSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript, without types
import { generateRepository } from '../../bench/generate.js';
import { BIN, ROOT, runCli, runInterrupted, tempTree } from '../helpers/cli.js';

/*
 * What a user has is never destroyed by a command that writes: the plans and the config
 * are never replaced by a report or a cache, a failed write leaves the old file, and an
 * interrupted run leaves what it was writing as it was. Each case here once lost data.
 */

const isRoot = process.getuid?.() === 0;
const PLAN = 'plans/copper-kettle-coffee.yaml';

/** A copy of the example repository, and the bytes of its files to compare with later. */
function exampleRepo() {
  const dir = tempTree();
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  const bytes = (path: string) => readFileSync(join(dir, path));
  return { dir, plan: bytes(PLAN), config: bytes('cro.config.yaml'), bytes };
}

/** Temporary files cro may have left in a folder. */
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('a report or a cache never replaces what the run reads', () => {
  it('refuses --cache-location naming a plan or the config (exit 2), and leaves both as they were', () => {
    const repo = exampleRepo();
    for (const location of [PLAN, 'cro.config.yaml']) {
      const result = runCli(['check', '--cache-location', location], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`cro: --cache-location ${location}: this file is not a cro cache and would be replaced by one; name a new file\n`);
    }
    expect(repo.bytes(PLAN).equals(repo.plan)).toBe(true);
    expect(repo.bytes('cro.config.yaml').equals(repo.config)).toBe(true);
  });

  it('still rewrites its own cache at --cache-location', () => {
    const repo = exampleRepo();
    expect(runCli(['check', '--cache-location', 'my-cache'], { cwd: repo.dir }).code).toBe(1);
    const first = statSync(join(repo.dir, 'my-cache'));
    expect(readFileSync(join(repo.dir, 'my-cache'), 'utf8')).toMatch(/^\{"format":"cro-check-cache"/);
    writeFileSync(join(repo.dir, PLAN), `${repo.plan.toString('utf8')}\n# edited\n`);
    expect(runCli(['check', '--cache-location', 'my-cache'], { cwd: repo.dir }).code).toBe(1);
    expect(statSync(join(repo.dir, 'my-cache')).ino).not.toBe(first.ino);
  });

  it('refuses --output that names a plan through a linked folder or a hard link, or the config', () => {
    const repo = exampleRepo();
    symlinkSync(join(repo.dir, 'plans'), join(repo.dir, 'alias'));
    linkSync(join(repo.dir, PLAN), join(repo.dir, 'hard-link.yaml'));
    const cases: Array<[string[], string]> = [
      [['check', '--output', 'alias/copper-kettle-coffee.yaml'], 'is one of the plans being read'],
      [['check', '--output', 'hard-link.yaml'], 'is one of the plans being read'],
      [['check', '--output', 'cro.config.yaml'], 'is the config file'],
      [['report', '--output', 'alias/copper-kettle-coffee.yaml'], 'is one of the plans being read'],
      [['breakeven', '--output', 'cro.config.yaml'], 'is the config file'],
      [['map', PLAN, '--output', 'alias/copper-kettle-coffee.yaml'], 'is one of the plans being read'],
    ];
    for (const [args, why] of cases) {
      const result = runCli(args, { cwd: repo.dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(why);
      expect(result.stdout).toBe('');
    }
    expect(repo.bytes(PLAN).equals(repo.plan)).toBe(true);
    expect(repo.bytes('cro.config.yaml').equals(repo.config)).toBe(true);
  });

  it('refuses --output naming the cache file of the same run', () => {
    const repo = exampleRepo();
    runCli(['check', '--cache'], { cwd: repo.dir });
    const cache = readFileSync(join(repo.dir, '.cro-cache'));
    const result = runCli(['check', '--cache', '--output', '.cro-cache'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is this run's cache file");
    expect(readFileSync(join(repo.dir, '.cro-cache')).equals(cache)).toBe(true);
  });
});

describe('--cache-location, from a review', () => {
  it('refuses a file it cannot read rather than replace it unseen (run as another user)', () => {
    if (!isRoot) return; // needs setpriv to another user
    const repo = exampleRepo();
    writeFileSync(join(repo.dir, 'secret.txt'), 'secret data\n');
    spawnSync('chmod', ['a+rwx', repo.dir]);
    spawnSync('chmod', ['-R', 'a+rX', repo.dir]);
    chmodSync(join(repo.dir, 'secret.txt'), 0o222);
    const result = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, 'check', '--cache-location', 'secret.txt'], { cwd: repo.dir, encoding: 'utf8' });
    if (result.error || /setpriv: /.test(result.stderr)) return; // no setpriv here
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('cro: --cache-location secret.txt: cro cannot read this file (EACCES), so it cannot tell it is a cro cache and will not replace it; name another file\n');
    expect(readFileSync(join(repo.dir, 'secret.txt'), 'utf8')).toBe('secret data\n');
  });
});

describe('--output', () => {
  it('keeps the permissions of the file it replaces', () => {
    const repo = exampleRepo();
    for (const command of ['check', 'report', 'breakeven']) {
      const out = join(repo.dir, `${command}.txt`);
      writeFileSync(out, 'old');
      chmodSync(out, 0o600);
      runCli([command, '--output', out], { cwd: repo.dir });
      expect(readFileSync(out, 'utf8')).not.toBe('old');
      expect(statSync(out).mode & 0o777, command).toBe(0o600);
    }
    expect(leftovers(repo.dir)).toEqual([]);
  });

  it('writes a device in place and never replaces it, nor a link to it', () => {
    const repo = exampleRepo();
    symlinkSync('/dev/null', join(repo.dir, 'nowhere'));
    expect(runCli(['check', '--output', 'nowhere'], { cwd: repo.dir }).code).toBe(1);
    expect(lstatSync(join(repo.dir, 'nowhere')).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);

    const full = runCli(['check', '--format', 'json', '--output', '/dev/full'], { cwd: repo.dir });
    expect(full.code).toBe(2);
    expect(full.stderr).toBe('cro: --output /dev/full: cannot write the file: the disk is full (ENOSPC); nothing was changed\n');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});

describe('--output, from a review', () => {
  it('refuses to replace any plan or config file, even one the run does not read, in every command (cro schema too)', () => {
    const repo = exampleRepo();
    for (const args of [
      ['schema', '--output', PLAN],
      ['schema', '--output', 'cro.config.yaml'],
      ['check', 'plans/northgate-building-supply.yaml', '--output', PLAN],
      ['map', 'plans/northgate-building-supply.yaml', '--output', PLAN],
    ]) {
      const result = runCli(args, { cwd: repo.dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/is (an account plan|a cro config file|the config file|one of the plans being read); write the report to another file/);
    }
    expect(repo.bytes(PLAN).equals(repo.plan)).toBe(true);
    expect(repo.bytes('cro.config.yaml').equals(repo.config)).toBe(true);
  });

  it('says at once that the folder of --output does not exist, before checking anything', () => {
    const repo = exampleRepo();
    const result = runCli(['check', '--output', 'missing/report.txt'], { cwd: repo.dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'cro: --output missing/report.txt: cannot write the file: the folder missing does not exist; create it first\n' });
  });

  it('writes /dev/stdout and /proc/self/fd/1 in place: into a pipe, and appending where the shell appends', () => {
    const repo = exampleRepo();
    for (const target of ['/dev/stdout', '/proc/self/fd/1']) {
      const piped = spawnSync('bash', ['-c', `"$0" "$1" schema --output ${target} | wc -c`, process.execPath, BIN], { cwd: repo.dir, encoding: 'utf8' });
      expect(Number(piped.stdout.trim()), target).toBeGreaterThan(1000);
      const log = join(repo.dir, 'log.txt');
      writeFileSync(log, 'line 1 of my log\n');
      const appended = spawnSync('bash', ['-c', `"$0" "$1" schema --output ${target} >> log.txt`, process.execPath, BIN], { cwd: repo.dir, encoding: 'utf8' });
      expect(appended.status, appended.stderr).toBe(0);
      const text = readFileSync(log, 'utf8');
      expect(text.startsWith('line 1 of my log\n{')).toBe(true);
    }
  });

  it('replaces a regular file under /dev (such as /dev/shm) whole, never appending to it', () => {
    if (!existsSync('/dev/shm')) return;
    const out = join('/dev/shm', `cro-test-${process.pid}.json`);
    try {
      runCli(['schema', '--output', out]);
      runCli(['schema', '--output', out]);
      expect(() => JSON.parse(readFileSync(out, 'utf8'))).not.toThrow();
    } finally {
      rmSync(out, { force: true });
    }
  });

  it('gives up on a FIFO nobody reads after a few seconds, instead of hanging deaf to Ctrl-C; cro init never writes a plan into one', () => {
    const repo = exampleRepo();
    const fifo = join(repo.dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const result = spawnSync(process.execPath, [BIN, 'schema', '--output', 'pipe'], { cwd: repo.dir, encoding: 'utf8', timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('cro: --output pipe: cannot write the file: nothing is reading it (ENXIO)\n');
    spawnSync('mkfifo', [join(repo.dir, 'plans/fifo.yaml')]);
    const init = spawnSync(process.execPath, [BIN, 'init', 'X', '--slug', 'fifo', '--dir', 'plans', '--yes', '--force'], { cwd: repo.dir, encoding: 'utf8', timeout: 10_000 });
    expect(init.status).toBe(2);
    expect(init.stderr).toContain('is not a regular file');
    expect(init.stdout).toBe('');
  });
});

describe('standard output redirected to a file', () => {
  it('is written whole or the run says it is not (exit 2), never cut short with exit 0', () => {
    const repo = exampleRepo();
    const result = spawnSync('bash', ['-c', `ulimit -f 4 && exec "$0" "$1" check --format json > out.json`, process.execPath, BIN], { cwd: repo.dir, encoding: 'utf8' });
    expect(result.stderr).toBe('cro: cannot write to standard output: the file-size limit is reached (EFBIG, see ulimit -f); the output is incomplete\n');
    expect(result.status).toBe(2);
    const small = spawnSync('bash', ['-c', `ulimit -f 64 && exec "$0" "$1" schema > schema.json`, process.execPath, BIN], { cwd: repo.dir, encoding: 'utf8' });
    expect(small.status).toBe(0);
    expect(() => JSON.parse(readFileSync(join(repo.dir, 'schema.json'), 'utf8'))).not.toThrow();
  });
});

/** Runs cro under a file-size limit of `kib` KiB (as `ulimit -f` sets it), in bash. */
function runLimited(kib: number, args: string[], cwd: string) {
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const result = spawnSync('bash', ['-c', `ulimit -f ${kib} && exec "$0" "$1" ${quoted}`, process.execPath, BIN], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cro init never reports a file it could not write whole', () => {
  it('under a 4 KiB file-size limit, --force leaves the old plan byte for byte and says why (exit 2)', () => {
    const repo = exampleRepo();
    const result = runLimited(4, ['init', 'Copper Kettle Coffee', '--yes', '--force', '--dir', 'plans'], repo.dir);
    expect(result.stderr).toBe('cro: plans/copper-kettle-coffee.yaml: cannot write the file: it is larger than the file-size limit (EFBIG, see ulimit -f); nothing was changed\n');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(repo.bytes(PLAN).equals(repo.plan)).toBe(true);
    expect(leftovers(join(repo.dir, 'plans'))).toEqual([]);
  });

  it('says what --force replaced', () => {
    const repo = exampleRepo();
    const lines = repo.plan.toString('utf8').split('\n').length - 1;
    const people = (repo.plan.toString('utf8').match(/^ {2}- id: /gm) ?? []).length;
    expect(people).toBeGreaterThan(1);
    const result = runCli(['init', 'Copper Kettle Coffee', '--yes', '--force', '--dir', 'plans'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`replaced ${PLAN}: ${lines} lines, ${people} stakeholders`);
  });

  it('--repo on a disk that fills writes no file of the repository (exit 2)', () => {
    if (!isRoot) return;
    const dir = tempTree();
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=12k', 'tmpfs', dir]).status !== 0) return; // the sandbox allows no mount
    try {
      const result = runCli(['init', '--repo', dir], { cwd: ROOT, env: { CI: '1' } });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^cro: .+: cannot write the file: the disk is full \(ENOSPC\); nothing was changed; no file of the repository was written\n$/);
      expect(result.stdout).not.toContain('created');
      // Nothing at all: no file, and none of the folders it made for them.
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      spawnSync('umount', [dir]);
    }
  });
});

describe('Ctrl-C', () => {
  let corpus: string;
  beforeAll(() => {
    corpus = tempTree();
    generateRepository(corpus, 3000);
  });


  it('stops a long run promptly with 130, writing neither the report nor the cache', async () => {
    writeFileSync(join(corpus, 'out.json'), 'old');
    const { code, stopMs } = await runInterrupted(['check', '--format', 'json', '--output', 'out.json', '--cache'], 400, corpus);
    expect(code).toBe(130);
    expect(stopMs).toBeLessThan(1000);
    expect(readFileSync(join(corpus, 'out.json'), 'utf8')).toBe('old');
    expect(existsSync(join(corpus, '.cro-cache'))).toBe(false);
    expect(leftovers(corpus)).toEqual([]);
  });

  it('leaves the report old or whole, never a part, whenever it comes', async () => {
    const whole = runCli(['check', '--format', 'json'], { cwd: corpus }).stdout;
    for (const ms of [150, 500, 900, 1300, 1700, 2100, 2500]) {
      writeFileSync(join(corpus, 'out.json'), 'old');
      const { code } = await runInterrupted(['check', '--format', 'json', '--output', 'out.json'], ms, corpus);
      const left = readFileSync(join(corpus, 'out.json'), 'utf8');
      expect(left === 'old' || left === whole, `after ${ms} ms: ${left.length} bytes`).toBe(true);
      expect(code === 130 || (code === 1 && left === whole), `after ${ms} ms: exit ${code}`).toBe(true);
      expect(leftovers(corpus)).toEqual([]);
    }
  });
});
