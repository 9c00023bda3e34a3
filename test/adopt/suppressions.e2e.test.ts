import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { validateSarif } from '../helpers/schemas.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';

/**
 * `# cro-ignore` end to end (SPEC §12), through the built binary (`npm run build` first):
 * each form, each way one goes wrong, what counts for the exit code, and what the JSON
 * and SARIF reports say of suppressed findings.
 */
const AS_OF = '2026-11-27';

/** A plan whose only gaps are the ones a test names: every other rule is satisfied. */
function plan(lines: { head?: string[]; account?: string; maria?: string[]; tail?: string[] } = {}): string {
  return [
    ...(lines.head ?? []),
    'cro: 1',
    lines.account ?? 'account: { name: Acme Logistics, renewalDate: 2027-06-01 }',
    'team:',
    '  - { name: Jane, function: sales }',
    '  - { name: Ece, function: marketing }',
    '  - { name: Ali, function: customer-success }',
    'messages: { renew: Proof of outcomes, newBuy: One vendor for freight }',
    'renewal: { requirements: [Cut dispatch time by 20%] }',
    'stakeholders:',
    ...(lines.maria ?? []),
    '  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, referrer: true, backup: tom, lastContact: 2026-01-02, roles: [end-user, administrator, procurement, budget-owner, executive-sponsor], needs: { see: a, hear: b, know: c } }',
    '  - { id: tom, name: Tom Reed, group: renew, stance: supporter, backup: maria, lastContact: 2026-11-01, roles: [end-user, administrator, procurement, budget-owner, executive-sponsor], needs: { see: a, hear: b, know: c } }',
    '  - { id: lena, name: Lena Graf, group: new-buy, lastContact: 2026-11-01 }',
    'newBuy: [{ unit: Finance, contacts: [lena], heroes: [maria] }]',
    'okrs: [{ objective: Reference customer, keyResults: [Two case studies] }]',
    'economics: { acquisitionCost: 1000, monthlyRevenue: 1000 }',
    ...(lines.tail ?? []),
    '',
  ].join('\n');
}

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  line: number;
  subject: string;
  reason?: string;
  until?: string;
}
interface JsonReport {
  summary: { errors: number; warnings: number };
  files: Array<{ file: string; errors: number; warnings: number; findings: JsonFinding[]; suppressed?: JsonFinding[] }>;
}

function check(text: string, ...args: string[]) {
  const dir = tempTree({ 'plans/acme.yaml': text });
  const result = runCli(['check', 'plans', '--as-of', AS_OF, '--format', 'json', ...args], { cwd: dir });
  return { ...result, dir, json: JSON.parse(result.stdout) as JsonReport };
}

describe('cro check with # cro-ignore', () => {
  it('the plan without a comment: one stale-contact warning on Maria (the baseline of these tests)', () => {
    const { json, code } = check(plan());
    expect(code).toBe(0);
    expect(json.files[0]!.findings.map((f) => `${f.rule} ${f.subject}`)).toEqual(['stale-contact stakeholder:maria']);
    expect(json.files[0]).not.toHaveProperty('suppressed');
  });

  it('on the line before a node: its finding is set aside, listed under "suppressed" with the reason, and no longer counted', () => {
    const { json, code } = check(plan({ maria: ['  # cro-ignore stale-contact -- on parental leave until 2027-01-31'] }));
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(json.files[0]!.findings).toEqual([]);
    expect(json.files[0]!.suppressed).toEqual([
      expect.objectContaining({ rule: 'stale-contact', subject: 'stakeholder:maria', reason: 'on parental leave', until: '2027-01-31', line: 11 }),
    ]);
  });

  it('at the end of the node’s line, and for an error: the exit code follows what is left', () => {
    const past = plan({ account: 'account: { name: Acme Logistics, renewalDate: 2026-06-01 }' });
    expect(check(past).code).toBe(1);
    const { json, code } = check(past.replace('2026-06-01 }', '2026-06-01 } # cro-ignore renewal-date -- renewal talks under way'));
    expect(code).toBe(0);
    expect(json.files[0]!.suppressed!.map((f) => `${f.rule}: ${f.reason}`)).toEqual(['renewal-date: renewal talks under way']);
  });

  it('several rules in one comment, and several comments stacked above one node', () => {
    const noNeeds = (text: string) => text.replace(', needs: { see: a, hear: b, know: c } }', ' }');
    const { json } = check(noNeeds(plan({ maria: ['  # cro-ignore stale-contact, stakeholder-needs -- handover in progress'] })));
    expect(json.files[0]!.suppressed!.map((f) => f.rule).sort()).toEqual(['stakeholder-needs', 'stale-contact']);
    const stacked = check(noNeeds(plan({ maria: ['  # cro-ignore stakeholder-needs -- handover', '  # cro-ignore stale-contact -- on leave'] })));
    expect(stacked.json.files[0]!.suppressed!.map((f) => f.rule).sort()).toEqual(['stakeholder-needs', 'stale-contact']);
    expect(stacked.json.files[0]!.findings).toEqual([]);
  });

  it('cro-ignore-file in the first comment block covers the whole file', () => {
    const { json, code } = check(plan({ head: ['# yaml-language-server: $schema=../plan.schema.json', '# cro-ignore-file stale-contact -- contacts are tracked in the CRM'] }));
    expect(code).toBe(0);
    expect(json.files[0]!.suppressed!.map((f) => f.rule)).toEqual(['stale-contact']);
  });

  it('a reason is required: without one nothing is suppressed, and rule suppression says so', () => {
    const { json } = check(plan({ maria: ['  # cro-ignore stale-contact'] }));
    expect(json.files[0]!.findings.map((f) => `${f.rule} ${f.line}`)).toEqual(['suppression 10', 'stale-contact 11']);
    expect(json.files[0]!.findings[0]!).toMatchObject({ severity: 'warning' });
    expect(json.files[0]!.findings[0]!.message).toContain('no reason');
    expect(check(plan({ maria: ['  # cro-ignore stale-contact --'] })).json.files[0]!.findings.map((f) => f.rule)).toEqual(['suppression', 'stale-contact']);
  });

  it('an unknown rule is a finding naming the nearest rule; the known rules of the comment still apply', () => {
    const { json } = check(plan({ maria: ['  # cro-ignore stale-contakt, stale-contact -- on leave'] }));
    expect(json.files[0]!.findings.map((f) => f.rule)).toEqual(['suppression']);
    expect(json.files[0]!.findings[0]!.message).toMatch(/unknown rule "stale-contakt" \(did you mean "stale-contact"\?\)/);
    expect(json.files[0]!.suppressed!.map((f) => f.rule)).toEqual(['stale-contact']);
  });

  it('after its until date (as --as-of sees it) the finding is back, with a finding that the comment expired', () => {
    const text = plan({ maria: ['  # cro-ignore stale-contact -- on leave until 2026-11-27'] });
    expect(check(text).json.files[0]!.findings).toEqual([]);
    const later = check(text, '--as-of', '2026-11-28');
    expect(later.json.files[0]!.findings.map((f) => f.rule)).toEqual(['suppression', 'stale-contact']);
    expect(later.json.files[0]!.findings[0]!.message).toContain('expired on 2026-11-27');
    expect(later.json.files[0]).not.toHaveProperty('suppressed');
    const badDate = check(plan({ maria: ['  # cro-ignore stale-contact -- on leave until 2026-02-30'] }));
    expect(badDate.json.files[0]!.findings.map((f) => f.rule)).toEqual(['suppression', 'stale-contact']);
  });

  it('a comment that suppresses nothing is unused — unless its rule is off', () => {
    const { json } = check(plan({ maria: ['  # cro-ignore stale-contact, okrs -- on leave'] }));
    expect(json.files[0]!.findings.map((f) => f.rule)).toEqual(['suppression']);
    expect(json.files[0]!.findings[0]!.message).toContain('of okrs suppresses nothing');
    expect(check(plan({ maria: ['  # cro-ignore stale-contact, okrs -- on leave'] }), '--rule', 'okrs=off').json.files[0]!.findings).toEqual([]);
  });

  it('cro-ignore-file below the first comment block, and a comment before a blank line, apply to nothing', () => {
    const { json } = check(plan({ tail: ['# cro-ignore-file stale-contact -- too late here'] }));
    expect(json.files[0]!.findings.map((f) => f.rule)).toEqual(['stale-contact', 'suppression']);
    expect(json.files[0]!.findings[1]!.message).toContain('first comment block');
    const blank = check(plan({ maria: ['  # cro-ignore stale-contact -- on leave', ''] }));
    expect(blank.json.files[0]!.findings.map((f) => f.rule)).toEqual(['suppression', 'stale-contact']);
  });

  it('--rule suppression=error makes its findings errors; =off silences them, and suppressions still apply', () => {
    const text = plan({ maria: ['  # cro-ignore stale-contact, okrs -- on leave'] });
    expect(check(text, '--rule', 'suppression=error')).toMatchObject({ code: 1 });
    const off = check(text, '--rule', 'suppression=off');
    expect(off.json.files[0]!.findings).toEqual([]);
    expect(off.json.files[0]!.suppressed!.map((f) => f.rule)).toEqual(['stale-contact']);
  });

  it('SARIF lists a suppressed finding with suppressions: [{ kind: inSource, justification }], valid against the OASIS schema', () => {
    const { dir } = check(plan({ maria: ['  # cro-ignore stale-contact -- on parental leave until 2027-01-31'] }));
    const result = runCli(['check', 'plans', '--as-of', AS_OF, '--format', 'sarif'], { cwd: dir });
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: unknown[] }> }> };
    expect(validateSarif(log)).toEqual({ valid: true, errors: [] });
    expect(log.runs[0]!.results).toEqual([
      expect.objectContaining({ ruleId: 'stale-contact', suppressions: [{ kind: 'inSource', justification: 'on parental leave', properties: { until: '2027-01-31' } }] }),
    ]);
  });

  it('the stylish, github and gitlab views leave suppressed findings out', () => {
    const { dir } = check(plan({ maria: ['  # cro-ignore stale-contact -- on leave'] }));
    for (const format of ['stylish', 'github', 'gitlab', 'checkstyle']) {
      const result = runCli(['check', 'plans', '--as-of', AS_OF, '--format', format], { cwd: dir });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain('stale-contact');
    }
  });

  it('with --cache: an until that passes between runs brings the finding back (the cache keys on --as-of), and an edited comment is read again', () => {
    const { dir } = check(plan({ maria: ['  # cro-ignore stale-contact -- on leave until 2026-11-27'] }));
    const run = (asOf: string) => JSON.parse(runCli(['check', 'plans', '--as-of', asOf, '--format', 'json', '--cache'], { cwd: dir }).stdout) as JsonReport;
    expect(run('2026-11-27').files[0]!.suppressed).toHaveLength(1);
    expect(run('2026-11-27').files[0]!.suppressed).toHaveLength(1);
    expect(run('2026-11-28').files[0]!.findings.map((f) => f.rule)).toEqual(['suppression', 'stale-contact']);
    const file = join(dir, 'plans/acme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('until 2026-11-27', 'until 2026-12-31 '));
    expect(run('2026-11-28').files[0]!.findings).toEqual([]);
    expect(run('2026-11-28').files[0]!.suppressed![0]).toMatchObject({ reason: 'on leave', until: '2026-12-31' });
  });

  it('in Turkish, every word of the suppression findings is the catalog’s', () => {
    const dir = tempTree({ 'plans/acme.yaml': plan({ maria: ['  # cro-ignore stale-contakt -- izinde', '  # cro-ignore okrs', '  # cro-ignore referrers -- x until 2026-01-01'], tail: ['# cro-ignore-file okrs -- geç'] }) });
    const result = runCli(['check', 'plans', '--as-of', AS_OF, '--lang', 'tr', '--rule', 'stale-contact=off'], { cwd: dir, env: { CRO_I18N_MARK: '1', NO_COLOR: '1' } });
    const lines = result.stdout.split('\n').filter((line) => line.includes('suppression'));
    expect(lines).toHaveLength(4);
    // What is data in them: the rule ids and dates the comments name, and the rule column.
    const data = ['suppression', 'stale-contakt', 'stale-contact', 'referrers', 'okrs', 'cro-ignore-file', 'cro-ignore', 'until', 'YYYY-MM-DD', 'cro rules', /\d{4}-\d{2}-\d{2}/, /\d+:\d+/, FLAGS];
    expect(unmarkedWords(lines.join('\n'), data)).toEqual([]);
  });
});
