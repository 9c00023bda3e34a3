import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { useLang } from '../../src/i18n/messages.js';
import { askPlan, type AskOptions } from '../../src/commands/init/ask.js';
import { addMonths, addYears, nextAnniversary, parseDate, parseEconomics } from '../../src/commands/init/fields.js';
import { answersFromFlags, parseStakeholderFlags } from '../../src/commands/init/flags.js';
import type { Prompter } from '../../src/commands/init/prompter.js';
import { emptyAnswers } from '../../src/commands/init/templates/values.js';

describe('fields', () => {
  it('dates must be real calendar dates', () => {
    expect(parseDate('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseDate('2027-02-29')).toMatchObject({ ok: false, message: expect.stringContaining('not a date in the calendar') });
    expect(parseDate('2027-2-1')).toMatchObject({ ok: false, message: expect.stringContaining('YYYY-MM-DD') });
    expect(parseDate('1.2.2027')).toMatchObject({ ok: false, message: expect.stringContaining('YYYY-MM-DD') });
  });

  describe('in Turkish', () => {
    afterEach(() => useLang('en'));

    it('dates are also written day first, as Turks write them, and still come out YYYY-MM-DD', () => {
      useLang('tr');
      expect(parseDate('31.01.2025')).toEqual({ ok: true, value: '2025-01-31' });
      expect(parseDate('1.2.2027')).toEqual({ ok: true, value: '2027-02-01' });
      expect(parseDate(' 2027-02-01 ')).toEqual({ ok: true, value: '2027-02-01' });
      expect(parseDate('31.02.2027')).toEqual({ ok: false, message: '31.02.2027 takvimde olan bir tarih değil' });
      expect(parseDate('2027/02/01')).toMatchObject({ ok: false, message: expect.stringContaining('GG.AA.YYYY') });
      expect(parseDate('01.02.27')).toMatchObject({ ok: false });
      expect(parseDate('01022027')).toMatchObject({ ok: false });
    });
  });

  it.each([
    ['grossMargin', '0.78', 0.78],
    ['grossMargin', '78%', 0.78],
    ['grossMargin', '%78', 0.78],
    ['grossMargin', '1', 1],
    ['monthlyChurn', '0', 0],
    ['monthlyChurn', '1.5%', 0.015],
    ['monthlyExpansion', '-0.02', -0.02],
    ['discountRate', '10%', 0.1],
    ['acquisitionCost', '84000', 84000],
    ['acquisitionCost', '84000.50', 84000.5],
  ] as const)('%s %s → %s', (key, text, value) => {
    expect(parseEconomics(key, text)).toEqual({ ok: true, value });
  });

  it.each([
    ['grossMargin', '0'],
    ['grossMargin', '78'],
    ['grossMargin', '1.01'],
    ['monthlyChurn', '1'],
    ['monthlyChurn', '-0.1'],
    ['monthlyExpansion', '-1'],
    ['discountRate', '-5%'],
    ['acquisitionCost', '-1'],
    ['acquisitionCost', '84,000'],
    ['acquisitionCost', '10%'],
    ['acquisitionCost', 'lots'],
    ['acquisitionCost', ''],
  ] as const)('%s %j is refused', (key, text) => {
    expect(parseEconomics(key, text).ok).toBe(false);
  });

  it('adds months and years at month ends', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });
});

describe('answersFromFlags', () => {
  it('fills what the flags give', () => {
    const answers = answersFromFlags('Acme', {
      segment: 'enterprise',
      renewalDate: '2027-02-01',
      currency: 'eur',
      sales: ['Jane Doe, Bob Roe'],
      customerSuccess: ['Ali Kaya'],
      renewalRequirement: ['Cut dispatch time by 20%'],
      monthlyRevenue: '9500',
      grossMargin: '78%',
    });
    expect(answers).toMatchObject({
      accountName: 'Acme',
      segment: 'enterprise',
      renewalDate: '2027-02-01',
      currency: 'EUR',
      team: { sales: ['Jane Doe', 'Bob Roe'], marketing: [], customerSuccess: ['Ali Kaya'] },
      renewal: { requirements: ['Cut dispatch time by 20%'], risks: [] },
      economics: { monthlyRevenue: 9500, grossMargin: 0.78 },
    });
  });

  it.each([
    [{ renewalDate: '2027-02-30' }, /--renewal-date 2027-02-30: .*calendar/],
    [{ customerSince: '2027-01-01', renewalDate: '2026-01-01' }, /comes after the customer started/],
    [{ currency: 'dollars' }, /--currency dollars: .*ISO 4217/],
    [{ grossMargin: '78' }, /--gross-margin 78: .*at most 1/],
    [{ acquisitionCost: '84000' }, /economics: .*revenue/],
    [{ monthlyRevenue: '1', annualRevenue: '12' }, /not both/],
    [{ churn: '1' }, /--churn 1/],
  ])('refuses %j naming the flag', (flags, message) => {
    expect(() => answersFromFlags('Acme', flags)).toThrow(message);
  });
});

describe('--stakeholder', () => {
  it('reads a name and key=value parts', () => {
    const people = parseStakeholderFlags([
      'Maria Lopez; title=VP Operations; roles=executive-sponsor, budget-owner; stance=advocate; backup=Tom Becker',
      'Tom Becker; roles=administrator; stance=supporter',
      'Omar Shah; stance=detractor; objection=competitor',
      'Lena Wolff; group=new-buy',
    ]);
    expect(people).toEqual([
      { id: 'maria-lopez', name: 'Maria Lopez', title: 'VP Operations', group: 'renew', roles: ['executive-sponsor', 'budget-owner'], stance: 'advocate', backup: 'tom-becker' },
      { id: 'tom-becker', name: 'Tom Becker', group: 'renew', roles: ['administrator'], stance: 'supporter' },
      { id: 'omar-shah', name: 'Omar Shah', group: 'renew', roles: [], stance: 'detractor', objection: { kind: 'competitor' } },
      { id: 'lena-wolff', name: 'Lena Wolff', group: 'new-buy', roles: [], stance: 'unknown' },
    ]);
  });

  it('gives people with the same name different ids', () => {
    expect(parseStakeholderFlags(['Ali Kaya', 'Ali Kaya']).map((p) => p.id)).toEqual(['ali-kaya', 'ali-kaya-2']);
  });

  it.each([
    ['Maria; stance=advocat', /stance advocat \(did you mean "advocate"\?\)/],
    ['Maria; role=end-user', /unknown field "role" \(did you mean "roles"\?\)/],
    ['Maria; roles=cfo', /roles cfo/],
    ['Maria; group=1', /group 1/],
    ['Maria; backup=nobody', /backup nobody is not one of the stakeholders/],
    ['Maria; backup=maria', /own backup/],
    ['; stance=advocate', /start with the person's name/],
    ['Maria; id=Maria', /lower-case/],
  ])('%j is refused', (spec, message) => {
    expect(() => parseStakeholderFlags([spec])).toThrow(message);
  });
});

/** Answers questions from a script keyed by the start of each question, and records what was asked. */
function scriptedPrompter(script: Array<[string, unknown]>): Prompter & { asked: string[]; said: string[]; rejected: string[] } {
  const queue = [...script];
  const asked: string[] = [];
  const said: string[] = [];
  const rejected: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    const [expected, answer] = queue.shift() ?? ['(nothing)', undefined];
    if (!message.startsWith(expected)) throw new Error(`asked "${message}" but the script expected "${expected}"`);
    return answer;
  };
  return {
    asked,
    said,
    rejected,
    async text({ message, default: fallback, validate }) {
      let answer = next(message) as string | string[] | undefined;
      // An array answers with attempts: each refused one is recorded, the last must pass.
      const attempts = Array.isArray(answer) ? answer : [answer];
      for (const attempt of attempts) {
        const value = attempt === undefined ? (fallback ?? '') : attempt;
        const verdict = validate ? validate(value) : true;
        if (verdict === true) return value.trim();
        rejected.push(verdict);
      }
      throw new Error(`no valid answer to "${message}"`);
    },
    async select({ message, default: fallback }) {
      const answer = next(message);
      return (answer === undefined ? fallback : answer) as never;
    },
    async multiselect({ message }) {
      return next(message) as never;
    },
    async confirm({ message, default: fallback }) {
      const answer = next(message);
      return (answer === undefined ? fallback : answer) as boolean;
    },
    say(text) {
      said.push(text);
    },
  };
}

const options = (overrides: Partial<AskOptions> = {}): AskOptions => ({
  today: '2026-11-27',
  defaultCurrency: 'USD',
  accountGiven: false,
  templateLabel: 'trust-enablement (en)',
  target: (name) => (name === 'Taken' ? { display: 'plans/taken.yaml', problem: 'plans/taken.yaml already exists' } : { display: `plans/${name.toLowerCase()}.yaml` }),
  ...overrides,
});

describe('askPlan (the interactive flow, scripted)', () => {
  it('asks for everything, validates as it goes, summarises and confirms', async () => {
    const prompter = scriptedPrompter([
      ['Account name', ['', 'Taken', 'Acme']],
      ['Segment', 'enterprise'],
      ['Account owner', 'Jane Doe'],
      ['Customer since', ['2026-02-30', undefined]],
      ['Renewal date', ['2026-01-01', undefined]],
      ['Currency', ['dollars', 'eur']],
      ['Sales', undefined],
      ['Marketing', 'Ece Demir'],
      ['Customer success', 'Ali Kaya, Can Öz'],
      ['Message for Group 1', 'Proof of outcomes'],
      ['Message for Group 2', ['PROOF OF OUTCOMES ', 'One vendor']],
      ['What must happen for the customer to renew', 'Cut dispatch time by 20%'],
      ['Another outcome', ''],
      ['Add a stakeholder', undefined],
      ['Name', 'Maria Lopez'],
      ['Title', 'VP Operations'],
      ['Group', 'renew'],
      ['Roles', ['executive-sponsor', 'budget-owner']],
      ['Stance', 'advocate'],
      ['Add another stakeholder', true],
      ['Name', 'Omar Shah'],
      ['Title', ''],
      ['Group', undefined],
      ['Roles', ['procurement']],
      ['Stance', 'detractor'],
      ['What was their objection', 'competitor'],
      ['Details', 'Pushed for RivalSoft'],
      ['Add another stakeholder', undefined],
      ['Backup for Maria Lopez', 'omar-shah'],
      ['Backup for Omar Shah', ''],
      ['Add the economics', true],
      ['Revenue', 'monthly'],
      ['Monthly recurring revenue', ['', '9,500', '9500']],
      ['Acquisition cost', '84000'],
      ['Onboarding cost', ''],
      ['Gross margin', ['78', '78%']],
      ['Support cost', ''],
      ['Monthly churn', '1%'],
      ['Write plans/acme.yaml?', undefined],
    ]);
    const answers = await askPlan(prompter, emptyAnswers(''), options());
    expect(answers).toEqual({
      accountName: 'Acme',
      segment: 'enterprise',
      owner: 'Jane Doe',
      customerSince: '2026-11-27',
      renewalDate: '2027-11-27',
      currency: 'EUR',
      team: { sales: ['Jane Doe'], marketing: ['Ece Demir'], customerSuccess: ['Ali Kaya', 'Can Öz'] },
      messages: { renew: 'Proof of outcomes', newBuy: 'One vendor' },
      renewal: { requirements: ['Cut dispatch time by 20%'] },
      stakeholders: [
        { id: 'maria-lopez', name: 'Maria Lopez', title: 'VP Operations', group: 'renew', roles: ['executive-sponsor', 'budget-owner'], stance: 'advocate', backup: 'omar-shah' },
        { id: 'omar-shah', name: 'Omar Shah', group: 'renew', roles: ['procurement'], stance: 'detractor', objection: { kind: 'competitor', detail: 'Pushed for RivalSoft' } },
      ],
      economics: { monthlyRevenue: 9500, acquisitionCost: 84000, grossMargin: 0.78, monthlyChurn: 0.01 },
    });
    expect(prompter.rejected).toEqual([
      'The account name is required',
      'plans/taken.yaml already exists',
      '2026-02-30 is not a date in the calendar',
      'The renewal date comes after the customer started',
      'not an ISO 4217 currency code; use one such as USD, EUR or TRY',
      'Two audiences need two different messages',
      expect.stringContaining('"" is not a number'),
      expect.stringContaining('without thousands separators, e.g. 9500'),
      expect.stringContaining('at most 1'),
    ]);
    const summary = prompter.said.join('\n');
    expect(summary).toContain('Summary');
    expect(summary).toMatch(/Account:\s+Acme/);
    expect(summary).toMatch(/Team:\s+sales: Jane Doe; marketing: Ece Demir; customer success: Ali Kaya, Can Öz/);
    expect(summary).toContain('Maria Lopez, VP Operations (Group 1; executive sponsor, budget owner; advocate; backup: Omar Shah)');
    expect(summary).toContain('Omar Shah (Group 1; procurement; detractor; pushed for a competitor)');
    expect(summary).toMatch(/File:\s+plans\/acme.yaml/);
  });

  it('suggests the next renewal after today for a long-standing customer, and refuses one that has passed', async () => {
    const prompter = scriptedPrompter([
      ['Account name', 'Acme'],
      ['Segment', ''],
      ['Account owner', ''],
      ['Customer since', '2023-03-10'],
      ['Renewal date', ['2026-03-10', undefined]],
    ]);
    // The script ends after the renewal date: what was asked and refused is all this test needs.
    await askPlan(prompter, emptyAnswers(''), options()).catch(() => undefined);
    expect(prompter.rejected).toEqual(['That date has passed: give the next renewal date (or leave it empty)']);
    expect(nextAnniversary('2023-03-10', '2026-11-27')).toBe('2027-03-10');
    expect(nextAnniversary('2026-11-27', '2026-11-27')).toBe('2027-11-27');
    expect(nextAnniversary('2024-02-29', '2026-11-27')).toBe('2027-02-28');
  });

  it('offers the suggested renewal as the default', async () => {
    let offered: string | undefined;
    const prompter = scriptedPrompter([
      ['Account name', 'Acme'],
      ['Segment', ''],
      ['Account owner', ''],
      ['Customer since', '2023-03-10'],
    ]);
    const text = prompter.text.bind(prompter);
    prompter.text = async (question) => {
      if (question.message.startsWith('Renewal date')) {
        offered = question.default;
        throw new Error('stop here');
      }
      return text(question);
    };
    await askPlan(prompter, emptyAnswers(''), options()).catch(() => undefined);
    expect(offered).toBe('2027-03-10');
  });

  it('offers what the flags gave as defaults and does not ask for a given name', async () => {
    const initial = answersFromFlags('Acme', { segment: 'smb', sales: ['Jane'], monthlyRevenue: '100', renewalRequirement: ['X'] });
    const prompter = scriptedPrompter([
      ['Segment', undefined],
      ['Account owner', undefined],
      ['Customer since', ''],
      ['Renewal date', ''],
      ['Currency', undefined],
      ['Sales', undefined],
      ['Marketing', undefined],
      ['Customer success', undefined],
      ['Message for Group 1', undefined],
      ['Message for Group 2', undefined],
      ['Add a stakeholder', false],
      ['Add the economics', undefined],
      ['Revenue', undefined],
      ['Monthly recurring revenue', undefined],
      ['Acquisition cost', undefined],
      ['Onboarding cost', undefined],
      ['Gross margin', undefined],
      ['Support cost', undefined],
      ['Monthly churn', undefined],
      ['Write', undefined],
    ]);
    const answers = await askPlan(prompter, initial, options({ accountGiven: true, defaultCurrency: 'TRY' }));
    expect(answers).toMatchObject({ accountName: 'Acme', segment: 'smb', currency: 'TRY', team: { sales: ['Jane'] }, economics: { monthlyRevenue: 100 }, renewal: { requirements: ['X'] } });
    expect(answers?.customerSince).toBeUndefined();
    expect(prompter.asked.some((q) => q.startsWith('Account name'))).toBe(false);
  });

  it('returns null when the user declines to write', async () => {
    const prompter = scriptedPrompter([
      ['Segment', ''],
      ['Account owner', ''],
      ['Customer since', ''],
      ['Renewal date', ''],
      ['Currency', ''],
      ['Sales', ''],
      ['Marketing', ''],
      ['Customer success', ''],
      ['Message for Group 1', ''],
      ['Message for Group 2', ''],
      ['What must happen', ''],
      ['Add a stakeholder', false],
      ['Add the economics', false],
      ['Write', false],
    ]);
    expect(await askPlan(prompter, emptyAnswers('Acme'), options({ accountGiven: true }))).toBeNull();
  });

  it('an empty stakeholder name ends the list instead of trapping the user', async () => {
    const prompter = scriptedPrompter([
      ['Segment', ''],
      ['Account owner', ''],
      ['Customer since', ''],
      ['Renewal date', ''],
      ['Currency', ''],
      ['Sales', ''],
      ['Marketing', ''],
      ['Customer success', ''],
      ['Message for Group 1', ''],
      ['Message for Group 2', ''],
      ['What must happen', ''],
      ['Add a stakeholder', undefined],
      ['Name', ''],
      ['Add the economics', false],
      ['Write', true],
    ]);
    const answers = await askPlan(prompter, emptyAnswers('Acme'), options({ accountGiven: true }));
    expect(answers?.stakeholders).toEqual([]);
  });

  it('speaks Turkish with --lang tr', async () => {
    useLang('tr');
    onTestFinished(() => useLang('en'));
    const prompter = scriptedPrompter([
      ['Müşteri adı', 'Acme'],
      ['Segment', ''],
      ['Müşteri sorumlusu', ''],
      ['Sözleşme başlangıç tarihi', ['2026-13-01', '']],
      ['Yenileme tarihi', ''],
      ['Para birimi', 'try'],
      ['Satış', ''],
      ['Pazarlama', ''],
      ['Müşteri başarısı', ''],
      ['Grup 1', ''],
      ['Grup 2', ''],
      ['Müşterinin yenilemesi için', ''],
      ['Tanıdığınız bir paydaş', false],
      ['Başabaş', false],
      ['plans/acme.yaml yazılsın mı?', true],
    ]);
    const answers = await askPlan(prompter, emptyAnswers(''), options());
    expect(answers?.currency).toBe('TRY');
    expect(prompter.rejected).toEqual(['2026-13-01 takvimde olan bir tarih değil']);
    expect(prompter.said.join('\n')).toContain('Özet');
  });
});
