import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEdit, contactEdit, leftEdit, reviewEdit, setEditOf, setStakeholderEdit } from '../../src/commands/edit/command.js';
import { editContext, editedText, openRef, type PlannedEdit } from '../../src/edit/session.js';
import type { CommandIO } from '../../src/commands/io.js';
import { ROOT, tempTree } from '../helpers/cli.js';
import { UsageError } from '../../src/util/errors.js';
import { unifiedDiff } from '../../src/edit/diff.js';
import { LineCounter, parseDocument } from 'yaml';
import type { Edit } from '../../src/edit/splice.js';

/** The 1-based lines of the original text that the nodes the edits replace or remove stand on. */
function editedLines(text: string, edits: readonly Edit[]): Set<number> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lines = new Set<number>();
  for (const edit of edits) {
    // An item appended to a flow list changes the list's line.
    const node = doc.getIn(edit.path, true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) continue;
    const first = counter.linePos(node.range[0]).line;
    const last = counter.linePos(Math.max(node.range[0], node.range[1] - 1)).line;
    for (let line = first; line <= last; line++) lines.add(line);
    // A list emptied becomes `key: []` on its key's line.
    lines.add(first - 1);
  }
  return lines;
}

/** The 1-based lines of `before` that a diff removes. */
function removedLines(before: string, after: string): number[] {
  const removed: number[] = [];
  let old = 0;
  for (const line of unifiedDiff(before, after, 'p').split('\n')) {
    const hunk = /^@@ -(\d+)/.exec(line);
    if (hunk) old = Number(hunk[1]) - 1;
    else if (line.startsWith('-') && !line.startsWith('---')) removed.push(++old);
    else if (line.startsWith(' ')) old++;
  }
  return removed;
}

/*
 * Random everyday edits of the example plans (real plans: comments everywhere, flow and
 * block maps, Turkish and German names), as LF, CRLF and with a BOM: every edit either
 * is refused with a usage error or gives a valid plan in which every comment and every
 * line it did not touch is still there.
 */

const EXAMPLES = join(ROOT, 'examples/plans');
const plans = readdirSync(EXAMPLES).map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));

const io = (cwd: string): CommandIO => ({ cwd, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, stdinIsTTY: false, today: () => '2026-12-04' });

type Command = (plan: import('../../src/plan/schema.js').Plan, pick: (n: number) => number) => PlannedEdit;

const commands: Command[] = [
  (plan, pick) => contactEdit(plan, [plan.stakeholders![pick(plan.stakeholders!.length)]!.id], '2026-12-0' + (1 + pick(9)), pick(2) === 0),
  (plan, pick) => leftEdit(plan, plan.stakeholders![pick(plan.stakeholders!.length)]!.name, '2026-11-30', pick(2) ? plan.stakeholders![pick(plan.stakeholders!.length)]!.id : undefined),
  (plan, pick) => setStakeholderEdit(plan, plan.stakeholders![pick(plan.stakeholders!.length)]!.id, [['stance=advocate', 'roles=+administrator', 'roles=-end-user', 'needs.hear=Peer stories', 'email=x@example.com', 'title=Head of IT', 'winPlan.due=2027-01-31', 'referrer=true'][pick(8)]!]),
  (plan, pick) => addEdit(plan, ['Lena Park; roles=end-user; group=new-buy', 'Ömer Çelik; title=CFO; roles=budget-owner; stance=supporter; email=omer@example.com', 'Tom Berg; backup=' + plan.stakeholders![0]!.id][pick(3)]!),
  (plan, pick) => reviewEdit(plan, plan.milestones![pick(plan.milestones!.length)]!.name, { ...(pick(2) ? { done: '2026-11-20' } : {}), ...(pick(2) ? { notes: 'Went well' } : {}) }, { asOf: '2026-12-04' } as never),
  (_plan, pick) => ({ plan: _plan, key: ['account.segment', 'account.owner', 'account.renewalDate', 'messages.renew', 'economics.grossMargin', 'account.crmId'][pick(6)]!, value: ['enterprise', 'Ece Demir', '2028-01-31', 'Proof: 20% faster', '0.7', '0012345'][pick(6)]! }) as never,
];

const comments = (text: string) => text.split(/\r?\n/).filter((line) => line.trimStart().startsWith('#') || / #/.test(line)).map((line) => line.slice(line.indexOf('#')));

describe('random everyday edits of the example plans', () => {
  it('are refused, or give a valid plan keeping every comment and untouched line', () => {
    fc.assert(
      fc.property(fc.nat(plans.length - 1), fc.constantFrom('lf', 'crlf', 'bom'), fc.nat(commands.length - 1), fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 }), (index, style, which, seeds) => {
        let source = plans[index]!;
        if (style !== 'lf') source = source.replace(/\n/g, '\r\n');
        if (style === 'bom') source = `\uFEFF${source}`;
        const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', 'plans/p.yaml': source });
        const cio = io(dir);
        const context = editContext({}, cio);
        const open = openRef({ absolute: join(dir, 'plans/p.yaml'), display: 'plans/p.yaml', explicit: true }, context, cio);
        let n = 0;
        const pick = (m: number) => seeds[n++ % seeds.length]! % m;
        let planned: PlannedEdit;
        try {
          const made = commands[which]!(open.plan, pick) as PlannedEdit & { key?: string; value?: string };
          planned = made.key !== undefined ? setEditOf(open, made.key, made.value!) : made;
          const { text } = editedText(open, planned, context);
          expect(text.startsWith('\uFEFF')).toBe(style === 'bom');
          if (style !== 'lf') expect(text.replace(/\r\n/g, '')).not.toContain('\n');
          expect(comments(text)).toEqual(expect.arrayContaining(comments(source)));
          // The only lines that go are those of the values replaced or removed.
          const allowed = editedLines(source, planned.edits);
          expect(removedLines(source, text).filter((line) => !allowed.has(line))).toEqual([]);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          if (process.env.SHOW_REFUSED) console.log(`refused: ${error.message}`);
        }
      }),
      { numRuns: 150 },
    );
  });
});
