import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';

/*
 * `cro stakeholder add` of someone the plan may already have (SPEC §7: "the id is made
 * from the name and kept unique"), from the built binary: the same e-mail or crmId is the
 * same person and is refused, a shared name is added with a note saying so, and a
 * lastContact after today is refused as `cro contact --on` refuses it.
 */

const PLAN = 'plans/acme.yaml';
const LINES = [
  '# Acme: our first reference customer',
  'cro: 1',
  'account:',
  '  name: Acme Logistics',
  'stakeholders:',
  '  - id: maria', // line 6
  '    name: María López',
  '    email: Maria.Lopez@Acme.example',
  '    group: renew',
  '    roles: [executive-sponsor, budget-owner]',
  '    stance: advocate',
  '    backup: dana',
  '  - id: dana', // line 13
  '    name: Dana Whitaker',
  '    crmId: 003-DW-17',
  '    group: renew',
  '    roles: [administrator]',
  '    stance: supporter',
  '    backup: maria # until Tom is trained',
  '',
  'milestones:',
  '  - name: Go-live',
  '    due: 2026-04-01',
  '',
];
const ACME = LINES.join('\n');

function repo(text = ACME) {
  const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', [PLAN]: text });
  return { dir, bytes: () => readFileSync(join(dir, PLAN)), read: () => readFileSync(join(dir, PLAN), 'utf8') };
}

const cro = (dir: string, ...args: string[]) => runCli([...args, '--as-of', '2026-12-04'], { cwd: dir });

/** The plan with `person` inserted as the last stakeholder (before the blank line that ends the list). */
const withPerson = (person: readonly string[]) => [...LINES.slice(0, 19), ...person, ...LINES.slice(19)].join('\n');

describe('the same person again (same e-mail or crmId) is refused', () => {
  it('refuses an e-mail the plan has, whatever its case, naming the person and stakeholder set; writes nothing', () => {
    const { dir, bytes } = repo();
    const before = bytes();
    const result = cro(dir, 'stakeholder', 'add', 'acme', 'Maria Lopez-Garcia; title=CFO; email=maria.lopez@ACME.example');
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'cro: email=maria.lopez@ACME.example: María López (maria, plans/acme.yaml:6) is already in the plan with this e-mail address; to change their details use cro stakeholder set plans/acme.yaml maria <key=value>; nothing was written\n',
    });
    expect(bytes().equals(before)).toBe(true);
    // Also in a dry run and in JSON: a refusal is a usage error, not a document.
    const json = cro(dir, 'stakeholder', 'add', 'acme', 'M. Lopez; email=MARIA.LOPEZ@acme.example', '--format', 'json', '--dry-run');
    expect(json.code).toBe(2);
    expect(json.stdout).toBe('');
    expect(json.stderr).toMatch(/^cro: email=MARIA\.LOPEZ@acme\.example: María López \(maria, plans\/acme\.yaml:6\) .*cro stakeholder set plans\/acme\.yaml maria/);
    expect(bytes().equals(before)).toBe(true);
  });

  it('refuses a crmId the plan has; a crmId differing in case is another CRM contact and is added', () => {
    const { dir, bytes, read } = repo();
    const before = bytes();
    const result = cro(dir, 'stakeholder', 'add', 'acme', 'Dana W.; crmId=003-DW-17');
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'cro: crmId=003-DW-17: Dana Whitaker (dana, plans/acme.yaml:13) is already in the plan with this crmId; to change their details use cro stakeholder set plans/acme.yaml dana <key=value>; nothing was written\n',
    });
    expect(bytes().equals(before)).toBe(true);

    const other = cro(dir, 'stakeholder', 'add', 'acme', 'Lena Park; crmId=003-dw-17');
    expect(other).toMatchObject({ code: 0, stderr: '', stdout: 'plans/acme.yaml: added Lena Park (id lena-park, group renew)\n  opens stakeholder-needs for Lena Park\n' });
    expect(read()).toBe(withPerson(['  - id: lena-park', '    name: Lena Park', '    crmId: 003-dw-17', '    group: renew', '    stance: unknown']));
  });
});

describe('a second person of the same name', () => {
  it('is added with an id of their own, and a note on stderr names the one already there', () => {
    const { dir, read } = repo();
    // Case, accents and spaces do not count, as when a person is looked up by name.
    const result = cro(dir, 'stakeholder', 'add', 'acme', 'maria  LOPEZ; title=Buyer; roles=procurement; email=m.lopez@acme.example');
    expect(result).toMatchObject({
      code: 0,
      stderr: 'cro: note: María López is already in the plan (maria, plans/acme.yaml:6); added as maria-lopez\n',
      stdout: 'plans/acme.yaml: added maria  LOPEZ (id maria-lopez, group renew, roles procurement)\n  opens stakeholder-needs for maria  LOPEZ\n',
    });
    expect(read()).toBe(withPerson(['  - id: maria-lopez', '    name: maria  LOPEZ', '    title: Buyer', '    email: m.lopez@acme.example', '    group: renew', '    roles: [procurement]', '    stance: unknown']));
  });

  it('says so in the JSON document too, in its notes (the shape is otherwise the same)', () => {
    const { dir, read } = repo();
    const result = cro(dir, 'stakeholder', 'add', 'acme', 'Dana Whitaker; group=new-buy', '--format', 'json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('cro: note: Dana Whitaker is already in the plan (dana, plans/acme.yaml:13); added as dana-whitaker\n');
    const document = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['version', 'file', 'changes', 'closed', 'opened', 'written', 'notes']);
    expect(document).toMatchObject({ version: 1, file: PLAN, written: true, notes: ['Dana Whitaker is already in the plan (dana, plans/acme.yaml:13); added as dana-whitaker'] });
    expect(document.changes).toEqual([
      { op: 'add', path: 'stakeholders[2]', to: { id: 'dana-whitaker', name: 'Dana Whitaker', group: 'new-buy', stance: 'unknown' }, message: 'added Dana Whitaker (id dana-whitaker, group new-buy)' },
    ]);
    expect(read()).toBe(withPerson(['  - id: dana-whitaker', '    name: Dana Whitaker', '    group: new-buy', '    stance: unknown']));
  });

  it('is not noted when only part of the name is shared', () => {
    const { dir } = repo();
    expect(cro(dir, 'stakeholder', 'add', 'acme', 'Maria Berg')).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('lastContact= after today', () => {
  it('is refused as cro contact --on refuses it, against --as-of; the day itself is accepted', () => {
    const { dir, bytes, read } = repo();
    const before = bytes();
    const result = cro(dir, 'stakeholder', 'add', 'acme', 'Lena Park; lastContact=2062-12-01');
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'cro: lastContact=2062-12-01 is after today (2026-12-04): record a contact once it has happened; check the year\n' });
    expect(bytes().equals(before)).toBe(true);
    // The same sentence as contact's, from the same catalog entry.
    expect(cro(dir, 'contact', 'acme', 'dana', '--on', '2062-12-01').stderr).toBe('cro: --on 2062-12-01 is after today (2026-12-04): record a contact once it has happened; check the year\n');

    expect(cro(dir, 'stakeholder', 'add', 'acme', 'Lena Park; lastContact=2026-12-04')).toMatchObject({ code: 0, stderr: '' });
    expect(read()).toBe(withPerson(['  - id: lena-park', '    name: Lena Park', '    group: renew', '    stance: unknown', '    lastContact: 2026-12-04']));
  });

  it('is judged against today without --as-of', () => {
    const { dir, bytes } = repo();
    const before = bytes();
    const result = runCli(['stakeholder', 'add', 'acme', 'Lena Park; lastContact=2999-01-01'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cro: lastContact=2999-01-01 is after today \(\d{4}-\d{2}-\d{2}\): record a contact once it has happened; check the year\n$/);
    expect(bytes().equals(before)).toBe(true);
  });
});

describe('in Turkish', () => {
  it('says the refusals and the note from the Turkish catalog', () => {
    const { dir, bytes } = repo();
    const before = bytes();
    const tr = (...args: string[]) => runCli([...args, '--lang', 'tr', '--as-of', '2026-12-04'], { cwd: dir, env: { CRO_I18N_MARK: '1' } });
    const plain = (...args: string[]) => runCli([...args, '--lang', 'tr', '--as-of', '2026-12-04'], { cwd: dir });

    expect(plain('stakeholder', 'add', 'acme', 'X; email=maria.lopez@acme.example')).toMatchObject({
      code: 2,
      stderr:
        'cro: email=maria.lopez@acme.example: María López (maria, plans/acme.yaml:6) bu e-posta adresiyle planda zaten kayıtlı; bilgilerini değiştirmek için cro stakeholder set plans/acme.yaml maria <anahtar=değer> kullanın; hiçbir şey yazılmadı\n',
    });
    // Dates as a Turkish user writes them, judged the same way.
    expect(plain('stakeholder', 'add', 'acme', 'Lena Park; lastContact=01.12.2062')).toMatchObject({
      code: 2,
      stderr: 'cro: lastContact=2062-12-01 bugünden (2026-12-04) sonra: görüşmeyi gerçekleştikten sonra kaydedin; yılı kontrol edin\n',
    });
    expect(bytes().equals(before)).toBe(true);

    const data = [/^cro: /gm, /plans\/acme\.yaml(:\d+)?/g, FLAGS, 'María López', 'Dana Whitaker', /\b(maria|dana|dana-whitaker|email|crmId|lastContact|renew|stakeholder-needs)\b/g, /[\w.-]+@[\w.-]+/g, /003-DW-17/g];
    for (const args of [
      ['stakeholder', 'add', 'acme', 'X; email=maria.lopez@acme.example'],
      ['stakeholder', 'add', 'acme', 'X; crmId=003-DW-17'],
      ['stakeholder', 'add', 'acme', 'Lena Park; lastContact=01.12.2062'],
      ['stakeholder', 'add', 'acme', 'Dana Whitaker', '--dry-run'],
    ]) {
      const result = tr(...args);
      expect(result.code, args.join(' ')).toBe(args.includes('--dry-run') ? 0 : 2);
      expect(unmarkedWords(result.stderr, data), args.join(' ')).toEqual([]);
    }
    expect(plain('stakeholder', 'add', 'acme', 'Dana Whitaker').stderr).toBe(
      'cro: not: Dana Whitaker planda zaten var (dana, plans/acme.yaml:13); yeni kişi ayrı bir paydaş olarak eklendi (id dana-whitaker)\n',
    );
  });
});
