import type { Group, Role, Stance } from '../plan/vocabulary.js';
import type { Block, TemplateValues } from './render.js';
import { yamlScalar } from './scalar.js';

/** What `cro init` knows about the account, from prompts or flags. Everything but the name is optional. */
export interface PlanAnswers {
  accountName: string;
  segment?: string;
  owner?: string;
  customerSince?: string;
  renewalDate?: string;
  currency?: string;
  team: { sales: string[]; marketing: string[]; customerSuccess: string[] };
  messages: { renew?: string; newBuy?: string };
  stakeholders: StakeholderAnswer[];
  economics?: EconomicsAnswer;
}

export interface StakeholderAnswer {
  id: string;
  name: string;
  title?: string;
  group: Group;
  roles: Role[];
  stance: Stance;
  backup?: string;
  objection?: { kind: 'competitor' | 'poor-fit' | 'concern'; detail?: string };
}

export interface EconomicsAnswer {
  acquisitionCost?: number;
  onboardingCost?: number;
  monthlyRevenue?: number;
  annualRevenue?: number;
  grossMargin?: number;
  supportCostMonthly?: number;
  monthlyExpansion?: number;
  monthlyChurn?: number;
  discountRate?: number;
}

export const ECONOMICS_KEYS = [
  'acquisitionCost',
  'onboardingCost',
  'monthlyRevenue',
  'annualRevenue',
  'grossMargin',
  'supportCostMonthly',
  'monthlyExpansion',
  'monthlyChurn',
  'discountRate',
] as const satisfies ReadonlyArray<keyof EconomicsAnswer>;

export function emptyAnswers(accountName: string): PlanAnswers {
  return { accountName, team: { sales: [], marketing: [], customerSuccess: [] }, messages: {}, stakeholders: [] };
}

/**
 * The placeholders every template may use (templates/README.md lists them). A value left
 * undefined keeps its line a comment in the written plan.
 */
export function templateValues(answers: PlanAnswers, { today }: { today: string }): TemplateValues {
  const economics = answers.economics ?? {};
  return {
    accountName: answers.accountName,
    segment: answers.segment,
    owner: answers.owner,
    customerSince: answers.customerSince,
    renewalDate: answers.renewalDate,
    currency: answers.currency,
    today,
    sales: answers.team.sales,
    marketing: answers.team.marketing,
    customerSuccess: answers.team.customerSuccess,
    renewMessage: answers.messages.renew,
    newBuyMessage: answers.messages.newBuy,
    stakeholders: stakeholdersBlock(answers.stakeholders),
    ...Object.fromEntries(ECONOMICS_KEYS.map((key) => [key, economics[key]])),
  };
}

/**
 * The stakeholders as YAML list items. Group 1 people get a commented `needs` line to
 * fill in; detractors a commented win plan (the method: find them and win them over).
 */
export function stakeholdersBlock(stakeholders: readonly StakeholderAnswer[]): Block | undefined {
  if (stakeholders.length === 0) return undefined;
  const items = stakeholders.map((s) => {
    const lines = [`- id: ${yamlScalar(s.id)}`, `  name: ${yamlScalar(s.name)}`];
    if (s.title) lines.push(`  title: ${yamlScalar(s.title)}`);
    lines.push(`  group: ${s.group}`);
    if (s.roles.length > 0) lines.push(`  roles: [${s.roles.join(', ')}]`);
    lines.push(`  stance: ${s.stance}`);
    if (s.backup) lines.push(`  backup: ${yamlScalar(s.backup)}`);
    if (s.objection) {
      const detail = s.objection.detail ? `, detail: ${yamlScalar(s.objection.detail)}` : '';
      lines.push(`  objection: { kind: ${s.objection.kind}${detail} }`);
    }
    if (s.stance === 'detractor') lines.push('  # winPlan: { owner: …, due: YYYY-MM-DD, actions: [ … ] }');
    if (s.group === 'renew') lines.push('  # needs: { see: …, hear: …, know: … }');
    return lines.join('\n');
  });
  return { block: `${items.join('\n')}\n` };
}

/** A stakeholder id from a name, unique among `taken` (`maria-lopez`, `maria-lopez-2`). */
export function stakeholderId(name: string, taken: ReadonlySet<string>, slug: (text: string) => string): string {
  const base = slug(name) || 'person';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
