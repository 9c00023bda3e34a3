import { currentLocale, messages } from '../i18n/messages.js';
import type { YamlFileKind } from './nesting-limit.js';

/** Plans (and configs) are a few kilobytes; anything this large is not one and must not stall a CI run. */
export const MAX_PLAN_BYTES = 1024 * 1024;

export function tooLargeMessage(size: number, kind: YamlFileKind = 'plan'): string {
  const text = messages().plan.syntax;
  const sizes = { size: formatMegabytes(size), limit: formatMegabytes(MAX_PLAN_BYTES) };
  return kind === 'config' ? text.configTooLarge(sizes) : text.tooLarge(sizes);
}

/**
 * Enough digits that a file just over the limit never reads as the limit itself ("1.0 MB;
 * at most 1.0 MB"): up to 3 decimals, rounded up, below 10 MB. In the language's digits
 * (1,001 MB in Turkish), never grouped.
 */
function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, decimals] = Number.isInteger(megabytes) ? [megabytes, [0, 0]] : megabytes < 10 ? [Math.ceil(megabytes * 1000) / 1000, [0, 3]] : [megabytes, [1, 1]];
  const format = new Intl.NumberFormat(currentLocale(), { useGrouping: false, minimumFractionDigits: decimals[0], maximumFractionDigits: decimals[1] });
  return `${format.format(value)} MB`;
}
