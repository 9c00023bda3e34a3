import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { applyEdits, applyToData, readData, type Edit, type Value } from '../../src/edit/splice.js';

/** The 0-based line of the node at a path, or undefined when there is none. */
function lineOf(text: string, path: ReadonlyArray<string | number>): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? counter.linePos(node.range[0]).line - 1 : undefined;
}

/*
 * Random plans, written the many ways people write YAML (flow and block, quotes or none,
 * comments after values and between keys, blank lines, 2 or 4 spaces, CRLF, a BOM), and
 * random edits: the result reads as the data with that edit, and the text around the
 * edited node is byte for byte what it was.
 */

type Styled = { style: Style; comment?: string | undefined; blank?: boolean };
type Style = 'plain' | 'double' | 'single' | 'flow' | 'block';

const words = fc.constantFrom('Acme', 'Maria Lopez', 'Jane: Doe', 'a # b', "O'Neil", 'yes', '123', 'Brückner Antriebstechnik', 'Lojistik A.Ş.', '[x]', 'x, y', 'Ops');
const dates = fc.constantFrom('2026-01-15', '2026-11-02', '2027-02-01');
const roles = fc.constantFrom('end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor');

const stakeholder = (i: number) =>
  fc.record(
    {
      id: fc.constant(`p${i}`),
      name: words,
      title: words,
      group: fc.constantFrom('renew', 'new-buy'),
      roles: fc.uniqueArray(roles, { minLength: 1, maxLength: 3 }),
      lastContact: dates,
      needs: fc.record({ see: words, know: words }, { requiredKeys: ['see'] }),
    },
    { requiredKeys: ['id', 'name', 'group'] },
  );

const planData = fc
  .record({
    account: fc.record({ name: words, owner: words, renewalDate: dates }, { requiredKeys: ['name'] }),
    count: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ account, count }) => fc.tuple(fc.constant(account), fc.tuple(...Array.from({ length: count }, (_, i) => stakeholder(i)))))
  .map(([account, people]) => ({ cro: 1, account, stakeholders: people }) as Record<string, Value>);

interface Format {
  indent: number;
  eol: string;
  bom: boolean;
  choices: number[];
}

const format = fc.record({
  indent: fc.constantFrom(2, 4),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  choices: fc.array(fc.nat(99), { minLength: 64, maxLength: 64 }),
});

/** Writes data as YAML in styles picked by `choices`. */
function write(data: Record<string, Value>, f: Format): string {
  let n = 0;
  const pick = () => f.choices[n++ % f.choices.length]!;
  const scalar = (value: Value, flow: boolean): string => {
    if (typeof value !== 'string') return String(value);
    const style = pick() % 3;
    if (style === 1 || /[:#'\[\],]|^(yes|\d+)$/.test(value)) return JSON.stringify(value);
    if (style === 2 && !flow) return `'${value.replace(/'/g, "''")}'`;
    return /[^\w .Şüş-]/.test(value) ? JSON.stringify(value) : value;
  };
  const flowOf = (value: Value): string =>
    Array.isArray(value) ? `[${value.map(flowOf).join(', ')}]` : typeof value === 'object' ? `{ ${Object.entries(value).map(([k, v]) => `${k}: ${flowOf(v)}`).join(', ')} }` : scalar(value, true);
  const comment = () => (pick() % 4 === 0 ? ` # note ${n}` : '');
  const lines: string[] = [];
  const map = (value: Record<string, Value>, indent: number, first?: string) => {
    Object.entries(value).forEach(([k, v], index) => {
      const pad = index === 0 && first !== undefined ? first : ' '.repeat(indent);
      if (index > 0 && pick() % 6 === 0) lines.push(`${' '.repeat(indent)}# between ${n}`);
      if (index > 0 && indent === 0 && pick() % 3 === 0) lines.push('');
      if (typeof v !== 'object') lines.push(`${pad}${k}: ${scalar(v, false)}${comment()}`);
      else if (indent > 0 && pick() % 2 === 0) lines.push(`${pad}${k}: ${flowOf(v)}${comment()}`);
      else if (Array.isArray(v)) {
        lines.push(`${pad}${k}:${comment()}`);
        for (const item of v) {
          const dash = ' '.repeat(indent + f.indent);
          if (typeof item === 'object' && !Array.isArray(item)) {
            if (pick() % 4 === 0) lines.push(`${dash}- ${flowOf(item)}`);
            else map(item, indent + f.indent + 2, `${dash}- `);
          } else lines.push(`${dash}- ${scalar(item, false)}${comment()}`);
          // A comment after an item, deeper (it belongs to the item) or at the dash (to what follows).
          if (pick() % 5 === 0) lines.push(`${dash}${pick() % 2 ? '    ' : ''}# after ${n}`);
        }
      } else {
        lines.push(`${pad}${k}:${comment()}`);
        map(v, indent + f.indent);
      }
    });
  };
  lines.push('# A plan');
  map(data, 0);
  // The template's commented-out sections at the end, indented as the lists above them.
  if (pick() % 2 === 0) lines.push('', '# Milestones', '  # - name: Go-live', '  #   due: YYYY-MM-DD');
  return `${f.bom ? '\uFEFF' : ''}${lines.join(f.eol)}${f.eol}`;
}

/** An edit of the data, picked by `seed`. */
function editFor(data: Record<string, Value>, seed: number, value: string): Edit {
  const people = data.stakeholders as Array<Record<string, Value>>;
  const i = seed % people.length;
  const person = people[i]!;
  const kinds = [
    () => ({ op: 'set', path: ['stakeholders', i, 'lastContact'], value: '2026-12-24' }),
    () => ({ op: 'set', path: ['stakeholders', i, 'name'], value }),
    () => ({ op: 'set', path: ['stakeholders', i, 'email'], value: 'x@example.com' }),
    () => ({ op: 'set', path: ['stakeholders', i, 'department'], value }),
    () => ({ op: 'set', path: ['stakeholders', i, 'needs', 'hear'], value }),
    () => ({ op: 'set', path: ['account', 'segment'], value }),
    () => ({ op: 'set', path: ['account', 'owner'], value }),
    () => ({ op: 'append', path: ['stakeholders', i, 'roles'], value: 'other' }),
    () => (Array.isArray(person.roles) ? { op: 'remove', path: ['stakeholders', i, 'roles', 0] } : { op: 'set', path: ['stakeholders', i, 'stance'], value: 'advocate' }),
    () => ({ op: 'append', path: ['stakeholders'], value: { id: 'new', name: value, group: 'renew', roles: ['end-user'] } }),
    () => ({ op: 'set', path: ['messages', 'renew'], value }),
  ] as Array<() => Edit>;
  return kinds[Math.floor(seed / 7) % kinds.length]!();
}

function changedLines(before: string, after: string): { old: number; new: number; at: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { old: a.length - p - s, new: b.length - p - s, at: p };
}

describe('edits of random plans', () => {
  it('read back as the edited data and change only the edited node’s lines', () => {
    fc.assert(
      fc.property(planData, format, fc.nat(1000), words, (data, f, seed, value) => {
        const text = write(data, f);
        expect(readData(text)).toEqual(data);
        const edit = editFor(data, seed, value);
        const out = applyEdits(text, [edit]);
        expect(readData(out)).toEqual(applyToData(data, edit));
        expect(out.startsWith('\uFEFF')).toBe(f.bom);
        if (f.eol === '\r\n') expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
        else expect(out).not.toMatch(/\r/);
        const { old, new: added, at } = changedLines(text, out);
        // A value that was there is replaced on its own line.
        const before = edit.path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
        const line = edit.op === 'set' && typeof edit.value !== 'object' && before !== edit.value ? lineOf(text, edit.path) : undefined;
        if (line !== undefined) expect({ old, added, at }).toEqual({ old: 1, added: 1, at: line });
        // Pure insertion, pure deletion, or one line for another (a list emptied: two for one).
        expect(Math.min(old, added), `${JSON.stringify(edit)}\n${text}\n---\n${out}`).toBeLessThanOrEqual(1);
        if (process.env.SHOW_SAMPLE && seed % 100 === 0) console.log(`${JSON.stringify(edit)}\n${text}---\n${out}`);
      }),
      { numRuns: 400 },
    );
  });
});
