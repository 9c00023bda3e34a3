import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, tempTree } from '../helpers/cli.js';

/*
 * The interactive `cro init`, through a real pseudo-terminal: pty-driver.py starts the
 * built binary on a pty, waits for each question and types the answer, arrow keys,
 * space and Enter included, or Ctrl-C. `npm run build` must have run.
 */

const DRIVER = join(dirname(fileURLToPath(import.meta.url)), 'pty-driver.py');
const hasPython = spawnSync('python3', ['--version']).status === 0;

const ENTER = '\r';
const DOWN = '\u001b[B';
const UP = '\u001b[A';
const CTRL_C = '\u0003';
const BACKSPACE = '\u007f';

interface Session {
  code: number;
  output: string;
  error: string | null;
}

function drive(cwd: string, args: string[], steps: Array<[expect: string, send: string]>, env: Record<string, string | null> = {}): Session {
  const script = {
    argv: [process.execPath, BIN, ...args],
    cwd,
    env: { CI: null, NO_COLOR: null, FORCE_COLOR: null, TERM: 'xterm-256color', ...env },
    timeout: 15,
    steps: steps.map(([expect, send]) => ({ expect, send })),
  };
  const result = spawnSync('python3', [DRIVER], { input: JSON.stringify(script), encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`pty driver failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Session;
}

const answerRest: Array<[string, string]> = [
  ['Segment', ENTER],
  ['Account owner', ENTER],
  ['Customer since', `${BACKSPACE.repeat(10)}${ENTER}`],
  ['Renewal date', ENTER],
  ['Currency', ENTER],
  ['Sales', ENTER],
  ['Marketing', ENTER],
  ['Customer success', ENTER],
  ['Message for Group 1', ENTER],
  ['Message for Group 2', ENTER],
  ['What must happen for the customer to renew', ENTER],
  ['Add a stakeholder', `n${ENTER}`],
  ['Add the economics', ENTER],
];

describe.skipIf(!hasPython)('cro init on a terminal', { timeout: 120_000 }, () => {
  it('asks, validates, shows a summary, confirms and writes the plan', () => {
    const dir = tempTree();
    const session = drive(dir, ['init'], [
      ['Account name', `Acme / Lojistik A.Ş.${ENTER}`],
      ['Segment', `enterprise${ENTER}`],
      ['Account owner', `Jane Doe${ENTER}`],
      ['Customer since', `${BACKSPACE.repeat(10)}2026-02-30${ENTER}`],
      ['not a date in the calendar', `${BACKSPACE.repeat(10)}2026-02-01${ENTER}`],
      ['Renewal date[^\\n]*2027-02-01', ENTER],
      ['Currency', `${BACKSPACE.repeat(3)}eur${ENTER}`],
      ['Sales[^\\n]*Jane Doe', ENTER],
      ['Marketing', `Ece Demir${ENTER}`],
      ['Customer success', `Ali Kaya${ENTER}`],
      ['Message for Group 1', `Proof of the outcomes you bought${ENTER}`],
      ['Message for Group 2', `One vendor for every warehouse${ENTER}`],
      ['What must happen for the customer to renew', `Dispatch time down 20%${ENTER}`],
      ['Another outcome', ENTER],
      ['Add a stakeholder', ENTER],
      ['Name', `Maria Lopez${ENTER}`],
      ['Title', `VP Operations${ENTER}`],
      ['Group', ENTER],
      // end user, administrator, procurement, budget owner, executive sponsor, other
      ['Roles', `${DOWN}${DOWN}${DOWN} ${DOWN} ${ENTER}`],
      // advocate, supporter, neutral, detractor, unknown (the default)
      ['Stance', `${UP}${UP}${UP}${UP}${ENTER}`],
      ['Add another stakeholder', `y${ENTER}`],
      ['Name', `Omar Shah${ENTER}`],
      ['Title', ENTER],
      ['Group', ENTER],
      ['Roles', `${DOWN}${DOWN} ${ENTER}`],
      ['Stance', `${UP}${ENTER}`],
      ['objection', ENTER],
      ['Details', `Pushed for RivalSoft${ENTER}`],
      ['Add another stakeholder', ENTER],
      ['Backup for Maria Lopez', `${DOWN}${ENTER}`],
      ['Backup for Omar Shah', ENTER],
      ['Add the economics', `y${ENTER}`],
      ['Revenue', ENTER],
      ['Monthly recurring revenue', `9,500${ENTER}`],
      ['without thousands separators', `${BACKSPACE.repeat(5)}9500${ENTER}`],
      ['Acquisition cost', `84000${ENTER}`],
      ['Onboarding cost', ENTER],
      ['Gross margin', `78%${ENTER}`],
      ['Support cost', ENTER],
      ['Monthly churn', ENTER],
      ['Write acme-lojistik-as\\.yaml\\?', ENTER],
    ]);
    expect(session.error).toBeNull();
    expect(session.code).toBe(0);
    const summary = session.output.slice(session.output.lastIndexOf('Summary'));
    expect(summary).toMatch(/Account:\s+Acme \/ Lojistik A\.Ş\./);
    expect(summary).toMatch(/Renewal date:\s+2027-02-01/);
    expect(summary).toMatch(/Currency:\s+EUR/);
    expect(summary).toMatch(/Team:\s+sales: Jane Doe; marketing: Ece Demir; customer success: Ali Kaya/);
    expect(summary).toContain('Maria Lopez, VP Operations (Group 1; budget owner, executive sponsor; advocate; backup: Omar Shah)');
    expect(summary).toContain('Omar Shah (Group 1; procurement; detractor; pushed for a competitor)');
    expect(summary).toMatch(/Economics:\s+monthly revenue 9500, acquisition cost 84000, gross margin 0.78/);
    expect(summary).toMatch(/File:\s+acme-lojistik-as\.yaml/);
    expect(session.output).toContain('created acme-lojistik-as.yaml');

    const text = readFileSync(join(dir, 'acme-lojistik-as.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    const plan = parse(text, { version: '1.2' }) as Record<string, any>;
    expect(plan.account).toEqual({ name: 'Acme / Lojistik A.Ş.', segment: 'enterprise', owner: 'Jane Doe', customerSince: '2026-02-01', renewalDate: '2027-02-01', currency: 'EUR' });
    expect(plan.team).toEqual([
      { name: 'Jane Doe', function: 'sales' },
      { name: 'Ece Demir', function: 'marketing' },
      { name: 'Ali Kaya', function: 'customer-success' },
    ]);
    expect(plan.messages).toEqual({ renew: 'Proof of the outcomes you bought', newBuy: 'One vendor for every warehouse' });
    expect(plan.renewal).toEqual({ requirements: ['Dispatch time down 20%'] });
    expect(plan.stakeholders).toEqual([
      { id: 'maria-lopez', name: 'Maria Lopez', title: 'VP Operations', group: 'renew', roles: ['budget-owner', 'executive-sponsor'], stance: 'advocate', backup: 'omar-shah' },
      { id: 'omar-shah', name: 'Omar Shah', group: 'renew', roles: ['procurement'], stance: 'detractor', objection: { kind: 'competitor', detail: 'Pushed for RivalSoft' } },
    ]);
    expect(plan.economics).toEqual({ acquisitionCost: 84000, monthlyRevenue: 9500, grossMargin: 0.78 });
    expect(readdirSync(dir)).toEqual(['acme-lojistik-as.yaml']);
  });

  it('Ctrl-C during the prompts exits 130 and writes nothing', () => {
    const dir = tempTree();
    const session = drive(dir, ['init'], [
      ['Account name', `Acme${ENTER}`],
      ['Segment', `enterprise${ENTER}`],
      ['Account owner', CTRL_C],
    ]);
    expect(session.code).toBe(130);
    expect(session.output).toContain('cro: interrupted; nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('Ctrl-C at the final question still writes nothing', () => {
    const dir = tempTree();
    const session = drive(dir, ['init', 'Acme'], [...answerRest, ['Write acme\\.yaml\\?', CTRL_C]]);
    expect(session.code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answering no at the summary writes nothing', () => {
    const dir = tempTree();
    const session = drive(dir, ['init', 'Acme'], [...answerRest, ['Write acme\\.yaml\\?', `n${ENTER}`]]);
    expect(session.code).toBe(0);
    expect(session.output).toContain('Nothing written.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses, as you type, a name whose file exists', () => {
    const dir = tempTree({ 'acme.yaml': 'mine\n' });
    const session = drive(dir, ['init'], [
      ['Account name', `Acme${ENTER}`],
      ['acme\\.yaml already exists; choose another name, or run again with --force', `${BACKSPACE.repeat(4)}Beta${ENTER}`],
      ...answerRest,
      ['Write beta\\.yaml\\?', ENTER],
    ]);
    expect(session.error).toBeNull();
    expect(session.code).toBe(0);
    expect(readFileSync(join(dir, 'acme.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(dir, 'beta.yaml'))).toBe(true);
  });

  it('asks in Turkish with --lang tr', () => {
    const dir = tempTree();
    const session = drive(dir, ['init', '--lang', 'tr'], [
      ['Müşteri adı', `Kaya Lojistik A.Ş.${ENTER}`],
      ['Segment', ENTER],
      ['Müşteri sorumlusu', ENTER],
      ['Sözleşme başlangıç tarihi', `${BACKSPACE.repeat(10)}${ENTER}`],
      ['Yenileme tarihi', ENTER],
      ['Para birimi', `${BACKSPACE.repeat(3)}TRY${ENTER}`],
      ['Satış', ENTER],
      ['Pazarlama', ENTER],
      ['Müşteri başarısı', ENTER],
      ['Grup 1', ENTER],
      ['Grup 2', ENTER],
      ['yenilemesi için ne olması gerekiyor', ENTER],
      ['paydaş eklensin mi', `n${ENTER}`],
      ['ekonomik veriler', ENTER],
      ['kaya-lojistik-as\\.yaml yazılsın mı\\?', ENTER],
    ]);
    expect(session.error).toBeNull();
    expect(session.code).toBe(0);
    expect(session.output).toContain('Özet');
    const text = readFileSync(join(dir, 'kaya-lojistik-as.yaml'), 'utf8');
    expect(text).toContain('Trust Enablement müşteri planı: Kaya Lojistik A.Ş.');
    expect((parse(text) as { account: unknown }).account).toEqual({ name: 'Kaya Lojistik A.Ş.', currency: 'TRY' });
  });

  it('refuses a broken template of the user\'s before asking anything', () => {
    const dir = tempTree({ 'bad.yaml': 'cro: 1\naccount:\n  name: Fixed\n' });
    const session = drive(dir, ['init', '--template', './bad.yaml'], []);
    expect(session.code).toBe(2);
    expect(session.output).toContain('account.name: {{accountName}}');
    expect(session.output).not.toContain('Account name');
  });

  it('never prompts with CI set, even on a terminal', () => {
    const dir = tempTree();
    const missing = drive(dir, ['init'], [], { CI: '1' });
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/cro: missing the account name.*\(CI is set, so cro does not prompt\)/);
    expect(missing.output).not.toContain('?');
    const named = drive(dir, ['init', 'Acme'], [], { CI: 'true' });
    expect(named.code).toBe(0);
    expect(named.output).not.toContain('Segment');
    expect(existsSync(join(dir, 'acme.yaml'))).toBe(true);
  });

  it('never prompts with --yes', () => {
    const dir = tempTree();
    const session = drive(dir, ['init', 'Acme', '--yes', '--segment', 'smb'], []);
    expect(session.code).toBe(0);
    expect(session.output).not.toContain('Segment');
    expect((parse(readFileSync(join(dir, 'acme.yaml'), 'utf8')) as { account: unknown }).account).toEqual({ name: 'Acme', segment: 'smb' });
    expect(drive(dir, ['init', '--yes'], []).code).toBe(2);
  });
});
