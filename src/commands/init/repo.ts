import { emptyAnswers, type PlanAnswers } from './templates/values.js';
import { TemplateError } from './templates/render.js';
import { addDays, addMonths, addYears } from './fields.js';
import { REPO_SCHEMA_PATH } from './modeline.js';
import { messages } from '../../i18n/messages.js';

/** A file of the plans repository, relative to its root, with `/` separators. */
export interface RepoFile {
  path: string;
  content: string;
}

export interface RepoSources {
  config: string;
  workflow: string;
  readme: string;
  gitignore: string;
}

export interface RepoOptions {
  currency: string;
  maxMonths: number;
  /** The version of cro that the workflow installs by default. */
  version: string;
  /** The plan JSON Schema, as `cro schema` prints it. */
  schema: string;
  /** An example plan (`--example`) instead of an empty plans folder. */
  example?: { file: string; text: string };
}

export const WORKFLOW_PATH = '.github/workflows/cro.yml';

/** Every file `cro init --repo` writes, in the order it reports them. Pure. */
export function repoFiles(sources: RepoSources, options: RepoOptions): RepoFile[] {
  const values = { currency: options.currency, maxMonths: String(options.maxMonths), version: options.version };
  return [
    { path: 'cro.config.yaml', content: fill(sources.config, values) },
    options.example ? { path: `plans/${options.example.file}`, content: options.example.text } : { path: 'plans/.gitkeep', content: '' },
    { path: REPO_SCHEMA_PATH, content: options.schema },
    { path: WORKFLOW_PATH, content: fill(sources.workflow, values) },
    { path: '.gitignore', content: fill(sources.gitignore, values) },
    { path: 'README.md', content: fill(sources.readme, values) },
  ];
}

/** `{{name}}` → value in the repository's files (no YAML rules here: the values are ours). */
export function fill(source: string, values: Readonly<Record<string, string>>): string {
  const text = source
    .split('\n')
    .filter((line) => !line.startsWith('#%'))
    .join('\n');
  return text.replace(/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new TemplateError(messages().init.unknownRepoPlaceholder({ name }));
    return value;
  });
}

/**
 * The example plan `--example` adds: a fictional account, every section filled in, dated
 * around today so that `cro check` passes on the day the repository is made (a plan to
 * copy, and a green first CI run).
 */
export function exampleAnswers(today: string): PlanAnswers {
  const since = addMonths(today, -3);
  const needs = (see: string, hear: string, know: string) => ({ see, hear, know });
  return {
    ...emptyAnswers('Acme Logistics (example)'),
    segment: 'enterprise',
    owner: 'Jane Doe',
    customerSince: since,
    renewalDate: addYears(since, 2),
    team: { sales: ['Jane Doe'], marketing: ['Ece Demir'], customerSuccess: ['Ali Kaya'] },
    messages: {
      renew: 'Here is the proof of the outcomes you bought: dispatch time and cost per order, site by site, and what comes next.',
      newBuy: 'Your warehouses already cut freight costs with one vendor; Finance can reconcile freight invoices from the same data.',
    },
    stakeholders: [
      {
        id: 'maria', name: 'Maria Lopez', title: 'VP Operations', group: 'renew', roles: ['executive-sponsor'], stance: 'advocate', referrer: true, backup: 'daniel',
        needs: needs('Cost per order by site, quarter over quarter, on one page for the board', 'Peers at other logistics firms describing the same results', 'What the next region costs and when it pays back'),
      },
      {
        id: 'daniel', name: 'Daniel Kim', title: 'Director, Operations Finance', group: 'renew', roles: ['budget-owner'], stance: 'supporter', backup: 'maria',
        needs: needs('Monthly savings against the business case he signed', 'That the price holds through the next rollout', 'The total cost of ownership for next year'),
      },
      {
        id: 'priya', name: 'Priya Raman', title: 'Senior Buyer, IT & Software', group: 'renew', roles: ['procurement'], stance: 'supporter', backup: 'daniel',
        needs: needs('A renewal quote with year-over-year price protection', 'That security review will not restart at renewal', 'The date of our next SOC 2 report'),
      },
      {
        id: 'tom', name: 'Tom Becker', title: 'Systems Administrator', group: 'renew', roles: ['administrator'], stance: 'advocate', backup: 'sofia',
        needs: needs('Uptime and integration errors for every site', 'Our product team on the single sign-on roadmap', 'Who to call during peak season'),
      },
      {
        id: 'sofia', name: 'Sofía Márquez', title: 'Warehouse Manager, Reno', group: 'renew', roles: ['end-user'], stance: 'advocate', referrer: true, backup: 'tom',
        needs: needs("Her site's dispatch time on the wall screen every shift", 'Recognition from Maria for the Reno results', "That her team's feedback shapes the next release"),
      },
      {
        id: 'omar', name: 'Omar Shah', title: 'Site Manager, Sacramento', group: 'renew', roles: ['end-user'], stance: 'detractor',
        needs: needs('The Reno numbers, measured the same way as his site', 'Sofía explaining how her team got there', 'That his team will be trained before peak season'),
        objection: { kind: 'competitor', detail: 'Pushed for a rival vendor during the evaluation' },
        winPlan: { owner: 'Ali Kaya', due: addDays(today, 30), actions: ['Site visit to Reno with Sofía', 'Training plan for his team before peak season'] },
      },
      { id: 'lena', name: 'Lena Wolff', title: 'Head of Finance', group: 'new-buy', roles: [], stance: 'neutral' },
    ],
    renewal: {
      requirements: ['Dispatch time down 20% at every live site before the renewal talks', 'Second region live on schedule'],
      risks: ['A new CFO reviews every vendor contract next year'],
    },
    newBuy: [
      {
        unit: 'Finance',
        challenge: 'Freight invoices reconciled by hand every month',
        contacts: ['lena'],
        heroes: ['daniel', 'maria'],
        evidence: 'Reno cut dispatch time 22% and billing disputes by half in one quarter',
        potential: 60000,
      },
    ],
    milestones: [
      {
        name: 'Kickoff and success plan signed',
        due: addDays(since, 14),
        done: addDays(since, 14),
        review: { date: addDays(since, 21), perspectives: ['customer', 'sales', 'marketing', 'customer-success'], notes: 'Success criteria agreed with Maria and Daniel.' },
      },
      {
        name: 'Go-live, first warehouse (Reno)',
        due: addDays(since, 60),
        done: addDays(since, 63),
        review: { date: addDays(since, 70), perspectives: ['customer', 'sales', 'marketing', 'customer-success'], notes: 'Three days late on label printers; Tom asked for single sign-on.' },
      },
      { name: 'First executive business review', due: addMonths(since, 6) },
    ],
    okrs: [
      { objective: 'Make Acme a reference customer', keyResults: ['Case study with the Reno numbers published within six months', 'Maria speaks at our customer summit'] },
      { objective: 'Expand into Finance before renewal', keyResults: ['Freight invoice pilot signed within a year'] },
    ],
    economics: { acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78, supportCostMonthly: 1200, monthlyChurn: 0.01 },
  };
}
