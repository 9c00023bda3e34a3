import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/edit/diff.js';
import { tempTree } from '../helpers/cli.js';

/** The diff is read by the program that consumes diffs: `patch` turns the old text into the new one with it. */
function patched(before: string, diff: string): string {
  const dir = tempTree({ 'plan.yaml': before, 'change.diff': diff });
  const result = spawnSync('patch', ['--quiet', '--binary', '-p1', '-i', 'change.diff'], { cwd: dir, encoding: 'utf8' });
  // `patch -p1` strips a/ and b/: the file is plan.yaml.
  expect(result.status, `${result.stdout}${result.stderr}\n${diff}`).toBe(0);
  return readFileSync(join(dir, 'plan.yaml'), 'utf8');
}

const line = fc.constantFrom('a: 1', 'b: 2', '  - x', '', '# c', 'c: "d"', 'e: f\r');

describe('unifiedDiff', () => {
  it('writes the hunks diff -u writes', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nD\ne\nf\ng\nh\n';
    expect(unifiedDiff(before, after, 'p.yaml')).toBe('--- a/p.yaml\n+++ b/p.yaml\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n');
    expect(unifiedDiff('x\n', 'x\n', 'p.yaml')).toBe('');
  });

  it('is applied by patch to give exactly the new text (random texts and changes)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), fc.boolean(), (a, b, trailing) => {
        const before = a.join('\n') + (trailing ? '\n' : '');
        const after = b.join('\n') + '\n';
        if (before === after || before === '') return;
        expect(patched(before, unifiedDiff(before, after, 'plan.yaml'))).toBe(after);
      }),
      { numRuns: 60 },
    );
  });
});
