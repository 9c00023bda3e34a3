import { describe, expect, it } from 'vitest';
import { applyEdits, readData } from '../../src/edit/splice.js';

const plan = [
  '\uFEFF# Acme',
  'cro: 1 # version',
  '',
  'account:',
  '  name: Acme # the name',
  '  owner: "Jane Doe"',
  'team:',
  '  - { name: Jane Doe, function: sales }',
  'stakeholders:',
  '  - id: maria',
  '    name: Maria Lopez',
  '    group: renew',
  "    roles: [executive-sponsor, 'budget-owner']",
  '    lastContact: 2026-10-01 # expo',
  '    # needs: { see: x }',
  '  - id: dana',
  '    name: Dana Whitaker',
  '    group: renew',
  '    roles:',
  '      - administrator',
  '      - end-user',
  '    needs: { see: Dashboards }',
  '',
  '# the end',
  '',
].join('\r\n');

describe('splices', () => {
  it('replaces a scalar keeping its comment and the line endings', () => {
    const out = applyEdits(plan, [{ op: 'set', path: ['stakeholders', 0, 'lastContact'], value: '2026-12-01' }]);
    expect(out).toBe(plan.replace('2026-10-01 # expo', '2026-12-01 # expo'));
  });
  it('keeps double quotes', () => {
    const out = applyEdits(plan, [{ op: 'set', path: ['account', 'owner'], value: 'Ece Demir' }]);
    expect(out).toBe(plan.replace('"Jane Doe"', '"Ece Demir"'));
  });
  it('inserts a key in template order at the indentation', () => {
    const out = applyEdits(plan, [{ op: 'set', path: ['stakeholders', 1, 'lastContact'], value: '2026-12-01' }]);
    expect(out).toBe(plan.replace('      - end-user\r\n', '      - end-user\r\n    lastContact: 2026-12-01\r\n'));
    const title = applyEdits(plan, [{ op: 'set', path: ['stakeholders', 0, 'title'], value: 'VP Ops' }]);
    expect(title).toBe(plan.replace('    name: Maria Lopez\r\n', '    name: Maria Lopez\r\n    title: VP Ops\r\n'));
    const segment = applyEdits(plan, [{ op: 'set', path: ['account', 'segment'], value: 'enterprise' }]);
    expect(segment).toBe(plan.replace('  name: Acme # the name\r\n', '  name: Acme # the name\r\n  segment: enterprise\r\n'));
  });
  it('inserts into a flow map in flow style', () => {
    const out = applyEdits(plan, [{ op: 'set', path: ['stakeholders', 1, 'needs', 'hear'], value: 'Peers' }]);
    expect(out).toBe(plan.replace('{ see: Dashboards }', '{ see: Dashboards, hear: Peers }'));
  });
  it('adds and removes list items in either style', () => {
    const add = applyEdits(plan, [{ op: 'append', path: ['stakeholders', 0, 'roles'], value: 'procurement' }]);
    expect(add).toBe(plan.replace("'budget-owner']", "'budget-owner', procurement]"));
    const addBlock = applyEdits(plan, [{ op: 'append', path: ['stakeholders', 1, 'roles'], value: 'procurement' }]);
    expect(addBlock).toBe(plan.replace('      - end-user\r\n', '      - end-user\r\n      - procurement\r\n'));
    const remove = applyEdits(plan, [{ op: 'remove', path: ['stakeholders', 1, 'roles', 0] }]);
    expect(remove).toBe(plan.replace('      - administrator\r\n', ''));
    const removeFlow = applyEdits(plan, [{ op: 'remove', path: ['stakeholders', 0, 'roles', 0] }]);
    expect(removeFlow).toBe(plan.replace("[executive-sponsor, 'budget-owner']", "['budget-owner']"));
  });
  it('removes a key and its value, in either style, keeping the comments of the next key', () => {
    const block = applyEdits(plan, [{ op: 'remove', path: ['stakeholders', 0, 'lastContact'] }]);
    // Its line and the comment indented under it go; nothing else moves.
    expect(block).toBe(plan.replace('    lastContact: 2026-10-01 # expo\r\n', ''));
    const blockList = applyEdits(plan, [{ op: 'remove', path: ['stakeholders', 1, 'roles'] }]);
    expect(blockList).toBe(plan.replace('    roles:\r\n      - administrator\r\n      - end-user\r\n', ''));
    const flow = applyEdits(plan, [{ op: 'remove', path: ['team', 0, 'function'] }]);
    expect(flow).toBe(plan.replace('{ name: Jane Doe, function: sales }', '{ name: Jane Doe }'));
    const flowFirst = applyEdits(plan, [{ op: 'remove', path: ['team', 0, 'name'] }]);
    expect(flowFirst).toBe(plan.replace('{ name: Jane Doe, function: sales }', '{ function: sales }'));
    const flowOnly = applyEdits(plan, [{ op: 'remove', path: ['stakeholders', 1, 'needs', 'see'] }]);
    expect(flowOnly).toBe(plan.replace('{ see: Dashboards }', '{}'));
    // A key that shares its line with a list's dash is refused rather than guessed at.
    expect(() => applyEdits(plan, [{ op: 'remove', path: ['stakeholders', 0, 'id'] }])).toThrow(/does not start its line/);
    expect(() => applyEdits(plan, [{ op: 'remove', path: ['account', 'crmId'] }])).toThrow(/no key crmId/);
  });
  it('appends a stakeholder after the last one, past the comments that belong to it', () => {
    const out = applyEdits(plan, [{ op: 'append', path: ['stakeholders'], value: { id: 'lena', name: 'Lena Park', group: 'new-buy', roles: ['end-user'] } }]);
    expect(out).toBe(plan.replace('    needs: { see: Dashboards }\r\n', '    needs: { see: Dashboards }\r\n  - id: lena\r\n    name: Lena Park\r\n    group: new-buy\r\n    roles: [end-user]\r\n'));
    expect(readData(out)).toMatchObject({ stakeholders: [{}, {}, { id: 'lena' }] });
  });
  it('adds a section that is missing', () => {
    const out = applyEdits(plan, [{ op: 'set', path: ['messages', 'renew'], value: 'Proof: 20% faster' }]);
    expect(out).toBe(plan.replace('stakeholders:\r\n', 'messages:\r\n  renew: "Proof: 20% faster"\r\nstakeholders:\r\n'));
  });
  it('puts a new key where the template left it commented out, under its explanation', () => {
    const text = ['cro: 1', 'account:', '  name: Acme', '  # segment: enterprise # free text', '  # owner: Full name', '', '# Break-even: how long …', '# economics:', '  # monthlyRevenue: 0', ''].join('\n');
    const owner = applyEdits(text, [{ op: 'set', path: ['account', 'owner'], value: 'Jane Doe' }]);
    expect(owner).toBe(text.replace('  # owner: Full name', '  owner: Jane Doe\n  # owner: Full name'));
  });

  it('takes over a section the template left commented out: its header goes live, each key above its own line', () => {
    const text = ['cro: 1', 'account:', '  name: Acme', '', '# Break-even: how long …', '# economics:', '  # acquisitionCost: 0 # to win the deal', '  # monthlyRevenue: 0 # per month', '  # grossMargin: 0.8', '', '# The people.', '# stakeholders:', '  # - id: maria', '  #   name: Maria', ''].join('\r\n');
    const revenue = applyEdits(text, [{ op: 'set', path: ['economics', 'monthlyRevenue'], value: 9500 }]);
    expect(revenue).toBe(text.replace('# economics:', 'economics:').replace('  # monthlyRevenue', '  monthlyRevenue: 9500\r\n  # monthlyRevenue'));
    // A key the template puts first goes above its own line, not just above the first live key.
    const cost = applyEdits(revenue, [{ op: 'set', path: ['economics', 'acquisitionCost'], value: 84000 }]);
    expect(cost).toBe(revenue.replace('  # acquisitionCost', '  acquisitionCost: 84000\r\n  # acquisitionCost'));
    const margin = applyEdits(cost, [{ op: 'set', path: ['economics', 'grossMargin'], value: 0.78 }]);
    expect(margin).toBe(cost.replace('  # grossMargin', '  grossMargin: 0.78\r\n  # grossMargin'));
    expect(readData(margin)).toMatchObject({ economics: { acquisitionCost: 84000, monthlyRevenue: 9500, grossMargin: 0.78 } });
    // A list section: the header goes live and the first item comes under it, before the template's commented example.
    const people = applyEdits(text, [{ op: 'append', path: ['stakeholders'], value: { id: 'lena', name: 'Lena Park', group: 'renew' } }]);
    expect(people).toBe(text.replace('# stakeholders:\r\n', 'stakeholders:\r\n  - id: lena\r\n    name: Lena Park\r\n    group: renew\r\n'));
    // Not a bare header (it holds a value): the section goes above it, as any key does.
    const valued = text.replace('# economics:', '# economics: {}');
    expect(applyEdits(valued, [{ op: 'set', path: ['economics', 'monthlyRevenue'], value: 1 }])).toBe(valued.replace('# economics: {}', 'economics:\r\n  monthlyRevenue: 1\r\n# economics: {}'));
  });
});

describe('empty values', () => {
  it('gives a key with nothing, or an empty list, its first entries in block style', () => {
    const text = 'cro: 1\naccount:\n  name: Acme\nstakeholders: [] # none yet\nmilestones:\n';
    const out = applyEdits(text, [{ op: 'append', path: ['stakeholders'], value: { id: 'lena', name: 'Lena Park', group: 'renew' } }]);
    expect(out).toBe('cro: 1\naccount:\n  name: Acme\nstakeholders: # none yet\n  - id: lena\n    name: Lena Park\n    group: renew\nmilestones:\n');
    const first = applyEdits(text, [{ op: 'append', path: ['milestones'], value: { name: 'Go-live', due: '2026-04-01' } }]);
    expect(first).toBe(`${text}  - name: Go-live\n    due: 2026-04-01\n`);
  });
});
