export { computeBreakEven, computePlainBreakEven, computeTermBreakEven, type PlainBreakEven, type TermBreakEven } from './breakeven.js';
export { buildSchedule, scheduleLength } from './schedule.js';
export { addMonthsIso, isIsoDate, termMonthsBetween } from './dates.js';
export { monthlyRevenueOf, type RevenueFields } from './revenue.js';
export { roundHalfUp } from './round.js';
export { validateEconomicsInput } from './validate.js';
export { EXPLANATION_MONTHS } from './reason.js';
export type { NeverReason } from './types.js';
export {
  DEFAULT_HORIZON,
  DEFAULT_TERM_MONTHS,
  ECONOMICS_DEFAULTS,
  MONEY_DECIMALS,
  MONTHS_DECIMALS,
  ROI_DECIMALS,
  SURVIVAL_DECIMALS,
  type BreakEvenResult,
  type EconomicsInput,
  type ScheduleRow,
} from './types.js';
