import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
const COMMANDS = ['init', 'check', 'breakeven', 'report', 'map', 'schema', 'rules', 'explain', 'agenda'];
const COMMAND_NAMES = new RegExp(`\\b(cro|help|${COMMANDS.join('|')})\\b`);
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
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('(olası değerler: "stylish", "json", "github", "junit", "sarif", "markdown", varsayılan: "stylish")');
  });
});

describe('usage errors in Turkish: exit 2, one line, no English sentence', () => {
  const dir = tempTree({ 'plans/acme.yaml': MINIMAL_PLAN, 'notes.txt': '' });
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
      "cro: '-f, --format <biçim>' seçeneğinin değeri 'stylsh' geçersiz. Olası değerler: stylish, json, github, junit, sarif, markdown. (şunu mu demek istediniz: \"stylish\"?)\n",
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
    expect(result.stderr).toBe('cro: --as-of yarın: tarih değil; YYYY-AA-GG biçiminde yazın, ör. --as-of 2026-11-27\n');
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
