import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** Loads bundles as bin/cro.js does, in a fresh Node, and says which caches V8 took. */
function cachesTaken(root: string, bundles: string[]): Record<string, boolean> {
  const script = `const { loadBundle, compiled } = await import(${JSON.stringify(join(root, 'bin/load-bundle.js'))});
for (const name of ${JSON.stringify(bundles)}) loadBundle(${JSON.stringify(join(root, 'dist'))} + '/' + name);
process.stdout.write(JSON.stringify(Object.fromEntries(compiled.map(({ file, script }) => [file.split('/').pop(), !script.cachedDataRejected]))));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, boolean>;
}

describe('code cache of the bundles', () => {
  it('is saved by the build and taken by V8 for the command table and the commands', () => {
    expect(cachesTaken(ROOT, ['cli.cjs', 'check.cjs', 'breakeven.cjs'])).toEqual({ 'cli.cjs': true, 'check.cjs': true, 'breakeven.cjs': true });
  });

  it('is refused, and cro works as without it, when a cache does not belong to its bundle', () => {
    const copy = mkdtempSync(join(tmpdir(), 'cro-code-cache-'));
    for (const part of ['bin', 'dist', 'templates', 'schema', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    // Another bundle's cache, and bytes that are no cache at all.
    writeFileSync(join(copy, 'dist/check.cjs.cache'), readFileSync(join(ROOT, 'dist/cli.cjs.cache')));
    writeFileSync(join(copy, 'dist/cli.cjs.cache'), 'not a code cache');
    expect(cachesTaken(copy, ['cli.cjs', 'check.cjs'])).toEqual({ 'cli.cjs': false, 'check.cjs': false });
    const run = spawnSync(process.execPath, [join(copy, 'bin/cro.js'), 'check', '--as-of', '2026-11-27', '--format', 'json'], { cwd: join(ROOT, 'examples'), encoding: 'utf8' });
    const reference = spawnSync(process.execPath, [join(ROOT, 'bin/cro.js'), 'check', '--as-of', '2026-11-27', '--format', 'json'], { cwd: join(ROOT, 'examples'), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(reference.status);
    expect(run.stdout).toBe(reference.stdout);
  });
});
