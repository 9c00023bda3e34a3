import type { CheckFormat } from '../format-names.js';
import type { Formatter } from './types.js';

/** What a format reads of each file besides its findings and counts: the driver computes only that. */
export interface FormatNeeds {
  /** Who covers each critical role (stylish draws it under each plan). */
  coverage: boolean;
}

/** Each format lives in its own module, loaded only when asked for, and says what it needs of the run. */
export const CHECK_FORMATS = {
  stylish: { needs: { coverage: true }, load: async () => (await import('./stylish.js')).stylishPieces },
  json: { needs: { coverage: false }, load: async () => (await import('./json.js')).formatJson },
  github: { needs: { coverage: false }, load: async () => (await import('./github.js')).githubPieces },
  junit: { needs: { coverage: false }, load: async () => (await import('./junit.js')).junitPieces },
  sarif: { needs: { coverage: false }, load: async () => (await import('./sarif.js')).sarifPieces },
  markdown: { needs: { coverage: false }, load: async () => (await import('./markdown.js')).markdownPieces },
  gitlab: { needs: { coverage: false }, load: async () => (await import('./gitlab.js')).gitlabPieces },
  rdjson: { needs: { coverage: false }, load: async () => (await import('./rdjson.js')).rdjsonPieces },
  checkstyle: { needs: { coverage: false }, load: async () => (await import('./checkstyle.js')).checkstylePieces },
} satisfies Record<CheckFormat, { needs: FormatNeeds; load: () => Promise<Formatter> }>;

export { CHECK_FORMAT_NAMES, type CheckFormat } from '../format-names.js';
