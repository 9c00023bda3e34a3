import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { planText, random } from '../../bench/generate.js';

const PLAN_A = planText(1, random(1));
const PLAN_B = planText(2, random(2));
const check = (dir: string, ...extra: string[]) => runCli(['check', '--format', 'json', '--as-of', '2026-11-27', '--cache', ...extra], { cwd: dir });

describe('cro check --cache', () => {
  it('gives the same report from the cache as from a fresh check, and notices changed files', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A, 'plans/b.yaml': PLAN_B });
    const fresh = runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir });
    const first = check(dir);
    const cached = check(dir);
    expect(first.stdout).toBe(fresh.stdout);
    expect(cached.stdout).toBe(fresh.stdout);
    expect(cached.code).toBe(fresh.code);
    const cache = JSON.parse(readFileSync(join(dir, '.cro-cache'), 'utf8'));
    expect(Object.keys(cache.entries)).toHaveLength(2);

    // A change to one plan is seen; the other comes from the cache.
    writeFileSync(join(dir, 'plans/a.yaml'), PLAN_A.replace(/  name: .*/, '  name: Renamed Account'));
    const afterEdit = check(dir);
    expect(afterEdit.stdout).toBe(runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir }).stdout);
    expect(afterEdit.stdout).not.toBe(cached.stdout);
  });

  it('sees an edit that keeps the size and the modification time (the change time moves)', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    const file = join(dir, 'plans/a.yaml');
    utimesSync(file, 1_700_000_000, 1_700_000_000); // whole seconds, so they can be set back exactly
    check(dir);
    const before = statSync(file);
    const edited = PLAN_A.replace(/  name: (.)/, (_: string, c: string) => `  name: ${c === 'Z' ? 'Y' : 'Z'}`);
    expect(edited.length).toBe(PLAN_A.length);
    writeFileSync(file, edited);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statSync(file).size).toBe(before.size);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(check(dir).stdout).toBe(runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir }).stdout);
  });

  it('is invalidated by --as-of, the rules and the config', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    check(dir);
    const key = () => JSON.parse(readFileSync(join(dir, '.cro-cache'), 'utf8')).key as string;
    const first = key();
    check(dir, '--rule', 'okrs=off');
    expect(key()).not.toBe(first);
    runCli(['check', '--format', 'json', '--as-of', '2026-12-31', '--cache'], { cwd: dir });
    const later = key();
    expect(later).not.toBe(first);
    writeFileSync(join(dir, 'cro.config.yaml'), 'rules:\n  stale-contact: [warn, { days: 30 }]\n');
    const withConfig = check(dir);
    expect(key()).not.toBe(later);
    expect(withConfig.stdout).toBe(runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir }).stdout);
  });

  it('ignores and rewrites a corrupt or foreign cache, never trusting it', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    const fresh = runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir }).stdout;
    for (const junk of ['{not json', '[]', JSON.stringify({ format: 'eslint', entries: {} })]) {
      writeFileSync(join(dir, '.cro-cache'), junk);
      expect(check(dir).stdout).toBe(fresh);
      expect(JSON.parse(readFileSync(join(dir, '.cro-cache'), 'utf8')).format).toBe('cro-check-cache');
    }
    // A well-formed cache with the right key but forged findings for unchanged bytes is what
    // a cache is for; one with a wrong shape is dropped.
    const cache = JSON.parse(readFileSync(join(dir, '.cro-cache'), 'utf8'));
    const [file] = Object.keys(cache.entries);
    cache.entries[file!].report.findings = [{ rule: 'x' }];
    writeFileSync(join(dir, '.cro-cache'), JSON.stringify(cache));
    expect(check(dir).stdout).toBe(fresh);
  });

  it('--cache-location puts the cache elsewhere', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    expect(runCli(['check', '--as-of', '2026-11-27', '--cache-location', 'tmp-cache.json'], { cwd: dir }).code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'tmp-cache.json'), 'utf8')).format).toBe('cro-check-cache');
  });
});
