import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { validateJunit, validateSarif } from '../helpers/schemas.js';
import { createProgress } from '../../src/check/progress.js';
import { useLang } from '../../src/i18n/messages.js';
import { decodeXml, findingData, planStrings, ruleTexts, unescapeMarkdown, withoutData, withoutMessages, wordsLeft } from './marked-text.js';

/*
 * `cro check --lang tr` end to end on the examples (`npm run build` first): every word
 * the formats write around the findings is Turkish, numbers are written as Turkish
 * writes them, the machine formats keep their structure and still validate. The
 * findings' messages and the rules' descriptions are the rules area's and are removed
 * as data here (on this branch they are still English).
 */

const EXAMPLES = join(ROOT, 'examples');
const AS_OF = ['--as-of', '2026-11-27'];
const MARKED = { NO_COLOR: '1', CRO_I18N_MARK: '1' };

const check = (args: string[], env: Record<string, string> = { NO_COLOR: '1' }) => runCli(['check', ...AS_OF, ...args], { cwd: EXAMPLES, env });

/** The plans' data and the findings' (see marked-text.ts for why each is data). */
let data: string[];

beforeAll(() => {
  // Marked too, and cut the same way: a finding's message may quote a marked word ("and").
  const json = check(['--format', 'json', '--lang', 'tr'], MARKED).stdout;
  data = [...findingData(json).map(withoutMessages), ...planStrings(EXAMPLES), ...ruleTexts(), 'cro'];
});

/** What is left of a Turkish, marked run's text once messages and data are gone. */
const leftOver = (text: string) => wordsLeft(withoutData(withoutMessages(text), data));

describe('cro check --lang tr writes no English of its own (CRO_I18N_MARK=1)', () => {
  it('stylish: the severities, the coverage table and the summary line', () => {
    const { stdout, code } = check(['--lang', 'tr'], MARKED);
    expect(code).toBe(1);
    expect(leftOver(stdout)).toEqual([]);
  });

  it('markdown: the verdict, the table heads, the notes and the footer (also with --quiet)', () => {
    for (const quiet of [[], ['--quiet']]) {
      const { stdout } = check(['--format', 'markdown', '--lang', 'tr', ...quiet], MARKED);
      // `<sub>` (the footer) is markup.
      expect(leftOver(unescapeMarkdown(stdout).replace(/<\/?sub>/g, ' '))).toEqual([]);
    }
  });

  it('github: the notice on annotations left out (the command syntax is removed as syntax)', () => {
    const { stdout } = check(['--format', 'github', '--lang', 'tr'], MARKED);
    expect(stdout).toContain('::notice title=cro check::');
    const messages = stdout
      .split('\n')
      // `::level key=value,…::message`: the command and its properties are syntax; the message is read.
      .map((line) => line.replace(/^::(error|warning|notice) .*?::/, ''))
      .map((message) => message.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
      .join('\n');
    expect(leftOver(messages)).toEqual([]);
  });

  it('junit: failure messages and texts, and the system-out of warnings (element and attribute names are syntax)', () => {
    const { stdout } = check(['--format', 'junit', '--lang', 'tr', '--max-warnings', '0'], MARKED);
    const read = [
      ...[...stdout.matchAll(/message="([^"]*)"/g)].map((m) => m[1]!),
      ...[...stdout.matchAll(/<(failure|system-out)[^>]*>([^<]*)</g)].map((m) => m[2]!),
    ].map(decodeXml);
    expect(read.length).toBeGreaterThan(0);
    // `file:line:col: message (rule)` locate a finding: their punctuation and numbers carry no words.
    expect(leftOver(read.join('\n'))).toEqual([]);
  });

  it('sarif: the headings of the rules\' examples in their help', () => {
    const { stdout } = check(['--format', 'sarif', '--lang', 'tr'], MARKED);
    const log = JSON.parse(stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ help?: { text: string; markdown: string } }> } }; results: Array<{ message: { text: string } }> }> };
    const run = log.runs[0]!;
    const help = run.tool.driver.rules.flatMap((rule) => (rule.help ? [rule.help.text, rule.help.markdown] : []));
    expect(help.join('')).toContain('\uE000');
    // The fence's language tag is Markdown syntax.
    const prose = [...help, ...run.results.map((result) => result.message.text)].join('\n').replace(/```+yaml/g, ' ');
    expect(leftOver(prose)).toEqual([]);
  });
});

describe('cro check --lang tr, the documents', () => {
  it('stylish: Turkish words around the findings, aligned severities and a Turkish summary line', () => {
    const { stdout } = check(['--lang', 'tr']);
    expect(stdout).toContain('✖ 5 dosyada 24 sorun (8 hata, 16 uyarı)');
    expect(stdout).toMatch(/^ {2}30:3 {3}hata {3}/m);
    expect(stdout).toMatch(/^ {2}45:5 {3}uyarı {2}/m);
    expect(stdout).toContain('│ kritik rol ');
    expect(stdout).toContain('│ sistem yöneticisi ');
    expect(stdout).toContain('✖ Rachel Kim (2026-08-14 tarihinde ayrıldı)');
    expect(stdout).not.toMatch(/\b(error|warning|critical role|covered by|nobody|none)\b/);
  });

  it('json: the same document as in English but for the findings\' messages (numbers stay numbers)', () => {
    const strip = (text: string) => JSON.parse(text, (key, value: unknown) => (key === 'message' ? '' : value)) as unknown;
    const english = check(['--format', 'json']).stdout;
    const turkish = check(['--format', 'json', '--lang', 'tr']).stdout;
    expect(strip(turkish)).toEqual(strip(english));
    expect(turkish).toContain('"errors": 8');
  });

  it('sarif: valid SARIF 2.1.0, with the structure of the English log (only texts differ)', () => {
    const turkish = JSON.parse(check(['--format', 'sarif', '--lang', 'tr']).stdout) as unknown;
    expect(validateSarif(turkish)).toEqual({ valid: true, errors: [] });
    const english = JSON.parse(check(['--format', 'sarif']).stdout) as unknown;
    const shape = (log: unknown) => JSON.parse(JSON.stringify(log), (key, value: unknown) => (key === 'text' || key === 'markdown' ? '' : value)) as unknown;
    expect(shape(turkish)).toEqual(shape(english));
    expect(JSON.stringify(turkish)).toContain('Sorunlu örnek:');
  });

  it('junit: valid against the Jenkins xUnit schema in Turkish, --max-warnings case included', async () => {
    const { stdout, code } = check(['--format', 'junit', '--lang', 'tr', '--max-warnings', '0']);
    expect(code).toBe(1);
    expect(await validateJunit(stdout)).toEqual({ valid: true, errors: [] });
    expect(stdout).toContain('message="16 uyarı, --max-warnings 0 sınırını aşıyor"');
    expect(stdout).toContain('uyarı: plans/');
    // Test case names are rule ids: data, the same in every language.
    expect(stdout).toContain('<testcase name="critical-roles" classname="plans/harbor-and-vine-grocers.yaml"');
  });

  it('github: the notice on what was left out is Turkish; the annotations keep their syntax', () => {
    const { stdout } = check(['--format', 'github', '--lang', 'tr']);
    expect(stdout).toContain('::notice title=cro check::6 uyarı daha not olarak gösterilmedi (GitHub her adımda her düzeyden en çok 10 not gösterir)');
    for (const line of stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) /);
  });
});

describe('the progress line in Turkish', () => {
  afterEach(() => useLang('en'));

  it('says "dosya denetleniyor" with counts as tr-TR writes them', () => {
    useLang('tr');
    const writes: string[] = [];
    let now = 0;
    const progress = createProgress({ isTTY: true, write: (text: string) => writes.push(text) }, {}, 10_000, () => now);
    now = 1200;
    progress.update(1500, 'plans/a.yaml');
    expect(writes).toEqual(['\r\u001b[K1.500/10.000 dosya denetleniyor  plans/a.yaml']);
  });
});
