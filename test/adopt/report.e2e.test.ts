import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';

/** `cro report` shows each plan's suppressions (SPEC §12), with reason and expiry, in every format. */
const AS_OF = '2026-11-27';
const PLAN = readFileSync(join(ROOT, 'examples/plans/copper-kettle-coffee.yaml'), 'utf8').replace(
  /^(\s*)(- id: hana\b.*)$/m,
  '$1# cro-ignore role-backup -- backup hired, starts in January until 2027-01-31\n$1# cro-ignore stakeholder-needs -- first call on 2026-12-02\n$1$2',
);

describe('cro report with # cro-ignore', () => {
  const dir = tempTree({ 'plans/copper.yaml': PLAN, 'plans/plain.yaml': readFileSync(join(ROOT, 'examples/plans/copper-kettle-coffee.yaml'), 'utf8') });
  const report = (...args: string[]) => runCli(['report', 'plans', '--as-of', AS_OF, ...args], { cwd: dir, env: { NO_COLOR: '1' } });

  it('the table lists them under their own heading: where, rule, reason, until', () => {
    const result = report();
    expect(result.stdout).toContain('Accepted gaps (cro-ignore)\nplans/copper.yaml:29  role-backup  — backup hired, starts in January (until 2027-01-31)\nplans/copper.yaml:29  stakeholder-needs  — first call on 2026-12-02 (no end date)\n');
    // A suppressed error no longer counts: that plan has no error left.
    expect(result.stdout).not.toContain('plans/plain.yaml:');
  });

  it('JSON: per account, "suppressions" with rule, line, reason and until; absent where there are none', () => {
    const json = JSON.parse(report('--format', 'json').stdout) as { accounts: Array<{ file: string; errors: number; suppressions?: unknown }> };
    const copper = json.accounts.find((a) => a.file === 'plans/copper.yaml')!;
    expect(copper.suppressions).toEqual([
      { rule: 'role-backup', line: 29, reason: 'backup hired, starts in January', until: '2027-01-31' },
      { rule: 'stakeholder-needs', line: 29, reason: 'first call on 2026-12-02', until: null },
    ]);
    expect(copper.errors).toBe(0);
    expect(json.accounts.find((a) => a.file === 'plans/plain.yaml')).not.toHaveProperty('suppressions');
  });

  it('Markdown and HTML: a table of them', () => {
    const markdown = report('--format', 'markdown').stdout;
    expect(markdown).toContain('## Accepted gaps (cro-ignore)');
    expect(markdown).toContain('| Copper Kettle Coffee Roasters | `plans/copper.yaml:29` | `role-backup` | backup hired, starts in January | 2027-01-31 |');
    const html = report('--format', 'html').stdout;
    expect(html).toContain('<h2>Accepted gaps (cro-ignore)</h2>');
    expect(html).toContain('<td>backup hired, starts in January</td><td>2027-01-31</td>');
  });

  it('in Turkish, the words around them are the catalog’s', () => {
    const result = runCli(['report', 'plans/copper.yaml', '--as-of', AS_OF, '--lang', 'tr'], { cwd: dir, env: { NO_COLOR: '1', CRO_I18N_MARK: '1' } });
    const section = result.stdout.slice(result.stdout.indexOf('cro-ignore') - 60);
    const lines = section.split('\n').filter((line) => line.includes('plans/copper.yaml:29') || line.includes('cro-ignore'));
    expect(lines).toHaveLength(3);
    expect(unmarkedWords(lines.join('\n'), [/plans\/copper\.yaml:29/, 'role-backup', 'stakeholder-needs', 'backup hired, starts in January', 'first call on', /\d{4}-\d{2}-\d{2}/, 'cro-ignore', FLAGS])).toEqual([]);
  });
});
