import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GROUPS, OBJECTION_KINDS, ROLES, STANCES } from '../../src/plan/vocabulary.js';
import { handleError } from '../../src/cli.js';
import { useLang } from '../../src/i18n/messages.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';
import { MINIMAL_PLAN } from '../helpers/plans.js';

/*
 * `cro --help` and the usage, config and file errors in Turkish (SPEC §11), proved by the
 * catalog: run with CRO_I18N_MARK=1, every message is marked, and once the marked text
 * and the data are removed no English word may remain. The data removed, and why:
 * - flags (`--format`, `-f`): names the user types, the same in every language;
 * - command names (cro, check, …) and the example command lines after `$ `: commands
 *   the user types (their comments are messages);
 * - what the user typed and cro quotes back (paths, values, a misspelt word);
 * - in config errors, the file:line:column and the key's path (`breakeven.horizon`).
 */

const MARKED_TURKISH = { CRO_I18N_MARK: '1', CRO_LANG: undefined, LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined };
const COMMANDS = ['init', 'check', 'breakeven', 'report', 'map', 'schema', 'rules', 'explain', 'diff', 'history', 'contact', 'left', 'stakeholder', 'review', 'set', 'reassign', 'agenda', 'import'];
// `add` and `set` are the subcommands of `cro stakeholder`.
const COMMAND_NAMES = new RegExp(`\\b(cro|help|add|${COMMANDS.join('|')})\\b`);
const EXAMPLE_LINES = /^ *\$ .*$/m;

describe('cro --help in Turkish', () => {
  it.each([[''], ...COMMANDS.map((command) => [command])])('cro %s --help --lang tr has no English sentence', (command) => {
    const result = runCli([...(command ? [command] : []), '--help', '--lang', 'tr'], { env: MARKED_TURKISH });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\uE000Kullanım:\uE001');
    expect(unmarkedWords(result.stdout, [EXAMPLE_LINES, FLAGS, COMMAND_NAMES])).toEqual([]);
  });

  it('is what `cro` alone shows in a Turkish locale, headings, usage words and commander defaults included', () => {
    const result = runCli([], { env: { LANG: 'tr_TR.UTF-8', CRO_LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Kullanım: cro \[seçenekler\] \[komut\]\n/);
    expect(result.stdout).toContain('\nSeçenekler:\n');
    expect(result.stdout).toContain('\nKomutlar:\n');
    expect(result.stdout).toContain('\nÖrnekler:\n');
    expect(result.stdout).toMatch(/-h, --help +komutun yardımını gösterir\n/);
    expect(result.stdout).toMatch(/help \[komut\] +bir komutun yardımını gösterir\n/);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('(olası değerler: "en", "tr")');
  });

  it('names the placeholders and arguments in Turkish, and keeps the flags and format names', () => {
    const result = runCli(['check', '--help', '--lang', 'tr']);
    expect(result.stdout).toMatch(/^Kullanım: cro check \[seçenekler\] \[yollar\.\.\.\]\n/);
    expect(result.stdout).toContain('\nArgümanlar:\n  yollar ');
    expect(result.stdout).toContain('-f, --format <biçim>');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('(olası değerler: "stylish", "json", "github", "junit", "sarif", "markdown", "gitlab", "rdjson", "checkstyle", varsayılan: "stylish")');
  });
});

describe('usage errors in Turkish: exit 2, one line, no English sentence', () => {
  const dir = tempTree({ 'plans/acme.yaml': MINIMAL_PLAN, 'notes.txt': '', 'old-cache.bin': 'not a cache\n' });
  const cases: Array<[string, string[], Array<string | RegExp>]> = [
    ['an unknown option', ['check', '--formt', 'json'], ['formt']],
    ['an unknown command, with the nearest', ['chek'], ['chek']],
    ['a missing argument', ['map'], []],
    ['too many arguments', ['explain', 'role-backup', 'extra'], ["'explain'"]],
    ['an option without its value', ['check', '--max-warnings'], []],
    ['a misspelt format, with the nearest', ['check', '--format', 'stylsh'], ['stylsh', /"?stylish"?/, /\b(json|github|junit|sarif|markdown)\b/]],
    ['a format of another command', ['rules', '--format', 'sarif'], ['sarif', 'table', 'json']],
    ['a date that is not one', ['check', '--as-of', '2026-13-01'], []],
    ['a count that is not one', ['check', '--max-warnings', 'lots'], ['lots']],
    ['a count below its least', ['breakeven', '--horizon', '0'], []],
    ['a path that does not exist', ['check', 'nowhere.yaml'], ['nowhere.yaml']],
    ['a config that does not exist', ['check', '--config', 'missing.yaml'], ['missing.yaml']],
    ['--output into a missing folder', ['check', 'plans', '--output', 'gone/report.json'], ['gone/report.json', 'gone']],
    ['--output over a plan being read', ['map', 'plans/acme.yaml', '--output', 'plans/acme.yaml'], ['plans/acme.yaml']],
    ['an amount with thousands separators', ['breakeven', '--monthly-revenue', '1,500'], ['1,500']],
    ['a margin typed as a percentage', ['breakeven', '--monthly-revenue', '9500', '--gross-margin', '78'], []],
    ['a percentage for money', ['breakeven', '--monthly-revenue', '95%'], ['95%']],
    ['not a number', ['breakeven', '--monthly-revenue', 'much'], ['"much"', 'much']],
    ['--changed-since outside a git repository', ['check', '--changed-since', 'main'], ['main', dir]],
    ['a --rule for a rule that does not exist', ['check', '--rule', 'okr=off'], ['okr', 'okrs', /\b(off|warn|error)\b/]],
    ['a --rule without its severity', ['check', '--rule', 'okrs'], ['okrs', /<[^>]*>=off\|warn\|error/, /\b(off|warn|error)\b/]],
    ['a --rule for a rule that is always an error', ['check', '--rule', 'schema=off'], ['schema', 'off']],
    ['map of a file that does not exist', ['map', 'nowhere.yaml'], ['nowhere.yaml', /plans\/acme-logistics\.yaml/]],
    ['map of a folder', ['map', 'plans'], ['plans', /plans\/acme-logistics\.yaml/]],
    ['breakeven --format json with --chart', ['breakeven', '--format', 'json', '--chart'], ['JSON', 'table', 'markdown']],
    ['breakeven --start that is not a date', ['breakeven', '--monthly-revenue', '100', '--start', '2026-02-30'], []],
    ['a what-if with plan paths', ['breakeven', 'plans', '--monthly-revenue', '100'], ['plans']],
    ['breakeven --horizon beyond 100 years', ['breakeven', '--horizon', '5000'], []],
    ['breakeven --currency that is not one', ['breakeven', '--monthly-revenue', '100', '--currency', 'XX'], ['XX', 'USD', 'EUR', 'TRY']],
    ['a what-if without revenue', ['breakeven', '--acquisition-cost', '5000'], []],
    ['a what-if with both revenues', ['breakeven', '--monthly-revenue', '100', '--annual-revenue', '1200'], []],
    ['--cache over a file that is not a cache', ['check', '--cache', '--cache-location', 'old-cache.bin'], ['old-cache.bin']],
  ];

  it.each(cases)('%s', (_, args, data) => {
    const result = runCli(['--lang', 'tr', ...args], { cwd: dir, env: { ...MARKED_TURKISH, GIT_CEILING_DIRECTORIES: join(dir, '..') } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^cro: [^\n]*\n$/);
    expect(result.stderr).toContain('\uE000');
    expect(unmarkedWords(result.stderr, [/^cro: /, ...data, FLAGS])).toEqual([]);
  });

  it('says them in words a Turkish reader expects (unmarked)', () => {
    const run = (...args: string[]) => runCli(['--lang', 'tr', ...args], { cwd: dir }).stderr;
    expect(run('chek')).toBe("cro: bilinmeyen komut 'chek' (şunu mu demek istediniz: check?)\n");
    expect(run('map')).toBe("cro: gerekli argüman eksik: 'plan'\n");
    expect(run('check', '--format', 'stylsh')).toBe(
      "cro: '-f, --format <biçim>' seçeneğinin değeri 'stylsh' geçersiz. Olası değerler: stylish, json, github, junit, sarif, markdown, gitlab, rdjson, checkstyle. (şunu mu demek istediniz: \"stylish\"?)\n",
    );
    expect(run('check', 'nowhere.yaml')).toBe('cro: nowhere.yaml: böyle bir dosya ya da klasör yok\n');
    expect(run('breakeven', '--monthly-revenue', '9500', '--gross-margin', '78')).toBe(
      "cro: --gross-margin 78: brüt kâr marjı 0'dan büyük, en fazla 1 olan bir orandır, ör. 0.78 (ya da %78); şunu mu demek istediniz: 0.78?\n",
    );
  });

  // Before the command has read its config, in the command's own bundle (dist/): the language of the start-up.
  it('is Turkish from the first message of a command, with the language from the locale', () => {
    const result = runCli(['check', '--as-of', 'yarın'], { cwd: dir, env: { LANG: 'tr_TR.UTF-8', CRO_LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cro: --as-of yarın: geçerli bir tarih değil; YYYY-AA-GG biçiminde yazın, ör. --as-of 2026-11-27\n');
  });

  it('refuses a language it does not speak in the language of the locale', () => {
    const result = runCli(['--lang', 'de', 'check'], { cwd: dir, env: { CRO_LANG: 'tr' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("cro: '--lang <dil>' seçeneğinin değeri 'de' geçersiz. Olası değerler: en, tr.\n");
  });
});

describe('config errors in Turkish: exit 2, one line at the setting, no English sentence', () => {
  const cases: Array<[string, string, Array<string | RegExp>]> = [
    ['a language cro does not speak', 'lang: de\n', ['lang:']],
    ['an unknown key, with the nearest', 'platns: plans\n', ['"platns"', '"plans"']],
    ['an unknown key in a section', 'breakeven: { horizn: 60 }\n', ['"horizn"', '"horizon"', 'breakeven']],
    ['a horizon below its least', 'breakeven: { horizon: 0 }\n', ['breakeven.horizon:']],
    ['a horizon above its most', 'breakeven: { horizon: 5000 }\n', ['breakeven.horizon:']],
    ['a horizon that is not a whole number', 'breakeven: { horizon: 1.5 }\n', ['breakeven.horizon:']],
    ['a critical role that is not one', 'criticalRoles: [ceo]\n', ['criticalRoles[0]:', /"?(end-user|administrator|procurement|budget-owner|executive-sponsor|other)"?/]],
    ['a list that is not one', 'criticalRoles: administrator\n', ['criticalRoles:']],
    ['an empty list of plans', 'plans: []\n', ['plans:']],
    ['a rule setting that is not one', 'rules: { okrs: maybe }\n', ['rules.okrs:', /\b(off|warn|error|days)\b/]],
  ];

  it.each(cases)('%s', (_, config, data) => {
    const dir = tempTree({ 'cro.config.yaml': config });
    const result = runCli(['check', '--lang', 'tr'], { cwd: dir, env: MARKED_TURKISH });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cro: cro\.config\.yaml:\d+:\d+: [^\n]*\n$/);
    expect(unmarkedWords(result.stderr, [/^cro: cro\.config\.yaml:\d+:\d+: /, ...data])).toEqual([]);
  });

  it('names the languages it speaks for a wrong `lang`, at its line and column, in both languages', () => {
    const dir = tempTree({ 'cro.config.yaml': 'plans: .\nlang: de\n' });
    expect(runCli(['check'], { cwd: dir, env: { LANG: 'C', CRO_LANG: undefined, LC_ALL: undefined } }).stderr).toBe('cro: cro.config.yaml:2:7: lang: use en or tr\n');
    const turkish = runCli(['check'], { cwd: dir, env: { CRO_LANG: 'tr' } });
    expect(turkish.code).toBe(2);
    expect(turkish.stderr).toBe('cro: cro.config.yaml:2:7: lang: en veya tr yazın\n');
  });

  it('describes a value of the wrong kind in Turkish words', () => {
    const dir = tempTree({ 'cro.config.yaml': 'breakeven: { horizon: 0 }\n' });
    expect(runCli(['check', '--lang', 'tr'], { cwd: dir }).stderr).toBe('cro: cro.config.yaml:1:23: breakeven.horizon: en az 1 olmalı\n');
    const list = tempTree({ 'cro.config.yaml': 'criticalRoles: administrator\n' });
    expect(runCli(['check', '--lang', 'tr'], { cwd: list }).stderr).toBe('cro: cro.config.yaml:1:16: criticalRoles: burada liste olmalı (yazılan: metin)\n');
  });
});

describe('notes on stderr in Turkish', () => {
  it('says where it looked when there are no plans, and why the warnings fail the run', () => {
    const empty = tempTree({ 'cro.config.yaml': 'plans: accounts\n', 'accounts/readme.txt': '' });
    const none = runCli(['check', '--lang', 'tr'], { cwd: empty, env: MARKED_TURKISH });
    expect(none.code).toBe(0);
    expect(unmarkedWords(none.stderr, [/^cro: /, 'accounts'])).toEqual([]);
    expect(runCli(['check', '--lang', 'tr'], { cwd: empty }).stderr).toBe(
      'cro: hiç plan bulunamadı: accounts (cro.config.yaml içindeki plans); bir plan oluşturmak için `cro init` çalıştırın\n',
    );

    // The example plan has warnings only (test/rules/rules.e2e.test.ts).
    const warnings = ['check', 'plans/brueckner-antriebstechnik.yaml', '--as-of', '2026-11-27', '--max-warnings', '1', '--format', 'json', '--lang', 'tr'];
    const examples = join(ROOT, 'examples');
    const over = runCli(warnings, { cwd: examples, env: MARKED_TURKISH });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/^cro: [^\n]*\n$/);
    expect(unmarkedWords(over.stderr, [/^cro: /, FLAGS])).toEqual([]);
    expect(runCli(warnings, { cwd: examples }).stderr).toBe('cro: 2 uyarı var, --max-warnings 1 sınırını aşıyor\n');
  });
});

describe('the last words of a run in Turkish', () => {
  afterEach(() => useLang('en'));

  it('an interrupted prompt and an internal error', () => {
    useLang('tr');
    let stderr = '';
    const io = { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, stdinIsTTY: false };
    expect(handleError(Object.assign(new Error('x'), { name: 'ExitPromptError' }), io)).toBe(130);
    expect(handleError(new Error('boom'), io)).toBe(2);
    expect(stderr).toBe('cro: kesildi; hiçbir şey yazılmadı\ncro: iç hata: boom\nBu bir cro hatası; lütfen çalıştırdığınız komutla birlikte bildirin.\n');
  });
});

/*
 * `cro breakeven` and `cro map` in Turkish: once the catalog's messages are gone, what
 * is left is the plans' data (every text a plan holds, but not its enum values, which
 * must show in Turkish words), file names, currency codes, dates and figures.
 */
describe('cro breakeven and cro map in Turkish: nothing but catalog texts and the plans\' data', () => {
  const examples = join(ROOT, 'examples');
  const planFiles = readdirSync(join(examples, 'plans')).filter((name) => name.endsWith('.yaml'));
  const vocabulary = new Set<string>([...STANCES, ...ROLES, ...GROUPS, ...OBJECTION_KINDS]);
  const texts = (value: unknown): string[] =>
    typeof value === 'string' ? (vocabulary.has(value) ? [] : [value]) : Array.isArray(value) ? value.flatMap(texts) : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
  const planData = planFiles
    .flatMap((name) => texts(parse(readFileSync(join(examples, 'plans', name), 'utf8'))))
    .sort((a, b) => b.length - a.length);
  const DATA: Array<string | RegExp> = [...planData, /plans\/[\w.-]+\.yaml/, /\b[A-Z]{3}\b/, /<\/?sub>/, '```text', FLAGS];
  const run = (args: string[], cwd = examples) => runCli([...args, '--as-of', '2026-11-27', '--lang', 'tr'], { cwd, env: MARKED_TURKISH });
  const NEVER = 'cro: 1\naccount: { name: Never Pays Back, currency: USD }\neconomics: { acquisitionCost: 84000, monthlyRevenue: 100, supportCostMonthly: 200 }\n';
  const SLOW = 'cro: 1\naccount: { name: Slow Payback, currency: TRY }\neconomics: { acquisitionCost: 2500000, monthlyRevenue: 10000, grossMargin: 0.5, monthlyExpansion: -0.001 }\n';
  const BROKEN = 'cro: 1\naccount:\n  name: Broken\n  currency: usd\n';
  const odd = tempTree({ 'plans/never.yaml': NEVER, 'plans/slow.yaml': SLOW, 'plans/broken.yaml': BROKEN, 'plans/minimal.yaml': MINIMAL_PLAN });
  const ODD_DATA = ['Never Pays Back', 'Slow Payback', 'Broken', 'Acme Logistics', '"usd"', 'schema', 'account.currency'];
  /** Markdown escapes punctuation in the plans' names (`Harbor \\& Vine`): the data as written. */
  const unescaped = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const WHAT_IF = ['breakeven', '--acquisition-cost', '84000', '--onboarding-cost', '12000', '--monthly-revenue', '9500', '--gross-margin', '0.78',
    '--support-cost', '1200', '--churn', '0.01', '--discount-rate', '0.1', '--start', '2026-02-01'];

  it.each([
    ['the portfolio table', ['breakeven']],
    ['the portfolio table with a failed gate', ['breakeven', '--max-months', '12']],
    ['the portfolio in Markdown, with schedules and charts', ['breakeven', '--format', 'markdown', '--schedule', '--chart']],
    ['one plan: summary, schedule and chart', ['breakeven', 'plans/harbor-and-vine-grocers.yaml', '--schedule', '--chart']],
    ['one plan in Markdown', ['breakeven', 'plans/brueckner-antriebstechnik.yaml', '--format', 'markdown', '--schedule']],
    ['a what-if with its chart', [...WHAT_IF, '--chart']],
    ['a what-if that is probably a typo', ['breakeven', '--monthly-revenue', '9500', '--expansion', '2', '--discount-rate', '5']],
  ])('cro breakeven: %s', (_, args) => {
    const result = run(args);
    expect(result.stdout + result.stderr).toContain('\uE000');
    expect(unmarkedWords(unescaped(result.stdout), DATA)).toEqual([]);
    expect(unmarkedWords(result.stderr, [/^cro: /gm, ...DATA])).toEqual([]);
  });

  it.each([
    ['the table', ['breakeven', 'plans']],
    ['Markdown with charts', ['breakeven', 'plans', '--format', 'markdown', '--chart']],
    ['one that never pays back, with its schedule and chart', ['breakeven', 'plans/never.yaml', '--schedule', '--chart']],
  ])('cro breakeven of plans that never pay back or are invalid: %s', (_, args) => {
    const result = run(args, odd);
    expect(unmarkedWords(unescaped(result.stdout), [...ODD_DATA, ...DATA])).toEqual([]);
    expect(unmarkedWords(result.stderr, [/^cro: /gm, /`cro check [^`]*`/g, ...ODD_DATA, ...DATA])).toEqual([]);
  });

  it('cro breakeven --format json: the reasons are Turkish, the rest is data', () => {
    const result = run(['breakeven', 'plans', '--format', 'json'], odd);
    const reasons = (JSON.parse(result.stdout) as { results: Array<{ reason: string | null }> }).results.flatMap((r) => (r.reason === null ? [] : [r.reason]));
    expect(reasons).toHaveLength(2);
    for (const reason of reasons) {
      expect(reason.startsWith('\uE000')).toBe(true);
      expect(unmarkedWords(reason, [])).toEqual([]);
    }
    // Unmarked, the reason reads as Turkish, with tr-TR numbers.
    const plain = JSON.parse(runCli(['breakeven', 'plans/never.yaml', '--format', 'json', '--lang', 'tr'], { cwd: odd }).stdout) as { results: Array<{ reason: string }> };
    expect(plain.results[0]!.reason).toContain('84.000 tutarındaki ilk yatırım hiçbir zaman amorti edilmiyor');
  });

  /** The texts a person reads in a Mermaid or DOT document: its labels. */
  const mermaidLabels = (text: string) => [...text.matchAll(/\["([^"]*)"\]/g)].map((m) => m[1]!).join('\n').replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/<br\/>/g, '\n');
  const dotLabels = (text: string) => [...text.matchAll(/label="((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!).join('\n').replace(/\\n/g, '\n').replace(/&amp;/g, '&');

  it.each(planFiles)('cro map %s: the tree, and the labels of Mermaid and DOT', (plan) => {
    const tree = run(['map', `plans/${plan}`]);
    expect(tree.code).toBe(0);
    expect(unmarkedWords(tree.stdout, DATA)).toEqual([]);
    const mermaid = run(['map', `plans/${plan}`, '--format', 'mermaid']);
    expect(mermaid.stdout.startsWith('flowchart TB\n')).toBe(true);
    expect(unmarkedWords(mermaidLabels(mermaid.stdout), DATA)).toEqual([]);
    const dot = run(['map', `plans/${plan}`, '--format', 'dot']);
    expect(dot.stdout.startsWith('digraph "')).toBe(true);
    expect(unmarkedWords(dotLabels(dot.stdout), DATA)).toEqual([]);
  });

  it('cro map of an invalid plan: the findings and what to do, in Turkish (exit 1)', () => {
    const result = run(['map', 'plans/broken.yaml'], odd);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(unmarkedWords(result.stderr, [/^cro: /gm, /`cro check [^`]*`/g, /\(schema\)/g, 'account.currency', ...ODD_DATA, ...DATA])).toEqual([]);
    expect(runCli(['map', 'plans/broken.yaml', '--lang', 'tr'], { cwd: odd }).stderr).toMatch(/^cro: plans\/broken\.yaml geçerli bir plan değil, bu yüzden çizilecek harita yok:\nplans\/broken\.yaml:4:13  hata  /);
  });
});
