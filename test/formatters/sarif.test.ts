import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SARIF_SCHEMA_URI, fileUri, formatSarif } from '../../src/formatters/sarif.js';
import { LOADER_RULES } from '../../src/formatters/rule-catalog.js';
import { allRules } from '../../src/rules/index.js';
import { validateSarif } from '../helpers/schemas.js';
import { TRICKY, cleanReport, emptyReport, fileReport, finding, formatterOptions, mixedReport, report, sampleRules, trickyFile } from './fixtures.js';

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    results: SarifResult[];
  }>;
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string; markdown: string };
  defaultConfiguration: { level: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } };
    logicalLocations?: Array<{ fullyQualifiedName: string }>;
  }>;
  partialFingerprints: Record<string, string>;
  fingerprints: Record<string, string>;
}

const sarif = (...args: Parameters<typeof formatSarif>): SarifLog => JSON.parse(formatSarif(...args)) as SarifLog;

describe('sarif formatter', () => {
  it('validates against the OASIS SARIF 2.1.0 schema', () => {
    for (const sample of [mixedReport(), cleanReport(), emptyReport()]) {
      expect(validateSarif(JSON.parse(formatSarif(sample, formatterOptions())))).toEqual({ valid: true, errors: [] });
      expect(validateSarif(JSON.parse(formatSarif(sample, formatterOptions({ rules: allRules.map((r) => r.meta) }))))).toEqual({ valid: true, errors: [] });
    }
  });

  it('is tested by a validator that does reject broken logs', () => {
    const log = sarif(mixedReport(), formatterOptions()) as unknown as Record<string, unknown>;
    expect(validateSarif({ ...log, version: '2.0.0' }).valid).toBe(false);
    const badLevel = structuredClone(log) as unknown as SarifLog;
    badLevel.runs[0]!.results[0]!.level = 'warn';
    expect(validateSarif(badLevel).valid).toBe(false);
    const badUri = structuredClone(log) as unknown as SarifLog;
    badUri.runs[0]!.tool.driver.informationUri = 'not a uri';
    expect(validateSarif(badUri).valid).toBe(false);
  });

  it('describes the tool and every rule: coverage rules, schema and yaml-syntax', () => {
    const { driver } = sarif(mixedReport(), formatterOptions()).runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'cro', version: '1.2.3' });
    // cro has no web site yet; a made-up address would send people nowhere.
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((r) => r.id)).toEqual(['role-backup', 'okrs', 'yaml-syntax', 'schema', 'stakeholder-needs', 'two-messages', 'stale-contact', 'referrers']);
    const roleBackup = driver.rules[0]!;
    expect(roleBackup).toMatchObject({
      shortDescription: { text: sampleRules[0]!.description },
      fullDescription: { text: sampleRules[0]!.docs.rationale },
      defaultConfiguration: { level: 'error' },
    });
    expect(roleBackup.help!.text).toContain(sampleRules[0]!.docs.rationale);
    expect(roleBackup.help!.markdown).toContain('```yaml\nstakeholders:\n  - { id: omar, name: Omar Shah, group: renew, roles: [procurement], stance: advocate }\n```');
    expect(roleBackup.help!.markdown).toMatch(/Failing:[\s\S]*Passing:/);
    expect(driver.rules[1]!.defaultConfiguration.level).toBe('warning');
    for (const id of ['schema', 'yaml-syntax']) {
      const rule = driver.rules.find((r) => r.id === id)!;
      const meta = LOADER_RULES.find((r) => r.id === id)!;
      expect(rule.shortDescription.text).toBe(meta.description);
      expect(rule.help!.markdown).toContain(meta.docs.failing.trimEnd());
      expect(rule.defaultConfiguration.level).toBe('error');
    }
  });

  it('lists every rule cro has, even when the report mentions none', () => {
    const rules = allRules.map((r) => r.meta);
    const ids = sarif(emptyReport(), formatterOptions({ rules })).runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...rules.map((r) => r.id), 'yaml-syntax', 'schema']);
  });

  it('writes one result per finding, with rule, level, message and location', () => {
    const log = sarif(mixedReport(), formatterOptions());
    const { results, tool } = log.runs[0]!;
    expect(results).toHaveLength(10);
    for (const result of results) expect(tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(results[0]).toMatchObject({
      ruleId: 'role-backup',
      level: 'error',
      message: { text: TRICKY.percent },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'plans/acme%2Cinc%3A%20%22east%22%20%231.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 14, startColumn: 5 },
          },
          logicalLocations: [{ fullyQualifiedName: 'stakeholders[0]' }],
        },
      ],
    });
    expect(results.map((r) => r.level)).toEqual(['error', 'error', 'error', 'warning', 'error', 'warning', 'warning', 'warning', 'error', 'error']);
    expect(results.map((r) => r.message.text)).toContain(TRICKY.controls);
    const syntax = results.find((r) => r.ruleId === 'yaml-syntax')!;
    expect(syntax.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plans/broken.yaml');
    expect(syntax.locations[0]!.logicalLocations).toBeUndefined();
  });

  it('gives file URIs that keep the whole path as a path and decode back to it', () => {
    for (const path of [trickyFile.file, 'plans/ü ö/100%.yaml', '../other/a?b#c.yaml']) {
      const uri = fileUri(path);
      const url = new URL(uri, 'file:///root/sub/');
      expect(url.search + url.hash).toBe('');
      expect(uri.split('/').map(decodeURIComponent).join('/')).toBe(path);
    }
    expect(fileUri('plans/a b#1?.yaml')).toBe('plans/a%20b%231%3F.yaml');
  });

  it('fingerprints a finding by (file, rule, subject) only: not by its message, line or column', () => {
    const results = (r: ReturnType<typeof report>) => sarif(r, formatterOptions()).runs[0]!.results;
    const prints = (r: ReturnType<typeof report>) => results(r).map((x) => x.partialFingerprints['croFindingHash/v2']!);
    const base = prints(mixedReport());
    expect(prints(mixedReport())).toEqual(base);
    expect(new Set(base).size).toBe(base.length);
    expect(base[0]).toMatch(/^[0-9a-f]{64}$/);
    for (const result of results(mixedReport())) expect(result.fingerprints).toEqual({ 'croFinding/v2': result.partialFingerprints['croFindingHash/v2'] });

    const file = (findings: typeof trickyFile.findings) => report([fileReport(trickyFile.file, trickyFile.account, findings)]);
    const own = base.slice(0, trickyFile.findings.length);
    // Day counts in messages change every day, lines move with edits above: the alert stays.
    expect(prints(file(trickyFile.findings.map((f) => ({ ...f, line: f.line + 3, column: f.column + 1 }))))).toEqual(own);
    expect(prints(file(trickyFile.findings.map((f) => ({ ...f, message: `${f.message} (1 day later)` }))))).toEqual(own);
    // Another subject, rule or file is another alert.
    expect(prints(file([{ ...trickyFile.findings[0]!, subject: 'stakeholder:someone-else' }]))[0]).not.toBe(base[0]);
    expect(prints(file([{ ...trickyFile.findings[0]!, rule: 'stale-contact' }]))[0]).not.toBe(base[0]);
    expect(prints(report([fileReport('plans/other.yaml', null, [{ ...trickyFile.findings[0]! }])]))[0]).not.toBe(base[0]);
  });

  it('gives two findings of one rule at one node (two roles uncovered at stakeholders) prints of their own', () => {
    const roles = ['administrator', 'procurement'].map((role) =>
      finding({ rule: 'critical-roles', message: `${role} is not covered`, line: 30, column: 3, path: 'stakeholders', subject: `role:${role}` }),
    );
    const [a, b] = sarif(report([fileReport('plans/harbor.yaml', 'Harbor', roles)]), formatterOptions()).runs[0]!.results;
    expect(a!.partialFingerprints).not.toEqual(b!.partialFingerprints);
  });

  it('adds a bare descriptor for a rule it does not know, so ruleIndex never dangles', () => {
    const odd = report([fileReport('p.yaml', null, [finding({ rule: 'custom-rule', severity: 'warning', message: 'x' })])]);
    const run = sarif(odd, formatterOptions({ rules: [] })).runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['yaml-syntax', 'schema', 'custom-rule']);
    expect(run.results[0]!.ruleIndex).toBe(2);
    expect(validateSarif(JSON.parse(formatSarif(odd, formatterOptions({ rules: [] })))).valid).toBe(true);
  });

  it('writes a run with no results for a folder without plans', () => {
    const log = sarif(emptyReport(), formatterOptions());
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('is laid out exactly as JSON.stringify(log, null, 2), though written result by result', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    const findingArb = fc.record({ rule: fc.oneof(fc.constantFrom('okrs', 'schema', 'role-backup'), text), message: text, path: text, subject: text, severity: fc.constantFrom('error' as const, 'warning' as const), line: fc.nat(), column: fc.nat() });
    const fileArb = fc.record({ file: text, account: fc.option(text, { nil: null }), findings: fc.array(findingArb, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 4 }), (files) => {
        const out = formatSarif(report(files.map((f) => fileReport(f.file, f.account, f.findings.map((x) => finding(x))))), formatterOptions());
        expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
        expect((JSON.parse(out) as SarifLog).runs[0]!.results).toHaveLength(files.reduce((n, f) => n + f.findings.length, 0));
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    expect(formatSarif(mixedReport(), formatterOptions())).toBe(formatSarif(mixedReport(), formatterOptions()));
  });
});

describe('sarif of cro check', () => {
  it('keeps every fingerprint from one day to the next, though messages count the days (the examples, a week apart)', async () => {
    const { ROOT, runCli } = await import('../helpers/cli.js');
    const { join } = await import('node:path');
    const run = (asOf: string) => {
      const result = runCli(['check', '--format', 'sarif', '--as-of', asOf], { cwd: join(ROOT, 'examples') });
      expect(result.code).toBe(1);
      const log = JSON.parse(result.stdout) as SarifLog;
      expect(validateSarif(log)).toEqual({ valid: true, errors: [] });
      return log.runs[0]!.results;
    };
    const before = run('2026-11-27');
    const after = run('2026-12-04');
    const prints = (results: SarifResult[]) => results.map((r) => r.partialFingerprints['croFindingHash/v2']!).sort();
    expect(before.length).toBeGreaterThan(20);
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(before)).size).toBe(before.length);
    expect(after.map((r) => r.fingerprints['croFinding/v2']).sort()).toEqual(prints(before));
    // The same alerts, reworded: the day counts moved.
    const messages = (results: SarifResult[]) => results.map((r) => r.message.text);
    expect(messages(after).filter((m) => !messages(before).includes(m)).length).toBeGreaterThanOrEqual(5);
  });
});
