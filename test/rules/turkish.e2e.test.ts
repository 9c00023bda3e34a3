import { describe, expect, it } from 'vitest';
import { MESSAGE_END, MESSAGE_START } from '../../src/i18n/messages.js';
import { ALWAYS_ERROR_RULES, allRules } from '../../src/rules/index.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { EXAMPLES } from '../golden/golden.js';

/*
 * `cro check`, `cro rules` and `cro explain` in Turkish, end to end (SPEC §11): with
 * CRO_I18N_MARK=1 every catalog message comes out between MESSAGE_START and MESSAGE_END,
 * so taking out the marked text and then the plan's and the command's data must leave no
 * English word. What is taken out as data, and why, is listed in `withoutData`.
 */

const MARK = { CRO_I18N_MARK: '1', NO_COLOR: '1' };
const MARKED = new RegExp(`${MESSAGE_START}[^${MESSAGE_START}${MESSAGE_END}]*${MESSAGE_END}`, 'g');

function outsideCatalog(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(MARKED, '');
  }
  return rest;
}

const RULE_IDS = [...allRules.map((rule) => rule.meta.id), ...ALWAYS_ERROR_RULES];

/** The output with what is data in every language removed; what is left must hold no English word. */
function withoutData(text: string): string {
  let rest = text;
  // Rule ids: data (SPEC §11), longest first so `schema` does not cut `schema`-like parts of others.
  for (const id of [...RULE_IDS].sort((a, b) => b.length - a.length)) rest = rest.replaceAll(id, ' ');
  return (
    rest
      // Commands and flags a reader types: `cro check --as-of 2026-11-27`, `--rule x=off`.
      .replace(/\bcro (check|explain|rules)\b/g, ' ')
      .replace(/--(as-of|rule)\b/g, ' ')
      // Severities as the config writes them, and the config's `rules:` key (YAML).
      .replace(/\b(error|warn|off)\b/g, ' ')
      .replace(/^\s*rules:$/gm, ' ')
      // An option and its value in effect (`days: 60`): the config's key and JSON.
      .replace(/\b(days|functions): (\d+|\[[^\]]*\])/g, ' ')
  );
}

const ENGLISH_WORD = /[A-Za-z]{3,}/g;

describe('cro check --lang tr', () => {
  it('writes every finding of the examples as Turkish catalog messages (JSON keeps its fields)', () => {
    const { code, stdout } = runCli(['check', '--lang', 'tr', '--format', 'json', '--as-of', '2026-11-27'], { cwd: EXAMPLES, env: MARK });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { files: Array<{ findings: Array<{ rule: string; message: string }> }> };
    const findings = report.files.flatMap((file) => file.findings);
    expect(findings.length).toBe(24);
    for (const finding of findings) {
      // Names, dates and numbers are inside the marks, where the catalog put them: outside, nothing.
      expect(outsideCatalog(finding.message), finding.message).toBe('');
    }
    const plain = runCli(['check', '--lang', 'tr', '--format', 'json', '--as-of', '2026-11-27'], { cwd: EXAMPLES });
    expect(plain.stdout).toContain("Hana Kobayashi'ye bağlı");
  });

  it('reports the loader findings of a broken plan in Turkish', () => {
    const dir = tempTree({ 'plans/bozuk.yaml': 'cro: 1\naccount:\n  name: Anadolu Lojistik\n  currency: usd\n  segmnt: KOBİ\n' });
    const { code, stdout } = runCli(['check', '--lang', 'tr', '--format', 'json', 'plans'], { cwd: dir, env: MARK });
    expect(code).toBe(1);
    const messages = (JSON.parse(stdout) as { files: Array<{ findings: Array<{ message: string }> }> }).files[0]!.findings.map((f) => f.message);
    expect(messages).toHaveLength(2);
    // Outside the catalog only the place in the plan: `account.currency: `.
    for (const message of messages) expect(outsideCatalog(message)).toMatch(/^(?:[\w.]+: )?$/);
  });
});

describe('cro rules --lang tr', () => {
  it('has no English sentence', () => {
    const { code, stdout } = runCli(['rules', '--lang', 'tr'], { cwd: EXAMPLES, env: MARK });
    expect(code).toBe(0);
    expect(withoutData(outsideCatalog(stdout)).match(ENGLISH_WORD)).toBeNull();
    const plain = runCli(['rules', '--lang', 'tr'], { cwd: EXAMPLES }).stdout;
    expect(plain).toContain('error (varsayılan warn)');
    expect(plain).toContain('Burada ayarlanan: days: 60 (varsayılan 90).');
  });

  it('lists descriptions in Turkish in JSON too, with the same fields', () => {
    const english = JSON.parse(runCli(['rules', '--format', 'json'], { cwd: EXAMPLES }).stdout) as { rules: Array<Record<string, unknown>> };
    const turkish = JSON.parse(runCli(['rules', '--format', 'json', '--lang', 'tr'], { cwd: EXAMPLES }).stdout) as typeof english;
    expect(turkish.rules.map(({ description: _, ...data }) => data)).toEqual(english.rules.map(({ description: _, ...data }) => data));
    turkish.rules.forEach((rule, i) => expect(rule.description).not.toBe(english.rules[i]!.description));
  });

  it('says a rule setting is wrong in Turkish', () => {
    const dir = tempTree({ 'cro.config.yaml': 'rules:\n  stale-contact: [warn, { days: 0 }]\n' });
    const low = runCli(['rules', '--lang', 'tr'], { cwd: dir });
    expect(low.code).toBe(2);
    expect(low.stderr).toContain('"stale-contact" kuralının "days" seçeneği (yazılan: 0): en az 1 gün olmalı');
    const typo = tempTree({ 'cro.config.yaml': 'rules:\n  stale-contact: [warn, { dayz: 30 }]\n' });
    expect(runCli(['rules', '--lang', 'tr'], { cwd: typo }).stderr).toContain('"dayz" diye bir seçenek yok (şunu mu demek istediniz: "days"?); seçenekleri: "days"');
    expect(runCli(['check', '--lang', 'tr', '--rule', 'okrs=maybe'], { cwd: EXAMPLES }).stderr).toContain(
      '--rule okrs=maybe: <kural-id>=off|warn|error biçiminde yazın',
    );
  });
});

describe('cro explain --lang tr', () => {
  it.each(RULE_IDS)('%s has no English sentence', (id) => {
    const { code, stdout } = runCli(['explain', id, '--lang', 'tr'], { cwd: EXAMPLES, env: MARK });
    expect(code).toBe(0);
    const left = withoutData(outsideCatalog(stdout));
    expect(left.match(ENGLISH_WORD), left).toBeNull();
    // The example's findings are shown, in Turkish.
    expect(stdout).toContain('şunları bildirir:');
  });

  it('keeps the columns of Severity and Options in line, whatever the words', () => {
    const { stdout } = runCli(['explain', 'stale-contact', '--lang', 'tr'], { cwd: EXAMPLES });
    expect(stdout).toContain('\nÖnem düzeyi  warn\nSeçenekler   days: 60  lastContact tarihinden bu yana izin verilen en fazla gün (varsayılan 90).\n');
  });
});
