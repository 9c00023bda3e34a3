import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFindings } from '../../src/plan/finding.js';
import { loadPlan } from '../../src/plan/load.js';
import { validatePlan } from '../../src/plan/validate.js';
import { bytes } from '../helpers/plans.js';

const messages = (body: string) => {
  const text = `cro: 1\naccount:\n  name: Acme\n${body}`;
  // The fast path and the reference parser must say the same; in file order, as cro check shows them.
  const [fast, reference] = [true, false].map((fast) =>
    loadPlan(bytes(text), { explicit: true, fast })!.findings.sort(compareFindings).map((f) => f.message),
  );
  expect(fast).toEqual(reference);
  return fast!;
};

describe('schema messages name the entry a problem lies in', () => {
  it('a stakeholder by name, for a missing key, a bad value and an unknown key', () => {
    expect(messages('stakeholders:\n  - { id: maria, name: Maria Lopez, group: renew }\n  - id: greg\n    name: Greg Hall\n    stance: fan\n    grup: renew\n')).toEqual([
      'stakeholders[1] (Greg Hall): group is missing; say whether this person is in Group 1 (renew) or Group 2 (new-buy)',
      'stakeholders[1] (Greg Hall): stance: "fan" is not a stance; use one of advocate, supporter, neutral, detractor, unknown',
      'stakeholders[1] (Greg Hall): unknown key "grup" (did you mean "group"?); remove it, or prefix it with x- to keep your own data',
    ]);
  });

  it('a stakeholder without a name by its id; one with neither by its place alone', () => {
    expect(messages('stakeholders:\n  - { id: greg, group: renew }\n  - { group: renew }\n')).toEqual([
      'stakeholders[0] (greg): name is missing; every entry needs a name',
      'stakeholders[1].id is missing; every stakeholder needs an id (lower-case letters, digits and dashes) that backups and targets can refer to',
      'stakeholders[1].name is missing; every entry needs a name',
    ]);
  });

  it('a milestone, a team member and a new-buy target by name', () => {
    expect(messages('team:\n  - { name: Jane Doe, function: sals }\nmilestones:\n  - name: Go-live\n    due: 2026-02-30\nnewBuy:\n  - { unit: Finance, potential: -5 }\n')).toEqual([
      'team[0] (Jane Doe): function: "sals" is not a team function (did you mean "sales"?); use one of sales, marketing, customer-success, support, product, executive, other',
      'milestones[0] (Go-live): due: "2026-02-30" is not a real calendar date',
      'newBuy[0] (Finance): potential: -5 is negative; money is never negative (write costs as positive amounts)',
    ]);
  });

  it('a nested value below a named entry', () => {
    expect(messages('stakeholders:\n  - id: greg\n    name: Greg Hall\n    group: renew\n    winPlan: { due: soon }\n')).toEqual([
      'stakeholders[0] (Greg Hall): winPlan.due: "soon" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31',
    ]);
  });

  it('references and duplicate ids name the person too', () => {
    expect(messages('stakeholders:\n  - { id: tom, name: Tom Becker, group: renew, backup: tom }\n  - { id: tom, name: Greg Hall, group: renew }\n')).toEqual([
      'stakeholders[0] (Tom Becker): backup: a person cannot be their own backup; name someone else who takes over',
      'stakeholders[1] (Greg Hall): id: "tom" is already the id of stakeholders[0] (Tom Becker); ids must be unique in the file',
    ]);
  });
});

describe('unknown keys suggest the key meant, from the keys allowed at that place', () => {
  it.each([
    ['  titel: CEO\n', 'account: unknown key "titel"; remove it, or prefix it with x- to keep your own data'],
    ['stakeholders:\n  - { id: a, name: Ann Lee, group: renew, titel: CEO }\n', 'stakeholders[0] (Ann Lee): unknown key "titel" (did you mean "title"?); remove it, or prefix it with x- to keep your own data'],
    ['economics:\n  monthlyRevenue: 1\n  grossMragin: 0.7\n', 'economics: unknown key "grossMragin" (did you mean "grossMargin"?); remove it, or prefix it with x- to keep your own data'],
    ['mliestones: []\n', 'unknown key "mliestones" (did you mean "milestones"?); remove it, or prefix it with x- to keep your own data'],
  ])('%j', (body, message) => {
    expect(messages(body)).toEqual([message]);
  });
});

describe('a bad reference is one finding, with the id it may have meant', () => {
  it.each([
    ['a backup that is not an id in the plan', 'backup: tomm', 'stakeholders[1] (Maria Lopez): backup: "tomm" is not a stakeholder id in this plan (did you mean "tom"?)'],
    ['a backup not written as an id either', 'backup: Tom', 'stakeholders[1] (Maria Lopez): backup: "Tom" is not a stakeholder id in this plan (did you mean "tom"?)'],
    ['a backup with a space', 'backup: tom becker', 'stakeholders[1] (Maria Lopez): backup: "tom becker" is not a stakeholder id in this plan'],
  ])('%s', (_, line, message) => {
    expect(messages(`stakeholders:\n  - { id: tom, name: Tom Becker, group: renew }\n  - id: maria\n    name: Maria Lopez\n    group: renew\n    ${line}\n`)).toEqual([message]);
  });

  it('contacts and heroes alike; two swapped letters still find the id', () => {
    expect(messages('stakeholders:\n  - { id: maria, name: Maria Lopez, group: renew }\nnewBuy:\n  - { unit: Finance, contacts: [Maria, marai], heroes: [Not Here] }\n')).toEqual([
      'newBuy[0] (Finance): contacts[0]: "Maria" is not a stakeholder id in this plan (did you mean "maria"?)',
      'newBuy[0] (Finance): contacts[1]: "marai" is not a stakeholder id in this plan (did you mean "maria"?)',
      'newBuy[0] (Finance): heroes[0]: "Not Here" is not a stakeholder id in this plan',
    ]);
  });

  it('a backup that is not text is still the schema’s to report, once', () => {
    expect(messages('stakeholders:\n  - { id: tom, name: Tom Becker, group: renew, backup: 7 }\n')).toEqual([
      'stakeholders[0] (Tom Becker): backup: 7 must be text; put it in quotes ("7")',
    ]);
  });

  it('property: whatever a backup says, it gets at most one finding, and one exactly when it names no stakeholder', () => {
    const ids = ['tom', 'maria', 'greg-hall'];
    const stakeholder = (id: string, backup?: unknown) => ({ id, name: id.toUpperCase(), group: 'renew', ...(backup === undefined ? {} : { backup }) });
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...ids), fc.string(), fc.stringMatching(/^[a-zA-Z -]{1,8}$/)), fc.nat(2), (backup, who) => {
        const data = { cro: 1, account: { name: 'A' }, stakeholders: ids.map((id, i) => stakeholder(id, i === who ? backup : undefined)) };
        const at = `stakeholders[${who}].backup`;
        const findings = validatePlan(data, () => ({ line: 1, column: 1 })).findings.filter((f) => f.path === at);
        const dangling = !ids.includes(backup) || backup === ids[who];
        expect(findings).toHaveLength(dangling ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('account.currency is an ISO 4217 code from the list cro ships', () => {
  it.each([
    ['XYZ', 'account.currency: "XYZ" is not an ISO 4217 currency code; use one such as USD, EUR or TRY'],
    ['usd', 'account.currency: "usd" is not an ISO 4217 currency code (did you mean "USD"?); use one such as USD, EUR or TRY'],
    ['EURO', 'account.currency: "EURO" is not an ISO 4217 currency code (did you mean "EUR"?); use one such as USD, EUR or TRY'],
    ['840', 'account.currency: 840 is not an ISO 4217 currency code; use one such as USD, EUR or TRY'],
  ])('%j', (code, message) => {
    expect(messages(`  currency: ${code}\n`)).toEqual([message]);
  });

  it('accepts the codes in the list, old and new', () => {
    for (const code of ['USD', 'TRY', 'HRK', 'XCG', 'ZWG']) expect(messages(`  currency: ${code}\n`), code).toEqual([]);
  });
});
