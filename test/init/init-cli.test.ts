import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/index.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

/*
 * The scriptable `cro init`, end to end: the built binary, spawned without a terminal
 * (stdin is a pipe), as a script or a CI job runs it. `npm run build` must have run.
 */

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const data = (dir: string, file: string) => parse(read(dir, file), { version: '1.2', schema: 'core' }) as Record<string, any>;

/** The gaps of a plan that has only a name, as SPEC §5 defines the rules. */
const BARE_PLAN_GAPS = ['critical-roles', 'cross-functional-team', 'economics', 'new-buy-targets', 'okrs', 'referrers', 'renewal-requirements', 'two-messages'];
const registered = new Set(allRules.map((r) => r.meta.id));

function checkRules(dir: string, file: string): { rules: string[]; findings: Array<{ rule: string }> } {
  const result = runCli(['check', file, '--as-of', '2026-11-27', '--format', 'json'], { cwd: dir });
  const report = JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ rule: string }> }> };
  const findings = report.files[0]!.findings;
  return { rules: [...new Set(findings.map((f) => f.rule))].sort(), findings };
}

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/cli.cjs')), 'run `npm run build` first').toBe(true);
});

describe('cro init <account> without a terminal', () => {
  it('refuses --example and --max-months without --repo, instead of ignoring them', () => {
    const dir = tempTree();
    const result = runCli(['init', 'Acme', '--yes', '--example', '--max-months', '5'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'cro: --example and --max-months go with --repo, e.g. cro init --repo revenue-plans --example\n' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes <slug>.yaml that starts with the modeline and passes the schema', () => {
    const dir = tempTree();
    const result = runCli(['init', 'Acme / Lojistik A.Ş.'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('created acme-lojistik-as.yaml');
    const text = read(dir, 'acme-lojistik-as.yaml');
    const modeline = /^# yaml-language-server: \$schema=(.+)\n/.exec(text);
    expect(modeline).not.toBeNull();
    // Outside a plans repository it points at the schema shipped in the package.
    expect(modeline![1]).toBe(join(ROOT, 'schema/plan.schema.json'));
    expect(existsSync(modeline![1]!)).toBe(true);
    expect(data(dir, 'acme-lojistik-as.yaml')).toEqual({ cro: 1, account: { name: 'Acme / Lojistik A.Ş.' } });
    expect(readdirSync(dir)).toEqual(['acme-lojistik-as.yaml']); // no temporary file left behind
  });

  it('keeps a tricky account name exactly', () => {
    const dir = tempTree();
    expect(runCli(['init', 'Acme: "Ops" #1'], { cwd: dir }).code).toBe(0);
    expect(data(dir, 'acme-ops-1.yaml').account.name).toBe('Acme: "Ops" #1');
  });

  it('then `cro check` lists exactly the gaps still to fill, and no schema problem', () => {
    const dir = tempTree();
    runCli(['init', 'Acme Logistics'], { cwd: dir });
    const { rules } = checkRules(dir, 'acme-logistics.yaml');
    expect(rules).not.toContain('schema');
    expect(rules).not.toContain('yaml-syntax');
    expect(rules).toEqual(BARE_PLAN_GAPS.filter((id) => registered.has(id)));
  });

  it('fills the plan from flags, so fewer gaps remain', () => {
    const dir = tempTree();
    const result = runCli(
      [
        'init', 'Acme Logistics', '--yes',
        '--segment', 'enterprise', '--owner', 'Jane Doe', '--customer-since', '2026-02-01', '--renewal-date', '2027-02-01', '--currency', 'eur',
        '--sales', 'Jane Doe', '--marketing', 'Ece Demir', '--customer-success', 'Ali Kaya',
        '--renew-message', 'Proof of the outcomes you bought', '--new-buy-message', 'One vendor for every warehouse',
        '--renewal-requirement', 'Dispatch time down 20%', '--renewal-risk', 'Budget freeze',
        '--stakeholder', 'Maria Lopez; title=VP Operations; roles=executive-sponsor,budget-owner,procurement,end-user,administrator; stance=advocate; backup=Tom Becker',
        '--stakeholder', 'Tom Becker; roles=administrator; stance=supporter',
        '--acquisition-cost', '84000', '--monthly-revenue', '9500', '--gross-margin', '78%', '--support-cost', '1200',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const plan = data(dir, 'acme-logistics.yaml');
    expect(plan.account).toEqual({ name: 'Acme Logistics', segment: 'enterprise', owner: 'Jane Doe', customerSince: '2026-02-01', renewalDate: '2027-02-01', currency: 'EUR' });
    expect(plan.team).toHaveLength(3);
    expect(plan.renewal).toEqual({ requirements: ['Dispatch time down 20%'], risks: ['Budget freeze'] });
    expect(plan.stakeholders[0]).toMatchObject({ id: 'maria-lopez', backup: 'tom-becker' });
    expect(plan.economics).toEqual({ acquisitionCost: 84000, monthlyRevenue: 9500, grossMargin: 0.78, supportCostMonthly: 1200 });
    const { rules } = checkRules(dir, 'acme-logistics.yaml');
    // Left to fill: what each person needs, a referrer, Group 2, OKRs; it pays back after renewal.
    expect(rules).toEqual(['breakeven-horizon', 'new-buy-targets', 'okrs', 'referrers', 'stakeholder-needs'].filter((id) => registered.has(id)));
  });

  it('requires the account name, naming it (exit 2)', () => {
    const dir = tempTree();
    const result = runCli(['init'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cro: missing the account name/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never overwrites without --force, and says how', () => {
    const dir = tempTree({ 'acme.yaml': 'mine\n' });
    const refused = runCli(['init', 'Acme', '--segment', 'smb'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('cro: acme.yaml already exists; nothing was written (use --force to overwrite it, or --slug to choose another file name)\n');
    expect(read(dir, 'acme.yaml')).toBe('mine\n');
    const forced = runCli(['init', 'Acme', '--segment', 'smb', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(data(dir, 'acme.yaml').account).toEqual({ name: 'Acme', segment: 'smb' });
    expect(readdirSync(dir)).toEqual(['acme.yaml']);
  });

  it('refuses a name with nothing left for a file name, unless --slug gives one', () => {
    const dir = tempTree();
    const refused = runCli(['init', 'Москва'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--slug');
    expect(runCli(['init', 'Москва', '--slug', 'moskva'], { cwd: dir }).code).toBe(0);
    expect(data(dir, 'moskva.yaml').account.name).toBe('Москва');
    expect(runCli(['init', 'Acme', '--slug', '../evil'], { cwd: dir }).code).toBe(2);
  });

  it('refuses bad flag values with one line naming the flag', () => {
    const dir = tempTree();
    for (const [flag, value, message] of [
      ['--renewal-date', '2027-02-30', '--renewal-date 2027-02-30'],
      ['--gross-margin', '78', '--gross-margin 78'],
      ['--lang', 'de', "'--lang <language>' argument 'de' is invalid. Allowed choices are en, tr"],
      ['--stakeholder', 'Maria; stance=fan', 'stance fan'],
    ] as const) {
      const result = runCli(['init', 'Acme', flag, value], { cwd: dir });
      expect(result.code, `${flag} ${value}`).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('where the plan goes', () => {
  it('into the config\'s plans folder, relative to the config file, from any subfolder', () => {
    const dir = tempTree({ 'cro.config.yaml': 'plans: accounts\n', 'docs/readme.md': 'x' });
    const result = runCli(['init', 'Acme'], { cwd: join(dir, 'docs') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created ../accounts/acme.yaml');
    expect(existsSync(join(dir, 'accounts/acme.yaml'))).toBe(true);
  });

  it('into --dir when given, creating it', () => {
    const dir = tempTree({ 'cro.config.yaml': 'plans: accounts\n' });
    expect(runCli(['init', 'Acme', '--dir', 'elsewhere/deep'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'elsewhere/deep/acme.yaml'))).toBe(true);
  });

  it('a bad config is a usage error', () => {
    const dir = tempTree({ 'cro.config.yaml': 'plans: [\n' });
    expect(runCli(['init', 'Acme'], { cwd: dir }).code).toBe(2);
  });
});

describe('templates', () => {
  it('--list-templates lists every template and language', () => {
    const result = runCli(['init', '--list-templates'], { cwd: tempTree() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/trust-enablement\s+en, tr\s+The full Trust Enablement/);
    expect(result.stdout).toMatch(/small-account\s+en, tr\s+A lighter plan/);
  });

  it('--lang tr writes the Turkish template', () => {
    const dir = tempTree();
    expect(runCli(['init', 'Acme / Lojistik A.Ş.', '--lang', 'tr'], { cwd: dir }).code).toBe(0);
    const text = read(dir, 'acme-lojistik-as.yaml');
    expect(text).toContain('# Trust Enablement müşteri planı: Acme / Lojistik A.Ş.');
    expect(text).toContain('Muhalifleri kazanın');
    expect(checkRules(dir, 'acme-lojistik-as.yaml').rules).toEqual(BARE_PLAN_GAPS.filter((id) => registered.has(id)));
  });

  it('--template small-account writes the lighter plan', () => {
    const dir = tempTree();
    expect(runCli(['init', 'Corner Cafe', '--template', 'small-account'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'corner-cafe.yaml')).toContain('# Account plan (small account): Corner Cafe');
  });

  it('--template ./my.yaml uses the user\'s own file, relative to the current folder', () => {
    const dir = tempTree({
      'templates/my.yaml': '#% Our house template\n# House plan for {{accountName}}\ncro: 1\naccount:\n  name: {{accountName}}\n  segment: {{segment|enterprise}}\n  x-crm: "crm/{{accountName}}"\n',
    });
    const result = runCli(['init', 'Acme "Ops"', '--template', './templates/my.yaml', '--segment', 'smb'], { cwd: dir });
    expect(result.code).toBe(0);
    const text = read(dir, 'acme-ops.yaml');
    expect(text).toContain('# House plan for Acme "Ops"');
    expect(text).not.toContain('#%');
    expect(data(dir, 'acme-ops.yaml')).toEqual({ cro: 1, account: { name: 'Acme "Ops"', segment: 'smb', 'x-crm': 'crm/Acme "Ops"' } });
  });

  it.each([
    [['--template', './missing.yaml'], '--template ./missing.yaml: no such file'],
    [['--template', 'trust-enablment'], 'did you mean "trust-enablement"'],
    [['--template', './bad.yaml'], 'does not render a valid plan'],
    [['--template', './noname.yaml'], 'account.name: {{accountName}}'],
    [['--template', './partial.yaml'], 'must be a whole value'],
  ])('%j is a usage error: %s', (args, message) => {
    const dir = tempTree({
      'bad.yaml': 'cro: 1\naccount:\n  name: {{accountName}}\n  renewalDate: soon\n',
      'noname.yaml': 'cro: 1\naccount:\n  name: Fixed\n',
      'partial.yaml': 'cro: 1\naccount:\n  name: Plan {{accountName}}\n',
    });
    const result = runCli(['init', 'Acme', ...args], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(dir, 'acme.yaml'))).toBe(false);
  });
});

describe('cro init --help', () => {
  it('documents the flags with examples', () => {
    const result = runCli(['init', '--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--template', '--list-templates', '--lang', '--force', '--dir', '--yes', '--repo', '--segment', '--owner', '--renewal-date', '--currency', '--customer-since', '--stakeholder', '--monthly-revenue']) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('cro init --repo');
  });
});

describe('writing', () => {
  it('a plan written earlier is never half-replaced: the old text or the new, whole', () => {
    const dir = tempTree();
    runCli(['init', 'Acme'], { cwd: dir });
    const before = read(dir, 'acme.yaml');
    writeFileSync(join(dir, 'acme.yaml'), before);
    const result = runCli(['init', 'Acme', '--template', './nope.yaml', '--force'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(read(dir, 'acme.yaml')).toBe(before);
  });
});
