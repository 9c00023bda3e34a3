import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';
import { encode } from './encode.js';

/*
 * `cro import` from the built binary, on export-shaped files made from the vendors'
 * documented columns: HubSpot's contact export, a Salesforce contact report (labels) and
 * a Data Export file (API names), a Turkish Excel CSV of one's own. Each is imported,
 * imported again (no byte changes), corrected (only the changed people change) and
 * broken (nothing written, the bad lines named).
 */

const ACME = [
  '# Acme: our first reference customer',
  'cro: 1',
  '',
  'account:',
  '  name: Acme Logistics # signed in February',
  '  crmId: "0015g00000XyZ12"',
  '  owner: Ali Kaya',
  'team:',
  '  - { name: Jane Doe, function: sales }',
  '',
  'stakeholders:',
  '  - id: maria',
  '    name: Maria Lopez',
  '    email: Maria.Lopez@acme.example',
  '    group: renew',
  '    roles: [executive-sponsor]',
  '    stance: advocate',
  "    lastContact: '2026-10-02' # at the QBR",
  '  - id: omar',
  '    name: Omar Shah',
  '    group: renew',
  '    roles: [procurement]',
  '    stance: detractor',
  '    objection: { kind: competitor }',
  '    winPlan: { owner: Ali Kaya, due: 2026-12-15 }',
  '',
].join('\n');

// A plan written on Windows: BOM and CRLF, which an import keeps.
const BRUCKNER = `\uFEFF${['cro: 1', 'account:', '  name: Brückner Antriebstechnik GmbH', 'stakeholders:', '  - id: jonas', '    name: Jonas Weber', '    group: renew', '    stance: supporter', ''].join('\r\n')}`;

function repo(extra: Record<string, string | Uint8Array> = {}) {
  const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', 'plans/acme.yaml': ACME, 'plans/bruckner.yaml': BRUCKNER, ...extra });
  const plans = () => Object.fromEntries(readdirSync(join(dir, 'plans')).map((f) => [f, readFileSync(join(dir, 'plans', f), 'utf8')]));
  return { dir, plans };
}

const cro = (dir: string, ...args: string[]) => runCli(args, { cwd: dir });

const HUBSPOT_HEADER = 'Record ID,First Name,Last Name,Email,Job Title,Company Name,Last Activity Date,Buying Role';
const hubspot = (rows: string[]) => `${[HUBSPOT_HEADER, ...rows].join('\r\n')}\r\n\r\n\r\n`;
const HUBSPOT_ROWS = [
  '501,Maria,Lopez,maria.lopez@acme.example,"VP Operations, EMEA",Acme Logistics,11/02/2026,Budget Holder;Champion',
  '502,Tom,Berg,tom@acme.example,"IT Lead\r\n(warehouses)",ACME LOGISTICS,10/28/2026 09:15,End User;Blocker',
  '503,Jonas,Weber,jonas@brueckner.example,Einkauf,brückner antriebstechnik gmbh,2026-09-01,Legal & Compliance',
  '504,Lena,Park,lena@acme.example,CFO,Acme Logistics,,Executive Sponsor;Decision Maker',
];

describe('a HubSpot contact export', () => {
  it('is merged, re-imported without a byte changed, corrected, and refused when broken', () => {
    const { dir, plans } = repo({ 'contacts.csv': hubspot(HUBSPOT_ROWS) });
    const first = cro(dir, 'import', 'contacts.csv');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('plans/acme.yaml (Acme Logistics): 2 added, 1 updated, 0 unchanged, 1 not in the export');
    expect(first.stdout).toContain('~ Maria Lopez: title, email, crmId, lastContact, roles');
    expect(first.stdout).toContain('+ Tom Berg (tom-berg)');
    expect(first.stdout).toMatch(/\? not in the export: maybe left\? Omar Shah/);
    expect(first.stdout).toContain('written: 2 plans');
    const acme = plans()['acme.yaml']!;
    // Maria: contact data follows the export, lastContact moved forward, roles grown, stance kept; the comments stay.
    expect(acme).toContain(['  - id: maria', '    name: Maria Lopez', '    title: "VP Operations, EMEA"', '    email: maria.lopez@acme.example', '    crmId: "501"', '    group: renew', '    roles: [executive-sponsor, budget-owner]', '    stance: advocate', "    lastContact: '2026-11-02' # at the QBR"].join('\n'));
    // Tom is new: a Blocker is a detractor; the title's line break is a space.
    expect(acme).toMatch(/- id: tom-berg\n {4}name: Tom Berg\n {4}title: IT Lead \(warehouses\)\n {4}email: tom@acme.example\n {4}crmId: "502"\n {4}group: renew\n {4}roles: \[end-user\]\n {4}stance: detractor\n {4}lastContact: 2026-10-28\n/);
    expect(acme).toMatch(/- id: lena-park\n[^]*roles: \[executive-sponsor, other\]\n {4}stance: unknown\n/);
    expect(acme.startsWith('# Acme: our first reference customer\ncro: 1\n\naccount:\n  name: Acme Logistics # signed in February\n')).toBe(true);
    // Brückner, found by its name without the accents: BOM and CRLF kept.
    const bruckner = plans()['bruckner.yaml']!;
    expect(bruckner.startsWith('\uFEFFcro: 1\r\n')).toBe(true);
    expect(bruckner.replace(/\r\n/g, '')).not.toContain('\n');
    expect(bruckner).toContain('    name: Jonas Weber\r\n    title: Einkauf\r\n    email: jonas@brueckner.example\r\n    crmId: "503"\r\n    group: renew\r\n    roles:');
    // The plans are still valid plans.
    const check = cro(dir, 'check', '--format', 'json');
    expect(JSON.parse(check.stdout).files.flatMap((f: { findings: Array<{ rule: string }> }) => f.findings).filter((f: { rule: string }) => f.rule === 'schema' || f.rule === 'yaml-syntax')).toEqual([]);

    // The same file again: nothing changes, byte for byte, and it says so.
    const written = plans();
    const again = cro(dir, 'import', 'contacts.csv');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing changed: the plans already hold this export');
    expect(again.stdout).toContain('plans/acme.yaml (Acme Logistics): 0 added, 0 updated, 3 unchanged, 1 not in the export');
    expect(plans()).toEqual(written);

    // A corrected export: Tom's title and an older activity date; only Tom's title line changes.
    writeFileSync(join(dir, 'contacts.csv'), hubspot([HUBSPOT_ROWS[0]!.replace('11/02/2026', '09/01/2026'), HUBSPOT_ROWS[1]!.replace('"IT Lead\r\n(warehouses)"', 'Head of IT'), ...HUBSPOT_ROWS.slice(2)]));
    const corrected = cro(dir, 'import', 'contacts.csv');
    expect(corrected.code).toBe(0);
    expect(corrected.stdout).toContain('~ Tom Berg: title');
    expect(corrected.stdout).not.toContain('Maria Lopez:');
    const after = plans();
    expect(after['bruckner.yaml']).toBe(written['bruckner.yaml']);
    expect(after['acme.yaml']).toBe(written['acme.yaml']!.replace('title: IT Lead (warehouses)', 'title: Head of IT'));

    // A broken export: a row without a name and an impossible date; nothing written, the lines named.
    const before = plans();
    writeFileSync(join(dir, 'contacts.csv'), hubspot([HUBSPOT_ROWS[0]!, '505,,,,"Quoted,\r\nover two lines",Acme Logistics,,', HUBSPOT_ROWS[1]!, '506,Ece,Demir,ece@acme.example,CMO,Acme Logistics,13/45/2026,', '507,Can,Ak,can at acme,CTO,Acme Logistics,,']));
    const broken = cro(dir, 'import', 'contacts.csv');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('cro: contacts.csv:3: no name\n');
    // Line 3's quoted line break and Tom's push Ece to line 7.
    expect(broken.stderr).toContain('cro: contacts.csv:7: Last Activity Date "13/45/2026" is not a date; say how dates are written with --date-format\n');
    expect(broken.stderr).toContain('cro: contacts.csv:8: Email "can at acme" is not an e-mail address\n');
    expect(broken.stderr).toContain('3 rows could not be read: nothing written.');
    expect(plans()).toEqual(before);
    const json = cro(dir, 'import', 'contacts.csv', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ version: 1, file: 'contacts.csv', written: false, badRows: [{ line: 3, reason: 'noName', message: 'no name' }, { line: 7, reason: 'badDate' }, { line: 8, reason: 'badEmail' }] });
    // --skip-bad-rows writes the rest and lists what it skipped.
    const skipping = cro(dir, 'import', 'contacts.csv', '--skip-bad-rows');
    expect(skipping.code).toBe(0);
    expect(skipping.stderr).toContain('cro: skipped contacts.csv:3: no name\n');
    expect(skipping.stderr).toContain('cro: skipped contacts.csv:7: ');
  });

  it('shows the diffs with --dry-run and writes nothing; --format json gives the same as data', () => {
    const { dir, plans } = repo({ 'contacts.csv': hubspot(HUBSPOT_ROWS) });
    const before = plans();
    const dry = cro(dir, 'import', 'contacts.csv', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('--- a/plans/acme.yaml\n+++ b/plans/acme.yaml\n');
    expect(dry.stdout).toContain('+  - id: tom-berg\n');
    expect(dry.stderr).toContain('nothing written (--dry-run)');
    expect(plans()).toEqual(before);
    const json = JSON.parse(cro(dir, 'import', 'contacts.csv', '--dry-run', '--format', 'json').stdout);
    expect(json).toMatchObject({ version: 1, file: 'contacts.csv', written: false, dryRun: true, skipped: [], unknownAccounts: [] });
    const acme = json.plans.find((p: { file: string }) => p.file === 'plans/acme.yaml');
    expect(acme).toMatchObject({ account: 'Acme Logistics', created: false, changed: true, added: [{ id: 'tom-berg', name: 'Tom Berg' }, { id: 'lena-park', name: 'Lena Park' }], updated: [{ id: 'maria', fields: ['title', 'email', 'crmId', 'lastContact', 'roles'] }], unchanged: [], notInExport: [{ id: 'omar', name: 'Omar Shah' }] });
    expect(acme.diff).toContain('+  - id: tom-berg');
    expect(plans()).toEqual(before);
  });
});

describe('Salesforce', () => {
  const REPORT = [
    '"Contact ID","Account Name","Account ID","First Name","Last Name","Title","Department","Email","Last Activity"',
    // The account is found by its id, whatever the name says.
    '"0035g00000AbC01","Acme Logistics, Inc.","0015g00000XyZ12","Maria","Lopez","VP Operations","Operations","maria.lopez@acme.example","11/2/2026"',
    '"0035g00000AbC02","Harbor & Vine","0015g00000HaV01","Dana","Whitaker","Office Manager","Admin","dana@harbor.example","3/15/2026"',
    '',
  ].join('\n');
  const API = ['Id,AccountId,FirstName,LastName,Title,Department,Email,LastActivityDate', '0035g00000AbC01,0015g00000XyZ12,Maria,Lopez,COO,Operations,maria.lopez@acme.example,2026-11-20', '0035g00000AbC02,0015g00000HaV01,Dana,Whitaker,Office Manager,Admin,dana@harbor.example,2026-03-15', ''].join('\n');

  it('reads a contact report, lists unknown accounts, and with --create makes their plans', () => {
    const { dir, plans } = repo({ 'report.csv': REPORT, 'export.csv': API });
    const first = cro(dir, 'import', 'report.csv');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('~ Maria Lopez: title, department, email, crmId, lastContact');
    expect(first.stderr).toContain('1 row skipped, of accounts without a plan: Harbor & Vine. Add --create');
    expect(Object.keys(plans()).sort()).toEqual(['acme.yaml', 'bruckner.yaml']);
    const created = cro(dir, 'import', 'report.csv', '--create', '--group', 'new-buy');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('plans/harbor-and-vine.yaml (Harbor & Vine): a new plan');
    const harbor = plans()['harbor-and-vine.yaml']!;
    expect(harbor).toContain('# Trust Enablement account plan: Harbor & Vine');
    expect(harbor).toContain('  crmId: 0015g00000HaV01');
    expect(harbor).toMatch(/- id: dana-whitaker\n {4}name: Dana Whitaker\n {4}title: Office Manager\n {4}department: Admin\n {4}email: dana@harbor.example\n {4}crmId: 0035g00000AbC02\n {4}group: new-buy\n {4}stance: unknown\n {4}lastContact: 2026-03-15\n/);
    const check = JSON.parse(cro(dir, 'check', 'plans/harbor-and-vine.yaml', '--format', 'json').stdout);
    expect(check.files[0].findings.filter((f: { rule: string }) => f.rule === 'schema')).toEqual([]);
    // The Data Export file (API names) of the same contacts: found by crmId; only what changed changes.
    const written = plans();
    const api = cro(dir, 'import', 'export.csv');
    expect(api.code).toBe(0);
    expect(api.stdout).toContain('~ Maria Lopez: title, lastContact');
    expect(api.stdout).toContain('plans/harbor-and-vine.yaml (Harbor & Vine): 0 added, 0 updated, 1 unchanged, 0 not in the export');
    expect(plans()['harbor-and-vine.yaml']).toBe(written['harbor-and-vine.yaml']);
    expect(plans()['acme.yaml']).toBe(written['acme.yaml']!.replace('title: VP Operations', 'title: COO').replace("lastContact: '2026-11-02'", "lastContact: '2026-11-20'"));
    const again = plans();
    expect(cro(dir, 'import', 'export.csv').stdout).toContain('nothing changed');
    expect(plans()).toEqual(again);
  });
});

describe('a CSV of your own', () => {
  // A Turkish Excel: `;`, Windows-1254, CRLF, DD.MM.YYYY with a time, empty lines at the end.
  const TURKISH = ['Firma;Ad Soyad;Ünvan;E-posta;Son Görüşme;Rol', 'Acme Logistics;Gülşen Işık;Satın Alma Müdürü;gulsen@acme.example;02.11.2026 14:30;procurement', 'Acme Logistics;İsmail Öztürk;"BT Uzmanı; Depo";ismail@acme.example;28.10.2026 09:00;', ';;;;;', ''].join('\r\n');
  const maps = ['--map', 'Firma=account', '--map', 'Ad Soyad=name', '--map', 'Ünvan=title', '--map', 'E-posta=email', '--map', 'Son Görüşme=lastContact', '--map', 'Rol=buyingRole'];

  it('is read with --map, --encoding and --date-format, and imported once', () => {
    const { dir, plans } = repo({ 'kisiler.csv': encode(TURKISH, 'windows-1254') });
    const notUtf8 = cro(dir, 'import', 'kisiler.csv', ...maps);
    expect(notUtf8.code).toBe(2);
    expect(notUtf8.stderr).toMatch(/^cro: kisiler\.csv: not UTF-8; say how it is encoded, e\.g\. --encoding windows-1254/);
    const result = cro(dir, 'import', 'kisiler.csv', '--encoding', 'windows-1254', '--date-format', 'DD.MM.YYYY hh:mm', '--plan', 'acme', ...maps);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const acme = plans()['acme.yaml']!;
    expect(acme).toMatch(/- id: gulsen-isik\n {4}name: Gülşen Işık\n {4}title: Satın Alma Müdürü\n {4}email: gulsen@acme.example\n {4}group: renew\n {4}roles: \[procurement\]\n {4}stance: unknown\n {4}lastContact: 2026-11-02\n/);
    expect(acme).toMatch(/- id: ismail-ozturk\n {4}name: İsmail Öztürk\n {4}title: "BT Uzmanı; Depo"\n/);
    const written = plans();
    expect(cro(dir, 'import', 'kisiler.csv', '--encoding', 'windows-1254', '--date-format', 'DD.MM.YYYY hh:mm', '--plan', 'acme', ...maps).stdout).toContain('nothing changed');
    expect(plans()).toEqual(written);
  });

  it('reads UTF-16 LE with a BOM, tab-separated, as Excel saves "Unicode text"', () => {
    const text = ['account\tname\temail\tlastContact', 'Acme Logistics\tLena Park\tlena@acme.example\t2026-11-01', ''].join('\r\n');
    const { dir, plans } = repo({ 'people.txt': encode(text, 'utf-16le') });
    const result = cro(dir, 'import', 'people.txt', '--preset', 'generic');
    expect(result.code).toBe(0);
    expect(plans()['acme.yaml']).toContain('    name: Lena Park\n    email: lena@acme.example\n');
  });

  it('refuses what it cannot read, naming it, before anything is written', () => {
    const { dir, plans } = repo({ 'people.csv': 'account,name,when\nAcme Logistics,Lena Park,03/04/2026\n' });
    const before = plans();
    const cases: Array<[string[], number, RegExp]> = [
      [['--encoding', 'klingon'], 2, /^cro: --encoding klingon: not an encoding cro knows/],
      // A mapped column the file lacks is a bad row at the header (SPEC §8): exit 1, not a usage error.
      [['--map', 'Company=account'], 1, /^cro: people\.csv:1: --map Company=account: the file has no column "Company"; its columns are "account", "name" and "when"\ncro: a mapped column is not in the file: nothing written\./],
      [['--map', 'when=lastContac'], 2, /^cro: --map when=lastContac: cro has no field "lastContac"/],
      [['--date-format', 'YYYY'], 2, /^cro: --date-format YYYY: not a date format/],
      [['--map', 'when=lastContact'], 1, /^cro: people\.csv:2: when "03\/04\/2026" could be 2026-03-04 and 2026-04-03; say which with --date-format\n/],
    ];
    for (const [flags, code, message] of cases) {
      const result = cro(dir, 'import', 'people.csv', ...flags);
      expect(result.code, flags.join(' ')).toBe(code);
      expect(result.stderr, flags.join(' ')).toMatch(message);
    }
    expect(cro(dir, 'import', 'missing.csv').stderr).toMatch(/^cro: missing\.csv: no such file/);
    writeFileSync(join(dir, 'quote.csv'), 'account,name\r\nAcme Logistics,"Lena\r\nPark\r\nAcme Logistics,Tom Berg\r\n');
    expect(cro(dir, 'import', 'quote.csv')).toMatchObject({ code: 2, stderr: 'cro: quote.csv:2: not CSV cro can read (a quote opens here and is never closed); nothing written\n' });
    expect(plans()).toEqual(before);
    const fixed = cro(dir, 'import', 'people.csv', '--map', 'when=lastContact', '--date-format', 'DD/MM/YYYY');
    expect(fixed.code).toBe(0);
    expect(plans()['acme.yaml']).toContain('    lastContact: 2026-04-03\n');
  });
});

describe('edges', () => {
  it('takes --delimiter, lists accounts two plans share, and leaves an invalid plan alone', () => {
    const { dir, plans } = repo({
      'plans/acme-copy.yaml': 'cro: 1\naccount:\n  name: ACME Logistics\n',
      'plans/broken.yaml': 'cro: 1\naccount:\n  name: Broken Co\nstakeholders:\n  - id: x\n',
      'pipes.csv': 'account|name\nBrückner Antriebstechnik GmbH|Jonas Weber\nAcme Logistics|Lena Park\n',
      'broken.csv': 'account,name\nBroken Co,Ada Lovelace\n',
    });
    const before = plans();
    expect(cro(dir, 'import', 'pipes.csv', '--delimiter', 'ab').code).toBe(2);
    const piped = cro(dir, 'import', 'pipes.csv', '--delimiter', '|');
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain('plans/bruckner.yaml (Brückner Antriebstechnik GmbH): 0 added, 0 updated, 1 unchanged, 0 not in the export');
    // "Acme Logistics" names two plans (one has a crmId the row does not give): listed and skipped.
    expect(piped.stderr).toContain('"Acme Logistics" is the account of several plans (plans/acme-copy.yaml and plans/acme.yaml); its rows are skipped');
    expect(plans()).toEqual(before);
    const broken = cro(dir, 'import', 'broken.csv');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/plans\/broken\.yaml/);
    expect(plans()).toEqual(before);
    expect(cro(dir, 'import', 'broken.csv', '--plan', 'nowhere').code).toBe(2);
  });

  it('makes no plan with --create --dry-run', () => {
    const { dir, plans } = repo({ 'new.csv': 'account,name\nNew Account Ltd,Ada Lovelace\n' });
    const dry = cro(dir, 'import', 'new.csv', '--create', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+++ b/plans/new-account-ltd.yaml');
    expect(Object.keys(plans()).sort()).toEqual(['acme.yaml', 'bruckner.yaml']);
  });
});

describe('in Turkish', () => {
  it('says everything from the Turkish catalog', () => {
    const { dir } = repo({ 'contacts.csv': hubspot(HUBSPOT_ROWS), 'bad.csv': hubspot(['505,,,,x,Acme Logistics,,', '506,Ece,Demir,e@x.example,CMO,Nowhere Inc,31.12.2026,']), 'quote.csv': 'account,name\nAcme,"Lena\n' });
    const env = { CRO_I18N_MARK: '1' };
    const data = [/plans\/[a-z-]+\.yaml/g, /[a-z]+\.csv(:\d+)?/g, FLAGS, /^[-+ @].*$/gm, 'Acme Logistics', 'Brückner Antriebstechnik GmbH', 'Maria Lopez', 'Tom Berg', 'Lena Park', 'Jonas Weber', 'Omar Shah', 'Nowhere Inc', 'Last Activity Date', /\b(title|email|crmId|lastContact|roles|department|name|account|plan|kişi)\b/g, /\([a-z-]+\)/g];
    for (const args of [['import', 'contacts.csv'], ['import', 'contacts.csv'], ['import', 'bad.csv'], ['import', 'bad.csv', '--skip-bad-rows', '--dry-run'], ['import', 'nope.csv'], ['import', 'quote.csv'], ['import', 'contacts.csv', '--map', 'Nope=account'], ['import', 'contacts.csv', '--encoding', 'x-nope'], ['import', 'contacts.csv', '--help']]) {
      const result = runCli([...args, '--lang', 'tr'], { cwd: dir, env });
      const help = args.includes('--help');
      const allowed = help ? [...data, /\b(hubspot|salesforce|generic|renew|new-buy|text|json|utf-8|utf-16le|windows-1254|windows-1252|latin1|tab|account|accountCrmId|name|firstName|lastName|title|department|email|crmId|lastContact|buyingRole|Company|Full|Last|call|DD|MM|YYYY|hh|mm|ISO|HubSpot|Salesforce|CSV|UTF|BOM|CRM|Excel|unified|diff|cro|import|kisiler|people|hubspot-contacts|salesforce-contacts|acme)\b/g, /\[[a-z]+\]|<[^>]+>/g] : data;
      expect(unmarkedWords(result.stdout, allowed), args.join(' ')).toEqual([]);
      expect(unmarkedWords(result.stderr, [/^cro: /gm, ...allowed]), args.join(' ')).toEqual([]);
    }
  });
});
