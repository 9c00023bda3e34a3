import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CheckReport } from '../../src/check/check-one.js';
import { formatJson } from '../../src/formatters/json.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { cleanReport, emptyReport, formatterOptions, invalidPlanFile, report, trickyFile } from './fixtures.js';

describe('json formatter', () => {
  it('writes exactly the shape of SPEC §4', () => {
    const out = [...formatJson(report([invalidPlanFile]), formatterOptions())].join('');
    expect(JSON.parse(out)).toStrictEqual({
      version: 1,
      summary: { files: 1, plans: 0, errors: 1, warnings: 0 },
      files: [
        {
          file: 'plans/northgate.yaml',
          account: 'Northgate',
          errors: 1,
          warnings: 0,
          findings: [
            {
              rule: 'schema',
              severity: 'error',
              message: 'stakeholders[0].id: 2024 must be text; put it in quotes ("2024")',
              line: 5,
              column: 9,
              path: 'stakeholders[0].id',
              subject: 'stakeholders[0].id',
            },
          ],
        },
      ],
    });
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('never leaks the validated plan or other internals', () => {
    const parsed = JSON.parse([...formatJson(cleanReport(), formatterOptions())].join('')) as { files: Array<Record<string, unknown>> };
    expect(Object.keys(parsed.files[0]!)).toEqual(['file', 'account', 'errors', 'warnings', 'findings']);
  });

  it('keeps messages and file names intact, whatever they hold', () => {
    const parsed = JSON.parse([...formatJson(report([trickyFile]), formatterOptions())].join('')) as { files: Array<{ file: string; account: string; findings: Array<{ message: string }> }> };
    expect(parsed.files[0]!.file).toBe(trickyFile.file);
    expect(parsed.files[0]!.account).toBe(trickyFile.account);
    expect(parsed.files[0]!.findings.map((f) => f.message)).toEqual(trickyFile.findings.map((f) => f.message));
  });

  it('writes an empty file list for a folder without plans', () => {
    expect(JSON.parse([...formatJson(emptyReport(), formatterOptions())].join(''))).toStrictEqual({ version: 1, summary: { files: 0, plans: 0, errors: 0, warnings: 0 }, files: [] });
  });

  it('names files relative to the current folder, with / and no leading ./', () => {
    const dir = tempTree({ 'plans/team/broken.yaml': 'cro: 1\naccount:\n\tname: x\n', 'plans/bad.yaml': 'cro: 1\naccount: {}\n' });
    for (const path of ['./plans', 'plans/', `${dir}/plans`, './plans/team/../bad.yaml']) {
      const result = runCli(['check', path, '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir });
      const files = (JSON.parse(result.stdout) as { files: Array<{ file: string }> }).files.map((f) => f.file);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(file).toMatch(/^plans\/[a-z/]+\.yaml$/);
    }
  });
});

/** The document of SPEC §4 for a report, as JSON.stringify(document, null, 2) writes it. */
function stringified(r: CheckReport): string {
  const document = {
    version: 1,
    summary: r.summary,
    files: r.files.map(({ file, account, errors, warnings, findings }) => ({
      file,
      account,
      errors,
      warnings,
      findings: findings.map(({ rule, severity, message, line, column, path, subject }) => ({ rule, severity, message, line, column, path, subject })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

describe('json formatter output', () => {
  it('is written in pieces that join to exactly JSON.stringify(document, null, 2)', async () => {
    const { formatJson } = await import('../../src/formatters/json.js');
    const { report, fileReport, finding, TRICKY, formatterOptions: options } = await import('./fixtures.js');
    for (const files of [[], [fileReport('a.yaml', null, [])], [fileReport('a.yaml', 'A', [finding({ rule: 'x', message: TRICKY.lines })]), fileReport('b.yaml', 'B "q"', [finding({ rule: 'y', message: TRICKY.unicode, severity: 'warning' })])]]) {
      const r = report(files);
      const out = formatJson(r, options());
      const joined = [...out].join('');
      expect(joined).toBe(stringified(r));
    }
  });

  it('matches JSON.stringify(document, null, 2) for any file names, accounts, messages and counts', async () => {
    const { report, fileReport, finding } = await import('./fixtures.js');
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    const findingArb = fc.record({ rule: text, message: text, path: text, subject: text, severity: fc.constantFrom('error' as const, 'warning' as const), line: fc.nat(), column: fc.nat() });
    const fileArb = fc.record({ file: text, account: fc.option(text, { nil: null }), findings: fc.array(findingArb, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 4 }), (files) => {
        const r = report(files.map((f) => fileReport(f.file, f.account, f.findings.map((x) => finding(x)))));
        expect([...formatJson(r, formatterOptions())].join('')).toBe(stringified(r));
      }),
      { numRuns: 300 },
    );
  });
});
