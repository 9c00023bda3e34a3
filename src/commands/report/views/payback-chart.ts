import { formatMoney, formatMoneyCompact, formatMonths } from '../../../text/numbers.js';
import { buildSchedule } from '../../../economics/index.js';
import type { AccountEconomics } from '../../../method/account-report.js';
import { daysBetween } from '../../../util/dates.js';
import { escapeHtml } from '../../../text/html.js';
import { messages } from '../../../i18n/messages.js';

/*
 * An inline SVG per account: the cumulative contribution month by month against the
 * outlay it must pay back, the break-even month marked where the two meet, and the
 * renewal (the end of the contract term). Drawn here, not by a charting library, so
 * the report needs no network and no script to show it.
 */

export const CHART_WIDTH = 560;
export const CHART_HEIGHT = 250;
export const MARGIN = { left: 70, right: 18, top: 30, bottom: 36 };
const COLORS = { line: '#1f6aa5', area: '#1f6aa51f', outlay: '#b3261e', breakEven: '#1e7b3a', renewal: '#8a6d00', grid: '#e4e4e4', axis: '#555' };

/** Months the chart covers: the contract term and a little past break-even, within the horizon. */
export function chartMonths(e: AccountEconomics): number {
  const horizon = e.input.horizon ?? 120;
  const m = e.breakEvenMonth;
  const wanted = m === null ? Math.max(e.termMonths, 36) : Math.max(e.termMonths, m + Math.max(2, Math.ceil(m / 5)));
  return Math.max(1, Math.min(horizon, wanted));
}

/** Round tick values: 1, 2 or 5 times a power of ten, about `count` of them. */
export function niceStep(range: number, count: number): number {
  if (!(range > 0)) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24];
/** Average Gregorian month, only to place the "today" marker. */
const DAYS_PER_MONTH = 365.2425 / 12;

/** Rough width of a label, to keep it inside the plot (the page's sans-serif at 11–12px). */
/** A label's width estimated from its length (no fonts to measure with): generous, so a label estimated to fit does. */
const labelWidth = (text: string, size: number) => text.length * size * 0.65;

/**
 * Where the break-even label starts: right of the marker when it fits, else left of it,
 * else as near the marker as the plot allows, never over the axis labels beside the plot.
 */
export function breakEvenLabelX(markerX: number, width: number): number {
  const left = MARGIN.left + 4;
  const right = CHART_WIDTH - MARGIN.right;
  if (markerX + 9 + width <= right) return markerX + 9;
  if (markerX - 9 - width >= left) return markerX - 9 - width;
  return Math.max(left, Math.min(markerX - width / 2, right - width));
}

/**
 * A label that stays readable over the lines it crosses: a white, stroked copy drawn
 * first as a halo, then the label. (`paint-order: stroke` would do it in one element,
 * but the Nu HTML Checker rejects that property.)
 */
function haloText(position: string, cls: string, fill: string, escaped: string): string {
  return `<text ${position} class="${cls} halo">${escaped}</text><text ${position} class="${cls}" fill="${fill}">${escaped}</text>`;
}

export function renderPaybackChart(e: AccountEconomics, account: string, renewalDate: string | null, asOf: string): string {
  const months = chartMonths(e);
  const rows = buildSchedule(e.input, months);
  const points = [{ month: 0, value: 0 }, ...rows.map((r) => ({ month: r.month, value: r.cumulative }))];
  const values = points.map((p) => p.value);
  const step = niceStep(Math.max(e.outlay, ...values) - Math.min(0, ...values), 4);
  const low = Math.floor(Math.min(0, ...values) / step) * step;
  const high = Math.max(step, Math.ceil(Math.max(e.outlay, ...values) / step) * step);

  const plotW = CHART_WIDTH - MARGIN.left - MARGIN.right;
  const plotH = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (month: number) => MARGIN.left + (month / months) * plotW;
  const y = (value: number) => MARGIN.top + ((high - value) / (high - low)) * plotH;
  const f = (n: number) => n.toFixed(1);
  const money = (n: number) => escapeHtml(formatMoneyCompact(n, e.currency));

  const words = messages().report.chart;
  const parts: string[] = [];
  // Grid and y-axis labels.
  for (let v = low; v <= high + step / 2; v += step) {
    parts.push(`<line x1="${MARGIN.left}" x2="${CHART_WIDTH - MARGIN.right}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="${v === 0 ? COLORS.axis : COLORS.grid}" />`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${f(y(v) + 4)}" text-anchor="end" class="tick">${money(v)}</text>`);
  }
  // X-axis ticks in months.
  const monthStep = MONTH_STEPS.find((s) => months / s <= 10) ?? 60;
  for (let m = 0; m <= months; m += monthStep) {
    parts.push(`<line x1="${f(x(m))}" x2="${f(x(m))}" y1="${f(y(low))}" y2="${f(y(low) + 4)}" stroke="${COLORS.axis}" />`);
    parts.push(`<text x="${f(x(m))}" y="${f(y(low) + 16)}" text-anchor="middle" class="tick">${m}</text>`);
  }
  parts.push(`<text x="${CHART_WIDTH - MARGIN.right}" y="${CHART_HEIGHT - 4}" text-anchor="end" class="tick">${escapeHtml(words.monthsSince({ date: e.start }))}</text>`);

  // Renewal: the end of the contract term.
  if (e.termMonths <= months) {
    const rx = f(x(e.termMonths));
    parts.push(`<line x1="${rx}" x2="${rx}" y1="${MARGIN.top}" y2="${f(y(low))}" stroke="${COLORS.renewal}" stroke-dasharray="2 3" />`);
    const label = renewalDate ? words.renewal({ date: renewalDate }) : words.defaultTerm;
    const room = CHART_WIDTH - MARGIN.right - x(e.termMonths);
    const anchor = room < labelWidth(label, 11) / 2 ? 'end' : 'middle';
    parts.push(haloText(`x="${rx}" y="${MARGIN.top - 6}" text-anchor="${anchor}"`, 'note', COLORS.renewal, escapeHtml(label)));
  }

  // Today (as-of): where the account stands on its curve.
  const today = daysBetween(e.start, asOf) / DAYS_PER_MONTH;
  if (today > 0 && today < months) {
    const tx = f(x(today));
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${MARGIN.top}" y2="${f(y(low))}" stroke="#999" stroke-width="1" />`);
    parts.push(haloText(`x="${f(x(today) - 3)}" y="${f(y(low) - 6)}" text-anchor="end"`, 'note', '#777', escapeHtml(words.today)));
  }

  // The outlay to pay back.
  if (e.outlay > 0) {
    parts.push(`<line x1="${MARGIN.left}" x2="${CHART_WIDTH - MARGIN.right}" y1="${f(y(e.outlay))}" y2="${f(y(e.outlay))}" stroke="${COLORS.outlay}" stroke-width="1.5" stroke-dasharray="6 4" />`);
    parts.push(haloText(`x="${MARGIN.left + 4}" y="${f(y(e.outlay) - 5)}"`, 'note', COLORS.outlay, escapeHtml(words.outlay({ amount: formatMoney(e.outlay, e.currency) }))));
  }

  // Cumulative contribution, with the area to zero.
  const line = points.map((p) => `${f(x(p.month))},${f(y(p.value))}`).join(' ');
  parts.push(`<polygon points="${f(x(0))},${f(y(0))} ${line} ${f(x(months))},${f(y(0))}" fill="${COLORS.area}" />`);
  parts.push(`<polyline points="${line}" fill="none" stroke="${COLORS.line}" stroke-width="2.5" stroke-linejoin="round" />`);

  // Break-even where the curve meets the outlay (at the fractional month), or a "never" note.
  if (e.never) {
    parts.push(`<text x="${f(MARGIN.left + plotW / 2)}" y="${f(MARGIN.top + plotH / 2)}" text-anchor="middle" class="never">✖ ${escapeHtml(words.neverBreaksEven)}</text>`);
  } else if (e.breakEvenMonths !== null && e.outlay > 0) {
    const bx = x(e.breakEvenMonths);
    const by = y(e.outlay);
    parts.push(`<line x1="${f(bx)}" x2="${f(bx)}" y1="${f(by)}" y2="${f(y(low))}" stroke="${COLORS.breakEven}" stroke-width="1.5" />`);
    parts.push(`<circle cx="${f(bx)}" cy="${f(by)}" r="5.5" fill="#fff" stroke="${COLORS.breakEven}" stroke-width="2.5" />`);
    const label = `▲ ${words.breakEven({ months: formatMonths(e.breakEvenMonths), date: e.breakEvenDate ?? '' })}`;
    parts.push(haloText(`x="${f(breakEvenLabelX(bx, labelWidth(label, 12)))}" y="${f(by + 18)}"`, 'be', COLORS.breakEven, escapeHtml(label)));
  }

  const summary = e.never
    ? words.summaryNever({ account, months })
    : words.summary({ account, month: e.breakEvenMonth!, date: e.breakEvenDate!, outlay: formatMoney(e.outlay, e.currency) });
  return (
    `<svg class="payback" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" role="img" aria-label="${escapeHtml(summary)}">` +
    `<title>${escapeHtml(summary)}</title>${parts.join('')}</svg>`
  );
}
