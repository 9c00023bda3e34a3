import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { MAX_PLAN_BYTES } from '../../src/plan/parse.js';
import { bytes, MINIMAL_PLAN } from '../helpers/plans.js';

const load = (text: string | Uint8Array, explicit = true) =>
  loadPlan(typeof text === 'string' ? bytes(text) : text, { explicit });

const only = (text: string | Uint8Array) => {
  const loaded = load(text);
  expect(loaded).not.toBeNull();
  return loaded!.findings.map(({ rule, line, column, path, message }) => ({ rule, line, column, path, message }));
};

describe('loadPlan: valid plans', () => {
  it('accepts a minimal plan and names the account', () => {
    const loaded = load(MINIMAL_PLAN)!;
    expect(loaded.findings).toEqual([]);
    expect(loaded.plan?.account.name).toBe('Acme Logistics');
    expect(loaded.account).toBe('Acme Logistics');
  });

  it('keeps dates as ISO strings, never Date objects', () => {
    const loaded = load(`${MINIMAL_PLAN}  renewalDate: 2027-02-01\n`)!;
    expect(loaded.plan?.account.renewalDate).toBe('2027-02-01');
  });

  it('allows notes and x- keys on any map', () => {
    const loaded = load(`cro: 1\nx-source: crm\naccount:\n  name: A\n  notes: big one\n  x-crm-id: 42\n  x-nested: { anything: [1, 2] }\n`)!;
    expect(loaded.findings).toEqual([]);
  });

  it('reads a file with a BOM and CRLF line endings, with correct positions', () => {
    const text = '\uFEFFcro: 1\r\naccount:\r\n  name: A\r\n  segmnt: x\r\n';
    expect(only(text)).toEqual([
      expect.objectContaining({ rule: 'schema', line: 4, column: 3, path: 'account.segmnt' }),
    ]);
  });
});

describe('loadPlan: files that are not plans', () => {
  it('skips a YAML file without a top-level cro key in a folder scan', () => {
    expect(load('name: not a plan\n', false)).toBeNull();
    expect(load('', false)).toBeNull();
  });

  it('reports an explicitly named empty file as a schema finding', () => {
    expect(only('')).toEqual([expect.objectContaining({ rule: 'schema', line: 1, column: 1, message: expect.stringMatching(/empty/) })]);
  });

  it('reports an explicitly named non-plan YAML file', () => {
    expect(only('foo: bar\n')).toEqual([expect.objectContaining({ rule: 'schema', message: expect.stringMatching(/not a cro plan/) })]);
  });

  it('still reports a broken YAML file found by a folder scan (it may be a broken plan)', () => {
    expect(load('cro: 1\naccount: [\n', false)?.findings[0]?.rule).toBe('yaml-syntax');
  });
});

describe('loadPlan: YAML problems are yaml-syntax findings with positions', () => {
  it('malformed YAML', () => {
    const [finding] = only('cro: 1\naccount:\n  name: "unterminated\n');
    expect(finding).toMatchObject({ rule: 'yaml-syntax' });
    expect(finding!.line).toBeGreaterThanOrEqual(3);
  });

  it('a tab used for indentation', () => {
    expect(only('cro: 1\naccount:\n\tname: A\n')).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', line: 3, column: 1, message: expect.stringMatching(/tab/) }),
    ]);
  });

  it('a duplicate key points at the later occurrence', () => {
    expect(only('cro: 1\naccount:\n  name: A\n  name: B\n')).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', line: 4, column: 3, message: expect.stringMatching(/twice/) }),
    ]);
  });

  it('a second YAML document', () => {
    expect(only(`${MINIMAL_PLAN}---\ncro: 1\n`)[0]).toMatchObject({ rule: 'yaml-syntax', line: 4 });
  });

  it('a billion-laughs alias bomb is refused quickly', () => {
    const lines = ['cro: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      lines.push(`${name}: &${name} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const started = Date.now();
    const [finding] = only(`${lines.join('\n')}\n`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(finding).toMatchObject({ rule: 'yaml-syntax', line: 3, message: expect.stringMatching(/aliases/) });
  });

  it('bytes that are not UTF-8, at the first bad byte', () => {
    const head = bytes('cro: 1\naccount:\n  name: Caf');
    const text = new Uint8Array([...head, 0xe9, ...bytes('\n')]);
    expect(only(text)).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 3, column: 12, message: expect.stringMatching(/not UTF-8/) })]);
  });

  it('a file over the size limit', () => {
    const big = new Uint8Array(MAX_PLAN_BYTES + 10).fill(0x20);
    expect(only(big)).toEqual([expect.objectContaining({ rule: 'yaml-syntax', message: expect.stringMatching(/the file is 1\.001 MB; a plan may be at most 1 MB/) })]);
  });
});

describe('loadPlan: schema findings say what is wrong and where', () => {
  const plan = (body: string) => `cro: 1\naccount:\n  name: A\n${body}`;

  it('an impossible date', () => {
    expect(only(plan('  renewalDate: 2026-02-30\n'))).toEqual([
      expect.objectContaining({ rule: 'schema', line: 4, column: 16, path: 'account.renewalDate', message: expect.stringMatching(/"2026-02-30" is not a real calendar date/) }),
    ]);
  });

  it('a negative cost', () => {
    expect(only(plan('economics:\n  monthlyRevenue: 100\n  acquisitionCost: -5\n'))).toEqual([
      expect.objectContaining({ line: 6, column: 20, path: 'economics.acquisitionCost', message: expect.stringMatching(/negative/) }),
    ]);
  });

  it('a gross margin of 78 suggests 0.78', () => {
    expect(only(plan('economics:\n  monthlyRevenue: 100\n  grossMargin: 78\n'))[0]!.message).toMatch(/did you mean 0\.78/);
  });

  it('an unknown key suggests the right one and points at the key', () => {
    expect(only(plan('stakholders: []\n'))).toEqual([
      expect.objectContaining({ line: 4, column: 1, path: 'stakholders', message: expect.stringMatching(/unknown key "stakholders" \(did you mean "stakeholders"\?\)/) }),
    ]);
  });

  it('a __proto__ key is an unknown key, not a prototype change', () => {
    expect(only(plan('__proto__: { polluted: true }\n'))).toEqual([expect.objectContaining({ line: 4, path: '__proto__' })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a dangling backup suggests the closest id', () => {
    const text = plan('stakeholders:\n  - id: tom\n    name: Tom\n    group: renew\n  - id: maria\n    name: Maria\n    group: renew\n    backup: tomm\n');
    expect(only(text)).toEqual([
      expect.objectContaining({ line: 11, column: 13, path: 'stakeholders[1].backup', message: 'stakeholders[1] (Maria): backup: "tomm" is not a stakeholder id in this plan (did you mean "tom"?)' }),
    ]);
  });

  it('a duplicate id points at the later occurrence', () => {
    const text = plan('stakeholders:\n  - { id: tom, name: Tom, group: renew }\n  - { id: tom, name: Tomas, group: renew }\n');
    expect(only(text)).toEqual([expect.objectContaining({ line: 6, path: 'stakeholders[1].id', message: expect.stringMatching(/already the id of stakeholders\[0\] \(Tom\)/) })]);
  });

  it('a numeric id says to quote it', () => {
    expect(only(plan('stakeholders:\n  - { id: 2024, name: X, group: renew }\n'))[0]!.message).toMatch(/quotes \("2024"\)/);
  });

  it('a missing required key points at its parent map', () => {
    expect(only(plan('stakeholders:\n  - id: x\n    name: X\n'))).toEqual([
      expect.objectContaining({ line: 5, column: 5, path: 'stakeholders[0].group', message: expect.stringMatching(/group is missing/) }),
    ]);
  });

  it('a missing top-level section points at 1:1', () => {
    expect(only('# modeline\ncro: 1\n')).toEqual([expect.objectContaining({ line: 1, column: 1, path: 'account' })]);
  });

  it('economics needs exactly one revenue figure', () => {
    expect(only(plan('economics:\n  acquisitionCost: 10\n'))[0]).toMatchObject({ line: 5, path: 'economics', message: expect.stringMatching(/monthlyRevenue or annualRevenue/) });
    expect(only(plan('economics:\n  monthlyRevenue: 10\n  annualRevenue: 120\n'))[0]).toMatchObject({ path: 'economics.annualRevenue', message: expect.stringMatching(/not both/) });
  });

  it('an unsupported format version', () => {
    expect(only('cro: 2\naccount: { name: A }\n')[0]).toMatchObject({ line: 1, column: 6, message: expect.stringMatching(/version 2 is not supported/) });
  });

  it('infinite numbers are refused', () => {
    expect(only(plan('economics:\n  monthlyRevenue: .inf\n'))[0]!.message).toMatch(/finite/);
  });

  it('reports every problem, not only the first', () => {
    const text = plan('  currency: usd\nstakeholders:\n  - { id: a, name: A, group: renw, stance: fan }\n');
    expect(only(text).map((f) => f.path)).toEqual(['account.currency', 'stakeholders[0].group', 'stakeholders[0].stance']);
  });
});

describe('loadPlan: dates and codes that cannot be right', () => {
  const plan = (body: string) => `cro: 1\naccount:\n  name: A\n${body}`;

  it('a date in another format is one finding, not two', () => {
    for (const value of ['2026-2-1', '2026-04-01T10:00:00Z', 'next week']) {
      const findings = only(plan(`  renewalDate: ${value}\n`));
      expect(findings, value).toHaveLength(1);
      expect(findings[0]!.message).toMatch(/is not a date; write it as YYYY-MM-DD/);
    }
  });

  it('a renewal on or before the start of the contract', () => {
    expect(only(plan('  customerSince: 2026-02-01\n  renewalDate: 2026-01-01\n'))).toEqual([
      expect.objectContaining({ rule: 'schema', line: 5, column: 16, path: 'account.renewalDate', message: expect.stringMatching(/2026-01-01 is not after account\.customerSince 2026-02-01/) }),
    ]);
    expect(only(plan('  renewalDate: 2026-01-01\neconomics:\n  start: 2026-03-01\n  monthlyRevenue: 1\n'))[0]!.message).toMatch(/not after economics\.start 2026-03-01/);
    expect(only(plan('  customerSince: 2026-02-01\n  renewalDate: 2027-02-01\n'))).toEqual([]);
  });

  it('a currency code that is no currency', () => {
    expect(only(plan('  currency: XYZ\n'))[0]!.message).toMatch(/"XYZ" is not an ISO 4217 currency code/);
    expect(only(plan('  currency: TRY\n'))).toEqual([]);
  });
});

describe('loadPlan: values that YAML tags build are named by their tag', () => {
  it.each([
    ['  renewalDate: !!timestamp 2026-01-01\n', 'account.renewalDate: expected a date as text (YYYY-MM-DD), got a YAML !!timestamp value; remove the !!timestamp tag'],
    ['  segment: !!binary aGVsbG8=\n', 'account.segment: expected text, got binary data (!!binary); remove the !!binary tag'],
    ['  segment: !!set { a, b }\n', 'account.segment: expected text, got a YAML !!set; remove the !!set tag'],
    ['  segment: !!omap [ { a: 1 } ]\n', 'account.segment: expected text, got a YAML ordered map (!!omap); remove the !!omap tag'],
    ['  segment: !custom { a: 1 }\n', 'account.segment: expected text, got a map'],
  ])('%j', (line, message) => {
    expect(only(`${MINIMAL_PLAN}${line}`)).toEqual([expect.objectContaining({ rule: 'schema', line: 4, message })]);
  });

  it('says the same when the plan also has x- keys (which are removed before validation)', () => {
    expect(only(`${MINIMAL_PLAN}  x-crm: 1\n  renewalDate: !!timestamp 2026-01-01\n`)).toEqual([
      expect.objectContaining({ rule: 'schema', line: 5, message: expect.stringMatching(/got a YAML !!timestamp value/) }),
    ]);
  });
});

describe('loadPlan: keys and ids named after object built-ins', () => {
  it('reports __proto__ keys and ids as findings and pollutes no prototype', () => {
    const text = `${MINIMAL_PLAN}  __proto__: { polluted: true }\nstakeholders:\n  - id: __proto__\n    name: A\n    group: renew\n    backup: constructor\n  - __proto__: { id: b }\n    name: B\n    group: renew\n`;
    for (const fast of [true, false]) {
      const loaded = loadPlan(bytes(text), { explicit: true, fast })!;
      expect(loaded.findings.map((f) => `${f.line}:${f.column} ${f.path}`).sort()).toEqual([
        '10:5 stakeholders[1].__proto__',
        '10:5 stakeholders[1].id',
        '4:3 account.__proto__',
        '6:9 stakeholders[0].id',
        '9:13 stakeholders[0].backup',
      ]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes constructor as an ordinary stakeholder id', () => {
    const text = `${MINIMAL_PLAN}stakeholders:\n  - { id: constructor, name: A, group: renew, backup: tostring }\n  - { id: tostring, name: B, group: renew, backup: constructor }\n`;
    expect(only(text)).toEqual([]);
  });
});
