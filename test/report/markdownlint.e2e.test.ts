import { join } from 'node:path';
import type { Configuration } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { TRICKY_PLAN } from '../map/fixtures.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

/*
 * The Markdown that `cro report` and `cro check` write, through markdownlint (the
 * library behind markdownlint-cli and the VS Code extension) with its default rules and
 * MD060 (table column style) held to "compact", the style every cro table uses. Off,
 * each for a reason of the outputs' design, not to hide a finding:
 * - MD013 line length: a table row or a paragraph is one line; GitHub wraps it.
 * - MD033 inline HTML, except <br> (the one line break a table cell can hold) and
 *   <sub> (check's small footer).
 * - MD026 trailing punctuation in headings (report): a heading is an account's name
 *   as written, "Halcyon Cold Chain, Inc." included.
 * - MD041 first line is a top-level heading (check): a pull-request comment starts at
 *   level 2, under the pull request's own title.
 */

const COMMON: Configuration = { default: true, MD060: { style: 'compact' }, MD013: false, MD033: { allowed_elements: ['br', 'sub'] } };
const CONFIG: Record<'report' | 'check', Configuration> = { report: { ...COMMON, MD026: false }, check: { ...COMMON, MD041: false } };

const sources = {
  examples: join(ROOT, 'examples'),
  'a plan with hostile names': tempTree({ 'tricky.yaml': TRICKY_PLAN }),
  'no plans': tempTree(),
};

const cases = (['report', 'check'] as const).flatMap((command) => Object.entries(sources).map(([name, cwd]) => ({ command, name, cwd })));

describe('markdownlint on the Markdown cro writes', () => {
  it.each(cases)('cro $command --format markdown: $name', ({ command, cwd }) => {
    const result = runCli([command, '--format', 'markdown', '--as-of', '2026-11-27'], { cwd });
    // 0 or 1 (findings); 2 would be a usage or I/O error, with no Markdown to lint.
    expect(result.code, result.stderr).toBeLessThan(2);
    expect(result.stdout).not.toBe('');
    const found = lint({ strings: { [command]: result.stdout }, config: CONFIG[command] })[command]!;
    expect(found.map((f) => `${f.lineNumber}: ${f.ruleNames.join('/')} ${f.errorDetail ?? ''} [${f.errorContext ?? ''}]`)).toEqual([]);
  });

  it('holds MD060 to the compact style (a table mixing styles fails it)', () => {
    const mixed = '# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const found = lint({ strings: { mixed }, config: { default: false, MD060: { style: 'compact' } } }).mixed!;
    expect(found.map((f) => f.ruleNames[0])).toContain('MD060');
  });
});
