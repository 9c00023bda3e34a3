import type { YamlFileKind } from './nesting-limit.js';

/** Plans (and configs) are a few kilobytes; anything this large is not one and must not stall a CI run. */
export const MAX_PLAN_BYTES = 1024 * 1024;

export function tooLargeMessage(size: number, kind: YamlFileKind = 'plan'): string {
  const limit = formatMegabytes(MAX_PLAN_BYTES);
  if (kind === 'config') return `the file is ${formatMegabytes(size)}; a config may be at most ${limit} — is this the config file?`;
  return `the file is ${formatMegabytes(size)}; a plan may be at most ${limit} — split it or remove what is not a plan`;
}

/** Enough digits that a file just over the limit never reads as the limit itself ("1.0 MB; at most 1.0 MB"). */
function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes < 10 ? (Math.ceil(megabytes * 1000) / 1000).toString() : megabytes.toFixed(1)} MB`;
}
