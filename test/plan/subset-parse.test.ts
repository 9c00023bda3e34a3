import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMap, isSeq, type Node } from 'yaml';
import { LINE, parsePlanSubset } from '../../src/plan/subset-parse.js';
import { parseYamlText } from '../../src/plan/parse.js';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { planText, random } from '../../bench/generate.js';
import { ROOT } from '../helpers/cli.js';
import { listTemplates, loadTemplate } from '../../src/commands/init/templates/catalog.js';
import { renderPlan } from '../../src/commands/init/templates/plan.js';
import { emptyAnswers } from '../../src/commands/init/templates/values.js';
import { exampleAnswers } from '../../src/commands/init/repo.js';

/** Every map and list of the reference's document, by data path, with its line and column. */
function referenceStarts(text: string): Map<string, string> {
  const parsed = parseYamlText(text);
  if (!parsed.ok) throw new Error(`the reference rejects the text: ${parsed.finding.message}`);
  const { doc, lineCounter } = parsed.value;
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      const { line, col } = lineCounter.linePos((node as Node).range![0]);
      out.set(path, `${line}:${col}`);
      for (const pair of node.items) walk(pair.value, `${path}.${String((pair.key as { value: unknown }).value)}`);
    } else if (isSeq(node)) {
      const { line, col } = lineCounter.linePos((node as Node).range![0]);
      out.set(path, `${line}:${col}`);
      node.items.forEach((item, index) => walk(item, `${path}[${index}]`));
    }
  };
  walk(doc.contents, '');
  return out;
}

/** The same, from the subset reader's data and start positions. */
function subsetStarts(data: unknown, starts: Map<object, number>): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return;
    const start = starts.get(node);
    out.set(path, start === undefined ? 'missing' : `${Math.floor(start / LINE)}:${start % LINE}`);
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}[${index}]`));
    else for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
  };
  walk(data, '');
  return out;
}

/** Whatever the subset reader accepts, the reference reads the same way: same data, same positions. */
function expectAgreement(text: string): boolean {
  const subset = parsePlanSubset(text);
  if (!subset) return false;
  const reference = parseYamlText(text);
  expect(reference.ok, `the reference rejects text the subset accepted:\n${text}`).toBe(true);
  if (!reference.ok) return true;
  expect(subset.data).toEqual(reference.value.data);
  expect(subsetStarts(subset.data, subset.starts)).toEqual(referenceStarts(text));
  return true;
}

describe('the plan subset of YAML', () => {
  it('reads plans as cro init, the examples and the generator write them, with the reference data and positions', () => {
    const rendered = listTemplates().flatMap(({ name, lang }) =>
      [exampleAnswers('2026-11-27'), emptyAnswers('Acme')].map(
        (answers) => renderPlan(loadTemplate(name, lang, ROOT).source, answers, { today: '2026-11-27', schemaReference: '../schema/plan.schema.json' }).text,
      ),
    );
    const rand = random(11);
    const texts = [...rendered, ...Array.from({ length: 50 }, (_, i) => planText(i, rand))];
    const declined = texts.filter((text) => !expectAgreement(text));
    // The subset is the fast path: ordinary plans must not fall back to a slower parser.
    expect(declined.length, declined[0]).toBe(0);
  });

  it('reads the example plans with the reference data and positions, or declines them', () => {
    // Their folded paragraphs (`>-`) are outside the subset; js-yaml reads those.
    for (const file of readdirSync(join(ROOT, 'examples/plans'))) expectAgreement(readFileSync(join(ROOT, 'examples/plans', file), 'utf8'));
  });

  it.each([
    ['scalars of every core type', 'cro: 1\na: plain text\nb: 12\nc: -3.5\nd: 0.70\ne: true\nf: False\ng: ~\nh: null\ni:\nj: 2026-02-30\nk: C#\nl: a, b [c] {d}\n'],
    ['quoted scalars', `cro: 1\na: "x: y # z"\nb: 'it''s'\nc: ''\nd: "" # empty\ne: '#1'\n`],
    ['comments and blank lines everywhere', '# head\ncro: 1 # one\n\naccount: # the customer\n  # name next\n  name: Acme\n\n    # deeper comment\n  owner: Ann   \n# tail\n'],
    ['compact and indented sequences', 'cro: 1\na:\n- x\n- y\nb:\n  -   k: 1\n      l: [2, 3]\n  -\n    k: 4\n  - # empty item\n  - "q"\n'],
    ['flow collections', 'cro: 1\na: [ ]\nb: {}\nc: { k: v, n: 1.5, l: [a, "b, c", \'d\'], m: {x: y} }\nd: [x y, -1, ~]\n'],
    ['CRLF line ends', 'cro: 1\r\naccount:\r\n  name: Acme\r\nlist:\r\n  - a\r\n'],
    ['keys that look like other things', 'cro: 1\nyes: 1\nno: 2\non: 3\nx-meta: 4\n_k9: 5\n'],
    ['a top level that is indented', '  cro: 1\n  a: 2\n'],
  ])('agrees with the reference on %s', (_name, text) => {
    expect(expectAgreement(text)).toBe(true);
  });

  it.each([
    ['a multi-line plain scalar', 'cro: 1\na: one\n  two\n'],
    ['a block scalar', 'cro: 1\na: |\n  text\n'],
    ['a folded scalar', 'cro: 1\na: >\n  text\n'],
    ['escapes in double quotes', 'cro: 1\na: "\\u00e9"\n'],
    ['a quoted scalar over two lines', 'cro: 1\na: "one\n  two"\n'],
    ['a flow collection over two lines', 'cro: 1\na: [one,\n  two]\n'],
    ['a trailing comma', 'cro: 1\na: [one, two,]\n'],
    ['an anchor and alias', 'cro: 1\na: &x 1\nb: *x\n'],
    ['a tag', 'cro: 1\na: !!str 1\n'],
    ['a duplicate key', 'cro: 1\ncro: 2\n'],
    ['a duplicate flow key', 'cro: 1\na: { k: 1, k: 2 }\n'],
    ['a quoted key', 'cro: 1\n"a": 1\n'],
    ['a key with spaces', 'cro: 1\nmy key: 1\n'],
    ['a null-like key', 'cro: 1\nnull: 1\n'],
    ['a mapping inside a scalar', 'cro: 1\na: b: c\n'],
    ['a value indented after a scalar', 'cro: 1\na: b\n  c: d\n'],
    ['a dash after a mapping entry', 'cro: 1\n- a\n'],
    ['a sequence in a sequence on one line', 'cro: 1\na:\n  - - x\n'],
    ['misaligned keys', 'cro: 1\na:\n    b: 1\n  c: 2\n'],
    ['octal, hex and special numbers', 'cro: 1\na: 0o17\n'],
    ['a hex number', 'cro: 1\na: 0x1F\n'],
    ['a leading plus', 'cro: 1\na: +1\n'],
    ['an exponent', 'cro: 1\na: 1e3\n'],
    ['a leading dot', 'cro: 1\na: .5\n'],
    ['infinity', 'cro: 1\na: .inf\n'],
    ['negative zero', 'cro: 1\na: -0\n'],
    ['a long integer', 'cro: 1\na: 12345678901234567890\n'],
    ['a dash alone as a value', 'cro: 1\na: -\n'],
    ['a complex key', 'cro: 1\n? a\n: b\n'],
    ['a document marker', '---\ncro: 1\n'],
    ['a directive', '%YAML 1.2\n---\ncro: 1\n'],
    ['a list at the top', '- cro: 1\n'],
    ['a scalar at the top', 'just text\n'],
    ['nothing', '# only a comment\n\n'],
    ['a comment with no space before it', 'cro: 1\na: "x"#c\n'],
  ])('declines %s', (_name, text) => {
    expect(parsePlanSubset(text)).toBeUndefined();
  });

  it('agrees with the reference on generated documents whenever it accepts them', () => {
    // Mostly forms the subset reads, with a sprinkling of forms it must decline or read exactly.
    const scalar = fc.oneof(
      {
        weight: 20,
        arbitrary: fc.constantFrom('plain', 'two words', 'C#', '"dq"', "'sq'", "'it''s'", '"a # b"', '12', '-3.5', '0.70', 'null', '~', 'True',
          'yes', '2026-02-30', 'a,b', '[x]', '{k: v}', '[a, [b]]', '{ k: [1, 2] }', '[]', '{}', '-5', 'é ç', '', 'a:b', '1_000'),
      },
      { weight: 1, arbitrary: fc.constantFrom('x #not a comment?', 'a: b', '007', '1e3', '+1', '.5', '0x1F', '-', '- a', '@x', '%p', ':x', 'x:', '"x\\"y"', '&a x', '*a', '!t x', '|', '>') },
    );
    const key = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom('cro', 'a', 'b', 'name', 'x-y', 'k_1', 'Yes') },
      { weight: 1, arbitrary: fc.constantFrom('null', '"q"', 'two words', '1') },
    );
    const gap = fc.constantFrom(' ', '  ', ' # c ', '   ');
    type Doc = { kind: 'map'; entries: Array<[string, Doc]> } | { kind: 'seq'; items: Doc[] } | { kind: 'scalar'; text: string };
    const { doc } = fc.letrec<{ doc: Doc }>((tie) => ({
      doc: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((text): Doc => ({ kind: 'scalar', text })),
        fc.uniqueArray(fc.tuple(key, tie('doc')), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((entries): Doc => ({ kind: 'map', entries })),
        fc.array(tie('doc'), { minLength: 1, maxLength: 3 }).map((items): Doc => ({ kind: 'seq', items })),
      ),
    }));
    const render = (node: Doc, indent: number, step: number, pick: () => number): string[] => {
      const pad = ' '.repeat(indent);
      if (node.kind === 'scalar') return [`${pad}${node.text}`];
      if (node.kind === 'map') {
        return node.entries.flatMap(([k, value]) => {
          if (value.kind === 'scalar') return [`${pad}${k}:${value.text === '' ? '' : ' '.repeat(1 + (pick() % 2))}${value.text}`];
          const compact = value.kind === 'seq' && pick() % 3 === 0;
          const comment = pick() % 4 === 0 ? ' # note' : '';
          return [`${pad}${k}:${comment}`, ...render(value, compact ? indent : indent + step, step, pick)];
        });
      }
      return node.items.flatMap((item) => {
        if (item.kind === 'scalar') return [`${pad}-${item.text === '' ? '' : ' '}${item.text}`];
        if (item.kind === 'map' && pick() % 2 === 0) {
          const [first, ...rest] = render(item, indent + 2, step, pick);
          return [`${pad}- ${first!.trimStart()}`, ...rest];
        }
        return [`${pad}-`, ...render(item, indent + step, step, pick)];
      });
    };
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(key.filter((k) => k !== 'cro'), doc), { minLength: 1, maxLength: 5, selector: ([k]) => k }),
        fc.constantFrom(2, 4),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        gap,
        fc.boolean(),
        (entries, step, choices, trailing, crlf) => {
          let turn = 0;
          const pick = () => choices[turn++ % choices.length]!;
          const lines = render({ kind: 'map', entries: [['cro', { kind: 'scalar', text: '1' }], ...entries] }, 0, step, pick);
          if (pick() % 3 === 0) lines.splice(1 + (pick() % lines.length), 0, pick() % 2 ? '' : `${' '.repeat(pick() % 6)}# a comment line`);
          const text = lines.map((line, i) => (i % 3 === 1 && !line.endsWith(':') ? `${line}${trailing.trimEnd() === '' ? trailing : ''}` : line)).join(crlf ? '\r\n' : '\n') + '\n';
          const reference = parseYamlText(text);
          const subset = parsePlanSubset(text);
          if (!subset) return;
          accepted++;
          expect(reference.ok, text).toBe(true);
          if (reference.ok) {
            expect(subset.data, text).toEqual(reference.value.data);
            expect(subsetStarts(subset.data, subset.starts), text).toEqual(referenceStarts(text));
          }
        },
      ),
      { numRuns: 1500 },
    );
    // The generator must exercise acceptance, not only declining.
    expect(accepted).toBeGreaterThan(500);
  });
});
