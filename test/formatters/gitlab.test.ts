import { describe, expect, it } from 'vitest';
import { formatGitlab } from '../../src/formatters/gitlab.js';
import { validateGitlab } from '../helpers/schemas.js';
import { cleanReport, emptyReport, fileReport, finding, formatterOptions, mixedReport, report } from './fixtures.js';

interface Issue {
  type: string;
  check_name: string;
  description: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const issues = (...args: Parameters<typeof formatGitlab>): Issue[] => JSON.parse(formatGitlab(...args)) as Issue[];

describe('gitlab formatter (GitLab Code Quality)', () => {
  it('each report is accepted by the schema GitLab validates issues with', async () => {
    for (const sample of [mixedReport(), cleanReport(), emptyReport()]) {
      expect(await validateGitlab(JSON.parse(formatGitlab(sample, formatterOptions())))).toEqual({ valid: true, errors: [] });
    }
  });

  it('is tested by a validator that does reject broken reports', async () => {
    const good = issues(mixedReport(), formatterOptions());
    expect((await validateGitlab({ issues: good })).valid).toBe(false);
    const { fingerprint: _, ...noPrint } = good[0]!;
    expect((await validateGitlab([noPrint])).valid).toBe(false);
    expect((await validateGitlab([{ ...good[0]!, severity: 'error' }])).valid).toBe(false);
    expect((await validateGitlab([{ ...good[0]!, location: { path: 'a', lines: { begin: '3' } } }])).valid).toBe(false);
  });

  it('one issue per finding: rule, message, major for errors and minor for warnings, path and line', () => {
    const all = issues(mixedReport(), formatterOptions());
    expect(all).toHaveLength(mixedReport().files.reduce((n, file) => n + file.findings.length, 0));
    const okrs = all.find((issue) => issue.check_name === 'okrs')!;
    expect(okrs).toMatchObject({ type: 'issue', severity: 'minor', location: { path: 'plans/acme,inc: "east" #1.yaml', lines: { begin: 1 } } });
    const schema = all.find((issue) => issue.check_name === 'schema')!;
    expect(schema).toMatchObject({ severity: 'major', location: { path: 'plans/northgate.yaml', lines: { begin: 5 } } });
    expect(schema.description).toContain('must be text');
  });

  it('fingerprints are unique and come from (file, rule, subject): a moved line or a new message keeps them', () => {
    const all = issues(mixedReport(), formatterOptions());
    expect(new Set(all.map((issue) => issue.fingerprint)).size).toBe(all.length);
    for (const issue of all) expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const before = fileReport('plans/a.yaml', 'A', [finding({ rule: 'stale-contact', severity: 'warning', message: 'no contact for 91 days', line: 10, column: 5, subject: 'stakeholder:maria' })]);
    const after = fileReport('plans/a.yaml', 'A', [finding({ rule: 'stale-contact', severity: 'warning', message: 'no contact for 92 days', line: 30, column: 3, subject: 'stakeholder:maria' })]);
    const other = fileReport('plans/a.yaml', 'A', [finding({ rule: 'stale-contact', severity: 'warning', message: 'no contact for 91 days', line: 10, column: 5, subject: 'stakeholder:tom' })]);
    const print = (file: ReturnType<typeof fileReport>) => issues(report([file]), formatterOptions())[0]!.fingerprint;
    expect(print(after)).toBe(print(before));
    expect(print(other)).not.toBe(print(before));
  });

  it('an empty report is an empty array', () => {
    expect(formatGitlab(emptyReport(), formatterOptions())).toBe('[]\n');
    expect(formatGitlab(cleanReport(), formatterOptions())).toBe('[]\n');
  });

  it('is byte for byte what JSON.stringify gives, hostile text included', () => {
    const text = formatGitlab(mixedReport(), formatterOptions());
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});
