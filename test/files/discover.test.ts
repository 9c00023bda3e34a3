import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPlanFiles } from '../../src/files/discover.js';
import { readPlanBytes, type ReadOutcome } from '../../src/files/read.js';
import { tempTree } from '../helpers/cli.js';

const text = (outcome: ReadOutcome) => (outcome.ok ? Buffer.from(outcome.bytes).toString() : outcome.message);

describe('discoverPlanFiles', () => {
  const root = tempTree({
    'plans/a.yaml': 'cro: 1\n',
    'plans/team/b.yml': 'cro: 1\n',
    'plans/team/deeper/c.YAML': 'cro: 1\n',
    'plans/notes.txt': 'not a plan\n',
    'plans/.hidden/d.yaml': 'cro: 1\n',
    'plans/node_modules/e.yaml': 'cro: 1\n',
    'other/f.yaml': 'cro: 1\n',
  });
  mkdirSync(join(root, 'work'));
  symlinkSync(join(root, 'plans/team'), join(root, 'plans/linked'));

  it.each([
    ['the plans folder from the root', root, ['plans']],
    ['the current folder', join(root, 'plans'), ['.']],
    ['a folder above the current one', join(root, 'work'), ['..']],
    ['a sibling folder', join(root, 'work'), ['../plans', '../other']],
    ['a folder given with a trailing slash', root, ['plans/team/']],
    ['a folder that holds the current one, and the current one', join(root, 'plans/team'), ['../..', '.']],
  ])('names files relative to the current folder, sorted, with /: %s', (_what, cwd, paths) => {
    const found = discoverPlanFiles(paths, cwd);
    expect(found.length).toBeGreaterThan(0);
    for (const ref of found) {
      expect(ref.display).toBe(relative(cwd, ref.absolute).split('\\').join('/'));
      expect(ref.explicit).toBe(false);
    }
    expect(found.map((ref) => ref.display)).toEqual([...found.map((ref) => ref.display)].sort());
    expect(new Set(found.map((ref) => ref.absolute)).size).toBe(found.length);
  });

  it('skips dot-folders, node_modules and other extensions, and enters a linked folder once', () => {
    const names = discoverPlanFiles(['plans'], root).map((ref) => ref.display);
    // The link and its target are one folder: whichever the walk meets first names its files.
    const folder = names[1]!.startsWith('plans/linked/') ? 'linked' : 'team';
    expect(names).toEqual(['plans/a.yaml', `plans/${folder}/b.yml`, `plans/${folder}/deeper/c.YAML`]);
  });

  it('lists files whose names are not UTF-8 apart, each readable, with the bad bytes shown', () => {
    const dir = tempTree({});
    const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
    mkdirSync(bytes(dir, '/plans/caf', [0xe9]), { recursive: true });
    for (const bad of [0xff, 0xfe]) writeFileSync(bytes(dir, '/plans/a', [bad], '.yaml'), `cro: ${bad}\n`);
    writeFileSync(bytes(dir, '/plans/caf', [0xe9], '/b.yaml'), 'cro: 3\n');
    writeFileSync(join(dir, 'plans/ok.yaml'), 'cro: 4\n');
    const found = discoverPlanFiles(['plans'], dir);
    expect(found.map((ref) => ref.display)).toEqual(['plans/a\\xFE.yaml', 'plans/a\\xFF.yaml', 'plans/caf\\xE9/b.yaml', 'plans/ok.yaml']);
    expect(found.map((ref) => text(readPlanBytes(ref.absolute)))).toEqual(['cro: 254\n', 'cro: 255\n', 'cro: 3\n', 'cro: 4\n']);
  });

  it('lists a file found more than once only once, as named when it was named', () => {
    for (const paths of [['plans', 'plans/a.yaml', 'plans/'], ['plans/a.yaml', 'plans', '.'], ['other', 'other']]) {
      const found = discoverPlanFiles(paths, root);
      const names = found.map((ref) => ref.display);
      expect(new Set(names).size, paths.join(' ')).toBe(names.length);
      expect(found.find((ref) => ref.display === 'plans/a.yaml')?.explicit ?? false, paths.join(' ')).toBe(paths.includes('plans/a.yaml'));
    }
  });
});

describe('discoverPlanFiles: deep and unreadable folders', () => {
  /** A plan `depth` folders down, in folders named `d`. */
  const deepPlan = (depth: number) => {
    const dir = tempTree({});
    const folder = join(dir, ...Array.from({ length: depth }, () => 'd'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'p.yaml'), 'cro: 1\n');
    return dir;
  };
  /** The fastest of three runs, in ms; a run past `limit` ends the timing (a regression must not stall the suite for minutes). */
  const fastest = (run: () => void, limit: number) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      run();
      best = Math.min(best, performance.now() - start);
      if (best > limit) break;
    }
    return best;
  };

  it('finds a plan 2,000 folders deep, in time that grows with the depth, not its cube', () => {
    const shallow = deepPlan(1000);
    const deep = deepPlan(2000);
    let found: string[] = [];
    // A realpath at every level took 21 s for 1,000 folders; this takes well under 0.5 s.
    const once = fastest(() => discoverPlanFiles(['.'], shallow), 5_000);
    expect(once).toBeLessThan(5_000);
    const twice = fastest(() => (found = discoverPlanFiles(['.'], deep).map((ref) => ref.display)), 20_000);
    expect(found).toEqual([`${'d/'.repeat(2000)}p.yaml`]);
    // Each system call still resolves its whole path, so twice the depth costs up to four
    // times as much (measured: 3.5 to 4.1); a realpath at every level made it eight.
    expect(twice / once).toBeLessThan(6);
  }, 120_000);

  it('lists a folder too deep to read (ENAMETOOLONG) as an entry that reports it, and the other plans', () => {
    const dir = tempTree({ 'plans/top.yaml': 'cro: 1\n' });
    // Folders beyond PATH_MAX (4,096 bytes) are made from inside, one relative step at a time.
    const name = 'x'.repeat(200);
    execFileSync(process.execPath, ['-e', `const fs = require('fs'); process.chdir(${JSON.stringify(join(dir, 'plans'))}); for (let i = 0; i < 25; i++) { fs.mkdirSync('${name}'); process.chdir('${name}'); } fs.writeFileSync('deep.yaml', 'cro: 1\\n');`]);
    try {
      const found = discoverPlanFiles(['plans'], dir);
      expect(found).toHaveLength(2);
      const [top, folder] = found;
      expect(top!.display).toBe('plans/top.yaml');
      expect(Buffer.byteLength(folder!.absolute)).toBeGreaterThan(4096);
      expect(folder!.display).toMatch(/^plans\/(x{200}\/)+$/);
      expect(text(readPlanBytes(folder!.absolute))).toMatch(/^cannot read this folder: its path is longer than the system allows \(ENAMETOOLONG\), so its plans are not checked/);
    } finally {
      // Node's recursive removal builds each path whole, and fails on them.
      execFileSync('rm', ['-rf', dir]);
    }
  });

  it.skipIf(process.getuid?.() === 0)('lists an unreadable folder as an entry that reports it (as root, see the CLI test)', () => {
    const dir = tempTree({ 'plans/locked/a.yaml': 'cro: 1\n', 'plans/ok.yaml': 'cro: 1\n' });
    chmodSync(join(dir, 'plans/locked'), 0o000);
    try {
      const found = discoverPlanFiles(['plans'], dir);
      expect(found.map((ref) => ref.display)).toEqual(['plans/locked/', 'plans/ok.yaml']);
      expect(text(readPlanBytes(found[0]!.absolute))).toMatch(/^cannot read this folder: permission denied, so its plans are not checked/);
    } finally {
      chmodSync(join(dir, 'plans/locked'), 0o755);
    }
  });
});
