import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';

/*
 * The bad rows of SPEC §8 ("All or nothing") that are about the export as a whole, from
 * the built binary: rows that are one person with other data, a row whose crmId and
 * e-mail are two people, and a --map column the file lacks. Each fails the run naming the
 * CSV line(s), with no plan byte changed; --skip-bad-rows skips the later row and says so.
 */

const ACME = [
  'cro: 1',
  'account:',
  '  name: Acme Logistics',
  'stakeholders:',
  '  - id: maria',
  '    name: Maria Lopez',
  '    email: maria@acme.example',
  '    group: renew',
  '    stance: advocate',
  '  - id: omar',
  '    name: Omar Shah',
  '    email: omar@acme.example',
  '    crmId: "900"',
  '    group: renew',
  '    stance: detractor',
  '',
].join('\n');
const GLOBEX = ['cro: 1', 'account:', '  name: Globex', 'stakeholders: []', ''].join('\n');

function repo(csv: Record<string, string>) {
  const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', 'plans/acme.yaml': ACME, 'plans/globex.yaml': GLOBEX, ...csv });
  const bytes = () => Object.fromEntries(readdirSync(join(dir, 'plans')).map((f) => [f, readFileSync(join(dir, 'plans', f))]));
  return { dir, bytes, acme: () => readFileSync(join(dir, 'plans/acme.yaml'), 'utf8') };
}

const cro = (dir: string, ...args: string[]) => runCli(args, { cwd: dir });
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const HEADER = 'account,name,email,crmId,title';

describe('rows of one export that are one person', () => {
  it('with other data: the later row fails the run naming both lines; --skip-bad-rows imports the earlier', () => {
    const { dir, bytes, acme } = repo({
      'people.csv': csv(HEADER, 'Acme Logistics,Lena Park,lena@acme.example,,CFO', 'Acme Logistics,Tom Berg,tom@acme.example,,CTO', 'Acme Logistics,Lena Park,LENA@acme.example,,COO', 'Acme Logistics,Ann Ay,ann@acme.example,77,Buyer', 'Acme Logistics,Bob Bay,bob@acme.example,77,Buyer'),
    });
    const before = bytes();
    const run = cro(dir, 'import', 'people.csv');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'cro: people.csv:4: the same person as line 2 (same email "LENA@acme.example") with other data: title "COO" here, "CFO" on line 2; keep one row per person in the export, or make the rows agree',
        'cro: people.csv:6: the same person as line 5 (same crmId "77") with other data: name "Bob Bay" here, "Ann Ay" on line 5; email "bob@acme.example" here, "ann@acme.example" on line 5; keep one row per person in the export, or make the rows agree',
        'cro: 2 rows contradict an earlier row or the plan: nothing written. Fix them in the export, or add --skip-bad-rows to import the others (of two rows that disagree, the later is skipped)',
        '',
      ].join('\n'),
    );
    expect(bytes()).toEqual(before);
    const json = cro(dir, 'import', 'people.csv', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ version: 1, file: 'people.csv', written: false, badRows: [{ line: 4, reason: 'samePerson' }, { line: 6, reason: 'samePerson' }] });
    expect(bytes()).toEqual(before);

    const skipping = cro(dir, 'import', 'people.csv', '--skip-bad-rows');
    expect(skipping.code).toBe(0);
    expect(skipping.stderr).toContain('cro: skipped people.csv:4: the same person as line 2 (same email "LENA@acme.example")');
    expect(skipping.stderr).toContain('cro: skipped people.csv:6: the same person as line 5 (same crmId "77")');
    expect(skipping.stdout).toContain('plans/acme.yaml (Acme Logistics): 3 added, 0 updated, 0 unchanged, 2 not in the export');
    expect(acme()).toMatch(/- id: lena-park\n {4}name: Lena Park\n {4}title: CFO\n {4}email: lena@acme\.example\n/);
    expect(acme()).toMatch(/- id: ann-ay\n {4}name: Ann Ay\n {4}title: Buyer\n {4}email: ann@acme\.example\n {4}crmId: "77"\n/);
    expect(acme()).not.toContain('Bob Bay');
    // Skipped again, and nothing else to do.
    const written = bytes();
    expect(cro(dir, 'import', 'people.csv', '--skip-bad-rows').stdout).toContain('nothing changed');
    expect(bytes()).toEqual(written);
  });

  it('with the same data (or less of it, or a later activity) is one person, imported once', () => {
    const { dir, acme } = repo({
      'people.csv': csv(
        'account,name,email,crmId,title,lastContact,buyingRole',
        'Acme Logistics,Lena Park,lena@acme.example,55,CFO,2026-10-01,Champion',
        'Acme Logistics,Lena Park,LENA@ACME.EXAMPLE,55,CFO,2026-11-02,Budget Holder',
        'Acme Logistics,Lena Park,,55,,2026-09-01,Blocker;End User',
        // The same e-mail in another account is another plan's person.
        'Globex,Lena Park,lena@acme.example,,Advisor,,',
      ),
    });
    const run = cro(dir, 'import', 'people.csv', '--preset', 'generic');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(acme()).toMatch(/- id: lena-park\n {4}name: Lena Park\n {4}title: CFO\n {4}email: LENA@ACME\.EXAMPLE\n {4}crmId: "55"\n {4}group: renew\n {4}roles: \[budget-owner, end-user\]\n {4}stance: detractor\n {4}lastContact: 2026-11-02\n/);
    expect(acme().match(/name: Lena Park/g)).toHaveLength(1);
    expect(readFileSync(join(dir, 'plans/globex.yaml'), 'utf8')).toContain('title: Advisor');
    expect(cro(dir, 'import', 'people.csv', '--preset', 'generic').stdout).toContain('nothing changed');
  });
});

describe('a row whose crmId and e-mail are two people', () => {
  it('of the plan: fails naming the line and both people, not the plan line; --skip-bad-rows skips it', () => {
    const { dir, bytes } = repo({ 'people.csv': csv(HEADER, 'Acme Logistics,Omar Shah,maria@acme.example,900,Buyer', 'Acme Logistics,Lena Park,lena@acme.example,,CFO') });
    const before = bytes();
    const run = cro(dir, 'import', 'people.csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^cro: people\.csv:2: crmId "900" is Omar Shah \(omar in plans\/acme\.yaml\), but email "maria@acme\.example" is Maria Lopez \(maria in plans\/acme\.yaml\): one row cannot be two people; correct this row's crmId or email in the export\ncro: 1 row contradicts/);
    expect(run.stderr).not.toContain('acme.yaml:');
    expect(bytes()).toEqual(before);
    const skipping = cro(dir, 'import', 'people.csv', '--skip-bad-rows');
    expect(skipping.code).toBe(0);
    expect(skipping.stderr).toContain('cro: skipped people.csv:2: crmId "900" is Omar Shah');
    expect(skipping.stdout).toContain('+ Lena Park (lena-park)');
    const acme = readFileSync(join(dir, 'plans/acme.yaml'), 'utf8');
    expect(acme.startsWith(ACME)).toBe(true);
  });

  it('brought in by earlier rows: names those lines', () => {
    const { dir, bytes } = repo({ 'people.csv': csv(HEADER, 'Acme Logistics,Ann Ay,ann@acme.example,77,', 'Acme Logistics,Bob Bay,bob@acme.example,78,', 'Acme Logistics,Ann Ay,bob@acme.example,77,', 'Acme Logistics,Maria Lopez,maria@acme.example,79,', 'Acme Logistics,Omar Shah,omar@acme.example,79,') });
    const before = bytes();
    const run = cro(dir, 'import', 'people.csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cro: people.csv:4: crmId "77" is Ann Ay of line 2, but email "bob@acme.example" is Bob Bay of line 3: one row cannot be two people');
    // Maria got crmId 79 from line 5; Omar's row says 79 too.
    expect(run.stderr).toContain('cro: people.csv:6: crmId "79" is Maria Lopez (maria in plans/acme.yaml, after line 5), but email "omar@acme.example" is Omar Shah (omar in plans/acme.yaml)');
    expect(bytes()).toEqual(before);
  });
});

describe('a --map column the file lacks', () => {
  it('fails the run at the header line with the columns and a did-you-mean, even with --skip-bad-rows', () => {
    // Blank lines before the header: the header is line 3.
    const { dir, bytes } = repo({ 'people.csv': `\n\n${csv('Firma,Ad Soyad,E-posta', 'Acme Logistics,Lena Park,lena@acme.example')}` });
    const before = bytes();
    for (const extra of [[], ['--skip-bad-rows']]) {
      const run = cro(dir, 'import', 'people.csv', '--map', 'Firma=account', '--map', 'Ad Soyadı=name', '--map', 'Mail=email', ...extra);
      expect(run.code, extra.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        [
          'cro: people.csv:3: --map Ad Soyadı=name: the file has no column "Ad Soyadı" (did you mean "Ad Soyad"?); its columns are "Firma", "Ad Soyad" and "E-posta"',
          'cro: people.csv:3: --map Mail=email: the file has no column "Mail"; its columns are "Firma", "Ad Soyad" and "E-posta"',
          'cro: 2 mapped columns are not in the file: nothing written. Give --map a column of the header (--skip-bad-rows does not help: every row lacks them)',
          '',
        ].join('\n'),
      );
    }
    const json = cro(dir, 'import', 'people.csv', '--map', 'Firma=account', '--map', 'Name=name', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ version: 1, written: false, badRows: [{ line: 3, reason: 'noColumn' }] });
    // A --map that is not one is still a usage error.
    expect(cro(dir, 'import', 'people.csv', '--map', 'Firma')).toMatchObject({ code: 2 });
    expect(cro(dir, 'import', 'people.csv', '--map', 'Firma=acount').code).toBe(2);
    expect(bytes()).toEqual(before);
    expect(cro(dir, 'import', 'people.csv', '--map', 'Firma=account', '--map', 'Ad Soyad=name', '--map', 'E-posta=email').code).toBe(0);
  });
});

describe('in Turkish', () => {
  it('says the conflicts and the missing column from the Turkish catalog', () => {
    const { dir } = repo({
      'dup.csv': csv(HEADER, 'Acme Logistics,Lena Park,lena@acme.example,,CFO', 'Acme Logistics,Lena Park,lena@acme.example,,COO', 'Acme Logistics,Omar Shah,maria@acme.example,900,', 'Acme Logistics,Ann Ay,ann@acme.example,77,', 'Acme Logistics,Bob Bay,lena@acme.example,77,'),
    });
    const env = { CRO_I18N_MARK: '1' };
    const data = [/plans\/[a-z-]+\.yaml/g, /[a-z]+\.csv(:\d+)?/g, FLAGS, /"[^"]*"/g, 'Lena Park', 'Omar Shah', 'Maria Lopez', 'Ann Ay', 'Bob Bay', /\b(title|email|crmId|name|maria|omar)\b/g];
    for (const args of [['dup.csv'], ['dup.csv', '--skip-bad-rows', '--dry-run'], ['dup.csv', '--map', 'Titel=title']]) {
      const result = runCli(['import', ...args, '--lang', 'tr'], { cwd: dir, env });
      expect(result.code, args.join(' ')).toBe(args.includes('--skip-bad-rows') ? 0 : 1);
      expect(unmarkedWords(result.stderr, [/^cro: /gm, ...data]), args.join(' ')).toEqual([]);
    }
    const plain = runCli(['import', 'dup.csv', '--lang', 'tr'], { cwd: dir });
    expect(plain.stderr).toContain('cro: dup.csv:3: 2. satırdaki kişiyle aynı kişi (email aynı: "lena@acme.example") ama bilgileri farklı: title burada "COO", 2. satırda "CFO"');
    expect(plain.stderr).toContain('cro: dup.csv:4: crmId "900" plans/acme.yaml içindeki Omar Shah (omar) kişisine, email "maria@acme.example" ise plans/acme.yaml içindeki Maria Lopez (maria) kişisine ait');
    expect(plain.stderr).toContain('cro: dup.csv:6: crmId "77" 5. satırdaki Ann Ay kişisine, email "lena@acme.example" ise 2. satırdaki Lena Park kişisine ait');
  });
});
