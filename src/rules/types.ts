import type * as z from 'zod';
import { messages, type Catalog } from '../i18n/messages.js';
import type { PlanPath } from '../plan/finding.js';
import type { Plan } from '../plan/schema.js';
import type { Role } from '../plan/vocabulary.js';

export type DefaultSeverity = 'warn' | 'error';

export interface RuleDocs {
  /** Why the method asks for this (a paragraph for `cro explain`). */
  rationale: string;
  /** A complete small plan (YAML) that gives no finding of the rule. */
  passing: string;
  /** A complete small plan (YAML) that gives at least one finding of the rule. */
  failing: string;
  /** The `--as-of` date the examples are meant for (time-based rules); default 2026-11-27. */
  asOf?: string;
  /** What each option means, by its key (for `cro explain`). */
  options?: Readonly<Record<string, string>>;
}

/** The as-of date of the docs examples when a rule does not name one. */
export const DOCS_AS_OF = '2026-11-27';

export interface RuleMeta<Options> {
  id: string;
  defaultSeverity: DefaultSeverity;
  /** One line, for `cro rules` and SARIF. */
  description: string;
  /** Validates the options object of `[warn, { … }]` in the config. */
  options?: z.ZodType<Options>;
  defaultOptions: Options;
  docs: RuleDocs;
}

/** What a rule may know besides the plan; everything time-based uses `asOf`, never the clock. */
export interface RuleContext<Options> {
  asOf: string;
  options: Options;
  criticalRoles: readonly Role[];
  /** Break-even search horizon in months (config `breakeven.horizon`, default 120). */
  horizon: number;
}

/**
 * A rule's verdict: where (a data path; the engine maps it to line and column), what it
 * is about (a subject of plan/subject.ts, unique among the rule's findings on a plan)
 * and what to do.
 */
export interface RuleReport {
  path: PlanPath;
  subject: string;
  message: string;
}

export interface Rule<Options = Record<string, never>> {
  meta: RuleMeta<Options>;
  check(plan: Plan, context: RuleContext<Options>): Iterable<RuleReport>;
}

type RuleTexts = Catalog['rules'];

/** The ids the catalog documents: every coverage rule, and the loader's `schema` and `yaml-syntax`. */
export type DocumentedRuleId = {
  [K in keyof RuleTexts]: RuleTexts[K] extends { description: string; rationale: string; passing: string; failing: string } ? K : never;
}[keyof RuleTexts];

/** A rule's data; its words (description, rationale, examples) are the catalog's, in the language in use. */
export type RuleData<Options> = Omit<RuleMeta<Options>, 'id' | 'description' | 'docs'> & {
  id: DocumentedRuleId;
  /** The `--as-of` date the examples are meant for (see RuleDocs.asOf). */
  docsAsOf?: string;
};

export interface RuleDefinition<Options> {
  meta: RuleData<Options>;
  check(plan: Plan, context: RuleContext<Options>): Iterable<RuleReport>;
}

export function defineRule<Options>({ meta, check }: RuleDefinition<Options>): Rule<Options> {
  return { meta: documented(meta), check };
}

/**
 * The meta with `description` and `docs` read from the catalog each time they are read,
 * so that everything showing a rule (`cro rules`, `cro explain`, SARIF) shows it in the
 * language in use, while the id, severity and options stay data. Enumerable, so that a
 * copy (`{ ...meta }`) carries the texts of the moment.
 */
export function documented<Options>({ docsAsOf, ...data }: RuleData<Options>): RuleMeta<Options> {
  const texts = () => messages().rules[data.id] as { description: string; rationale: string; passing: string; failing: string; options?: Record<string, string> };
  return Object.defineProperties(data as RuleMeta<Options>, {
    description: { get: () => texts().description, enumerable: true },
    docs: {
      get: (): RuleDocs => {
        const { rationale, passing, failing, options } = texts();
        return { rationale, passing, failing, ...(docsAsOf === undefined ? {} : { asOf: docsAsOf }), ...(options === undefined ? {} : { options }) };
      },
      enumerable: true,
    },
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
