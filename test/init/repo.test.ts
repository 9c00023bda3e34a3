import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

/* `cro init --repo`, end to end with the built binary. */

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const FILES = ['.github/workflows/cro.yml', '.gitignore', 'README.md', 'cro.config.yaml', 'plans/.gitkeep', 'schema/plan.schema.json'];
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const hasCommand = (name: string) => runCli(['--help']).stdout.includes(`  ${name} `);

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe('cro init --repo', () => {
  it('scaffolds a plans repository', () => {
    const dir = tempTree();
    const result = runCli(['init', '--repo', 'revenue-plans'], { cwd: dir });
    expect(result.code).toBe(0);
    const root = join(dir, 'revenue-plans');
    expect(listFiles(root)).toEqual(FILES);
    for (const file of FILES) expect(result.stdout).toContain(`created revenue-plans/${file}`);
    expect(result.stdout).toContain('private');
  });

  it('writes the schema exactly as `cro schema` prints it', () => {
    const dir = tempTree();
    runCli(['init', '--repo'], { cwd: dir });
    expect(read(dir, 'schema/plan.schema.json')).toBe(runCli(['schema']).stdout);
  });

  it('writes a config cro accepts, and a new repository passes its own check', () => {
    const dir = tempTree();
    runCli(['init', '--repo', '--currency', 'eur', '--max-months', '18'], { cwd: dir });
    const config = loadConfig(undefined, dir);
    expect(config.data).toMatchObject({ plans: 'plans', currency: 'EUR', breakeven: { horizon: 120, maxMonths: 18 } });
    expect(config.data.criticalRoles).toEqual(['end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor']);
    expect(read(dir, 'cro.config.yaml')).toMatch(/^# rules:\n#   stale-contact/m);
    const check = runCli(['check', '--format', 'github'], { cwd: dir });
    expect(check.code).toBe(0);
  });

  it('writes a workflow that parses, installs cro from one variable at the top, and runs the check and the gate', () => {
    const dir = tempTree();
    runCli(['init', '--repo', '--max-months', '18'], { cwd: dir });
    const text = read(dir, '.github/workflows/cro.yml');
    const workflow = parse(text, { version: '1.2' }) as {
      env: Record<string, string>;
      on: Record<string, unknown>;
      jobs: Record<string, { steps: Array<{ run?: string; uses?: string }> }>;
    };
    // No default: a package called "cro" on the public registry would be a stranger's.
    expect(workflow.env.CRO_PACKAGE).toBe('');
    expect(workflow.env.CRO_MAX_MONTHS).toBe('18');
    expect(text.indexOf('CRO_PACKAGE:')).toBeLessThan(text.indexOf('jobs:'));
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run ?? s.uses ?? ''));
    expect(runs).toEqual(expect.arrayContaining(['cro breakeven --max-months "$CRO_MAX_MONTHS"']));
    expect(runs.some((run) => run.includes('cro check --format github'))).toBe(true);
    const install = runs.find((run) => run.includes('npm install --global "$CRO_PACKAGE"'));
    expect(install).toMatch(/if \[ -z "\$CRO_PACKAGE" \]/);
    expect(install).toContain(`cro-${VERSION}.tgz`);
  });

  it('on a pull request, writes what it changes (cro diff of base...head) to the job summary, from the whole history', () => {
    for (const lang of ['en', 'tr']) {
      const dir = tempTree();
      runCli(['init', '--repo', '--example', '--lang', lang], { cwd: dir });
      const workflow = parse(read(dir, '.github/workflows/cro.yml'), { version: '1.2' }) as { jobs: Record<string, { steps: Array<{ run?: string; uses?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }> }> };
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))!.with).toEqual({ 'fetch-depth': 0 });
      const step = steps.find((s) => s.run?.includes('cro diff'))!;
      expect(step.if).toMatch(/^github\.event_name == 'pull_request'/);
      expect(step.env).toEqual({ BASE_SHA: '${{ github.event.pull_request.base.sha }}', HEAD_SHA: '${{ github.event.pull_request.head.sha }}' });
      // Its script, as GitHub runs it (bash -e), in the repository with one pull request's commits.
      const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@a', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@a' };
      const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8' }).stdout.trim();
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-q', '-m', 'plans');
      const base = git('rev-parse', 'HEAD');
      const plan = readdirSync(join(dir, 'plans')).find((name) => name.endsWith('.yaml'))!;
      writeFileSync(join(dir, 'plans', plan), read(dir, `plans/${plan}`).replace(/^(\s+)stance: \w+$/m, '$1stance: detractor'));
      git('commit', '-q', '-am', 'a stance moves');
      const head = git('rev-parse', 'HEAD');
      const bin = tempTree({ cro: `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/cro.js')}" "$@"\n` });
      spawnSync('chmod', ['+x', join(bin, 'cro')]);
      const summary = join(tempTree(), 'summary.md');
      const result = spawnSync('bash', ['-e', '-c', step.run!], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITHUB_STEP_SUMMARY: summary, BASE_SHA: base, HEAD_SHA: head, CI: 'true' } });
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(summary, 'utf8')).toMatch(lang === 'en' ? /^## Account plan changes\n\n\*\*1 account changed/ : /^## Müşteri planlarındaki değişiklikler\n\n\*\*1 müşteride değişiklik var/);
    }
  });

  it('the check step annotates, writes the whole report to the job summary, and keeps the exit code', () => {
    const dir = tempTree();
    runCli(['init', '--repo', '--example'], { cwd: dir });
    const workflow = parse(read(dir, '.github/workflows/cro.yml'), { version: '1.2' }) as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
    const step = Object.values(workflow.jobs).flatMap((job) => job.steps).find((s) => s.run?.includes('cro check --format github'))!;
    // GitHub runs a step's script with `bash -e`; `cro` on PATH is this build.
    const bin = tempTree({ cro: `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/cro.js')}" "$@"\n` });
    spawnSync('chmod', ['+x', join(bin, 'cro')]);
    const run = (extra: string) => {
      const summary = join(tempTree(), 'summary.md');
      const result = spawnSync('bash', ['-e', '-c', `${extra}\n${step.run!}`], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITHUB_STEP_SUMMARY: summary, CI: 'true' } });
      return { code: result.status, stdout: result.stdout, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
    };
    const passing = run('');
    expect(passing.code).toBe(0);
    expect(passing.summary).toMatch(/^## ✅ cro check/);
    // A plan with an error: the step fails, and the summary still has the report.
    writeFileSync(join(dir, 'plans/broken.yaml'), 'cro: 1\naccount: {}\n');
    const failing = run('');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('::error file=plans/broken.yaml');
    expect(failing.summary).toMatch(/^## ❌ cro check/);
  });

  it('writes a README for non-engineers that recommends a private repository', () => {
    const dir = tempTree();
    runCli(['init', '--repo'], { cwd: dir });
    const readme = read(dir, 'README.md');
    expect(readme).toContain('Keep this repository private');
    expect(readme).toContain('personal data');
    expect(readme).toMatch(/## Add a plan/);
    expect(readme).toMatch(/## What the check looks for/);
    expect(readme).toMatch(/## Reading a failing check/);
    expect(readme).toContain('24 months');
    expect(readme).not.toContain('{{');
  });

  it('refuses to write over its files without --force, and never deletes anything', () => {
    const dir = tempTree();
    runCli(['init', '--repo'], { cwd: dir });
    writeFileSync(join(dir, 'README.md'), 'our own readme\n');
    writeFileSync(join(dir, 'plans/acme.yaml'), 'cro: 1\naccount: { name: Acme }\n');
    const refused = runCli(['init', '--repo'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^cro: \. already has cro\.config\.yaml, plans\/\.gitkeep, .*README\.md; nothing was written \(use --force/);
    expect(read(dir, 'README.md')).toBe('our own readme\n');
    const forced = runCli(['init', '--repo', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(read(dir, 'README.md')).toContain('# Account plans');
    expect(read(dir, 'plans/acme.yaml')).toBe('cro: 1\naccount: { name: Acme }\n');
  });

  it('writes into a folder that has other files', () => {
    const dir = tempTree({ 'notes.txt': 'keep' });
    expect(runCli(['init', '--repo'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'notes.txt')).toBe('keep');
  });

  it('is a usage error with an account name, or over a file', () => {
    const dir = tempTree({ file: 'x' });
    expect(runCli(['init', 'Acme', '--repo'], { cwd: dir }).code).toBe(2);
    expect(runCli(['init', '--repo', 'file'], { cwd: dir }).code).toBe(2);
    expect(runCli(['init', '--repo', 'x', '--max-months', 'soon'], { cwd: dir }).code).toBe(2);
  });

  it('--example adds a complete plan that passes the check and the gate', () => {
    const dir = tempTree();
    expect(runCli(['init', '--repo', '--example'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'plans/.gitkeep'))).toBe(false);
    const plan = read(dir, 'plans/acme-logistics-example.yaml');
    expect(plan.startsWith('# yaml-language-server: $schema=../schema/plan.schema.json\n')).toBe(true);
    const check = runCli(['check'], { cwd: dir });
    expect(check.stdout).toContain('no problems');
    expect(check.code).toBe(0);
    if (hasCommand('breakeven')) expect(runCli(['breakeven', '--max-months', '24'], { cwd: dir }).code).toBe(0);
  });

  it('--lang tr writes the README and the example in Turkish', () => {
    const dir = tempTree();
    expect(runCli(['init', '--repo', '--example', '--lang', 'tr'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'plans/acme-logistics-example.yaml')).toContain('Trust Enablement müşteri planı');
    const readme = read(dir, 'README.md');
    expect(readme).toContain('Bu depoyu gizli (private) tutun');
    expect(readme).toContain('24 ay');
    expect(readme).not.toContain('{{');
  });

  it('a plan made inside the repository goes to plans/ and points at the repository\'s schema', () => {
    const dir = tempTree();
    runCli(['init', '--repo'], { cwd: dir });
    const result = runCli(['init', 'Acme Logistics'], { cwd: join(dir, 'schema') });
    expect(result.code).toBe(0);
    expect(read(dir, 'plans/acme-logistics.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/plan.schema.json');
    const deeper = runCli(['init', 'Beta', '--dir', 'plans/emea'], { cwd: dir });
    expect(deeper.code).toBe(0);
    expect(read(dir, 'plans/emea/beta.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/plan.schema.json');
  });
});
