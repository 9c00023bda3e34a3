import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { cleanEnv, removeTempDirs, run, tempDir } from './package-env.js';

/*
 * The GitHub Action's logic, scripts/action.sh, run with bash as the action's last step
 * runs it: inputs as INPUT_* variables, GITHUB_WORKSPACE set, against plans repositories
 * made by `cro init --repo`. The cro it runs is this checkout's build (CRO_BIN's default).
 */

const SCRIPT = join(ROOT, 'scripts/action.sh');
const AS_OF = '2026-11-27';

/** Passes every rule on AS_OF and pays back in month 14 of a 24-month contract. */
const CLEAN_PLAN = `cro: 1
account:
  name: Globex
  customerSince: 2026-01-05
  renewalDate: 2028-01-05
team:
  - { name: Jane Doe, function: sales }
  - { name: Ece Demir, function: marketing }
  - { name: Ali Kaya, function: customer-success }
messages:
  renew: Here is the proof of the outcomes you bought.
  newBuy: Teams like yours cut freight costs with one vendor.
stakeholders:
  - id: maria
    name: Maria Lopez
    group: renew
    roles: [executive-sponsor, budget-owner, procurement]
    stance: advocate
    referrer: true
    backup: tom
    needs: { see: Savings dashboard, hear: Peer stories, know: Roadmap }
  - id: tom
    name: Tom Becker
    group: renew
    roles: [administrator, end-user]
    stance: supporter
    backup: maria
    needs: { see: Uptime, hear: SSO roadmap, know: Who to call }
  - id: lena
    name: Lena Wolff
    group: new-buy
renewal:
  requirements: [Dispatch time down 20%]
newBuy:
  - { unit: Finance, contacts: [lena], heroes: [maria] }
okrs:
  - { objective: Make Globex a reference customer, keyResults: [One case study] }
economics:
  acquisitionCost: 84000
  monthlyRevenue: 9500
  grossMargin: 0.78
  supportCostMonthly: 1200
`;

/** The same account, earning too little to pay back within 24 months (month 55): only a warning for check. */
const SLOW_PLAN = CLEAN_PLAN.replace('name: Globex', 'name: Initech').replace('monthlyRevenue: 9500', 'monthlyRevenue: 3500');

let env: NodeJS.ProcessEnv;

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/cli.cjs')), 'run `npm run build` first').toBe(true);
  env = cleanEnv(tempDir('cro-action-home-'));
});

afterAll(removeTempDirs);

/** A workspace (the checkout of a plans repository) with `cro init --repo` in `folder` and these plans. */
function workspace(plans: Record<string, string>, folder = '.'): string {
  const root = tempDir('cro-action-');
  const repo = join(root, folder);
  mkdirSync(repo, { recursive: true });
  expect(runCli(['init', '--repo', '.'], { cwd: repo }).code).toBe(0);
  for (const [name, text] of Object.entries(plans)) writeFileSync(join(repo, 'plans', name), text);
  return root;
}

/** Runs the action's script as its step does: bash, in the workspace, inputs as variables. */
function action(root: string, inputs: { paths?: string; maxMonths?: string; asOf?: string; workingDirectory?: string } = {}, extra: NodeJS.ProcessEnv = {}) {
  const result = run('bash', [SCRIPT], root, {
    ...env,
    ...extra,
    GITHUB_WORKSPACE: root,
    INPUT_PATHS: inputs.paths ?? '',
    INPUT_MAX_MONTHS: inputs.maxMonths ?? '',
    INPUT_AS_OF: inputs.asOf ?? AS_OF,
    INPUT_WORKING_DIRECTORY: inputs.workingDirectory ?? '.',
  });
  const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
  return { ...result, annotations };
}

describe('scripts/action.sh', () => {
  it('passes a new plans repository and a clean plan, with the gate on', () => {
    expect(action(workspace({}), { maxMonths: '24' })).toMatchObject({ code: 0, annotations: [] });
    const clean = action(workspace({ 'globex.yaml': CLEAN_PLAN }), { maxMonths: '24' });
    expect(clean).toMatchObject({ code: 0, annotations: [] });
    expect(clean.stdout).toContain('cro check --format github --as-of 2026-11-27');
    expect(clean.stdout).toContain('cro breakeven --max-months 24 --as-of 2026-11-27');
    expect(clean.stdout).toContain('Breaks even in month 14');
  });

  it('annotates every gap of a plan and fails, and still runs the gate', () => {
    const root = workspace({ 'globex.yaml': CLEAN_PLAN });
    expect(runCli(['init', 'Acme', '--yes'], { cwd: root }).code).toBe(0);
    const dirty = action(root, { maxMonths: '24' });
    expect(dirty.code).toBe(1);
    expect(dirty.annotations).toContain(
      '::error file=plans/acme.yaml,line=1,col=1,title=cross-functional-team::no team, so no sales member; list the cross-functional team (sales, marketing and customer-success) under team',
    );
    expect(dirty.annotations.every((line) => /^::(error|warning) file=plans\/acme\.yaml,line=\d+,col=\d+,title=[a-z-]+::/.test(line))).toBe(true);
    expect(dirty.annotations.filter((line) => line.includes('title=critical-roles'))).toHaveLength(5);
    // The gate ran after the failed check and passed: the plan without economics does not count.
    expect(dirty.stdout).toContain('cro breakeven --max-months 24');
    expect(dirty.stdout).toContain('Globex');
  });

  it('writes the whole report in Markdown to the job summary, after what was there', () => {
    const root = workspace({ 'globex.yaml': CLEAN_PLAN });
    for (let i = 0; i < 3; i++) expect(runCli(['init', `Acme ${i}`, '--yes'], { cwd: root }).code).toBe(0);
    const summary = join(tempDir('cro-action-summary-'), 'step_summary');
    writeFileSync(summary, '# Earlier step\n');
    const result = action(root, { maxMonths: '24' }, { GITHUB_STEP_SUMMARY: summary });
    expect(result.code).toBe(1);
    const markdown = runCli(['check', '--format', 'markdown', '--as-of', AS_OF], { cwd: root }).stdout;
    expect(markdown).toContain('plans/acme-2.yaml');
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n${markdown}`);
    // 30 errors: the annotations stop at 10, and the last notice says where the rest are.
    expect(result.annotations.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(result.annotations.at(-1)).toBe(
      '::notice title=cro check::20 more errors and 2 more warnings not shown as annotations (GitHub shows 10 of each per step); the job summary has the full report, or run `cro check` locally',
    );
    // Without GITHUB_STEP_SUMMARY (outside GitHub) there is no summary to write.
    expect(action(root, { maxMonths: '24' }).stdout).not.toContain('| ');
  });

  it('on a pull request, adds what it changes in each account (cro diff) to the job summary, and never fails for it', () => {
    const root = workspace({ 'globex.yaml': CLEAN_PLAN });
    const gitEnv = { ...env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@a', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@a' };
    const git = (...args: string[]) => run('git', args, root, gitEnv).stdout.trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'plans');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(root, 'plans', 'globex.yaml'), CLEAN_PLAN.replace('stance: supporter', 'stance: detractor'));
    git('commit', '-q', '-am', 'Tom turns');
    const head = git('rev-parse', 'HEAD');
    const summary = join(tempDir('cro-action-summary-'), 'step_summary');
    const result = action(root, {}, { GITHUB_STEP_SUMMARY: summary, CRO_DIFF_BASE: base, CRO_DIFF_HEAD: head });
    expect(result.stdout).toContain(`cro diff --format markdown --as-of ${AS_OF} ${base}...${head}`);
    const written = readFileSync(summary, 'utf8');
    expect(written).toContain('## Account plan changes');
    expect(written).toContain('Tom Becker (tom): supporter → detractor');
    // A base the checkout does not have (fetch-depth 1): a warning, the step's status unchanged.
    const shallow = action(root, {}, { GITHUB_STEP_SUMMARY: summary, CRO_DIFF_BASE: '0123456789abcdef0123456789abcdef01234567', CRO_DIFF_HEAD: head });
    expect(shallow.code).toBe(result.code);
    expect(shallow.annotations).toContain("::warning title=cro diff::cro diff could not compare the pull request with its base (is the checkout's fetch-depth 0?); cro's message is in the log");
  });

  it('fails the gate on a plan that pays back too late, though the check passes', () => {
    const root = workspace({ 'globex.yaml': CLEAN_PLAN, 'initech.yaml': SLOW_PLAN });
    const gated = action(root, { maxMonths: '24' });
    expect(gated.code).toBe(1);
    expect(gated.annotations).toEqual([
      expect.stringMatching(/^::warning file=plans\/initech\.yaml,line=\d+,col=\d+,title=breakeven-horizon::Initech pays back in month 55/),
      '::error title=Break-even gate::A plan pays back later than the limit (24 months) or never; the lines above name it',
    ]);
    expect(gated.stderr).toContain('plans/initech.yaml: Initech breaks even in month 55, later than --max-months 24');
    // Without max-months there is no gate; with `config` the limit of cro.config.yaml (24) applies.
    expect(action(root)).toMatchObject({ code: 0 });
    expect(action(root).stdout).not.toContain('cro breakeven');
    const fromConfig = action(root, { maxMonths: 'config' });
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stdout).toContain('cro breakeven --as-of 2026-11-27\n');
    expect(fromConfig.annotations.at(-1)).toBe('::error title=Break-even gate::A plan pays back later than the limit (breakeven.maxMonths in cro.config.yaml) or never; the lines above name it');
    expect(action(root, { maxMonths: '60' })).toMatchObject({ code: 0 });
  });

  it('runs with every input unset, and ignores white space around values', () => {
    const root = workspace({ 'globex.yaml': CLEAN_PLAN });
    const bare = run('bash', [SCRIPT], root, env);
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stdout).toBe('cro check --format github\n');
    expect(action(root, { maxMonths: ' 24\n', asOf: ' 2026-11-27 ' })).toMatchObject({ code: 0, annotations: [] });
  });

  it('checks only the given paths, separated by spaces or new lines', () => {
    const root = workspace({ 'globex.yaml': CLEAN_PLAN, 'initech.yaml': SLOW_PLAN });
    expect(runCli(['init', 'Acme', '--yes'], { cwd: root }).code).toBe(0);
    expect(action(root, { paths: 'plans/globex.yaml', maxMonths: '24' })).toMatchObject({ code: 0, annotations: [] });
    const two = action(root, { paths: 'plans/globex.yaml\nplans/initech.yaml\n', maxMonths: '24' });
    expect(two.code).toBe(1);
    expect(two.stdout).toContain('cro check --format github --as-of 2026-11-27 plans/globex.yaml plans/initech.yaml');
    expect(two.annotations.some((line) => line.includes('acme.yaml'))).toBe(false);
  });

  it('names files relative to the repository root when the plans live in a sub-folder', () => {
    const root = workspace({}, 'sales/plans repo');
    expect(runCli(['init', 'Acme', '--yes'], { cwd: join(root, 'sales/plans repo') }).code).toBe(0);
    const result = action(root, { workingDirectory: 'sales/plans repo' });
    expect(result.code).toBe(1);
    expect(result.annotations.length).toBeGreaterThan(0);
    for (const line of result.annotations) expect(line).toMatch(/^::(error|warning) file=sales\/plans repo\/plans\/acme\.yaml,line=/);
  });

  it('fails with status 2 and an annotation that says why on a bad input', () => {
    const root = workspace({ 'globex.yaml': CLEAN_PLAN });
    expect(action(root, { maxMonths: 'soon' })).toMatchObject({
      code: 2,
      annotations: ['::error title=cro::max-months must be a whole number of months or `config`, not "soon"'],
    });
    expect(action(root, { workingDirectory: 'nowhere' })).toMatchObject({ code: 2, annotations: ['::error title=cro::working-directory nowhere is not a folder'] });
    const badDate = action(root, { asOf: '27.11.2026', maxMonths: '24' });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of 27.11.2026');
    expect(badDate.annotations).toEqual([
      "::error title=cro check::cro check could not run (exit status 2); cro's message is in the log",
      "::error title=Break-even gate::cro breakeven could not run (exit status 2); cro's message is in the log",
    ]);
    const missing = action(root, { paths: 'plans/nope.yaml' });
    expect(missing.code).toBe(2);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string>; 'working-directory'?: string }[] };
  };

  it('has the documented inputs with their defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(['as-of', 'max-months', 'node-version', 'paths', 'working-directory']);
    expect(action.inputs['working-directory']!.default).toBe('.');
    expect(action.inputs['node-version']!.default).toBe('24');
  });

  it('sets up Node, builds cro from its own checkout, and hands every other input to the script', () => {
    expect(action.runs.using).toBe('composite');
    const [setup, install, check] = action.runs.steps;
    expect(setup).toMatchObject({ uses: 'actions/setup-node@v7', with: { 'node-version': '${{ inputs.node-version }}' } });
    expect(install).toMatchObject({ 'working-directory': '${{ github.action_path }}', run: 'npm ci --no-audit --no-fund' });
    expect(check!.run).toBe('bash "$GITHUB_ACTION_PATH/scripts/action.sh"');
    const expected = Object.keys(action.inputs)
      .filter((name) => name !== 'node-version')
      .map((name) => [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, `\${{ inputs.${name} }}`]);
    // And, on a pull request, the commits cro diff compares.
    expected.push(['CRO_DIFF_BASE', '${{ github.event.pull_request.base.sha }}'], ['CRO_DIFF_HEAD', '${{ github.event.pull_request.head.sha }}']);
    expect(Object.entries(check!.env ?? {}).sort()).toEqual(expected.sort());
  });
});
