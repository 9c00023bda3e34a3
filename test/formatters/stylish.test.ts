import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/formatters/stylish.js';
import { cleanReport, emptyReport, formatterOptions, mixedReport } from './fixtures.js';

/** The basics only: the coverage table belongs to the rules and is tested with them. */
describe('stylish formatter', () => {
  it('names each file with problems and each finding with line:column, severity, message and rule', () => {
    const out = formatStylish(mixedReport(), formatterOptions());
    expect(out).toContain('plans/broken.yaml');
    expect(out).toMatch(/3:1 +error +a tab is used for indentation; YAML indents with spaces only +yaml-syntax/);
    expect(out).toMatch(/20:7 +warning +roles: end-user, procurement; key=value::done +stakeholder-needs/);
    expect(out).toContain('plans/northgate.yaml');
  });

  it('ends with a summary line that counts problems and files', () => {
    expect(formatStylish(mixedReport(), formatterOptions()).trimEnd().split('\n').at(-1)).toBe('✖ 10 problems (6 errors, 4 warnings) in 4 files');
    expect(formatStylish(cleanReport(), formatterOptions()).trimEnd().split('\n').at(-1)).toBe('✔ no problems in 1 file');
    expect(formatStylish(emptyReport(), formatterOptions()).trimEnd().split('\n').at(-1)).toBe('✔ no problems in 0 files');
  });
});
