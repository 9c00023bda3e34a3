import type { GlobalFlags } from '../io.js';
import { GROUPS, OBJECTION_KINDS, ROLES, STANCES, type Group, type Role, type Stance } from '../../plan/vocabulary.js';
import { emptyAnswers, stakeholderId, type EconomicsAnswer, type PlanAnswers, type StakeholderAnswer } from './templates/values.js';
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { economicsProblem, parseCurrency, parseDate, parseEconomics, parseNames, type EconomicsKey, type Parsed } from './fields.js';
import { slugify } from './slug.js';
import { messages } from '../../i18n/messages.js';

export interface InitFlags extends GlobalFlags {
  template?: string;
  lang?: string;
  listTemplates?: boolean;
  dir?: string;
  slug?: string;
  force?: boolean;
  yes?: boolean;
  repo?: string | boolean;
  example?: boolean;
  maxMonths?: string;
  segment?: string;
  owner?: string;
  customerSince?: string;
  renewalDate?: string;
  currency?: string;
  sales?: string[];
  marketing?: string[];
  customerSuccess?: string[];
  stakeholder?: string[];
  renewMessage?: string;
  newBuyMessage?: string;
  renewalRequirement?: string[];
  renewalRisk?: string[];
  acquisitionCost?: string;
  onboardingCost?: string;
  monthlyRevenue?: string;
  annualRevenue?: string;
  grossMargin?: string;
  supportCost?: string;
  expansion?: string;
  churn?: string;
  discountRate?: string;
}

/** Each economics flag and the plan key it fills (the same names `cro breakeven` takes). */
export const ECONOMICS_FLAGS: ReadonlyArray<{ flag: string; option: keyof InitFlags; key: EconomicsKey }> = [
  { flag: '--acquisition-cost', option: 'acquisitionCost', key: 'acquisitionCost' },
  { flag: '--onboarding-cost', option: 'onboardingCost', key: 'onboardingCost' },
  { flag: '--monthly-revenue', option: 'monthlyRevenue', key: 'monthlyRevenue' },
  { flag: '--annual-revenue', option: 'annualRevenue', key: 'annualRevenue' },
  { flag: '--gross-margin', option: 'grossMargin', key: 'grossMargin' },
  { flag: '--support-cost', option: 'supportCost', key: 'supportCostMonthly' },
  { flag: '--expansion', option: 'expansion', key: 'monthlyExpansion' },
  { flag: '--churn', option: 'churn', key: 'monthlyChurn' },
  { flag: '--discount-rate', option: 'discountRate', key: 'discountRate' },
];

function must<T>(flag: string, text: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new UsageError(`${flag} ${text}: ${parsed.message}`);
  return parsed.value;
}

const nonEmpty = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : text.trim());

/** The answers the flags give (everything not given stays a placeholder). Throws UsageError naming the flag. */
export function answersFromFlags(accountName: string, flags: InitFlags): PlanAnswers {
  const answers = emptyAnswers(accountName);
  answers.segment = nonEmpty(flags.segment);
  answers.owner = nonEmpty(flags.owner);
  if (flags.customerSince !== undefined) answers.customerSince = must('--customer-since', flags.customerSince, parseDate(flags.customerSince));
  if (flags.renewalDate !== undefined) answers.renewalDate = must('--renewal-date', flags.renewalDate, parseDate(flags.renewalDate));
  if (answers.customerSince && answers.renewalDate && answers.renewalDate <= answers.customerSince) {
    throw new UsageError(messages().init.renewalBeforeStart({ renewal: answers.renewalDate, since: answers.customerSince }));
  }
  if (flags.currency !== undefined) answers.currency = must('--currency', flags.currency, parseCurrency(flags.currency));
  answers.team = {
    sales: (flags.sales ?? []).flatMap(parseNames),
    marketing: (flags.marketing ?? []).flatMap(parseNames),
    customerSuccess: (flags.customerSuccess ?? []).flatMap(parseNames),
  };
  answers.messages = { renew: nonEmpty(flags.renewMessage), newBuy: nonEmpty(flags.newBuyMessage) };
  answers.stakeholders = parseStakeholderFlags(flags.stakeholder ?? []);
  const requirements = (flags.renewalRequirement ?? []).map((r) => r.trim()).filter((r) => r !== '');
  const risks = (flags.renewalRisk ?? []).map((r) => r.trim()).filter((r) => r !== '');
  if (requirements.length > 0 || risks.length > 0) answers.renewal = { requirements, risks };

  const economics: EconomicsAnswer = {};
  for (const { flag, option, key } of ECONOMICS_FLAGS) {
    const text = flags[option];
    if (typeof text === 'string') economics[key] = must(flag, text, parseEconomics(key, text));
  }
  const problem = economicsProblem(economics);
  if (problem) throw new UsageError(messages().init.economicsFlags({ problem }));
  if (Object.keys(economics).length > 0) answers.economics = economics;
  return answers;
}

const STAKEHOLDER_KEYS = ['id', 'title', 'group', 'roles', 'stance', 'backup', 'objection'] as const;

/** One `--stakeholder` spec read: the person, the backup as written (a name or id to resolve), and the extra keys' values. */
export interface StakeholderSpec {
  stakeholder: StakeholderAnswer;
  backup: string | undefined;
  extra: Record<string, string>;
  where: string;
}

/**
 * One spec, `Maria Lopez; roles=executive-sponsor,budget-owner; stance=advocate`: the
 * name first, then `key=value` parts separated by semicolons. `group` defaults to renew
 * (Group 1), `stance` to unknown. `taken` holds the ids in use (the new id is added);
 * `extraKeys` are further keys a caller reads itself (`cro stakeholder add`: email=, …).
 */
export function parseStakeholderSpec(spec: string, where: string, taken: Set<string>, extraKeys: readonly string[] = []): StakeholderSpec {
  const t = messages().init;
  const keys = [...STAKEHOLDER_KEYS, ...extraKeys];
  const [namePart = '', ...parts] = spec.split(';');
  const name = namePart.trim();
  if (name === '' || name.includes('=')) throw new UsageError(t.stakeholderStartWithName({ where }));
  const fields: Record<string, string> = {};
  for (const part of parts) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (!keys.includes(key)) {
      throw new UsageError(t.stakeholderUnknownField({ where, field: key, suggestion: didYouMean(key, keys), fields: keys }));
    }
    if (eq < 0) throw new UsageError(t.stakeholderWriteValue({ where, field: key }));
    fields[key] = part.slice(eq + 1).trim();
  }
  const id = fields.id ?? stakeholderId(name, taken, slugify);
  if (!/^[a-z0-9-]+$/.test(id)) throw new UsageError(t.stakeholderBadId({ where, id }));
  if (taken.has(id)) throw new UsageError(t.stakeholderIdTaken({ where, id }));
  taken.add(id);
  const stakeholder: StakeholderAnswer = {
    id,
    name,
    group: oneOf(where, 'group', fields.group ?? 'renew', GROUPS) as Group,
    roles: fields.roles ? fields.roles.split(',').map((r) => oneOf(where, 'roles', r.trim(), ROLES) as Role) : [],
    stance: oneOf(where, 'stance', fields.stance ?? 'unknown', STANCES) as Stance,
  };
  if (fields.title) stakeholder.title = fields.title;
  if (fields.objection) stakeholder.objection = { kind: oneOf(where, 'objection', fields.objection, OBJECTION_KINDS) as (typeof OBJECTION_KINDS)[number] };
  const extra: Record<string, string> = {};
  for (const key of extraKeys) if (fields[key] !== undefined) extra[key] = fields[key]!;
  return { stakeholder, backup: fields.backup, extra, where };
}

/**
 * `--stakeholder "Maria Lopez; roles=executive-sponsor,budget-owner; stance=advocate"`,
 * repeated: each spec read by parseStakeholderSpec; `backup` names another of them by id or name.
 */
export function parseStakeholderFlags(specs: readonly string[]): StakeholderAnswer[] {
  const t = messages().init;
  const taken = new Set<string>();
  const parsed = specs.map((spec) => parseStakeholderSpec(spec, `--stakeholder "${spec}"`, taken));
  for (const entry of parsed) {
    if (!entry.backup) continue;
    const wanted = entry.backup;
    const backup = parsed.find((p) => p.stakeholder.id === wanted || p.stakeholder.name.toLowerCase() === wanted.toLowerCase());
    if (!backup) throw new UsageError(t.stakeholderNoBackup({ where: entry.where, backup: wanted }));
    if (backup === entry) throw new UsageError(t.stakeholderOwnBackup({ where: entry.where }));
    entry.stakeholder.backup = backup.stakeholder.id;
  }
  return parsed.map((p) => p.stakeholder);
}

export function oneOf(where: string, field: string, value: string, allowed: readonly string[]): string {
  if (allowed.includes(value)) return value;
  throw new UsageError(messages().init.stakeholderOneOf({ where, field, value, suggestion: didYouMean(value, allowed), allowed }));
}
