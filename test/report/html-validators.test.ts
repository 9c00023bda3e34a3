import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRICKY_PLAN } from '../map/fixtures.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

/*
 * Teams validate the HTML they publish in CI; the report must pass the validators they
 * use: the Nu HTML Checker (the W3C's; vnu.jar, run with the system's java) and
 * html-validate with its `standard` and `a11y` presets. On the examples, on a plan
 * whose names carry markup, and on no plans at all.
 */

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const HAS_JAVA = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;

interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

describe('the HTML report passes HTML validators', () => {
  let work: string;
  const reports: Record<string, string> = {};

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cro-validate-'));
    const write = (name: string, cwd: string, code: number, extra: string[] = []) => {
      const file = join(work, `${name}.html`);
      const result = runCli(['report', '--as-of', '2026-11-27', '--format', 'html', '--output', file, ...extra], { cwd });
      expect(result.code, result.stderr).toBe(code);
      reports[name] = file;
    };
    // 1: the examples and the tricky plan have error-level gaps on purpose.
    write('examples', join(ROOT, 'examples'), 1);
    write('tricky', tempTree({ 'tricky.yaml': TRICKY_PLAN }), 1);
    write('empty', tempTree(), 0);
    // In Turkish: the page says lang="tr", and its longer words must not break the layout checks.
    write('examples-tr', join(ROOT, 'examples'), 1, ['--lang', 'tr']);
    write('empty-tr', tempTree(), 0, ['--lang', 'tr']);
    // Two plans of one account name (a copy, a renamed file): every landmark still unique.
    const plan = readFileSync(join(ROOT, 'examples/plans/copper-kettle-coffee.yaml'), 'utf8');
    write('twins', tempTree({ 'a.yaml': plan, 'b.yaml': plan }), 1);
    // Findings accepted with # cro-ignore (SPEC §12): their own table.
    const accepted = plan.replace(/^(\s*)(- id: hana\b.*)$/m, '$1# cro-ignore role-backup, stakeholder-needs -- backup hired, starts <in> January until 2027-01-31\n$1$2');
    write('suppressed', tempTree({ 'a.yaml': accepted }), 0);
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each(['examples', 'tricky', 'empty', 'twins', 'examples-tr', 'empty-tr', 'suppressed'])('html-validate (standard and a11y presets): %s', async (name) => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] });
    const report = await validator.validateString(readFileSync(reports[name]!, 'utf8'), `${name}.html`);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it.skipIf(!HAS_JAVA)('the Nu HTML Checker finds no error and no warning (skipped: no java on PATH; Debian: default-jre-headless)', () => {
    const files = ['examples', 'tricky', 'empty', 'twins', 'examples-tr', 'empty-tr'].map((name) => reports[name]!);
    const result = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', ...files], { encoding: 'utf8', timeout: 120_000 });
    const messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages.map(
      (m) => `${m.type}${m.subType ? `/${m.subType}` : ''} line ${m.lastLine}: ${m.message} [${m.extract ?? ''}]`,
    );
    expect(messages).toEqual([]);
    expect(result.status).toBe(0);
  }, 120_000);

  it('says its language: lang="en" in English, lang="tr" in Turkish', () => {
    expect(readFileSync(reports.examples!, 'utf8')).toContain('<html lang="en">');
    expect(readFileSync(reports['examples-tr']!, 'utf8')).toContain('<html lang="tr">');
    expect(readFileSync(reports['empty-tr']!, 'utf8')).toContain('<html lang="tr">');
  });
});
