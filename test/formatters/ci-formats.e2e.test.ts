import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { validateCheckstyle, validateGitlab, validateRdjson } from '../helpers/schemas.js';

/**
 * The formats of SPEC §13 end to end, through the built binary (`npm run build` first):
 * every document accepted by its consumer's schema, on valid, invalid and broken plans,
 * and the exit codes of SPEC §4.
 */
const AS_OF = ['--as-of', '2026-11-27'];
let dir: string;

beforeAll(() => {
  dir = tempTree({
    'plans/copper-kettle.yaml': readFileSync(join(ROOT, 'examples/plans/copper-kettle-coffee.yaml')),
    'plans/acme, inc: east.yaml': 'cro: 1\naccount:\n  name: "Acme & <Sons> \\"Ltd\\""\nstakeholders:\n  - id: 2024\n    name: Maria\n    group: renew\n',
    'plans/tabbed.yaml': 'cro: 1\naccount:\n\tname: Tabbed\n',
    'plans/brückner.yaml': 'cro: 1\naccount: { name: Brückner Antriebstechnik, segment: 🚀, renewalDate: 2026-01-01 }\n',
    'empty/.gitkeep': '',
  });
});

const check = (...args: string[]) => runCli(['check', ...args, ...AS_OF], { cwd: dir });

describe('cro check --format gitlab', () => {
  it('is a Code Quality report GitLab accepts, and exits 1 on errors', async () => {
    const result = check('plans', '--format', 'gitlab');
    expect(result.code).toBe(1);
    const issues = JSON.parse(result.stdout) as Array<{ check_name: string; severity: string; location: { path: string } }>;
    expect(await validateGitlab(issues)).toEqual({ valid: true, errors: [] });
    expect(issues.some((issue) => issue.check_name === 'yaml-syntax' && issue.location.path === 'plans/tabbed.yaml' && issue.severity === 'major')).toBe(true);
    expect(issues.some((issue) => issue.severity === 'minor')).toBe(true);
  });

  it('an empty folder: an empty array, exit 0', async () => {
    const result = check('empty', '--format', 'gitlab');
    expect(result).toMatchObject({ code: 0, stdout: '[]\n' });
    expect(await validateGitlab(JSON.parse(result.stdout))).toEqual({ valid: true, errors: [] });
  });
});

describe('cro check --format rdjson', () => {
  it("is a DiagnosticResult reviewdog's schema accepts, with UTF-8 byte columns", () => {
    const result = check('plans', '--format', 'rdjson');
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout) as { diagnostics: Array<{ code: { value: string }; location: { path: string; range: { start: { line: number; column: number } } } }> };
    expect(validateRdjson(document)).toEqual({ valid: true, errors: [] });
    const renewal = document.diagnostics.find((d) => d.code.value === 'renewal-date' && d.location.path === 'plans/brückner.yaml')!;
    const line = 'account: { name: Brückner Antriebstechnik, segment: 🚀, renewalDate: 2026-01-01 }';
    expect(renewal.location.range.start).toEqual({ line: 2, column: Buffer.byteLength(line.slice(0, line.indexOf('2026-01-01'))) + 1 });
  });

  it('an empty folder: no diagnostics, exit 0', () => {
    const result = check('empty', '--format', 'rdjson');
    expect(result.code).toBe(0);
    expect(validateRdjson(JSON.parse(result.stdout))).toEqual({ valid: true, errors: [] });
  });
});

describe('cro check --format checkstyle', () => {
  it('is Checkstyle XML valid against the Checkstyle 4.4 XSD, each plan a <file>', async () => {
    const result = check('plans', '--format', 'checkstyle');
    expect(result.code).toBe(1);
    expect(await validateCheckstyle(result.stdout)).toEqual({ valid: true, errors: [] });
    expect(result.stdout).toContain('<file name="plans/copper-kettle.yaml"');
    expect(result.stdout).toContain('source="cro.yaml-syntax"');
  });

  it('--output writes the same document to a file', () => {
    const result = check('plans', '--format', 'checkstyle', '--output', 'cro-checkstyle.xml');
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(readFileSync(join(dir, 'cro-checkstyle.xml'), 'utf8')).toBe(check('plans', '--format', 'checkstyle').stdout);
  });
});
