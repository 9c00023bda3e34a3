import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadPlan } from '../../src/plan/load.js';
import { findDeepNesting, MAX_NESTING_DEPTH } from '../../src/plan/nesting-limit.js';
import { parsePlanSubset } from '../../src/plan/subset-parse.js';
import { tempTree } from '../helpers/cli.js';
import { bytes } from '../helpers/plans.js';

const PLAN_START = 'cro: 1\naccount:\n  name: Deep\n';

/** Lists and maps around the deepest value, as the data has them (a collection key counts as text). */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** `x-a:` holding `levels` nested collections of one shape; the plan's own map is one more level. */
const shapes = {
  'flow lists': (levels: number) => `${PLAN_START}x-a: ${'['.repeat(levels)}${']'.repeat(levels)}\n`,
  'flow maps': (levels: number) => `${PLAN_START}x-a: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}\n`,
  // `[a: …]` is a list holding a map of one pair: two levels each.
  'flow pairs': (levels: number) => {
    const pairs = Math.floor(levels / 2);
    return `${PLAN_START}x-a: ${'[a: '.repeat(pairs)}${levels % 2 === 1 ? '[1]' : '1'}${']'.repeat(pairs)}\n`;
  },
  'compact block lists': (levels: number) => `${PLAN_START}x-a:\n  ${'- '.repeat(levels)}v\n`,
  'block maps': (levels: number) => {
    let text = `${PLAN_START}x-a:\n`;
    for (let i = 1; i < levels; i++) text += `${' '.repeat(i)}k:\n`;
    return `${text}${' '.repeat(levels)}k: v\n`;
  },
} satisfies Record<string, (levels: number) => string>;

const load = (text: string, fast = true) => loadPlan(bytes(text), { explicit: true, fast });

describe('nesting past the limit', () => {
  it.each(Object.entries(shapes))('%s 3,000 deep are one yaml-syntax finding where the limit is passed, from every parser', (name, shape) => {
    // Block maps indent once per level: 1,400 levels are as much as fits under the size limit.
    const text = shape(name === 'block maps' ? 1400 : 3000);
    const expected = findDeepNesting(text)!;
    expect(expected).toBeDefined();
    for (const fast of [true, false]) {
      const loaded = load(text, fast)!;
      expect(loaded.plan).toBeUndefined();
      expect(loaded.findings).toEqual([
        {
          rule: 'yaml-syntax',
          severity: 'error',
          message: `lists and maps nest deeper than ${MAX_NESTING_DEPTH} levels here; a plan never needs this — flatten it`,
          line: expected.line,
          column: expected.column,
          path: '',
        },
      ]);
    }
  });

  it('points at the collection one level too deep', () => {
    // The plan's map is level 1, so the 64th bracket opens level 65.
    expect(load(shapes['flow lists'](100))!.findings[0]).toMatchObject({ line: 4, column: 'x-a: '.length + MAX_NESTING_DEPTH });
    expect(load(shapes['block maps'](100))!.findings[0]).toMatchObject({ line: 4 + MAX_NESTING_DEPTH, column: MAX_NESTING_DEPTH + 1 });
  });

  it('reads a plan at exactly the limit, and the subset reader still reads it', () => {
    const levels = MAX_NESTING_DEPTH - 1;
    for (const [name, shape] of Object.entries(shapes)) {
      const text = shape(levels);
      expect(load(text, true)!.findings, name).toEqual([]);
      expect(load(text, false)!.findings, name).toEqual([]);
    }
    expect(parsePlanSubset(shapes['flow lists'](levels))).toBeDefined();
    expect(parsePlanSubset(shapes['flow lists'](levels + 1))).toBeUndefined();
  });

  it('never throws, and gives data or a finding, for any depth of flow or block nesting (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(shapes)), fc.integer({ min: 1, max: 5000 }), fc.boolean(), (name, requested, fast) => {
        // Block maps indent once per level: past ~1,400 levels the file is over the size limit, a finding of its own.
        const levels = name === 'block maps' ? Math.min(requested, 1500) : requested;
        const loaded = load(shapes[name as keyof typeof shapes](levels), fast)!;
        if (levels < MAX_NESTING_DEPTH) {
          expect(loaded.findings).toEqual([]);
          expect(loaded.plan?.account.name).toBe('Deep');
        } else {
          expect(loaded.plan).toBeUndefined();
          expect(loaded.findings).toHaveLength(1);
          expect(loaded.findings[0]!.rule).toBe('yaml-syntax');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on repeated fragments of YAML syntax either, and never reports a stack overflow (property)', () => {
    const token = fc.constantFrom('[', '{', ']', '}', '- ', '? ', ': ', 'a: ', '"', "'", '|', '>', '#', '\n', '\n  ', '\n    ', ' ', ',', 'x', '&a ', '*a', '!t ', '\\', '--- ');
    const soup = fc
      .tuple(fc.array(token, { maxLength: 6 }), fc.integer({ min: 1, max: 3000 }))
      .map(([tokens, times]) => `${PLAN_START}x-a: ${tokens.join('').repeat(times)}`);
    fc.assert(
      fc.property(soup, fc.boolean(), (text, fast) => {
        for (const finding of load(text, fast)?.findings ?? []) expect(finding.message).not.toMatch(/call stack/i);
      }),
      { numRuns: 300 },
    );
  });

  it('counts what aliases bring in, and reports an alias that contains itself, at the alias', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    // 1 + 25 + 40 levels, though the text alone nests no more than 41.
    const chain = `${PLAN_START}x-a: &a ${nested(40)}\nx-b: ${'['.repeat(25)}*a${']'.repeat(25)}\n`;
    expect(findDeepNesting(chain)).toBeUndefined();
    for (const fast of [true, false]) {
      expect(load(chain, fast)!.findings).toEqual([
        expect.objectContaining({ rule: 'yaml-syntax', line: 5, column: 'x-b: '.length + 25 + 1, message: expect.stringMatching(/^this alias nests lists and maps deeper than 64 levels/) }),
      ]);
    }
    const cycle = `${PLAN_START}stakeholders: &s\n  - id: a\n    name: A\n    group: renew\n    x-more: *s\n`;
    expect(load(cycle)!.findings).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', line: 8, column: 13, message: expect.stringMatching(/^this alias refers to a list or map that contains it/) }),
    ]);
  });

  it('keeps a billion laughs bounded', () => {
    const laughs = `${PLAN_START}a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
    const started = performance.now();
    expect(load(laughs)!.findings[0]).toMatchObject({ rule: 'yaml-syntax', message: expect.stringMatching(/aliases expand to too much data/) });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('is reported for a config, naming it a config', () => {
    const dir = tempTree({ 'cro.config.yaml': `rules: ${'['.repeat(3000)}${']'.repeat(3000)}\n` });
    expect(() => loadConfig(undefined, dir)).toThrow(
      `cro.config.yaml:1:${'rules: '.length + MAX_NESTING_DEPTH}: lists and maps nest deeper than ${MAX_NESTING_DEPTH} levels here; a config never needs this — flatten it`,
    );
  });
});

describe('findDeepNesting', () => {
  // Scalars that look like structure: brackets, quotes, colons and indicators in text.
  const text = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('a [b', '"x"', "it's", 'a: b', '- x', '# no', '[', '{a}', 'x\ny [', '  lead', '|', '>', '&a', '*b', '!t', '? q', 'key:', "a'b", 'a"b', 'ü [', 'x,y]'),
  );
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'medium', withCrossShrink: true }, text, fc.integer(), fc.constant(null), tie('list'), tie('map')),
    list: fc.array(tie('tree'), { maxLength: 4 }),
    map: fc.dictionary(fc.oneof(fc.constantFrom('a', 'b-c', 'x y', 'k[', 'q"', 'c:d', '- e'), fc.string({ maxLength: 5 })), tie('tree'), { maxKeys: 4 }),
  }));
  const style = fc.record({
    collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
    lineWidth: fc.constantFrom(0, 20, 80),
    indent: fc.constantFrom(1, 2, 4),
    indentSeq: fc.boolean(),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<'PLAIN'>,
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE') as fc.Arbitrary<null | 'PLAIN'>,
    flowCollectionPadding: fc.boolean(),
  });

  it('finds exactly the depth of the data, however the YAML is written (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c'), tree, { minKeys: 1 }), style, (data, options) => {
        const yaml = stringify(data, options);
        let read: unknown;
        try {
          read = parse(yaml);
        } catch {
          return; // the writer's own rare mistakes (an empty flow list under an unindented sequence)
        }
        const depth = depthOf(read);
        expect(findDeepNesting(yaml, depth)).toBeUndefined();
        if (depth > 1) expect(findDeepNesting(yaml, depth - 1)).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a: [b: [c: 1]]', 5],
    ['- - - x\n  - y\n- z', 3],
    ['a: |\n  [[[[\n  ]]\nb: {c: 1}', 2],
    ['a: >-\n    {{{{\n    x\n', 1],
    ['a: "multi [\n  line [["\nb: 1', 1],
    ["a: 'it''s [\n  x'\n", 1],
    ['a: plain\n  [continued\n  more\nb: [1]', 2],
    ['a: # [comment\n  b: 1', 2],
    ['a: &x\n  b: [1]\nc: !!map\n  d: 1', 3],
    ['--- [a, [b]]\n', 2],
    ['"quoted key": [1]', 2],
    ['- "q": 1\n  r: [2]', 3],
    ['a:\n- b\n- [c]\nd: 1', 3],
    ['a: {"b":[1]}', 3],
    ['a: [\n  b,\n  [c, # ]\n  d]\n]', 3],
    ['k: [a#b]', 2],
    ['x: a[b\ny: [1]', 2],
    ['- key: |\n    [[\n  other: [1]', 3],
  ])('reads %j as %i levels deep', (yaml, depth) => {
    expect(depthOf(parse(yaml))).toBe(depth);
    expect(findDeepNesting(yaml, depth)).toBeUndefined();
    expect(findDeepNesting(yaml, depth - 1)).toBeDefined();
  });

  it('is linear: a megabyte of brackets takes milliseconds', () => {
    const text = `x: ${'['.repeat(1_000_000)}`;
    const started = performance.now();
    expect(findDeepNesting(text)).toEqual({ line: 1, column: 4 + MAX_NESTING_DEPTH - 1 });
    const block = `x:\n${Array.from({ length: 20_000 }, () => '  - a: [1, "]", \'[\']\n    b: |\n      [[[[\n').join('')}`;
    expect(findDeepNesting(block)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
