import type { Formatter } from './types.js';

/** Each format lives in its own module, loaded only when asked for. */
export const CHECK_FORMATS = {
  stylish: async () => (await import('./stylish.js')).stylishPieces,
  json: async () => (await import('./json.js')).formatJson,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
} satisfies Record<string, () => Promise<Formatter>>;

export type CheckFormat = keyof typeof CHECK_FORMATS;
export const CHECK_FORMAT_NAMES = Object.keys(CHECK_FORMATS) as CheckFormat[];
