import type { ChalkInstance } from 'chalk';
import { buildSchedule, DEFAULT_TERM_MONTHS, scheduleLength, type ScheduleRow } from '../../../economics/index.js';
import { formatMoney, formatMoneyCompact, formatMonths } from '../../../text/numbers.js';
import { wrapText } from '../../../text/words.js';
import { oneLine } from '../../../text/terminal-text.js';
import type { EconomicsEntry } from '../../../economics/entry.js';
import { messages } from '../../../i18n/messages.js';
import { describeNever } from '../../../text/never-reason.js';
import { displayWidth } from '../../../text/display-width.js';

/*
 * `--chart`: the cumulative contribution as bars against a horizontal outlay line,
 * with the break-even month marked under the axis. Every element has its own glyph
 * (█ bars, ─ outlay, ▲ break-even, R renewal) so it reads without colour; colour only
 * adds emphasis. Every line fits the given width.
 */

export const CHART_HEIGHT = 12;
export const MIN_CHART_WIDTH = 40;
export const MAX_CHART_WIDTH = 120;
/** The most columns one month gets when there is room: wider bars look like bars. */
const MAX_COLUMNS_PER_MONTH = 3;
const EIGHTHS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];
/** Axis labels are compact ("$96K"); absurd amounts are cut so the plot keeps its width. */
const MAX_LABEL_WIDTH = 12;

/**
 * The months the chart covers: like `--schedule` (to the later of break-even and the
 * term), plus a few months after break-even so the crossing is visible, within the horizon.
 */
export function chartMonths(entry: EconomicsEntry): number {
  const { input, result } = entry;
  const horizon = input.horizon ?? 0;
  const base = scheduleLength(input, result);
  const m = result.breakEvenMonth;
  const after = m === null || m === 0 ? base : m + Math.max(2, Math.ceil(m / 5));
  return Math.max(0, Math.min(horizon, Math.max(base, after)));
}

interface Column {
  /** The last month the column stands for; its bar is the cumulative contribution then. */
  month: number;
  value: number;
}

/** Months → plot columns: several columns per month when there is room, else several months per column. */
function layoutColumns(rows: readonly ScheduleRow[], plotWidth: number): Column[] {
  const n = rows.length;
  if (n === 0) return [];
  const columns: Column[] = [];
  if (n <= plotWidth) {
    const each = Math.max(1, Math.min(MAX_COLUMNS_PER_MONTH, Math.floor(plotWidth / n)));
    for (const row of rows) for (let i = 0; i < each; i += 1) columns.push({ month: row.month, value: row.cumulative });
    return columns;
  }
  const perColumn = Math.ceil(n / plotWidth);
  for (let end = perColumn; end - perColumn < n; end += perColumn) {
    const row = rows[Math.min(n, end) - 1]!;
    columns.push({ month: row.month, value: row.cumulative });
  }
  return columns;
}

interface Scale {
  /** Value at the top of row 0. */
  top: number;
  /** Height of one row in money: a round number, so the axis labels are round too. */
  step: number;
  rowsAbove: number;
  /** Rows below the zero line (0 when nothing is negative). */
  rowsBelowZero: number;
}

const NICE_MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * Rows of a round height with zero exactly on a row boundary, covering [lo, hi] in
 * at most `height` rows: the smallest round step that fits, so the chart uses most
 * of its rows (the finer mantissas keep it above three quarters of them).
 */
function scaleFor(lo: number, hi: number, height: number): Scale {
  const above = Math.max(hi, 0);
  const below = Math.max(-lo, 0);
  const span = above + below > 0 ? above + below : 1;
  const rough = span / height;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  for (let scale = magnitude; ; scale *= 10) {
    for (const mantissa of NICE_MANTISSAS) {
      const step = mantissa * scale;
      const rowsBelowZero = Math.ceil(below / step);
      const rowsAbove = Math.max(1, Math.ceil(above / step));
      if (rowsAbove + rowsBelowZero <= height) return { top: rowsAbove * step, step, rowsAbove, rowsBelowZero };
    }
  }
}

/** The glyph of one cell: the part of the cell's band that the bar from zero to `value` covers. */
function cellGlyph(value: number, bandLow: number, bandHigh: number, step: number): string {
  if (value >= 0) {
    const covered = Math.min(value, bandHigh) - Math.max(0, bandLow);
    if (covered <= 0) return ' ';
    return EIGHTHS[Math.max(0, Math.min(8, Math.round((covered / step) * 8)))]!;
  }
  // Bars below zero hang from the top of the cell; block glyphs only do halves there.
  const covered = Math.min(0, bandHigh) - Math.max(value, bandLow);
  const share = covered / step;
  return share >= 0.75 ? '█' : share >= 0.25 ? '▀' : ' ';
}

export interface ChartOptions {
  /** Characters per line, e.g. 80 or the terminal's columns. */
  width: number;
  rows?: readonly ScheduleRow[];
  height?: number;
}

export function formatChart(entry: EconomicsEntry, chalk: ChalkInstance, options: ChartOptions): string {
  const width = Math.max(MIN_CHART_WIDTH, Math.min(MAX_CHART_WIDTH, Math.floor(options.width)));
  const { result, currency, input } = entry;
  const rows = options.rows ?? buildSchedule(input, chartMonths(entry));
  const outlay = result.outlay;
  const says = messages().breakeven.chart;
  const title = fit(says.title({ who: oneLine(entry.account ?? messages().breakeven.whatIf), currency }), width);
  if (rows.length === 0) return `${chalk.bold(title)}\n${says.noMonths}\n`;

  const compact = (amount: number) => formatMoneyCompact(amount, currency);
  const values = rows.map((row) => row.cumulative);
  const scale = scaleFor(Math.min(0, ...values), Math.max(outlay, ...values), options.height ?? CHART_HEIGHT);
  const height = scale.rowsAbove + scale.rowsBelowZero;
  const outlayRow = outlay > 0 ? rowOf(outlay, scale) : null;
  const zeroRow = scale.rowsAbove - 1; // the lowest row above zero

  // Y-axis labels: the top, the outlay and zero (and the bottom when bars go below zero).
  const labels = new Map<number, string>();
  labels.set(0, compact(scale.top));
  if (zeroRow > 0) labels.set(zeroRow, compact(0));
  if (scale.rowsBelowZero > 0) labels.set(height - 1, compact(-scale.rowsBelowZero * scale.step));
  if (outlayRow !== null) labels.set(outlayRow, compact(outlay)); // the outlay wins a shared row
  for (const [row, label] of labels) labels.set(row, fit(label, MAX_LABEL_WIDTH));
  const gutter = Math.max(...[...labels.values()].map((label) => label.length)) + 1;
  const columns = layoutColumns(rows, width - gutter - 2);
  const breakEven = result.breakEvenMonth;
  const term = input.termMonths ?? DEFAULT_TERM_MONTHS;
  const breakEvenColumn = breakEven === null || breakEven === 0 ? -1 : lastColumnOf(columns, breakEven);
  const termColumn = lastColumnOf(columns, term);

  const lines = [chalk.bold(title), ''];
  for (let r = 0; r < height; r += 1) {
    const high = scale.top - r * scale.step;
    const low = high - scale.step;
    let line = '';
    columns.forEach((column, i) => {
      const paid = breakEven !== null && column.month >= breakEven;
      // On the outlay's row the line runs until a bar reaches the outlay, so the
      // crossing shows exactly at the break-even month whatever the scale.
      const glyph = r === outlayRow && column.value < outlay ? '─' : cellGlyph(column.value, low, high, scale.step);
      if (glyph === '─') line += chalk.cyan(glyph);
      else if (glyph !== ' ') line += column.value < 0 ? chalk.red(glyph) : paid ? chalk.green(glyph) : chalk.yellow(glyph);
      else if (i === breakEvenColumn && outlayRow !== null && r < outlayRow) line += chalk.bold('┆'); // a guide down to the crossing
      else line += ' ';
    });
    const label = (labels.get(r) ?? '').padStart(gutter - 1);
    const axis = labels.has(r) ? '┤' : '│';
    lines.push(`${label} ${axis}${line}`.trimEnd());
  }
  lines.push(`${' '.repeat(gutter)}└${'─'.repeat(columns.length)}`);
  lines.push(`${' '.repeat(gutter)}${tickLine(columns, width - gutter)}`.trimEnd());

  const marks = Array.from({ length: columns.length }, () => ' ');
  if (termColumn >= 0 && termColumn !== breakEvenColumn) marks[termColumn] = 'R';
  if (breakEvenColumn >= 0) marks[breakEvenColumn] = chalk.bold.green('▲');
  if (breakEvenColumn >= 0 || termColumn >= 0) lines.push(`${' '.repeat(gutter + 1)}${marks.join('')}`.trimEnd());

  lines.push('', ...wrap(legend(entry, termColumn >= 0, term), width));
  return `${lines.join('\n')}\n`;
}

/** The last column that stands for `month` (its bar ends there), or -1 when the chart stops earlier. */
function lastColumnOf(columns: readonly Column[], month: number): number {
  let index = -1;
  columns.forEach((column, i) => {
    if (column.month <= month) index = i;
  });
  const column = columns[index];
  if (column === undefined) return -1;
  // Several months per column: the month lies in the next column unless this one ends on it.
  if (column.month === month) return index;
  return index + 1 < columns.length ? index + 1 : -1;
}

/**
 * The row whose band (top − (r + 1) step, top − r step] holds the value: a value on a
 * boundary belongs to the row below it. The epsilon absorbs float noise on boundaries.
 */
function rowOf(value: number, scale: Scale): number {
  const r = Math.floor((scale.top - value) / scale.step + 1e-9);
  // A positive amount too small to register at this scale still sits above zero.
  return Math.max(0, Math.min(value > 0 ? scale.rowsAbove - 1 : scale.rowsAbove + scale.rowsBelowZero - 1, r));
}

/** Month numbers under the axis: "0" at the origin, then every round step that has room. */
function tickLine(columns: readonly Column[], room: number): string {
  const lastMonth = columns[columns.length - 1]?.month ?? 0;
  const monthsPerColumn = lastMonth / Math.max(1, columns.length);
  const step = TICK_STEPS.find((s) => s / monthsPerColumn >= 6) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  // Position 0 is the axis corner (month 0); column i sits at position i + 1.
  const cells = Array.from({ length: columns.length + 1 }, () => ' ');
  cells[0] = '0';
  let lastEnd = 1;
  for (let month = step; month <= lastMonth; month += step) {
    const index = lastColumnOf(columns, month);
    if (index < 0) continue;
    const text = String(month);
    const at = index + 1 - (text.length - 1); // right-aligned under the month's last column
    if (at <= lastEnd || at + text.length > cells.length) continue;
    for (let i = 0; i < text.length; i += 1) cells[at + i] = text[i]!;
    lastEnd = at + text.length;
  }
  const ticks = cells.join('').trimEnd();
  // The axis name goes after the numbers when it fits; the legend says "month" anyway.
  const axis = messages().breakeven.chart.axis;
  return ticks.length + displayWidth(axis) <= room ? `${ticks}${axis}` : ticks;
}

function legend(entry: EconomicsEntry, termShown: boolean, term: number): string[] {
  const { result, currency } = entry;
  const says = messages().breakeven.chart;
  const items = [says.cumulative, says.outlay({ outlay: formatMoney(result.outlay, currency) })];
  if (result.never || result.breakEvenMonth === null) {
    items.push(says.never({ horizon: entry.input.horizon ?? 0, reason: describeNever(result.reason) }));
  } else if (result.breakEvenMonth === 0) {
    items.push(says.nothing);
  } else {
    items.push(says.breakEven({ month: result.breakEvenMonth, months: formatMonths(result.breakEvenMonths), date: result.breakEvenDate ?? '—' }));
  }
  if (termShown && term !== result.breakEvenMonth) {
    items.push(entry.renewalDate ? says.renewal({ term, date: entry.renewalDate }) : says.endOfTerm({ term }));
  }
  return items;
}

/**
 * Legend items joined with three spaces, wrapped to the width. An item longer than a
 * line (a "never" reason) wraps on its words, indented, and the next item starts afresh.
 */
function wrap(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const joined = line === '' ? item : `${line}   ${item}`;
    if (joined.length <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    if (item.length <= width) {
      line = item;
      continue;
    }
    const [first = '', ...rest] = wrapText(item, width - 2);
    lines.push(first, ...rest.map((part) => `  ${part}`));
    line = '';
  }
  if (line !== '') lines.push(line);
  return lines;
}

function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
