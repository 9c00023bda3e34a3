import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/check-one.js';
import { bytes, MINIMAL_PLAN } from '../helpers/plans.js';

const context = { asOf: '2026-11-27', criticalRoles: [], horizon: 120 };

describe('checkFiles', () => {
  it('turns a read error into a finding and goes on with the next file', () => {
    const report = checkFiles(
      [
        { absolute: '/x/locked.yaml', display: 'locked.yaml', explicit: false },
        { absolute: '/x/ok.yaml', display: 'ok.yaml', explicit: false },
      ],
      {
        rules: [],
        context,
        read: (file) => (file.endsWith('locked.yaml') ? { ok: false, message: 'cannot read the file: permission denied; check its permissions' } : { ok: true, bytes: bytes(MINIMAL_PLAN) }),
      },
    );
    expect(report.files.map((f) => [f.file, f.errors])).toEqual([['locked.yaml', 1], ['ok.yaml', 0]]);
    expect(report.files[0]!.findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 1, message: expect.stringMatching(/permission denied/) });
    expect(report.summary).toEqual({ files: 2, plans: 1, errors: 1, warnings: 0 });
  });

  it('sorts findings by position', () => {
    const report = checkFiles([{ absolute: '/p.yaml', display: 'p.yaml', explicit: true }], {
      rules: [],
      context,
      read: () => ({ ok: true, bytes: bytes('cro: 1\naccount:\n  name: A\n  zz: 1\n  aa: 2\n') }),
    });
    expect(report.files[0]!.findings.map((f) => f.line)).toEqual([4, 5]);
  });
});
