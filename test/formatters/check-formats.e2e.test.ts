import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { validateJunit, validateSarif } from '../helpers/schemas.js';

/**
 * `cro check --format …` end to end, through the built binary (`npm run build` first):
 * a folder with a valid plan, an invalid one and one that is not YAML, and a folder
 * without plans. Exact findings belong to the rules' tests; here what matters is that
 * every document is valid and the exit codes follow SPEC §4.
 */
const AS_OF = ['--as-of', '2026-11-27'];
let dir: string;

beforeAll(() => {
  dir = tempTree({
    'plans/copper-kettle.yaml': readFileSync(join(ROOT, 'examples/plans/copper-kettle-coffee.yaml')),
    'plans/acme, inc: east.yaml': 'cro: 1\naccount:\n  name: "Acme & <Sons> \\"Ltd\\""\nstakeholders:\n  - id: 2024\n    name: Maria\n    group: renew\n',
    'plans/tabbed.yaml': 'cro: 1\naccount:\n\tname: Tabbed\n',
    'plans/not-a-plan.yaml': 'title: just some YAML\n',
    'empty/.gitkeep': '',
  });
});

const check = (...args: string[]) => runCli(['check', ...args, ...AS_OF], { cwd: dir });

describe('cro check --format github', () => {
  it('annotates each finding on one line and exits 1 on errors', () => {
    const result = check('plans', '--format', 'github');
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain('::error file=plans/tabbed.yaml,line=3,col=1,title=yaml-syntax::a tab is used for indentation; YAML indents with spaces only');
    expect(lines.some((l) => l.startsWith('::error file=plans/acme%2C inc%3A east.yaml,line=5,col=9,title=schema::'))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^:,]+,line=\d+,col=\d+,title=[a-z-]+::/);
    expect(result.stdout).not.toContain('not-a-plan');
  });

  it('prints nothing for a folder without plans, and exits 0', () => {
    const result = check('empty', '--format', 'github');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/no plans found/);
  });
});

describe('cro check --format junit', () => {
  it('writes JUnit XML valid against the Jenkins xUnit schema, one suite per plan file', async () => {
    const result = check('plans', '--format', 'junit');
    expect(result.code).toBe(1);
    expect(await validateJunit(result.stdout)).toEqual({ valid: true, errors: [] });
    const suites = [...result.stdout.matchAll(/<testsuite name="([^"]*)"/g)].map((m) => m[1]);
    expect(suites).toEqual(['plans/acme, inc: east.yaml', 'plans/copper-kettle.yaml', 'plans/tabbed.yaml']);
    expect(result.stdout).toContain('<property name="account" value="Acme &amp; &lt;Sons&gt; &quot;Ltd&quot;"/>');
  });

  it('writes an empty <testsuites> for a folder without plans, and exits 0', async () => {
    const result = check('empty', '--format', 'junit');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<testsuites name="cro check" tests="0" failures="0" errors="0" time="0"/>');
    expect(await validateJunit(result.stdout)).toEqual({ valid: true, errors: [] });
  });
});

describe('cro check --format sarif', () => {
  it('writes SARIF valid against the OASIS 2.1.0 schema, describing every rule', () => {
    const result = check('plans', '--format', 'sarif');
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(validateSarif(log)).toEqual({ valid: true, errors: [] });
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['schema', 'yaml-syntax']));
    const schemaResult = run.results.find((r) => r.ruleId === 'schema')!;
    expect(schemaResult.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plans/acme%2C%20inc%3A%20east.yaml');
  });

  it('writes a run without results for a folder without plans, and exits 0', () => {
    const result = check('empty', '--format', 'sarif');
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: unknown[] }> };
    expect(validateSarif(log)).toEqual({ valid: true, errors: [] });
    expect(log.runs[0]!.results).toEqual([]);
  });
});

describe('cro check --format markdown', () => {
  it('writes a pull-request comment with the verdict and a table per file', () => {
    const result = check('plans', '--format', 'markdown');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^## ❌ cro check: \d+ errors? .*in \d+ of 3 files\n/);
    expect(result.stdout).toContain('| 3:1 | ❌ error | `yaml-syntax` | a tab is used for indentation; YAML indents with spaces only |');
    expect(result.stdout).toContain('### `plans/acme, inc: east.yaml` · Acme \\& \\<Sons\\> "Ltd"');
  });

  it('says no plans were found for a folder without plans, and exits 0', () => {
    const result = check('empty', '--format', 'markdown');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No plans found');
  });
});

describe('cro check --output', () => {
  it.each([
    ['junit', 'report.xml'],
    ['sarif', 'cro.sarif'],
    ['github', 'annotations.txt'],
    ['markdown', 'comment.md'],
    ['json', 'report.json'],
  ])('--format %s writes the document to the file, not stdout', async (format, file) => {
    const result = check('plans', '--format', format, '--output', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const written = readFileSync(join(dir, file), 'utf8');
    expect(written).toBe(check('plans', '--format', format).stdout);
    if (format === 'junit') expect(await validateJunit(written)).toEqual({ valid: true, errors: [] });
    if (format === 'sarif') expect(validateSarif(JSON.parse(written))).toEqual({ valid: true, errors: [] });
  });

  it('writes the empty document for a folder without plans', async () => {
    const result = check('empty', '--format', 'junit', '--output', 'empty.xml');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(await validateJunit(readFileSync(join(dir, 'empty.xml'), 'utf8'))).toEqual({ valid: true, errors: [] });
  });

  it('writes no colour codes into the file, even when colour is forced', () => {
    const forced = runCli(['check', 'plans', '--format', 'markdown', '--output', 'forced.md', ...AS_OF], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.code).toBe(1);
    expect(readFileSync(join(dir, 'forced.md'), 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('is a usage error (exit 2) when the file cannot be written', () => {
    const result = check('plans', '--format', 'sarif', '--output', 'missing-folder/cro.sarif');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--output missing-folder\/cro\.sarif/);
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
    // A "folder" that is a file: one line naming the flag too, not an internal error.
    const underFile = check('plans', '--format', 'json', '--output', 'forced.md/cro.json');
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(/^cro: --output forced\.md\/cro\.json: cannot write the file: part of its path is a file, not a folder \(ENOTDIR\)\n$/);
  });
});
