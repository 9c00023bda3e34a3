import type { YamlFileKind } from './nesting-limit.js';

/** Plans (and configs) are a few kilobytes; anything this large is not one and must not stall a CI run. */
export const MAX_PLAN_BYTES = 1024 * 1024;

export function tooLargeMessage(size: number, kind: YamlFileKind = 'plan'): string {
  const limit = formatMegabytes(MAX_PLAN_BYTES);
  if (kind === 'config') return `the file is ${formatMegabytes(size)}; a config may be at most ${limit} — is this the config file?`;
  return `the file is ${formatMegabytes(size)}; a plan may be at most ${limit} — split it or remove what is not a plan`;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
