import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runInProcess, tempTree } from '../helpers/cli.js';

/*
 * `cro reassign` writes every plan or none. The renames of writeFilesTogether cannot run
 * out of space, but one can still fail; here the second one does, after the first plan
 * was replaced: that plan gets its old bytes back, and the run fails saying why.
 */

vi.mock('../../src/files/write.js', async (original) => {
  const real = await original<typeof import('../../src/files/write.js')>();
  return {
    ...real,
    writeFilesTogether: async (files: Array<{ target: string; content: Uint8Array }>) => {
      if (files.length < 2) return real.writeFilesTogether(files as never);
      writeFileSync(files[0]!.target, files[0]!.content);
      throw new real.WriteFailedError(files[1]!.target, 'EIO', 'an input/output error (EIO)');
    },
  };
});

const plan = (name: string) => `cro: 1\naccount:\n  name: ${name}\n  owner: Ali Kaya\n`;

describe('a reassign that fails half-way', () => {
  it('restores the plans it had already replaced', async () => {
    const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', 'plans/a.yaml': plan('Alpha'), 'plans/b.yaml': plan('Beta') });
    const result = await runInProcess(['reassign', 'Ali Kaya', 'Ece Demir'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('an input/output error (EIO)');
    expect(readFileSync(join(dir, 'plans/a.yaml'), 'utf8')).toBe(plan('Alpha'));
    expect(readFileSync(join(dir, 'plans/b.yaml'), 'utf8')).toBe(plan('Beta'));
  });
});
