import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize, type CheckReport, type FileReport } from '../../src/check/check-one.js';
import { findingsText } from '../../src/check/findings-encoding.js';
import { LaidOutFileReport } from '../../src/check/laid-out-report.js';
import { formatJson } from '../../src/formatters/json.js';
import type { SuppressedFinding } from '../../src/rules/suppression.js';
import { formatterOptions } from '../formatters/fixtures.js';

/*
 * A file's suppressed findings are laid out after its findings, in the bytes the JSON
 * report, the cache and the workers carry (check/findings-encoding.ts): the document is
 * still what JSON.stringify writes, and the bytes read back as the same two lists.
 */
const text = fc.string({ unit: 'binary', maxLength: 30 });
const finding = fc.record({ rule: text, message: text, path: text, subject: text, severity: fc.constantFrom('error' as const, 'warning' as const), line: fc.nat(), column: fc.nat() });
const suppressed = fc.record({
  rule: text, message: text, path: text, subject: text, severity: fc.constantFrom('error' as const, 'warning' as const), line: fc.nat(), column: fc.nat(), reason: text,
  until: fc.option(fc.constantFrom('2026-12-31', '2027-01-01'), { nil: undefined }),
}).map(({ until, ...rest }): SuppressedFinding => (until === undefined ? rest : { ...rest, until }));

function fileReport(file: string, findings: FileReport['findings'], hidden: SuppressedFinding[]): FileReport {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { file, account: null, findings, errors, warnings: findings.length - errors, checked: true, ...(hidden.length > 0 ? { suppressed: hidden } : {}) };
}

describe('suppressed findings in the laid-out bytes', () => {
  it('--format json is JSON.stringify of the document, "suppressed" after "findings" where there are some', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.array(finding, { maxLength: 3 }), fc.array(suppressed, { maxLength: 3 })), { maxLength: 3 }), (entries) => {
        const files = entries.map(([file, findings, hidden]) => fileReport(file, findings, hidden));
        const report: CheckReport = { files, summary: summarize(files) };
        const document = {
          version: 1,
          summary: report.summary,
          files: files.map(({ file, account, errors, warnings, findings, suppressed: hidden }) => ({
            file, account, errors, warnings,
            findings: findings.map(({ rule, severity, message, line, column, path, subject }) => ({ rule, severity, message, line, column, path, subject })),
            ...(hidden ? { suppressed: hidden.map(({ rule, severity, message, line, column, path, subject, reason, until }) => ({ rule, severity, message, line, column, path, subject, reason, ...(until === undefined ? {} : { until }) })) } : {}),
          })),
        };
        expect([...formatJson(report, formatterOptions())].join('')).toBe(`${JSON.stringify(document, null, 2)}\n`);
      }),
      { numRuns: 200 },
    );
  });

  it('read back from the bytes, both lists are as they were', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 4 }), fc.array(suppressed, { maxLength: 4 }), (findings, hidden) => {
        const bytes = Buffer.from(findingsText(findings, hidden));
        const laidOut = new LaidOutFileReport('a.yaml', { account: null, errors: 0, warnings: 0, checked: true, notAPlan: undefined, derived: undefined }, bytes);
        expect(laidOut.findings).toEqual(findings);
        expect(laidOut.suppressed).toEqual(hidden.length === 0 ? undefined : hidden);
        // The cache's check of a row: it still opens and closes as a list.
        expect([bytes[0], bytes[bytes.length - 1]]).toEqual([0x5b, 0x5d]);
      }),
      { numRuns: 200 },
    );
  });
});
