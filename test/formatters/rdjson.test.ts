import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatRdjson, utf8Column } from '../../src/formatters/rdjson.js';
import { validateRdjson } from '../helpers/schemas.js';
import { cleanReport, emptyReport, fileReport, finding, formatterOptions, mixedReport, report } from './fixtures.js';

interface Diagnostic {
  message: string;
  location: { path: string; range: { start: { line: number; column: number } } };
  severity: string;
  code: { value: string };
}
interface Result {
  source: { name: string };
  diagnostics: Diagnostic[];
}

const rdjson = (...args: Parameters<typeof formatRdjson>): Result => JSON.parse(formatRdjson(...args)) as Result;

describe('rdjson formatter (reviewdog Diagnostic Format)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cro-rdjson-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("each report is accepted by reviewdog's DiagnosticResult schema", () => {
    for (const sample of [mixedReport(), cleanReport(), emptyReport()]) {
      expect(validateRdjson(JSON.parse(formatRdjson(sample, formatterOptions())))).toEqual({ valid: true, errors: [] });
    }
  });

  it('is tested by a validator that does reject broken results', () => {
    const good = rdjson(mixedReport(), formatterOptions());
    expect(validateRdjson({ ...good, diagnostics: [{ ...good.diagnostics[0]!, severity: 'warn' }] }).valid).toBe(false);
    expect(validateRdjson({ ...good, diagnostics: [{ ...good.diagnostics[0]!, location: { path: 'a', range: { start: { line: '1' } } } }] }).valid).toBe(false);
  });

  it('names cro as the source; each finding with its rule as code, ERROR or WARNING, path and start', () => {
    const result = rdjson(mixedReport(), formatterOptions());
    expect(result.source).toEqual({ name: 'cro' });
    const schema = result.diagnostics.find((d) => d.code.value === 'schema')!;
    expect(schema).toMatchObject({ severity: 'ERROR', location: { path: 'plans/northgate.yaml', range: { start: { line: 5, column: 9 } } } });
    expect(result.diagnostics.find((d) => d.code.value === 'okrs')!.severity).toBe('WARNING');
  });

  it('columns are counted in UTF-8 bytes of the line, as the format defines them', () => {
    // "Brückner" has one two-byte letter, "🚀" is two UTF-16 units and four bytes.
    writeFileSync(join(dir, 'plan.yaml'), 'cro: 1\n  - { name: Brückner 🚀, id: x }\n');
    const file = fileReport('plan.yaml', 'A', [finding({ rule: 'schema', message: 'm', line: 2, column: 30, path: 'stakeholders[0].id' })]);
    const [diagnostic] = rdjson(report([file]), formatterOptions({ cwd: dir })).diagnostics;
    const line = '  - { name: Brückner 🚀, id: x }';
    expect(line.indexOf('x }')).toBe(29);
    expect(diagnostic!.location.range.start).toEqual({ line: 2, column: Buffer.byteLength(line.slice(0, 29)) + 1 });
    expect(diagnostic!.location.range.start.column).toBe(33);
  });

  it('a plan that cannot be read again keeps the column as cro counts it', () => {
    const file = fileReport('gone.yaml', 'A', [finding({ rule: 'okrs', severity: 'warning', message: 'm', line: 3, column: 7 })]);
    expect(rdjson(report([file]), formatterOptions({ cwd: dir })).diagnostics[0]!.location.range.start).toEqual({ line: 3, column: 7 });
  });

  it('utf8Column: 1 plus the UTF-8 bytes before the column, for any line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(45), (line, offset) => {
        const column = Math.min(offset, line.length) + 1;
        expect(utf8Column(line, column)).toBe(new TextEncoder().encode(line.slice(0, column - 1)).length + 1);
        expect(utf8Column(line, column)).toBeGreaterThanOrEqual(column);
      }),
    );
  });

  it('an empty report has no diagnostics; the document is what JSON.stringify gives', () => {
    expect(rdjson(emptyReport(), formatterOptions())).toEqual({ source: { name: 'cro' }, diagnostics: [] });
    const text = formatRdjson(mixedReport(), formatterOptions());
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});
