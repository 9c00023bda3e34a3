import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FileExistsError, WriteFailedError, writeFileSafely, writeFilesTogether } from '../../src/files/write.js';
import { BIN, tempTree } from '../helpers/cli.js';

/*
 * The one write path of cro (reports, the cache, plans, a new repository): the target holds
 * its old bytes or all of the new ones, whatever happens, and nothing else is touched.
 */

const isRoot = process.getuid?.() === 0;
const entries = (dir: string) => readdirSync(dir).sort();

describe('writeFileSafely', () => {
  it('creates the file (and its folders when asked), leaving no temporary file', async () => {
    const dir = tempTree();
    await writeFileSafely(join(dir, 'a/b/plan.yaml'), 'cro: 1\n', { kind: 'create', makeFolders: true });
    expect(readFileSync(join(dir, 'a/b/plan.yaml'), 'utf8')).toBe('cro: 1\n');
    expect(entries(join(dir, 'a/b'))).toEqual(['plan.yaml']);
  });

  it('never replaces an existing file when creating, and leaves it as it was', async () => {
    const dir = tempTree({ 'plan.yaml': 'mine\n' });
    await expect(writeFileSafely(join(dir, 'plan.yaml'), 'new\n', { kind: 'create' })).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('mine\n');
    expect(entries(dir)).toEqual(['plan.yaml']);
  });

  it('replaces a file whole, keeping its permissions (a private plan stays private)', async () => {
    const dir = tempTree({ 'plan.yaml': 'mine\n' });
    chmodSync(join(dir, 'plan.yaml'), 0o600);
    await writeFileSafely(join(dir, 'plan.yaml'), 'new\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('new\n');
    expect(statSync(join(dir, 'plan.yaml')).mode & 0o777).toBe(0o600);
    expect(entries(dir)).toEqual(['plan.yaml']);
  });

  it('gives a new file the usual permissions (0666 less the umask), not those of its temporary file', async () => {
    const dir = tempTree();
    await writeFileSafely(join(dir, 'report.json'), '{}\n');
    expect(statSync(join(dir, 'report.json')).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it('refuses a folder', async () => {
    const dir = tempTree();
    mkdirSync(join(dir, 'plan.yaml'));
    await expect(writeFileSafely(join(dir, 'plan.yaml'), 'x')).rejects.toMatchObject({ name: 'WriteFailedError', code: 'EISDIR' });
    await expect(writeFileSafely(join(dir, 'plan.yaml'), 'x', { kind: 'create' })).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('writes through a symbolic link: the link stays a link and the file it names gets the bytes', async () => {
    const dir = tempTree({ 'real/report.json': 'old' });
    symlinkSync(join(dir, 'real/report.json'), join(dir, 'report.json'));
    await writeFileSafely(join(dir, 'report.json'), 'new');
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/report.json'), 'utf8')).toBe('new');
    expect(entries(join(dir, 'real'))).toEqual(['report.json']);
  });

  it('refuses a dangling symbolic link, creating nothing', async () => {
    const dir = tempTree();
    symlinkSync(join(dir, 'missing.json'), join(dir, 'report.json'));
    await expect(writeFileSafely(join(dir, 'report.json'), 'new')).rejects.toThrow(/symbolic link to a file that does not exist/);
    expect(existsSync(join(dir, 'missing.json'))).toBe(false);
  });

  it('never follows a link planted under the name a temporary file used to have', async () => {
    // Until 0.2 the temporary file was `.<name>.<pid>.tmp`, opened following links: another
    // user could plant a link there and have the report written through it.
    const dir = tempTree({ 'victim.txt': 'keep me' });
    for (const pid of [process.pid, process.pid + 1]) symlinkSync(join(dir, 'victim.txt'), join(dir, `.report.json.${pid}.tmp`));
    await writeFileSafely(join(dir, 'report.json'), 'report');
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(lstatSync(join(dir, 'report.json')).isFile()).toBe(true);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('report');
  });

  it('writes a device in place and leaves it a device (/dev/null, and /dev/full says the disk is full)', async () => {
    await writeFileSafely('/dev/null', 'nothing');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const full = writeFileSafely('/dev/full', 'x'.repeat(100_000));
    await expect(full).rejects.toBeInstanceOf(WriteFailedError);
    await expect(full).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('writes a FIFO in place, for the program reading it, every time (the reader never sees an early end)', () => {
    const dir = tempTree();
    const fifo = join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo: nothing to test
    // The built CLI in a child with a time limit: a write that blocked would block this process for good.
    for (let round = 0; round < 5; round++) {
      const run = spawnSync('bash', ['-c', 'cat "$0" > "$0.out" & "$1" "$2" schema --output "$0"; status=$?; wait; exit $status', fifo, process.execPath, BIN], { encoding: 'utf8', timeout: 15_000 });
      expect(run.error, 'timed out').toBeUndefined();
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(readFileSync(`${fifo}.out`, 'utf8')), `round ${round}`).toMatchObject({ title: expect.any(String) });
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('removes temporary files that runs killed before they could (their process is gone), and keeps those of running ones', async () => {
    const dir = tempTree({ 'report.json': 'old' });
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    const abandoned = `.report.json.${deadPid}.0123456789abcdef.tmp`;
    const live = `.report.json.${process.ppid}.fedcba9876543210.tmp`;
    const other = `.other.json.${deadPid}.0123456789abcdef.tmp`;
    for (const name of [abandoned, live, other]) writeFileSync(join(dir, name), 'half');
    await writeFileSafely(join(dir, 'report.json'), 'new');
    expect(entries(dir)).toEqual([live, other, 'report.json'].sort());
  });

  it('writes exactly the pieces given, strings and bytes, in order (property)', async () => {
    const dir = tempTree();
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.uint8Array({ maxLength: 70_000 }));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const target = join(dir, 'out.bin');
        await writeFileSafely(target, pieces);
        const want = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
        expect(readFileSync(target).equals(want)).toBe(true);
        expect(entries(dir)).toEqual(['out.bin']);
      }),
      { numRuns: 60 },
    );
  });
});

describe('writeFilesTogether', () => {
  it('writes none of the files when one cannot be written', async () => {
    const dir = tempTree({ 'a.txt': 'old a', blocker: 'a file where a folder should be' });
    const files = [
      { target: join(dir, 'a.txt'), content: 'new a' },
      { target: join(dir, 'b.txt'), content: 'new b' },
      { target: join(dir, 'blocker/c.txt'), content: 'new c' },
    ];
    await expect(writeFilesTogether(files)).rejects.toMatchObject({ name: 'WriteFailedError', code: 'ENOTDIR' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a');
    expect(entries(dir)).toEqual(['a.txt', 'blocker']);
  });

  it('writes none when one would replace a file it must only create, even one created last', async () => {
    const dir = tempTree({ 'b.txt': 'someone else\'s' });
    const files = [
      { target: join(dir, 'a.txt'), content: 'new a', options: { kind: 'create' as const } },
      { target: join(dir, 'b.txt'), content: 'new b', options: { kind: 'create' as const } },
    ];
    await expect(writeFilesTogether(files)).rejects.toBeInstanceOf(FileExistsError);
    expect(entries(dir)).toEqual(['b.txt']);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('someone else\'s');
  });
});

/*
 * A full disk, for real: a 64 KiB tmpfs. Mounting needs root (and a sandbox that allows it);
 * elsewhere the test says why it is skipped.
 */
function mountTinyDisk(): string | undefined {
  if (!isRoot) return undefined;
  const dir = tempTree();
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  return mounted.status === 0 ? dir : undefined;
}
const tinyDisk = mountTinyDisk();
afterAll(() => {
  if (tinyDisk) spawnSync('umount', [tinyDisk]);
});

describe.skipIf(tinyDisk === undefined)('on a full disk (skipped: mounting a tmpfs needs root and a sandbox that allows it)', () => {
  it('fails with ENOSPC and leaves the old file whole, with no temporary file', async () => {
    const old = 'cro: 1\n'.repeat(1000);
    writeFileSync(join(tinyDisk!, 'plan.yaml'), old);
    const failed = writeFileSafely(join(tinyDisk!, 'plan.yaml'), 'x'.repeat(200_000));
    await expect(failed).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(failed).rejects.toThrow(/disk is full/);
    expect(readFileSync(join(tinyDisk!, 'plan.yaml'), 'utf8')).toBe(old);
    expect(entries(tinyDisk!)).toEqual(['plan.yaml']);
    rmSync(join(tinyDisk!, 'plan.yaml'));
  });

  it('leaves none of a group of files when the disk fills half-way', async () => {
    const files = ['a', 'b', 'c'].map((name) => ({ target: join(tinyDisk!, name), content: name.repeat(30_000) }));
    await expect(writeFilesTogether(files)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(entries(tinyDisk!)).toEqual([]);
  });
});

describe('the link target written through is the file it resolves to', () => {
  it('keeps a relative link relative', async () => {
    const dir = tempTree({ 'out/r.json': 'old' });
    symlinkSync('out/r.json', join(dir, 'r.json'));
    await writeFileSafely(join(dir, 'r.json'), 'new');
    expect(readlinkSync(join(dir, 'r.json'))).toBe('out/r.json');
    expect(readFileSync(join(dir, 'out/r.json'), 'utf8')).toBe('new');
  });
});
