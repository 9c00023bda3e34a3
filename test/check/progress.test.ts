import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/check/progress.js';

const stream = (isTTY: boolean) => {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => writes.push(text) };
};

describe('progress line', () => {
  it('appears on a terminal once a run takes over a second, throttled, and is cleared at the end', () => {
    const out = stream(true);
    let now = 0;
    const progress = createProgress(out, {}, 10_000, () => now);
    progress.update(10, 'plans/a.yaml');
    expect(out.writes).toEqual([]);
    now = 1200;
    progress.update(500, 'plans/shard-001/b.yaml');
    now = 1250;
    progress.update(600, 'plans/shard-001/c.yaml');
    now = 1400;
    progress.update(9000, '');
    progress.finish();
    expect(out.writes).toEqual([
      '\r\u001b[Kchecking 500/10,000 files  plans/shard-001/b.yaml',
      '\r\u001b[Kchecking 9,000/10,000 files  plans/shard-001/b.yaml',
      '\r\u001b[K',
    ]);
  });

  it('never shows when stderr is not a terminal, in CI, or on a dumb terminal', () => {
    for (const [tty, env] of [[false, {}], [true, { CI: 'true' }], [true, { TERM: 'dumb' }]] as const) {
      const out = stream(tty);
      let now = 0;
      const progress = createProgress(out, env, 10, () => now);
      now = 5000;
      progress.update(5, 'x.yaml');
      progress.finish();
      expect(out.writes).toEqual([]);
    }
  });
});
