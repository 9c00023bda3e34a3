import { describe, expect, it } from 'vitest';
import { formatSummary, summaryFacts } from '../../src/commands/breakeven/summary.js';
import { ACME_YAML, coloured, economicsOf, fromYaml, plain, planYaml, stripAnsi, whatIf } from './fixtures.js';

const fact = (text: string, label: string) => {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(label));
  if (line === undefined) throw new Error(`no "${label}" line in:\n${text}`);
  return line.trim().slice(label.length).trim();
};

describe('one-plan summary', () => {
  const acme = economicsOf(fromYaml(ACME_YAML));
  const text = formatSummary(acme, plain, 200);

  it('names the account and the file, then gives the verdict in one sentence', () => {
    const [title, headline] = text.split('\n');
    expect(title).toBe('Acme Logistics · plans/acme.yaml');
    expect(headline).toBe(
      '! Breaks even in month 15 (14.28 months), on 2027-05-01, after the renewal date 2027-02-01: the customer must renew before the deal pays back',
    );
  });

  it('shows the outlay, the month-1 contribution and how it is made, in the plan currency', () => {
    expect(fact(text, 'Outlay')).toBe('$96,000 (acquisition $84,000 + onboarding $12,000)');
    expect(fact(text, 'Month 1 earns')).toBe('$6,210 = revenue $9,500 × 78% margin − support $1,200, revenue growing 1% a month');
  });

  it('gives break-even as month, fractional months and date; discounted and expected months; the chance', () => {
    expect(fact(text, 'Break-even')).toBe('month 15 · 14.28 months · 2027-05-01');
    expect(fact(text, 'Discounted')).toBe('month 16 at 10% a year');
    expect(fact(text, 'Expected')).toMatch(/^month 16, weighting each month by the chance the customer stays \(1% churn a month\)$/);
    expect(fact(text, 'Chance')).toBe('86.87% that the customer is still paying in month 15');
  });

  it('gives the ROI over the contract term with the money behind it, and says when LTV is undefined', () => {
    expect(fact(text, 'ROI')).toBe('-17.11% over the 12-month contract to 2027-02-01: $79,577.35 contribution against the outlay of $96,000');
    expect(fact(text, 'LTV')).toBe('— (not defined while revenue grows or shrinks)');
  });

  it('says whether it pays back before the renewal date, and where month 1 comes from', () => {
    expect(fact(text, 'Renewal')).toBe('2027-02-01, 12 months in: pays back only after it');
    expect(fact(text, 'Month 1 starts')).toBe('2026-02-01 (economics.start)');
  });

  it('wraps to the width it is given, continuation lines indented under the text', () => {
    const narrow = formatSummary(acme, plain, 80);
    for (const line of narrow.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(narrow).toContain('\n                  stays (1% churn a month)');
  });

  it('uses colour only for emphasis: without the codes it is the same text', () => {
    const painted = formatSummary(acme, coloured, 200);
    expect(painted).not.toBe(text);
    expect(stripAnsi(painted)).toBe(text);
  });
});

describe('published cases (SPEC §3)', () => {
  it('CAC 6,000, MRR 500, margin 80% → month 15 exactly', () => {
    const entry = whatIf({ acquisitionCost: 6000, monthlyRevenue: 500, grossMargin: 0.8 });
    expect(summaryFacts(entry)).toMatchObject({ tone: 'warn', headline: 'Breaks even in month 15 exactly, on 2027-05-01, after the 12-month term (no renewal date)' });
    expect(entry.result).toMatchObject({ breakEvenMonth: 15, breakEvenMonths: 15 });
  });

  it('CAC 8,000, MRR 1,200, margin 78% → 8.55 months, month 9', () => {
    const entry = whatIf({ acquisitionCost: 8000, monthlyRevenue: 1200, grossMargin: 0.78 });
    expect(summaryFacts(entry)).toMatchObject({ tone: 'good', headline: 'Breaks even in month 9 (8.55 months), on 2026-11-01, within the 12-month term (no renewal date)' });
  });

  it('1,190 outlay at 170 × 0.70 → month 10, not 11', () => {
    const entry = whatIf({ acquisitionCost: 1190, monthlyRevenue: 170, grossMargin: 0.7 });
    expect(summaryFacts(entry).headline).toMatch(/^Breaks even in month 10 exactly/);
  });
});

describe('summary edge cases', () => {
  it('never: says so with the reason a person understands', () => {
    const entry = whatIf({ acquisitionCost: 10000, monthlyRevenue: 1100, supportCostMonthly: 1200 });
    const facts = summaryFacts(entry);
    expect(facts.tone).toBe('bad');
    expect(facts.headline).toMatch(/^Never breaks even within the 120-month horizon: support costs 1,200 a month but the margin earns only 1,100/);
    const text = formatSummary(entry, plain, 200);
    expect(fact(text, 'Break-even')).toBe('never within 120 months');
    expect(fact(text, 'Renewal')).toBe('none; never pays back');
    expect(text).not.toContain('Chance');
  });

  it('no outlay: nothing to pay back, no ROI', () => {
    const entry = whatIf({ monthlyRevenue: 1000 });
    expect(summaryFacts(entry).headline).toBe('Nothing to pay back: no acquisition or onboarding cost');
    expect(fact(formatSummary(entry, plain, 200), 'ROI')).toMatch(/^— \(no outlay to return\): \$12,000 contribution over a 12-month term/);
  });

  it('LTV with churn and no expansion: month-1 contribution ÷ churn', () => {
    const entry = whatIf({ acquisitionCost: 4000, monthlyRevenue: 500, grossMargin: 0.8, monthlyChurn: 0.02 });
    expect(fact(formatSummary(entry, plain, 200), 'LTV')).toBe('$20,000 (month-1 contribution ÷ 2% churn a month)');
  });

  it('annual revenue is shown as a year and a month', () => {
    const entry = whatIf({ acquisitionCost: 4000, annualRevenue: 7800, grossMargin: 0.82, supportCostMonthly: 95 });
    expect(fact(formatSummary(entry, plain, 200), 'Month 1 earns')).toBe('$438 = revenue $650 ($7,800 a year) × 82% margin − support $95');
  });

  it('money in the plan currency, else the default currency', () => {
    const euro = economicsOf(fromYaml(planYaml('Brückner', 'currency: EUR', 'acquisitionCost: 190000, monthlyRevenue: 21000')));
    expect(fact(formatSummary(euro, plain, 200), 'Outlay')).toBe('€190,000 (acquisition €190,000)');
    const yen = economicsOf(fromYaml(planYaml('Kaisha', '', 'acquisitionCost: 1200000, monthlyRevenue: 150000'), 'plans/k.yaml', { defaultCurrency: 'JPY' }));
    expect(yen.currency).toBe('JPY');
    expect(fact(formatSummary(yen, plain, 200), 'Outlay')).toBe('¥1,200,000 (acquisition ¥1,200,000)');
  });

  it('a plan without a start is computed from the as-of date, and says so', () => {
    const entry = economicsOf(fromYaml(planYaml('Acme', '', 'acquisitionCost: 6000, monthlyRevenue: 500, grossMargin: 0.8')));
    expect(entry.result.breakEvenDate).toBe('2028-02-27');
    expect(fact(formatSummary(entry, plain, 200), 'Month 1 starts')).toBe('2026-11-27 (today: the plan has neither economics.start nor account.customerSince)');
  });

  it('never writes NaN, Infinity or undefined', () => {
    const cases = [
      whatIf({ acquisitionCost: 10000, monthlyRevenue: 0 }),
      whatIf({ acquisitionCost: 0, monthlyRevenue: 0 }),
      whatIf({ acquisitionCost: 10000, monthlyRevenue: 1000, monthlyExpansion: -0.5 }),
      whatIf({ acquisitionCost: 1e12, monthlyRevenue: 1, monthlyChurn: 0.99, discountRate: 5 }),
    ];
    for (const entry of cases) expect(formatSummary(entry, plain, 200)).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('a renewal date already past', () => {
  // AS_OF is 2026-11-27: the plan still names the renewal of 2026-10-01.
  const passed = ACME_YAML.replace('renewalDate: 2027-02-01', 'renewalDate: 2026-10-01');

  it('says the renewal date has passed, not that the deal pays back "before" it', () => {
    const text = formatSummary(economicsOf(fromYaml(passed)), plain, 200);
    const headline = text.split('\n')[1]!;
    expect(headline).toMatch(/^! Breaks even in month \d+ .*; the renewal date 2026-10-01 has passed: set the next one in account.renewalDate$/);
    expect(text).not.toContain('before the renewal date');
    expect(fact(text, 'Renewal')).toMatch(/^2026-10-01 \(passed\), \d+ months? in: /);
  });

  it('a renewal date ahead reads as before', () => {
    const ahead = ACME_YAML.replace('renewalDate: 2027-02-01', 'renewalDate: 2028-02-01');
    expect(formatSummary(economicsOf(fromYaml(ahead)), plain, 200).split('\n')[1]).toMatch(/, before the renewal date 2028-02-01$/);
  });
});
