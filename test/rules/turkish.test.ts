import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOADER_RULES } from '../../src/formatters/rule-catalog.js';
import { MESSAGE_END, MESSAGE_START, markMessagesFrom, useLang } from '../../src/i18n/messages.js';
import { loadPlan } from '../../src/plan/load.js';
import { allRules } from '../../src/rules/index.js';
import { DOCS_AS_OF, type AnyRule, type RuleMeta } from '../../src/rules/types.js';
import { runRule } from './tester.js';

/*
 * Every rule in Turkish (SPEC §11): its description, rationale and examples, and the
 * findings its Turkish failing example gives through the real loader. Messages are
 * marked (CRO_I18N_MARK) so that a finding is shown to be one catalog message as a
 * whole, not English around a Turkish word; and compared with the English run, so that
 * it is the Turkish catalog's and not the English one's.
 */

const unmarked = (text: string) => text.replaceAll(MESSAGE_START, '').replaceAll(MESSAGE_END, '');
const TURKISH_LETTER = /[çğıöşüÇĞİÖŞÜ]/;

function inLanguage<T>(lang: 'en' | 'tr', marked: boolean, read: () => T): T {
  markMessagesFrom(marked ? { CRO_I18N_MARK: '1' } : {});
  useLang(lang);
  try {
    return read();
  } finally {
    markMessagesFrom({});
    useLang('en');
  }
}

function docsOf(meta: RuleMeta<unknown>) {
  const { docs, description } = meta;
  return { description, ...docs };
}

afterEach(() => useLang('en'));

describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))('%s in Turkish', (_id, rule: AnyRule) => {
  const english = docsOf(rule.meta);
  let turkish: ReturnType<typeof docsOf>;
  beforeEach(() => {
    turkish = inLanguage('tr', false, () => docsOf(rule.meta));
  });
  const asOf = rule.meta.docs.asOf ?? DOCS_AS_OF;

  it('has its own description, rationale and examples, and the same example date', () => {
    for (const key of ['description', 'rationale', 'passing', 'failing'] as const) expect(turkish[key], key).not.toBe(english[key]);
    // A paragraph of Turkish without one of its own letters is English; a short line may have none.
    expect(turkish.rationale).toMatch(TURKISH_LETTER);
    expect(turkish.description).toMatch(/^[A-ZÇĞİÖŞÜ].*\.$/);
    expect(turkish.asOf).toBe(english.asOf);
    expect(Object.keys(turkish.options ?? {})).toEqual(Object.keys(english.options ?? {}));
  });

  it('has a passing example that gives no finding', () => {
    const findings = inLanguage('tr', false, () => runRule(rule, { plan: turkish.passing, asOf }));
    expect(findings.map((f) => f.message)).toEqual([]);
  });

  it('has a failing example that gives findings in Turkish, each one whole catalog message', () => {
    const marked = inLanguage('tr', true, () => runRule(rule, { plan: unmarked(turkish.failing), asOf }));
    expect(marked.length).toBeGreaterThan(0);
    const plain = inLanguage('tr', false, () => runRule(rule, { plan: turkish.failing, asOf }));
    // The same plan read in English: the Turkish finding is not the English one.
    const inEnglish = inLanguage('en', false, () => runRule(rule, { plan: turkish.failing, asOf }));
    marked.forEach((finding, i) => {
      expect(finding.rule).toBe(rule.meta.id);
      expect(finding.message.startsWith(MESSAGE_START) && finding.message.endsWith(MESSAGE_END), finding.message).toBe(true);
      expect(unmarked(finding.message)).toBe(plain[i]!.message);
      expect(plain[i]!.message).not.toBe(inEnglish[i]!.message);
      expect(plain[i]!.message).toMatch(TURKISH_LETTER);
      // Data does not change with the language.
      expect([plain[i]!.subject, plain[i]!.line, plain[i]!.column]).toEqual([inEnglish[i]!.subject, inEnglish[i]!.line, inEnglish[i]!.column]);
    });
  });
});

describe.each(LOADER_RULES.map((meta) => [meta.id, meta] as const))('the loader rule %s in Turkish', (id, meta) => {
  it('has its own docs, and its failing example fails in Turkish', () => {
    const english = docsOf(meta);
    const turkish = inLanguage('tr', false, () => docsOf(meta));
    for (const key of ['description', 'rationale', 'passing', 'failing'] as const) expect(turkish[key], key).not.toBe(english[key]);
    const passing = inLanguage('tr', false, () => loadPlan(new TextEncoder().encode(turkish.passing), { explicit: true }));
    expect(passing?.findings).toEqual([]);
    const failing = inLanguage('tr', false, () => loadPlan(new TextEncoder().encode(turkish.failing), { explicit: true }));
    const own = failing!.findings.filter((finding) => finding.rule === id);
    expect(own.length).toBeGreaterThan(0);
    for (const finding of own) expect(finding.message).toMatch(TURKISH_LETTER);
  });
});

describe('the rules in English', () => {
  it('read their words from the English catalog when no language is set', () => {
    expect(allRules.find((rule) => rule.meta.id === 'role-backup')!.meta.description).toBe(
      'A person who alone covers a critical role has a backup who has not left and is no detractor.',
    );
  });
});
