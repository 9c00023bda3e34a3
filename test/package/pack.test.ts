import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { cleanEnv, removeTempDirs, run, tempDir, type Run } from './package-env.js';

/*
 * The package as a user gets it: `npm pack`, installed from the tarball into an empty
 * prefix with no network and an empty npm cache, run from a folder that has nothing to do
 * with this checkout. A file missing from `files`, a runtime dependency left outside the
 * bundle, or a path resolved against the current folder fails here. (`npm test` has built
 * dist/; packing skips `prepare` so the test does not rebuild it under the other tests.)
 */

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
};

let work: string;
let tarball: string;
let packed: string[];
let env: NodeJS.ProcessEnv;
let cro: (args: string[], cwd: string) => Run;

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/cli.cjs')), 'run `npm run build` first').toBe(true);
  work = tempDir('cro-package-');
  const packOut = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT, cleanEnv(join(work, 'home')));
  expect(packOut.code, packOut.stderr).toBe(0);
  const [report] = JSON.parse(packOut.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, report!.filename);
  packed = report!.files.map((f) => f.path).sort();

  const prefix = join(work, 'prefix');
  env = cleanEnv(join(work, 'home'), [join(prefix, 'bin')]);
  const install = run('npm', ['install', '--global', '--prefix', prefix, '--offline', tarball], work, env);
  expect(install.code, install.stderr).toBe(0);
  // The command npm links, run the way a shell does (through its #! line), not via node.
  cro = (args, cwd) => run(join(prefix, 'bin', 'cro'), args, cwd, env);
}, 60_000);

afterAll(removeTempDirs);

describe('the tarball', () => {
  it('holds the built code, templates, the plan schema, README and licence', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'bin/cro.js', 'dist/cli.cjs', 'dist/worker.cjs', 'schema/plan.schema.json']) {
      expect(packed).toContain(file);
    }
    for (const file of ['templates/README.md', 'templates/trust-enablement.en.yaml', 'templates/trust-enablement.tr.yaml', 'templates/small-account.en.yaml']) {
      expect(packed).toContain(file);
    }
    for (const file of ['cro.config.yaml', 'workflow.yml', 'gitignore', 'README.md', 'README.tr.md']) expect(packed).toContain(`templates/repo/${file}`);
  });

  it('holds nothing a user cannot use: no sources, tests, examples, benchmarks, CI or maps', () => {
    const unwanted = packed.filter(
      (file) => /^(src|test|examples|bench|scripts|\.ci|\.github|node_modules|coverage)\//.test(file) || /\.map$|^tsconfig|^vitest|^action\.yml$|\.tgz$/.test(file),
    );
    expect(unwanted).toEqual([]);
    const topLevel = [...new Set(packed.map((file) => file.split('/')[0]))].sort();
    expect(topLevel).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'package.json', 'schema', 'templates']);
  });

  it('declares no dependencies: the libraries are bundled into dist/ at build time', () => {
    // A library added to `dependencies` would be downloaded by every install and never
    // used; one that the bundle really needs at run time fails the offline install above.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(existsSync(join(work, 'prefix/lib/node_modules/cro/node_modules'))).toBe(false);
  });
});

describe('installed globally from the tarball, run from an unrelated folder', () => {
  it('cro --version prints the package version, and --help lists the commands', () => {
    const away = tempDir('cro-away-');
    expect(cro(['--version'], away)).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = cro(['--help'], away);
    expect(help.code).toBe(0);
    for (const command of ['init', 'check', 'breakeven', 'schema', 'rules']) expect(help.stdout).toContain(`  ${command} `);
  });

  it('walks through the README: init --repo, init a plan, check, the break-even gate', () => {
    const home = tempDir('cro-user-');
    const repo = join(home, 'revenue-plans');

    const made = cro(['init', '--repo', 'revenue-plans'], home);
    expect(made.code, made.stderr).toBe(0);
    for (const file of ['cro.config.yaml', 'plans/.gitkeep', 'schema/plan.schema.json', '.github/workflows/cro.yml', '.gitignore', 'README.md']) {
      expect(existsSync(join(repo, file)), file).toBe(true);
    }
    // The schema comes from the package, whatever the current folder.
    expect(JSON.parse(readFileSync(join(repo, 'schema/plan.schema.json'), 'utf8'))).toEqual(JSON.parse(cro(['schema'], home).stdout));
    expect(readFileSync(join(repo, '.github/workflows/cro.yml'), 'utf8')).toContain('CRO_PACKAGE: ""');

    // A new plans repository passes its first CI run.
    expect(cro(['check'], repo)).toMatchObject({ code: 0 });

    const plan = cro(['init', 'Acme', '--yes'], repo);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('plans/acme.yaml');
    expect(readFileSync(join(repo, 'plans/acme.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/plan.schema.json');

    // The new plan is valid, and lists the gaps the method still asks to fill.
    const check = cro(['check', '--format', 'json'], repo);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { summary: { plans: number }; files: { file: string; findings: { rule: string }[] }[] };
    expect(report.summary.plans).toBe(1);
    expect(report.files[0]!.file).toBe('plans/acme.yaml');
    const rules = report.files[0]!.findings.map((f) => f.rule);
    expect(rules).toContain('critical-roles');
    expect(rules).not.toContain('schema');
    expect(cro(['check'], repo).stdout).toMatch(/plans\/acme\.yaml[\s\S]*critical-roles/);

    // The plan is kept current with one command per change, from the installed package (SPEC §7).
    const before = readFileSync(join(repo, 'plans/acme.yaml'), 'utf8');
    const added = cro(['stakeholder', 'add', 'acme', 'Maria Lopez; roles=executive-sponsor,budget-owner; stance=advocate'], repo);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Maria Lopez');
    const contacted = cro(['contact', 'acme', 'maria', '--on', '2026-11-02'], repo);
    expect(contacted.code, contacted.stderr).toBe(0);
    expect(cro(['set', 'acme', 'account.owner', 'Jane Doe'], repo).code).toBe(0);
    const after = readFileSync(join(repo, 'plans/acme.yaml'), 'utf8');
    expect(after).toContain('lastContact: 2026-11-02');
    // Only the edited lines changed: every comment of the template is still there, but the
    // commented header of the section the first person went into, which is now live.
    const comments = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('#') && !line.includes('owner:'));
    expect(comments(before)).toContain('# stakeholders:');
    expect(comments(after)).toEqual(comments(before).filter((line) => line !== '# stakeholders:'));
    expect(after).toMatch(/^stakeholders:\n {2}- id: maria-lopez\n/m);
    expect(cro(['check', '--format', 'json'], repo).stdout).not.toContain('"rule": "schema"');

    // Without economics a plan does not fail the gate; one that pays back too late does.
    const gate = cro(['breakeven', '--max-months', '24'], repo);
    expect(gate.code, gate.stderr).toBe(0);
    expect(gate.stdout).toContain('Acme');
    expect(cro(['init', 'Slow Co', '--yes', '--acquisition-cost', '200000', '--monthly-revenue', '1000'], repo).code).toBe(0);
    const failed = cro(['breakeven', '--max-months', '24'], repo);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('plans/slow-co.yaml');
  });

  it('finds its templates and schema in the package, never in the current folder', () => {
    const away = tempDir('cro-away-');
    const list = cro(['init', '--list-templates'], away);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('trust-enablement');
    expect(list.stdout).toContain(join(work, 'prefix/lib/node_modules/cro/templates/README.md'));

    const schema = cro(['schema'], away);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schema/plan.schema.json'), 'utf8')));

    const rules = cro(['rules'], away);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toContain('critical-roles');
    expect(cro(['explain', 'role-backup'], away).code).toBe(0);
  });

  it('checks many plans in worker threads from the bundled dist/worker.cjs', () => {
    const dir = tempDir('cro-many-');
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `plan-${i}.yaml`), `cro: 1\naccount:\n  name: Account ${i}\n`);
    const check = run(join(work, 'prefix/bin/cro'), ['check', '--format', 'json', '.'], dir, { ...env, CRO_WORKERS: '1' });
    expect(check.stderr).not.toMatch(/Error|at .*\.js/);
    expect(check.code).toBe(1);
    expect((JSON.parse(check.stdout) as { summary: { files: number; plans: number } }).summary).toMatchObject({ files: 400, plans: 400 });
  });
});

describe('a project that depends on the tarball', () => {
  it('runs cro through npx', () => {
    const project = tempDir('cro-project-');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'revenue-plans', private: true }));
    const install = run('npm', ['install', '--offline', tarball], project, env);
    expect(install.code, install.stderr).toBe(0);
    expect(existsSync(join(project, 'node_modules/cro/node_modules'))).toBe(false);
    expect(run('npx', ['--offline', 'cro', '--version'], project, env)).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const init = run('npx', ['--offline', 'cro', 'init', 'Acme', '--yes'], project, env);
    expect(init.code, init.stderr).toBe(0);
    // Installed in the project, the plan's modeline points into node_modules relatively.
    expect(readFileSync(join(project, 'acme.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=node_modules/cro/schema/plan.schema.json');
  });
});
