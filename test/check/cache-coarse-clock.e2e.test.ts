import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

/*
 * `--cache` on a file system that keeps file times in whole seconds (ext4 with 128-byte
 * inodes, as older installs made it; FAT, HFS+ and ext3 likewise): a same-size edit in the
 * second after a cached run leaves size, times and inode as they were. The cache must not
 * take that stamp for proof that nothing changed. The file system is real: an ext4 image
 * made with `mkfs.ext4 -I 128`, loop-mounted, which needs root and a sandbox that allows it.
 */

function mountCoarseClock(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const work = tempTree();
  const image = join(work, 'coarse.img');
  const dir = join(work, 'mnt');
  mkdirSync(dir);
  const made = spawnSync('sh', ['-c', `truncate -s 8M "${image}" && mkfs.ext4 -q -F -I 128 "${image}" 2>/dev/null && mount -o loop "${image}" "${dir}"`]);
  return made.status === 0 ? dir : undefined;
}

const mounted = mountCoarseClock();
afterAll(() => {
  if (mounted) spawnSync('umount', [mounted]);
});

const PLAN = 'plans/copper-kettle-coffee.yaml';
const waitForNextSecond = () => {
  const until = Math.ceil(Date.now() / 1000) * 1000 + 20;
  while (Date.now() < until) {
    // busy-wait a few hundred milliseconds: the test needs the start of a second
  }
};

describe.skipIf(mounted === undefined)('--cache on a file system with one-second file times (skipped: loop-mounting an ext4 image needs root and a sandbox that allows it)', () => {
  it('sees a same-size edit made within the second of a cached run', () => {
    cpSync(join(ROOT, 'examples'), mounted!, { recursive: true });
    const file = join(mounted!, PLAN);
    const original = readFileSync(file, 'utf8');
    const edited = original.replace('name: Copper Kettle Coffee Roasters', 'name: Copper Kettle Coffee Roastery');
    expect(edited.length).toBe(original.length);
    const account = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ account: string }> }).files[0]!.account;
    const check = () => runCli(['check', PLAN, '--cache', '--format', 'json'], { cwd: mounted! }).stdout;

    for (let attempt = 0; attempt < 5; attempt++) {
      waitForNextSecond();
      writeFileSync(file, original);
      const before = statSync(file);
      expect(account(check())).toBe('Copper Kettle Coffee Roasters');
      writeFileSync(file, edited);
      const after = statSync(file);
      // Only an edit the file system cannot tell apart by its stamp tests anything.
      if (after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs || after.ino !== before.ino) continue;
      expect(account(check())).toBe('Copper Kettle Coffee Roastery');
      expect(account(check())).toBe('Copper Kettle Coffee Roastery');
      return;
    }
    throw new Error('could not make an edit within one second of the cached run in five tries');
  });
});
