import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layOutFindings } from '../../src/check/laid-out-report.js';
import { withoutWarnings } from '../../src/check/check-one.js';
import { formatJson } from '../../src/formatters/json.js';
import { Utf8Spool } from '../../src/util/utf8-spool.js';
import { fileReport, finding, formatterOptions, report, trickyFile } from '../formatters/fixtures.js';

const json = (r: ReturnType<typeof report>) => Buffer.concat([...formatJson(r, formatterOptions())].map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece))).toString('utf8');

describe('a report with its findings laid out as JSON', () => {
  it('writes the same JSON report, reads back the same findings, and still filters for --quiet', () => {
    const spool = new Utf8Spool({ chunkBytes: 256 });
    const files = [
      trickyFile,
      fileReport('plans/b.yaml', null, []),
      fileReport('plans/c.yaml', 'Çağla A.Ş.', [finding({ rule: 'role-backup', message: 'no backup', severity: 'warning', line: 3, column: 5, path: 'people[0]' })]),
    ];
    const laidOut = files.map((file) => layOutFindings(file, spool));
    expect(json(report(laidOut))).toBe(json(report(files)));
    expect(laidOut.map((file) => file.findings)).toEqual(files.map((file) => file.findings));
    expect(json(withoutWarnings(report(laidOut)))).toBe(json(withoutWarnings(report(files))));
    spool.close();
  });

  it('keeps only the findings of the file read last as objects', () => {
    const spool = new Utf8Spool({ chunkBytes: 256 });
    const [a, b] = [trickyFile, fileReport('plans/b.yaml', null, [finding({ rule: 'okrs', message: 'no OKRs', subject: 'plan' })])].map((file) => layOutFindings(file, spool));
    const first = a!.findings;
    expect(a!.findings).toBe(first); // read again in a row: not parsed again
    expect(b!.findings).toEqual([finding({ rule: 'okrs', message: 'no OKRs', subject: 'plan' })]);
    expect(a!.findings).not.toBe(first); // parsed afresh: the first array was let go
    expect(a!.findings).toEqual(first);
    spool.close();
  });

  it('holds the stylish coverage in the spool too, read back whole', () => {
    const spool = new Utf8Spool({ chunkBytes: 128 });
    const coverage = [
      { role: 'end-user', coveredBy: [{ person: { id: 'ayse', name: 'Ayşe Yılmaz', group: 'renew', roles: ['end-user'], stance: 'advocate' }, backup: { status: 'none' } }], notCovering: [] },
      { role: 'budget-owner', coveredBy: [], notCovering: [{ person: { id: 'tom', name: 'Tom', group: 'renew', roles: ['budget-owner'], stance: 'neutral' }, why: 'is neutral' }] },
    ] as unknown as NonNullable<ReturnType<typeof fileReport>['coverage']>;
    const laidOut = layOutFindings({ ...fileReport('plans/a.yaml', 'A', []), coverage }, spool);
    expect(laidOut.coverage).toEqual(coverage);
    expect(laidOut.coverage).not.toBe(coverage);
    expect(layOutFindings(fileReport('plans/b.yaml', 'B', []), spool).coverage).toBeUndefined();
    spool.close();
  });

  it('round-trips any findings, lone surrogates included', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    const findingArb = fc.record({ rule: text, message: text, path: text, subject: text, severity: fc.constantFrom('error' as const, 'warning' as const), line: fc.nat(), column: fc.nat() });
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 5 }), (findings) => {
        const plain = fileReport('plans/a.yaml', null, findings.map((x) => finding(x)));
        const spool = new Utf8Spool({ chunkBytes: 64 });
        const laidOut = layOutFindings(plain, spool);
        expect(laidOut.findings).toEqual(plain.findings);
        expect(json(report([laidOut]))).toBe(json(report([plain])));
        spool.close();
      }),
      { numRuns: 300 },
    );
  });
});
