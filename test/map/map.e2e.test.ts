import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

/** `cro map` through the built binary (`npm run build` first), on the shipped examples. */
const EXAMPLES = join(ROOT, 'examples');
const HARBOR = 'plans/harbor-and-vine-grocers.yaml';
const map = (args: string[], env?: Record<string, string | undefined>, cwd = EXAMPLES) =>
  runCli(['map', ...args, '--as-of', '2026-11-27'], { cwd, ...(env ? { env } : {}) });

describe('cro map on the examples', () => {
  it('draws a tree by group and role with a stance legend, backups and gaps', () => {
    const result = map([HARBOR]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Harbor & Vine Grocers — stakeholders as of 2026-11-27');
    expect(result.stdout).toContain('Stance: ++ advocate   + supporter   = neutral   -- detractor   ? unknown');
    expect(result.stdout).toContain('├─ administrator  ⚠ uncovered');
    expect(result.stdout).toContain('++ Rachel Kim, Director of Store Systems · advocate · left 2026-08-14');
    expect(result.stdout).toContain('↳ backup: Rachel Kim (left 2026-08-14) ⚠ name a current backup');
    expect(result.stdout).toContain('-- Scott Hanley, Director of Indirect Procurement · detractor (competitor) · ⚠ win plan overdue');
    expect(result.stdout).toContain('-- Nadia Rahman, IT Security Manager · detractor (concern) · ⚠ no win plan');
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('finds a plan by its file name or account name, as the edit commands do', () => {
    const byPath = map([HARBOR]).stdout;
    expect(map(['harbor-and-vine-grocers']).stdout).toBe(byPath);
    expect(map(['harbor']).stdout).toBe(byPath);
    expect(map(['Harbor & Vine']).stdout).toBe(byPath);
    const typo = map(['harbr']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^cro: no plan "harbr"/);
    expect(typo.stdout).toBe('');
  });

  it('colours only when asked, and NO_COLOR and --no-color win over FORCE_COLOR', () => {
    expect(map([HARBOR], { FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[/);
    expect(map([HARBOR], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\u001b\[/);
    expect(map([HARBOR, '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toMatch(/\u001b\[/);
  });

  it.each(['brueckner-antriebstechnik', 'copper-kettle-coffee', 'halcyon-cold-chain', 'harbor-and-vine-grocers', 'northgate-building-supply'])(
    'draws %s in every format',
    (name) => {
      const file = `plans/${name}.yaml`;
      const mermaid = map([file, '--format', 'mermaid']);
      expect(mermaid.code).toBe(0);
      expect(mermaid.stdout).toMatch(/^flowchart TB\n/);
      expect(mermaid.stdout).toContain('subgraph group_renew["Group 1 — renew and buy more"]');
      const dot = map([file, '--format', 'dot']);
      expect(dot.code).toBe(0);
      expect(dot.stdout).toMatch(/^digraph "[^"]+" \{\n[\s\S]*\}\n$/);
      expect(map([file]).code).toBe(0);
    },
  );

  it('writes to --output and prints nothing', () => {
    const dir = tempTree();
    const result = runCli(['map', join(EXAMPLES, HARBOR), '--format', 'dot', '--output', 'map.dot', '--as-of', '2026-11-27'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(dir, 'map.dot'), 'utf8')).toContain('"p_victor" -> "p_rachel"');
  });
});

describe('cro map exit codes', () => {
  const dir = tempTree({
    'broken.yaml': 'cro: 1\naccount:\n  name: Broken\nstakeholders:\n  - id: maria\n    name: Maria\n    group: renw\n',
    'tabbed.yaml': 'cro: 1\naccount:\n\tname: Tabbed\n',
    'notes.yaml': 'title: just some YAML\n',
    'plans/.gitkeep': '',
    'many.yaml': 'cro: 1\naccount:\n  name: 42\nstakeholders:\n  - id: x\n    name: Bob\n    group: renew\n    stance: happy\n    roles: end-user\n',
  });

  it('exits 1 for an invalid plan, naming file:line:col', () => {
    const result = map(['broken.yaml'], undefined, dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cro: broken.yaml is not a valid plan');
    expect(result.stderr).toMatch(/^broken\.yaml:7:12 {2}error {2}.*renw.*\(schema\)$/m);
  });

  it('lists the problems of an invalid plan in line order, as cro check does', () => {
    const result = map(['many.yaml'], undefined, dir);
    expect(result.code).toBe(1);
    const positions = [...result.stderr.matchAll(/^many\.yaml:(\d+):(\d+) /gm)].map(([, line, column]) => [Number(line), Number(column)]);
    expect(positions).toEqual([[3, 9], [8, 13], [9, 12]]);
  });

  it('exits 1 for a YAML syntax error and for a file that is not a plan', () => {
    const tabbed = map(['tabbed.yaml'], undefined, dir);
    expect(tabbed.code).toBe(1);
    expect(tabbed.stderr).toMatch(/^tabbed\.yaml:3:1 {2}error {2}.*\(yaml-syntax\)$/m);
    const notes = map(['notes.yaml'], undefined, dir);
    expect(notes.code).toBe(1);
    expect(notes.stderr).toMatch(/^notes\.yaml:1:1 {2}error {2}this is not a cro plan.*\(schema\)$/m);
  });

  it('exits 2 with one line for a missing path, a folder, a bad format or a bad date', () => {
    for (const args of [['missing.yaml'], ['plans'], ['broken.yaml', '--format', 'svg'], ['broken.yaml', '--as-of', '27.11.2026']]) {
      const result = runCli(['map', ...args], { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
    expect(runCli(['map'], { cwd: dir }).code).toBe(2);
  });
});
