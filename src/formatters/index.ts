import type { Formatter } from './types.js';

/** Each format lives in its own module, loaded only when asked for. */
export const CHECK_FORMATS = {
  stylish: async () => (await import('./stylish.js')).stylishPieces,
  json: async () => (await import('./json.js')).formatJson,
  github: async () => (await import('./github.js')).githubPieces,
  junit: async () => (await import('./junit.js')).junitPieces,
  sarif: async () => (await import('./sarif.js')).sarifPieces,
  markdown: async () => (await import('./markdown.js')).markdownPieces,
} satisfies Record<string, () => Promise<Formatter>>;

export type CheckFormat = keyof typeof CHECK_FORMATS;
export const CHECK_FORMAT_NAMES = Object.keys(CHECK_FORMATS) as CheckFormat[];
