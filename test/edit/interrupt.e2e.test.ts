import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInterrupted, tempTree } from '../helpers/cli.js';

/*
 * Ctrl-C during an edit of a large plan (reading, checking and splicing are synchronous
 * work of a second or more): the run ends with 130 and the plan keeps its old bytes. The
 * signal's handler runs only between turns of the event loop, and the one turn the
 * writer took before renaming was not enough for Node to deliver a signal that had
 * arrived during synchronous work: the edit went on, renamed, and exited 0.
 */

const people = Array.from({ length: 8000 }, (_, n) => `  - id: p${n}\n    name: Person ${n}\n    group: new-buy\n    stance: neutral\n    # note ${n}\n`).join('');
const plan = `cro: 1\naccount:\n  name: Alpha\n  owner: Ali Kaya\nstakeholders:\n${people}`;

describe('Ctrl-C during an edit', () => {
  it('ends with 130 and leaves the plan as it was, with nothing beside it', async () => {
    const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', 'plans/alpha.yaml': plan });
    const { code } = await runInterrupted(['stakeholder', 'add', 'alpha', 'Zed Z; group=new-buy'], 400, dir);
    expect(code).toBe(130);
    expect(readFileSync(join(dir, 'plans/alpha.yaml'), 'utf8')).toBe(plan);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['alpha.yaml']);
  }, 30_000);
});
