import { addMonthsIso } from './dates.js';
import {
  approximateExpectedCumulativeAt, buildModel, contributionAt, cumulativeAt, discountedCumulatives, expansionSign,
  expectedCumulativeAt, fractionalMonths, survivalAt, type Model,
} from './model.js';
import { div, isZero, sign, sub, toApproximateNumber, toRoundedNumber, type Ratio } from './ratio.js';
import { explainNever } from './reason.js';
import { firstMonthReaching, plainBreakEvenMonth, positiveRun } from './search.js';
import {
  MONEY_DECIMALS, MONTHS_DECIMALS, ROI_DECIMALS, SURVIVAL_DECIMALS,
  type BreakEvenResult, type EconomicsInput,
} from './types.js';

/*
 * A check runs the `breakeven-horizon` rule on a plan, and then `cro report` or `cro
 * breakeven` computes the same plan's figures: both start from one model and one search
 * (the input is the same object, see plan-input.ts), so the last of each is kept. Over
 * 10,000 plans, building them twice was a tenth of a report. One entry each: nothing grows
 * with the number of plans, and the model is immutable, so sharing it cannot change a figure.
 */
let lastModel: { input: EconomicsInput; model: Model } | undefined;
let lastSearch: { model: Model; month: number | null } | undefined;

function modelOf(input: EconomicsInput): Model {
  if (lastModel?.input !== input) lastModel = { input, model: buildModel(input) };
  return lastModel.model;
}

function breakEvenMonthOf(model: Model): number | null {
  if (lastSearch?.model !== model) lastSearch = { model, month: plainBreakEvenMonth(model, model.horizon) };
  return lastSearch.month;
}

/**
 * Break-even, ROI and LTV of one customer (SPEC §3). Pure; throws a
 * RangeError only for inputs outside the ranges of validateEconomicsInput.
 */
export function computeBreakEven(input: EconomicsInput): BreakEvenResult {
  const model = modelOf(input);
  // Results are written out in full rather than spread from a shared object:
  // V8's spread into a literal cost more than the whole computation.
  const outlay = toRoundedNumber(model.outlay, MONEY_DECIMALS);
  const roi = returnOnInvestment(model);
  const ltv = lifetimeValue(model);
  if (isZero(model.outlay)) {
    return {
      outlay,
      breakEvenMonth: 0,
      breakEvenMonths: 0,
      breakEvenDate: model.start,
      discountedBreakEvenMonth: 0,
      expectedBreakEvenMonth: 0,
      survivalAtBreakEven: 1,
      roi,
      ltv,
      never: false,
      reason: null,
      paysBackBeforeTerm: true,
    };
  }
  const month = breakEvenMonthOf(model);
  if (month === null) {
    return {
      outlay,
      breakEvenMonth: null,
      breakEvenMonths: null,
      breakEvenDate: null,
      discountedBreakEvenMonth: null,
      expectedBreakEvenMonth: null,
      survivalAtBreakEven: null,
      roi,
      ltv,
      never: true,
      reason: explainNever(model),
      paysBackBeforeTerm: null,
    };
  }
  return {
    outlay,
    breakEvenMonth: month,
    breakEvenMonths: toRoundedNumber(fractionalMonths(model, month), MONTHS_DECIMALS),
    breakEvenDate: addMonthsIso(model.start, month),
    discountedBreakEvenMonth: discountedBreakEvenMonth(model, month),
    expectedBreakEvenMonth: expectedBreakEvenMonth(model, month),
    survivalAtBreakEven: toRoundedNumber(survivalAt(model, month), SURVIVAL_DECIMALS),
    roi,
    ltv,
    never: false,
    reason: null,
    paysBackBeforeTerm: month <= model.termMonths,
  };
}

/**
 * The churn-weighted sum S_1 C_1 + … + S_m C_m is a weighted average of the
 * plain cumulative sums with weights adding up to S_1 = 1 (Abel summation, S
 * non-increasing), so it cannot reach O before the plain sum does: the search
 * starts at the plain month. It rises exactly where C_k > 0, like the plain sum.
 */
function expectedBreakEvenMonth(model: Model, plainMonth: number): number | null {
  if (isZero(model.churn)) return plainMonth;
  const run = positiveRun(model, model.horizon);
  if (!run) return null;
  return firstMonthReaching(
    model, Math.max(plainMonth, run.first), run.last, expectedCumulativeAt, approximateExpectedCumulativeAt,
  );
}

/**
 * Discounting runs in floats (the monthly rate is irrational). By the same
 * Abel argument as the expected month, the discounted month is never before
 * the plain one; starting there keeps float noise from contradicting it.
 */
function discountedBreakEvenMonth(model: Model, plainMonth: number): number | null {
  if (model.discountRate === 0) return plainMonth;
  const sums = discountedCumulatives(model, model.horizon);
  const outlay = toApproximateNumber(model.outlay);
  for (let k = plainMonth; k <= model.horizon; k += 1) {
    if ((sums[k - 1] ?? -Infinity) >= outlay) return k;
  }
  return null;
}

/** (C_1 + … + C_T − O) / O over the contract term, never the horizon; null when O = 0. */
function returnOnInvestment(model: Model, termCumulative?: Ratio): number | null {
  if (isZero(model.outlay)) return null;
  const gain = sub(termCumulative ?? cumulativeAt(model, model.termMonths), model.outlay);
  return toRoundedNumber(div(gain, model.outlay), ROI_DECIMALS);
}

/** C_1 / churn, only when it means something: churn > 0 and a flat contribution. */
function lifetimeValue(model: Model): number | null {
  if (sign(model.churn) <= 0 || expansionSign(model) !== 0) return null;
  return toRoundedNumber(div(contributionAt(model, 1), model.churn), MONEY_DECIMALS);
}

export type PlainBreakEven = Pick<BreakEvenResult, 'breakEvenMonth' | 'breakEvenDate' | 'never' | 'reason'>;

/**
 * Only the plain break-even month and date, for the `breakeven-horizon` rule: the same
 * figures as computeBreakEven without the discounted, expected, ROI and LTV work, which is
 * most of the cost when `cro check` runs over thousands of plans.
 */
export function computePlainBreakEven(input: EconomicsInput): PlainBreakEven {
  const model = modelOf(input);
  if (isZero(model.outlay)) return { breakEvenMonth: 0, breakEvenDate: model.start, never: false, reason: null };
  const month = breakEvenMonthOf(model);
  if (month === null) return { breakEvenMonth: null, breakEvenDate: null, never: true, reason: explainNever(model) };
  return { breakEvenMonth: month, breakEvenDate: addMonthsIso(model.start, month), never: false, reason: null };
}

export type TermBreakEven = Pick<BreakEvenResult, 'outlay' | 'breakEvenMonth' | 'breakEvenMonths' | 'breakEvenDate' | 'roi' | 'never' | 'reason' | 'paysBackBeforeTerm'> & {
  /** C_1 + … + C_T over the contract term, to the cent (as cumulativeContribution gives it). */
  termContribution: number;
};

/**
 * The figures of computeBreakEven that `cro report` shows of each account, and the term's
 * contribution, from one model, without the discounted, expected and LTV work: over
 * 10,000 plans that work, and building the model twice, was a sixth of a report.
 */
export function computeTermBreakEven(input: EconomicsInput): TermBreakEven {
  const model = modelOf(input);
  const outlay = toRoundedNumber(model.outlay, MONEY_DECIMALS);
  // The term's contribution is also the ROI's gain: computed once (an exact power of the growth).
  const termCumulative = cumulativeAt(model, model.termMonths);
  const roi = returnOnInvestment(model, termCumulative);
  const termContribution = toRoundedNumber(termCumulative, MONEY_DECIMALS);
  if (isZero(model.outlay)) return { outlay, breakEvenMonth: 0, breakEvenMonths: 0, breakEvenDate: model.start, roi, never: false, reason: null, paysBackBeforeTerm: true, termContribution };
  const month = breakEvenMonthOf(model);
  if (month === null) return { outlay, breakEvenMonth: null, breakEvenMonths: null, breakEvenDate: null, roi, never: true, reason: explainNever(model), paysBackBeforeTerm: null, termContribution };
  return {
    termContribution,
    outlay,
    breakEvenMonth: month,
    breakEvenMonths: toRoundedNumber(fractionalMonths(model, month), MONTHS_DECIMALS),
    breakEvenDate: addMonthsIso(model.start, month),
    roi,
    never: false,
    reason: null,
    paysBackBeforeTerm: month <= model.termMonths,
  };
}
