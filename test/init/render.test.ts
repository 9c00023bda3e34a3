import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { listTemplates, loadTemplate, packageRoot, templatesDir } from '../../src/commands/init/templates/catalog.js';
import { renderPlan } from '../../src/commands/init/templates/plan.js';
import { renderTemplate, TemplateError } from '../../src/commands/init/templates/render.js';
import { yamlScalar } from '../../src/commands/init/templates/scalar.js';
import { emptyAnswers, type PlanAnswers } from '../../src/commands/init/templates/values.js';
import { exampleAnswers } from '../../src/commands/init/repo.js';
import { ROOT } from '../helpers/cli.js';

const readBack = (text: string) => parse(text, { version: '1.2', schema: 'core' }) as Record<string, unknown>;

export const TRICKY_NAMES = [
  'Acme: "Ops" #1',
  'Acme / Lojistik A.Ş.',
  'true',
  'null',
  '~',
  '2024',
  '0x1F',
  '1e3',
  '.inf',
  'yes',
  'No',
  '- dash first',
  '? question',
  ': colon first',
  "O'Neil & Sons, Ltd.",
  '{braces} [brackets]',
  'a, b',
  'Line one\nLine two',
  '  leading and trailing  ',
  'Tab\there',
  '#hash',
  '&anchor *alias !tag %percent @at `tick` |pipe >fold',
  '"double" \'single\' \\backslash',
  'Ünïcödé Şirketi İĞÜ',
  'Emoji 🚀 Co',
  'Line\u2028separator\u0085next',
  'Control\u0007bell\u007f',
  '---',
  '...',
  '{{accountName}}',
  'x'.repeat(300),
];

describe('yamlScalar', () => {
  it.each(TRICKY_NAMES)('%j reads back exactly, in block and flow context', (value) => {
    const block = yamlScalar(value);
    const flow = yamlScalar(value, { flow: true });
    expect(block).not.toMatch(/[\n\r]/);
    expect(readBack(`k: ${block}\n`).k).toBe(value);
    expect(readBack(`- ${block}\n`)).toEqual([value]);
    expect(readBack(`m: { k: ${flow}, z: 1 }\nl: [${flow}, 2]\n`)).toEqual({ m: { k: value, z: 1 }, l: [value, 2] });
  });

  it('keeps ordinary text plain', () => {
    expect(yamlScalar('Acme Logistics')).toBe('Acme Logistics');
    expect(yamlScalar('Acme / Lojistik A.Ş.')).toBe('Acme / Lojistik A.Ş.');
    expect(yamlScalar('Director, Finance')).toBe('Director, Finance');
    expect(yamlScalar('Director, Finance', { flow: true })).toBe('"Director, Finance"');
    expect(yamlScalar('2026-02-01')).toBe('2026-02-01');
    expect(yamlScalar(84000)).toBe('84000');
    expect(yamlScalar(0.78)).toBe('0.78');
  });

  it('reads back any string exactly (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        expect(readBack(`k: ${yamlScalar(value)} # comment\n`).k).toBe(value);
        expect(readBack(`m: { k: ${yamlScalar(value, { flow: true })} }\n`)).toEqual({ m: { k: value } });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('renderTemplate', () => {
  it('puts a value where the placeholder stands, quoted as needed', () => {
    expect(renderTemplate('name: {{accountName}}\n', { accountName: 'a: b' })).toBe('name: "a: b"\n');
    expect(renderTemplate('name: "Plan of {{accountName}}"\n', { accountName: 'the "best"\n' })).toBe('name: "Plan of the \\"best\\"\\n"\n');
    expect(renderTemplate("name: 'Plan of {{accountName}}'\n", { accountName: "O'Neil" })).toBe("name: 'Plan of O''Neil'\n");
    expect(renderTemplate('# Plan for {{accountName}}\n', { accountName: 'A\nB' })).toBe('# Plan for A B\n');
    expect(renderTemplate('- { name: {{x}}, function: sales }\n', { x: 'Doe, Jane' })).toBe('- { name: "Doe, Jane", function: sales }\n');
  });

  it('comments out a line whose value is missing, with the hint in place', () => {
    const out = renderTemplate('account:\n  name: A\n  renewalDate: {{renewalDate|YYYY-MM-DD}} # when\n', {});
    expect(out).toBe('account:\n  name: A\n  # renewalDate: YYYY-MM-DD # when\n');
    expect(renderTemplate('a: {{x}}\n', { x: '  ' })).toBe('# a: x\n');
  });

  it('repeats a line once per item of a list', () => {
    const out = renderTemplate('team:\n  - { name: {{sales|Name}}, function: sales }\n', { sales: ['Jane Doe', 'Ali Kaya'] });
    expect(out).toBe('team:\n  - { name: Jane Doe, function: sales }\n  - { name: Ali Kaya, function: sales }\n');
  });

  it('comments out sections left empty, nested ones too', () => {
    const template = 'cro: 1\nrenewal:\n  requirements:\n    - {{req|Outcome}}\n  risks:\n    - {{risk|Risk}}\nteam:\n  - { name: {{sales|Name}}, function: sales }\n';
    const out = renderTemplate(template, {});
    expect(out).toBe('cro: 1\n# renewal:\n  # requirements:\n    # - Outcome\n  # risks:\n    # - Risk\n# team:\n  # - { name: Name, function: sales }\n');
    expect(readBack(out)).toEqual({ cro: 1 });
    expect(readBack(renderTemplate(template, { risk: ['Budget freeze'] }))).toEqual({ cro: 1, renewal: { risks: ['Budget freeze'] } });
  });

  it('leaves block scalars alone', () => {
    const template = 'messages:\n  renew: >-\n    Here is the plan:\n    more text\nx: {{x}}\n';
    expect(readBack(renderTemplate(template, {}))).toEqual({ messages: { renew: 'Here is the plan: more text' } });
  });

  it('indents a block and drops its commented example once it has content', () => {
    const template = 'stakeholders:\n  {{people}}\n  # - id: example\n  #   name: Example\n\nnext: 1\n';
    expect(renderTemplate(template, { people: { block: '- id: a\n  name: A\n' } })).toBe('stakeholders:\n  - id: a\n    name: A\n\nnext: 1\n');
    expect(renderTemplate(template, {})).toBe('# stakeholders:\n  # - id: example\n  #   name: Example\n\nnext: 1\n');
  });

  it('drops author notes and any modeline of its own', () => {
    expect(renderTemplate('#% note\n# yaml-language-server: $schema=x\ncro: 1\n', {})).toBe('cro: 1\n');
  });

  it('refuses a placeholder that is only part of a plain value', () => {
    expect(() => renderTemplate('name: Plan {{accountName}}\n', { accountName: 'A' })).toThrow(TemplateError);
    expect(() => renderTemplate('a: {{b}} {{c}}\n', { b: '1', c: '2' })).toThrow(/whole value/);
    expect(() => renderTemplate('a: [{{x}}, {{y}}]\n', { x: ['1'], y: ['2'] })).toThrow(/only one list/);
    expect(() => renderTemplate('a: {{x}}\n', { x: { block: 'b: 1\n' } })).toThrow(/block/);
  });

  it('treats placeholders named after what every object inherits as names without a value', () => {
    const source = 'a: {{toString}}\nb: {{constructor|who}}\nc: "{{hasOwnProperty}}"\n# {{valueOf}}\n  {{isPrototypeOf}}\nd: [{{propertyIsEnumerable}}]\n';
    // Each line stays a comment with its hint, as for any placeholder without a value; the lone block disappears.
    expect(renderTemplate(source, { accountName: 'A' })).toBe('# a: toString\n# b: who\n# c: "hasOwnProperty"\n# \n# d: [propertyIsEnumerable]\n');
  });
});

/** Answers that fill every placeholder, with tricky text everywhere. */
function fullAnswers(name: string): PlanAnswers {
  return {
    ...exampleAnswers('2026-11-27'),
    accountName: name,
    segment: 'a: b #c',
    owner: 'true',
    currency: 'EUR',
    team: { sales: ['Doe, Jane', 'Ali {Kaya}'], marketing: ['[Ece]'], customerSuccess: ['#1 CSM'] },
    messages: { renew: 'Results: "proof" #1', newBuy: '- one vendor' },
  };
}

describe('the packaged templates', () => {
  const templates = listTemplates();

  it('are found beside the package, whatever the current folder', () => {
    expect(packageRoot()).toBe(ROOT);
    expect(templatesDir()).toBe(join(ROOT, 'templates'));
    expect(templates.map((t) => `${t.name}.${t.lang}`)).toEqual(
      expect.arrayContaining(['trust-enablement.en', 'trust-enablement.tr', 'small-account.en', 'small-account.tr']),
    );
    for (const t of templates) expect(t.description).not.toBe('');
  });

  it('every language of a template uses the same placeholders', () => {
    const names = (file: string) => {
      const text = readFileSync(file, 'utf8').replace(/^#%.*$/gm, '');
      return [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))].sort();
    };
    for (const name of new Set(templates.map((t) => t.name))) {
      const variants = templates.filter((t) => t.name === name);
      for (const v of variants) expect(names(v.file), `${v.name}.${v.lang}`).toEqual(names(variants[0]!.file));
    }
  });

  for (const { name, lang } of templates) {
    describe(`${name} (${lang})`, () => {
      const source = loadTemplate(name, lang, ROOT).source;

      it.each(TRICKY_NAMES)('renders a valid plan for %j, empty or filled', (accountName) => {
        for (const answers of [emptyAnswers(accountName), fullAnswers(accountName)]) {
          const { text, plan } = renderPlan(source, answers, { today: '2026-11-27', schemaReference: '../schema/plan.schema.json' });
          expect(text.startsWith('# yaml-language-server: $schema=../schema/plan.schema.json\n')).toBe(true);
          expect(plan.account.name).toBe(accountName);
          const loaded = loadPlan(new TextEncoder().encode(text), { explicit: true });
          expect(loaded?.findings).toEqual([]);
        }
      });

      it('keeps what it was given', () => {
        const answers = fullAnswers('Acme');
        const { plan } = renderPlan(source, answers, { today: '2026-11-27', schemaReference: 'x' });
        expect(plan.account).toMatchObject({ segment: 'a: b #c', owner: 'true', currency: 'EUR' });
        expect(plan.team).toEqual([
          { name: 'Doe, Jane', function: 'sales' },
          { name: 'Ali {Kaya}', function: 'sales' },
          { name: '[Ece]', function: 'marketing' },
          { name: '#1 CSM', function: 'customer-success' },
        ]);
        expect(plan.messages).toEqual({ renew: 'Results: "proof" #1', newBuy: '- one vendor' });
        expect(plan.stakeholders?.map((s) => s.id)).toEqual(answers.stakeholders.map((s) => s.id));
        expect(plan.renewal?.requirements).toEqual(answers.renewal?.requirements);
        expect(plan.newBuy).toHaveLength(1);
        expect(plan.milestones).toHaveLength(3);
        expect(plan.okrs).toHaveLength(2);
        expect(plan.economics).toEqual(answers.economics);
      });

      it('explains itself in comments', () => {
        const { text } = renderPlan(source, emptyAnswers('Acme'), { today: '2026-11-27', schemaReference: 'x' });
        const comments = text.split('\n').filter((l) => l.trimStart().startsWith('#')).length;
        expect(comments).toBeGreaterThan(40);
        expect(text).not.toContain('{{');
        expect(text).not.toMatch(/^#%/m);
      });
    });
  }

  it('the Turkish templates speak the method in Turkish', () => {
    const tr = readFileSync(join(templatesDir(), 'trust-enablement.tr.yaml'), 'utf8');
    for (const word of ['Grup 1', 'Grup 2', 'savunucu', 'muhalif', 'referans veren', 'yedek', 'bütçe sahibi', 'üst yönetim sponsoru', 'sistem yöneticisi', 'satın alma', 'başabaş', '360° değerlendirme', 'kilometre taş', 'çapraz fonksiyonlu', 'görmeye, duymaya ve bilmeye']) {
      expect(tr.toLowerCase()).toContain(word.toLowerCase());
    }
    // administrator is the product's admin, not a product manager (SPEC §11); a referrer is not a router.
    for (const name of ['trust-enablement.tr.yaml', 'small-account.tr.yaml']) {
      expect(readFileSync(join(templatesDir(), name), 'utf8')).not.toMatch(/ürün yöneticisi|yönlendirici|yönetici sponsor|\(tedarik\)/);
    }
    // Every comment line is translated: none of the English template's sentences remain.
    const en = readFileSync(join(templatesDir(), 'trust-enablement.en.yaml'), 'utf8');
    const englishComments = new Set(en.split('\n').filter((l) => /^\s*# [A-Z][a-z]+ [a-z]+ [a-z]+/.test(l)).map((l) => l.trim()));
    const shared = tr.split('\n').filter((l) => englishComments.has(l.trim()));
    expect(shared).toEqual([]);
  });
});
