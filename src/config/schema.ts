import * as z from 'zod';
import { CURRENCY_CODES } from '../economics/currencies.js';
import { notACurrency } from '../plan/describe-issue.js';
import { ROLES } from '../plan/vocabulary.js';
import { LANGS } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';

export const SEVERITY_SETTINGS = ['off', 'warn', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

const severity = z.enum(SEVERITY_SETTINGS);

/** `cro.config.yaml` (SPEC §6). Rule ids and rule options are checked against the rule registry. */
export const configSchema = z.strictObject({
  plans: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  // The list a plan's account.currency is checked against: a config currency is every plan's default.
  currency: z.enum(CURRENCY_CODES, { error: (issue) => notACurrency(issue.input) }).optional(),
  criticalRoles: z.array(z.enum(ROLES)).optional(),
  /** The language people read cro in (SPEC §11): after --lang, before CRO_LANG and the locale (i18n/lang.ts). */
  lang: z.enum(LANGS, { error: () => messages().errors.config.lang }).optional(),
  rules: z
    .record(
      z.string(),
      z.union([severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])], {
        error: () => messages().errors.config.ruleSetting,
      }),
    )
    .optional(),
  /** Findings accepted when cro was adopted (SPEC §12): a baseline file, relative to the config's folder. */
  baseline: z.string().min(1).optional(),
  breakeven: z
    .strictObject({
      horizon: z.number().int().min(1).max(1200).optional(),
      maxMonths: z.number().int().min(0).optional(),
    })
    .optional(),
});

export type ConfigData = z.output<typeof configSchema>;
export type RuleSetting = NonNullable<ConfigData['rules']>[string];
