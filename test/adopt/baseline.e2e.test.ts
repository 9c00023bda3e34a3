import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';

/**
 * `--baseline-write`, `--baseline` (and config `baseline`) and `--baseline-prune` end to
 * end (SPEC §12), through the built binary (`npm run build` first).
 */
const AS_OF = '2026-11-27';

/** A plan with a few old gaps: two people without needs, no OKRs, no referrer. */
const OLD = `cro: 1
account: { name: Acme Logistics, renewalDate: 2027-06-01 }
team:
  - { name: Jane, function: sales }
  - { name: Ece, function: marketing }
  - { name: Ali, function: customer-success }
messages: { renew: Proof of outcomes, newBuy: One vendor for freight }
renewal: { requirements: [Cut dispatch time by 20%] }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, backup: tom, roles: [end-user, administrator, procurement, budget-owner, executive-sponsor] }
  - { id: tom, name: Tom Reed, group: renew, stance: supporter, backup: maria, roles: [end-user, administrator, procurement, budget-owner, executive-sponsor] }
  - { id: lena, name: Lena Graf, group: new-buy }
newBuy: [{ unit: Finance, contacts: [lena], heroes: [maria] }]
economics: { acquisitionCost: 1000, monthlyRevenue: 1000 }
`;

interface JsonReport {
  summary: { errors: number; warnings: number; baselined?: number };
  files: Array<{ file: string; findings: Array<{ rule: string; subject: string; line: number }> }>;
}

function repo(files: Record<string, string> = {}) {
  const dir = tempTree({ 'plans/acme.yaml': OLD, 'plans/globex.yaml': OLD.replace('Acme Logistics', 'Globex'), ...files });
  const run = (...args: string[]) => {
    const result = runCli(['check', '--as-of', AS_OF, ...args], { cwd: dir });
    return { ...result, json: args.includes('json') ? (JSON.parse(result.stdout) as JsonReport) : undefined };
  };
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
  return { dir, run, read, write };
}

const rulesOf = (report: JsonReport | undefined) => report!.files.flatMap((file) => file.findings.map((f) => `${file.file} ${f.rule} ${f.subject}`));

describe('cro check --baseline-write', () => {
  it('records every finding by (file, rule, subject) with counts, sorted, and then nothing counts', () => {
    const { run, read } = repo();
    expect(run('plans').code).toBe(0); // warnings only, within no limit
    expect(run('plans', '--max-warnings', '0').code).toBe(1);
    const written = run('plans', '--baseline-write', 'cro-baseline.json', '--max-warnings', '0');
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('cro: wrote cro-baseline.json: 8 accepted as the baseline\n');
    expect(written.stderr).toContain('cro: baselined: 8');
    const baseline = JSON.parse(read('cro-baseline.json')) as { version: number; findings: Record<string, Record<string, Record<string, number>>> };
    expect(baseline.version).toBe(1);
    expect(Object.keys(baseline.findings)).toEqual(['plans/acme.yaml', 'plans/globex.yaml']);
    expect(baseline.findings['plans/acme.yaml']).toEqual({
      okrs: { plan: 1 },
      referrers: { plan: 1 },
      'stakeholder-needs': { 'stakeholder:maria': 1, 'stakeholder:tom': 1 },
    });
    // Sorted at every level, two-space JSON: the same run writes the same bytes.
    const text = read('cro-baseline.json');
    expect(text).toBe(`${JSON.stringify(baseline, null, 2)}\n`);
    run('plans', '--baseline-write', 'cro-baseline.json');
    expect(read('cro-baseline.json')).toBe(text);
  });

  it('written from a subfolder, the file names stay relative to the baseline’s folder', () => {
    const { dir, run, read } = repo();
    const fromPlans = runCli(['check', '--as-of', AS_OF, '.', '--baseline-write', '../cro-baseline.json'], { cwd: join(dir, 'plans') });
    expect(fromPlans.code).toBe(0);
    expect(Object.keys((JSON.parse(read('cro-baseline.json')) as { findings: object }).findings)).toEqual(['plans/acme.yaml', 'plans/globex.yaml']);
    expect(run('plans', '--baseline', 'cro-baseline.json', '--max-warnings', '0').code).toBe(0);
  });

  it('into a folder that does not exist: exit 2, one line naming the file and what to do, nothing written', () => {
    const { dir, run } = repo();
    const result = run('plans', '--baseline-write', 'missing/cro-baseline.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cro: missing/cro-baseline.json: cannot write the file: the folder missing does not exist; create it first\n');
    expect(result.stdout).toBe('');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('cro check --baseline', () => {
  it('only findings not in it count; the rest are reported as baselined: N', () => {
    const { run, read, write } = repo();
    run('plans', '--baseline-write', 'cro-baseline.json');
    write('plans/acme.yaml', read('plans/acme.yaml').replace('renewalDate: 2027-06-01', 'renewalDate: 2026-06-01'));
    const result = run('plans', '--baseline', 'cro-baseline.json', '--format', 'json');
    expect(result.code).toBe(1);
    // New gaps: the renewal date passed, so it also falls before break-even.
    expect(rulesOf(result.json)).toEqual(['plans/acme.yaml renewal-date account.renewalDate', 'plans/acme.yaml breakeven-horizon economics']);
    expect(result.json!.summary).toMatchObject({ errors: 1, warnings: 1, baselined: 8 });
    expect(result.stderr).toBe('cro: baselined: 8 (accepted in cro-baseline.json; they do not count)\n');
  });

  it('editing the plan so that every line moves wakes none of them: subjects, never lines', () => {
    const { run, read, write } = repo();
    run('plans', '--baseline-write', 'cro-baseline.json');
    const before = run('plans', '--format', 'json').json!;
    // Lines added above, people reordered, a comment in between: every finding moves.
    const moved = read('plans/acme.yaml')
      .replace('cro: 1\n', '# yaml-language-server: $schema=../plan.schema.json\n# Acme, owned by Jane\n\ncro: 1\n')
      .replace(/( {2}- \{ id: maria.*\n)( {2}- \{ id: tom.*\n)/, '$2  # Maria moved below Tom\n$1');
    write('plans/acme.yaml', moved);
    const after = run('plans', '--format', 'json').json!;
    const lines = (report: JsonReport) => report.files[0]!.findings.map((f) => f.line);
    expect(lines(after)).not.toEqual(lines(before));
    const result = run('plans', '--baseline', 'cro-baseline.json', '--max-warnings', '0', '--format', 'json');
    expect(result.code).toBe(0);
    expect(rulesOf(result.json)).toEqual([]);
    expect(result.json!.summary.baselined).toBe(8);
  });

  it('a second finding of one subject beyond its count does count', () => {
    const { run, read, write } = repo();
    run('plans', '--baseline-write', 'cro-baseline.json');
    write('plans/acme.yaml', read('plans/acme.yaml').replace('okrs', 'okrs').replace('economics:', 'okrs: []\neconomics:'));
    const result = run('plans', '--baseline', 'cro-baseline.json', '--format', 'json');
    // okrs: [] is still the one "plan" finding of okrs: baselined, nothing new.
    expect(rulesOf(result.json)).toEqual([]);
    write('plans/acme.yaml', read('plans/acme.yaml').replace('  - { id: lena', '  - { id: kim, name: Kim Lee, group: renew, stance: neutral, backup: maria, roles: [end-user] }\n  - { id: lena'));
    expect(rulesOf(run('plans', '--baseline', 'cro-baseline.json', '--format', 'json').json)).toEqual(['plans/acme.yaml stakeholder-needs stakeholder:kim']);
  });

  it('config baseline, relative to the config’s folder, whatever folder cro runs from; --no-baseline ignores it', () => {
    const { dir, run } = repo({ 'cro.config.yaml': 'plans: plans\nbaseline: accepted/cro-baseline.json\n', 'accepted/.gitkeep': '' });
    run('--baseline-write', 'accepted/cro-baseline.json');
    expect(run('--max-warnings', '0')).toMatchObject({ code: 0 });
    const fromPlans = runCli(['check', '--as-of', AS_OF, '.', '--max-warnings', '0'], { cwd: join(dir, 'plans') });
    expect(fromPlans.code).toBe(0);
    expect(fromPlans.stderr).toContain('baselined: 8 (accepted in accepted/cro-baseline.json');
    expect(run('--no-baseline', '--max-warnings', '0').code).toBe(1);
  });

  it('a baseline that is missing or not one is a usage error (exit 2, one line), before anything is checked', () => {
    const { run, write } = repo();
    expect(run('plans', '--baseline', 'nowhere.json')).toMatchObject({ code: 2, stdout: '' });
    expect(run('plans', '--baseline', 'nowhere.json').stderr).toBe('cro: nowhere.json: cannot read the baseline (ENOENT); write one with --baseline-write nowhere.json\n');
    write('other.json', '{"version": 1, "findings": {"a.yaml": {"okrs": {"plan": "many"}}}}');
    expect(run('plans', '--baseline', 'other.json').stderr).toBe('cro: other.json: this is not a cro baseline file; write one with --baseline-write\n');
    write('plans/notes.json', '[1, 2]');
    // Never replaced by one either.
    expect(run('plans', '--baseline-write', 'plans/notes.json')).toMatchObject({ code: 2 });
    expect(run('plans', '--baseline-prune')).toMatchObject({ code: 2, stderr: 'cro: --baseline-prune needs a baseline: give --baseline <file> or set baseline in the config\n' });
    expect(run('plans', '--baseline-write', 'a.json', '--baseline-prune', '--baseline', 'a.json').code).toBe(2);
  });
});

describe('cro check --baseline-prune', () => {
  it('drops entries that no longer occur, and keeps the rest; a run of some files keeps the others’ entries', () => {
    const { dir, run, read, write } = repo();
    run('plans', '--baseline-write', 'cro-baseline.json');
    write('plans/acme.yaml', read('plans/acme.yaml').replace('economics:', 'okrs: [{ objective: Reference, keyResults: [Two case studies] }]\neconomics:'));
    const pruned = run('plans/acme.yaml', '--baseline', 'cro-baseline.json', '--baseline-prune');
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain('cro: pruned cro-baseline.json: 1 no longer occurring\n');
    const baseline = JSON.parse(read('cro-baseline.json')) as { findings: Record<string, Record<string, unknown>> };
    expect(Object.keys(baseline.findings['plans/acme.yaml']!)).toEqual(['referrers', 'stakeholder-needs']);
    expect(Object.keys(baseline.findings['plans/globex.yaml']!)).toEqual(['okrs', 'referrers', 'stakeholder-needs']);
    // A plan deleted since: its entries go, even from a run that names other plans.
    rmSync(join(dir, 'plans/globex.yaml'));
    expect(run('plans/acme.yaml', '--baseline', 'cro-baseline.json', '--baseline-prune').stderr).toContain('pruned cro-baseline.json: 4 no longer occurring');
    expect(Object.keys((JSON.parse(read('cro-baseline.json')) as { findings: object }).findings)).toEqual(['plans/acme.yaml']);
    // Nothing more to drop: the file is left as it is.
    const text = read('cro-baseline.json');
    expect(run('plans', '--baseline', 'cro-baseline.json', '--baseline-prune').stderr).toContain('pruned cro-baseline.json: 0 no longer occurring');
    expect(read('cro-baseline.json')).toBe(text);
  });
});

describe('the baseline in Turkish', () => {
  it('every word on stderr is the catalog’s', () => {
    const { dir } = repo();
    const result = runCli(['check', 'plans', '--as-of', AS_OF, '--lang', 'tr', '--baseline-write', 'cro-baseline.json', '--baseline-prune'], { cwd: dir, env: { CRO_I18N_MARK: '1' } });
    expect(result.code).toBe(2);
    expect(unmarkedWords(result.stderr, [/^cro: /m, FLAGS])).toEqual([]);
    const written = runCli(['check', 'plans', '--as-of', AS_OF, '--lang', 'tr', '--baseline-write', 'cro-baseline.json'], { cwd: dir, env: { CRO_I18N_MARK: '1' } });
    expect(unmarkedWords(written.stderr, [/^cro: /gm, 'cro-baseline.json', FLAGS])).toEqual([]);
    expect(runCli(['check', 'plans', '--as-of', AS_OF, '--lang', 'tr', '--baseline', 'cro-baseline.json'], { cwd: dir }).stderr).toBe('cro: kabul listesinde: 8 bulgu (cro-baseline.json; bunlar sayılmaz)\n');
  });
});
