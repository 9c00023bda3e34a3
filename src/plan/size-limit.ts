/** Plans are a few kilobytes; anything this large is not a plan and must not stall a CI run. */
export const MAX_PLAN_BYTES = 1024 * 1024;

export function tooLargeMessage(size: number): string {
  return `the file is ${formatMegabytes(size)}; a plan may be at most ${formatMegabytes(MAX_PLAN_BYTES)} — split it or remove what is not a plan`;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
