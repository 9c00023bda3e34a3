import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MESSAGE_END, MESSAGE_START } from '../../src/i18n/messages.js';
import { BIN, runCli, tempTree } from '../helpers/cli.js';

/*
 * `cro init` in Turkish (issue #17, SPEC §11), through a real pseudo-terminal as in
 * interactive.test.ts: yes/no in Turkish words, Turkish key hints, day-first dates,
 * Turkish money; and, with CRO_I18N_MARK=1, proof that no English sentence is left.
 */

const DRIVER = join(dirname(fileURLToPath(import.meta.url)), 'pty-driver.py');
const hasPython = spawnSync('python3', ['--version']).status === 0;
const ENTER = '\r';
const BACKSPACE = '\u007f';
const CLEAR = BACKSPACE.repeat(10);

interface Session {
  code: number;
  output: string;
  error: string | null;
}

function drive(cwd: string, args: string[], steps: Array<[expect: string, send: string]>, env: Record<string, string | null> = {}): Session {
  const script = {
    argv: [process.execPath, BIN, ...args],
    cwd,
    env: { CI: null, NO_COLOR: null, FORCE_COLOR: null, CRO_LANG: null, TERM: 'xterm-256color', ...env },
    timeout: 15,
    steps: steps.map(([expect, send]) => ({ expect, send })),
  };
  const result = spawnSync('python3', [DRIVER], { input: JSON.stringify(script), encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`pty driver failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Session;
}

/** The questions up to the stakeholders, each left as it is. */
const upToStakeholders: Array<[string, string]> = [
  ['Segment', ENTER],
  ['Müşteri sorumlusu', ENTER],
  ['Sözleşme başlangıç tarihi', `${CLEAR}${ENTER}`],
  ['Yenileme tarihi', ENTER],
  ['Para birimi', ENTER],
  ['Satış', ENTER],
  ['Pazarlama', ENTER],
  ['Müşteri başarısı', ENTER],
  ['Grup 1', ENTER],
  ['Grup 2', ENTER],
  ['yenilemesi için ne olması gerekiyor', ENTER],
];

// The innermost message first: a message may hold another (a reason inside a sentence).
const innermost = new RegExp(`${MESSAGE_START}[^${MESSAGE_START}${MESSAGE_END}]*${MESSAGE_END}`, 'gu');

/**
 * What is left of a Turkish transcript once the catalog's messages (marked) are taken
 * out, and with them what is not language:
 * - `data`: what the plan holds or cro offers as a default (file names, the template's
 *   name, currency codes), passed by each test;
 * - `typed`: what the test typed, with every start of it as a whole word (the terminal
 *   echoes an answer letter by letter: "S", "Sa", "Sat"…);
 * - plan keys the summary shows as they are written (`renew:`, `newBuy:`);
 * - commands, which stay as typed (`cro check`, `git init …`, `cd`);
 * - the program's name before an error (`cro:`);
 * - inquirer's symbols (? ✔ ❯ ◯ ◉ ↑↓ ⏎ •) and the ANSI codes the driver already removed.
 * Any word of three letters or more left after that is English written outside the catalog.
 */
function unmarkedWords(output: string, data: readonly string[], typed: readonly string[] = []): string[] {
  let rest = output;
  for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(innermost, ' ')];
  rest = rest
    .replace(/\b(renew|newBuy):/g, ' ')
    .replace(/git init && git add \. && git commit -m/g, ' ')
    .replace(/\b(cro (init|check)|cd)\b/g, ' ')
    .replace(/^cro:/gm, ' ');
  for (const value of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ');
  // Whole words only ("Sat" of "Satın", never the "e" inside an English "select").
  const starts = typed.flatMap((value) => [...value].map((_, i) => value.slice(0, i + 1)));
  for (const value of [...new Set(starts)].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`(?<!\\p{L})${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?!\\p{L})`, 'gu'), ' ');
  }
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

describe.skipIf(!hasPython)('cro init in Turkish, on a terminal', { timeout: 120_000 }, () => {
  it('"hayır" (no) at the last question writes nothing, and says so in Turkish', () => {
    const dir = tempTree();
    const session = drive(dir, ['init', 'Kaya', '--lang', 'tr'], [
      ...upToStakeholders,
      ['paydaş eklensin mi\\? \\(E/h\\)', `h${ENTER}`],
      ['ekonomik veriler şimdi girilsin mi\\? \\(e/H\\)', ENTER],
      ['kaya\\.yaml yazılsın mı\\? \\(E/h\\)', `hayır${ENTER}`],
    ]);
    expect(session.error).toBeNull();
    expect(session.code).toBe(0);
    expect(session.output).toContain('Hiçbir şey yazılmadı.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes evet and hayır in any case, Turkish casing included, and asks again for anything else', () => {
    const dir = tempTree();
    const session = drive(dir, ['init', 'Kaya', '--lang', 'tr'], [
      ...upToStakeholders,
      ['Tanıdığınız bir paydaş eklensin mi', `EVET${ENTER}`],
      ['Ad soyad', `Ayşe Yılmaz${ENTER}`],
      ['Unvan', ENTER],
      ['Grup', ENTER],
      ['Roller', `${' '}${ENTER}`],
      ['Tutum', ENTER],
      // Neither yes nor no: asked again, in Turkish, and nothing is taken for the default.
      ['Başka bir paydaş eklensin mi', `tamam${ENTER}`],
      ['Evet için e, hayır için h yazın\\.', `${BACKSPACE.repeat(5)}HAYIR${ENTER}`],
      ['ekonomik veriler', `Hayır${ENTER}`],
      ['kaya\\.yaml yazılsın mı', `e${ENTER}`],
    ]);
    expect(session.error).toBeNull();
    expect(session.code).toBe(0);
    expect(session.output).toMatch(/Başka bir paydaş eklensin mi\? Hayır/);
    expect(session.output).toContain('oluşturuldu: kaya.yaml');
    const plan = parse(readFileSync(join(dir, 'kaya.yaml'), 'utf8')) as { stakeholders: Array<{ name: string }>; economics?: unknown };
    expect(plan.stakeholders.map((s) => s.name)).toEqual(['Ayşe Yılmaz']);
    expect(plan.economics).toBeUndefined();
  });

  it('shows the key hints of lists in Turkish', () => {
    const dir = tempTree();
    const session = drive(dir, ['init', 'Kaya', '--lang', 'tr'], [
      ...upToStakeholders,
      ['paydaş eklensin mi', `e${ENTER}`],
      ['Ad soyad', `Ayşe Yılmaz${ENTER}`],
      ['Unvan', ENTER],
      ['↑↓ gezin • ⏎ seçin', ENTER],
      ['↑↓ gezin • boşluk seçin • a tümü • i seçimi tersine çevirin • ⏎ onaylayın', ENTER],
      ['Tutum', ENTER],
      ['Başka bir paydaş', `h${ENTER}`],
      ['ekonomik veriler', `h${ENTER}`],
      ['yazılsın mı', `h${ENTER}`],
    ]);
    expect(session.error).toBeNull();
    expect(session.output).not.toMatch(/navigate|select|submit|invert|space/);
  });

  it('takes dates day first (31.01.2025) and writes them YYYY-MM-DD; shows money as Turkish writes it', () => {
    const dir = tempTree();
    const session = drive(dir, ['init', 'Kaya', '--lang', 'tr'], [
      ['Segment', ENTER],
      ['Müşteri sorumlusu', ENTER],
      ['Sözleşme başlangıç tarihi \\(GG\\.AA\\.YYYY\\)', `${CLEAR}31.01.2025${ENTER}`],
      // The suggested renewal is shown as it is typed: day first.
      ['Yenileme tarihi[^\\n]*31\\.01\\.2027', `${CLEAR}31.02.2027${ENTER}`],
      ['31\\.02\\.2027 takvimde olan bir tarih değil', `${CLEAR}1.3.2027${ENTER}`],
      ['Para birimi', `${BACKSPACE.repeat(3)}TRY${ENTER}`],
      ['Satış', ENTER],
      ['Pazarlama', ENTER],
      ['Müşteri başarısı', ENTER],
      ['Grup 1', ENTER],
      ['Grup 2', ENTER],
      ['yenilemesi için ne olması gerekiyor', ENTER],
      ['paydaş eklensin mi', `h${ENTER}`],
      ['ekonomik veriler', `e${ENTER}`],
      ['Gelir', ENTER],
      ['Aylık gelir', `2500000${ENTER}`],
      ['edinme maliyeti', `84000${ENTER}`],
      ['Devreye alma', ENTER],
      ['Brüt kâr marjı', `78%${ENTER}`],
      ['destek maliyeti', ENTER],
      ['kayıp oranı', ENTER],
      ['kaya\\.yaml yazılsın mı', ENTER],
    ]);
    expect(session.error).toBeNull();
    expect(session.code).toBe(0);
    const summary = session.output.slice(session.output.lastIndexOf('Özet'));
    expect(summary).toMatch(/Başlangıç:\s+31\.01\.2025/);
    expect(summary).toMatch(/Yenileme:\s+01\.03\.2027/);
    expect(summary).toMatch(/Ekonomi:\s+aylık gelir ₺2\.500\.000, müşteri edinme maliyeti ₺84\.000, brüt kâr marjı %78/);
    expect(summary).not.toContain('TRY 2,500,000');
    const plan = parse(readFileSync(join(dir, 'kaya.yaml'), 'utf8')) as { account: unknown; economics: unknown };
    expect(plan.account).toEqual({ name: 'Kaya', customerSince: '2025-01-31', renewalDate: '2027-03-01', currency: 'TRY' });
    expect(plan.economics).toEqual({ monthlyRevenue: 2500000, acquisitionCost: 84000, grossMargin: 0.78 });
  });

  it('says nothing in English from the first question to the next step (every text is the catalog\'s)', () => {
    const dir = tempTree();
    const steps: Array<[string, string]> = [
        ['Müşteri adı', `Kaya Lojistik A.Ş.${ENTER}`],
        ['Segment', `enterprise${ENTER}`],
        ['Müşteri sorumlusu', `Ayşe Yılmaz${ENTER}`],
        ['Sözleşme başlangıç tarihi', `${CLEAR}31.01.2025${ENTER}`],
        ['Yenileme tarihi', ENTER],
        ['Para birimi', `${BACKSPACE.repeat(3)}TRY${ENTER}`],
        ['Satış', ENTER],
        ['Pazarlama', `Can Öz${ENTER}`],
        ['Müşteri başarısı', `Deniz Ak${ENTER}`],
        ['Grup 1', ENTER],
        ['Grup 2', ENTER],
        ['yenilemesi için ne olması gerekiyor', ENTER],
        ['paydaş eklensin mi', `evet${ENTER}`],
        ['Ad soyad', `Can Öz${ENTER}`],
        ['Unvan', `Satın alma müdürü${ENTER}`],
        ['Grup', ENTER],
        ['Roller', ` ${ENTER}`],
        ['Tutum', ENTER],
        ['Başka bir paydaş', `olmaz${ENTER}`],
        ['Evet için e', `${BACKSPACE.repeat(5)}h${ENTER}`],
        ['ekonomik veriler', `e${ENTER}`],
        ['Gelir', ENTER],
        ['Aylık gelir', `2500000${ENTER}`],
        ['edinme maliyeti', ENTER],
        ['Devreye alma', ENTER],
        ['Brüt kâr marjı', `78%${ENTER}`],
        ['destek maliyeti', ENTER],
        ['kayıp oranı', ENTER],
        ['yazılsın mı', ENTER],
    ];
    const session = drive(dir, ['init', '--lang', 'tr'], steps, { CRO_I18N_MARK: '1' });
    // What the test typed, without the keys (Enter, Backspace) that are not text.
    const typed = steps.map(([, send]) => send.replace(/[\r\u007f]/g, '').trim()).filter((text) => text !== '');
    expect(session.error).toBeNull();
    expect(session.code).toBe(0);
    expect(session.output).toContain(MESSAGE_START);
    expect(session.output).toMatch(/oluşturuldu: kaya-lojistik-as\.yaml/);
    // USD: the currency offered before the test typed TRY.
    expect(unmarkedWords(session.output, ['kaya-lojistik-as.yaml', 'trust-enablement (tr)', 'USD'], typed)).toEqual([]);
  });
});

describe('cro init in Turkish, without a terminal', () => {
  const env = { CRO_I18N_MARK: '1', CRO_LANG: undefined };

  it('writes the plan and the next step in Turkish only', () => {
    const dir = tempTree();
    const result = runCli(['init', 'Kaya Lojistik', '--lang', 'tr', '--yes'], { cwd: dir, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('oluşturuldu: kaya-lojistik.yaml');
    expect(unmarkedWords(result.stdout + result.stderr, ['kaya-lojistik.yaml'])).toEqual([]);
  });

  it('says what is wrong in Turkish', () => {
    const dir = tempTree({ 'kaya.yaml': 'mine\n' });
    const cases: Array<[string[], string]> = [
      [['init', '--lang', 'tr'], 'müşteri adı eksik'],
      [['init', 'Kaya', '--lang', 'tr'], 'kaya.yaml zaten var'],
      [['init', 'Beta', '--lang', 'tr', '--customer-since', '2027/01/01'], 'tarihi GG.AA.YYYY'],
      [['init', 'Beta', '--lang', 'tr', '--stakeholder', 'Ayşe; stance=happy'], 'şunlardan birini kullanın'],
      [['init', 'Beta', '--lang', 'tr', '--template', 'nope'], 'böyle bir şablon yok'],
      [['init', 'Beta', '--lang', 'tr', '--example'], 'yalnızca --repo ile'],
    ];
    for (const [args, expected] of cases) {
      const result = runCli(args, { cwd: dir, env });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(expected);
      // The data of each case: the file, the flags and values typed, the template and stakeholder names.
      const data = ['kaya.yaml', '--customer-since', '2027/01/01', '--stakeholder', '"Ayşe; stance=happy"', 'stance', 'happy', 'advocate', 'supporter', 'neutral', 'detractor', 'unknown', '--template', 'nope', 'trust-enablement', 'small-account', '--list-templates', '--example', '--repo', 'revenue-plans'];
      expect(unmarkedWords(result.stderr, data), args.join(' ')).toEqual([]);
    }
  });

  it('accepts a day-first date on the command line too, and writes it YYYY-MM-DD', () => {
    const dir = tempTree();
    expect(runCli(['init', 'Kaya', '--lang', 'tr', '--customer-since', '31.01.2025'], { cwd: dir }).code).toBe(0);
    expect((parse(readFileSync(join(dir, 'kaya.yaml'), 'utf8')) as { account: unknown }).account).toEqual({ name: 'Kaya', customerSince: '2025-01-31' });
    // English keeps to YYYY-MM-DD: 01.02.2025 is the first of February only to some readers.
    expect(runCli(['init', 'Beta', '--lang', 'en', '--customer-since', '31.01.2025'], { cwd: dir }).code).toBe(2);
  });

  it('--list-templates names the language a plan would be written in: Turkish, when cro speaks Turkish', () => {
    const dir = tempTree();
    expect(runCli(['init', '--list-templates', '--lang', 'tr'], { cwd: dir }).stdout).toContain('Varsayılan: trust-enablement, dil: tr.');
    expect(runCli(['init', '--list-templates', '--lang', 'en'], { cwd: dir }).stdout).toContain('Default: trust-enablement in en.');
  });
});

describe('cro init --repo in Turkish', () => {
  const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
  const comments = (text: string) => text.split('\n').filter((line) => /^\s*#/.test(line) && !line.startsWith('#%')).join('\n');

  it('writes Turkish comments, README and step names; keys, values and commands stay as they are', () => {
    const [en, tr] = [tempTree(), tempTree()];
    expect(runCli(['init', '--repo', '--lang', 'en', '--currency', 'TRY'], { cwd: en }).code).toBe(0);
    const result = runCli(['init', '--repo', '--lang', 'tr', '--currency', 'TRY'], { cwd: tr, env: { CRO_I18N_MARK: '1' } });
    expect(result.code).toBe(0);
    // What it prints: the catalog's, the paths and the commands to type.
    const paths = ['cro.config.yaml', 'plans/.gitkeep', 'schema/plan.schema.json', '.github/workflows/cro.yml', '.gitignore', 'README.md'];
    expect(unmarkedWords(result.stdout, paths)).toEqual([]);
    expect(result.stdout).toContain('git commit -m "');

    // The config: the same settings, and lang: tr, so that cro and its CI speak Turkish there.
    const config = parse(read(tr, 'cro.config.yaml')) as Record<string, unknown>;
    expect(config).toEqual({ ...(parse(read(en, 'cro.config.yaml')) as object), lang: 'tr' });
    expect(comments(read(tr, 'cro.config.yaml'))).toContain('sistem yöneticileri, satın alma, bütçe sahibi ve');
    expect(read(tr, 'cro.config.yaml')).toMatch(/^# rules:\n#   stale-contact: \[warn, \{ days: 60 \}\]/m);

    // The workflow: the same jobs, steps and commands; only the names and comments are Turkish.
    type Workflow = { env: unknown; on: unknown; jobs: Record<string, { name: string; steps: Array<{ name?: string; run?: string; uses?: string; if?: string }> }> };
    const [enFlow, trFlow] = [en, tr].map((dir) => parse(read(dir, '.github/workflows/cro.yml'), { version: '1.2' }) as Workflow) as [Workflow, Workflow];
    expect(trFlow.env).toEqual(enFlow.env);
    expect(trFlow.on).toEqual(enFlow.on);
    const steps = (flow: Workflow) => flow.jobs.plans!.steps.map(({ name: _, ...step }) => ({ ...step, run: step.run?.replace(/echo "::error.*"/, 'echo') }));
    expect(steps(trFlow)).toEqual(steps(enFlow));
    expect(trFlow.jobs.plans!.name).toBe('Müşteri planlarının denetimi');
    expect(trFlow.jobs.plans!.steps.map((s) => s.name).filter(Boolean)).toEqual(['cro kurulumu', 'Planlardaki boşlukların denetimi', "Pull request'in değiştirdikleri", 'Başabaş eşiği']);
    expect(trFlow.jobs.plans!.steps[2]!.run).toContain('::error title=CRO_PACKAGE değerini girin::');

    // The README names those steps, and the .gitignore ignores the same files.
    const readme = read(tr, 'README.md');
    expect(readme).toContain('**cro / Müşteri planlarının denetimi**');
    expect(readme).toContain('**Başabaş eşiği** adımı');
    expect(readme).not.toMatch(/ürün yöneticisi|tedarik|yönetici sponsor/);
    const patterns = (text: string) => text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(patterns(read(tr, '.gitignore'))).toEqual(patterns(read(en, '.gitignore')));
    expect(read(tr, '.gitignore')).toContain('# `cro init --repo` tarafından yazıldı.');
  });

  it('a Turkish repository passes its own check, and a plan made there is Turkish without --lang', () => {
    const dir = tempTree();
    expect(runCli(['init', '--repo', '--lang', 'tr'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check'], { cwd: dir }).code).toBe(0);
    const made = runCli(['init', 'Kaya Lojistik'], { cwd: dir });
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('oluşturuldu: plans/kaya-lojistik.yaml');
    expect(read(dir, 'plans/kaya-lojistik.yaml')).toContain('Trust Enablement müşteri planı: Kaya Lojistik');
  });
});
