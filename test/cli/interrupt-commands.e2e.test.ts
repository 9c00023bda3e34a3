import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { generateRepository } from '../../bench/generate.js';
import { runInterrupted, tempTree } from '../helpers/cli.js';

/*
 * `cro report` and `cro breakeven` read plans through the check driver, which turns the
 * event loop between slices of files: a Ctrl-C stops them as promptly as `cro check`,
 * instead of after the last plan (they once ran one synchronous loop over every file).
 */
describe('Ctrl-C during report and breakeven', () => {
  let corpus: string;
  beforeAll(() => {
    corpus = tempTree();
    generateRepository(corpus, 6000);
  });


  for (const command of ['report', 'breakeven']) {
    it(`stops \`cro ${command}\` of 6,000 plans within half a second, with 130 and the output file untouched`, async () => {
      const out = join(corpus, `${command}.json`);
      writeFileSync(out, 'old');
      const { code, stopMs } = await runInterrupted([command, '--format', 'json', '--output', out, '--as-of', '2026-11-27'], 500, corpus);
      expect(code).toBe(130);
      expect(stopMs).toBeLessThan(500);
      expect(readFileSync(out, 'utf8')).toBe('old');
    }, 60_000);
  }
});
