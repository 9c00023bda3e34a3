import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempTree } from '../helpers/cli.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';

/*
 * The edit commands from the built binary, as a revenue person uses them: exit codes,
 * what they say, and the bytes of the plan before and after (comments, CRLF, a BOM kept;
 * only the changed lines change).
 */

const PLAN = 'plans/acme.yaml';
const ACME = [
  '# Acme: our first reference customer',
  'cro: 1',
  '',
  'account:',
  '  name: Acme Logistics # signed in February',
  '  owner: Ali Kaya',
  '  renewalDate: 2027-02-01',
  'team:',
  '  - { name: Jane Doe, function: sales }',
  '  - { name: Ali Kaya, function: customer-success }',
  '  - { name: Ece Demir, function: marketing }',
  '',
  'stakeholders:',
  '  - id: maria',
  '    name: Maria Lopez',
  '    group: renew',
  '    roles: [executive-sponsor, budget-owner]',
  '    stance: advocate',
  '    backup: dana',
  "    lastContact: '2026-10-02' # at the QBR",
  '  - id: dana',
  '    name: Dana Whitaker',
  '    group: renew',
  '    roles: [administrator]',
  '    stance: supporter',
  '    backup: maria',
  '  - id: tom',
  '    name: Tom Berg',
  '    group: renew',
  '    roles: [end-user, administrator]',
  '    stance: supporter',
  '  - id: omar',
  '    name: Omar Shah',
  '    group: renew',
  '    roles: [procurement]',
  '    stance: detractor',
  '    objection: { kind: competitor }',
  '    winPlan: { owner: Ali Kaya, due: 2026-12-15 }',
  '',
  'milestones:',
  '  - name: Go-live, first warehouse',
  '    due: 2026-04-01',
  '  # - name: Second site',
  '',
  '# Break-even',
  'economics:',
  '  acquisitionCost: 84000',
  '  monthlyRevenue: 9500',
  '',
].join('\n');

function repo(text = ACME, extra: Record<string, string> = {}) {
  const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', [PLAN]: text, ...extra });
  return { dir, read: (path = PLAN) => readFileSync(join(dir, path), 'utf8') };
}

const cro = (dir: string, ...args: string[]) => runCli([...args, '--as-of', '2026-12-04'], { cwd: dir });

/** The lines of `after` that are not in `before` and those gone, in order. */
function changed(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { removed: a.slice(p, a.length - s), added: b.slice(p, b.length - s) };
}

describe('the walk-through of the issue: one command per row', () => {
  it('notes a conversation, someone leaving, a new stakeholder, a review and a hand-over', () => {
    const { dir, read } = repo();
    let before = read();

    const contact = cro(dir, 'contact', 'acme', 'maria');
    expect(contact).toMatchObject({ code: 0, stderr: '' });
    expect(contact.stdout).toBe('plans/acme.yaml: last contact with Maria Lopez: 2026-10-02 → 2026-12-04\n');
    expect(changed(before, read())).toEqual({ removed: ["    lastContact: '2026-10-02' # at the QBR"], added: ["    lastContact: '2026-12-04' # at the QBR"] });

    before = read();
    const left = cro(dir, 'left', 'acme', 'dana', '--on', '2026-11-30', '--successor', 'tom');
    expect(left.code).toBe(0);
    expect(left.stdout).toContain('plans/acme.yaml: Dana Whitaker left on 2026-11-30\n');
    expect(left.stdout).toContain('plans/acme.yaml: backup of Maria Lopez: Dana Whitaker → Tom Berg\n');
    expect(changed(before, read()).added).toEqual(['    backup: tom', "    lastContact: '2026-12-04' # at the QBR", '  - id: dana', '    name: Dana Whitaker', '    group: renew', '    roles: [administrator]', '    stance: supporter', '    backup: maria', '    leftOn: 2026-11-30']);
    // Run again without --on (to hand over backups, say), the day Dana left stays as recorded.
    before = read();
    const again = cro(dir, 'left', 'acme', 'dana');
    expect(again.code).toBe(0);
    expect(again.stdout + again.stderr).toContain('Dana Whitaker is already recorded as having left on 2026-11-30');
    expect(read()).toBe(before);

    before = read();
    const add = cro(dir, 'stakeholder', 'add', 'acme', 'Lena Park; roles=end-user; group=new-buy');
    expect(add).toMatchObject({ code: 0, stdout: 'plans/acme.yaml: added Lena Park (id lena-park, group new-buy, roles end-user)\n' });
    expect(changed(before, read())).toEqual({ removed: [], added: ['  - id: lena-park', '    name: Lena Park', '    group: new-buy', '    roles: [end-user]', '    stance: unknown'] });

    before = read();
    const review = cro(dir, 'review', 'acme', 'Go-live', '--done', '2026-04-10');
    expect(review.code).toBe(0);
    expect(review.stdout).toContain('360° review of "Go-live, first warehouse" on 2026-12-04: customer, sales, marketing, customer-success');
    expect(review.stdout).toMatch(/closes milestone-review/);
    expect(changed(before, read())).toEqual({
      removed: [],
      added: ['    done: 2026-04-10', '    review:', '      date: 2026-12-04', '      perspectives: [customer, sales, marketing, customer-success]'],
    });

    before = read();
    const reassign = cro(dir, 'reassign', 'Ali Kaya', 'Ece Demir');
    expect(reassign.code).toBe(0);
    expect(reassign.stdout.split('\n').filter((l) => l.startsWith('plans/'))).toEqual([
      'plans/acme.yaml: account owner: Ali Kaya → Ece Demir',
      'plans/acme.yaml: team member (customer-success): Ali Kaya → Ece Demir',
      'plans/acme.yaml: owner of the win plan for Omar Shah: Ali Kaya → Ece Demir',
    ]);
    const [a, b] = [before.split('\n'), read().split('\n')];
    expect(b.length).toBe(a.length);
    expect(a.filter((line, i) => line !== b[i])).toEqual(['  owner: Ali Kaya', '  - { name: Ali Kaya, function: customer-success }', '    winPlan: { owner: Ali Kaya, due: 2026-12-15 }']);
    expect(read()).not.toContain('Ali Kaya');
    // Every comment is still there, and the plan is still a plan.
    for (const comment of ['# Acme: our first reference customer', '# signed in February', '# at the QBR', '  # - name: Second site', '# Break-even']) expect(read()).toContain(comment);
    expect(runCli(['check', PLAN, '--format', 'json'], { cwd: dir }).stdout).toContain('"version": 1');
  });
});

describe('the file stays the user’s', () => {
  it('keeps CRLF line endings and a BOM byte for byte', () => {
    const crlf = `\uFEFF${ACME.replace(/\n/g, '\r\n')}`;
    const { dir } = repo(crlf);
    expect(cro(dir, 'stakeholder', 'set', 'acme', 'Dana Whitaker', 'email=dana@acme.example', 'roles=+end-user').code).toBe(0);
    const after = readFileSync(join(dir, PLAN));
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = after.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toBe(crlf.replace('    roles: [administrator]\r\n    stance: supporter\r\n', '    roles: [administrator, end-user]\r\n    stance: supporter\r\n').replace("name: Dana Whitaker\r\n", 'name: Dana Whitaker\r\n    email: dana@acme.example\r\n'));
  });

  it('keeps the mode of the file and leaves no temporary file', () => {
    const { dir } = repo();
    chmodSync(join(dir, PLAN), 0o640);
    expect(cro(dir, 'contact', 'acme', 'tom').code).toBe(0);
    expect(statSync(join(dir, PLAN)).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['acme.yaml']);
  });

  it('--dry-run prints a diff that patch applies to give what the edit writes, and writes nothing', () => {
    const { dir, read } = repo();
    const before = read();
    const dry = cro(dir, 'set', 'acme', 'account.segment', 'enterprise', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain('dry run: nothing was written');
    expect(dry.stdout).toMatch(/^--- a\/plans\/acme\.yaml\n\+\+\+ b\/plans\/acme\.yaml\n@@ -\d+,6 \+\d+,7 @@\n(?: .*\n){3}\+  segment: enterprise\n(?: .*\n){3}$/);
    expect(read()).toBe(before);
    writeFileSync(join(dir, 'change.diff'), dry.stdout);
    const copy = tempTree({ 'plans/acme.yaml': before });
    expect(spawnSync('patch', ['-p1', '-i', join(dir, 'change.diff')], { cwd: copy }).status).toBe(0);
    expect(cro(dir, 'set', 'acme', 'account.segment', 'enterprise').code).toBe(0);
    expect(readFileSync(join(copy, PLAN), 'utf8')).toBe(read());
  });

  it('--format json says the changes and the findings closed and opened', () => {
    const { dir } = repo();
    const result = cro(dir, 'stakeholder', 'set', 'acme', 'omar', 'stance=supporter', '--format', 'json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ version: 1, file: 'plans/acme.yaml', written: true });
    expect(json.changes).toEqual([{ op: 'set', path: 'stakeholders[3].stance', from: 'detractor', to: 'supporter', message: 'stance of Omar Shah: detractor → supporter' }]);
    expect(json.closed.map((f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`)).toContain('critical-roles role:procurement');
  });
});

describe('never an invalid or half-written plan', () => {
  it('refuses an edit that would make the plan invalid (exit 2, naming why) and writes nothing', () => {
    const { dir, read } = repo();
    const before = read();
    const both = cro(dir, 'set', 'acme', 'economics.annualRevenue', '120000');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^cro: this change would make the plan invalid, so nothing was written: plans\/acme\.yaml:\d+:\d+ .*annualRevenue/);
    const email = cro(dir, 'stakeholder', 'set', 'acme', 'tom', 'email=maria@x.example');
    expect(email.code).toBe(0);
    const twice = cro(dir, 'stakeholder', 'set', 'acme', 'dana', 'email=MARIA@x.example');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('stakeholders[2] (Tom Berg): email: maria@x.example is already the e-mail of stakeholders[1] (Dana Whitaker)');
    expect(read()).toBe(before.replace('    name: Tom Berg\n', '    name: Tom Berg\n    email: maria@x.example\n'));
  });

  it('does not edit a plan that is already invalid (exit 1, its first findings)', () => {
    const { dir, read } = repo(ACME.replace('stance: advocate', 'stance: fan'));
    const before = read();
    const result = cro(dir, 'contact', 'acme', 'maria');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cro: plans\/acme\.yaml is not a valid plan, so cro does not edit it; fix these first:\nplans\/acme\.yaml:18:/);
    expect(read()).toBe(before);
  });

  it('never moves lastContact backwards unless --force', () => {
    const { dir, read } = repo();
    const back = cro(dir, 'contact', 'acme', 'maria', '--on', '2026-09-01');
    expect(back).toMatchObject({ code: 0, stdout: 'plans/acme.yaml: last contact with Maria Lopez is 2026-10-02, later than 2026-09-01: kept (add --force to set 2026-09-01)\n' });
    expect(read()).toBe(ACME);
    expect(cro(dir, 'contact', 'acme', 'maria', '--on', '2026-09-01', '--force').code).toBe(0);
    expect(read()).toContain("lastContact: '2026-09-01'");
  });

  it('refuses a contact on a day after today (a mistyped year would stop every later contact being recorded)', () => {
    const { dir, read } = repo();
    const result = cro(dir, 'contact', 'acme', 'maria', '--on', '2062-12-01');
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'cro: --on 2062-12-01 is after today (2026-12-04): record a contact once it has happened; check the year\n' });
    expect(read()).toBe(ACME);
    expect(cro(dir, 'contact', 'acme', 'maria', '--on', '2026-12-04').code).toBe(0);
  });

  it('leaves a read-only plan alone (exit 2, one line naming it), as an editor would', () => {
    const { dir, read } = repo();
    chmodSync(join(dir, PLAN), 0o444);
    const result = cro(dir, 'contact', 'acme', 'maria');
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'cro: plans/acme.yaml: is read-only; make it writable (chmod u+w) to change it\n' });
    expect(read()).toBe(ACME);
    expect(statSync(join(dir, PLAN)).mode & 0o777).toBe(0o444);
  });

  it('leaves the old file or the new one when killed (kill -9) at any moment', async () => {
    const { dir, read } = repo();
    const old = read();
    expect(cro(dir, 'contact', 'acme', 'tom', '--on', '2026-12-01').code).toBe(0);
    const edited = read();
    for (const ms of [5, 20, 40, 60, 80, 100, 130, 170]) {
      writeFileSync(join(dir, PLAN), old);
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'contact', 'acme', 'tom', '--on', '2026-12-01'], { cwd: dir, stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), ms);
        child.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const now = read();
      expect(now === old || now === edited, `after ${ms} ms`).toBe(true);
    }
  });

  it('writes every plan or none in a reassign: one invalid plan naming the person stops them all', () => {
    const { dir, read } = repo(ACME, { 'plans/beta.yaml': ACME.replace('Acme Logistics', 'Beta Corp').replace('stance: advocate', 'stance: fan') });
    const result = cro(dir, 'reassign', 'Ali Kaya', 'Ece Demir');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plans/beta.yaml is not a valid plan');
    expect(read()).toBe(ACME);
  });
});

describe('finding plans, people and milestones', () => {
  it('finds a plan by account name ignoring case and accents, a person by a part of the name', () => {
    const { dir } = repo(ACME, { 'plans/brueckner.yaml': ACME.replace('Acme Logistics', 'Brückner Antriebstechnik GmbH') });
    expect(cro(dir, 'contact', 'bruckner antriebs', 'whitaker').stdout).toBe('plans/brueckner.yaml: last contact with Dana Whitaker: 2026-12-04\n');
    expect(cro(dir, 'contact', 'Brückner', 'DANA', '--on', '2026-12-04').code).toBe(0);
  });

  it('answers a miss with the nearest name and an ambiguity with the candidates (exit 2)', () => {
    const { dir } = repo(ACME.replace('Tom Berg', 'Tom Lopez'));
    const plan = cro(dir, 'contact', 'acmee', 'maria');
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('no plan "acmee" (did you mean acme?)');
    const person = cro(dir, 'contact', 'acme', 'mario');
    expect(person.code).toBe(2);
    expect(person.stderr).toContain('(did you mean maria (Maria Lopez)?)');
    const two = cro(dir, 'left', 'acme', 'lopez');
    expect(two).toMatchObject({ code: 2, stderr: 'cro: "lopez" names more than one person: maria (Maria Lopez); tom (Tom Lopez); say which\n' });
  });

  it('never asks without a terminal: exit 2 naming what is missing', () => {
    const { dir, read } = repo();
    const result = cro(dir, 'contact', 'acme');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('cro: missing <person>: there is no terminal to ask on, so give it on the command line (cro contact <plan> <person…>, e.g. cro contact acme maria)\n');
    expect(read()).toBe(ACME);
  });
});

describe('in Turkish', () => {
  it('says everything from the Turkish catalog', () => {
    const { dir } = repo();
    const env = { CRO_I18N_MARK: '1' };
    for (const args of [
      ['contact', 'acme', 'maria'],
      ['contact', 'acme', 'maria', '--on', '2026-01-01'],
      ['left', 'acme', 'dana'],
      ['set', 'acme', 'economics.annualRevenue', '1'],
      ['review', 'acme', 'go', '--dry-run'],
      ['stakeholder', 'add', 'acme', 'Lena Park; roles=end-user; group=new-buy'],
      ['stakeholder', 'set', 'acme', 'omar', 'stance=supporter', 'winPlan.due=31.12.2026'],
      ['stakeholder', 'set', 'acme', 'omar', 'stanse=supporter'],
      ['reassign', 'Ali Kaya', 'Ece Demir'],
      ['contact', 'acme'],
    ]) {
      const result = runCli([...args, '--lang', 'tr', '--as-of', '2026-12-04'], { cwd: dir, env });
      const diffLines = /^([-+ @].*|\\ .*)$/gm;
      expect(unmarkedWords(result.stdout, [diffLines, /plans\/acme\.yaml(:\d+:\d+)?/, /[a-z-]+ → [a-z-]+/, 'Maria Lopez', 'Dana Whitaker', 'Tom Berg', 'Omar Shah', 'Lena Park', 'Ali Kaya', 'Ece Demir', 'Go-live, first warehouse', /\(id [a-z-]+/, /\b(renew|new-buy|stance|detractor|supporter|winPlan\.due|team|sales|customer-success|stanse|lena-park)\b/g, /\b(customer|sales|marketing|customer-success|milestone-review|critical-roles|role-backup|stale-contact|stakeholder-needs|referrers|administrator|end-user)\b/g]), args.join(' ')).toEqual([]);
      expect(unmarkedWords(result.stderr, [/^cro: /, /plans\/acme\.yaml(:\d+:\d+)?/, FLAGS, 'annualRevenue', 'monthlyRevenue', 'economics', /cro contact <plan> <kişi…>, ö?r?\.? ?cro contact acme maria/, /<(plan|kişi)>/g, /\b(stanse|stance|name|title|department|group|roles|backup|referrer|email|crmId|needs\.\w+|objection\.\w+|winPlan\.\w+)\b/g]), args.join(' ')).toEqual([]);
    }
  });
});

describe('init --force over an existing plan', () => {
  it('says what it replaced', () => {
    const dir = tempTree();
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const result = runCli(['init', 'Copper Kettle Coffee', '--yes', '--force', '--dir', 'plans'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^replaced plans\/copper-kettle-coffee\.yaml: \d+ lines, \d+ stakeholders\n/);
  });
});
