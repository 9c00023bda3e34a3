import type { Group, Role, Stance } from '../../../plan/vocabulary.js';
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
  renewal?: { requirements?: string[]; risks?: string[] };
  newBuy?: NewBuyAnswer[];
  milestones?: MilestoneAnswer[];
  okrs?: Array<{ objective: string; keyResults: string[] }>;
  economics?: EconomicsAnswer;
}

export interface NewBuyAnswer {
  unit: string;
  challenge?: string;
  contacts?: string[];
  heroes?: string[];
  evidence?: string;
  potential?: number;
}

export interface MilestoneAnswer {
  name: string;
  due: string;
  done?: string;
  review?: { date: string; perspectives: string[]; notes?: string };
}

export interface StakeholderAnswer {
  id: string;
  name: string;
  title?: string;
  group: Group;
  roles: Role[];
  stance: Stance;
  backup?: string;
  referrer?: boolean;
  needs?: { see?: string; hear?: string; know?: string };
  objection?: { kind: 'competitor' | 'poor-fit' | 'concern'; detail?: string };
  winPlan?: { owner?: string; due?: string; actions?: string[] };
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
    renewalRequirements: answers.renewal?.requirements ?? [],
    renewalRisks: answers.renewal?.risks ?? [],
    newBuy: newBuyBlock(answers.newBuy ?? []),
    milestones: milestonesBlock(answers.milestones ?? []),
    okrs: okrsBlock(answers.okrs ?? []),
    ...Object.fromEntries(ECONOMICS_KEYS.map((key) => [key, economics[key]])),
  };
}

const flowList = (items: readonly (string | number)[]) => `[${items.map((i) => yamlScalar(i, { flow: true })).join(', ')}]`;

function block(items: readonly string[][]): Block | undefined {
  return items.length === 0 ? undefined : { block: `${items.map((lines) => lines.join('\n')).join('\n')}\n` };
}

/**
 * The stakeholders as YAML list items. A Group 1 person without needs gets a commented
 * `needs` line to fill in; a detractor without a win plan a commented one (the method:
 * find them after the win and win them over).
 */
export function stakeholdersBlock(stakeholders: readonly StakeholderAnswer[]): Block | undefined {
  return block(
    stakeholders.map((s) => {
      const lines = [`- id: ${yamlScalar(s.id)}`, `  name: ${yamlScalar(s.name)}`];
      if (s.title) lines.push(`  title: ${yamlScalar(s.title)}`);
      lines.push(`  group: ${s.group}`);
      if (s.roles.length > 0) lines.push(`  roles: [${s.roles.join(', ')}]`);
      lines.push(`  stance: ${s.stance}`);
      if (s.referrer) lines.push('  referrer: true');
      if (s.backup) lines.push(`  backup: ${yamlScalar(s.backup)}`);
      const needs = (['see', 'hear', 'know'] as const).filter((k) => s.needs?.[k]);
      if (needs.length > 0) lines.push('  needs:', ...needs.map((k) => `    ${k}: ${yamlScalar(s.needs![k]!)}`));
      else if (s.group === 'renew') lines.push('  # needs: { see: …, hear: …, know: … }');
      if (s.objection) {
        const detail = s.objection.detail ? `, detail: ${yamlScalar(s.objection.detail, { flow: true })}` : '';
        lines.push(`  objection: { kind: ${s.objection.kind}${detail} }`);
      }
      if (s.winPlan) {
        const parts = [
          s.winPlan.owner ? `owner: ${yamlScalar(s.winPlan.owner, { flow: true })}` : '',
          s.winPlan.due ? `due: ${yamlScalar(s.winPlan.due, { flow: true })}` : '',
          s.winPlan.actions?.length ? `actions: ${flowList(s.winPlan.actions)}` : '',
        ].filter((p) => p !== '');
        lines.push(`  winPlan: { ${parts.join(', ')} }`);
      } else if (s.stance === 'detractor') {
        lines.push('  # winPlan: { owner: …, due: YYYY-MM-DD, actions: [ … ] }');
      }
      return lines;
    }),
  );
}

export function newBuyBlock(targets: readonly NewBuyAnswer[]): Block | undefined {
  return block(
    targets.map((t) => {
      const lines = [`- unit: ${yamlScalar(t.unit)}`];
      if (t.challenge) lines.push(`  challenge: ${yamlScalar(t.challenge)}`);
      if (t.contacts?.length) lines.push(`  contacts: ${flowList(t.contacts)}`);
      if (t.heroes?.length) lines.push(`  heroes: ${flowList(t.heroes)}`);
      if (t.evidence) lines.push(`  evidence: ${yamlScalar(t.evidence)}`);
      if (t.potential !== undefined) lines.push(`  potential: ${yamlScalar(t.potential)}`);
      return lines;
    }),
  );
}

export function milestonesBlock(milestones: readonly MilestoneAnswer[]): Block | undefined {
  return block(
    milestones.map((m) => {
      const lines = [`- name: ${yamlScalar(m.name)}`, `  due: ${yamlScalar(m.due)}`];
      if (m.done) lines.push(`  done: ${yamlScalar(m.done)}`);
      if (m.review) {
        lines.push('  review:', `    date: ${yamlScalar(m.review.date)}`, `    perspectives: ${flowList(m.review.perspectives)}`);
        if (m.review.notes) lines.push(`    notes: ${yamlScalar(m.review.notes)}`);
      }
      return lines;
    }),
  );
}

export function okrsBlock(okrs: readonly { objective: string; keyResults: string[] }[]): Block | undefined {
  return block(
    okrs.map((o) => [
      `- objective: ${yamlScalar(o.objective)}`,
      ...(o.keyResults.length > 0 ? ['  keyResults:', ...o.keyResults.map((k) => `    - ${yamlScalar(k)}`)] : []),
    ]),
  );
}

/** A stakeholder id from a name, unique among `taken` (`maria-lopez`, `maria-lopez-2`). */
export function stakeholderId(name: string, taken: ReadonlySet<string>, slug: (text: string) => string): string {
  const base = slug(name) || 'person';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
