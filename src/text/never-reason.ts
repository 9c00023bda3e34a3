import type { NeverReason } from '../economics/index.js';
import { messages } from '../i18n/messages.js';
import { formatAmount, formatCount, formatPercent } from './numbers.js';

/**
 * Why a plan never breaks even, in the language in use: the model gives the case and
 * its figures (economics/reason.ts), the catalog the words. Money without its currency
 * symbol (the sentence follows a figure that has it), in the language's digits.
 */
export function describeNever(reason: NeverReason | null): string {
  const says = messages().breakeven.never;
  if (reason === null) return says.fallback;
  const outlay = formatAmount(reason.outlay);
  const percent = (value: number) => formatPercent(value / 100);
  switch (reason.kind) {
    case 'no-revenue':
      return says.noRevenue({ outlay, support: reason.support > 0 ? formatAmount(reason.support) : null });
    case 'no-contribution':
      return says.noContribution({
        outlay,
        support: formatAmount(reason.support),
        margin: formatAmount(reason.margin),
        revenue: formatAmount(reason.revenue),
        grossMargin: percent(reason.grossMarginPercent),
        equal: reason.equal,
        shrink: reason.shrinkPercent === null ? null : percent(reason.shrinkPercent),
        loss: formatAmount(reason.monthlyLoss),
      });
    case 'too-slow':
      return says.tooSlow({ outlay, contribution: formatAmount(reason.monthlyContribution), month: formatCount(reason.month), horizon: formatCount(reason.horizon) });
    case 'ceiling':
      return says.ceiling({ outlay, shrink: percent(reason.shrinkPercent), ceiling: formatAmount(reason.ceiling) });
    case 'late':
      return says.late({
        outlay,
        month: formatCount(reason.month),
        horizon: formatCount(reason.horizon),
        from: reason.marginCoversSupportFrom === null ? null : formatCount(reason.marginCoversSupportFrom),
      });
    case 'peak':
      return says.peak({ outlay, shrink: percent(reason.shrinkPercent), peak: formatAmount(reason.peak), month: formatCount(reason.peakMonth) });
    case 'not-within':
      return reason.months === reason.horizon
        ? says.notWithinHorizon({ outlay, horizon: formatCount(reason.horizon) })
        : says.notWithin({ outlay, months: formatCount(reason.months), years: formatCount(reason.months / 12), horizon: formatCount(reason.horizon) });
  }
}
