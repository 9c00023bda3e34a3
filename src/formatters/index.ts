import type { CheckFormat } from '../format-names.js';
import type { Formatter } from './types.js';

/** Each format lives in its own module, loaded only when asked for. */
export const CHECK_FORMATS = {
  stylish: async () => (await import('./stylish.js')).stylishPieces,
  json: async () => (await import('./json.js')).formatJson,
  github: async () => (await import('./github.js')).githubPieces,
  junit: async () => (await import('./junit.js')).junitPieces,
  sarif: async () => (await import('./sarif.js')).sarifPieces,
  markdown: async () => (await import('./markdown.js')).markdownPieces,
} satisfies Record<CheckFormat, () => Promise<Formatter>>;

export { CHECK_FORMAT_NAMES, type CheckFormat } from '../format-names.js';
