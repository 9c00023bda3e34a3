import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempTree } from '../helpers/cli.js';

/*
 * Two edits of one plan at once (two terminals, a script in a loop): the check that the
 * plan is unchanged on disk and the rename that replaces it must be one step, or both
 * runs pass the check, both rename, and the first one's change is lost while it said
 * "added". A lock file beside the plan makes them one step; a lock left by a run that
 * was killed is taken over.
 */

const plan = 'cro: 1\naccount:\n  name: Alpha\n  owner: Ali Kaya\nstakeholders:\n  - id: maria\n    name: Maria Lopez\n    group: renew\n';
const tree = () => tempTree({ 'cro.config.yaml': 'plans: plans\n', 'plans/alpha.yaml': plan });

function run(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CRO_LANG: 'en' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('concurrent edits of one plan', () => {
  it('never lose a change they said they made', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = tree();
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => run(['stakeholder', 'add', 'alpha', `Person${i} Q; group=new-buy; roles=other`], dir)));
      const text = readFileSync(join(dir, 'plans/alpha.yaml'), 'utf8');
      const added = results.map((r, i) => (r.code === 0 ? `id: person${i}-q` : undefined)).filter((id) => id !== undefined);
      for (const id of added) expect(text).toContain(id);
      expect(text.match(/id: person/g)?.length ?? 0).toBe(added.length);
      for (const r of results.filter((r) => r.code !== 0)) {
        expect(r.code).toBe(1);
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      }
      expect(readdirSync(join(dir, 'plans'))).toEqual(['alpha.yaml']);
    }
  }, 60_000);

  it('refuses while another live run holds the plan, and writes nothing', () => {
    const dir = tree();
    writeFileSync(join(dir, 'plans/.alpha.yaml.cro-lock'), `${process.pid}\n`);
    const result = runCli(['contact', 'alpha', 'maria', '--on', '2026-11-01'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('cro: plans/alpha.yaml is being edited by another cro run; nothing was written, run the command again\n');
    expect(readFileSync(join(dir, 'plans/alpha.yaml'), 'utf8')).toBe(plan);
  });

  it('takes over the lock of a run that was killed', () => {
    const dir = tree();
    writeFileSync(join(dir, 'plans/.alpha.yaml.cro-lock'), '999999999\n');
    const result = runCli(['contact', 'alpha', 'maria', '--on', '2026-11-01'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'plans/alpha.yaml'), 'utf8')).toContain('lastContact: 2026-11-01');
    expect(existsSync(join(dir, 'plans/.alpha.yaml.cro-lock'))).toBe(false);
  });
});
