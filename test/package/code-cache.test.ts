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
process.stdout.write(JSON.stringify(Object.fromEntries(compiled.map(({ file, usedCache }) => [file.split('/').pop(), usedCache]))));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, boolean>;
}

describe('code cache of the bundles', () => {
  it('is saved by the build and taken by V8 for the command table and the commands', () => {
    expect(cachesTaken(ROOT, ['cli.cjs', 'check.cjs', 'breakeven.cjs'])).toEqual({ 'cli.cjs': true, 'check.cjs': true, 'breakeven.cjs': true });
  });

  it('is refused, and cro works as without it, when a cache does not belong to its bundle or is damaged', () => {
    const copy = mkdtempSync(join(tmpdir(), 'cro-code-cache-'));
    for (const part of ['bin', 'dist', 'templates', 'schema', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    // Another bundle's cache, bytes that are no cache at all, and a cache with bytes flipped
    // (V8 alone would crash on that one).
    writeFileSync(join(copy, 'dist/check.cjs.cache'), readFileSync(join(ROOT, 'dist/cli.cjs.cache')));
    writeFileSync(join(copy, 'dist/cli.cjs.cache'), 'not a code cache');
    const damaged = readFileSync(join(ROOT, 'dist/breakeven.cjs.cache'));
    for (let at = 100; at < damaged.length; at += 997) damaged[at] = damaged[at]! ^ 0xff;
    writeFileSync(join(copy, 'dist/breakeven.cjs.cache'), damaged);
    expect(cachesTaken(copy, ['cli.cjs', 'check.cjs', 'breakeven.cjs'])).toEqual({ 'cli.cjs': false, 'check.cjs': false, 'breakeven.cjs': false });
    const args = ['check', '--as-of', '2026-11-27', '--format', 'json'];
    const run = spawnSync(process.execPath, [join(copy, 'bin/cro.js'), ...args], { cwd: join(ROOT, 'examples'), encoding: 'utf8' });
    const reference = spawnSync(process.execPath, [join(ROOT, 'bin/cro.js'), ...args], { cwd: join(ROOT, 'examples'), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(reference.status);
    expect(run.stdout).toBe(reference.stdout);
    expect(spawnSync(process.execPath, [join(copy, 'bin/cro.js'), 'breakeven', '--help'], { encoding: 'utf8' }).status).toBe(0);
  });

  it('is not used for a bundle changed after the build, even one of the same length', () => {
    const copy = mkdtempSync(join(tmpdir(), 'cro-code-cache-'));
    for (const part of ['bin', 'dist', 'templates', 'schema', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    // The English catalog: a bundle of its own, with the words of the summary line.
    const bundle = join(copy, 'dist/messages-en.cjs');
    const source = readFileSync(bundle, 'utf8');
    expect(source).toContain('"problem"');
    writeFileSync(bundle, source.replaceAll('"problem"', '"PROBLEM"'));
    expect(cachesTaken(copy, ['messages-en.cjs'])).toEqual({ 'messages-en.cjs': false });
    const run = spawnSync(process.execPath, [join(copy, 'bin/cro.js'), 'check', '--as-of', '2026-11-27'], { cwd: join(ROOT, 'examples'), encoding: 'utf8' });
    expect(run.stdout).toMatch(/✖ \d+ PROBLEMs/);
  });
});
