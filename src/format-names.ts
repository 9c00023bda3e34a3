/*
 * The `--format` names of each command, in one tiny module beside cli.ts (not in commands/,
 * whose every module the build makes a bundle of its own, one more file to load): the option table
 * (cli.ts, bundled alone, must load nothing heavy) lists them in its help and answers a
 * typo with the nearest, and each command's registry of views is keyed by them, so the
 * type checker holds the two to the same names.
 */
export const CHECK_FORMAT_NAMES = ['stylish', 'json', 'github', 'junit', 'sarif', 'markdown', 'gitlab', 'rdjson', 'checkstyle'] as const;
export type CheckFormat = (typeof CHECK_FORMAT_NAMES)[number];

export const REPORT_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const BREAKEVEN_FORMATS = ['table', 'json', 'markdown'] as const;
export type BreakEvenFormat = (typeof BREAKEVEN_FORMATS)[number];

export const MAP_FORMATS = ['tree', 'mermaid', 'dot'] as const;
export type MapFormat = (typeof MAP_FORMATS)[number];

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const HISTORY_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

export const DIFF_FAIL_ON = ['regression'] as const;
export const EDIT_FORMATS = ['text', 'json'] as const;
export type EditFormat = (typeof EDIT_FORMATS)[number];
export const AGENDA_FORMATS = ['text', 'markdown', 'json', 'ics'] as const;
export type AgendaFormat = (typeof AGENDA_FORMATS)[number];
/** `cro import`: its formats are the edit commands'; its presets the CRM exports it knows (src/import/fields.ts). */
export const IMPORT_FORMATS = EDIT_FORMATS;
export const IMPORT_PRESETS = ['hubspot', 'salesforce', 'generic'] as const;
