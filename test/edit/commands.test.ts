import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess, tempTree } from '../helpers/cli.js';
import { usePrompter } from '../../src/commands/edit/ask.js';
import type { Prompter } from '../../src/commands/init/prompter.js';
import { editContext, editedText, openPlan, writeTogether } from '../../src/edit/session.js';
import { contactEdit } from '../../src/commands/edit/command.js';
import { loadPlan } from '../../src/plan/load.js';
import { bytes } from '../helpers/plans.js';
import type { CommandIO } from '../../src/commands/io.js';

/* The commands' grammar and decisions, run in-process (fast); edit.e2e.test.ts runs the binary. */

const PLAN = [
  'cro: 1',
  'account:',
  '  name: Acme Logistics',
  'stakeholders:',
  '  - id: maria',
  '    name: Maria Lopez',
  '    group: renew',
  '    roles: [executive-sponsor]',
  '  - id: omar',
  '    name: Omar Shah',
  '    group: renew',
  '    stance: detractor',
  'milestones:',
  '  - name: Go-live',
  '    due: 2026-04-01',
  '    review:',
  '      date: 2026-04-15',
  '      perspectives:',
  '        - customer',
  '        - sales',
  '  - name: Go-live, second site',
  '    due: 2026-09-01',
  'economics:',
  '  monthlyRevenue: 9500',
  '',
].join('\n');

function setup(text = PLAN) {
  const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', 'plans/acme.yaml': text });
  const read = () => readFileSync(join(dir, 'plans/acme.yaml'), 'utf8');
  const run = (...args: string[]) => runInProcess(args, { cwd: dir, today: '2026-12-04' });
  return { dir, read, run };
}

afterEach(() => usePrompter(undefined));

describe('cro stakeholder set', () => {
  it('creates the maps it needs in the template style, and reads each key as its kind', async () => {
    const { read, run } = setup();
    const result = await run('stakeholder', 'set', 'acme', 'omar', 'needs.see=TCO study', 'objection.kind=competitor', 'winPlan.owner=Ali Kaya', 'winPlan.due=15.12.2026', 'winPlan.actions=+Share the TCO study', 'referrer=false', '--lang', 'tr');
    expect(result.code).toBe(0);
    expect(read()).toContain('    stance: detractor\n    referrer: false\n    needs: { see: TCO study }\n    objection: { kind: competitor }\n    winPlan: { owner: Ali Kaya, due: 2026-12-15, actions: [Share the TCO study] }\n');
  });

  it('adds, removes and replaces roles', async () => {
    const { read, run } = setup();
    expect((await run('stakeholder', 'set', 'acme', 'maria', 'roles=+budget-owner')).code).toBe(0);
    expect(read()).toContain('roles: [executive-sponsor, budget-owner]');
    expect((await run('stakeholder', 'set', 'acme', 'maria', 'roles=-executive-sponsor')).code).toBe(0);
    expect(read()).toContain('roles: [budget-owner]');
    expect((await run('stakeholder', 'set', 'acme', 'maria', 'roles=end-user,administrator')).code).toBe(0);
    expect(read()).toContain('roles: [end-user, administrator]');
  });

  it('refuses what it cannot read (exit 2), with the nearest key or value', async () => {
    const { read, run } = setup();
    expect(await run('stakeholder', 'set', 'acme', 'maria', 'stanse=advocate')).toMatchObject({ code: 2, stderr: expect.stringContaining('stanse: not a key cro stakeholder set takes (did you mean "stance"?)') });
    expect(await run('stakeholder', 'set', 'acme', 'maria', 'stance=advocat')).toMatchObject({ code: 2, stderr: expect.stringContaining('(did you mean "advocate"?)') });
    expect(await run('stakeholder', 'set', 'acme', 'maria', 'objection.detail=Too expensive')).toMatchObject({ code: 2, stderr: expect.stringContaining('would make the plan invalid') });
    expect(await run('stakeholder', 'set', 'acme', 'maria', 'email=not-an-address')).toMatchObject({ code: 2, stderr: expect.stringContaining('"not-an-address" is not an e-mail address') });
    expect(read()).toBe(PLAN);
  });
});

describe('cro set', () => {
  it('reads values as init and breakeven read their flags', async () => {
    const { read, run } = setup();
    expect((await run('set', 'acme', 'economics.grossMargin', '78%')).code).toBe(0);
    expect((await run('set', 'acme', 'account.currency', 'eur')).code).toBe(0);
    expect((await run('set', 'acme', 'account.renewalDate', '01.02.2027', '--lang', 'tr')).code).toBe(0);
    expect((await run('set', 'acme', 'milestones[1].due', '2026-10-01')).code).toBe(0);
    expect(read()).toContain('  renewalDate: 2027-02-01\n  currency: EUR\n');
    expect(read()).toContain('  monthlyRevenue: 9500\n  grossMargin: 0.78\n');
    expect(read()).toContain('    due: 2026-10-01\n');
  });

  it('says where a key is wrong', async () => {
    const { run } = setup();
    expect(await run('set', 'acme', 'account.renewalDat', '2027-01-01')).toMatchObject({ code: 2, stderr: expect.stringContaining('(did you mean "account.renewalDate"?)') });
    expect(await run('set', 'acme', 'stakeholders[0].title', 'VP')).toMatchObject({ code: 2, stderr: expect.stringContaining('cro stakeholder set') });
    expect(await run('set', 'acme', 'account', 'x')).toMatchObject({ code: 2, stderr: expect.stringContaining('holds more than one value') });
    expect(await run('set', 'acme', 'economics.grossMargin', '1,5')).toMatchObject({ code: 2 });
    expect(await run('set', 'acme', 'milestones[5].due', '2026-10-01')).toMatchObject({ code: 2, stderr: expect.stringContaining('no such item') });
  });
});

describe('cro review', () => {
  it('finds a milestone by a unique prefix, and lists the candidates of an ambiguous one', async () => {
    const { read, run } = setup();
    expect(await run('review', 'acme', 'go')).toMatchObject({ code: 2, stderr: expect.stringContaining('"go" names more than one milestone: "Go-live"; "Go-live, second site"') });
    // The milestone already has a review: replacing it takes --force.
    expect((await run('review', 'acme', 'Go-live', '--perspectives', 'customer,sales,marketing', '--notes', 'Admins want SSO')).code).toBe(2);
    const result = await run('review', 'acme', 'Go-live', '--perspectives', 'customer,sales,marketing', '--notes', 'Admins want SSO', '--force');
    expect(result.code).toBe(0);
    expect(read()).toContain('      date: 2026-12-04\n      perspectives:\n        - customer\n        - sales\n        - marketing\n      notes: Admins want SSO\n');
  });
});

describe('a plan changed on disk while it was edited', () => {
  it('is not written (exit 1)', async () => {
    const { dir, read } = setup();
    const stderr: string[] = [];
    const io: CommandIO = { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: (t: string) => stderr.push(t) }, stdinIsTTY: false, today: () => '2026-12-04' };
    const context = editContext({}, io);
    const open = openPlan('acme', context, io);
    const planned = contactEdit(open.plan, ['maria'], '2026-12-04', false);
    const edited = editedText(open, planned, context);
    writeFileSync(join(dir, 'plans/acme.yaml'), `${PLAN}# someone else's change\n`);
    await expect(writeTogether([{ open, planned, ...edited }], io)).rejects.toMatchObject({ exitCode: 1 });
    expect(stderr.join('')).toContain('plans/acme.yaml changed on disk while cro was editing it; nothing was written');
    expect(read()).toBe(`${PLAN}# someone else's change\n`);
  });
});

describe('on a terminal', () => {
  it('asks for what is missing, with the plan’s people to choose from', async () => {
    const { read, dir } = setup();
    const asked: string[] = [];
    const prompter: Prompter = {
      text: async () => '',
      select: async ({ message, choices }) => {
        asked.push(`${message} ${choices.map((c) => c.name).join(' | ')}`);
        return choices[0]!.value;
      },
      multiselect: async ({ message, choices }) => {
        asked.push(`${message} ${choices.map((c) => c.name).join(' | ')}`);
        return [choices[1]!.value];
      },
      confirm: async () => true,
      say: () => undefined,
    };
    usePrompter(async () => prompter);
    const result = await runInProcess(['contact'], { cwd: dir, today: '2026-12-04', isTTY: true });
    expect(result.code).toBe(0);
    expect(asked).toEqual(['Which plan? plans/acme.yaml', 'Which person? (one or more) Maria Lopez (maria) | Omar Shah (omar)']);
    expect(read()).toContain('    stance: detractor\n    lastContact: 2026-12-04\n');
  });
});

describe('the plan format: email, crmId, account.crmId (SPEC §2)', () => {
  const load = (text: string) => loadPlan(bytes(text), { explicit: true })!;
  it('takes them, and every plan valid before stays valid', () => {
    const ok = load(`${PLAN.replace('  name: Acme Logistics\n', '  name: Acme Logistics\n  crmId: "0012345"\n').replace('    name: Maria Lopez\n', '    name: Maria Lopez\n    email: maria@acme.example\n    crmId: C-1\n')}`);
    expect(ok.findings).toEqual([]);
    expect(load(PLAN).findings).toEqual([]);
  });
  it('wants e-mails unique ignoring case, and CRM ids unique', () => {
    const text = PLAN.replace('    name: Maria Lopez\n', '    name: Maria Lopez\n    email: Maria@Acme.example\n    crmId: C-1\n').replace('    name: Omar Shah\n', '    name: Omar Shah\n    email: maria@acme.example\n    crmId: C-1\n');
    const messages = load(text).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^13:12 stakeholders\[1\] \(Omar Shah\): email: maria@acme\.example is already the e-mail of stakeholders\[0\] \(Maria Lopez\)/),
      expect.stringMatching(/^14:12 stakeholders\[1\] \(Omar Shah\): crmId: "C-1" is already the crmId of stakeholders\[0\] \(Maria Lopez\)/),
    ]);
  });
});

describe('cro left on a terminal', () => {
  it('asks who takes over as backup when someone had the person as theirs', async () => {
    const text = PLAN.replace('    stance: detractor\n', '    stance: detractor\n    backup: maria\n');
    const { read, dir } = setup(text);
    const asked: string[] = [];
    usePrompter(async () => ({
      text: async () => '',
      select: async ({ message, choices }) => {
        asked.push(`${message} ${choices.map((c) => c.name).join(' | ')}`);
        return choices.find((c) => c.value === '')!.value;
      },
      multiselect: async () => [],
      confirm: async () => true,
      say: () => undefined,
    }));
    const result = await runInProcess(['left', 'acme', 'maria'], { cwd: dir, today: '2026-12-04', isTTY: true });
    expect(result.code).toBe(0);
    expect(asked).toEqual(['Who takes over as backup wherever Maria Lopez was one? Omar Shah (omar) | nobody yet (list who needs a new backup)']);
    expect(result.stdout).toContain('Omar Shah needs a new backup (it was Maria Lopez)');
    expect(read()).toContain('    roles: [executive-sponsor]\n    leftOn: 2026-12-04\n');
  });
});

describe('without a terminal', () => {
  it('names every argument missing at once, before reading anything', async () => {
    const { run } = setup();
    expect(await run('stakeholder', 'set')).toMatchObject({
      code: 2,
      stderr: 'cro: missing <plan>, <person> and <key=value>: there is no terminal to ask on, so give them on the command line (cro stakeholder set <plan> <person> <key=value…>, e.g. cro stakeholder set acme maria stance=advocate)\n',
    });
  });
});

describe('cro reassign', () => {
  const team = (members: string) => PLAN.replace('stakeholders:\n', `team:\n${members}stakeholders:\n`);
  it('renames across plans, removes an entry the new person already holds, and prints one JSON document for all', async () => {
    const dir = tempTree({
      'cro.config.yaml': 'plans: plans\n',
      'plans/acme.yaml': team('  - { name: Ali Kaya, function: customer-success }\n  - { name: Ece Demir, function: customer-success }\n'),
      'plans/beta.yaml': team('  - { name: ALI KAYA, function: sales }\n').replace('Acme Logistics', 'Beta'),
      'plans/gamma.yaml': team('  - { name: Jane Doe, function: sales }\n').replace('Acme Logistics', 'Gamma'),
    });
    const result = await runInProcess(['reassign', 'Ali Kaya', 'Ece Demir', '--format', 'json'], { cwd: dir, today: '2026-12-04' });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.version).toBe(1);
    expect(json.plans.map((p: { file: string; changes: Array<{ message: string }> }) => [p.file, p.changes.map((c) => c.message)])).toEqual([
      ['plans/acme.yaml', ['team member (customer-success): Ali Kaya removed, Ece Demir is already one']],
      ['plans/beta.yaml', ['team member (sales): ALI KAYA → Ece Demir']],
    ]);
    expect(readFileSync(join(dir, 'plans/acme.yaml'), 'utf8')).toContain('team:\n  - { name: Ece Demir, function: customer-success }\nstakeholders:\n');
    expect(await runInProcess(['reassign', 'Ali Kaja', 'Ece Demir'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('no plan names "Ali Kaja"') });
  });
});
